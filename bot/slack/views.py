"""The intake form, and the Block Kit pieces the other modals share.

The intake form asks for each decisive fact with counsel's own vocabulary; what the officer
chooses becomes `StatedFacts` and overrides what the free text says.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from bot.audit.outcomes import NOTE_LIMIT, OUTCOMES
from bot.facts.labels import AGENCY_LABELS, ASK_LABELS, CONVICTION_LABELS, PURPOSE_LABELS, TRI_LABELS, WARRANT_LABELS
from bot.facts.model import StatedFacts

__all__ = [
    "INTAKE_VIEW",
    "RECORD_VIEW",
    "FormAnswer",
    "FormContext",
    "intake_view",
    "note_input",
    "option",
    "outcome_select",
    "read_intake",
    "selected",
]

INTAKE_VIEW = "intake_form"
SLACK_TEXT_INPUT_LIMIT = 3000  # Slack refuses a plain_text_input with a larger max_length
RECORD_VIEW = "record_request"

# block id -> (fact name, labels, multiple choice, required, prompt)
_FIELDS: tuple[tuple[str, Mapping[Any, str], bool, bool, str], ...] = (
    ("agency", AGENCY_LABELS, False, True, "Who is asking?"),
    ("asks", ASK_LABELS, True, True, "What do they ask for?"),
    ("warrant", WARRANT_LABELS, False, True, "What paperwork do they have?"),
    ("purpose", PURPOSE_LABELS, False, False, "What is it for?"),
    ("conviction", CONVICTION_LABELS, False, False, "The person's conviction history"),
    ("tsdb_match", TRI_LABELS, False, False, "Is the person on the terrorist screening list?"),
    ("prior_removal_reentry", TRI_LABELS, False, False, "Was the person deported before and came back?"),
)
_MESSAGES = {
    "agency": "Choose who is asking (pick 'Federal agents, agency not known' if unsure).",
    "asks": "Choose at least one thing they ask for.",
    "warrant": "Choose the paperwork they have (pick 'Not sure' if you don't know).",
}
DETAILS_BLOCK = "details"
PRIVATE_BLOCK = "private"


def option(value: str, label: str) -> dict[str, Any]:
    return {"text": {"type": "plain_text", "text": label[:75]}, "value": value}


@dataclass(frozen=True)
class FormContext:
    """Where the form was opened from, carried through Slack in `private_metadata`.

    `private`: opened from something only the officer saw (`/triage`, an ephemeral card), so
    the answer must not be posted where others can read it.
    """

    channel: str | None = None
    thread_ts: str | None = None
    parent_query_id: str | None = None
    private: bool = False

    def dump(self) -> str:
        return json.dumps({k: v for k, v in self.__dict__.items() if v not in (None, False)})

    @classmethod
    def load(cls, metadata: str) -> FormContext:
        try:
            data = json.loads(metadata) if metadata else {}
        except json.JSONDecodeError:
            data = {}
        if not isinstance(data, dict):
            data = {}
        fields = {k: str(v) for k, v in data.items() if k in {"channel", "thread_ts", "parent_query_id"}}
        return cls(**fields, private=data.get("private") is True)


def intake_view(
    context: FormContext,
    known: Mapping[str, Any] | None = None,
    details: str = "",
    max_chars: int = 3000,
    *,
    record: bool = False,
) -> dict[str, Any]:
    """The structured intake form; `known` pre-fills facts already read (e.g. from a needs-info answer).

    `record`: the same facts for a request already handled without asking ("Record a federal
    request"), with what was done and a note instead of the privacy choice.
    """
    known = known or {}
    max_chars = min(max_chars, SLACK_TEXT_INPUT_LIMIT)
    intro = (
        "For a federal request you handled without asking me. It is decided by counsel's rules like a "
        "question, so the register shows whether the response matched policy."
        if record
        else "Answer what you know. The verdict comes from counsel's rules and is logged for review."
    )
    blocks: list[dict[str, Any]] = [{"type": "section", "text": {"type": "mrkdwn", "text": intro}}]
    for name, labels, multiple, required, prompt in _FIELDS:
        options = [option(str(value), label) for value, label in labels.items()]
        element: dict[str, Any] = {
            "type": "multi_static_select" if multiple else "static_select",
            "action_id": name,
            "placeholder": {"type": "plain_text", "text": "Choose"},
            "options": options,
        }
        initial = known.get(name)
        if multiple and initial:
            chosen = [o for o in options if o["value"] in set(initial)]
            if chosen:
                element["initial_options"] = chosen
        elif isinstance(initial, str) and initial not in {"unknown", ""}:
            chosen = [o for o in options if o["value"] == initial]
            if chosen:
                element["initial_option"] = chosen[0]
        blocks.append(
            {
                "type": "input",
                "block_id": name,
                "optional": not required,
                "label": {"type": "plain_text", "text": prompt},
                "element": element,
            }
        )
    details_input: dict[str, Any] = {
        "type": "plain_text_input",
        "action_id": DETAILS_BLOCK,
        "multiline": True,
        "max_length": max_chars,
        "placeholder": {
            "type": "plain_text",
            "text": "Paste the request or describe it. Mark names like [[Jane Doe]].",
        },
    }
    if details:
        details_input["initial_value"] = details[:max_chars]
    blocks.append(
        {
            "type": "input",
            "block_id": DETAILS_BLOCK,
            "optional": True,
            "label": {"type": "plain_text", "text": "Details"},
            "element": details_input,
        }
    )
    if record:
        blocks.extend([outcome_select(optional=False), note_input()])
    else:
        blocks.append(
            {
                "type": "input",
                "block_id": PRIVATE_BLOCK,
                "optional": True,
                "label": {"type": "plain_text", "text": "Privacy"},
                "element": {
                    "type": "checkboxes",
                    "action_id": PRIVATE_BLOCK,
                    "options": [option("private", "Only show the answer to me")],
                },
            }
        )
    return {
        "type": "modal",
        "callback_id": RECORD_VIEW if record else INTAKE_VIEW,
        "private_metadata": context.dump(),
        "title": {"type": "plain_text", "text": "Record a federal request" if record else "Check a federal request"},
        "submit": {"type": "plain_text", "text": "Record" if record else "Get verdict"},
        "close": {"type": "plain_text", "text": "Cancel"},
        "blocks": blocks,
    }


@dataclass(frozen=True)
class FormAnswer:
    """A submitted intake form: the facts chosen, the officer's own words, or errors.

    Only `details` is read as free text: the form's own prompts and labels never are, so a
    label such as "deported before and came back?" cannot turn into a fact nobody stated.
    """

    stated: StatedFacts
    details: str
    private: bool
    context: FormContext
    errors: dict[str, str] = field(default_factory=dict)
    outcome: str | None = None  # "Record a federal request": what was done
    note: str | None = None


def selected(state: Mapping[str, Any], block: str) -> list[str]:
    element = state.get(block, {}).get(block, {})
    if element.get("type") in {"multi_static_select", "checkboxes"}:
        return [o["value"] for o in element.get("selected_options") or []]
    chosen = element.get("selected_option")
    return [chosen["value"]] if chosen else []


def read_intake(view: Mapping[str, Any]) -> FormAnswer:
    """Read a view_submission; missing required fields come back as inline errors by block id."""
    state: Mapping[str, Any] = view.get("state", {}).get("values", {})
    values: dict[str, Any] = {}
    errors: dict[str, str] = {}
    for name, labels, multiple, required, _prompt in _FIELDS:
        chosen = selected(state, name)
        known = [value for value in labels if str(value) in chosen]
        if len(known) != len(chosen):
            errors[name] = "That choice is not on the list; choose again."
            continue
        if not known:
            if required:
                errors[name] = _MESSAGES[name]
            continue
        values[name] = frozenset(known) if multiple else known[0]
    details = (state.get(DETAILS_BLOCK, {}).get(DETAILS_BLOCK, {}).get("value") or "").strip()
    outcome = None
    if view.get("callback_id") == RECORD_VIEW:
        chosen = [o for o in selected(state, "outcome") if o in OUTCOMES]
        outcome = chosen[0] if chosen else None
        if outcome is None:
            errors["outcome"] = "Choose what was done."
    return FormAnswer(
        stated=StatedFacts(**values),
        details=details,
        private="private" in selected(state, PRIVATE_BLOCK),
        context=FormContext.load(view.get("private_metadata", "")),
        errors=errors,
        outcome=outcome,
        note=(state.get("note", {}).get("note", {}).get("value") or "").strip() or None,
    )


def outcome_select(optional: bool) -> dict[str, Any]:
    return {
        "type": "input",
        "block_id": "outcome",
        "optional": optional,
        "label": {
            "type": "plain_text",
            "text": "What was done with the request?" + (" (if settled)" if optional else ""),
        },
        "element": {
            "type": "static_select",
            "action_id": "outcome",
            "options": [option(value, label) for value, label in OUTCOMES.items()],
        },
    }


def note_input() -> dict[str, Any]:
    return {
        "type": "input",
        "block_id": "note",
        "optional": True,
        "label": {"type": "plain_text", "text": "Note for the review committee (no names needed)"},
        "element": {"type": "plain_text_input", "action_id": "note", "multiline": True, "max_length": NOTE_LIMIT},
    }
