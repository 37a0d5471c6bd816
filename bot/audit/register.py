"""The register of federal requests: each answered request with what was done, and its flags.

Built from the log alone (questions, `outcome`, `counsel_decision` and `signoff` rows), so it is
as complete and tamper-evident as the log. Two kinds of flag for the review committee:
an outcome that contradicts the advice (fulfilled after `prohibited`, fulfilled before counsel
decided an escalation), and a hand-over of a person to a federal agency that no reviewer has
signed off yet (DOI's December 2025 recommendation: scrutiny of every hand-over).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from bot.audit.outcomes import OUTCOME, OUTCOMES, contradiction
from bot.audit.store import AuditLog, AuditRecord, DuplicateEvent, LogFilter

__all__ = [
    "SIGNOFF",
    "UNSIGNED_FLAG",
    "RegisterEntry",
    "SignOffRefused",
    "register_entries",
    "sign_off",
]

SIGNOFF = "signoff"  # the kind of row: a reviewer's sign-off of a hand-over
UNSIGNED_FLAG = "hand-over awaiting a reviewer's sign-off"
HANDOVER_ASK = "transfer_custody"


class SignOffRefused(ValueError):
    """Not a hand-over that can be signed off (unknown query, not handed over, signed already)."""


@dataclass
class RegisterEntry:
    query: dict[str, Any]  # the answered question (or the recorded request)
    outcome: dict[str, Any] | None = None  # the newest outcome row
    counsel_decided_at: str | None = None
    counsel_verdict: str | None = None  # counsel's newest decision
    signed_off: dict[str, Any] | None = None
    flags: list[str] = field(default_factory=list)

    @property
    def query_id(self) -> str:
        return str(self.query["query_id"])

    @property
    def done(self) -> str:
        """What was done, in words ("" when nothing is recorded)."""
        return OUTCOMES[self.outcome["outcome"]] if self.outcome else ""

    @property
    def handover(self) -> bool:
        """A person was handed to a federal agency: custody was asked and the request fulfilled."""
        asks = str(self.query.get("asks") or "").split(",")
        return HANDOVER_ASK in asks and self.outcome is not None and self.outcome["outcome"] == "fulfilled"

    def as_row(self) -> dict[str, Any]:
        """One flat row for CSV / JSON: the request, the advice, what was done, the flags."""
        q = self.query
        return {
            "query_id": self.query_id,
            "asked_at": q["created_at"],
            "officer": q.get("user_id"),
            "channel": q.get("channel_id"),
            "source": q.get("source"),
            "agency": q.get("agency"),
            "asks": q.get("asks"),
            "paperwork": (q.get("facts") or {}).get("warrant"),
            "advice": q.get("verdict"),
            "rule_id": q.get("rule_id"),
            "kb_version": q.get("kb_version"),
            "outcome": self.outcome["outcome"] if self.outcome else None,
            "outcome_at": self.outcome["created_at"] if self.outcome else None,
            "outcome_by": self.outcome.get("user_id") if self.outcome else None,
            "counsel_decided_at": self.counsel_decided_at,
            "handover": self.handover,
            "signed_off_by": self.signed_off.get("user_id") if self.signed_off else None,
            "flags": "; ".join(self.flags),
            "question_masked": q.get("question_masked"),
        }


def register_entries(
    log: AuditLog,
    *,
    since: str | None = None,
    until: str | None = None,
    agency: str | None = None,
    user_id: str | None = None,
    flagged_only: bool = False,
    unsigned_only: bool = False,
) -> list[RegisterEntry]:
    """Every answered federal request in the period, oldest first, with what was done and its flags."""
    entries = {
        row["query_id"]: RegisterEntry(row)
        for row in log.stream(
            LogFilter(
                kind="query", outcome="answered", since=since, until=until, agency=agency, user_id=user_id, limit=None
            )
        )
        if row.get("rule_id") != "R0"  # not a federal request: nothing to register
    }
    for row in _follow_ups(log):
        entry = entries.get(row["parent_query_id"])
        if entry is None:
            continue
        if row["kind"] == OUTCOME:
            entry.outcome = row  # oldest first: the newest wins
        elif row["kind"] == "counsel_decision":
            entry.counsel_decided_at = entry.counsel_decided_at or row["created_at"]
            entry.counsel_verdict = row.get("verdict") or entry.counsel_verdict
        elif row["kind"] == SIGNOFF:
            entry.signed_off = row
    chosen = []
    for entry in entries.values():
        if entry.outcome is not None:
            against = contradiction(entry.query, entry.outcome, entry.counsel_decided_at, entry.counsel_verdict)
            if against is not None:
                entry.flags.append(against.reason)
        if entry.handover and entry.signed_off is None:
            entry.flags.append(UNSIGNED_FLAG)
        if flagged_only and not entry.flags:
            continue
        if unsigned_only and not (entry.handover and entry.signed_off is None):
            continue
        chosen.append(entry)
    return chosen


def _follow_ups(log: AuditLog) -> Iterator[dict[str, Any]]:
    for kind in (OUTCOME, "counsel_decision", SIGNOFF):
        yield from log.stream(LogFilter(kind=kind, limit=None))


def sign_off(log: AuditLog, query_id: str, reviewer: str, source: str, note: str | None = None) -> dict[str, Any]:
    """A reviewer's sign-off of one hand-over (a linked `signoff` row, once per hand-over)."""
    query = log.get(query_id)
    if query is None or query["kind"] != "query":
        raise SignOffRefused(f"no single question matches '{query_id}'")
    found = [e for e in register_entries(log, since=query["created_at"]) if e.query_id == query["query_id"]]
    if not found or not found[0].handover:
        raise SignOffRefused(f"query {query['query_id']} is not a recorded hand-over (custody asked, fulfilled)")
    try:
        return log.append(
            AuditRecord.note(
                SIGNOFF,
                source,
                parent_query_id=query["query_id"],
                user_id=reviewer,
                agency=query.get("agency"),
                asks=query.get("asks"),
                kb_version=query.get("kb_version"),
                summary=(note or "").strip() or None,
                event_id=f"signoff:{query['query_id']}",
            )
        )
    except DuplicateEvent:
        raise SignOffRefused(f"the hand-over in query {query['query_id']} is already signed off") from None
