"""Re-decide a logged question against the KB version that answered it, and optionally today's.

A reviewer uses it to check that an answer is reproducible (same verdict, rule and quotes
from the same version) and to see what the current knowledge base would say instead.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass
from typing import Any

from bot.clock import local_date, local_today
from bot.explain import Explainer
from bot.facts.model import FACT_NAMES, StatedFacts
from bot.pipeline import ActiveKnowledge, logged_request, request_answers, think

__all__ = ["Outcome", "ReplayError", "ReplayReport", "outcome_of_row", "replay", "stated_from_evidence"]

_FORM = "intake form"


class ReplayError(ValueError):
    """The row cannot be replayed (not an answered question)."""


@dataclass(frozen=True)
class Outcome:
    kb_version: str
    verdict: str
    rule_id: str
    citations: tuple[str, ...]  # "AUTHORITY: section"
    facts: dict[str, Any]


@dataclass(frozen=True)
class ReplayReport:
    query_id: str
    logged: Outcome
    original: Outcome  # re-decided with the logged KB version
    current: Outcome | None  # re-decided with the active version, if asked

    @property
    def reproducible(self) -> bool:
        return _core(self.logged) == _core(self.original)

    def differences(self, against: Outcome) -> list[str]:
        lines = []
        for name in ("verdict", "rule_id", "citations"):
            before, after = getattr(self.logged, name), getattr(against, name)
            if before != after:
                lines.append(f"{name}: {_show(before)} -> {_show(after)}")
        for name in FACT_NAMES:
            before, after = self.logged.facts.get(name), against.facts.get(name)
            if before != after:
                lines.append(f"fact {name}: {_show(before)} -> {_show(after)}")
        return lines

    def as_dict(self) -> dict[str, Any]:
        return {
            "query_id": self.query_id,
            "reproducible": self.reproducible,
            "logged": asdict(self.logged),
            "original": asdict(self.original),
            "original_differences": self.differences(self.original),
            "current": asdict(self.current) if self.current else None,
            "current_differences": self.differences(self.current) if self.current else None,
        }


def _core(outcome: Outcome) -> tuple[str, str, tuple[str, ...]]:
    return outcome.verdict, outcome.rule_id, outcome.citations


def _show(value: object) -> str:
    if isinstance(value, list | tuple):
        return "[" + ", ".join(str(v) for v in value) + "]"
    return str(value)


def stated_from_evidence(facts: Mapping[str, Any]) -> StatedFacts | None:
    """The facts an officer chose in the intake form, recovered from the logged evidence.

    The form's answer may have gone to a request other than the headline one ("DEA also
    called" answered in the form): every logged request is looked at, headline first.
    """
    readings = [facts, *((request.get("facts") or {}) for request in facts.get("requests") or ())]
    for reading in readings:
        stated = _stated_in(reading.get("evidence") or {})
        if stated is not None:
            return stated
    return None


def _stated_in(evidence: Mapping[str, str]) -> StatedFacts | None:
    chosen: dict[str, Any] = {}
    for name in FACT_NAMES:
        said = evidence.get(name, "")
        if said.startswith(f"{_FORM}: "):
            chosen[name] = said.removeprefix(f"{_FORM}: ")
    asks = [key.removeprefix("asks.") for key, said in evidence.items() if key.startswith("asks.") and said == _FORM]
    if asks:
        chosen["asks"] = frozenset(asks)
    return StatedFacts(**chosen) if chosen else None


def outcome_of_row(row: Mapping[str, Any]) -> Outcome:
    citations = tuple(f"{c['authority']}: {c['section']}" for c in row.get("citations") or [])
    return Outcome(row["kb_version"], row["verdict"], row["rule_id"], citations, dict(row.get("facts") or {}))


def _decide(knowledge: ActiveKnowledge, explainer: Explainer, row: Mapping[str, Any], day: dt.date) -> Outcome:
    stated = stated_from_evidence(row.get("facts") or {})
    message, explanation = think(knowledge, explainer, row["question_masked"], stated, day)
    decision = message.headline
    citations = tuple(f"{c.authority}: {c.section}" for c in explanation.citations)
    logged = {**decision.facts.to_log(), "requests": [logged_request(r) for r in request_answers(message)]}
    return Outcome(knowledge.version, decision.verdict.value, decision.rule_id, citations, logged)


def replay(
    row: Mapping[str, Any],
    load: Callable[[str | None, Callable[[], dt.date]], ActiveKnowledge],
    explainer: Explainer,
    *,
    current: bool = False,
) -> ReplayReport:
    """`load(version, today)` gives a KB version (None: the active one) reading dates as of `today`."""
    if row.get("kind") != "query" or row.get("outcome") != "answered":
        raise ReplayError(
            f"row {row.get('query_id')} is a {row.get('kind')} row ({row.get('outcome')}): "
            "only answered questions can be replayed"
        )
    asked_on = local_date(dt.datetime.fromisoformat(row["created_at"]))
    original = _decide(load(row["kb_version"], lambda: asked_on), explainer, row, asked_on)
    now = _decide(load(None, local_today), explainer, row, local_today()) if current else None
    return ReplayReport(row["query_id"], outcome_of_row(row), original, now)
