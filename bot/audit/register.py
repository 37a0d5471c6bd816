"""The register of federal requests: each answered request with what was done, and its flags.

Built from the log alone (questions, `outcome`, `counsel_decision` and `signoff` rows), so it is
as complete and tamper-evident as the log. Two kinds of flag for the review committee:
an outcome that contradicts the advice (fulfilled after `prohibited`, fulfilled before counsel
decided an escalation), and a hand-over of a person to a federal agency that no reviewer has
signed off yet (DOI's December 2025 recommendation: scrutiny of every hand-over).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from bot.audit.outcomes import OUTCOME, OUTCOMES, contradiction
from bot.audit.records import NOT_A_REQUEST_RULE, AuditRecord, DuplicateEvent, LogFilter, asks_of
from bot.audit.store import AuditLog

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
        return (
            HANDOVER_ASK in asks_of(self.query) and self.outcome is not None and self.outcome["outcome"] == "fulfilled"
        )

    def attach(self, row: Mapping[str, Any]) -> None:
        """Take in one follow-up row of the question, oldest first (the newest outcome wins)."""
        if row["kind"] == OUTCOME:
            self.outcome = dict(row)
        elif row["kind"] == "counsel_decision":
            self.counsel_decided_at = self.counsel_decided_at or row["created_at"]
            self.counsel_verdict = row.get("verdict") or self.counsel_verdict
        elif row["kind"] == SIGNOFF:
            self.signed_off = dict(row)

    def flag(self) -> None:
        against = self.outcome and contradiction(
            self.query, self.outcome, self.counsel_decided_at, self.counsel_verdict
        )
        if against:
            self.flags.append(against.reason)
        if self.handover and self.signed_off is None:
            self.flags.append(UNSIGNED_FLAG)

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
        if row.get("rule_id") != NOT_A_REQUEST_RULE  # not a federal request: nothing to register
    }
    for kind in (OUTCOME, "counsel_decision", SIGNOFF):  # each oldest first
        for row in log.stream(LogFilter(kind=kind, limit=None)):
            if (entry := entries.get(row["parent_query_id"])) is not None:
                entry.attach(row)
    chosen = []
    for entry in entries.values():
        entry.flag()
        if flagged_only and not entry.flags:
            continue
        if unsigned_only and not (entry.handover and entry.signed_off is None):
            continue
        chosen.append(entry)
    return chosen


def sign_off(log: AuditLog, query_id: str, reviewer: str, source: str, note: str | None = None) -> dict[str, Any]:
    """A reviewer's sign-off of one hand-over (a linked `signoff` row, once per hand-over)."""
    query = log.get(query_id)
    if query is None or query["kind"] != "query":
        raise SignOffRefused(f"no single question matches '{query_id}'")
    entry = RegisterEntry(query)  # only this question's own follow-ups are read
    for row in log.stream(LogFilter(parent_query_id=query["query_id"], limit=None)):
        entry.attach(row)
    if not entry.handover:
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
