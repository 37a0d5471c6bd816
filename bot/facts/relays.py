"""An agency quoted rather than asking, and the officer's own task-force assignment: mentions
that are not a request of their own."""

from __future__ import annotations

import re

from bot.facts.spans import Mention

__all__ = ["RELAYED", "is_own_assignment"]


# Words that quote an agency rather than bring its own request. Not a bare "from" or "for": "a
# call from ICE" or "an agent from ICE at the desk" is ICE's own request.
RELAYED = re.compile(
    r"\b(?:says?|said|saying|told (?:me|us)|according to|on behalf of|passing (?:it )?along (?:for|from)|relaying|"
    r"tipped (?:off )?by|(?:info|information|intel|tip|word|lead|heads up) (?:came )?from|his words|her words|quote|"
    r"(?:was|were) (?:honest|upfront|up front|straight|clear) (?:with (?:me|us) )?that|admitted that|made (?:it )?clear that)"
    r",?:?\s+[\"“”']?(?:[\w',]+\s+){0,5}$|"
    # "it's not for them, his buddy at ICE needs it": the agent asks on a friend's behalf
    r"\b(?:buddy|friend|contact|pal|colleague|guy|people|folks) (?:at|in|from|over at|with)\s+(?:the\s+)?$"
)


# "I'm on the HSI task force", "assigned to the FBI group": the officer's own unit, not a request.
# Only with the officer's own words before it: "ICE asked our squad" is ICE asking.
_OWN_ASSIGNMENT = re.compile(r"[a-z]+\s+(?:[\w']+\s+)?(?:task ?force|tf|group|squad|unit|team)\b")


_OWN_ASSIGNMENT_BEFORE = re.compile(
    r"\b(?:i'm|i am|im|we're|we are|i work|i worked|assigned|detailed|my|our|i'm on|i sit on)\s+(?:[\w']+\s+){0,3}$"
)


def is_own_assignment(norm: str, mention: Mention) -> bool:
    return bool(
        _OWN_ASSIGNMENT.match(norm, mention.start)
        and _OWN_ASSIGNMENT_BEFORE.search(norm[max(0, mention.start - 40) : mention.start])
    )
