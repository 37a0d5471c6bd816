"""The words that leave a person's role open ("not sure yet if he's a suspect or just a witness"),
on which asking about their immigration status turns (R8). Read by `bot.facts.status`."""

from __future__ import annotations

import re

__all__ = ["ROLE_IN_DOUBT"]

_ROLE_WORD = (
    r"(?:suspect|perp|witness|wit|victim|vic|complainant|bystander|aided|involved|just (?:a |the )?(?:witness|bystander|victim)|"
    # "not sure yet if he's a witness or part of it"
    r"part of (?:it|the (?:scheme|crime|ring|fraud|crew|robbery))|in on it|one of (?:them|the (?:crew|perps|suspects)))"
)
# "not sure yet if he's a suspect or just a witness", "could be the perp or a witness"
ROLE_IN_DOUBT = re.compile(
    r"\b(?:not sure|unsure|don't know|dont know|do not know|dunno|unclear|can't tell|cant tell|no idea|not clear|"
    r"could be|might be|may be|either)\b(?: (?:yet|at this point|right now))?(?: (?:if|whether))? "
    r"(?:(?:he|she|they|the (?:guy|man|woman|lady|kid))(?:'s|'re| is| are| was)? )?(?:(?:a|an|the) )?"
    + _ROLE_WORD
    + r"s? or (?:just |only |merely )?(?:(?:a|an|the) )?"
    + _ROLE_WORD
    + r"\b|"
    # "guy found at the fake ID mill - involved, or the super who called it in? not sure yet"
    r"\b(?:involved|in on it|part of it|one of them|a suspect|the suspect|a perp)\W{0,3}or (?:just )?(?:the |a |an )?[\w' ]{0,40}\?\s*"
    r"(?:not sure|unsure|don't know|dont know|dunno|unclear|no idea|can't tell|cant tell)\b|"
    # "complainant on a credit card fraud, now it kinda looks like she might be in on it, not sure yet"
    r"\b(?:might|may|could) (?:be|have been) (?:in on it|involved|part of it|a suspect|in on the (?:scam|fraud|scheme|robbery|theft))\b"
)
