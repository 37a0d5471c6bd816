"""Requests after reading: one agency's custody and information asks apart, an emergency beside
a request, an ask we could not read, a criminal aim doubted beside removal, empty duplicates."""

from __future__ import annotations

import re

from bot.facts.lexicon.blocks import LIST_MARKER, RECORDS
from bot.facts.lexicon.purpose import CIVIL_STRONG, CIVIL_WEAK
from bot.facts.lexicon.purpose_unsaid import PURPOSE_UNSTATED
from bot.facts.lexicon.roles import CIVILIAN_ASKER
from bot.facts.lexicon.withdrawn import WITHDRAWN
from bot.facts.model import Agency, Ask, Facts, Purpose, Source, Warrant
from bot.facts.own_question import own_question_apart
from bot.facts.parties import Party
from bot.facts.spans import CRIMINAL_AGENCIES, DHS_FAMILY, Cue, sentence_bounds
from bot.facts.text import Clause, Text, is_negated

_CUSTODY_ASKS = frozenset({Ask.HOLD, Ask.TRANSFER_CUSTODY})
_NOT_ON_WARRANT = re.compile(
    r"\b(?:isn't|is not|wasn't|was not|not|never)\b (?:named |listed |on |in )?(?:on |in )?(?:any|the|a|their) (?:[\w']+ )?warrants?\b|"
    r"\bno warrant (?:for|on) (?:him|her|them|this guy|that guy)\b"
)
_SEARCH_PAPER = re.compile(r"\bsearch warrants?\b")
_ARREST_PAPER = re.compile(
    r"\barrest warrants?\b|\bindict|\bcomplaint\b|\bcriminal detainer\b|\bwarrant for (?:him|her|his arrest)\b"
)


def custody_apart(facts: Facts, scope: list[Clause]) -> list[Facts]:
    """A judge's search warrant does not reach a person: "they grabbed a guy who isn't named on any
    warrant and want us to hold him" is a hand-over with no warrant, beside the search itself."""
    custody = facts.asks & _CUSTODY_ASKS
    if facts.warrant is not Warrant.JUDICIAL_CRIMINAL or not custody:
        return [facts]
    words = " ".join(c.text for c in scope)
    beside = _NOT_ON_WARRANT.search(words)
    if not beside and not (_SEARCH_PAPER.search(words) and not _ARREST_PAPER.search(words)):
        return [facts]
    said = beside.group(0) if beside else "a search warrant does not cover a person"
    held = facts.with_asks(custody, warrant=Warrant.NONE)
    held = held.model_copy(update={"evidence": {**held.evidence, "warrant": said}})
    rest = facts.asks - custody
    return [facts.with_asks(rest), held] if rest else [held]


def custody_or_aim_apart(facts: Facts, text: Text, scope: list[Clause], cues: list[Cue]) -> list[Facts]:
    """`custody_apart`, then `aim_unsaid_apart`, `civil_item_apart` and `own_question_apart` on each part."""
    return [
        part
        for one in custody_apart(facts, scope)
        for unsaid in aim_unsaid_apart(one, text, scope, cues)
        for civil in civil_item_apart(unsaid, text, scope, cues)
        for part in own_question_apart(civil, text)
    ]


def _asks_only_in(facts: Facts, scope: list[Clause], cues: list[Cue], start: int, end: int) -> set[Ask]:
    """The asks of `facts` read only between `start` and `end`, when others are read elsewhere."""
    mine = [c for c in cues if c.ask in facts.asks and any(s.start <= c.start < s.end for s in scope)]
    here = {c.ask for c in mine if start <= c.start < end}
    elsewhere = {c.ask for c in mine if not start <= c.start < end}
    return here if here and elsewhere and not here & elsewhere else set()


def _with_aim(facts: Facts, asks: set[Ask], purpose: Purpose, words: str) -> list[Facts]:
    """`facts` split in two: `asks` a request of their own with `purpose`, said in `words`."""
    apart = facts.with_asks(frozenset(asks), purpose=purpose)
    apart = apart.model_copy(
        update={
            "evidence": {**apart.evidence, "purpose": words},
            "sources": {**apart.sources, "purpose": Source.STATED},
        }
    )
    return [facts.with_asks(facts.asks - asks), apart]


