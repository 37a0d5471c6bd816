"""Block Kit messages: the verdict card and the follow-up notices around it.

Pure functions from our models to Slack's JSON, so each card can be tested and previewed
(Block Kit Builder) without Slack. Policy quotes go into `rich_text` quote blocks, which
Slack shows exactly as given: a verbatim quote is never re-formatted as markup.
"""

from __future__ import annotations

from typing import Any

from bot.audit.outcomes import OUTCOMES
from bot.audit.records import NOT_A_REQUEST_RULE
from bot.facts.labels import understood
from bot.pipeline import Answer
from bot.slack.text import escape_mrkdwn

__all__ = [
    "ACTION_ANSWER_QUESTIONS",
    "ACTION_COUNSEL_DECIDE",
    "ACTION_ESCALATE",
    "ACTION_FEEDBACK_HELPFUL",
    "ACTION_FEEDBACK_WRONG",
    "ACTION_OPEN_FORM",
    "ACTION_OUTCOME_NOTE",
    "ACTION_RECORD_OUTCOME",
    "ACTION_SHOW_PASSAGES",
    "VERDICT_STYLE",
    "Message",
    "counsel_case_message",
    "counsel_decision_message",
    "full_passages_message",
    "no_verdict_message",
    "outcome_block",
    "outcome_recorded_message",
    "quote_block",
    "recorded_request_message",
    "rejected_message",
    "verdict_card",
]

Block = dict[str, Any]
Message = dict[str, Any]  # keyword arguments for chat.postMessage / respond: text + blocks

ACTION_FEEDBACK_HELPFUL = "feedback_helpful"
ACTION_FEEDBACK_WRONG = "feedback_wrong"
ACTION_ESCALATE = "escalate_to_counsel"
ACTION_ANSWER_QUESTIONS = "answer_questions"
ACTION_OPEN_FORM = "open_intake_form"
ACTION_COUNSEL_DECIDE = "counsel_decide"
ACTION_SHOW_PASSAGES = "show_passages"
ACTION_RECORD_OUTCOME = "record_outcome"
ACTION_OUTCOME_NOTE = "outcome_note"

# emoji, label (the one line an officer must not misread)
VERDICT_STYLE: dict[str, tuple[str, str]] = {
    "prohibited": (":no_entry:", "Prohibited: do not fulfil this request"),
    "permitted": (":large_green_circle:", "Permitted, under the conditions below"),
    "needs_info": (":large_yellow_circle:", "Needs info: answer the questions below first"),
    "escalate": (":large_orange_circle:", "Escalate: send this to counsel before acting"),
}

_SECTION_LIMIT = 3000  # Slack's limit on a section's text
_QUOTE_CHUNK = 2900


def _section(text: str, block_id: str | None = None) -> Block:
    block: Block = {"type": "section", "text": {"type": "mrkdwn", "text": text[:_SECTION_LIMIT]}}
    if block_id:
        block["block_id"] = block_id
    return block


def _button(text: str, action_id: str, value: str, style: str | None = None) -> Block:
    button: Block = {
        "type": "button",
        "text": {"type": "plain_text", "text": text, "emoji": True},
        "action_id": action_id,
        "value": value,
    }
    if style:
        button["style"] = style
    return button


def _chunks(text: str, size: int = _QUOTE_CHUNK) -> list[str]:
    """Split a long quote at whitespace so every piece fits a block; joined they are the quote."""
    pieces: list[str] = []
    while len(text) > size:
        cut = text.rfind(" ", 0, size)
        cut = cut if cut > 0 else size
        pieces.append(text[:cut])
        text = text[cut:]
    pieces.append(text)
    return pieces


def quote_block(text: str) -> Block:
    """A verbatim quote: Slack shows `rich_text` exactly as given, split only to fit its limits."""
    return {
        "type": "rich_text",
        "elements": [
            {"type": "rich_text_quote", "elements": [{"type": "text", "text": piece}]} for piece in _chunks(text)
        ],
    }


def _heading(verdict: str) -> str:
    emoji, label = VERDICT_STYLE.get(verdict, (":grey_question:", verdict))
    return f"{emoji} {label}"


