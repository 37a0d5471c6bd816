"""Before counsel activates a version: which answers would change if it were active."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.explain import Explainer
from bot.facts.model import StatedFacts
from bot.pipeline import ActiveKnowledge, message_questions, request_answers, think

__all__ = [
    "AskedQuestion",
    "ChangedAnswer",
    "ImpactReport",
    "Outcome",
    "compare",
    "questions_from_jsonl",
    "questions_from_log",
    "replay_impact",
]


@dataclass(frozen=True)
class AskedQuestion:
    id: str
    question: str  # as logged: already masked
    stated: StatedFacts | None = None  # facts an officer chose in a form


@dataclass(frozen=True)
class Outcome:
    verdict: str  # or "error" when no verdict could be given
    rule_id: str  # or the error message
    cited: tuple[str, ...] = ()  # authority ids quoted
    questions: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {"verdict": self.verdict, "rule_id": self.rule_id, "cited": list(self.cited)}


@dataclass(frozen=True)
class ChangedAnswer:
    id: str
    question: str
    active: Outcome
    candidate: Outcome

    @property
    def active_verdict(self) -> str:
        return self.active.verdict

    @property
    def candidate_verdict(self) -> str:
        return self.candidate.verdict

    @property
    def newly_permitted(self) -> bool:
        return self.candidate.verdict == "permitted" and self.active.verdict != "permitted"

    def what_changed(self) -> str:
        if (self.active.verdict, self.active.rule_id) != (self.candidate.verdict, self.candidate.rule_id):
            return "verdict" if self.active.verdict != self.candidate.verdict else "rule"
        return "quotes" if self.active.cited != self.candidate.cited else "questions"

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "question": self.question,
            "changed": self.what_changed(),
            "active": self.active.to_json(),
            "candidate": self.candidate.to_json(),
            "newly_permitted": self.newly_permitted,
        }

    def line(self) -> str:
        shown = " ".join(self.question.split())[:80]
        flag = "  NEWLY PERMITTED" if self.newly_permitted else ""
        change = f"{self.active.verdict} ({self.active.rule_id}) -> {self.candidate.verdict} ({self.candidate.rule_id})"
        if self.what_changed() == "quotes":
            change += f" quoting {', '.join(self.candidate.cited)} (was {', '.join(self.active.cited)})"
        elif self.what_changed() == "questions":
            change += " asking other questions"
        return f"{self.id[:12]:<12} {change}{flag}  {shown}"


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
        return Counter((c.active.verdict, c.candidate.verdict) for c in self.changed)

    @property
    def newly_permitted(self) -> list[ChangedAnswer]:
        return [change for change in self.changed if change.newly_permitted]

    def summary(self) -> str:
        lines = [
            f"{len(self.changed)} of {self.checked} answers would change with {self.candidate_version} "
            f"(active: {self.active_version}, rules as of {self.day})"
        ]
        for (before, after), count in sorted(self.transitions().items()):
            warn = "  <- newly permitted: check each one" if after == "permitted" and before != after else ""
            lines.append(f"  {before} -> {after}: {count}{warn}")
        return "\n".join(lines)


def _outcome(knowledge: ActiveKnowledge, explainer: Explainer, asked: AskedQuestion, day: dt.date) -> Outcome:
    try:
        message, explanation = think(knowledge, explainer, asked.question, asked.stated, day)
    except Exception as exc:  # one broken question must not hide the others' changes
        return Outcome("error", f"{exc.__class__.__name__}: {exc}")
    cited = tuple(citation.authority for citation in explanation.citations)
    questions = message_questions(request_answers(message))
    return Outcome(message.headline.verdict.value, message.headline.rule_id, cited, questions)


def compare(
    active: ActiveKnowledge, candidate: ActiveKnowledge, explainer: Explainer, asked: AskedQuestion, day: dt.date
) -> ChangedAnswer | None:
    """Decide one question with both versions as of `day`: the change (verdict, rule, quotes or
    questions), or None if the officer would see the same answer.

    Nothing is logged as a query: these are counsel's what-ifs, not officers' questions.
    """
    now = _outcome(active, explainer, asked, day)
    then = _outcome(candidate, explainer, asked, day)
    return None if now == then else ChangedAnswer(asked.id, asked.question, now, then)


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


def questions_from_log(rows: Iterable[Mapping[str, Any]]) -> list[AskedQuestion]:
    """Answered questions from the log, with the facts the officer chose in a form."""
    from bot.review.replay import stated_from_evidence

    return [
        AskedQuestion(row["query_id"], row["question_masked"], stated_from_evidence(row.get("facts") or {}))
        for row in rows
    ]


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
