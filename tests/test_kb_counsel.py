"""Counsel's whole workflow: change, check, see the impact, activate, roll back; broken files refused."""

from __future__ import annotations

import dataclasses
import json
import re
import shutil
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.app import Services, build_pipeline
from bot.audit.records import AuditRecord, LogFilter
from bot.cli import main
from bot.pipeline import KnowledgeFollower, Pipeline
from tests.conftest import KNOWLEDGE, cli_env, fixed_clock, make_settings

OFFICE = "HSI agents want to use an office in our precinct as a workspace for their drug trafficking investigation."
DETAINER = "ICE sent an I-247A detainer, no judge signed anything. Can we hold him past release?"

NEW_POLICY = """---
id: NYC-EO-99-2026
title: Test order on federal workspaces (written for this test)
version: "1"
effective_date: 2026-06-01
source: written by the test suite
---

# Test order on federal workspaces

## No workspace for HSI in precincts

Precinct rooms are not lent to HSI as workspaces, whatever the investigation.
"""

NEW_RULE = """
  - id: R-test-hsi-office
    title: HSI asks for a workspace in a precinct (test rule)
    when:
      agency: [hsi]
      asks: {any: [office_space]}
    verdict: prohibited
    authorities: [NYC-EO-99-2026]
    quote:
      NYC-EO-99-2026: no-workspace-for-hsi
    summary: No precinct workspace for HSI.
    action: Decline the request.
"""


def _copy(tmp_path: Path) -> Path:
    target = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, target)
    return target


def _add_rule(knowledge: Path, rule: str, after: str = "R0") -> None:
    """Insert a rule right after the rule `after` (before the next `- id:`)."""
    path = knowledge / "rules.yaml"
    text = path.read_text()
    start = text.index(f"  - id: {after}\n")
    following = text.index("\n  - id: ", start + 1)
    path.write_text(text[:following] + "\n" + rule.rstrip("\n") + "\n" + text[following:])


def _register(knowledge: Path, authority: str) -> None:
    path = knowledge / "rules.yaml"
    path.write_text(path.read_text().replace("authorities:\n", f"authorities:\n  - {authority}\n", 1))


def _with_new_policy_and_rule(tmp_path: Path) -> Path:
    knowledge = _copy(tmp_path)
    (knowledge / "policies" / "NYC-EO-99-2026.md").write_text(NEW_POLICY)
    _register(knowledge, "NYC-EO-99-2026")
    _add_rule(knowledge, NEW_RULE)
    return knowledge


def _run(data_dir: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), env=cli_env(data_dir))
    return result.exit_code, result.stdout, result.stderr


def _fresh(services: Services) -> Services:
    """A new process's view: nothing cached from before the switch."""
    return Services(services.settings, embedder=services.text_embedder)


def test_add_policy_and_rule_see_impact_activate_and_roll_back(
    services: Services, data_dir: Path, tmp_path: Path
) -> None:
    old = services.kb.active_version()
    assert old is not None
    officer = build_pipeline(services, clock=fixed_clock)
    logged = [officer.answer(OFFICE, source="slack"), officer.answer(DETAINER, source="slack")]
    assert [a.rule_id for a in logged] == ["R12", "R2a-civil-paperwork"]

    knowledge = _with_new_policy_and_rule(tmp_path)
    code, out, _ = _run(data_dir, "kb", "ingest", str(knowledge), "--stage", "--quiet")
    assert code == 0, out
    new = services.kb.versions()[0]["version"]
    assert new != old and services.kb.active_version() == old  # staged, not active

    # the impact, from the log: the office question changes, the detainer question does not
    code, out, err = _run(data_dir, "kb", "impact", new[:8], "--json")
    assert code == 0, out + err
    changes = [json.loads(line) for line in out.splitlines()]
    assert changes == [
        {
            "id": logged[0].query_id,
            "question": OFFICE,
            "changed": "verdict",
            "active": {
                "verdict": "escalate",
                "rule_id": "R12",
                "cited": ["NYC-AC-14-154", "NYC-AC-10-178", "NYC-EO-50-2025"],
            },
            "candidate": {"verdict": "prohibited", "rule_id": "R-test-hsi-office", "cited": ["NYC-EO-99-2026"]},
            "newly_permitted": False,
        }
    ]
    assert f"1 of 2 answers would change with {new}" in err and "escalate -> prohibited: 1" in err
    # ... and from a JSONL file of questions
    questions = tmp_path / "questions.jsonl"
    questions.write_text(
        json.dumps({"id": "q1", "question": OFFICE}) + "\n" + json.dumps({"question": DETAINER}) + "\n"
    )
    code, out, _ = _run(data_dir, "kb", "impact", new, "--questions", str(questions))
    assert code == 0 and re.search(r"^q1\s+escalate \(R12\) -> prohibited \(R-test-hsi-office\)", out, re.M), out
    assert services.kb.active_version() == old  # impact changes nothing

    code, out, _ = _run(data_dir, "kb", "activate", new[:8])
    assert code == 0 and f"active: {new} (was {old})" in out
    answer = build_pipeline(_fresh(services), clock=fixed_clock).answer(OFFICE)
    assert (answer.kb_version, answer.verdict, answer.rule_id) == (new, "prohibited", "R-test-hsi-office")
    assert answer.citations[0].authority == "NYC-EO-99-2026"
    assert answer.citations[0].text == "Precinct rooms are not lent to HSI as workspaces, whatever the investigation."

    code, out, _ = _run(data_dir, "kb", "activate", old[:8])
    assert code == 0
    answer = build_pipeline(_fresh(services), clock=fixed_clock).answer(OFFICE)
    assert (answer.kb_version, answer.verdict, answer.rule_id) == (old, "escalate", "R12")
    rows = services.audit.list(LogFilter(kind="query", limit=None))
    assert {r["kb_version"] for r in rows} == {old, new}  # each row names its version


