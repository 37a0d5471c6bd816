"""The words that take an ask back ("they withdrew it", "their supervisor pulled that request",
"never mind"), and the turn to a new ask after them ("but now they want the file"). Read by
`bot.facts.asks` (a cue withdrawn in its own sentence) and `bot.facts.segments` (a request whose
every ask was withdrawn)."""

from __future__ import annotations

import re

from bot.facts.lexicon.blocks import LIST_MARKER

__all__ = ["NOT_WITHDRAWN", "WITHDRAWN"]

WITHDRAWN = re.compile(
    r"\b(?:(?:they|he|she|ice|ero|hsi|the agents?|the feds|dhs|fbi|dea|and|and then|but then|then)\s+(?:dropped|withdrew|cancell?ed|called off|pulled|took back) "
    r"(?:it|that|the request|the ask|that request)|called it off|"
    # "but withdrew it an hour later", "their supervisor pulled that request": whoever takes it back
    r"(?:withdrew|withdrawn|rescinded|cancell?ed|took back) (?:it|that|the request|the ask|that request|their request)|"
    r"(?:dropped|pulled) (?:the|that|their) (?:request|ask)|"
    r"(?:nobody|no one|noone)(?: from [\w']+)? (?:has |had |ever |actually )?(?:asked|requested|called)|"
    r"(?:nobody|no one|noone) has(?: so far| yet)|(?:that'?s|thats|it'?s|its) (?:all )?(?:done|over|finished|closed)|never mind)\b"
)
NOT_WITHDRAWN = re.compile(
    r"\b(?:now|instead|but (?:now )?(?:they|he|she) (?:want|wants|ask|asks|asked|need|needs))\b|"
    # "1) FBI wants our report 2) HSI wanted his court date but they withdrew it": the next item is another ask
    + LIST_MARKER
)
