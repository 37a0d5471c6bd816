"""Who is asking: the agencies a message names, and which of its clauses belong to each.

A message can hold several requests ("the FBI has a judge's warrant ... and ICE sent a
detainer ..."). Each requesting agency gets the clauses that name it, and the clauses after
them until another agency is named; what comes before the first agency (the situation: "we
have a guy in the cells") belongs to every request. So one request's paperwork, purpose or
asks never answer for another's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.facts.corrections import withdrawn
from bot.facts.model import Agency
from bot.facts.requesters import AGENCY_NOT_GIVEN, requesting_mentions
from bot.facts.spans import CRIMINAL_AGENCIES, Mention
from bot.facts.text import Clause

__all__ = ["Mention", "Party", "find_parties"]

# A generic name can stand for a more specific one named elsewhere in the message.
_GENERIC_OF: dict[Agency, frozenset[Agency]] = {
    Agency.ICE: frozenset({Agency.ICE_ERO, Agency.HSI}),
    Agency.DHS: frozenset({Agency.ICE_ERO, Agency.HSI, Agency.ICE, Agency.CBP}),
    Agency.FEDERAL: frozenset(set(Agency) - {Agency.NONE, Agency.UNKNOWN, Agency.FEDERAL}),
}


@dataclass
class Party:
    """One requesting agency and the clauses that speak of its request."""

    agency: Agency
    mentions: list[Mention] = field(default_factory=list)
    clauses: list[Clause] = field(default_factory=list)

    @property
    def hedged(self) -> bool:
        return all(m.hedged for m in self.mentions)

    def covers(self, position: int) -> bool:
        return any(c.start <= position < c.end for c in self.clauses)


_SINGLE_OTHER = re.compile(r"(?:some|another|other|a different|a second) ")
_NAMED_AGENCY = re.compile(r"\b(?:ice|ero|hsi|cbp|dhs|fbi|dea|atf|usms|marshals)\b")
_SOME_BEFORE = re.compile(r"\b(?:some|another|other|a different|a second|different|separate) (?:other )?$")
# "also someone from 'a federal agency' called for ...": a second caller, not another name for the first
_ALSO_SOMEONE_FROM = re.compile(
    r"\b(?:also|and|plus|then|separately|later)\b[^.;]{0,15}\b(?:someone|somebody|a guy|a lady|a man|a woman|an agent|"
    r"an officer|a caller)\b[^.;]{0,12}\bfrom ['\"]?(?:an? |the )?$"
)
# "the feds (not sure which)": an agency the officer could not name is somebody of its own
_UNIDENTIFIED_AFTER = re.compile(
    r"\s*[(,-]?\s*(?:not sure|unsure|no idea|don't know|dont know|didn't say|didnt say|unclear|unknown|"
    r"couldn't tell|can't tell|didn't catch|didnt catch|did not catch|never said|wouldn't say|wouldnt say)"
    r"(?: (?:which|what|who))?(?: agency| one| kind)?\b|"
    # "a federal agent (no agency given)", "an agent, agency not stated, wants ..."
    r"\s*[(,-]?\s*(?:no agency(?: (?:given|named|stated|said|mentioned))?|"
    r"agency (?:not |un)(?:given|named|stated|known|said)|"
    r"(?:didn't|didnt|did not|wouldn't|wouldnt|won't|never) (?:give|name|state|mention) "
    r"(?:an? |his |her |their |the )?agency|"
    r"unnamed|unidentified)\b|"
    # a field left blank in notes: "feds (agency ?)", "feds (agency: tbd)", "feds (which agency?)"
    r"\s*\((?:which |what )?agency\s*[:=-]?\s*(?:\?+|tbd|unk|n/?a|not given|unknown)\s*\)|"
    r"\s*\((?:which|what) agency\s*\?\)"
)
# "- FBI: ... . - feds: want ...": in a list, each item headed by a requester is a call of its own
_LIST_ITEM_HEAD = re.compile(r"(?:^|[.:;]\s)(?:[-*•]|\d{1,2}[.)])\s*['\"]?(?:the |some |a )?$")
_SENTENCE_MARK = re.compile(r"[.!?;]")


def _stands_apart(norm: str, mention: Mention) -> bool:
    """An umbrella name for somebody else: "some other agent", "the feds (not sure which)"."""
    # its own sentence, and the one after it ("... called and asked for LPR reads. Gave no agency.")
    ends = [m.end() for m in _SENTENCE_MARK.finditer(norm)]
    start = max((end for end in ends if end <= mention.start), default=0)
    following = [end for end in ends if end > mention.end]
    rest = norm[start : following[1] if len(following) > 1 else len(norm)]
    return bool(
        _SINGLE_OTHER.match(mention.words)
        # "FBI wants our DD5s, and some feds asked to park in our lot": "some", after an agency was
        # named, is somebody else ("some federal agents ... they're Marshals" names them later)
        or (
            _SOME_BEFORE.search(norm, max(0, mention.start - 20), mention.start) is not None
            and _NAMED_AGENCY.search(norm, 0, mention.start) is not None
        )
        or _ALSO_SOMEONE_FROM.search(norm[max(0, mention.start - 50) : mention.start])
        or _UNIDENTIFIED_AFTER.match(norm, mention.end)
        or AGENCY_NOT_GIVEN.search(rest)
        or _LIST_ITEM_HEAD.search(norm, max(0, mention.start - 12), mention.start) is not None
    )


# "ICE brought a warrant for a guy ... and HSI also wants our report on a different guy": the
# component is a second requester, not a second name for the first
_ALSO_AFTER = re.compile(r"\s*(?:[\w']+ )?(?:also|too|separately|as well)\b")
_SOMEONE_ELSE = re.compile(
    r"\b(?:different|another|other|second|separate) (?:guy|man|woman|person|prisoner|perp|collar|case|matter|subject|"
    r"defendant|individual|arrestee|target)\b"
)


def _asks_apart(norm: str, generic: Party, specific: Party) -> bool:
    first = min(m.start for m in generic.mentions)
    return any(
        m.start > first
        and (_ALSO_AFTER.match(norm, m.end) is not None and _SOMEONE_ELSE.search(norm, m.end, m.end + 80))
        for m in specific.mentions
    )


# "'the feds' asked us to help locate a guy, and FBI separately wants our DD5": the named agency
# asks on its own, so the umbrella name is somebody else
_SEPARATELY_AFTER = re.compile(r"\s*(?:[\w']+ )?separately\b")
_SEPARATELY_BEFORE = re.compile(r"\bseparately,?\s+(?:the\s+)?$")
# "Two federal agents want our footage. Also, the FBI wants him held": an agency that opens a
# sentence of its own with "also" after the umbrella word "federal" is one more requester, not its name
_ALSO_OPENS_BEFORE = re.compile(r"(?:^|[.;!?]\s*|\n\s*)also,?\s+(?:the\s+)?$")


_IDENTIFIED_BEFORE = re.compile(
    r"\b(?:called back|checked|found out|confirmed|clarified|update|turns out|it turns out)\b[^.?!]{0,12}?"
    r"(?:it's|its|it is|it was|they're|theyre|they are|he's|hes|she's|shes|agency is|agency was)\s+"
    r"(?:with )?(?:the |an? )?$"
)


def _named_separately(norm: str, generic: Party, others: list[Party]) -> bool:
    first = min(m.start for m in generic.mentions)
    umbrella = generic.agency is Agency.FEDERAL
    return any(
        m.start > first
        and (
            _SEPARATELY_AFTER.match(norm, m.end) is not None
            or _SEPARATELY_BEFORE.search(norm, max(0, m.start - 25), m.start) is not None
            or (umbrella and _ALSO_OPENS_BEFORE.search(norm, max(0, m.start - 25), m.start) is not None)
        )
        for party in others
        for m in party.mentions
    )


def _merge(norm: str, mentions: list[Mention]) -> list[Party]:
    """Mentions into parties: one per distinct agency; a generic name joins its one specific match.

    A component named only in doubt ("ICE, not sure if ERO or HSI") makes no party of its own
    while a surer name stands for the same agency.
    """
    sure = {m.agency for m in mentions if not m.hedged}
    mentions = [
        m
        for m in mentions
        if not m.hedged or not any(m.agency in _GENERIC_OF.get(other, frozenset()) for other in sure)
    ]
    parties: dict[Agency, Party] = {}
    for mention in mentions:
        parties.setdefault(mention.agency, Party(mention.agency)).mentions.append(mention)
    if Agency.FEDERAL in parties and len(parties) == 2:
        # "fed agent wants the 911 calls, didn't catch the agency ... called back: it's HSI": the
        # agency named later is the one that was left unnamed
        (identified,) = [p for a, p in parties.items() if a is not Agency.FEDERAL]
        first = identified.mentions[0]
        if first.start > max(m.start for m in parties[Agency.FEDERAL].mentions) and _IDENTIFIED_BEFORE.search(
            norm, max(0, first.start - 40), first.start
        ):
            identified.mentions.extend(parties.pop(Agency.FEDERAL).mentions)
    if Agency.FEDERAL in parties and len(parties) > 1:
        # "two feds at the desk: the FBI ... and DHS ...": the umbrella word is no request of its
        # own; "some other agent, not sure which agency" is one
        umbrella = [m for m in parties[Agency.FEDERAL].mentions if not _stands_apart(norm, m)]
        named = [party for agency, party in parties.items() if agency is not Agency.FEDERAL]
        if len(umbrella) == len(parties[Agency.FEDERAL].mentions) and not _named_separately(
            norm, parties[Agency.FEDERAL], named
        ):
            del parties[Agency.FEDERAL]
    for generic, narrower in _GENERIC_OF.items():
        if generic not in parties:
            continue
        if generic is Agency.FEDERAL and (
            any(_stands_apart(norm, m) for m in parties[generic].mentions)
            or _named_separately(norm, parties[generic], [p for a, p in parties.items() if a is not generic])
        ):
            continue  # "some other fed" is somebody else, not a name for the agency already named
        matches = [agency for agency in parties if agency in narrower and agency is not generic]
        if generic is Agency.FEDERAL and len(parties) > 1:
            matches = [a for a in parties if a is not Agency.FEDERAL]
        # ("(1) ICE has a judge's warrant ... (2) Separately HSI wants our arrest report": two requests)
        if len(matches) == 1 and not (
            _asks_apart(norm, parties[generic], parties[matches[0]])
            or _named_separately(norm, parties[generic], [parties[matches[0]]])
        ):
            parties[matches[0]].mentions.extend(parties.pop(generic).mentions)
        elif generic is Agency.ICE and len(matches) > 1:
            # "ICE" beside both ERO and HSI: it stays a name of its own (the officer's words decide)
            continue
    _join_the_receiving_agency(norm, parties)
    ordered = sorted(parties.values(), key=lambda p: min(m.start for m in p.mentions))
    for party in ordered:
        party.mentions.sort(key=lambda m: m.start)
    return ordered


def _join_the_receiving_agency(norm: str, parties: dict[Agency, Party]) -> None:
    """ "U.S. Probation faxed a judge's warrant and wants him held for the Marshals": the agency the
    person is held for is where the same request ends, not a request of its own (only where neither
    is part of DHS, whose custody asks are answered apart)."""
    if Agency.OTHER_FEDERAL not in parties or len(parties) != 2:
        return
    (receiver,) = [party for agency, party in parties.items() if agency is not Agency.OTHER_FEDERAL]
    if receiver.agency in CRIMINAL_AGENCIES and all(
        _HELD_FOR.search(norm, max(0, m.start - 20), m.start) for m in receiver.mentions
    ):
        parties[Agency.OTHER_FEDERAL].mentions.extend(parties.pop(receiver.agency).mentions)


_HELD_FOR = re.compile(
    r"\b(?:held|hold|holding|kept|keep|picked up|pickup|turned over|handed over) (?:him |her |them )?"
    r"(?:for|to|by) (?:the )?$"
)
_CONDITION_ON_OTHER = re.compile(r"\b(?:if|in case|once|after|before|until|till|til|unless|when|for after) (?:the )?$")
_OWN_DOING_AFTER = re.compile(
    r"\s*(?:is|are|'s|gets?|runs?) (?:running |a little |too )?(?:late|done|finished|through|delayed|a no[- ]show)\b|"
    # "CBP also wants to talk to him before DEA gets here": when the other agency comes, not its ask
    r"\s*(?:gets?|got) (?:here|there|in)\b|\s*(?:arrives?|shows? up|comes? (?:in|over|by|for him|for her))\b|"
    r"\s*(?:releases?|drops?|returns?|sends?|kicks?|cuts?) (?:him|her|them|the case)\b|"
    r"\s*(?:doesn't|does not|don't|do not|can't|cannot|never|won't) (?:show|come|make it|pick|take)\b"
)


def _after_condition(norm: str, mention: Mention) -> bool:
    return _CONDITION_ON_OTHER.search(norm, max(0, mention.start - 20), mention.start) is not None


def find_parties(norm: str, clauses: tuple[Clause, ...]) -> tuple[list[Party], list[Clause]]:
    """The requesting agencies, each with its clauses; and the clauses shared by all of them."""
    parties = _merge(norm, requesting_mentions(norm))
    if not parties:
        return [], list(clauses)
    by_mention = {
        (m.start, m.end): party
        for party in parties
        for m in party.mentions
        # "ICE wants him held for them if the FBI is late": the FBI named as a condition of another's
        # request, not speaking of its own (its request is named elsewhere)
        if not (_after_condition(norm, m) and _OWN_DOING_AFTER.match(norm, m.end))
        or all(_after_condition(norm, o) for o in party.mentions)
    }
    shared: list[Clause] = []
    current: list[Party] = []
    for clause in clauses:
        named = []
        for (start, _end), party in by_mention.items():
            if clause.start <= start < clause.end and party not in named:
                named.append(party)
        if named:
            current = named
        if current:
            for party in current:
                party.clauses.append(clause)
        else:
            shared.append(clause)
    # A trailing clause that speaks of all requests at once ("can we do both?") belongs to each.
    if len(parties) > 1:
        for clause in clauses:
            if re.search(r"\b(?:both|either|all (?:of )?(?:them|these|three|two)|each)\b", clause.text):
                for party in parties:
                    if clause not in party.clauses:
                        party.clauses.append(clause)
    gone = withdrawn(norm, {party.agency: party.mentions for party in parties})
    parties = [party for party in parties if party.agency not in gone]
    for party in parties:
        party.clauses.sort(key=lambda c: c.start)
    return parties, shared
