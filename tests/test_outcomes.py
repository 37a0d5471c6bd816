"""What was done with each federal request: outcome rows, the answers still waiting for one, and
outcomes that contradict the advice; on a real SQLite file and the real PostgreSQL, and through
`triage record` on the command line."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy.engine import Engine

from bot.audit.outcomes import (
    OutcomeRefused,
    awaiting_outcome,
    contradiction,
    latest_outcomes,
    record_outcome,
)
from bot.audit.records import AuditRecord, LogFilter
from bot.audit.store import AuditLog
from bot.cli import main
from tests.conftest import cli_env
from tests.test_audit import record as base_record


def asked(log: AuditLog, n: int, **changes: object) -> str:
    """A question answered just now (so it is inside every "recent" window)."""
    now = dt.datetime.now(dt.UTC).isoformat()
    row = dataclasses.replace(base_record(n), **{"created_at": now, "user_id": "U1", **changes})  # type: ignore[arg-type]
    return str(log.append(row)["query_id"])


def test_an_outcome_is_a_linked_chained_row_and_the_newest_one_counts(engine: Engine) -> None:
    log = AuditLog(engine)
    query = asked(log, 1, agency="ice_ero", asks="hold")
    record_outcome(log, query[:8], "pending", user_id="U1", source="slack")
    row = record_outcome(log, query, "Declined", user_id="U1", source="slack", note="told agent Smith no, DOB 1/2/1990")
    assert row["kind"] == "outcome" and row["outcome"] == "declined" and row["parent_query_id"] == query
    assert row["agency"] == "ice_ero" and row["asks"] == "hold" and row["user_id"] == "U1"
    assert "1/2/1990" not in row["summary"] and "[DATE]" in row["summary"]  # a typed note is masked
    assert latest_outcomes(log)[query]["outcome"] == "declined"
    assert log.verify()[0]


def test_an_outcome_needs_a_question_and_a_known_value(engine: Engine) -> None:
    log = AuditLog(engine)
    query = asked(log, 1)
    note = log.append(AuditRecord.note("feedback", "slack", parent_query_id=query, summary="wrong"))
    before = log.count()
    for target, outcome, said in (
        ("nope", "declined", "no single query"),
        (note["query_id"], "declined", "not a question"),
        (query, "ignored", "unknown outcome"),
    ):
        with pytest.raises(OutcomeRefused, match=said):
            record_outcome(log, target, outcome, user_id="U1", source="cli")
    unanswered = asked(log, 2, outcome="rejected", verdict=None)
    with pytest.raises(OutcomeRefused, match="got no answer"):
        record_outcome(log, unanswered, "declined", user_id="U1", source="cli")
    before = log.count()
    with pytest.raises(OutcomeRefused, match="characters"):
        record_outcome(log, query, "declined", user_id="U1", source="cli", note="x" * 5000)
    assert log.count() == before  # nothing refused was written


def test_answers_awaiting_an_outcome_until_a_final_one_is_recorded(engine: Engine) -> None:
    log = AuditLog(engine)
    first, second = asked(log, 1), asked(log, 2)
    off_topic = asked(log, 3, rule_id="R0", verdict="escalate")
    someone_else = asked(log, 4, user_id="U2")
    assert {r["query_id"] for r in awaiting_outcome(log, "U1", days=30)} == {first, second}
    assert off_topic not in {r["query_id"] for r in awaiting_outcome(log, None)}  # nothing to record
    record_outcome(log, first, "pending", user_id="U1", source="slack")  # not final: still waiting
    record_outcome(log, second, "referred", user_id="U1", source="slack")
    assert [r["query_id"] for r in awaiting_outcome(log, "U1", days=30)] == [first]
    assert [r["query_id"] for r in awaiting_outcome(log, None, older_than=dt.timedelta(hours=1))] == []
    assert log.matching(LogFilter(kind="query", awaiting_outcome=False)) == 1
    assert someone_else in {r["query_id"] for r in awaiting_outcome(log, "U2")}


def test_fulfilled_against_the_advice_is_a_contradiction() -> None:
    def advice(verdict: str) -> dict[str, object]:
        return {"query_id": "q1", "verdict": verdict}

    done = {"outcome": "fulfilled", "created_at": "2026-12-01T10:00:00+00:00"}
    assert contradiction(advice("prohibited"), done, None) is not None
    assert contradiction(advice("escalate"), done, None) is not None
    assert contradiction(advice("escalate"), done, "2026-12-01T11:00:00+00:00") is not None  # decided too late
    assert contradiction(advice("escalate"), done, "2026-12-01T09:00:00+00:00") is None
    assert contradiction(advice("permitted"), done, None) is None
    decided = "2026-12-01T09:00:00+00:00"
    assert contradiction(advice("escalate"), done, decided, "prohibited") is not None  # against counsel
    assert contradiction(advice("prohibited"), done, decided, "permitted") is None  # counsel overruled the table
    assert contradiction(advice("prohibited"), {**done, "outcome": "declined"}, None) is None


def test_triage_record_on_the_command_line(data_dir: Path) -> None:
    runner = CliRunner()
    env = cli_env(data_dir)
    asked_now = runner.invoke(main, ["ask", "ICE faxed an I-247A detainer, can we hold him?"], env=env)
    assert asked_now.exit_code == 0, asked_now.output
    done = runner.invoke(main, ["record", "last", "--outcome", "declined", "--note", "no hold"], env=env)
    assert done.exit_code == 0 and done.output.startswith("recorded: Declined for query ")
    shown = runner.invoke(main, ["audit", "show", "last", "--json"], env=env)
    [follow_up] = json.loads(shown.output)["follow_ups"]
    assert follow_up["kind"] == "outcome" and follow_up["outcome"] == "declined" and follow_up["summary"] == "no hold"
    listed = runner.invoke(main, ["audit", "list", "--kind", "outcome", "--json"], env=env)
    assert [json.loads(line)["outcome"] for line in listed.output.splitlines()] == ["declined"]

    unknown = runner.invoke(main, ["record", "0000dead", "--outcome", "declined"], env=env)
    assert unknown.exit_code == 2 and "no single query matches '0000dead'" in unknown.output
    wrong = runner.invoke(main, ["record", "last", "--outcome", "maybe"], env=env)
    assert wrong.exit_code == 2 and "'maybe' is not one of" in wrong.output


def test_the_register_flags_outcomes_against_the_advice_and_unsigned_hand_overs(engine: Engine) -> None:
    from bot.audit.register import SignOffRefused, register_entries, sign_off

    log = AuditLog(engine)
    refused = asked(log, 1, verdict="prohibited", asks="hold")
    handed = asked(log, 2, verdict="permitted", asks="transfer_custody", rule_id="R3")
    waited = asked(log, 3, verdict="escalate", asks="transfer_custody", rule_id="R2b-judicial-conviction")
    asked(log, 4, verdict="escalate", rule_id="R0")  # not a federal request: not in the register
    record_outcome(log, refused, "fulfilled", user_id="U1", source="slack")
    record_outcome(log, handed, "fulfilled", user_id="U1", source="slack")
    log.append(AuditRecord.note("counsel_decision", "slack", parent_query_id=waited, verdict="permitted"))
    record_outcome(log, waited, "fulfilled", user_id="U1", source="slack")  # after counsel decided

    entries = {e.query_id: e for e in register_entries(log)}
    assert set(entries) == {refused, handed, waited}
    assert entries[refused].flags == ["fulfilled although the advice was prohibited"]
    assert entries[handed].flags == ["hand-over awaiting a reviewer's sign-off"] and entries[handed].handover
    assert entries[waited].counsel_decided_at is not None and entries[waited].flags == [
        "hand-over awaiting a reviewer's sign-off"
    ]
    assert {e.query_id for e in register_entries(log, unsigned_only=True)} == {handed, waited}

    with pytest.raises(SignOffRefused, match="not a recorded hand-over"):
        sign_off(log, refused, "reviewer-1", "cli")
    sign_off(log, handed, "reviewer-1", "cli", note="warrant checked")
    with pytest.raises(SignOffRefused, match="already signed off"):
        sign_off(log, handed, "reviewer-2", "cli")
    assert {e.query_id for e in register_entries(log, flagged_only=True)} == {refused, waited}
    assert register_entries(log, unsigned_only=True)[0].query_id == waited
    row = next(e for e in register_entries(log) if e.query_id == handed).as_row()
    assert row["signed_off_by"] == "reviewer-1" and row["outcome"] == "fulfilled" and row["flags"] == ""
    assert log.verify()[0]


def test_recording_a_request_not_asked_about_and_the_register_on_the_command_line(data_dir: Path) -> None:
    runner = CliRunner()
    env = {**cli_env(data_dir), "TRIAGE_OPERATOR": "officer-9"}
    recorded = runner.invoke(
        main,
        ["record", "--new", "--agency", "ice_ero", "--asks", "hold", "--warrant", "detainer_only",
         "--details", "ERO asked us to keep [[Juan Perez]] past release", "--outcome", "fulfilled"],
        env=env,
    )  # fmt: skip
    assert recorded.exit_code == 0, recorded.output
    assert "the rules say: prohibited (R2a" in recorded.output
    assert "flagged for review: fulfilled although the advice was prohibited" in recorded.output
    handed = runner.invoke(
        main,
        ["record", "--new", "--agency", "fbi", "--asks", "transfer_custody", "--warrant", "judicial_criminal",
         "--purpose", "criminal_investigation", "--outcome", "fulfilled"],
        env=env,
    )  # fmt: skip
    assert "the rules say: permitted (R3" in handed.output

    register = runner.invoke(main, ["audit", "register", "--json"], env=env)
    rows = [json.loads(line) for line in register.output.splitlines()]
    assert [(r["source"], r["advice"], r["outcome"]) for r in rows] == [
        ("cli-record", "prohibited", "fulfilled"),
        ("cli-record", "permitted", "fulfilled"),
    ]
    assert "Juan Perez" not in register.output and rows[1]["flags"] == "hand-over awaiting a reviewer's sign-off"
    signed = runner.invoke(main, ["audit", "signoff", rows[1]["query_id"][:8]], env=env)
    assert signed.exit_code == 0 and "signed off" in signed.output
    assert runner.invoke(main, ["audit", "register", "--unsigned"], env=env).output == "no federal requests match\n"
    twice = runner.invoke(main, ["audit", "signoff", rows[1]["query_id"]], env=env)
    assert twice.exit_code == 2 and "already signed off" in twice.output

    before = runner.invoke(main, ["audit", "list", "--kind", "query", "--limit", "0", "--json"], env=env).stdout
    too_long = runner.invoke(
        main,
        ["record", "--new", "--agency", "fbi", "--asks", "hold", "--outcome", "declined", "--note", "x" * 3000],
        env=env,
    )
    assert too_long.exit_code == 2 and "keep it under 2,000" in too_long.output
    after = runner.invoke(main, ["audit", "list", "--kind", "query", "--limit", "0", "--json"], env=env).stdout
    assert after == before  # refused before anything was written: no question without its outcome
    for bad, said in (
        (["record", "--new", "--outcome", "declined"], "--new needs at least --agency and --asks"),
        (["record", "last", "--new", "--agency", "fbi", "--asks", "hold", "--outcome", "declined"], "not both"),
        (["record", "last", "--agency", "fbi", "--outcome", "declined"], "describe a --new request"),
    ):
        refused = runner.invoke(main, bad, env=env)
        assert refused.exit_code == 2 and said in refused.output