# Each broken change: what to do to a copy of the bundled files, the file it must name,
# the line (found in the broken file by a pattern) and words the message must hold.
BROKEN = {
    "bad date": (
        lambda k: _edit(k / "policies/NYC-AC-14-154.md", r"effective_date: .*", "effective_date: 2014-02-30"),
        "policies/NYC-AC-14-154.md",
        r"^effective_date:",
        "effective_date",
    ),
    "unknown authority id in a policy file": (
        lambda k: (k / "policies" / "NYC-EO-98-2026.md").write_text(NEW_POLICY.replace("99", "98")),
        "policies/NYC-EO-98-2026.md",
        r"^id:",
        "unknown authority id 'NYC-EO-98-2026'",
    ),
    "unknown authority id in a rule": (
        lambda k: _add_rule(k, NEW_RULE),
        "rules.yaml",
        r"authorities: \[NYC-EO-99-2026\]",
        "unknown authority id 'NYC-EO-99-2026'",
    ),
    "overlapping rule": (
        lambda k: _add_rule(
            k,
            NEW_RULE.replace("prohibited", "permitted").replace("[NYC-EO-99-2026]", "[NYC-AC-10-178]")
            + "    conditions: [Use a room.]\n",
        ),
        "rules.yaml",
        r"id: R-test-hsi-office",
        "rule R-test-hsi-office (permitted) and rule R12 (escalate) both match e.g. agency=hsi, "
        "purpose=criminal_investigation, asks=[office_space]",
    ),
    "permitted rule without an asks filter": (
        lambda k: _add_rule(
            k,
            "  - id: R-test-any-ask\n    title: t\n    when: {agency: [fbi], purpose: [criminal_investigation]}\n"
            "    verdict: permitted\n    authorities: [GEN-FED-CRIMINAL-COOP]\n    summary: s\n    action: a\n"
            "    conditions: [c]\n",
        ),
        "rules.yaml",
        r"id: R-test-any-ask",
        "rule R-test-any-ask permits without naming what: its 'when' has no asks it allows",
    ),
    "rule that never decides": (
        lambda k: _add_rule(
            k,
            "  - id: R-test-dead\n    title: t\n    when: {agency: [hsi], asks: {any: [deputization_287g]}}\n"
            "    verdict: escalate\n    summary: s\n    action: a\n",
            after="R10",
        ),
        "rules.yaml",
        r"id: R-test-dead",
        "rule R-test-dead never decides: rule R10 above it matches every case it does",
    ),
    "mentioned that is not true or false": (
        lambda k: _edit(
            k / "rules.yaml",
            r"when:\n      asks: \{any: \[notify_release\]\}\n      warrant: \{in: \[unknown\], mentioned: true\}",
            "when: {asks: {any: [notify_release]}, warrant: {in: [unknown], mentioned: maybe}}",
        ),
        "rules.yaml",
        r"mentioned: maybe",
        "'warrant.mentioned' must be true or false",
    ),
    "doubted that is not true or false": (
        lambda k: _edit(
            k / "rules.yaml",
            r"when:\n      purpose: \[criminal_investigation\]\n"
            r"      asks: \{any: \[operational_support\]\}\n(?:      #.*\n)*"
            r"      warrant: \{in: \[unknown\], doubted: true\}",
            "when: {purpose: [criminal_investigation], asks: {any: [operational_support]}, "
            "warrant: {in: [unknown], doubted: often}}",
        ),
        "rules.yaml",
        r"doubted: often",
        "'warrant.doubted' must be true or false",
    ),
    "needs_info without its question": (
        lambda k: _edit(k / "rules.yaml", r"(id: R8-suspect-purpose(?:.|\n)*?)- fact: purpose", r"\1- fact: agency"),
        "rules.yaml",
        r"id: R8-suspect-purpose",
        "rule R8-suspect-purpose answers needs_info when 'purpose' is unknown but asks no question about it",
    ),
    "rules superseding each other": (
        lambda k: _edit(
            k / "rules.yaml",
            r"(  - id: R10\n)",
            r"\1    supersedes: R11\n",
            r"(  - id: R11\n)",
            r"\1    supersedes: R10\n",
        ),
        "rules.yaml",
        r"supersedes: R11",
        "rules supersede each other in a circle: R10 -> R11 -> R10",
    ),
    "rule superseding one that starts later": (
        lambda k: _edit(
            k / "rules.yaml",
            *(r"(  - id: R10\n)", r"\1    effective_date: 2027-06-01\n"),
            *(r"(  - id: R11\n)", r"\1    effective_date: 2027-01-01\n    supersedes: R10\n"),
        ),
        "rules.yaml",
        r"effective_date: 2027-01-01",
        "rule R11 supersedes R10 but does not take effect after it (2027-01-01 vs 2027-06-01)",
    ),
    "document superseding an unknown one": (
        lambda k: _edit(k / "policies/NYC-EO-13-2026.md", r"(source: .*\n)", r"\1supersedes: NYC-EO-1-1900\n"),
        "policies/NYC-EO-13-2026.md",
        r"^supersedes:",
        "supersedes unknown id 'NYC-EO-1-1900'",
    ),
    "rule citing a document before it takes effect": (
        lambda k: (
            (k / "policies" / "NYC-EO-99-2026.md").write_text(NEW_POLICY.replace("2026-06-01", "2099-01-01")),
            _register(k, "NYC-EO-99-2026"),
            _add_rule(k, NEW_RULE),
        ),
        "rules.yaml",
        r"authorities: \[NYC-EO-99-2026\]",
        "cites NYC-EO-99-2026, in effect only from 2099-01-01",
    ),
    "permission overriding a rule above it": (
        lambda k: _edit(
            k / "rules.yaml", r"overrides: \[R7-immigration-crime, ", "overrides: [R0, R7-immigration-crime, "
        ),
        "rules.yaml",
        r"overrides: \[R0,",
        "rule R11 overrides R0, which is above it",
    ),
}


