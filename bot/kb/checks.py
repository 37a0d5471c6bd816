"""Checks on counsel's documents alone: what a document supersedes exists, no circles, and the
newer document takes effect later. Checks that need the rules table live in bot.rules.analysis."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from bot.kb.documents import PolicyDocument
from bot.kb.errors import KnowledgeError

__all__ = ["check_documents", "supersede_cycle"]


def supersede_cycle(start: str, supersedes: dict[str, str | None]) -> list[str]:
    path = [start]
    current = supersedes.get(start)
    while current is not None:
        if current == start:
            return [*path, start]
        if current in path:
            return []  # a circle, but not through `start`: reported from a rule on it
        path.append(current)
        current = supersedes.get(current)
    return []


def check_documents(documents: Sequence[PolicyDocument]) -> list[KnowledgeError]:
    """`supersedes` names a known document, no circles, and the newer one starts later."""
    errors = []
    by_id = {doc.front.id: doc for doc in documents}
    links = {doc.front.id: doc.front.supersedes for doc in documents}
    for doc in documents:
        old_id = doc.front.supersedes
        if old_id is None:
            continue
        path, line = Path(doc.path), _front_line(doc.body, "supersedes")
        old = by_id.get(old_id)
        if old is None:
            errors.append(
                KnowledgeError(
                    path, line, f"supersedes unknown id '{old_id}'", "name a document in knowledge/policies/"
                )
            )
        elif supersede_cycle(doc.front.id, links):
            errors.append(
                KnowledgeError(
                    path,
                    line,
                    f"documents supersede each other in a circle: {' -> '.join(supersede_cycle(doc.front.id, links))}",
                    "a newer document supersedes an older one, never the other way round",
                )
            )
        elif old.front.effective_date >= doc.front.effective_date:
            errors.append(
                KnowledgeError(
                    path,
                    _front_line(doc.body, "effective_date"),
                    f"effective {doc.front.effective_date}, not after {old_id} ({old.front.effective_date}) "
                    "which it supersedes",
                    "a superseding document takes effect after the one it replaces",
                )
            )
    return errors


def _front_line(text: str, field: str) -> int | None:
    for number, line in enumerate(text.split("\n"), start=1):
        if line.startswith(f"{field}:"):
            return number
    return None