def verdict_card(answer: Answer) -> Message:
    """The answer an officer acts on in ten seconds.

    The verdict, then the rule in plain words, what to do and the conditions; then what the bot
    understood, with a button to correct it in the pre-filled form; each request when there are
    several; the questions; one short verbatim excerpt per authority (whole passages one tap
    away); the provenance footer and the follow-up buttons.
    """
    emoji, label = VERDICT_STYLE.get(answer.verdict, (":grey_question:", answer.verdict))
    lead = f"*{escape_mrkdwn(answer.rule_title)}*"
    if answer.blocked_rule_title:
        lead += f"\n_Would be: {escape_mrkdwn(answer.blocked_rule_title)}_"
    blocks: list[Block] = [
        {"type": "header", "block_id": "verdict", "text": {"type": "plain_text", "text": f"{emoji} {label}"[:150]}},
        _section(f"{lead}\n{escape_mrkdwn(answer.summary)}", "summary"),
        _section(f"*What to do:* {escape_mrkdwn(answer.action)}", "action"),
    ]
    if answer.conditions:
        listed = "\n".join(f"• {escape_mrkdwn(c)}" for c in answer.conditions)
        blocks.append(_section(f"*Only if all of these hold:*\n{listed}", "conditions"))
    blocks.extend(_understood_blocks(answer))
    if answer.questions:
        listed = "\n".join(f"{n}. {escape_mrkdwn(q)}" for n, q in enumerate(answer.questions, 1))
        blocks.append(_section(f"*Answer these to get a verdict:*\n{listed}", "questions"))
        blocks.append(
            {
                "type": "actions",
                "block_id": "answer_questions",
                "elements": [_button("Answer in a form", ACTION_ANSWER_QUESTIONS, answer.query_id, "primary")],
            }
        )
    if answer.citations:
        blocks.append({"type": "divider"})
    for number, citation in enumerate(answer.citations, 1):
        blocks.append(
            _section(
                f"*{escape_mrkdwn(citation.title)}*: {escape_mrkdwn(citation.section)}  `{citation.authority}`",
                f"citation_{number}",
            )
        )
        blocks.append(quote_block(citation.excerpt or citation.text))
    if any(c.excerpt and c.excerpt != c.text for c in answer.citations):
        blocks.append(
            {
                "type": "actions",
                "block_id": "passages",
                "elements": [_button("Show full passages", ACTION_SHOW_PASSAGES, answer.query_id)],
            }
        )
    blocks.append(
        {
            "type": "context",
            "block_id": "provenance",
            "elements": [
                {
                    "type": "mrkdwn",
                    "text": (
                        f"KB `{answer.kb_version}` · rule `{answer.rule_id}` · query `{answer.query_id}` · "
                        f"{answer.latency_ms:.0f} ms · decided by counsel's rules table"
                    ),
                }
            ],
        }
    )
    blocks.append(
        {
            "type": "actions",
            "block_id": "follow_up",
            "elements": [
                _button(":thumbsup: Helpful", ACTION_FEEDBACK_HELPFUL, answer.query_id),
                _button(":thumbsdown: Wrong", ACTION_FEEDBACK_WRONG, answer.query_id),
                {
                    **_button("Escalate to counsel", ACTION_ESCALATE, answer.query_id, "danger"),
                    "confirm": {
                        "title": {"type": "plain_text", "text": "Send to counsel?"},
                        "text": {
                            "type": "mrkdwn",
                            "text": "Counsel will see the masked question, the verdict and this thread.",
                        },
                        "confirm": {"type": "plain_text", "text": "Escalate"},
                        "deny": {"type": "plain_text", "text": "Cancel"},
                    },
                },
            ],
        }
    )
    if answer.rule_id != NOT_A_REQUEST_RULE:  # no federal request, nothing done with one
        blocks.append(outcome_block(answer.query_id))
    return {"text": f"{label}. {answer.rule_title}. {answer.summary}"[:3000], "blocks": blocks}


