"""One way through: intake → facts → retrieve → decide → explain → audit → answer.

The audit row is written before the answer is returned; if it cannot be written the
caller gets `AuditUnavailable` and no verdict.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import time
import uuid
from typing import Any

from bot.audit.records import AuditRecord, AuditUnavailable
from bot.audit.store import AuditLog
from bot.clock import Clock, local_date, local_today, system_clock
from bot.explain import CitationError, Explainer, Explanation
from bot.facts.model import Facts, StatedFacts
from bot.intake import IntakeError, parse_request
from bot.masking import Masked, Masker
from bot.pipeline.answer import (
    Answer,
    logged_request,
    message_questions,
    request_answers,
)
from bot.pipeline.knowledge import ActiveKnowledge, KnowledgeFollower
from bot.rules import MessageDecision, decide_message

__all__ = ["Pipeline", "PipelineError", "think"]


class PipelineError(RuntimeError):
    """Something failed after intake; the failure was logged and no verdict is given."""


class Pipeline:
    def __init__(
        self,
        knowledge: ActiveKnowledge,
        explainer: Explainer,
        audit: AuditLog,
        prompt_hash: str,
        max_question_chars: int,
        clock: Clock = system_clock,
        subject_key: bytes | None = None,
        masker: Masker | None = None,
        follower: KnowledgeFollower | None = None,
    ) -> None:
        self._knowledge = knowledge
        self._follower = follower
        self._explainer = explainer
        self._audit = audit
        self._prompt_hash = prompt_hash
        self._max_chars = max_question_chars
        self._clock = clock
        self._subject_key = subject_key
        self._masker = masker

    def now(self) -> dt.datetime:
        """The time answers are stamped with (the clock the pipeline was built with)."""
        return self._clock()

    @property
    def knowledge(self) -> ActiveKnowledge:
        """The version answers come from now (the active one, when a follower is attached)."""
        return self._follower.current() if self._follower else self._knowledge

    def answer(
        self,
        raw: str | bytes,
        *,
        user_id: str | None = None,
        channel_id: str | None = None,
        event_id: str | None = None,
        source: str = "cli",
        stated: StatedFacts | None = None,
        parent_query_id: str | None = None,
    ) -> Answer:
        """Decide one question. Raises IntakeError, PipelineError or AuditUnavailable (no verdict).

        `stated` are facts the officer chose in a form; they override what is read from the text.
        `event_id` names the delivery (a Slack event or interaction): a second delivery with the
        same id raises `DuplicateEvent` and is neither logged nor answered again.
        """
        started = time.perf_counter()
        knowledge = self.knowledge  # one version for the whole answer, even if another is activated meanwhile
        query_id = str(uuid.uuid4())
        base: dict[str, Any] = {
            "query_id": query_id,
            "source": source,
            "user_id": user_id,
            "channel_id": channel_id,
            "event_id": event_id,
            "parent_query_id": parent_query_id,
            "kb_version": knowledge.version,
            "prompt_hash": self._prompt_hash,
        }
        try:
            request = parse_request(
                raw,
                self._max_chars,
                user_id=user_id,
                channel_id=channel_id,
                event_id=event_id,
                source=source,
                subject_key=self._subject_key,
                masker=self._masker,
            )
        except IntakeError as exc:
            self._log_failure(base, _describe_rejected(raw), (), "rejected", str(exc), started)
            raise
        try:
            message, explanation = think(
                knowledge,
                self._explainer,
                request.question,
                stated,
                local_date(self._clock()),
                masking=request.masking,
            )
            decision = message.headline
        except Exception as exc:
            failure = f"{exc.__class__.__name__}: {exc}"
            self._log_failure(base, request.question, request.mask_kinds, "error", failure, started)
            raise PipelineError(f"no decision was made: {failure}") from exc
        latency_ms = round((time.perf_counter() - started) * 1000, 2)
        requests = request_answers(message)
        facts_log = {**decision.facts.to_log(), "requests": [logged_request(r) for r in requests]}
        questions = message_questions(requests)
        citations = [c.model_dump() for c in explanation.citations]
        self._audit.append(
            AuditRecord(
                **base,
                created_at=self._clock().isoformat(timespec="microseconds"),
                question_masked=request.question,
                mask_kinds=list(request.mask_kinds),
                subject_keys=list(request.subject_keys) or None,
                outcome="answered",
                facts=facts_log,
                agency=decision.facts.agency.value,
                asks=",".join(sorted(ask.value for ask in decision.facts.asks)),
                verdict=decision.verdict.value,
                rule_id=decision.rule_id,
                summary=explanation.summary,
                questions=list(questions),
                citations=citations,
                latency_ms=latency_ms,
            )
        )
        return Answer(
            query_id=query_id,
            verdict=decision.verdict.value,
            summary=explanation.summary,
            action=decision.action,
            rule_id=decision.rule_id,
            rule_title=decision.rule_title,
            conditions=decision.conditions,
            questions=questions,
            citations=explanation.citations,
            kb_version=knowledge.version,
            latency_ms=latency_ms,
            facts=facts_log,
            prompt_hash=self._prompt_hash,
            requests=requests,
            blocked_rule_id=decision.blocked_rule_id,
            blocked_rule_title=decision.blocked_rule_title,
        )

    def _log_failure(
        self,
        base: dict[str, Any],
        question: str,
        mask_kinds: tuple[str, ...],
        outcome: str,
        error: str,
        started: float,
    ) -> None:
        """Record a question that got no verdict. If even this fails, the caller's error stands."""
        with contextlib.suppress(AuditUnavailable):
            self._audit.append(
                AuditRecord(
                    **base,
                    created_at=self._clock().isoformat(timespec="microseconds"),
                    question_masked=question,
                    mask_kinds=list(mask_kinds),
                    outcome=outcome,
                    error=error,
                    latency_ms=round((time.perf_counter() - started) * 1000, 2),
                )
            )


