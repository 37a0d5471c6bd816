"""Slack's message markup to the plain text the pipeline reads, and back (escaping)."""

from __future__ import annotations

import html
import re

__all__ = ["escape_mrkdwn", "plain_text"]

# <@U123>, <@U123|name>, <#C123|general>, <!here>, <mailto:a@b.org|a@b.org>, <https://x|label>
_ANGLE = re.compile(r"<([^<>]*)>")


def _unwrap(match: re.Match[str]) -> str:
    inner = match.group(1)
    if inner.startswith(("@", "!")):
        return ""  # mentions and broadcasts carry no facts
    target, _, label = inner.partition("|")
    if target.startswith("#"):
        return f"#{label}" if label else ""
    if label:
        return label
    return target.removeprefix("mailto:")


def plain_text(slack_text: str) -> str:
    """What the officer typed, as they saw it: mentions dropped, links and e-mails unwrapped."""
    # Entities are decoded last: an escaped "&lt;" in the text must not become a link.
    return html.unescape(_ANGLE.sub(_unwrap, slack_text)).strip()


def escape_mrkdwn(text: str) -> str:
    """Slack asks for &, < and > to be escaped in mrkdwn text; nothing else is touched."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
