"""A federal request an officer handled without asking the bot, entered into the register.

It is decided by the same rules as a question (so the register shows whether the response
matched policy) and logged as one: a `query` row (source `…-record`) with the facts chosen, and
the `outcome` row of what was done, linked to it. The officer's description is masked like any
question; with none, the chosen facts are described in words so the row still reads.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bot.audit.outcomes import check_outcome, contradiction, record_outcome
from bot.audit.store import AuditLog
from bot.facts.labels import AGENCY_LABELS, ASK_LABELS, WARRANT_LABELS
from bot.facts.model import StatedFacts
from bot.pipeline import Answer, Pipeline

__all__ = ["RecordedRequest", "describe", "record_request"]


@dataclass(frozen=True)
class RecordedRequest:
    answer: Answer  # what the rules say of the request
    outcome: dict[str, Any]  # the outcome row
    against_advice: str | None  # why the response contradicts the rules' answer, if it does


def describe(stated: StatedFacts) -> str:
    """The chosen facts in words, for a request recorded with no description."""
    agency = AGENCY_LABELS.get(stated.agency, "A federal agency") if stated.agency else "A federal agency"
    asks = ", ".join(ASK_LABELS[ask].lower() for ask in sorted(stated.asks or ())) or "something not stated"
    paper = WARRANT_LABELS[stated.warrant].lower() if stated.warrant else "paperwork not stated"
    return f"[recorded request] {agency} asked: {asks}; paperwork: {paper}."


def record_request(
    pipeline: Pipeline,
    log: AuditLog,
    stated: StatedFacts,
    outcome: str,
    *,
    user_id: str,
    source: str,
    details: str = "",
    note: str | None = None,
    event_id: str | None = None,
) -> RecordedRequest:
    """Decide the request by the rules, log it, and record what was done.

    Raises what `Pipeline.answer` raises (no row then), OutcomeRefused for an unknown outcome or
    an over-long note (checked before anything is written) and AuditUnavailable.
    """
    check_outcome(outcome, note)  # before anything is written: a refused outcome leaves no question behind
    answer = pipeline.answer(
        details.strip() or describe(stated),
        user_id=user_id,
        source=f"{source}-record",
        stated=stated,
        event_id=event_id,
    )
    row = record_outcome(log, answer.query_id, outcome, user_id=user_id, source=source, note=note)
    advice = {"query_id": answer.query_id, "verdict": answer.verdict}
    against = contradiction(advice, row, counsel_decided_at=None)
    return RecordedRequest(answer, row, against.reason if against else None)