def think(
    knowledge: ActiveKnowledge,
    explainer: Explainer,
    question: str,
    stated: StatedFacts | None = None,
    day: dt.date | None = None,
    masking: Masked | None = None,
) -> tuple[MessageDecision, Explanation]:
    """Facts, retrieval, counsel's rules and the quotes for one (masked) question; nothing is logged.

    With `masking` (a new question), the facts are read from the unmasked text it holds in
    memory, since masking can hide words a decision turns on (a name tagger's mistakes), and the
    evidence quoted from it is masked again before it goes anywhere. Retrieval and the explainer
    only ever see the masked question. Only rules and documents in effect on `day` (default:
    today) are used. `Pipeline.answer` logs what this returns; `audit replay` and `kb impact`
    call it with the logged (masked) question to re-decide it.
    """
    day = day or local_today()
    rules, citable = knowledge.as_of(day)
    requests = list(knowledge.reader.read_message(masking.source if masking else question))
    if masking is not None:
        requests = [
            facts.model_copy(update={"evidence": {k: masking.hide(v) for k, v in facts.evidence.items()}})
            for facts in requests
        ]
    if stated is not None:
        requests = _with_stated(requests, stated)
    message = decide_message(requests, rules)
    if knowledge.document_dates:
        decisions = []
        for decision in message.requests:
            missing = [authority for authority in decision.authorities if authority not in citable]
            if missing:  # fail closed: never quote a document that is not in effect
                raise CitationError(f"KB {knowledge.version}: {', '.join(missing)} not in effect on {day}")
            quoted = dict.fromkeys(citable[authority] for authority in decision.authorities)
            # a superseding document is quoted at the section counsel named, where it has one
            # (the explainer falls back to retrieval's best section of it when it has not)
            sections: dict[str, tuple[str, ...]] = {}
            for authority, anchors in decision.quote.items():
                target = citable.get(authority, authority)
                sections[target] = (*sections.get(target, ()), *anchors)
            decisions.append(decision.model_copy(update={"authorities": tuple(quoted), "quote": sections}))
        message = MessageDecision(requests=tuple(decisions))
    explanation = explainer.explain(message, question, knowledge.ranker, knowledge.documents)
    return message, explanation


def _with_stated(requests: list[Facts], stated: StatedFacts) -> list[Facts]:
    """Facts chosen in the form belong to the request of that agency (or to the only/first one)."""
    if len(requests) == 1 or stated.agency is None:
        return [requests[0].with_stated(stated), *requests[1:]]
    same = [n for n, facts in enumerate(requests) if facts.agency in (stated.agency, "unknown")]
    target = same[0] if same else 0
    return [facts.with_stated(stated) if n == target else facts for n, facts in enumerate(requests)]


def _describe_rejected(raw: str | bytes) -> str:
    """What a reviewer sees of input that was refused: its shape, never its content.

    Counted in characters whichever way it came (bytes from the command line, text from Slack),
    so the same input reads the same in the log; undecodable bytes count one each."""
    text = raw.decode("utf-8", "surrogateescape") if isinstance(raw, bytes) else raw
    return f"[rejected input: {len(text):,} characters]"
