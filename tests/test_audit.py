"""The log on a real SQLite file and the real PostgreSQL: chain, tamper evidence, fail closed."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest
from sqlalchemy import Connection, text
from sqlalchemy.engine import Engine

from bot.audit.records import AuditRecord, AuditUnavailable, ChainBroken, DuplicateEvent, LogFilter
from bot.audit.store import AuditLog
from bot.db import audit_log, make_engine
from tests.conftest import postgres_engine


def record(n: int, **extra: object) -> AuditRecord:
    return AuditRecord(
        query_id=str(uuid.uuid4()),
        created_at=f"2026-11-23T10:00:{n:02d}.000000+00:00",
        source="cli",
        question_masked=f"question {n} about [A-NUMBER]",
        mask_kinds=["a_number"],
        outcome="answered",
        verdict="prohibited" if n % 2 else "needs_info",
        rule_id="R1",
        facts={"agency": "ice_ero", "asks": ["hold"]},
        citations=[{"authority": "NYC-AC-14-154", "score": 0.5}],
        latency_ms=1.25,
        **extra,  # type: ignore[arg-type]
    )


def tamper(connection: Connection) -> None:
    """What someone who owns the database can do first on PostgreSQL: switch off the append-only
    trigger. The tests below then show the chain still catches the edit."""
    if connection.dialect.name == "postgresql":
        connection.execute(text("ALTER TABLE audit_log DISABLE TRIGGER USER"))


def test_append_chains_and_verifies(engine: Engine) -> None:
    log = AuditLog(engine)
    rows = [log.append(record(n)) for n in range(5)]
    assert rows[0]["prev_hash"] == "0" * 64
    assert all(rows[i]["prev_hash"] == rows[i - 1]["row_hash"] for i in range(1, 5))
    assert log.verify() == (True, 5, "ok: 5 rows, chain intact")
    assert [r["query_id"] for r in log.list(LogFilter(verdict="prohibited"))] == [
        rows[3]["query_id"],
        rows[1]["query_id"],
    ]
    assert log.get(rows[2]["query_id"][:8])["question_masked"] == "question 2 about [A-NUMBER]"  # type: ignore[index]


def test_verify_names_an_edited_row(engine: Engine) -> None:
    log = AuditLog(engine)
    rows = [log.append(record(n)) for n in range(4)]
    with engine.begin() as connection:
        tamper(connection)
        connection.execute(
            text("UPDATE audit_log SET verdict='permitted' WHERE query_id=:q"), {"q": rows[2]["query_id"]}
        )
    intact, checked, message = log.verify()
    assert not intact and checked == 2
    assert rows[2]["query_id"] in message and "edited" in message


def test_verify_names_the_row_after_a_deletion(engine: Engine) -> None:
    log = AuditLog(engine)
    rows = [log.append(record(n)) for n in range(4)]
    with engine.begin() as connection:
        tamper(connection)
        connection.execute(text("DELETE FROM audit_log WHERE query_id=:q"), {"q": rows[1]["query_id"]})
    intact, _, message = log.verify()
    assert not intact and rows[2]["query_id"] in message and "deleted" in message


def test_duplicate_event_is_refused_and_chain_stays_intact(engine: Engine) -> None:
    log = AuditLog(engine)
    log.append(record(1, event_id="Ev123"))
    with pytest.raises(DuplicateEvent):
        log.append(record(2, event_id="Ev123"))
    assert log.count() == 1 and log.verify()[0]


def test_read_only_database_fails_closed(tmp_path: Path) -> None:
    path = tmp_path / "audit.db"
    log = AuditLog(make_engine(f"sqlite:///{path}"))
    log.append(record(1))
    read_only = AuditLog(make_engine(f"sqlite:///file:{path}?mode=ro&uri=true"))
    with pytest.raises(AuditUnavailable):
        read_only.append(record(2))
    assert log.count() == 1 and log.verify()[0]


def test_verify_catches_reordered_rows(engine: Engine) -> None:
    log = AuditLog(engine)
    rows = [log.append(record(n)) for n in range(4)]
    with engine.begin() as connection:  # swap the places of rows 2 and 3
        tamper(connection)
        connection.execute(text("UPDATE audit_log SET seq = -1 WHERE seq = 2"))
        connection.execute(text("UPDATE audit_log SET seq = 2 WHERE seq = 3"))
        connection.execute(text("UPDATE audit_log SET seq = 3 WHERE seq = -1"))
    intact, checked, message = log.verify()
    assert not intact and checked == 1
    assert rows[2]["query_id"] in message and "reordered" in message


def test_verify_catches_a_forged_row_appended_with_a_guessed_hash(engine: Engine) -> None:
    log = AuditLog(engine)
    [log.append(record(n)) for n in range(3)]
    forged = record(9).as_row()
    forged.update(prev_hash="f" * 64, row_hash="e" * 64)
    with engine.begin() as connection:
        connection.execute(audit_log.insert().values(**forged))
    intact, checked, message = log.verify()
    assert not intact and checked == 3 and forged["query_id"] in message


def test_filters_select_exactly_the_matching_rows(engine: Engine) -> None:
    log = AuditLog(engine)
    seeded = [
        log.append(
            record(
                n,
                user_id=f"U{n % 3}",
                channel_id=f"C{n % 2}",
                agency="fbi" if n % 4 == 0 else "ice_ero",
                kb_version="v1" if n < 6 else "v2",
                kind="query" if n % 5 else "feedback",
            )
        )
        for n in range(12)
    ]
    cases = {
        LogFilter(user_id="U1"): [r for r in seeded if r["user_id"] == "U1"],
        LogFilter(channel_id="C0", agency="fbi"): [
            r for r in seeded if r["channel_id"] == "C0" and r["agency"] == "fbi"
        ],
        LogFilter(kb_version="v2", verdict="prohibited"): [
            r for r in seeded if r["kb_version"] == "v2" and r["verdict"] == "prohibited"
        ],
        LogFilter(kind="feedback"): [r for r in seeded if r["kind"] == "feedback"],
        LogFilter(since=seeded[3]["created_at"], until=seeded[7]["created_at"]): seeded[3:7],
    }
    for where, expected in cases.items():
        where = LogFilter(**{**where.__dict__, "limit": None})
        assert [r["query_id"] for r in log.stream(where)] == [r["query_id"] for r in expected], where
        assert [r["query_id"] for r in log.list(where)] == [r["query_id"] for r in reversed(expected)], where
        assert log.matching(where) == len(expected)


def test_retention_prunes_the_oldest_rows_behind_a_checkpoint_and_the_rest_verifies(engine: Engine) -> None:
    log = AuditLog(engine)
    rows = [log.append(record(n)) for n in range(10)]
    checkpoint = log.prune(before=rows[6]["created_at"], operator="local:reviewer")
    assert checkpoint is not None and checkpoint["kind"] == "checkpoint"
    summary = json.loads(checkpoint["summary"])
    assert summary["pruned_rows"] == 6 and summary["last_pruned_hash"] == rows[5]["row_hash"]
    assert log.count() == 5  # four kept + the checkpoint
    intact, checked, message = log.verify()
    assert intact and checked == 5 and "6 older rows pruned" in message
    assert log.prune(before=rows[0]["created_at"], operator="x") is None

    later = log.prune(before=rows[8]["created_at"], operator="local:reviewer")  # a second retention step
    assert later is not None and json.loads(later["summary"])["pruned_rows"] == 2
    assert log.verify()[0]


def test_rows_deleted_from_the_start_without_a_checkpoint_are_caught(engine: Engine) -> None:
    log = AuditLog(engine)
    rows = [log.append(record(n)) for n in range(5)]
    with engine.begin() as connection:
        tamper(connection)
        connection.execute(text("DELETE FROM audit_log WHERE seq <= 2"))
    intact, _, message = log.verify()
    assert not intact and "missing" in message and "seq=3" in message

    with pytest.raises(ChainBroken):  # a checkpoint must not paper over the gap
        log.prune(before=rows[4]["created_at"], operator="x")
    assert log.count() == 3


def test_an_edited_checkpoint_is_caught(engine: Engine) -> None:
    log = AuditLog(engine)
    rows = [log.append(record(n)) for n in range(4)]
    checkpoint = log.prune(before=rows[2]["created_at"], operator="x")
    assert checkpoint is not None
    with engine.begin() as connection:
        tamper(connection)
        connection.execute(
            text("UPDATE audit_log SET summary = :s WHERE query_id = :q"),
            {"s": checkpoint["summary"].replace('"pruned_rows": 2', '"pruned_rows": 1'), "q": checkpoint["query_id"]},
        )
    intact, _, message = log.verify()
    assert not intact and "edited" in message


def test_on_postgresql_the_application_cannot_edit_delete_or_truncate_the_log() -> None:
    for engine in postgres_engine():
        log = AuditLog(engine)
        rows = [log.append(record(n)) for n in range(3)]
        for statement in (
            "UPDATE audit_log SET verdict = 'permitted'",
            "DELETE FROM audit_log WHERE seq = 1",
            "TRUNCATE audit_log",
        ):
            with pytest.raises(Exception, match="append-only"), engine.begin() as connection:
                connection.execute(text(statement))
        assert [r["row_hash"] for r in log.rows_in_order()] == [r["row_hash"] for r in rows]
        assert log.prune(before=rows[2]["created_at"], operator="x") is not None  # retention still works
        assert log.verify()[0]