def _edit(path: Path, *pairs: str) -> None:
    text = path.read_text()
    for pattern, replacement in zip(pairs[::2], pairs[1::2], strict=True):
        text, count = re.subn(pattern, replacement, text, count=1)
        assert count == 1, f"{pattern!r} not found in {path}"
    path.write_text(text)


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_change_is_refused_with_file_and_line(case: str, tmp_path: Path) -> None:
    breaker, relative, line_pattern, words = BROKEN[case]
    knowledge = _copy(tmp_path)
    breaker(knowledge)
    code, out, err = _run(tmp_path / "unused", "kb", "check", str(knowledge))
    assert code == 1, out + err
    lines = (knowledge / relative).read_text().split("\n")
    line = next(n for n, text in enumerate(lines, start=1) if re.search(line_pattern, text))
    expected = f"{knowledge / relative}:{line}: "
    assert any(row.startswith(expected) and words in row for row in (out + err).splitlines()), (expected, out + err)


@pytest.mark.parametrize("case", ["bad date", "unknown authority id in a policy file", "overlapping rule"])
def test_ingest_of_a_broken_change_leaves_the_active_version_untouched(
    case: str, services: Services, data_dir: Path, tmp_path: Path
) -> None:
    before = (services.kb.active_version(), len(services.kb.versions()))
    knowledge = _copy(tmp_path)
    BROKEN[case][0](knowledge)
    code, out, err = _run(data_dir, "kb", "ingest", str(knowledge), "--quiet")
    assert code == 1 and "nothing was loaded, the active version is unchanged" in out + err
    assert (services.kb.active_version(), len(services.kb.versions())) == before
    assert build_pipeline(_fresh(services), clock=fixed_clock).answer(DETAINER).kb_version == before[0]


