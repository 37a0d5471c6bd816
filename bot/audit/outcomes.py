"""What the officer did with a federal request: the register's outcome rows.

An outcome is a row of its own (`kind outcome`), linked to the answer it follows, appended to
the same hash chain as everything else: the officer's choice in the `outcome` column, an
optional note (masked like every typed text) in `summary`. An officer may record "still
pending" first and the final outcome later; the newest row is what was done. Only the three
final outcomes close an answer; until then it is "awaiting an outcome" (App Home lists it, the
reminder job nudges once).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from bot.audit.records import NOT_A_REQUEST_RULE, AuditRecord, LogFilter
from bot.audit.store import AuditLog
from bot.audit.vocabulary import FINAL_OUTCOMES
from bot.clock import system_clock

__all__ = [
    "FINAL_OUTCOMES",
    "OUTCOME",
    "OUTCOMES",
    "Contradiction",
    "OutcomeRefused",
    "awaiting_outcome",
    "check_outcome",
    "contradiction",
    "latest_outcomes",
    "record_outcome",
]

OUTCOME = "outcome"  # the kind of row
# value: what the officer taps or types, then how the register says it
OUTCOMES: dict[str, str] = {
    "declined": "Declined",
    "fulfilled": "Fulfilled",
    "referred": "Referred to Legal Bureau",
    "pending": "Still pending",
}
NOTE_LIMIT = 2000  # characters: a note is a line or two for the committee, not a report


class OutcomeRefused(ValueError):
    """The outcome cannot be recorded as asked (unknown query, not a question, unknown outcome)."""


@dataclass(frozen=True)
class Contradiction:
    """An outcome that goes against the advice, for the register's flags."""

    query_id: str
    reason: str


def record_outcome(
    log: AuditLog,
    query_id: str,
    outcome: str,
    *,
    user_id: str,
    source: str,
    note: str | None = None,
    event_id: str | None = None,
) -> dict[str, Any]:
    """Append the outcome of one answered question; the stored row (note masked).

    `query_id` may be a unique prefix or `last`, as elsewhere. OutcomeRefused when there is no
    such question or the outcome is not one of OUTCOMES; AuditUnavailable when the log cannot
    be written (then nothing was recorded, and the caller must say so).
    """
    value = check_outcome(outcome, note)
    parent = log.get(query_id)
    if parent is None:
        raise OutcomeRefused(f"no single query matches '{query_id}'")
    if parent["kind"] != "query":
        raise OutcomeRefused(
            f"'{query_id}' is a {parent['kind']} row, not a question: record the outcome of the question"
        )
    if parent["outcome"] != "answered":
        raise OutcomeRefused(f"query {parent['query_id']} got no answer ({parent['outcome']}): ask again, then record")
    return log.append(
        AuditRecord.note(
            OUTCOME,
            source,
            outcome=value,
            parent_query_id=parent["query_id"],
            user_id=user_id,
            channel_id=parent.get("channel_id"),
            agency=parent.get("agency"),
            asks=parent.get("asks"),
            kb_version=parent.get("kb_version"),
            summary=(note or "").strip() or None,
            event_id=event_id,
        )
    )


def awaiting_outcome(
    log: AuditLog,
    user_id: str | None,
    *,
    days: int | None = None,
    older_than: dt.timedelta | None = None,
    now: dt.datetime | None = None,
) -> list[dict[str, Any]]:
    """Answered questions (of `user_id`, or everyone's) with no final outcome yet, newest first.

    Only answers about a federal request: a message the bot could not judge (R0) has nothing
    to record. `days`: asked within that many days; `older_than`: asked at least that long ago
    (both counted back from `now`, the clock the answers were stamped with).
    """
    now = now or system_clock()
    since = (now - dt.timedelta(days=days)).isoformat() if days is not None else None
    until = (now - older_than).isoformat() if older_than is not None else None
    where = LogFilter(
        user_id=user_id,
        kind="query",
        outcome="answered",
        awaiting_outcome=True,
        since=since,
        until=until,
        limit=None,
    )
    return [row for row in log.list(where) if row.get("rule_id") != NOT_A_REQUEST_RULE]


def check_outcome(outcome: str, note: str | None) -> str:
    """The outcome as stored; OutcomeRefused for an unknown outcome or an over-long note."""
    value = outcome.strip().lower()
    if value not in OUTCOMES:
        raise OutcomeRefused(f"unknown outcome '{outcome}': use one of {', '.join(OUTCOMES)}")
    if note is not None and len(note) > NOTE_LIMIT:
        raise OutcomeRefused(f"the note is {len(note):,} characters; keep it under {NOTE_LIMIT:,}")
    return value


def latest_outcomes(log: AuditLog, query_ids: Iterable[str] | None = None) -> dict[str, dict[str, Any]]:
    """The newest outcome row of each answered question (of `query_ids`, or of all)."""
    wanted = None if query_ids is None else set(query_ids)
    latest: dict[str, dict[str, Any]] = {}
    for row in log.stream(LogFilter(kind=OUTCOME, limit=None)):  # oldest first: later rows win
        parent = row["parent_query_id"]
        if wanted is None or parent in wanted:
            latest[parent] = row
    return latest


def contradiction(
    advice: dict[str, Any],
    outcome: dict[str, Any],
    counsel_decided_at: str | None,
    counsel_verdict: str | None = None,
) -> Contradiction | None:
    """Whether what was done goes against what the bot advised, or what counsel decided.

    Fulfilled after `prohibited`; fulfilled after `escalate` before counsel decided (an
    escalation waits for the Legal Bureau); fulfilled although counsel decided `prohibited`.
    `counsel_decided_at` / `counsel_verdict`: counsel's decision on the question, if logged.
    """
    if outcome["outcome"] != "fulfilled":
        return None
    verdict = advice.get("verdict")
    if verdict == "prohibited" and counsel_verdict != "permitted":
        return Contradiction(advice["query_id"], "fulfilled although the advice was prohibited")
    if verdict == "escalate" and (counsel_decided_at is None or counsel_decided_at > outcome["created_at"]):
        return Contradiction(advice["query_id"], "fulfilled before counsel decided the escalation")
    if counsel_verdict == "prohibited":
        return Contradiction(advice["query_id"], "fulfilled although counsel decided prohibited")
    return None
