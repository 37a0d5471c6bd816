"""Whether one request read from a message is no question for this bot at all: nothing asked of
us, our own paperwork or pay, help or an emergency with nobody federal in it."""

from __future__ import annotations

import re

from bot.facts.lexicon.topic import IMMIGRATION_NAMED, NOTHING_ASKED, OUTSIDE_ASKER, OWN_ADMIN, TOPIC_TERMS
from bot.facts.model import Ask, Tri, Warrant
from bot.facts.retractions import AGENCY_NAMES
from bot.facts.spans import HELP_ONLY

__all__ = ["is_off_topic"]


_REQUEST_WORDS = re.compile(
    r"\b(?:wants?|wanted|asks?|asked|asking|request(?:s|ed|ing)?|needs?|can (?:i|we)|could (?:i|we)|should (?:i|we)|"
    r"e-?mailed (?:for|about|asking)|called (?:for|about|asking)|texted|faxed|reached out|"
    r"may (?:i|we)|ok to|okay to|ok\b|allowed|do (?:i|we)|is it ok|are we|help|would like|looking for|favou?r)\b|\?"
)
_AGENCY_NAMED = re.compile(rf"\b{AGENCY_NAMES}\b|\bborder patrol\b|\bhomeland security\b")
_PAPER_IN_HAND = frozenset(Warrant) - {Warrant.NONE, Warrant.UNKNOWN}
_RECORDS_ONLY = frozenset(
    {Ask.SHARE_RECORDS, Ask.SHARE_SURVEILLANCE_DATA, Ask.SHARE_BULK_DATA, Ask.SHARE_CUSTODY_OR_COURT_INFO}
)


def is_off_topic(
    norm: str,
    asks: set[Ask],
    *,
    party_named: bool,
    status_asked: bool,
    warrant: Warrant,
    tsdb_match: object,
    alone: bool,
) -> bool:
    """`alone`: the message's only request (one of several is asked about, never set aside)."""
    requested = bool(_REQUEST_WORDS.search(norm))
    off_topic = (
        not asks and (not party_named or not requested) and not (TOPIC_TERMS.search(norm) and requested and party_named)
    )
    if not asks and not party_named and not status_asked:
        off_topic = True
    if (
        not party_named
        and asks == {Ask.PUBLIC_SAFETY_RESPONSE}
        and not TOPIC_TERMS.search(norm)
        and not _AGENCY_NAMED.search(norm)
    ):
        # an emergency with no federal agency in it is not a question for this bot (one beside an
        # ICE operation is, though nobody federal asked for anything: "we still respond, don't we?")
        off_topic = True
    if not party_named and asks == {Ask.SHARE_CUSTODY_OR_COURT_INFO} and not TOPIC_TERMS.search(norm):
        off_topic = True  # "where do I get the OT slip for a court appearance": our own paperwork
    # our pay and schedules, nothing asked of us ("the OT rate on a 4x12", "the overtime code for the DEA
    # task force"); "workers whose payroll was stolen ... can I ask him" is still a status question
    pay_talk = OWN_ADMIN.search(norm) is not None and not IMMIGRATION_NAMED.search(norm)
    if pay_talk and not status_asked and (not party_named or not asks):
        off_topic = True
    if not party_named and asks and asks <= HELP_ONLY and not TOPIC_TERMS.search(norm):
        off_topic = True  # "the lt is looking for them (the car keys)": help asked, but of nobody federal
    if (
        not party_named
        and asks
        and asks <= _RECORDS_ONLY
        and not TOPIC_TERMS.search(norm)
        and not OUTSIDE_ASKER.search(norm)
    ):
        off_topic = True  # "how do I get back into the Domain Awareness System": our own data, nobody asking
    if not asks and NOTHING_ASKED.search(norm):
        off_topic = True  # "ICE parked outside all afternoon, nobody asked us for anything, just fyi"
    if off_topic and not party_named and requested and (warrant in _PAPER_IN_HAND or tsdb_match in (Tri.YES, Tri.NO)):
        # "I-247A only, TSDB no match, agent says hold anyway, it's federal law": paper or a watchlist
        # result about someone in our hands is this bot's subject even when the ask went unread
        off_topic = False
    return off_topic and alone  # one of several requests: what it asks is unclear, so it is asked about