def test_a_running_bot_follows_activation_without_a_restart(services: Services, data_dir: Path, tmp_path: Path) -> None:
    settings = services.settings.model_copy(update={"kb_follow_seconds": 0.01})
    running = Services(settings, embedder=services.text_embedder)
    notes: list[str] = []
    pipeline = build_pipeline(running, clock=fixed_clock, notify=notes.append)
    old = pipeline.answer(OFFICE)
    assert old.rule_id == "R12"

    code, out, _ = _run(data_dir, "kb", "ingest", str(_with_new_policy_and_rule(tmp_path)), "--activate", "--quiet")
    assert code == 0, out  # another process (the CLI) activates a new version
    deadline = time.monotonic() + 60
    while pipeline.knowledge.version == old.kb_version:  # loaded in the background; answers go on meanwhile
        assert time.monotonic() < deadline, f"the bot did not switch: {notes}"
        time.sleep(0.05)
    new = pipeline.answer(OFFICE)
    assert new.rule_id == "R-test-hsi-office" and new.kb_version == services.kb.active_version() != old.kb_version
    assert any(f"knowledge base {new.kb_version} activated" in note for note in notes)
    running.engine.dispose()


def test_follower_keeps_answering_when_the_pointer_cannot_be_read(pipeline: Pipeline) -> None:
    def broken() -> str:
        raise OSError("database is locked")

    clock = iter([0.0, 100.0, 100.5])  # one check is due, the second call comes within the interval
    notes: list[str] = []
    follower = KnowledgeFollower(
        pipeline.knowledge, broken, lambda v: pytest.fail("nothing to load"), 1.0, notes.append, lambda: next(clock)
    )
    assert follower.current() is pipeline.knowledge  # at once: the check runs in the background
    follower.wait(10)
    assert follower.current() is pipeline.knowledge
    assert notes == ["could not check for a newly activated knowledge base: database is locked"]


def test_follower_does_not_switch_to_a_version_that_fails_the_checks(
    services: Services, data_dir: Path, tmp_path: Path
) -> None:
    """A version stored before a check existed (here: written straight into the store) stays off."""
    from bot.bundle import load_bundle

    bundle = load_bundle(_with_new_policy_and_rule(tmp_path))
    permissive = NEW_RULE.replace("verdict: prohibited", "verdict: permitted\n    conditions: [Use a room.]")
    rules_text = bundle.rules_text.replace(NEW_RULE.rstrip("\n"), permissive.rstrip("\n"))
    unchecked = dataclasses.replace(bundle, version="unchecked001", rules_text=rules_text)
    services.kb.save(unchecked, services.text_embedder.model_id)
    assert "rule R-test-hsi-office (permitted) and rule R12 (escalate) both match" in str(
        services.check_version("unchecked001")
    )

    code, out, err = _run(data_dir, "kb", "activate", "unchecked")
    assert code == 1 and "not activated" in out + err and "R-test-hsi-office" in out + err
    active = services.kb.active_version()
    assert active != "unchecked001"

    services.kb.activate("unchecked001")  # as if activated by hand in the database
    settings = services.settings.model_copy(update={"kb_follow_seconds": 0.01})
    running = Services(settings, embedder=services.text_embedder)
    notes: list[str] = []
    follower = KnowledgeFollower(
        running.load_knowledge(active),
        running.kb.active_version,
        lambda version: running.load_checked(version),
        0.0,
        notes.append,
    )
    follower.current()
    follower.wait(30)
    assert follower.current().version == active
    assert notes and "unchecked001 was activated but cannot be used here" in notes[0]
    running.engine.dispose()


