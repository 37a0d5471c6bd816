"""Answers as text for a terminal (Slack Block Kit lives in bot/slack/).

The order is the one an officer needs in ten seconds: the verdict, the rule in plain words,
what to do, the conditions, what the bot understood (so a misreading is seen at once), the
questions, then one short verbatim excerpt per authority (`full=True`: whole passages).
"""

from __future__ import annotations

import textwrap

from bot.facts.labels import understood
from bot.pipeline import Answer

__all__ = ["VERDICT_LABELS", "render_text"]

VERDICT_LABELS = {
    "prohibited": "PROHIBITED - do not fulfil this request",
    "permitted": "PERMITTED - you may, under the conditions below",
    "needs_info": "NEEDS INFO - answer the questions below first",
    "escalate": "ESCALATE - send this to the Legal Bureau / counsel before acting",
}


def _wrap(text: str, indent: str = "  ") -> str:
    return textwrap.fill(" ".join(text.split()), width=96, initial_indent=indent, subsequent_indent=indent)


def render_text(answer: Answer, full: bool = False) -> str:
    lines = [
        VERDICT_LABELS.get(answer.verdict, answer.verdict.upper()),
        _wrap(answer.rule_title),
    ]
    if answer.blocked_rule_title:
        lines.append(_wrap(f"(would be: {answer.blocked_rule_title})"))
    lines += [_wrap(answer.summary), _wrap(f"Do: {answer.action}")]
    if answer.conditions:
        lines.append("Conditions:")
        lines.extend(_wrap(f"- {c}", "  ") for c in answer.conditions)
    if len(answer.requests) > 1:
        lines.append(f"Your message holds {len(answer.requests)} requests:")
        for number, request in enumerate(answer.requests, 1):
            lines.append(
                _wrap(
                    f"{number}. {request.label}: {VERDICT_LABELS[request.verdict].split(' - ')[0]} - "
                    f"{request.rule_title}",
                    "  ",
                )
            )
            lines.append(_wrap("Understood: " + " · ".join(understood(request.facts)), "     "))
            if request.rule_id != answer.rule_id:  # the headline's action and conditions are above
                lines.append(_wrap(f"Do: {request.action}", "     "))
                lines.extend(_wrap(f"- {c}", "       ") for c in request.conditions)
    else:
        lines.append(_wrap("Understood: " + " · ".join(understood(answer.facts))))
    if answer.questions:
        lines.append("Questions to answer:")
        lines.extend(_wrap(f"? {q}", "  ") for q in answer.questions)
    if answer.citations:
        lines.append("Policy:" if full else "Policy (short excerpts; --full for whole passages):")
        for citation in answer.citations:
            lines.append(f"  [{citation.authority}] {citation.title} - {citation.section}")
            lines.append(_wrap(f'"{citation.text if full or not citation.excerpt else citation.excerpt}"', "      "))
    lines.append(
        f"rule {answer.rule_id} | KB {answer.kb_version} | query {answer.query_id} | {answer.latency_ms:.1f} ms"
    )
    return "\n".join(lines)
