"""Modals and the App Home tab: the intake form, counsel's decision form, the home view.

The intake form asks for each decisive fact with counsel's own vocabulary; what the officer
chooses becomes `StatedFacts` and overrides what the free text says.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from bot.audit.queue import ReviewQueue
from bot.facts.labels import AGENCY_LABELS, ASK_LABELS, CONVICTION_LABELS, PURPOSE_LABELS, TRI_LABELS, WARRANT_LABELS
from bot.facts.model import StatedFacts
from bot.slack.cards import ACTION_COUNSEL_DECIDE, ACTION_OPEN_FORM, VERDICT_STYLE
from bot.slack.text import escape_mrkdwn

__all__ = [
    "COUNSEL_VIEW",
    "INTAKE_VIEW",
    "FormAnswer",
    "FormContext",
    "counsel_decision_view",
    "home_view",
    "intake_view",
    "read_counsel_decision",
    "read_intake",
]

INTAKE_VIEW = "intake_form"
SLACK_TEXT_INPUT_LIMIT = 3000  # Slack refuses a plain_text_input with a larger max_length
COUNSEL_VIEW = "counsel_decision"

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
    context: FormContext, known: Mapping[str, Any] | None = None, details: str = "", max_chars: int = 3000
) -> dict[str, Any]:
    """The structured intake form; `known` pre-fills facts already read (e.g. from a needs-info answer)."""
    known = known or {}
    max_chars = min(max_chars, SLACK_TEXT_INPUT_LIMIT)
    blocks: list[dict[str, Any]] = [
        {
            "type": "section",
            "text": {
                "type": "mrkdwn",
                "text": "Answer what you know. The verdict comes from counsel's rules and is logged for review.",
            },
        }
    ]
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
        "callback_id": INTAKE_VIEW,
        "private_metadata": context.dump(),
        "title": {"type": "plain_text", "text": "Check a federal request"},
        "submit": {"type": "plain_text", "text": "Get verdict"},
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
    return FormAnswer(
        stated=StatedFacts(**values),
        details=details,
        private="private" in _selected(state, PRIVATE_BLOCK),
        context=FormContext.load(view.get("private_metadata", "")),
        errors=errors,
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
        ],
    }


@dataclass(frozen=True)
class CounselDecision:
    query_id: str
    verdict: str
    note: str
    thread: FormContext
    errors: dict[str, str] = field(default_factory=dict)


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
    )


def home_view(
    kb_version: str, recent: Sequence[Mapping[str, Any]], review: ReviewQueue | None = None
) -> dict[str, Any]:
    """App Home: how to ask, the officer's own recent questions, the KB version answering today.

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
        "addresses are masked before anything is logged."
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
                }
            ],
        },
        {"type": "divider"},
        {"type": "section", "text": {"type": "mrkdwn", "text": "*Your recent questions*"}},
    ]
    if not recent:
        blocks.append({"type": "context", "elements": [{"type": "mrkdwn", "text": "None yet."}]})
    for row in recent:
        emoji = VERDICT_STYLE.get(row.get("verdict") or "", (":white_circle:", ""))[0]
        question = " ".join(str(row.get("question_masked", "")).split())
        shown = question if len(question) <= 140 else question[:139] + "…"
        when = str(row.get("created_at", ""))[:16].replace("T", " ")
        verdict = row.get("verdict") or row.get("outcome")
        short_id = str(row.get("query_id", ""))[:8]
        blocks.append(
            {
                "type": "section",
                "text": {
                    "type": "mrkdwn",
                    "text": f"{emoji} *{verdict}* · {when} UTC · `{short_id}`\n{escape_mrkdwn(shown)}",
                },
            }
        )
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
