"""Reviewers' reads never stop an officer's answer from being written (SQLite and PostgreSQL)."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError, OperationalError

from bot.audit.records import MAX_SEARCH_WORDS, AuditUnavailable, LogFilter, search_words
from bot.audit.store import AuditLog
from bot.db import make_engine, read_only_connection
from tests.conftest import postgres_engine
from tests.test_audit import record


def test_a_write_goes_through_while_a_reviewer_read_is_open(engine: Engine) -> None:
    log = AuditLog(engine)
    log.append(record(1))
    written: list[float] = []

    def officer_answer() -> None:
        started = time.monotonic()
        log.append(record(2))
        written.append(time.monotonic() - started)

    # a reviewer's read transaction, open and mid-way, as a slow search or export holds it
    with read_only_connection(engine, time_limit=30) as reading:
        assert reading.execute(text("SELECT count(*) FROM audit_log")).scalar_one() == 1
        writer = threading.Thread(target=officer_answer)
        writer.start()
        writer.join(timeout=5)
        assert written, "the officer's row waited on a reviewer's read"
        # the reader keeps its snapshot: the new row is not half-seen mid-read
        if engine.dialect.name == "sqlite":
            assert reading.execute(text("SELECT count(*) FROM audit_log")).scalar_one() == 1
    assert log.count() == 2
    assert log.verify()[0]


def test_a_read_past_its_time_limit_is_cut_off(engine: Engine) -> None:
    slow = (
        "SELECT pg_sleep(2)"
        if engine.dialect.name == "postgresql"
        else "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n"
    )
    started = time.monotonic()
    with pytest.raises(OperationalError), read_only_connection(engine, time_limit=0.2) as reading:
        reading.execute(text(slow)).all()
    assert time.monotonic() - started < 1.5


def test_a_read_only_connection_cannot_write_on_postgresql() -> None:
    for engine in postgres_engine():
        AuditLog(engine).append(record(1))
        with pytest.raises(DBAPIError, match="read-only"), read_only_connection(engine) as reading:
            reading.execute(text("DELETE FROM audit_log"))
        assert AuditLog(engine).count() == 1


def test_a_log_search_past_its_time_limit_fails_closed_not_open(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'audit.db'}")
    writer = AuditLog(engine)
    for n in range(300):
        writer.append(record(n % 60))
    log = AuditLog(engine, read_time_limit=1e-6)
    with pytest.raises(AuditUnavailable):
        log.list(LogFilter(search="question about"))
    assert len(writer.list(LogFilter(search="question about", limit=None))) == 300


def test_search_words_are_deduplicated_and_capped() -> None:
    words = search_words("Hold hold HOLD " + " ".join(f"w{n}" for n in range(30)) + " " + "x" * 500)
    assert words[0] == "hold" and words.count("hold") == 1
    assert len(words) == MAX_SEARCH_WORDS
    assert all(len(word) <= 60 for word in search_words("y" * 500))
