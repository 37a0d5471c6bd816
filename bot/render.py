"""Answers as text for a terminal (Slack Block Kit lives in bot/slack/)."""

from __future__ import annotations

import textwrap

from bot.pipeline import Answer

__all__ = ["VERDICT_LABELS", "render_text"]

VERDICT_LABELS = {
    "prohibited": "PROHIBITED - do not fulfil this request",
    "permitted": "PERMITTED - under the conditions below",
    "needs_info": "NEEDS INFO - answer the questions below first",
    "escalate": "ESCALATE - send this to the Legal Bureau / counsel",
}


def _wrap(text: str, indent: str = "  ") -> str:
    return textwrap.fill(" ".join(text.split()), width=96, initial_indent=indent, subsequent_indent=indent)


def render_text(answer: Answer) -> str:
    lines = [
        VERDICT_LABELS.get(answer.verdict, answer.verdict.upper()),
        _wrap(answer.summary),
        _wrap(f"Do: {answer.action}"),
    ]
    if answer.conditions:
        lines.append("Conditions:")
        lines.extend(_wrap(f"- {c}", "  ") for c in answer.conditions)
    if answer.questions:
        lines.append("Questions to answer:")
        lines.extend(_wrap(f"? {q}", "  ") for q in answer.questions)
    if answer.citations:
        lines.append("Policy:")
        for citation in answer.citations:
            lines.append(f"  [{citation.authority}] {citation.title} - {citation.section}")
            lines.append(_wrap(f'"{citation.text}"', "      "))
    lines.append(
        f"rule {answer.rule_id} | KB {answer.kb_version} | query {answer.query_id} | {answer.latency_ms:.1f} ms"
    )
    return "\n".join(lines)
