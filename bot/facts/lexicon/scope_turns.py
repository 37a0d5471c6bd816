"""Where a message turns to its history or to one of its asks, for splitting it into requests
(`bot.facts.scopes`)."""

from __future__ import annotations

import re

__all__ = ["ABOUT_ONE_ASK", "PAST_PAPER"]

# "ERO asked about him twice before and both times the answer was no, they only had detainers":
# paper told as history, no request of today
PAST_PAPER = re.compile(
    r"\b(?:before|previously|last (?:time|year|month|week|spring|summer|fall|winter)|that time|back (?:in|then)|"
    r"in the past|earlier this year|(?:once|twice|three times) before)\b"
)
# "On the alerts he said it's so ERO can pick them up": words about one ask named before
ABOUT_ONE_ASK = re.compile(
    r"\s*(?:and |but )?(?:on|for|about|as for|re|regarding) (?:the |his |her |their )?([a-z]{4,})\b"
)