def aim_unsaid_apart(facts: Facts, text: Text, scope: list[Clause], cues: list[Cue]) -> list[Facts]:
    """Two asks of one agency, the officer saying of one that no reason was given: "(a) joint op
    tonight on a fentanyl stash, (b) agent wants alerts set on 3 names, didn't say for what". The
    aim read for the first is not the second's; the second is a request of its own, its aim unknown.
    """
    if len(facts.asks) < 2 or facts.purpose is Purpose.UNKNOWN or "purpose" not in facts.evidence:
        return [facts]
    norm = text.norm
    for clause in scope:
        for unsaid in PURPOSE_UNSTATED.finditer(norm, clause.start, clause.end):
            start, _ = sentence_bounds(norm, unsaid.start(), unsaid.end())
            if len(norm[start : unsaid.start()].split()) <= 2 and start > 1:
                # "... asked me to set an alert on a name. didn't say why", "... I don't have details on
                # that one": said of the sentence before
                start, _ = sentence_bounds(norm, start - 1, start - 1)
            start = max([start, *(m.end() for m in _LIST_ITEM.finditer(norm, start, unsaid.start()))])
            here = _asks_only_in(facts, scope, cues, start, unsaid.start())
            if not here or facts.evidence["purpose"] in text.words(start, unsaid.end()):
                continue  # (the aim read is said in the same words as the ask said to have none)
            return _with_aim(facts, here, Purpose.UNKNOWN, text.words(unsaid.start(), unsaid.end()))
    return [facts]


def civil_item_apart(facts: Facts, text: Text, scope: list[Clause], cues: list[Cue]) -> list[Facts]:
    """One agency's numbered asks, one of them removal in so many words: "ICE wants (1) an office at
    the 70 for their HSI gang guys - criminal cases only - and (2) to use one of our interview rooms to
    question our prisoners about their status". The criminal aim of the first is not the second's."""
    if len(facts.asks) < 2 or facts.purpose is not Purpose.CRIMINAL_INVESTIGATION:
        return [facts]
    norm = text.norm
    for item, end in _list_items(norm):
        civil = CIVIL_STRONG.search(norm, item.end(), end)
        if civil is None and facts.agency in DHS_FAMILY:
            civil = CIVIL_WEAK.search(norm, item.end(), end)  # ("help grab him" is the FBI's arrest too)
        if civil is None or is_negated(norm, civil.start()):
            continue
        here = _asks_only_in(facts, scope, cues, item.end(), end)
        if here and facts.evidence.get("purpose", "") not in text.words(item.end(), end):
            return _with_aim(facts, here, Purpose.CIVIL_IMMIGRATION, text.words(civil.start(), civil.end()))
    return [facts]


