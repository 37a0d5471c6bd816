"""The console's and the command line's filters, paging and streamed reads, on a real SQLite file and the real
PostgreSQL."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from pydantic import ValidationError
from sqlalchemy.engine import Engine

from bot.audit.records import SORTABLE, AuditRecord, LogFilter
from bot.audit.store import AuditLog
from bot.audit.when import day_start
from bot.cli import main
from bot.clock import LOCAL_ZONE, local_today
from bot.db import make_engine
from bot.web.query import KINDS, LogQuery
from tests.conftest import cli_env
from tests.test_audit import record as base_record


def record(n: int, **changes: object) -> AuditRecord:
    return dataclasses.replace(base_record(n), **changes)  # type: ignore[arg-type]


def _seed(log: AuditLog) -> dict[str, str]:
    rows = {
        "hold": record(1, asks="hold", agency="ice_ero", question_masked="Hold him past 5 PM? 100% sure"),
        "holdings": record(2, asks="hold_records", agency="ice_ero", question_masked="records of holdings"),
        "both": record(3, asks="hold,share_records", agency="hsi", question_masked="hold AND share_records"),
        "escalate": record(4, verdict="escalate", asks="transfer_custody", question_masked="hand over?"),
        "wrong": record(5, asks="share_records", question_masked="share it", agency=None),
        "escalated_by_officer": record(7, asks="hold", question_masked="under_score"),
        "rejected": record(9, outcome="rejected", verdict=None, rule_id=None, asks=None, question_masked=""),
    }
    ids = {name: log.append(row)["query_id"] for name, row in rows.items()}
    log.append(AuditRecord.note("feedback", "slack", parent_query_id=ids["wrong"], summary="wrong"))
    log.append(AuditRecord.note("feedback", "slack", parent_query_id=ids["hold"], summary="helpful"))
    log.append(AuditRecord.note("escalation", "slack", parent_query_id=ids["escalated_by_officer"]))
    return ids


def _ids(log: AuditLog, **where: object) -> set[str]:
    return {row["query_id"] for row in log.stream(LogFilter(kind="query", limit=None, **where))}  # type: ignore[arg-type]


def test_search_ask_escalated_and_flagged(engine: Engine) -> None:
    log = AuditLog(engine)
    ids = _seed(log)
    named = {value: key for key, value in ids.items()}

    def names(**where: object) -> set[str]:
        return {named[query_id] for query_id in _ids(log, **where)}

    assert names(search="HOLD") == {"hold", "holdings", "both"}  # any case
    assert names(search="hold records") == {"holdings", "both"}  # every word, anywhere
    assert names(search="100%") == {"hold"}  # LIKE wildcards are literal
    assert names(search="_") == {"both", "escalated_by_officer"}
    assert names(ask="hold") == {"hold", "both", "escalated_by_officer"}  # whole items, not hold_records
    assert names(ask="share_records") == {"both", "wrong"}
    assert names(escalated=True) == {"escalate", "escalated_by_officer"}
    assert names(escalated=False) == {"hold", "holdings", "both", "wrong", "rejected"}  # no verdict: not escalated
    assert names(flagged=False) == {"hold", "holdings", "both", "escalate", "rejected"}
    assert names(ask="%") == set() and names(ask="hold%") == set()  # wildcards are literal
    assert names(flagged=True) == {"wrong", "escalated_by_officer"}  # "helpful" is not a flag
    assert names(flagged=True, ask="hold") == {"escalated_by_officer"}
    assert names(agency="hsi", search="share") == {"both"}


def test_page_sorts_counts_and_offsets(engine: Engine) -> None:
    log = AuditLog(engine)
    _seed(log)
    rows, total = log.page(LogFilter(kind="query", limit=4))
    assert total == 7 and [row["seq"] for row in rows] == sorted((row["seq"] for row in rows), reverse=True)
    rest, _ = log.page(LogFilter(kind="query", limit=4), offset=4)
    assert len(rest) == 3 and not {r["seq"] for r in rows} & {r["seq"] for r in rest}
    for descending in (False, True):  # the same order on both databases, rows without a verdict last
        by_verdict, _ = log.page(LogFilter(kind="query", limit=10), sort="verdict", descending=descending)
        verdicts = [row["verdict"] for row in by_verdict]
        assert verdicts[-1] is None and verdicts[:-1] == sorted(verdicts[:-1], reverse=descending)
    for sort in SORTABLE:  # every sort key runs on both databases
        assert log.page(LogFilter(limit=3), sort=sort)[1] == 10


def test_stream_reads_in_batches_up_to_the_head_it_started_at(engine: Engine) -> None:
    log = AuditLog(engine)
    for n in range(25):
        log.append(record(n))
    everything = [row["seq"] for row in log.stream(LogFilter(limit=None), batch=7)]
    assert everything == sorted(everything) and len(everything) == 25
    assert [row["seq"] for row in log.stream(LogFilter(limit=10), batch=7)] == everything[:10]
    assert [row["seq"] for row in log.stream(LogFilter(limit=14), batch=7)] == everything[:14]
    odd = [row["seq"] for row in log.stream(LogFilter(verdict="prohibited", limit=None), batch=4)]
    assert len(odd) == 12
    reading = log.stream(LogFilter(limit=None), batch=5)
    first = [next(reading)["seq"] for _ in range(5)]
    for n in range(3):  # written while an export is being read: not part of it, and not blocked by it
        log.append(record(40 + n))
    assert first + [row["seq"] for row in reading] == everything
    assert list(AuditLog(engine).stream(LogFilter(search="no such words", limit=None))) == []


def test_the_log_page_query_matches_the_store() -> None:
    for sort in SORTABLE:
        assert LogQuery(sort=sort).sort == sort
    for kind in (*KINDS, "all"):
        assert LogQuery(kind=kind).kind == kind
    for field, bad in (("sort", "question_masked"), ("kind", "everything")):
        with pytest.raises(ValidationError, match="not one of"):
            LogQuery.model_validate({field: bad})
    with pytest.raises(ValidationError, match="not one of the asks"):
        LogQuery.model_validate({"ask": "%"})
    query = LogQuery.model_validate(
        {"start": "2026-10-01", "end": "2026-12-31", "escalated": "no", "q": " ", "page": ""}
    )
    where = query.log_filter(50)
    assert (where.since, where.until, where.escalated, where.search) == (
        "2026-10-01T04:00:00.000000+00:00",  # New York days, as on the command line; the end day included
        "2027-01-01T05:00:00.000000+00:00",
        False,
        None,
    )
    assert query.link(page=2) == "start=2026-10-01&end=2026-12-31&escalated=no&page=2"
    assert LogQuery().log_filter(None).kind == "query" and LogQuery(kind="all").log_filter(None).kind is None


def test_the_command_lines_filters_read_dates_as_new_york_days_and_refuse_what_they_cannot_read(
    tmp_path: Path,
) -> None:
    data_dir = tmp_path / "data"
    log = AuditLog(make_engine(f"sqlite:///{data_dir / 'audit.db'}"))
    today = local_today()
    yesterday_evening = day_start(today) - dt.timedelta(hours=2)  # 22:00 New York yesterday
    stamps = {
        "late yesterday": yesterday_evening,
        "just after midnight": day_start(today) + dt.timedelta(minutes=1),
        "a week ago": day_start(today - dt.timedelta(days=7)) + dt.timedelta(hours=12),
    }
    ids = {}
    for n, (name, moment) in enumerate(stamps.items()):
        row = record(n, created_at=moment.isoformat(timespec="microseconds"), agency="ice", verdict="permitted")
        ids[log.append(row)["query_id"]] = name

    def listed(*args: str) -> set[str]:
        result = CliRunner().invoke(main, ["audit", "list", "--json", "--limit", "0", *args], env=cli_env(data_dir))
        assert result.exit_code == 0, result.output
        return {ids[json.loads(line)["query_id"]] for line in result.output.splitlines()}

    assert listed("--since", "yesterday", "--until", "yesterday") == {"late yesterday"}  # its UTC date is today
    assert listed("--since", "today") == {"just after midnight"}
    assert listed("--since", "7d") == set(stamps)
    assert listed("--since", "6d") == {"late yesterday", "just after midnight"}
    minute = yesterday_evening.astimezone(LOCAL_ZONE).strftime("%Y-%m-%d %H:%M")
    assert listed("--until", minute, "--since", minute) == {"late yesterday"}  # a minute, included
    assert listed("--agency", "ICE", "--verdict", "PERMITTED") == set(stamps)  # any case
    for bad, says in (
        (["--since", "2026-13-01"], "month must be in 1..12"),
        (["--until", "last tuesday"], "is not a date"),
        (["--agency", "ICE-ERO"], "ice_ero"),
        (["--ask", "holdd"], "share_records"),
    ):
        for command in (["audit", "list"], ["audit", "export"]):
            result = CliRunner().invoke(main, [*command, *bad], env=cli_env(data_dir))
            assert result.exit_code == 2 and says in result.output, (bad, result.output)
