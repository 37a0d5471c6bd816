"""The App Home tab: how to ask, answers awaiting an outcome, recent questions, counsel's queue."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from bot.review.queue import ReviewQueue
from bot.slack.cards import ACTION_COUNSEL_DECIDE, ACTION_OPEN_FORM, VERDICT_STYLE, outcome_block
from bot.slack.practice import ACTION_PRACTICE_START
from bot.slack.text import escape_mrkdwn
from bot.slack.views import FormContext

__all__ = ["home_view"]


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
