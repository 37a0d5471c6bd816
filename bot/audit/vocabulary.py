"""The log's shared words: the kinds of row, their outcomes, and the verdicts in the order
reviewers see them. The command line, the console, Slack and the reports all name these."""

from __future__ import annotations

from enum import StrEnum

from bot.rules import Verdict

__all__ = ["FINAL_OUTCOMES", "ROW_KINDS", "ROW_OUTCOMES", "VERDICTS_SHOWN", "RowKind", "RowOutcome"]


class RowKind(StrEnum):
    """Every kind of row the log holds: questions, and the rows about them or about the log itself."""

    QUERY = "query"
    FEEDBACK = "feedback"
    ESCALATION = "escalation"
    COUNSEL_DECISION = "counsel_decision"
    DELIVERY = "delivery"
    SHOWN = "shown"  # an answer reaching the officer in Slack
    REVIEW_READ = "review_read"
    OUTCOME = "outcome"
    REMINDER = "reminder"
    SIGNOFF = "signoff"
    KB_ACTIVATION = "kb_activation"
    INTEGRITY_CHECK = "integrity_check"
    ACCOUNT_CHANGE = "account_change"
    ROSTER_CHANGE = "roster_change"
    TRAINING = "training"
    CHECKPOINT = "checkpoint"
    SIGNED_CHECKPOINT = "signed_checkpoint"  # a scheduled signed checkpoint


class RowOutcome(StrEnum):
    """A row's outcome: how a question went, or, on an `outcome` row, what the officer did."""

    ANSWERED = "answered"
    REJECTED = "rejected"
    ERROR = "error"
    RECORDED = "recorded"
    DECLINED = "declined"
    FULFILLED = "fulfilled"
    REFERRED = "referred"
    PENDING = "pending"


ROW_KINDS = tuple(kind.value for kind in RowKind)
ROW_OUTCOMES = tuple(outcome.value for outcome in RowOutcome)
# what the officer did with a request, once done ("pending" is not final)
FINAL_OUTCOMES = (RowOutcome.DECLINED.value, RowOutcome.FULFILLED.value, RowOutcome.REFERRED.value)
VERDICTS_SHOWN = tuple(v.value for v in (Verdict.PROHIBITED, Verdict.PERMITTED, Verdict.NEEDS_INFO, Verdict.ESCALATE))