_ASK_OF_US = re.compile(
    r"\b(?:wants?|wanted|asking|asked|asks|needs?|needed|yelling at|telling|told|requesting|requested|would like|"
    r"'d like)\s+(?:us|me|(?:our|my) (?:guys|officers|cops|unit|team|squad|detectives?|people|pct|precinct|men|uniforms|pos))\s+to\s+(?:\(?\d\)\s*|[a-c]\)\s*)?(?!be\b)"
    # ("RTCC asked me to ask": to put the question to the bot, not something asked of us)
    r"(?!ask\s*(?:[.!?]|$|you\b|the bot\b|here\b|about (?:it|this|that)\b))\w+|"
    # "the agent asked me something about the neighbors": a question put to us, whatever it is
    r"\b(?:agents?|he|she|they|ice|hsi|cbp|ero|feds?)\s+(?:then |also |later )?(?:asked|asks|asking)\s+(?:us|me)\s+"
    r"(?:something|about|for|if|whether|which|where|who|what|when|how)\b|"
    # "and asks for our debriefs on the clique": something of ours asked for by name (records of
    # any kind are read where the message names them: "asking for our robbery paperwork")
    r"\b(?:asks?|asking|asked|requests?|requesting|requested) for (?:our|your|the nypd's|nypd's|the department's)\s+"
    rf"(?!(?:[\w'-]+ ){{0,2}}(?:{RECORDS}|paperwork)\b)\w+"
)
# Who in our own house puts a question to the officer: not the federal agency asking something of us.
_IN_HOUSE_ASKER = re.compile(
    r"\b(?:lieutenant|lt\.?|lou|sergeant|sgt\.?|sarge|captain|capt\.?|co|c\.o\.|xo|inspector|chief|boss|supervisor|"
    r"desk officer|aide|partner|ico|integrity control officer|legal bureau|records room|dt|detective|squad|"
    r"property clerk|clerk|the desk|command|delegate|tour commander|platoon commander|training (?:sgt|sergeant))(?:'s)?\s+$"
)
_CHECK_FIRST = re.compile(
    r"(?:confirm|check|verify|clear|run|ask|find out|make sure|double[- ]check|get (?:an answer|a ruling|guidance))\b"
)
_LIST_ITEM = re.compile(LIST_MARKER)
# an item of a numbered list that asks something ("2) to put the plate on our alert list"), not a fact
_ITEM_ASKS = re.compile(
    r"\s*(?:to \w+|(?:[\w']+,? ){0,4}(?:wants?|asking|asked|asks|needs?|would like|'d like|requests?|requesting)\b|"
    r"(?:[\w'-]+ ){0,8}to (?:come|go|get|put|take|enter|search|use|have|see|talk|interview|pick|hold|keep|run|send|"
    r"give|share|add|set|place|walk|drive|borrow|park|sit|help|join)\b)"
)


def unread_in(norm: str, scope: list[Clause], cues: list[Cue], status_at: int | None = None) -> re.Match[str] | None:
    """`_unread_ask` over the asks read within this request's clauses."""
    read_at = [c.start for c in cues if any(s.start <= c.start < s.end for s in scope)]
    return _unread_ask(norm, scope, read_at + ([status_at] if status_at is not None else []))


_REFERS_BACK = re.compile(
    r"(?:set (?:it|that|this) up|arrange (?:it|that|this)|do (?:it|that|this)|handle (?:it|that|this)|make (?:it|that|this) happen)\b"
)
_NOBODY_ASKED = re.compile(
    r"\b(?:nobody|no one|none of them|never|not|n't)(?:'s|s)?\b(?: (?:has|have|had|ever|once|even|really|is))* ?\w?$"
)


def _list_items(norm: str) -> list[tuple[re.Match[str], int]]:
    """Each list marker ("(2)", "b)") with where its item ends: the next marker, or the message's end."""
    items = list(_LIST_ITEM.finditer(norm))
    ends = [following.start() for following in items[1:]] + ([len(norm)] if items else [])
    return list(zip(items, ends, strict=True))


def _unread_ask(norm: str, scope: list[Clause], read_at: list[int]) -> re.Match[str] | None:
    """A request made of us ("wants us to ...", a numbered item asking something) with no ask read
    in the words that follow it."""
    for clause in scope:
        # the ask may run past the clause's end ("want us to | also babysit ...")
        for match in _ASK_OF_US.finditer(norm, clause.start, min(len(norm), clause.end + 40)):
            if match.start() >= clause.end:
                break
            asked_to = match.end() - len(match.group().split()[-1])  # where the verb asked of us begins
            if _IN_HOUSE_ASKER.search(norm, max(0, match.start() - 30), match.start()) and _CHECK_FIRST.match(
                norm, asked_to
            ):
                continue  # "the lieutenant asked me to run it by you": our chain of command asking us to check
            if _NOBODY_ASKED.search(norm, max(0, match.start() - 20), match.start() + 1):
                continue  # "nobody has asked me to do anything about his visa": nothing asked
            if CIVILIAN_ASKER.search(norm, max(0, match.start() - 40), match.start()):
                continue  # "the Popeyes manager asked us to move the RMP": not a federal request
            if _REFERS_BACK.match(norm, asked_to) and read_at:
                continue  # "FBI wants to look at the phone ... they want us to set it up": the ask read elsewhere
            if not any(match.start() <= at <= match.end() + 60 for at in read_at):
                return match
    for item, item_end in _list_items(norm):
        # (the item's own opening words: a closing "send both?" shared by every request is not the item)
        in_scope = any(c.start <= item.end() + 3 and min(c.end, item_end) - max(c.start, item.end()) > 3 for c in scope)
        if not in_scope or not _ITEM_ASKS.match(norm, item.end()):
            continue
        # "they want 1) to take him": the words read may begin just before the marker
        if not any(item.start() - 15 <= at < item_end for at in read_at):
            return item
    return None