def outcome_block(query_id: str) -> Block:
    """ "What was done?": one tap records the outcome; "Add a note" opens the form with a note field."""
    return {
        "type": "actions",
        "block_id": f"outcome_{query_id}"[:255],
        "elements": [
            {
                "type": "static_select",
                "action_id": ACTION_RECORD_OUTCOME,
                "placeholder": {"type": "plain_text", "text": "What was done?"},
                "options": [
                    {"text": {"type": "plain_text", "text": label}, "value": f"{query_id} {value}"}
                    for value, label in OUTCOMES.items()
                ],
            },
            _button("Add a note", ACTION_OUTCOME_NOTE, query_id),
        ],
    }


def recorded_request_message(answer: Answer, outcome: str, against_advice: str | None) -> Message:
    """The confirmation of a request recorded without a question: what the rules say of it."""
    card = verdict_card(answer)
    lines = [f":memo: *Recorded in the register:* {OUTCOMES[outcome]} · query `{answer.query_id}`"]
    if against_advice:
        lines.append(f":warning: This response is flagged for the review committee: {against_advice}.")
    blocks = [_section("\n".join(lines), "recorded"), *card["blocks"]]
    # the outcome is already recorded: the card's own "What was done?" would only repeat it
    blocks = [b for b in blocks if not str(b.get("block_id", "")).startswith("outcome_")]
    return {"text": f"Recorded: {OUTCOMES[outcome]}. The rules say: {answer.verdict}.", "blocks": blocks}


def outcome_recorded_message(outcome: str, query_id: str, note: str | None = None) -> str:
    said = f' with your note: "{escape_mrkdwn(note)}"' if note else ""
    follow = " Record the final outcome here when it is settled." if outcome == "pending" else ""
    return f":white_check_mark: Recorded *{OUTCOMES[outcome]}* for query `{query_id}`{said}.{follow}"


def _understood_blocks(answer: Answer) -> list[Block]:
    """ "What I understood": one line per request, and the button that corrects it in the form."""
    if len(answer.requests) > 1:
        lines = [f"*Your message holds {len(answer.requests)} requests:*"]
        for number, request in enumerate(answer.requests, 1):
            emoji = VERDICT_STYLE.get(request.verdict, (":grey_question:", ""))[0]
            lines.append(
                f"{number}. {emoji} *{escape_mrkdwn(request.label)}*: {escape_mrkdwn(request.rule_title)}\n"
                f"      _{escape_mrkdwn(' · '.join(understood(request.facts)))}_"
            )
            if request.rule_id != answer.rule_id:  # the headline's action and conditions are above
                lines.append(f"      Do: {escape_mrkdwn(request.action)}")
                lines.extend(f"      • {escape_mrkdwn(c)}" for c in request.conditions)
        text = "\n".join(lines)
    else:
        text = f"*What I understood:* {escape_mrkdwn(' · '.join(understood(answer.facts)))}"
    return [
        {
            "type": "section",
            "block_id": "understood",
            "text": {"type": "mrkdwn", "text": text[:_SECTION_LIMIT]},
            "accessory": _button("Correct these facts", ACTION_ANSWER_QUESTIONS, answer.query_id),
        }
    ]


def full_passages_message(citations: list[dict[str, Any]], kb_version: str) -> Message:
    """The whole passages an answer quoted (from its log row), verbatim, for "Show full passages"."""
    blocks: list[Block] = [_section(f"*The policy passages this answer rests on* (KB `{kb_version}`)", "passages_head")]
    for number, citation in enumerate(citations, 1):
        blocks.append(
            _section(
                f"*{escape_mrkdwn(str(citation['title']))}*: {escape_mrkdwn(str(citation['section']))}  "
                f"`{citation['authority']}`",
                f"passage_{number}",
            )
        )
        blocks.append(quote_block(str(citation["text"])))
    return {"text": "The full policy passages", "blocks": blocks[:50]}


