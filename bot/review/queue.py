"""Counsel's review queue: answers officers escalated or marked wrong, and what counsel decided.

Built from the log's follow-up rows (kind `escalation`, `feedback` = wrong, `counsel_decision`)
linked to the question they are about, so counsel sees which rules and passages draw flags.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from bot.audit.records import LogFilter
from bot.audit.store import AuditLog

__all__ = ["QueueItem", "ReviewQueue", "review_queue"]


@dataclass
class QueueItem:
    query_id: str
    asked_at: str
    question: str
    verdict: str | None
    rule_id: str | None
    kb_version: str | None
    officer: str | None
    source: str | None
    cited: list[str]  # "AUTHORITY § section" of each quote on the card
    escalated: int = 0
    marked_wrong: int = 0
    flagged_by: list[str] = field(default_factory=list)
    last_flag_at: str = ""
    decision: dict[str, Any] | None = None  # counsel's latest: verdict, note, by, at

    @property
    def open(self) -> bool:
        """Not decided yet, or flagged again after counsel's decision."""
        return self.decision is None or self.last_flag_at > self.decision["at"]

    def flags(self) -> str:
        parts = []
        if self.escalated:
            parts.append("escalated")
        if self.marked_wrong:
            parts.append("marked wrong" + (f" x{self.marked_wrong}" if self.marked_wrong > 1 else ""))
        return ", ".join(parts)

    def to_json(self) -> dict[str, Any]:
        return {
            "query_id": self.query_id,
            "asked_at": self.asked_at,
            "question": self.question,
            "verdict": self.verdict,
            "rule_id": self.rule_id,
            "kb_version": self.kb_version,
            "cited": self.cited,
            "escalated": self.escalated,
            "marked_wrong": self.marked_wrong,
            "flagged_by": self.flagged_by,
            "last_flag_at": self.last_flag_at,
            "open": self.open,
            "decision": self.decision,
        }


@dataclass
class ReviewQueue:
    items: list[QueueItem]

    @property
    def open_items(self) -> list[QueueItem]:
        return [item for item in self.items if item.open]

    def rules_flagged(self) -> Counter[str]:
        """How often each rule's answers were flagged: where counsel should look first."""
        return Counter(item.rule_id or "(no verdict)" for item in self.items)

    def passages_flagged(self) -> Counter[str]:
        return Counter(cited for item in self.items for cited in item.cited)


def review_queue(log: AuditLog, since: str | None = None, include_decided: bool = False) -> ReviewQueue:
    """Flagged answers, open ones first, newest flag first; decided ones only if asked."""
    by_query: dict[str, QueueItem] = {}
    for kind in ("escalation", "feedback"):
        # read the flags first: looking up each question inside a streaming read would wait
        # on SQLite's lock held by that same read
        flags = list(log.stream(LogFilter(since=since, kind=kind, limit=None)))
        for row in flags:
            if kind == "feedback" and row.get("summary") != "wrong":
                continue
            parent = row.get("parent_query_id")
            if not parent:
                continue
            item = by_query.get(parent) or _item_for(log, parent)
            if item is None:
                continue
            by_query[parent] = item
            if kind == "escalation":
                # re-posts after a failed delivery are one escalation, not several
                item.escalated = 1
            else:
                item.marked_wrong += 1
            if row.get("user_id") and row["user_id"] not in item.flagged_by:
                item.flagged_by.append(str(row["user_id"]))
            item.last_flag_at = max(item.last_flag_at, str(row.get("created_at", "")))
    for row in log.stream(LogFilter(kind="counsel_decision", limit=None)):
        item = by_query.get(str(row.get("parent_query_id")))
        if item is not None and (item.decision is None or str(row["created_at"]) > item.decision["at"]):
            item.decision = {
                "verdict": row.get("verdict"),
                "note": row.get("summary"),
                "by": row.get("user_id"),
                "at": str(row["created_at"]),
            }
    items = [item for item in by_query.values() if include_decided or item.open]
    items.sort(key=lambda item: item.last_flag_at, reverse=True)
    items.sort(key=lambda item: not item.open)  # stable: open first, each group newest first
    return ReviewQueue(items)


def _item_for(log: AuditLog, query_id: str) -> QueueItem | None:
    row = log.get(query_id)
    if row is None:
        return None
    return QueueItem(
        query_id=query_id,
        asked_at=str(row.get("created_at", "")),
        question=str(row.get("question_masked", "")),
        verdict=row.get("verdict"),
        rule_id=row.get("rule_id"),
        kb_version=row.get("kb_version"),
        officer=row.get("user_id"),
        source=row.get("source"),
        cited=_cited(row.get("citations") or []),
    )


def _cited(citations: Iterable[Mapping[str, Any]]) -> list[str]:
    return [f"{c.get('authority')} § {c.get('section')}" for c in citations]
