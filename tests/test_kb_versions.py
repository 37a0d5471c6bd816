"""Knowledge-base versions for counsel: what changed between two, and rolling back."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.app import Services, build_pipeline, ingest
from bot.cli import main
from bot.kb.diff import diff_versions
from tests.conftest import KNOWLEDGE, cli_env, fixed_clock

DETAINER = "ICE sent an I-247A detainer, no judge signed anything. Can we hold him past release?"


def _edited_copy(tmp_path: Path) -> Path:
    changed = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, changed)
    policy = changed / "policies" / "NYC-AC-14-154.md"
    policy.write_text(policy.read_text().replace("Under § 14-154", "Under section 14-154", 1))
    rules = changed / "rules.yaml"
    rules.write_text(rules.read_text().replace("R2a-civil-paperwork", "R2a-civil-paperwork-2026"))
    return changed


def test_diff_names_the_changed_passage_and_rule(services: Services, tmp_path: Path) -> None:
    old = services.kb.active_version()
    assert old is not None
    new = ingest(services, _edited_copy(tmp_path), activate=True).version
    result = diff_versions(services.kb.load(old), services.kb.load(new))
    changed_passages = [p.passage_id for p in services.kb.load(new).passages if "Under section 14-154" in p.text]
    assert result.passages_changed == changed_passages and len(changed_passages) == 1
    assert result.passages_added == [] and result.passages_removed == []
    assert result.rules_added == ["R2a-civil-paperwork-2026"] and result.rules_removed == ["R2a-civil-paperwork"]
    assert not result.offenses_changed and not result.empty
    [(passage, words)] = result.passage_word_diffs.items()
    assert passage == changed_passages[0] and "Under [-§-] {+section+} 14-154" in words
    assert diff_versions(services.kb.load(old), services.kb.load(old)).empty


def test_activate_rolls_back_and_answers_come_from_the_old_version(
    services: Services, data_dir: Path, tmp_path: Path
) -> None:
    old = services.kb.active_version()
    assert old is not None
    new = ingest(services, _edited_copy(tmp_path), activate=True).version
    assert build_pipeline(services, clock=fixed_clock).answer(DETAINER).rule_id == "R2a-civil-paperwork-2026"

    rolled = CliRunner().invoke(main, ["kb", "activate", old[:6]], env=cli_env(data_dir))
    assert rolled.exit_code == 0, rolled.output
    assert f"active: {old} (was {new})" in rolled.output
    again = Services(services.settings, embedder=services.text_embedder)
    answer = build_pipeline(again, clock=fixed_clock).answer(DETAINER)
    assert answer.kb_version == old and answer.rule_id == "R2a-civil-paperwork"
    again.engine.dispose()

    # `kb diff V` reads from the active version to V: what activating V would change
    shown = CliRunner().invoke(main, ["kb", "diff", new[:8], "--json"], env=cli_env(data_dir))
    assert json.loads(shown.output)["rules_added"] == ["R2a-civil-paperwork-2026"]
    assert json.loads(shown.output)["old"] == old
    back = CliRunner().invoke(main, ["kb", "diff", new[:8], old[:8]], env=cli_env(data_dir))
    assert back.exit_code == 0 and "rule added: R2a-civil-paperwork\n" in back.output
    assert "[-section-] {+§+}" in back.output  # the changed words, new -> old
    unknown = CliRunner().invoke(main, ["kb", "activate", "zzzz"], env=cli_env(data_dir))
    assert unknown.exit_code == 2 and "no knowledge-base version starts with 'zzzz'" in unknown.output


def test_versions_named_without_a_hash(services: Services, data_dir: Path, tmp_path: Path) -> None:
    """`active`, `latest` and `previous` name versions for a reader who knows no hash (the README)."""
    first = services.kb.active_version()
    assert first is not None and services.kb.resolve("active") == first
    assert services.kb.resolve("latest") == first
    with pytest.raises(KeyError, match="no previous knowledge-base version yet"):
        services.kb.resolve("previous")  # the first version replaced nothing
    staged = ingest(services, _edited_copy(tmp_path), activate=False).version
    assert services.kb.resolve("latest") == staged and services.kb.resolve("active") == first

    def run(*args: str) -> str:
        done = CliRunner().invoke(main, list(args), env=cli_env(data_dir))
        assert done.exit_code == 0, done.output
        return done.output

    assert "rule added: R2a-civil-paperwork-2026" in run("kb", "diff", "latest")
    assert f"active: {staged} (was {first})" in run("kb", "activate", "latest")
    assert f"active: {first} (was {staged})" in run("kb", "activate", "previous")  # the rollback
    assert f"active: {staged} (was {first})" in run("kb", "activate", "previous")  # and back again
    missing = CliRunner().invoke(main, ["audit", "show", "last"], env=cli_env(data_dir))
    assert missing.exit_code == 1 and "no single query matches 'last'" in missing.output  # nothing asked yet
    build_pipeline(services, clock=fixed_clock).answer(DETAINER)
    build_pipeline(services, clock=fixed_clock).answer("FBI wants our arrest report for a bank robbery")
    assert "FBI wants our arrest report" in run("audit", "show", "last")  # the newest question