# "HSI wants our arrest list ..., and one of their agents just got punched": something asked
# of us by name, beside an emergency, that the reader could not place
_WANTS_SOMETHING = re.compile(
    r"\b(?:wants?|wanted|asking for|asked for|asks for|requesting|requested|needs?)\s+"
    r"(?:our|the|a|an|all|copies|copy|his|her|their|some|any)\b"
    # help in the emergency itself is the response, not another request
    r"(?!\s+(?:help|backup|back-up|assistance|hand|cavalry|units?|cars?|cops|officers|guys|people|ambulance|ems|bus|medics?|"
    r"divers?|boats?|launch(?:es)?|swimmers?|paramedics)\b)"
    # ("asking for the bird to help look for the guy who hit them", "an explosives dog sweep": a unit's means)
    r"(?!\s+(?:[\w'-]+ )?(?:bird|helicopter|chopper|aviation|k-?9|dogs?|bomb squad|esu|explosives?)\b(?! (?:footage|video|feed|tape|camera|records?|logs?)\b))"
    # ("delegate here, asking for a member": on a member's behalf)
    r"(?!\s+(?:member|colleague|friend|co-?worker)\b)"
)


def wants_unread(norm: str, scope: list[Clause], cues: list[Cue]) -> bool:
    read_at = [c.start for c in cues if c.ask is not Ask.PUBLIC_SAFETY_RESPONSE]
    return any(
        not any(match.start() <= at <= match.end() + 60 for at in read_at)
        for clause in scope
        for match in _WANTS_SOMETHING.finditer(norm, clause.start, clause.end)
    )


# "CBP agents are yelling at us to help clear the floor": help in the emergency is the response itself
_HELP_IN_THE_EMERGENCY = re.compile(
    r"\b(?:help|assist|aid)\b(?:\s+(?:us|them|him|her|out))?\s*(?:with\s+(?:the\s+)?)?"
    # ("agents asking us to help get residents out" of a burning building)
    r"(?:clear|evacuat\w*|get (?:the |all the )?(?:people|everyone|everybody|them|folks|residents|tenants|families|kids|children) out|"
    r"put out|carry|pull|rescue|treat|stop the|with the (?:fire|victim|injured|wounded))\b|"
    # "FPS and ICE officers asking us to come clear it" (the suspicious package)
    r"\b(?:come (?:and |to )?|respond (?:and |to )?)?(?:clear|sweep|render safe|x-?ray|check out) (?:it|the (?:package|device|bag|item|box|parcel|suitcase|"
    r"backpack|lobby|building|station|platform|train|area))\b|"
    # "a patient's brother started swinging at one of them. hospital police asking us to step in"
    r"\b(?:step in|intervene|jump in|get involved)(?=\s*(?:[.?!,;]|$|now\b|here\b))|"
    # "2 civilians hurt, ICE agents on scene asking us to come": come to the emergency
    r"\b(?:come|respond|roll|come over|get (?:over )?(?:here|there))(?=\s*(?:[.?!,;]|$|now\b|asap\b|quick\b))|"
    # "people are in the water. CBP is asking us to help. go?": help and nothing more, beside the emergency
    r"\b(?:help|assist)(?:\s+(?:us|them|him|her|out))?(?:\s+(?:now|asap|right away|immediately))?\s*(?:[.!?]|$)"
)


