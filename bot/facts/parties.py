"""Who is asking: the agencies a message names, and which of its clauses belong to each.

A message can hold several requests ("the FBI has a judge's warrant ... and ICE sent a
detainer ..."). Each requesting agency gets the clauses that name it, and the clauses after
them until another agency is named; what comes before the first agency (the situation: "we
have a guy in the cells") belongs to every request. So one request's paperwork, purpose or
asks never answer for another's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from bot.facts.corrections import corrected
from bot.facts.lexicon import AGENCY_CUES
from bot.facts.model import Agency
from bot.facts.spans import MAYBE_LATER, Mention
from bot.facts.text import Clause, is_doubted, is_negated

__all__ = ["Mention", "Party", "find_parties"]

# A generic name can stand for a more specific one named elsewhere in the message.
_GENERIC_OF: dict[Agency, frozenset[Agency]] = {
    Agency.ICE: frozenset({Agency.ICE_ERO, Agency.HSI}),
    Agency.DHS: frozenset({Agency.ICE_ERO, Agency.HSI, Agency.ICE, Agency.CBP}),
    Agency.FEDERAL: frozenset(set(Agency) - {Agency.NONE, Agency.UNKNOWN, Agency.FEDERAL}),
}

# An agency named as part of the person's history, not as the one asking now.
_HISTORY_BEFORE = re.compile(
    r"\b(?:deported|removed|released|arrested|detained|picked up|processed|caught|apprehended|encountered|"
    r"was in|been in|out of|prior|previous|old|former|past|from)\s+"
    r"(?:(?!(?:and|but|so|then|while|plus|now)\b)[\w']+ ){0,2}(?:by |with )?(?:the )?$|"
    r"\b(?:about|report on|report about|news about|story about|article about|reading about|heard about)\s+(?:the )?$"
)
_HISTORY_AFTER = re.compile(
    r"^\s*(?:deported|removed|had (?:him|her|them)|released (?:him|her|them)|custody (?:in|back in|before) \d{4}|"
    r"(?:in|back in) (?:19|20)\d\d|years? ago|before|previously|once|"
    # "the end game is ICE removes him": the agency that would deport, not one asking now
    r"removes?|deports?|(?:will|would|can|could|gonna|is going to|are going to|'ll) "
    r"(?:remove|deport|take (?:him|her|them) out)|"
    # "double checking bc of all the ice stuff": the topic in the news, not somebody asking
    r"stuff|situation|drama|mess|crackdown|news|raids? (?:lately|recently|in the news))\b"
)


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


def _mentions(norm: str) -> list[Mention]:
    found: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for agency, pattern in AGENCY_CUES:
        for match in pattern.finditer(norm):
            start, end = match.span()
            if any(start < t_end and end > t_start for t_start, t_end in taken):
                continue  # a more specific name already covers these words ("ice ero")
            taken.append((start, end))
            unsure = bool(_UNSURE_WHICH.search(norm[max(0, start - 40) : start]))
            found.append(Mention(start, end, agency, unsure or is_doubted(norm, start, end), match.group(0)))
    return sorted(found, key=lambda m: m.start)


# "ICE agent (not sure ERO or HSI)": the components named in doubt
_UNSURE_WHICH = re.compile(
    r"\b(?:not sure|unsure|idk|dunno|don't know|dont know|no idea|didn't say|didnt say)\b(?: (?:if|whether|which))?"
    r"(?: (?:it's|its|it was|they're|theyre|he's|hes))?(?: (?:ero|hsi|cbp|ice|fbi|dea|atf|usms|dhs)(?: or|/| /))? ?$"
)
# "a voicemail from an ERO officer", "an agent from HSI": the agency is the one reaching out;
# "fwd from SA Kowalczyk HSI NY:", "3 things from the same ERO team": who the asks come from
_CONTACT_FROM = re.compile(
    r"\b(?:call|calls|voicemail|vm|message|msg|email|e-mail|text|request|letter|fax|visit|agent|agents|officer|officers|"
    r"guy|guys|lady|sup|supervisor|someone|somebody|rep|tfo|sa|detective|people|folks|team|anyone|anybody|"
    # "a VM on the squad line from an HSI agent"
    r"line|phone|inbox|mailbox|box)s? from (?:an? |the )?$|"
    r"\b(?:fwd|fw|forwarded|things|asks?|requests?|questions?|stuff|note|memo)\s+from\s+(?:[\w.']+ ){0,3}$|"
    # "a call from someone at DHS asking whether ...": the person calling, at their agency
    r"\b(?:someone|somebody|a guy|a lady|a man|a woman|an? (?:agent|officer|analyst|supervisor|rep)) "
    r"(?:at|with|over at) (?:the )?$"
)


# "can we hand him over like we would for ATF": an agency named to compare with, not one asking
_COMPARISON_BEFORE = re.compile(
    r"\b(?:like|as|the way|than|same as|unlike)\s+"
    r"(?:(?:we|you|i|they) (?:would|do|did|'d|normally do|usually do|always do)\s+)?(?:for|with)\s+(?:the )?$|"
    r"\b(?:same as|just like|unlike)\s+(?:when |with |for )?(?:the )?$|"
    # "I thought we can't hold people for the feds, or is that only ICE": a musing, not a requester
    r"\b(?:is (?:that|it)|or is (?:that|it)|that's|thats|only applies to|just applies to) "
    r"(?:only|just)? ?(?:for |with |to )?(?:the )?$"
)

_TASK_FORCE_NAME = re.compile(r"\bjttf\b|\btask ?force\b|\bsafe streets\b")
_LIKE_BEFORE = re.compile(r"\b(?:like|same as|unlike) (?:an? |any )?(?:other )?$")
_PAPER_AFTER = re.compile(r"\s*(?:warrants?|paper|paperwork|detainers?|case|request|one)\b")


def _is_requester(norm: str, mention: Mention) -> bool:
    if is_negated(norm, mention.start):
        return False  # "not ICE, it's the Marshals"
    before = norm[max(0, mention.start - 30) : mention.start]
    if _COMPARISON_BEFORE.search(before):
        return False
    if _LIKE_BEFORE.search(before) and _PAPER_AFTER.match(norm, mention.end, mention.end + 20):
        return False  # "hand him over like an FBI warrant": the paper compared with, not a requester
    if _FEARED_BEFORE.search(before):
        return False  # "the victim is afraid ICE will find her": a fear, not a request to us
    if re.search(r"\bfor\s+$", before) and re.match(
        r"\s*(?:removal|deportation|processing|custody|detention)\b",
        norm[mention.end : mention.end + 30],
    ):
        return False  # "it's for ERO removal": the aim the records would serve, not a second requester
    if _AIM_FIELD_BEFORE.search(before):
        return False  # "Reason given: ERO collateral arrests": whose aim the request serves, not who asks
    if _TASK_FORCE_WITH.search(norm[max(0, mention.start - 60) : mention.start]):
        return False  # "I'm on a joint task force with DEA and HSI": who the officer works with
    if _WAITS_ON_BEFORE.search(before) and _WAITS_ON_AFTER.match(norm, mention.end):
        return False  # "HSI wants him after the Marshals are done": the other agency's turn, told as time
    if _CONTACT_FROM.search(before):
        return True
    after = norm[mention.end : mention.end + 30]
    if re.search(r"\(\s*$", before) and re.match(r"\s*(?:case|investigation|matter|indictment|charges?)\s*\)", after):
        return False  # "felon in possession (ATF case)": whose case it is, not who asks
    if _HISTORY_BEFORE.search(before) and not re.search(r"\bfrom\s+(?:the )?$", before):
        return False
    return not (_HISTORY_AFTER.search(after) and not re.search(r"^\s*(?:wants?|asks?|asked|says|said|has|sent)", after))


_WAITS_ON_BEFORE = re.compile(r"\b(?:after|if|once|until|till|unless|when)\s+(?:the )?$")
_WAITS_ON_AFTER = re.compile(r"\s+(?:are |is )?(?:done|finished|through|(?:don't|doesn't|never) show|no-show)\b")
_AIM_FIELD_BEFORE = re.compile(
    r"\b(?:reason(?: given)?|purpose|stated purpose|why|aim|goal|what for|case type)\s*[:=-]\s*"
    r"['\"]?(?:the |an? |for )?$"
)
_FEARED_BEFORE = re.compile(
    r"\b(?:afraid|scared|worried|fear(?:s|ful|ed)?|terrified|nervous|panicking)\b "
    r"(?:[\w']+ ){0,2}(?:that |of |about )?(?:the )?$"
)
_SINGLE_OTHER = re.compile(r"(?:some|another|other|a different|a second) ")
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
_DESTINATION_BEFORE = re.compile(
    r"\b(?:to|going to|goes to|go to|sent to|send (?:him|her|them) to|hand(?:ed)? (?:him |her |them )?(?:over )?to|"
    r"turn(?:ed)? (?:him |her |them )?over to|transfer(?:red)? (?:him |her |them )?to|give (?:him|her|them) to|"
    r"end up with|released to|over to|into)\s+(?:the )?$"
)


# "give the same guy's rap sheet to HSI": records going to an agency make it a requester, not a destination
_RECORDS_SENT_BEFORE = re.compile(
    r"\b(?:rap sheets?|records?|reports?|files?|dd-?5s?|footage|videos?|photos?|info(?:rmation)?|data|address(?:es)?|"
    r"history|paperwork|copies|a copy|notes|statements?|intel|evidence|results|prints)\b"
    r"(?:(?!\b(?:him|her|them|guy|prisoner|perp|collar|body)\b).){0,40}$"
)


_PARTNER_ASKS = re.compile(
    r"\b(?:they|he|she|them|their (?:agents?|guys|people|case agent)|the (?:agents?|case agent))(?:'re| are| is)? "
    r"(?:want|wants|wanted|asked|asking|asks|need|needs|requested|requesting)\b"
)
_TASK_FORCE_WITH = re.compile(
    r"\btask ?force (?:with|w|alongside) (?:the )?(?:(?!(?:the|a|an|our|their|his|her)\b)[\w']+,? (?:and |& )?){0,3}$"
)


# "someone from the feds also wants the 911 audio, didn't say what agency": the agency left
# unnamed later in the same sentence
_AGENCY_NOT_GIVEN = re.compile(
    r"\b(?:didn't|didnt|did not|wouldn't|wouldnt|won't|never|doesn't|doesnt) "
    r"(?:say|said|give|gave|name|named|tell us|told us|tell me|told me|mention|mentioned|get|got|catch|caught|"
    r"write down|wrote down|note|noted|hear|heard) (?:what|which|the|an?|his|her|their) agency\b|"
    r"\bno agency(?: (?:given|named|stated|said|mentioned)\b|(?= or | and |[,.;)]|$))|"
    # "a man who identified himself only as a federal agent ... gave no agency"
    r"\b(?:gave|give|gives|giving|with|left) no (?:agency|name|badge|callback|call-back)\b|"
    r"\bidentified (?:himself|herself|themselves) only as\b"
)


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
        or _ALSO_SOMEONE_FROM.search(norm[max(0, mention.start - 50) : mention.start])
        or _UNIDENTIFIED_AFTER.match(norm, mention.end)
        or _AGENCY_NOT_GIVEN.search(rest)
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


_IDENTIFIED_BEFORE = re.compile(
    r"\b(?:called back|checked|found out|confirmed|clarified|update|turns out|it turns out)\b[^.?!]{0,12}?"
    r"(?:it's|its|it is|it was|they're|theyre|they are|he's|hes|she's|shes|agency is|agency was)\s+"
    r"(?:with )?(?:the |an? )?$"
)


def _named_separately(norm: str, generic: Party, others: list[Party]) -> bool:
    first = min(m.start for m in generic.mentions)
    return any(
        m.start > first
        and (
            _SEPARATELY_AFTER.match(norm, m.end) is not None
            or _SEPARATELY_BEFORE.search(norm, max(0, m.start - 25), m.start) is not None
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
        if len(matches) == 1 and not _asks_apart(norm, parties[generic], parties[matches[0]]):
            parties[matches[0]].mentions.extend(parties.pop(generic).mentions)
        elif generic is Agency.ICE and len(matches) > 1:
            # "ICE" beside both ERO and HSI: it stays a name of its own (the officer's words decide)
            continue
    ordered = sorted(parties.values(), key=lambda p: min(m.start for m in p.mentions))
    for party in ordered:
        party.mentions.sort(key=lambda m: m.start)
    return ordered


def _member_unnamed(norm: str, mention: Mention) -> Mention:
    """ "JTTF. someone from the task force (didn't say which agency)": a task force has many member
    agencies, and which one asks was not said, so it is an unnamed federal agency, not its lead."""
    if (
        mention.agency is not Agency.FEDERAL
        and _TASK_FORCE_NAME.search(mention.words)
        and _AGENCY_NOT_GIVEN.search(norm, mention.end)
    ):
        return replace(mention, agency=Agency.FEDERAL)
    return mention


def find_parties(norm: str, clauses: tuple[Clause, ...]) -> tuple[list[Party], list[Clause]]:
    """The requesting agencies, each with its clauses; and the clauses shared by all of them."""
    every_mention = [_member_unnamed(norm, m) for m in corrected(norm, _mentions(norm))]
    mentions = [m for m in every_mention if _is_requester(norm, m)]
    if not mentions:
        # "joint firearms task force with ATF - they want a list of the guns": when nobody else is
        # named, the partner is the one asking
        mentions = [
            m
            for m in every_mention
            if _TASK_FORCE_WITH.search(norm[max(0, m.start - 60) : m.start])
            and not is_negated(norm, m.start)
            and _PARTNER_ASKS.search(norm, m.end, m.end + 40)
        ]
    # An agency named only as where the person goes ("he's going to ICE after"), or as one that may
    # ask some day ("ICE might want him eventually"), is not asking, as long as another agency is.
    for aside in (
        [
            m
            for m in mentions
            if _DESTINATION_BEFORE.search(norm[max(0, m.start - 35) : m.start])
            and not _RECORDS_SENT_BEFORE.search(norm[max(0, m.start - 60) : m.start])
        ],
        [m for m in mentions if MAYBE_LATER.match(norm, m.end)],
    ):
        if aside and len({m.agency for m in mentions} - {m.agency for m in aside}) >= 1:
            named_elsewhere = {m.agency for m in mentions if m not in aside}
            mentions = [m for m in mentions if m not in aside or m.agency in named_elsewhere]
    parties = _merge(norm, mentions)
    if not parties:
        return [], list(clauses)
    by_mention = {(m.start, m.end): party for party in parties for m in party.mentions}
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
    for party in parties:
        party.clauses.sort(key=lambda c: c.start)
    return parties, shared
