"""The words that leave a person's role open ("not sure yet if he's a suspect or just a witness"),
on which asking about their immigration status turns (R8). Read by `bot.facts.status`."""

from __future__ import annotations

import re

__all__ = ["CIVILIAN_ASKER", "ROLE_IN_DOUBT", "told_a_victim_or_witness"]

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

# "the Popeyes manager came out and asked us to move the RMP": a member of the public asking us,
# nothing federal (ends where the asking verb begins)
CIVILIAN_ASKER = re.compile(
    r"\b(?:manager|owner|landlord|super|superintendent|neighbou?r|caller|bartender|bouncer|cashier|teacher|principal|"
    r"resident|tenant|shopkeeper|storekeeper|doorman|janitor|crossing guard)s?\s+(?:[\w']+\s+){0,3}?$"
)
_ONE_ASKED = re.compile(r"\bask (?:the|that|this|our) ([a-z]+)\b")


def told_a_victim_or_witness(before: str, question: str) -> bool:
    """Whether the message, before the question, said the person now asked about is a victim or a
    witness: "the bouncer who caught him is our witness ... ask the bouncer if he's legal"."""
    asked = _ONE_ASKED.search(question)
    return asked is not None and bool(
        re.search(
            rf"\b(?:the|that|this|our) {re.escape(asked.group(1))}\b[^.;!?]{{0,60}}?\b(?:is|was|'s|as) (?:our|the|a|an|my) "
            r"(?:[\w']+ )?(?:witness|victim|complainant|caller)\b",
            before,
        )
    )
