"""Officers' practice answers in the log: `training` rows, written and summed per officer.

A row per answer (officer, scenario, answer, right or wrong, round), hash-chained like
everything else and never counted with the questions; the training report reads them back.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from bot.audit.records import AuditRecord, LogFilter
from bot.audit.store import AuditLog
from bot.audit.when import since_bound, until_bound
from bot.rules import Verdict
from bot.training import ROUND_SIZE, TRAINING, Scenario

__all__ = ["Result", "half_bounds", "misses_of", "record_answer", "results"]

_HALF = re.compile(r"^(\d{4})H([12])$")


def misses_of(log: AuditLog, user_id: str) -> Counter[str]:
    """How often the officer answered each scenario wrongly, over all their rounds."""
    rows = log.list(LogFilter(kind=TRAINING, user_id=user_id, outcome="wrong", limit=None))
    return Counter(str(row["summary"]) for row in rows)


def record_answer(
    log: AuditLog,
    *,
    scenario: Scenario,
    answer: Verdict,
    rule_id: str,
    user_id: str,
    source: str,
    round_id: str,
    kb_version: str,
    event_id: str | None = None,
) -> dict[str, Any]:
    """One answer of a practice round as a `training` row (AuditUnavailable when it cannot be written)."""
    correct = answer is scenario.expected_verdict
    return log.append(
        AuditRecord.note(
            TRAINING,
            source,
            outcome="correct" if correct else "wrong",
            user_id=user_id,
            verdict=answer.value,
            rule_id=rule_id,
            summary=scenario.id,
            facts={"scenario": scenario.id, "expected": scenario.expected_verdict.value, "round": round_id},
            kb_version=kb_version,
            event_id=event_id,
        )
    )


def half_bounds(half: str) -> tuple[str, str]:
    """[since, until) of a half-year such as 2026H2, New York days, as the log compares them."""
    match = _HALF.match(half.strip().upper())
    if match is None:
        raise ValueError(f"not a half-year: {half!r} (write it like 2026H2)")
    year, part = int(match.group(1)), int(match.group(2))
    first, last = (
        (dt.date(year, 1, 1), dt.date(year, 6, 30)) if part == 1 else (dt.date(year, 7, 1), dt.date(year, 12, 31))
    )
    return since_bound(first.isoformat()), until_bound(last.isoformat())


@dataclass(frozen=True)
class Result:
    """One officer's practice in a period."""

    user_id: str
    name: str
    unit: str
    answered: int
    correct: int
    rounds: int
    completed_rounds: int
    most_missed: tuple[tuple[str, int], ...]  # (rule id, times missed), most missed first

    @property
    def score(self) -> float:
        return self.correct / self.answered if self.answered else 0.0


def results(
    rows: Iterable[Mapping[str, Any]], roster: Mapping[str, Mapping[str, Any]], round_size: int = ROUND_SIZE
) -> list[Result]:
    """Per officer, from the period's `training` rows: answers, score, rounds, the rules most missed."""
    by_officer: dict[str, list[Mapping[str, Any]]] = {}
    for row in rows:
        if row["kind"] == TRAINING and row.get("user_id"):
            by_officer.setdefault(str(row["user_id"]), []).append(row)
    found = []
    for user_id, answers in by_officer.items():
        rounds = Counter(str((row.get("facts") or {}).get("round", "")) for row in answers)
        missed = Counter(str(row["rule_id"]) for row in answers if row["outcome"] == "wrong")
        person = roster.get(user_id, {})
        found.append(
            Result(
                user_id=user_id,
                name=str(person.get("name") or user_id),
                unit=str(person.get("unit") or "(no unit on the roster)"),
                answered=len(answers),
                correct=sum(1 for row in answers if row["outcome"] == "correct"),
                rounds=len(rounds),
                completed_rounds=sum(1 for n in rounds.values() if n >= round_size),
                most_missed=tuple(sorted(missed.items(), key=lambda item: (-item[1], item[0]))[:3]),
            )
        )
    return sorted(found, key=lambda r: (r.unit, r.name, r.user_id))
