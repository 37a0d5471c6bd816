"""Log append throughput (SQLite and PostgreSQL, 1 and 8 writers) and `audit verify` time."""

from __future__ import annotations

import contextlib
import dataclasses
import os
import time
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, text

from bot.audit.records import AuditRecord
from bot.audit.store import AuditLog
from bot.clock import utc_stamp
from bot.db import make_engine

POSTGRES = os.environ.get("TRIAGE_BENCH_DATABASE_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
VERIFY_ROWS = 100_000


def _record(n: int) -> AuditRecord:
    return AuditRecord(
        query_id=str(uuid.uuid4()),
        created_at=utc_stamp(timespec="microseconds"),
        source="bench",
        question_masked=f"ICE wants us to hold [NAME] on a detainer, question {n}",
        mask_kinds=["marked_name"],
        outcome="answered",
        verdict="prohibited",
        rule_id="R2a-civil-paperwork",
        facts={"agency": "ice_ero", "asks": ["hold"]},
        citations=[{"authority": "NYC-AC-14-154", "section": "When the NYPD may honor", "text": "x" * 300}],
        kb_version="bench",
    )


def append_rate(url: str, writers: int, rows: int) -> float:
    engine = make_engine(url)
    log = AuditLog(engine)
    per_writer = rows // writers

    def write(_writer: int) -> None:
        for n in range(per_writer):
            log.append(dataclasses.replace(_record(n)))

    started = time.perf_counter()
    with ThreadPoolExecutor(writers) as pool:
        list(pool.map(write, range(writers)))
    seconds = time.perf_counter() - started
    assert log.verify()[0] and log.count() >= per_writer * writers
    engine.dispose()
    return round(per_writer * writers / seconds)


@contextlib.contextmanager
def postgres_schema() -> Iterator[str | None]:
    schema = f"triage_bench_{uuid.uuid4().hex[:8]}"
    try:
        admin = create_engine(POSTGRES)
        with admin.begin() as connection:
            connection.execute(text(f"CREATE SCHEMA {schema}"))
    except Exception:
        yield None  # no PostgreSQL here: reported as not measured
        return
    try:
        yield POSTGRES + f"?options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as connection:
            connection.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


def log_throughput(tmp: Path) -> dict[str, Any]:
    results: dict[str, Any] = {}
    for writers in (1, 8):
        results[f"sqlite_rows_per_s_{writers}_writers"] = append_rate(
            f"sqlite:///{tmp}/rate-{writers}.db", writers, 2_000
        )
        with postgres_schema() as url:
            results[f"postgresql_rows_per_s_{writers}_writers"] = append_rate(url, writers, 2_000) if url else None
    return results


def verify_time(tmp: Path) -> dict[str, Any]:
    """Seed 100,000 chained rows through the real append path, then time `verify`."""
    engine = make_engine(f"sqlite:///{tmp}/verify.db")
    log = AuditLog(engine)
    started = time.perf_counter()
    for n in range(VERIFY_ROWS):
        log.append(_record(n))
    seeded = time.perf_counter() - started
    started = time.perf_counter()
    intact, checked, _message = log.verify()
    seconds = time.perf_counter() - started
    engine.dispose()
    assert intact and checked == VERIFY_ROWS
    return {"rows": checked, "verify_s": round(seconds, 2), "seed_rows_per_s": round(VERIFY_ROWS / seeded)}