def recovered_answer_message(row: dict[str, Any]) -> Message:
    """An answer that was logged but never shown (the server stopped in between), from its row:
    the verdict, what it says, one excerpt per authority. Never decided again."""
    verdict = str(row.get("verdict") or "")
    blocks: list[Block] = [
        _section(f"*{_heading(verdict)}*", "verdict"),
        _section(escape_mrkdwn(str(row.get("summary") or "")), "summary"),
    ]
    seen: set[str] = set()
    for citation in row.get("citations") or []:
        authority = str(citation.get("authority", ""))
        if authority in seen or len(blocks) > 40:
            continue
        seen.add(authority)
        blocks.append(_section(f"*{escape_mrkdwn(str(citation.get('title', authority)))}* `{authority}`"))
        blocks.append(quote_block(str(citation.get("excerpt") or citation.get("text") or "")))
    blocks.append(
        _context(
            f"Sent late: this answer was recorded at {row.get('created_at', '')} but not shown then. "
            f"Rule {row.get('rule_id')} · KB {row.get('kb_version')} · query {row.get('query_id')}"
        )
    )
    return {"text": _heading(verdict), "blocks": blocks}


def rejected_message(reason: str) -> Message:
    """The question could not be judged at all (empty, too long, binary)."""
    return {
        "text": f"I could not read that as a request: {reason}",
        "blocks": [
            _section(f":warning: I could not read that as a request: {escape_mrkdwn(reason)}", "rejected"),
            _section(
                "Ask in your own words, e.g. _ICE asks us to hold someone past release on a detainer_, "
                "or use the form.",
                "how_to_ask",
            ),
            {
                "type": "actions",
                "block_id": "open_form",
                "elements": [_button("Open the intake form", ACTION_OPEN_FORM, "open", "primary")],
            },
        ],
    }


def no_verdict_message(log_unavailable: bool) -> Message:
    """No verdict may be shown. Says why in general terms only: error texts stay in the server log."""
    why = (
        "The answer could not be recorded in the query log, so it is not shown."
        if log_unavailable
        else "The decision could not be completed; the failure was logged for review."
    )
    text = f":warning: *No verdict.* {why} Do not act on the request; try again in a minute or call the Legal Bureau."
    return {"text": f"No verdict. {why}", "blocks": [_section(text, "no_verdict")]}


def _context(text: str) -> Block:
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": escape_mrkdwn(text)[:3000]}]}


def counsel_case_message(row: dict[str, Any], escalated_by: str, permalink: str | None, reply_to: str) -> Message:
    """What counsel's channel sees when an officer escalates an answer.

    `reply_to` (where counsel's decision goes) rides in the button's value after the query id.
    """
    query_id = row["query_id"]
    lines = [
        f":scales: *Escalated by <@{escalated_by}>* · query `{query_id}`",
        f"*Bot's answer:* {_heading(row.get('verdict') or '')} "
        f"(rule `{row.get('rule_id')}`, KB `{row.get('kb_version')}`)",
    ]
    if permalink:
        lines.append(f"<{permalink}|Open the officer's thread>")
    blocks: list[Block] = [
        _section("\n".join(lines), "case"),
        {
            "type": "rich_text",
            "block_id": "question",
            "elements": [
                {"type": "rich_text_quote", "elements": [{"type": "text", "text": row["question_masked"][:2900]}]}
            ],
        },
    ]
    blocks.append(
        {
            "type": "actions",
            "block_id": "counsel",
            "elements": [
                _button("Record counsel's decision", ACTION_COUNSEL_DECIDE, f"{query_id} {reply_to}", "primary")
            ],
        }
    )
    return {"text": f"Escalated query {query_id}", "blocks": blocks}


def counsel_decision_message(verdict: str, note: str, counsel_user: str, decision_id: str) -> Message:
    """Posted into the officer's thread when counsel has decided."""
    text = f":scales: *Counsel's decision* (<@{counsel_user}>): {_heading(verdict)}"
    blocks: list[Block] = [_section(text, "counsel_decision")]
    if note:
        blocks.append(_section(escape_mrkdwn(note), "counsel_note"))
    blocks.append(_context(f"recorded as {decision_id}; this decision replaces the bot's answer above"))
    return {"text": f"Counsel's decision: {VERDICT_STYLE.get(verdict, ('', verdict))[1]}", "blocks": blocks}