# "two people went in the water, CBP asking for our launch and divers": the rescue's own means
_RESCUE_MEANS = re.compile(
    r"(?:launch(?:es)?|divers?|dive team|scuba|boats?|harbor unit|ambulances?|ems|medics?|paramedics|esu|swimmers?)\b"
)


def help_in_the_emergency(norm: str, scope: list[Clause], cues: list[Cue]) -> bool:
    """Every unread ask of us is a call for help with the emergency read beside it."""
    if not any(c.ask is Ask.PUBLIC_SAFETY_RESPONSE for c in cues):
        return False
    asks = [m for clause in scope for m in _ASK_OF_US.finditer(norm, clause.start, clause.end)]
    return bool(asks) and all(
        _HELP_IN_THE_EMERGENCY.search(norm, asked := m.end() - len(m.group().split()[-1]), m.end() + 40)
        or _RESCUE_MEANS.match(norm, asked)
        for m in asks
    )


def without_clauses(text: Text, others: list[Clause]) -> Text:
    """The text with these clauses blanked (same length, same map to the original)."""
    keep = [True] * len(text.norm)
    for clause in others:
        keep[clause.start : clause.end] = [False] * (clause.end - clause.start)
    norm = "".join(c if kept else " " for c, kept in zip(text.norm, keep, strict=True))
    return Text(text.original, norm, text.origin)


def doubt_a_criminal_aim_beside_removal(
    read: list[tuple[Facts, list[Clause]]], parties: list[Party | None]
) -> list[tuple[Facts, list[Clause]]]:
    """One agency asking for one thing to remove someone and another for a criminal case: the
    criminal aim may serve the removal too, so it cannot carry a permission on its own."""
    civil = {
        id(party) for (facts, _), party in zip(read, parties, strict=True) if facts.purpose is Purpose.CIVIL_IMMIGRATION
    }
    doubted: list[tuple[Facts, list[Clause]]] = []
    for (facts, scope), party in zip(read, parties, strict=True):
        if party is not None and id(party) in civil and facts.purpose is Purpose.CRIMINAL_INVESTIGATION:
            facts = facts.model_copy(update={"sources": {**facts.sources, "purpose": Source.HEDGED}})
        doubted.append((facts, scope))
    return doubted


# "an HSI agent on the same case", "the pistol sent to their lab, same case", "(same case)"
# ("HSI wants a heads up on his next court date, same carjacking case": the crime named between)
_SAME_CASE = re.compile(
    r"\b(?:(?:on|in|for|from|working) (?:the )?|, |\()same (?:[\w-]+ )?(?:case|investigation|indictment)\b"
)


def carry_the_same_case(read: list[tuple[Facts, list[Clause]]]) -> list[tuple[Facts, list[Clause]]]:
    """ "DEA wants our DD5s for their 841 case, and the ATF agent wants the pistol traced, same case":
    the second agency's aim is the criminal case the first one named, in the officer's own words.
    Only for the FBI, DEA, ATF and Marshals is it stated; for a DHS component (whose agents also
    serve removal) or an agency left unnamed it is carried as hedged: it can route the request,
    never permit it on its own."""
    named, named_scope = next(
        (
            (facts, scope)
            for facts, scope in read
            if facts.purpose is Purpose.CRIMINAL_INVESTIGATION and facts.source_of("purpose") is Source.STATED
        ),
        (None, []),
    )
    if named is None:
        return read
    carried: list[tuple[Facts, list[Clause]]] = []
    for facts, scope in read:
        # in this request's own words ("Two requests, same case." heads both: it says nothing of
        # either aim), or in the clause naming its agency ("(b) an HSI agent ... for the same case")
        here = re.compile(rf"\b{re.escape(facts.evidence.get('agency', '').lower())}\b")
        own = [c for c in scope if c not in named_scope or ("agency" in facts.evidence and here.search(c.text))]
        same = next((m for c in own if (m := _SAME_CASE.search(c.text))), None)
        if (
            same is not None
            and facts.purpose is Purpose.UNKNOWN
            and facts is not named
            # ("... an HSI agent asked for the same report without saying why": the officer's word on
            # this request stands; ERO, the removal arm, keeps its presumption)
            and "purpose" not in facts.evidence
            and facts.agency is not Agency.ICE_ERO
        ):
            facts = facts.model_copy(
                update={
                    "purpose": Purpose.CRIMINAL_INVESTIGATION,
                    "evidence": {**facts.evidence, "purpose": f"{named.evidence.get('purpose', '')} ({same.group(0)})"},
                    "sources": {
                        **facts.sources,
                        "purpose": Source.STATED if facts.agency in CRIMINAL_AGENCIES else Source.HEDGED,
                    },
                }
            )
        carried.append((facts, scope))
    return carried


