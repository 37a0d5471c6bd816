"""Counsel's decision form and the officer's "what was done?" form, and reading them back."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from bot.audit.outcomes import OUTCOMES
from bot.slack.cards import VERDICT_STYLE
from bot.slack.views import FormContext, note_input, option, outcome_select, selected

__all__ = [
    "COUNSEL_VIEW",
    "OUTCOME_VIEW",
    "CounselDecision",
    "OutcomeForm",
    "counsel_decision_view",
    "outcome_view",
    "read_counsel_decision",
    "read_outcome_form",
]

COUNSEL_VIEW = "counsel_decision"
OUTCOME_VIEW = "record_outcome"


def counsel_decision_view(query_id: str, thread: FormContext) -> dict[str, Any]:
    """Counsel records a decision on an escalated query: a verdict and the reasons."""
    metadata = json.dumps({"query_id": query_id, "channel": thread.channel, "thread_ts": thread.thread_ts})
    return {
        "type": "modal",
        "callback_id": COUNSEL_VIEW,
        "private_metadata": metadata,
        "title": {"type": "plain_text", "text": "Counsel's decision"},
        "submit": {"type": "plain_text", "text": "Record"},
        "blocks": [
            {"type": "context", "elements": [{"type": "mrkdwn", "text": f"query `{query_id}`"}]},
            {
                "type": "input",
                "block_id": "verdict",
                "label": {"type": "plain_text", "text": "Decision"},
                "element": {
                    "type": "static_select",
                    "action_id": "verdict",
                    "options": [option(v, label) for v, (_, label) in VERDICT_STYLE.items()],
                },
            },
            {
                "type": "input",
                "block_id": "note",
                "label": {"type": "plain_text", "text": "Reasons (shown to the officer and logged)"},
                "element": {"type": "plain_text_input", "action_id": "note", "multiline": True, "max_length": 3000},
            },
            outcome_select(optional=True),
        ],
    }


def outcome_view(query_id: str) -> dict[str, Any]:
    """The officer records what was done, with a note for the review committee."""
    return {
        "type": "modal",
        "callback_id": OUTCOME_VIEW,
        "private_metadata": json.dumps({"query_id": query_id}),
        "title": {"type": "plain_text", "text": "What was done?"},
        "submit": {"type": "plain_text", "text": "Record"},
        "blocks": [
            {"type": "context", "elements": [{"type": "mrkdwn", "text": f"query `{query_id}`"}]},
            outcome_select(optional=False),
            note_input(),
        ],
    }


@dataclass(frozen=True)
class OutcomeForm:
    query_id: str
    outcome: str
    note: str | None
    errors: dict[str, str] = field(default_factory=dict)


def read_outcome_form(view: Mapping[str, Any]) -> OutcomeForm:
    state: Mapping[str, Any] = view.get("state", {}).get("values", {})
    chosen = selected(state, "outcome")
    note = (state.get("note", {}).get("note", {}).get("value") or "").strip() or None
    errors = {} if chosen and chosen[0] in OUTCOMES else {"outcome": "Choose what was done."}
    try:
        meta = json.loads(view.get("private_metadata") or "{}")
    except json.JSONDecodeError:
        meta = {}
    return OutcomeForm(str(meta.get("query_id", "")), chosen[0] if chosen else "", note, errors)


@dataclass(frozen=True)
class CounselDecision:
    query_id: str
    verdict: str
    note: str
    thread: FormContext
    errors: dict[str, str] = field(default_factory=dict)
    outcome: str | None = None  # what was done, when counsel records it with the decision


def read_counsel_decision(view: Mapping[str, Any]) -> CounselDecision:
    state: Mapping[str, Any] = view.get("state", {}).get("values", {})
    verdict = selected(state, "verdict")
    note = (state.get("note", {}).get("note", {}).get("value") or "").strip()
    errors: dict[str, str] = {}
    if not verdict or verdict[0] not in VERDICT_STYLE:
        errors["verdict"] = "Choose a decision."
    if not note:
        errors["note"] = "Give the reasons: the officer and the review committee read them."
    try:
        meta = json.loads(view.get("private_metadata") or "{}")
    except json.JSONDecodeError:
        meta = {}
    return CounselDecision(
        query_id=str(meta.get("query_id", "")),
        verdict=verdict[0] if verdict else "",
        note=note,
        thread=FormContext(channel=meta.get("channel"), thread_ts=meta.get("thread_ts")),
        errors=errors,
        outcome=next((o for o in selected(state, "outcome") if o in OUTCOMES), None),
    )
