"""What the query log holds, apart from how it is stored: the row (`AuditRecord`), the
reviewer's filter (`LogFilter`), the errors a writer sees, and the sortable columns."""

from __future__ import annotations

import builtins
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import exists, func, literal, or_, select

from bot.audit.vocabulary import FINAL_OUTCOMES, RowKind
from bot.db import audit_log

__all__ = [
    "CHECKPOINT",
    "MAX_SEARCH_WORDS",
    "MAX_SEARCH_WORD_CHARS",
    "NOT_A_REQUEST_RULE",
    "SHOWN",
    "SIGNED_CHECKPOINT",
    "SORTABLE",
    "AuditRecord",
    "AuditUnavailable",
    "ChainBroken",
    "DuplicateEvent",
    "LogFilter",
    "asks_of",
    "search_words",
    "select_rows",
]

CHECKPOINT = RowKind.CHECKPOINT.value  # the kind of row that records a retention step
SIGNED_CHECKPOINT = RowKind.SIGNED_CHECKPOINT.value
SHOWN = RowKind.SHOWN.value
NOT_A_REQUEST_RULE = "R0"  # off-topic or unreadable: escalated for a person to look, no federal request


def asks_of(row: Mapping[str, Any]) -> list[str]:
    """The asks of a logged row, in the order logged (the `asks` column is comma-joined)."""
    return [ask for ask in str(row.get("asks") or "").split(",") if ask]


class AuditUnavailable(RuntimeError):
    """The log could not be written, so no verdict may be given."""


class ChainBroken(RuntimeError):
    """The log does not verify, so it must not be pruned (a checkpoint would hide the damage)."""


class DuplicateEvent(RuntimeError):
    """This delivery (event id) is already in the log."""


@dataclass
class AuditRecord:
    """One row as the pipeline hands it over; hashes and sequence are added on append."""

    query_id: str
    created_at: str
    source: str
    question_masked: str
    mask_kinds: list[str]
    outcome: str
    subject_keys: list[str] | None = None
    kind: str = "query"
    event_id: str | None = None
    parent_query_id: str | None = None
    user_id: str | None = None
    channel_id: str | None = None
    facts: dict[str, Any] | None = None
    agency: str | None = None
    asks: str | None = None
    verdict: str | None = None
    rule_id: str | None = None
    summary: str | None = None
    questions: list[str] = field(default_factory=list)
    citations: list[dict[str, Any]] = field(default_factory=list)
    kb_version: str | None = None
    prompt_hash: str | None = None
    latency_ms: float | None = None
    error: str | None = None

    def as_row(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self.__dataclass_fields__}

    @classmethod
    def note(cls, kind: str, source: str, outcome: str = "recorded", **fields: Any) -> AuditRecord:
        """A row that is not a question: feedback, an escalation, a reviewer's read, a checkpoint.
        The log stamps its time when it appends it (`AuditLog`'s clock)."""
        return cls(
            query_id=str(uuid.uuid4()),
            created_at="",
            source=source,
            question_masked="",
            mask_kinds=[],
            outcome=outcome,
            kind=kind,
            **fields,
        )


@dataclass(frozen=True)
class LogFilter:
    since: str | None = None
    until: str | None = None
    verdict: str | None = None
    rule_id: str | None = None
    agency: str | None = None
    user_id: str | None = None
    channel_id: str | None = None
    outcome: str | None = None
    kb_version: str | None = None
    kind: str | None = None
    parent_query_id: str | None = None
    exclude_kind: str | None = None
    search: str | None = None  # words that must all appear in the masked question (any case)
    ask: str | None = None  # one of the asks, e.g. monitoring_alert
    escalated: bool | None = None  # the bot said escalate, or an officer pressed Escalate
    flagged: bool | None = None  # an officer escalated it or marked it wrong (counsel's queue)
    awaiting_outcome: bool | None = None  # an answer with no final outcome recorded (declined, fulfilled, referred)
    limit: int | None = 50


# What the console's table may be sorted by; ties and the default are newest first.
SORTABLE = {
    "time": audit_log.c.seq,
    "officer": audit_log.c.user_id,
    "agency": audit_log.c.agency,
    "verdict": audit_log.c.verdict,
    "rule": audit_log.c.rule_id,
    "kb": audit_log.c.kb_version,
    "latency": audit_log.c.latency_ms,
    "outcome": audit_log.c.outcome,
}


MAX_SEARCH_WORDS = 8
MAX_SEARCH_WORD_CHARS = 60


def search_words(search: str | None) -> builtins.list[str]:
    """The words a search matches, each once, at most MAX_SEARCH_WORDS of at most
    MAX_SEARCH_WORD_CHARS characters: every word is a scan of the question column."""
    words = dict.fromkeys(word.casefold()[:MAX_SEARCH_WORD_CHARS] for word in (search or "").split())
    return builtins.list(words)[:MAX_SEARCH_WORDS]


_FOLLOW_UP = audit_log.alias("follow_up")


def select_rows(where: LogFilter, columns: Any = None) -> Any:
    """The SELECT over the log that `where` asks for (every column unless `columns`)."""
    query = select(columns if columns is not None else audit_log).select_from(audit_log)
    for column, value in (
        (audit_log.c.verdict, where.verdict),
        (audit_log.c.rule_id, where.rule_id),
        (audit_log.c.agency, where.agency),
        (audit_log.c.user_id, where.user_id),
        (audit_log.c.channel_id, where.channel_id),
        (audit_log.c.outcome, where.outcome),
        (audit_log.c.kb_version, where.kb_version),
        (audit_log.c.kind, where.kind),
        (audit_log.c.parent_query_id, where.parent_query_id),
    ):
        if value is not None:
            query = query.where(column == value)
    if where.exclude_kind is not None:
        query = query.where(audit_log.c.kind != where.exclude_kind)
    if where.since:
        query = query.where(audit_log.c.created_at >= where.since)
    if where.until:
        query = query.where(audit_log.c.created_at < where.until)
    for word in search_words(where.search):
        query = query.where(audit_log.c.question_masked.icontains(word, autoescape=True))
    if where.ask:
        # `asks` is a comma-joined list: match a whole item, not a part of one
        asks = literal(",") + audit_log.c.asks + literal(",")
        query = query.where(asks.contains(f",{where.ask},", autoescape=True))
    officer_flag = exists().where(
        _FOLLOW_UP.c.parent_query_id == audit_log.c.query_id,
        or_(
            _FOLLOW_UP.c.kind == "escalation",
            (_FOLLOW_UP.c.kind == "feedback") & (_FOLLOW_UP.c.summary == "wrong"),
        ),
    )
    escalated = or_(
        func.coalesce(audit_log.c.verdict, "") == "escalate",  # NOT (NULL = ...) would drop unanswered rows
        exists().where(_FOLLOW_UP.c.parent_query_id == audit_log.c.query_id, _FOLLOW_UP.c.kind == "escalation"),
    )
    closed = exists().where(
        _FOLLOW_UP.c.parent_query_id == audit_log.c.query_id,
        _FOLLOW_UP.c.kind == "outcome",
        _FOLLOW_UP.c.outcome.in_(FINAL_OUTCOMES),
    )
    for condition, wanted in (
        (escalated, where.escalated),
        (officer_flag, where.flagged),
        (~closed, where.awaiting_outcome),
    ):
        if wanted is not None:
            query = query.where(condition if wanted else ~condition)
    return query
