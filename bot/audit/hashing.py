"""Canonical encoding and SHA-256 chaining of audit rows."""

from __future__ import annotations

import hashlib
import json
import operator
from collections.abc import Collection, Mapping
from typing import Any

import orjson

from bot.db import read_json_fast

__all__ = ["GENESIS_HASH", "HASHED_FIELDS", "decoded_row", "hash_matches", "row_hash"]

GENESIS_HASH = "0" * 64

# Every stored field except the storage-assigned sequence number and the hash itself.
HASHED_FIELDS: tuple[str, ...] = (
    "query_id",
    "event_id",
    "kind",
    "parent_query_id",
    "created_at",
    "source",
    "user_id",
    "channel_id",
    "question_masked",
    "mask_kinds",
    "facts",
    "agency",
    "asks",
    "verdict",
    "rule_id",
    "summary",
    "questions",
    "citations",
    "kb_version",
    "prompt_hash",
    "latency_ms",
    "outcome",
    "error",
    "prev_hash",
    "subject_keys",
)
# Fields added after rows were first written: left out of the encoding while NULL, so rows
# written before the field existed keep their hash.
_OPTIONAL_FIELDS = frozenset({"subject_keys"})


_ALWAYS = tuple(name for name in HASHED_FIELDS if name not in _OPTIONAL_FIELDS)
_ALWAYS_OF = operator.itemgetter(*_ALWAYS)


def _payload(row: Mapping[str, Any]) -> dict[str, Any]:
    try:  # a row read from the log holds every column: one C call picks them (`audit verify` runs this per row)
        payload = dict(zip(_ALWAYS, _ALWAYS_OF(row), strict=True))
    except KeyError:  # a row built elsewhere may leave fields out: they count as null
        payload = {name: row.get(name) for name in _ALWAYS}
    for name in _OPTIONAL_FIELDS:
        if row.get(name) is not None:
            payload[name] = row[name]
    return payload


def canonical(row: Mapping[str, Any]) -> bytes:
    """The bytes a row's hash is taken over: its hashed fields as compact JSON, keys sorted."""
    return json.dumps(_payload(row), sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def row_hash(row: Mapping[str, Any]) -> str:
    """SHA-256 over the canonical JSON of the row, which includes the previous row's hash."""
    return hashlib.sha256(canonical(row)).hexdigest()


def hash_matches(row: Mapping[str, Any], expected: object) -> bool:
    """Whether the row's contents give `expected`, the hash stored with it (as `row_hash` would).

    orjson writes the same bytes as `canonical` for almost every row, several times faster; where
    it does not (floats below 1e-4 or not finite, which orjson writes differently), the hashes
    differ and the exact encoding decides. A match of the fast bytes is a match of the exact ones,
    since both are hashed with SHA-256. `audit verify` reads every row, so this is its cost.
    """
    try:
        fast = hashlib.sha256(orjson.dumps(_payload(row), option=orjson.OPT_SORT_KEYS)).hexdigest()
    except (TypeError, orjson.JSONEncodeError):  # a value orjson does not encode: the exact path says
        fast = None
    return fast == expected or row_hash(row) == expected


def decoded_row(raw: Mapping[str, Any], json_columns: Collection[str], *, exact: bool = False) -> dict[str, Any]:
    """A row read with its JSON columns as stored text, those columns decoded: with orjson, or
    with the standard library (`exact`), which reads every document as the log's encoder wrote it
    (orjson reads an integer beyond 64 bits as a float)."""
    row = dict(raw)
    for name in json_columns:
        if row.get(name) is not None:
            row[name] = json.loads(row[name]) if exact else read_json_fast(row[name])
    return row
