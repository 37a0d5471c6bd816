"""The fast check of a row's hash (orjson) agrees with the canonical encoding the log was written with."""

from __future__ import annotations

import hashlib
import json
import math
from pathlib import Path
from typing import Any

import orjson
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import insert, update

from bot.audit.export import verify_rows
from bot.audit.hashing import HASHED_FIELDS, canonical, hash_matches, row_hash
from bot.audit.store import AuditLog
from bot.db import audit_log, make_engine, read_json_column

LOG = Path(__file__).parent / "data" / "audit" / "log-2026-12-03.jsonl"


def _stored_rows() -> list[dict[str, Any]]:
    # rows as a SQLite log written with the json encoding stored them: unicode, control characters,
    # tiny and huge floats; the text holds line and paragraph separators, so split on newlines only
    return [json.loads(line) for line in LOG.read_text(encoding="utf-8").split("\n") if line]


def _fast(row: dict[str, Any]) -> str:
    payload = {name: row.get(name) for name in HASHED_FIELDS if name != "subject_keys" or row.get(name) is not None}
    return hashlib.sha256(orjson.dumps(payload, option=orjson.OPT_SORT_KEYS)).hexdigest()


def test_an_existing_log_verifies_with_the_same_hashes() -> None:
    rows = _stored_rows()
    assert len(rows) == 24
    assert all(hash_matches(row, row["row_hash"]) for row in rows)
    assert all(row_hash(row) == row["row_hash"] for row in rows)
    assert verify_rows(rows)[0]
    # the fast encoding gives the stored hash itself wherever no float is below 1e-4
    plain = [row for row in rows if not _has_tiny_float(row)]
    assert len(plain) >= 12 and all(_fast(row) == row["row_hash"] for row in plain)
    assert any(_fast(row) != row["row_hash"] for row in rows)  # those rows took the exact path


def test_a_row_with_fields_left_out_hashes_as_one_with_them_null() -> None:
    row = _stored_rows()[0]
    partial = {name: value for name, value in row.items() if value is not None and name != "error"}
    assert "error" in HASHED_FIELDS and row["error"] is None
    assert row_hash(partial) == row_hash(row) == row["row_hash"]
    assert hash_matches(partial, row["row_hash"])


def test_an_edited_row_is_caught_by_either_encoding() -> None:
    for row in _stored_rows()[:6]:
        for field, value in (("question_masked", row["question_masked"] + " "), ("latency_ms", 99.0)):
            edited = {**row, field: value}
            assert not hash_matches(edited, row["row_hash"])


def _has_tiny_float(value: Any) -> bool:
    if isinstance(value, float):
        return not math.isfinite(value) or (value != 0 and abs(value) < 1e-4)
    if isinstance(value, dict):
        return any(_has_tiny_float(v) for v in value.values())
    if isinstance(value, list):
        return any(_has_tiny_float(v) for v in value)
    return False


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**63), 2**63 - 1) | st.floats(allow_nan=True) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)


@settings(max_examples=400, deadline=None)
@given(question=st.text(), facts=st.dictionaries(st.text(max_size=10), _JSON, max_size=5), latency=st.floats())
def test_the_fast_check_agrees_with_the_canonical_hash(question: str, facts: dict[str, Any], latency: float) -> None:
    row = {"query_id": "q", "question_masked": question, "facts": facts, "latency_ms": latency, "prev_hash": "0" * 64}
    try:
        canonical(row)
    except UnicodeEncodeError:  # a lone surrogate: no row with one can be stored at all
        return
    stored = row_hash(row)
    assert hash_matches(row, stored)
    assert not hash_matches({**row, "query_id": "other"}, stored)


@settings(max_examples=400, deadline=None)
@given(value=_JSON | st.integers())
def test_a_json_column_reads_back_as_the_standard_library_reads_it(value: Any) -> None:
    # the log's JSON columns are decoded with orjson (fast verify); the values, and so the hashes,
    # must be those json.loads gave: NaN, integers beyond 64 bits and the like fall back to it
    stored = json.dumps(value)
    assert canonical({"facts": read_json_column(stored)}) == canonical({"facts": json.loads(stored)})


def test_a_sqlite_log_written_with_the_json_encoding_verifies_after_reading(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path}/log.db")
    columns = [c.name for c in audit_log.columns]
    with engine.begin() as connection:
        connection.execute(
            insert(audit_log), [{k: v for k, v in row.items() if k in columns} for row in _stored_rows()]
        )
    intact, checked, message = AuditLog(engine).verify()
    assert (intact, checked) == (True, 24), message
    engine.dispose()


def test_a_row_orjson_reads_differently_verifies_and_its_edit_is_caught(tmp_path: Path) -> None:
    # verify decodes with orjson, which reads an integer beyond 64 bits as a float; such a row
    # must still verify (the exact reading decides), and editing it must still be caught
    engine = make_engine(f"sqlite:///{tmp_path}/log.db")
    columns = [c.name for c in audit_log.columns]
    row = {k: v for k, v in _stored_rows()[0].items() if k in columns}
    assert row["prev_hash"] == "0" * 64
    row["facts"] = {**(row["facts"] or {}), "count": 2**70}
    row["row_hash"] = row_hash(row)
    with engine.begin() as connection:
        connection.execute(insert(audit_log), [row])
    assert AuditLog(engine).verify()[:2] == (True, 1)
    with engine.begin() as connection:
        connection.execute(update(audit_log).values(facts={**row["facts"], "count": 2**70 + 1}))
    intact, _checked, message = AuditLog(engine).verify()
    assert not intact and "contents were edited" in message
    engine.dispose()
