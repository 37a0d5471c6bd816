"""Canonical encoding and SHA-256 chaining of audit rows."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from typing import Any

__all__ = ["GENESIS_HASH", "HASHED_FIELDS", "row_hash"]

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


def canonical(row: Mapping[str, Any]) -> bytes:
    payload = {
        name: row.get(name) for name in HASHED_FIELDS if name not in _OPTIONAL_FIELDS or row.get(name) is not None
    }
    return json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def row_hash(row: Mapping[str, Any]) -> str:
    """SHA-256 over the canonical JSON of the row, which includes the previous row's hash."""
    return hashlib.sha256(canonical(row)).hexdigest()
