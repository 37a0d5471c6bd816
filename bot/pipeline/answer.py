"""The answer's shape: each request with its verdict, the headline, and the JSON contract
(DESIGN.md); what a request's log entry and its questions say."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict

from bot.explain import Citation
from bot.facts.labels import SHORT_AGENCY
from bot.rules import MessageDecision, Verdict

__all__ = ["Answer", "RequestAnswer", "facts_with_evidence", "logged_request", "message_questions", "request_answers"]


class RequestAnswer(BaseModel):
    """One request of a message (who asks what, on what paperwork) and its own verdict."""

    model_config = ConfigDict(frozen=True)

    label: str
    agency: str
    asks: tuple[str, ...]
    verdict: str
    rule_id: str
    rule_title: str
    summary: str
    action: str
    conditions: tuple[str, ...]
    questions: tuple[str, ...]
    facts: dict[str, Any]
    blocked_rule_id: str | None = None
    blocked_rule_title: str | None = None

    def contract(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "agency": self.agency,
            "asks": list(self.asks),
            "verdict": self.verdict,
            "rule_id": self.rule_id,
            "rule_title": self.rule_title,
            "summary": self.summary,
            "action": self.action,
            "conditions": list(self.conditions),
            "questions": list(self.questions),
            "facts": facts_with_evidence(self.facts),
        }


class Answer(BaseModel):
    model_config = ConfigDict(frozen=True)

    query_id: str
    verdict: str
    summary: str
    action: str
    rule_id: str
    rule_title: str
    conditions: tuple[str, ...]
    questions: tuple[str, ...]
    citations: tuple[Citation, ...]
    kb_version: str
    latency_ms: float
    facts: dict[str, Any]  # the headline request's facts, as logged
    prompt_hash: str
    requests: tuple[RequestAnswer, ...] = ()
    blocked_rule_id: str | None = None
    blocked_rule_title: str | None = None

    def contract(self, item_id: str | None = None) -> dict[str, Any]:
        """The JSON shape of DESIGN.md (`triage ask --json`)."""
        shaped: dict[str, Any] = {"id": item_id} if item_id is not None else {}
        shaped.update(
            query_id=self.query_id,
            verdict=self.verdict,
            summary=self.summary,
            action=self.action,
            conditions=list(self.conditions),
            rule_id=self.rule_id,
            rule_title=self.rule_title,
            questions=list(self.questions),
            facts=facts_with_evidence(self.facts),
            requests=[r.contract() for r in self.requests],
            citations=[c.model_dump() for c in self.citations],
            kb_version=self.kb_version,
            latency_ms=self.latency_ms,
        )
        return shaped


def facts_with_evidence(logged: dict[str, Any]) -> dict[str, Any]:
    """Logged facts as the contract shows them: each with its value, the words and how it was read."""
    evidence: dict[str, str] = logged.get("evidence") or {}
    sources: dict[str, str] = logged.get("sources") or {}
    shaped: dict[str, Any] = {}
    for name, value in logged.items():
        if name in ("evidence", "sources", "requests"):
            continue
        if name == "asks":
            shaped[name] = {
                "value": list(value),
                "evidence": {ask: evidence.get(f"asks.{ask}", "") for ask in value},
                "source": {ask: sources.get(f"asks.{ask}") for ask in value},
            }
            continue
        shaped[name] = {"value": value, "evidence": evidence.get(name, ""), "source": sources.get(name)}
    return shaped


_AGENCY_NAMES = {**SHORT_AGENCY, "none": "your own question", "unknown": "the request"}


def request_answers(message: MessageDecision) -> tuple[RequestAnswer, ...]:
    """Each request of the message with its verdict, labelled by who asks."""
    answers = []
    seen: dict[str, int] = {}
    for decision in message.requests:
        agency = decision.facts.agency.value
        seen[agency] = seen.get(agency, 0) + 1
        label = _AGENCY_NAMES.get(agency, agency)
        if seen[agency] > 1:
            label = f"{label} ({seen[agency]})"
        answers.append(
            RequestAnswer(
                label=label,
                agency=agency,
                asks=tuple(sorted(ask.value for ask in decision.facts.asks)),
                verdict=decision.verdict.value,
                rule_id=decision.rule_id,
                rule_title=decision.rule_title,
                summary=decision.summary,
                action=decision.action,
                conditions=decision.conditions,
                questions=decision.questions,
                facts=decision.facts.to_log(),
                blocked_rule_id=decision.blocked_rule_id,
                blocked_rule_title=decision.blocked_rule_title,
            )
        )
    return tuple(answers)


def message_questions(requests: tuple[RequestAnswer, ...]) -> tuple[str, ...]:
    """The questions of every request that needs information; each names its request when there are several."""
    asking = [r for r in requests if r.verdict == Verdict.NEEDS_INFO.value]
    if len(requests) == 1:
        return asking[0].questions if asking else ()
    return tuple(f"About the {r.label} request: {q}" for r in asking for q in r.questions)


def logged_request(request: RequestAnswer) -> dict[str, Any]:
    return {
        "label": request.label,
        "verdict": request.verdict,
        "rule_id": request.rule_id,
        "facts": request.facts,
    }
