"""`audit replay`: a logged answer re-decided with its own KB version, and with today's."""

from __future__ import annotations

import dataclasses
import json
import shutil
from pathlib import Path

from click.testing import CliRunner

from bot.app import Services, ingest
from bot.audit.records import AuditRecord
from bot.cli import main
from bot.clock import utc_stamp
from bot.explain import Explainer
from bot.facts.model import Agency, Ask, Purpose, StatedFacts, Warrant
from bot.pipeline import Pipeline
from bot.prompts import load_prompts
from bot.review.replay import replay, stated_from_evidence
from tests.conftest import KNOWLEDGE, ROOT, cli_env

DETAINER = "ICE sent an I-247A detainer, no judge signed anything. Can we hold him past release?"


def _replay(services: Services, query_id: str, current: bool = False):  # type: ignore[no-untyped-def]
    row = services.audit.get(query_id)
    assert row is not None
    explainer = Explainer(load_prompts(ROOT / "prompts"))
    return replay(row, lambda v, today: services.load_knowledge(v, today=today), explainer, current=current)


def test_a_logged_answer_replays_to_the_same_verdict_rule_and_quotes(pipeline: Pipeline, services: Services) -> None:
    answer = pipeline.answer(DETAINER)
    report = _replay(services, answer.query_id, current=True)
    assert report.reproducible and report.differences(report.original) == []
    assert report.original.verdict == "prohibited" and report.original.kb_version == answer.kb_version
    assert report.current is not None and report.differences(report.current) == []


def test_form_choices_are_recovered_from_the_evidence_and_replayed(pipeline: Pipeline, services: Services) -> None:
    stated = StatedFacts(agency=Agency.ICE_ERO, asks=frozenset({Ask.NOTIFY_RELEASE}), warrant=Warrant.ADMINISTRATIVE)
    answer = pipeline.answer("[intake form without details]", stated=stated)
    row = services.audit.get(answer.query_id)
    assert row is not None and stated_from_evidence(row["facts"]) == stated
    assert _replay(services, answer.query_id).reproducible


def test_form_choices_for_a_second_request_are_replayed_too(pipeline: Pipeline, services: Services) -> None:
    """The form answered the DEA request; the FBI request leads the logged headline."""
    stated = StatedFacts(
        agency=Agency.DEA, asks=frozenset({Ask.OPERATIONAL_SUPPORT}), purpose=Purpose.CRIMINAL_INVESTIGATION
    )
    answer = pipeline.answer(
        "The FBI wants our reports for their bank robbery investigation. DEA also called.", stated=stated
    )
    row = services.audit.get(answer.query_id)
    assert row is not None and stated_from_evidence(row["facts"]) == stated
    report = _replay(services, answer.query_id)
    assert report.reproducible, report.differences(report.original)


def test_a_row_whose_verdict_does_not_follow_from_its_version_is_reported(
    pipeline: Pipeline, services: Services, data_dir: Path
) -> None:
    real = pipeline.answer(DETAINER)
    row = services.audit.get(real.query_id)
    assert row is not None
    forged = {k: row[k] for k in ("question_masked", "mask_kinds", "facts", "citations", "kb_version")}
    services.audit.append(
        AuditRecord(
            query_id="0000aaaa-0000-0000-0000-000000000000",
            created_at=utc_stamp(timespec="microseconds"),
            source="cli",
            outcome="answered",
            verdict="permitted",
            rule_id="R3",
            **forged,
        )
    )
    report = _replay(services, "0000aaaa")
    assert not report.reproducible
    assert "verdict: permitted -> prohibited" in report.differences(report.original)
    result = CliRunner().invoke(main, ["audit", "replay", "0000aaaa"], env=cli_env(data_dir))
    assert result.exit_code == 1 and "DIFFERENT" in result.output


def test_replay_with_a_newer_kb_shows_what_would_change(
    pipeline: Pipeline, services: Services, data_dir: Path, tmp_path: Path
) -> None:
    answer = pipeline.answer(DETAINER)
    changed = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, changed)
    rules = changed / "rules.yaml"
    rules.write_text(rules.read_text().replace("R2a-civil-paperwork", "R2a-civil-paperwork-v2"))
    ingest(services, changed, activate=True)  # the new version becomes active
    result = CliRunner().invoke(
        main, ["audit", "replay", answer.query_id, "--current", "--json"], env=cli_env(data_dir)
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["reproducible"] is True and report["original_differences"] == []
    assert report["current"]["kb_version"] != answer.kb_version
    assert report["current_differences"] == ["rule_id: R2a-civil-paperwork -> R2a-civil-paperwork-v2"]


def test_only_answered_questions_replay(data_dir: Path, services: Services) -> None:
    feedback = AuditRecord.note("feedback", "slack", summary="helpful")
    services.audit.append(dataclasses.replace(feedback, query_id="feedbac0-0000-0000-0000-000000000000"))
    result = CliRunner().invoke(main, ["audit", "replay", "feedbac0"], env=cli_env(data_dir))
    assert result.exit_code == 2 and "only answered questions" in result.output
