"""One way through: intake → facts → retrieve → decide → explain → audit → answer.

The audit row is written before the answer is returned; if it cannot be written the
caller gets `AuditUnavailable` and no verdict.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, ConfigDict

from bot.audit.records import AuditRecord, AuditUnavailable
from bot.audit.store import AuditLog
from bot.clock import Clock, local_date, local_today, system_clock
from bot.explain import Citation, CitationError, Explainer, Explanation
from bot.facts.extract import FactsReader
from bot.facts.labels import SHORT_AGENCY
from bot.facts.model import Facts, StatedFacts
from bot.intake import IntakeError, parse_request
from bot.kb.citable import citable_authorities
from bot.masking import Masked, Masker
from bot.retrieval.hybrid import HybridRanker
from bot.rules import MessageDecision, RuleTable, Verdict, decide_message

__all__ = [
    "ActiveKnowledge",
    "Answer",
    "KnowledgeFollower",
    "Pipeline",
    "PipelineError",
    "RequestAnswer",
    "logged_request",
    "message_questions",
    "request_answers",
    "think",
]


class PipelineError(RuntimeError):
    """Something failed after intake; the failure was logged and no verdict is given."""


@dataclass(frozen=True)
class ActiveKnowledge:
    """Everything one KB version needs to answer."""

    version: str
    rules: RuleTable
    reader: FactsReader
    ranker: HybridRanker
    documents: dict[str, str]
    # authority id -> (effective date, id it supersedes); empty: every document always in effect
    document_dates: dict[str, tuple[dt.date, str | None]] = field(default_factory=dict)

    _by_day: dict[dt.date, tuple[RuleTable, dict[str, str]]] = field(default_factory=dict, repr=False, compare=False)

    def warm_up(self) -> None:
        """Load the embedding model, the index and the reader's examples before the first answer."""
        self.ranker.warm_up()
        if self.reader.semantic is not None:
            self.reader.semantic.warm_up()

    def as_of(self, day: dt.date) -> tuple[RuleTable, dict[str, str]]:
        """The rules in effect on `day`, and which document to quote for each authority id."""
        found = self._by_day.get(day)
        if found is None:  # two threads may both compute it: same result
            found = (self.rules.as_of(day), citable_authorities(self.document_dates, day))
            self._by_day[day] = found
        return found


class KnowledgeFollower:
    """Keeps a running process on the active KB version: `kb activate` elsewhere takes effect here.

    The pointer is read at most every `interval` seconds, on a background thread that also
    loads the new version; answers go on from the version in hand meanwhile, so no officer
    waits for a load. A version that fails to load (or fails today's checks) is not tried
    again for a while; the process keeps answering with what it has and says so.
    """

    def __init__(
        self,
        knowledge: ActiveKnowledge,
        active_version: Callable[[], str | None],
        load: Callable[[str], ActiveKnowledge],
        interval: float = 10.0,
        notify: Callable[[str], None] | None = None,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self._knowledge = knowledge
        self._active_version = active_version
        self._load = load
        self._interval = interval
        self._notify = notify or (lambda message: None)
        self._monotonic = monotonic
        self._checked = monotonic()
        self._busy = threading.Lock()
        self._retry_after: dict[str, float] = {}  # refused version -> when to try it again
        self._worker: threading.Thread | None = None

    @property
    def knowledge(self) -> ActiveKnowledge:
        """The version in hand, without checking the pointer (for health probes)."""
        return self._knowledge

    def current(self) -> ActiveKnowledge:
        now = self._monotonic()
        if now - self._checked >= self._interval and self._busy.acquire(blocking=False):
            self._checked = now
            self._worker = threading.Thread(target=self._refresh, name="kb-follower", daemon=True)
            self._worker.start()
        return self._knowledge

    def wait(self, timeout: float | None = None) -> None:
        """Until a check under way has finished (tests; a clean shutdown)."""
        if self._worker is not None:
            self._worker.join(timeout)

    def _refresh(self) -> None:
        version: str | None = None
        try:
            version = self._active_version()
            if version is None or version == self._knowledge.version:
                return
            if self._monotonic() < self._retry_after.get(version, 0.0):
                return
            loaded = self._load(version)
            loaded.warm_up()
            self._notify(f"knowledge base {version} activated; answering with it (was {self._knowledge.version})")
            self._knowledge = loaded
        except Exception as exc:  # a DB hiccup or a bad version must not stop answers from the version in hand
            if version is None:
                self._notify(f"could not check for a newly activated knowledge base: {exc}")
            else:
                self._retry_after[version] = self._monotonic() + max(60.0, 6 * self._interval)
                self._notify(
                    f"knowledge base {version} was activated but cannot be used here ({exc}); "
                    f"still answering with {self._knowledge.version}"
                )
        finally:
            self._busy.release()


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
    ranked = knowledge.ranker.rank(question)
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
    explanation = explainer.explain(message, question, knowledge.ranker, ranked, knowledge.documents)
    return message, explanation


def _with_stated(requests: list[Facts], stated: StatedFacts) -> list[Facts]:
    """Facts chosen in the form belong to the request of that agency (or to the only/first one)."""
    if len(requests) == 1 or stated.agency is None:
        return [requests[0].with_stated(stated), *requests[1:]]
    same = [n for n, facts in enumerate(requests) if facts.agency in (stated.agency, "unknown")]
    target = same[0] if same else 0
    return [facts.with_stated(stated) if n == target else facts for n, facts in enumerate(requests)]


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


def _describe_rejected(raw: str | bytes) -> str:
    """What a reviewer sees of input that was refused: its shape, never its content.

    Counted in characters whichever way it came (bytes from the command line, text from Slack),
    so the same input reads the same in the log; undecodable bytes count one each."""
    text = raw.decode("utf-8", "surrogateescape") if isinstance(raw, bytes) else raw
    return f"[rejected input: {len(text):,} characters]"
