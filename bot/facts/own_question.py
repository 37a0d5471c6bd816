"""The officer's own status question beside an agency's ask: two requests, not one.

"1) can I ask our forgery collar about his status? 2) a fed asked me to let him know if he gets
picked up again": the question is the officer's (EO 41 decides it, no agency asks it); the fed's
alert is a request of its own, and its aim is not the NYPD's forgery case told before the fed
came into the message.
"""

from __future__ import annotations

import re

from bot.facts.lexicon import CRIME_TERMS, CRIMINAL_EXPLICIT
from bot.facts.model import Agency, Ask, Facts, Purpose
from bot.facts.spans import CRIMINAL_AGENCIES
from bot.facts.text import Text

__all__ = ["own_question_apart"]

_OFFICERS_OWN = frozenset(
    {Ask.INQUIRE_STATUS_SUSPECT, Ask.INQUIRE_STATUS_VICTIM_WITNESS, Ask.INQUIRE_STATUS_ROLE_UNKNOWN}
)

# "and HSI also wants our case file on it": the agency's ask is about the case just told
_OUR_CASE_AGAIN = re.compile(
    r"\b(?:on|about|for|in|from|of) "
    r"(?:it|that|this|the same (?:case|one|job|guy|collar)|that case|this case|our case)\b"
)


def own_question_apart(facts: Facts, text: Text) -> list[Facts]:
    """`facts` split when they hold the officer's own status question and an agency's other asks."""
    own = facts.asks & _OFFICERS_OWN
    theirs = facts.asks - own
    # ("ICE wants us to ask the suspect about his status": the agency wants the answer, one request)
    if not own or not theirs or Ask.SHARE_STATUS_INFO in theirs or facts.agency is Agency.NONE:
        return [facts]
    question = facts.with_asks(own).with_unsaid("agency", Agency.NONE)
    request = facts.with_asks(theirs)
    aim, agency = facts.evidence.get("purpose", ""), facts.evidence.get("agency", "")
    told_at, named_at = text.original.find(aim), text.norm.find(agency.lower())
    if (
        aim
        and 0 <= told_at < text.original.find(agency)
        and facts.agency not in CRIMINAL_AGENCIES
        and not CRIME_TERMS.search(text.norm, named_at)
        and not CRIMINAL_EXPLICIT.search(text.norm, named_at)
        and not _OUR_CASE_AGAIN.search(text.norm, named_at)
    ):
        # the aim was read in the officer's story before the agency came into it, and the agency's
        # own words name no crime: the NYPD's case, not the agency's aim (the FBI asking about our
        # case is likely after that crime, as `criminal_cue` reads it)
        request = request.with_unsaid("purpose", Purpose.UNKNOWN)
    return [question, request]