def final_requests(read: list[tuple[Facts, list[Clause]]], text: Text) -> list[Facts]:
    """The message's requests once withdrawn ones are dropped, "the same" asked by a second agency is
    read as what the first asked, and empty duplicates are dropped."""
    return drop_empty_duplicates(_the_same_asked(drop_withdrawn(read, text.norm), text))


# "DEA wants our DOA reports and the 911 call, and an HSI agent working with them wants the same package"
_SAME_ASKED = re.compile(
    r"\b(?:wants?|wanted|asks?(?: for)?|asking(?: for)?|asked(?: for)?|requested|requesting|needs?) (?:the )?(?:exact )?same "
    r"(?:package|thing|things|stuff|records?|info(?:rmation)?|material|docs|documents|files?|reports?|ones?|lists?|extracts?|"
    r"data|footage|videos?|printouts?|cop(?:y|ies)|spreadsheets?|exports?)\b|"
    # "DEA wants our buy reports ... an HSI agent on the same case wants them too"
    r"\b(?:wants?|wanted|needs?|asking for|asked for|asks for|requested) (?:them|those|these|it|that|copies|a copy) (?:too|as well|also)\b|"
    # "ERO wants the list cc'd to them ... can I just add them to the email?": copied on what was sent
    r"\b(?:cc|cc'd|cc'ed|ccd|copy|loop|looped|add|added) (?:them|him|her|ero|ice|hsi|cbp|dhs|the agents?) "
    r"(?:on|to|in on|into) (?:the |that |this |my |our )?(?:same )?(?:email|e-mail|thread|chain|distro|distribution list|mailing list)\b"
)


def _the_same_asked(read: list[tuple[Facts, list[Clause]]], text: Text) -> list[Facts]:
    asked = [facts for facts, _ in read if facts.asks]
    out = []
    for facts, scope in read:
        same = next((m for c in scope if (m := _SAME_ASKED.search(text.norm, c.start, c.end))), None)
        if not facts.asks and same is not None and len(asked) == 1:
            words = text.words(same.start(), same.end())
            copied = sorted(asked[0].asks)  # (in one order in every process: evidence and sources keep it)
            facts = facts.model_copy(
                update={
                    "asks": asked[0].asks,
                    "evidence": {**facts.evidence, **{f"asks.{a.value}": words for a in copied}},
                    "sources": {**facts.sources, **{f"asks.{a.value}": Source.STATED for a in copied}},
                }
            )
        out.append(facts)
    return out


def drop_withdrawn(read: list[tuple[Facts, list[Clause]]], norm: str) -> list[tuple[Facts, list[Clause]]]:
    """A request whose every ask was taken back ("ICE ERO wanted his next court date - but they
    called back and withdrew it") is no request, beside one that is still asked."""
    if not any(facts.asks for facts, _ in read):
        return read
    kept = []
    for n, (facts, scope) in enumerate(read):
        # ("... their supervisor pulled that request. send the DD5s?": the closing question is the other's)
        elsewhere = {ask for m, (other, _) in enumerate(read) if m != n for ask in other.asks}
        if (not facts.asks or facts.asks <= elsewhere) and any(WITHDRAWN.search(norm, c.start, c.end) for c in scope):
            continue
        kept.append((facts, scope))
    return kept or read


def drop_empty_duplicates(facts: list[Facts]) -> list[Facts]:
    """When no request in the message states an ask, it is one request (the first agency's)."""
    asking = [f for f in facts if f.asks]
    if not asking:
        return facts[:1]
    return facts
