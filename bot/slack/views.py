"""Modals and the App Home tab: the intake form, counsel's decision form, the home view.

The intake form asks for each decisive fact with counsel's own vocabulary; what the officer
chooses becomes `StatedFacts` and overrides what the free text says.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from bot.audit.outcomes import NOTE_LIMIT, OUTCOMES
from bot.facts.labels import AGENCY_LABELS, ASK_LABELS, CONVICTION_LABELS, PURPOSE_LABELS, TRI_LABELS, WARRANT_LABELS
from bot.facts.model import StatedFacts
from bot.review.queue import ReviewQueue
from bot.slack.cards import ACTION_COUNSEL_DECIDE, ACTION_OPEN_FORM, VERDICT_STYLE, outcome_block
from bot.slack.practice import ACTION_PRACTICE_START
from bot.slack.text import escape_mrkdwn

__all__ = [
    "COUNSEL_VIEW",
    "INTAKE_VIEW",
    "OUTCOME_VIEW",
    "RECORD_VIEW",
    "FormAnswer",
    "FormContext",
    "OutcomeForm",
    "counsel_decision_view",
    "home_view",
    "intake_view",
    "outcome_view",
    "read_counsel_decision",
    "read_intake",
    "read_outcome_form",
]

INTAKE_VIEW = "intake_form"
SLACK_TEXT_INPUT_LIMIT = 3000  # Slack refuses a plain_text_input with a larger max_length
COUNSEL_VIEW = "counsel_decision"
OUTCOME_VIEW = "record_outcome"
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


def _option(value: str, label: str) -> dict[str, Any]:
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
        options = [_option(str(value), label) for value, label in labels.items()]
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
        blocks.extend([_outcome_select(optional=False), _note_input()])
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
                    "options": [_option("private", "Only show the answer to me")],
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


def _selected(state: Mapping[str, Any], block: str) -> list[str]:
    element = state.get(block, {}).get(block, {})
    if element.get("type") in {"multi_static_select", "checkboxes"}:
        return [o["value"] for o in element.get("selected_options") or []]
    option = element.get("selected_option")
    return [option["value"]] if option else []


def read_intake(view: Mapping[str, Any]) -> FormAnswer:
    """Read a view_submission; missing required fields come back as inline errors by block id."""
    state: Mapping[str, Any] = view.get("state", {}).get("values", {})
    values: dict[str, Any] = {}
    errors: dict[str, str] = {}
    for name, labels, multiple, required, _prompt in _FIELDS:
        chosen = _selected(state, name)
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
        chosen = [o for o in _selected(state, "outcome") if o in OUTCOMES]
        outcome = chosen[0] if chosen else None
        if outcome is None:
            errors["outcome"] = "Choose what was done."
    return FormAnswer(
        stated=StatedFacts(**values),
        details=details,
        private="private" in _selected(state, PRIVATE_BLOCK),
        context=FormContext.load(view.get("private_metadata", "")),
        errors=errors,
        outcome=outcome,
        note=(state.get("note", {}).get("note", {}).get("value") or "").strip() or None,
    )


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
                    "options": [_option(v, label) for v, (_, label) in VERDICT_STYLE.items()],
                },
            },
            {
                "type": "input",
                "block_id": "note",
                "label": {"type": "plain_text", "text": "Reasons (shown to the officer and logged)"},
                "element": {"type": "plain_text_input", "action_id": "note", "multiline": True, "max_length": 3000},
            },
            _outcome_select(optional=True),
        ],
    }


def _outcome_select(optional: bool) -> dict[str, Any]:
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
            "options": [_option(value, label) for value, label in OUTCOMES.items()],
        },
    }


def _note_input() -> dict[str, Any]:
    return {
        "type": "input",
        "block_id": "note",
        "optional": True,
        "label": {"type": "plain_text", "text": "Note for the review committee (no names needed)"},
        "element": {"type": "plain_text_input", "action_id": "note", "multiline": True, "max_length": NOTE_LIMIT},
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
            _outcome_select(optional=False),
            _note_input(),
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
    chosen = _selected(state, "outcome")
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
    verdict = _selected(state, "verdict")
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
        outcome=next((o for o in _selected(state, "outcome") if o in OUTCOMES), None),
    )


def home_view(
    kb_version: str,
    recent: Sequence[Mapping[str, Any]],
    review: ReviewQueue | None = None,
    awaiting: Sequence[Mapping[str, Any]] = (),
) -> dict[str, Any]:
    """App Home: how to ask, the officer's answers still waiting for what was done, their recent
    questions, the KB version answering today.

    Counsel also see the review queue (`review`): flagged answers with a button to decide each.
    """
    how = (
        "*How to ask*\n"
        "• Mention me in a channel: `@Request Triage ICE wants us to hold him on a detainer`\n"
        "• Send me a direct message\n"
        "• `/triage <your question>` (only you see the answer)\n"
        "• On any message (e.g. a forwarded federal e-mail): *More actions → Check this request*\n"
        "• The intake form below, for a question fact by fact\n"
        "Mark names like `[[Jane Doe]]`; names, A-numbers, SSNs, dates of birth, phone numbers and e-mail "
        "addresses are masked before anything is logged.\n"
        "*Practice* (or `/triage practice`) gives you a round of training scenarios in your messages with me."
    )
    blocks: list[dict[str, Any]] = [
        {"type": "header", "text": {"type": "plain_text", "text": "Request Triage"}},
        {"type": "section", "text": {"type": "mrkdwn", "text": how}},
        {
            "type": "actions",
            "elements": [
                {
                    "type": "button",
                    "text": {"type": "plain_text", "text": "Open the intake form"},
                    "action_id": ACTION_OPEN_FORM,
                    "value": "home",
                    "style": "primary",
                },
                {
                    "type": "button",
                    "text": {"type": "plain_text", "text": "Practice"},
                    "action_id": ACTION_PRACTICE_START,
                    "value": "home",
                },
            ],
        },
        {"type": "divider"},
    ]
    if awaiting:
        blocks.append(
            {
                "type": "section",
                "text": {
                    "type": "mrkdwn",
                    "text": f"*What was done? {len(awaiting)} of your answers have no outcome yet*\n"
                    "The review committee reads what happened with each federal request.",
                },
            }
        )
        for row in awaiting[:_AWAITING_SHOWN]:
            blocks.append(_question_line(row))
            blocks.append(outcome_block(str(row["query_id"])))
        blocks.append({"type": "divider"})
    blocks.append({"type": "section", "text": {"type": "mrkdwn", "text": "*Your recent questions*"}})
    if not recent:
        blocks.append({"type": "context", "elements": [{"type": "mrkdwn", "text": "None yet."}]})
    blocks.extend(_question_line(row) for row in recent)
    if review is not None:
        blocks.extend(_review_blocks(review))
    blocks.append(
        {
            "type": "context",
            "elements": [{"type": "mrkdwn", "text": f"Knowledge base version `{kb_version}` is answering today."}],
        }
    )
    return {"type": "home", "blocks": blocks[:100]}


_REVIEW_SHOWN = 15
_AWAITING_SHOWN = 10


def _question_line(row: Mapping[str, Any]) -> dict[str, Any]:
    emoji = VERDICT_STYLE.get(row.get("verdict") or "", (":white_circle:", ""))[0]
    question = " ".join(str(row.get("question_masked", "")).split())
    shown = question if len(question) <= 140 else question[:139] + "…"
    when = str(row.get("created_at", ""))[:16].replace("T", " ")
    verdict = row.get("verdict") or row.get("outcome")
    short_id = str(row.get("query_id", ""))[:8]
    return {
        "type": "section",
        "text": {"type": "mrkdwn", "text": f"{emoji} *{verdict}* · {when} UTC · `{short_id}`\n{escape_mrkdwn(shown)}"},
    }


def _review_blocks(review: ReviewQueue) -> list[dict[str, Any]]:
    """Counsel's queue: open flagged answers, newest first, each with 'Record decision'."""
    open_items = review.open_items
    rules = ", ".join(f"`{rule}` {count}" for rule, count in review.rules_flagged().most_common(5))
    blocks: list[dict[str, Any]] = [
        {"type": "divider"},
        {"type": "header", "text": {"type": "plain_text", "text": f"Review queue: {len(open_items)} open"}},
        {
            "type": "context",
            "elements": [
                {
                    "type": "mrkdwn",
                    "text": "Answers officers escalated or marked wrong. "
                    + (f"Most flagged rules: {rules}. " if rules else "")
                    + "`triage kb queue` lists them all.",
                }
            ],
        },
    ]
    for item in open_items[:_REVIEW_SHOWN]:
        emoji = VERDICT_STYLE.get(item.verdict or "", (":white_circle:", ""))[0]
        question = " ".join(item.question.split())
        shown = question if len(question) <= 200 else question[:199] + "…"
        # counsel's decision goes to the officer's DM: the original thread is not known here
        reply_to = (
            FormContext(channel=item.officer, private=True)
            if (item.source or "").startswith("slack") and item.officer
            else FormContext()
        )
        blocks.append(
            {
                "type": "section",
                "text": {
                    "type": "mrkdwn",
                    "text": f"{emoji} *{item.verdict or 'no verdict'}* · rule `{item.rule_id}` · KB `{item.kb_version}`"
                    f" · {item.flags()} · `{item.query_id[:8]}`\n{escape_mrkdwn(shown)}",
                },
                "accessory": {
                    "type": "button",
                    "text": {"type": "plain_text", "text": "Record decision"},
                    "action_id": ACTION_COUNSEL_DECIDE,
                    "value": f"{item.query_id} {reply_to.dump()}",
                },
            }
        )
    if not open_items:
        blocks.append({"type": "context", "elements": [{"type": "mrkdwn", "text": "Nothing open."}]})
    return blocks