def test_review_queue_lists_flagged_answers_by_rule(pipeline: Pipeline, services: Services, data_dir: Path) -> None:
    wrong = pipeline.answer(OFFICE, user_id="U1", source="slack-mention")
    liked = pipeline.answer(DETAINER, user_id="U2", source="slack-mention")
    escalated = pipeline.answer(DETAINER, user_id="U3", source="slack-dm")
    for kind, parent, user, fields in [
        ("feedback", wrong.query_id, "U1", {"summary": "wrong"}),
        ("feedback", wrong.query_id, "U4", {"summary": "wrong"}),
        ("feedback", liked.query_id, "U2", {"summary": "helpful"}),
        ("escalation", escalated.query_id, "U3", {"summary": "escalated to C-COUNSEL"}),
        ("counsel_decision", escalated.query_id, "UC", {"summary": "correct", "verdict": "prohibited"}),
    ]:
        services.audit.append(AuditRecord.note(kind, "slack", parent_query_id=parent, user_id=user, **fields))

    code, out, _ = _run(data_dir, "kb", "queue", "--json")
    assert code == 0, out
    [item] = [json.loads(line) for line in out.splitlines()]
    assert item["query_id"] == wrong.query_id and item["rule_id"] == "R12" and item["open"]
    assert (item["marked_wrong"], item["escalated"], item["flagged_by"]) == (2, 0, ["U1", "U4"])
    assert item["cited"] and all(" § " in cited for cited in item["cited"])

    code, out, _ = _run(data_dir, "kb", "queue", "--all")
    assert code == 0
    assert re.search(rf"^{wrong.query_id[:8]}\s+OPEN\s+escalate \(R12, KB \w+\)\s+marked wrong x2", out, re.M), out
    assert re.search(rf"^{escalated.query_id[:8]}\s+decided prohibited", out, re.M), out
    assert "1 open, 1 decided" in out and "Flags by rule:    R12 1, R2a-civil-paperwork 1" in out
    reads = services.audit.list(LogFilter(kind="review_read", limit=None))
    assert [json.loads(r["summary"])["command"] for r in reads] == ["kb queue", "kb queue"]


def test_the_active_version_never_changes_silently(services: Services, data_dir: Path, tmp_path: Path) -> None:
    original = services.kb.active_version()
    assert original is not None

    def activations() -> list[dict[str, object]]:
        return services.audit.list(LogFilter(kind="kb_activation", limit=None))[:-1]  # the first is the install's

    # the folder that is already active: nothing happens, nothing is logged
    code, out, err = _run(data_dir, "kb", "ingest", str(KNOWLEDGE))
    assert code == 0 and "unchanged: already the active version" in out and err == ""
    assert activations() == []

    # counsel's edited folder: stored, staged, announced, not active (even with --quiet)
    edited = _with_new_policy_and_rule(tmp_path)
    code, out, err = _run(data_dir, "kb", "ingest", str(edited), "--quiet")
    new = services.kb.versions()[0]["version"]
    assert code == 0 and out == "" and f"differs from the active version {original}" in err
    assert f"triage kb activate {new[:12]}" in err
    assert services.kb.active_version() == original and activations() == []
    status = CliRunner().invoke(main, ["kb", "status"], env={**cli_env(data_dir), "TRIAGE_KNOWLEDGE_DIR": str(edited)})
    assert f"{new}, stored but NOT active" in status.output

    # --activate switches and logs who did it
    code, out, _ = _run(data_dir, "kb", "ingest", str(edited), "--activate", "--quiet")
    assert code == 0 and services.kb.active_version() == new
    [switch] = activations()
    assert switch["kb_version"] == new and json.loads(str(switch["summary"]))["previous"] == original

    # a rollback stays rolled back: ingesting the (edited) folder again only stages it
    code, out, _ = _run(data_dir, "kb", "activate", original[:8])
    assert code == 0, out
    code, out, err = _run(data_dir, "kb", "ingest", str(edited))
    assert code == 0 and "already built; staged, not active" in out and services.kb.active_version() == original
    assert [row["kb_version"] for row in activations()] == [original, new]


def test_the_first_ingest_into_an_empty_data_dir_activates_and_logs_it(tmp_path: Path) -> None:
    empty = tmp_path / "fresh"
    code, out, err = _run(empty, "kb", "ingest", str(KNOWLEDGE), "--quiet")
    assert code == 0, out + err
    fresh = Services(make_settings(empty))
    [first] = fresh.audit.list(LogFilter(kind="kb_activation", limit=None))
    assert first["kb_version"] == fresh.kb.active_version() and json.loads(str(first["summary"]))["previous"] is None
    fresh.engine.dispose()
