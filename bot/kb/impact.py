"""Before counsel activates a version: which answers would change if it were active."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.explain import Explainer
from bot.facts.model import StatedFacts
from bot.pipeline import ActiveKnowledge, think

__all__ = ["AskedQuestion", "ChangedAnswer", "ImpactReport", "compare", "questions_from_jsonl", "replay_impact"]


@dataclass(frozen=True)
class AskedQuestion:
    id: str
    question: str  # as logged: already masked
    stated: StatedFacts | None = None  # facts an officer chose in a form


@dataclass(frozen=True)
class ChangedAnswer:
    id: str
    question: str
    active_verdict: str
    active_rule: str
    candidate_verdict: str
    candidate_rule: str

    @property
    def newly_permitted(self) -> bool:
        return self.candidate_verdict == "permitted" and self.active_verdict != "permitted"

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "question": self.question,
            "active": {"verdict": self.active_verdict, "rule_id": self.active_rule},
            "candidate": {"verdict": self.candidate_verdict, "rule_id": self.candidate_rule},
            "newly_permitted": self.newly_permitted,
        }


@dataclass
class ImpactReport:
    active_version: str
    candidate_version: str
    day: dt.date
    checked: int = 0
    changed: list[ChangedAnswer] = field(default_factory=list)

    def add(self, change: ChangedAnswer | None) -> None:
        self.checked += 1
        if change is not None:
            self.changed.append(change)

    def transitions(self) -> Counter[tuple[str, str]]:
        return Counter((c.active_verdict, c.candidate_verdict) for c in self.changed)

    def summary(self) -> str:
        lines = [
            f"{len(self.changed)} of {self.checked} answers would change with {self.candidate_version} "
            f"(active: {self.active_version}, rules as of {self.day})"
        ]
        for (before, after), count in sorted(self.transitions().items()):
            warn = "  <- newly permitted: check each one" if after == "permitted" else ""
            lines.append(f"  {before} -> {after}: {count}{warn}")
        return "\n".join(lines)


def compare(
    active: ActiveKnowledge, candidate: ActiveKnowledge, explainer: Explainer, asked: AskedQuestion, day: dt.date
) -> ChangedAnswer | None:
    """Decide one question with both versions as of `day`; the change, or None if the same.

    Nothing is logged as a query: these are counsel's what-ifs, not officers' questions.
    """
    now, _ = think(active, explainer, asked.question, asked.stated, day)
    then, _ = think(candidate, explainer, asked.question, asked.stated, day)
    if (now.verdict, now.rule_id) == (then.verdict, then.rule_id):
        return None
    return ChangedAnswer(asked.id, asked.question, now.verdict.value, now.rule_id, then.verdict.value, then.rule_id)


def replay_impact(
    active: ActiveKnowledge,
    candidate: ActiveKnowledge,
    explainer: Explainer,
    questions: Iterable[AskedQuestion],
    day: dt.date,
) -> ImpactReport:
    """Every question decided with both versions; the report lists the ones that change."""
    report = ImpactReport(active.version, candidate.version, day)
    for asked in questions:
        report.add(compare(active, candidate, explainer, asked, day))
    return report


def questions_from_jsonl(path: Path) -> list[AskedQuestion]:
    """`{"id": ..., "question": ...}` per line (an evaluation file works as is)."""
    found = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            found.append(AskedQuestion(str(item.get("id", number)), str(item["question"])))
        except (json.JSONDecodeError, KeyError, AttributeError) as exc:
            raise ValueError(f"{path}:{number}: expected a JSON object with a 'question' ({exc})") from None
    return found
