"""Requests: how one message becomes several (each agency's clauses, one agency's custody and
information asks, an emergency beside a request), and the message-level checks (keyboard
mash, hypotheticals set aside)."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.facts.lexicon import (
    CIVIL_STRONG,
    CRIME_TERMS,
    CRIMINAL_EXPLICIT,
    IMMIGRATION_CRIME,
    INVESTIGATION_CONTEXT,
)
from bot.facts.model import Agency, Ask, Facts, Purpose, Source, Warrant
from bot.facts.parties import Party
from bot.facts.purpose import RELAYED, asks_in, is_own_assignment, paper_kind_in
from bot.facts.spans import ADMIN, AGENCY_NAMES, CRIMINAL_AGENCIES, DHS_FAMILY, RECORD_WORDS, Cue, sentence_bounds
from bot.facts.text import Clause, Text, is_negated


def request_scopes(
    norm: str, parties: list[Party], shared: list[Clause], cues: list[Cue]
) -> list[tuple[Party | None, list[Clause]]]:
    """Each request's clauses.

    - DHS paperwork (a detainer, an I-200) named in another agency's clauses belongs to the
      DHS agency of the message ("DEA wants to interview him; there's also an I-247A on him and
      ICE wants a call").
    - An agency that asks nothing of its own is quoted by one that does ("FBI asked for the
      address, says ICE wants to deport him"): its words join that request.
    - One agency asking on two kinds of paperwork, each with its own ask ("Alvarez only has an
      I-247A, they want him held; Okafor has a judge's warrant, they want him transferred"),
      makes two requests.
    """
    dhs = [p for p in parties if p.agency in DHS_FAMILY]
    for party in parties:
        if party.agency in DHS_FAMILY or not dhs:
            continue
        moved = [
            c
            for c in party.clauses
            if paper_kind_in(norm, c) == "civil"
            and not any(m.start >= c.start and m.start < c.end for m in party.mentions)
        ]
        for clause in moved:
            party.clauses.remove(clause)
            if clause not in dhs[0].clauses:
                dhs[0].clauses.append(clause)
                dhs[0].clauses.sort(key=lambda c: c.start)
    asking = [p for p in parties if asks_in(p.clauses, cues, norm)]
    if asking:
        kept = []
        for party in parties:
            if party in asking:
                kept.append(party)
                continue
            if all(RELAYED.search(norm[max(0, m.start - 30) : m.start]) for m in party.mentions):
                # quoted by the agency that asks ("says ICE wants to deport him"): its words join that request
                before = [p for p in asking if p.mentions[0].start < party.mentions[0].start]
                host = before[-1] if before else asking[0]
                host.clauses.extend(c for c in party.clauses if c not in host.clauses)
                host.clauses.sort(key=lambda c: c.start)
            elif not all(is_own_assignment(norm, m) for m in party.mentions):
                kept.append(party)  # an agency whose ask we could not read is still a request: it will be asked about
        parties = kept
    first_item = next((n for n, c in enumerate(shared) if _PERSON_ITEM.match(c.text)), None)
    if len(parties) == 1 and first_item is not None:
        # "Prisoner 1: I-247A only. ICE wants him held. Prisoner 2: ...": the first item is the
        # agency's, though it comes before the agency is named
        parties[0].clauses[:0] = shared[first_item:]
        shared = shared[:first_item]
    scopes: list[tuple[Party | None, list[Clause]]] = []
    own: list[Clause] = []
    for party in parties:
        # "1) FBI wants the report ... 2) can I ask him about his status?": the officer's own
        # question, in words that name no agency, is a request of its own beside the agency's
        mine = _own_question_clauses(norm, party)
        if mine and asks_in([c for c in party.clauses if c not in mine], cues, norm):
            # with the words just before it that name no agency and ask nothing: its context
            first = party.clauses.index(mine[0])
            context: list[Clause] = []
            for clause in reversed(party.clauses[:first]):
                if _names(party, clause) or asks_in([clause], cues, norm):
                    break
                context.insert(0, clause)
            own += context + mine
            party.clauses[:] = [c for c in party.clauses if c not in mine]
        for item in _person_items(norm, party.clauses, cues):
            for paper in _paper_segments(norm, item, cues, party.agency):
                for segment in _kind_segments(norm, paper, cues, _purpose_kind):
                    scopes.append((party, sorted(segment + shared, key=lambda c: c.start)))
    if own:
        scopes.append((None, sorted(own + shared, key=lambda c: c.start)))
    return scopes


_OWN_QUESTION = re.compile(
    r"\b(?:(?:can|may|should|could) (?:i|we|my partner)|(?:i|we|my partner|partner|the det|det|detective|our det|my det|the dt) "
    r"(?:wants?|would like|needs?|plans?) to)\b.{0,20}\b(?:ask|question)\b.{0,60}"
    r"\b(?:status|legal|legally|illegal|illegally|papers|citizen|citizenship|green card|visa|undocumented|immigration)\b"
)
# "Prisoner 1 (DWI): ...", "• Prisoner B: ...", "second guy: ...": a labelled item about one person
_PERSON_ITEM = re.compile(
    r"\W*(?:(?:prisoner|subject|person|perp|defendant|collar|arrestee|male|female|guy|individual|suspect|detainee)\s*"
    r"(?:#\s*|no\.?\s*)?(?:[1-9]|[a-d])\b|(?:the )?(?:first|second|third|other) (?:prisoner|subject|person|perp|guy|one|collar|male|female)\b\s*[:(-])"
)


def _person_items(norm: str, clauses: list[Clause], cues: list[Cue]) -> list[list[Clause]]:
    """A party's clauses split by labelled person items, each item a request of its own.

    "Prisoner 1: I-247A only, ICE wants him held. Prisoner 2: a magistrate's warrant.": each
    person's paper decides for that person. The words before the first item belong to every
    item; an item that asks nothing itself takes the clauses that ask in the others ("what do I
    tell both desks") unless those clauses name paperwork or an aim of their own.
    """
    starts = [n for n, clause in enumerate(clauses) if _PERSON_ITEM.match(clause.text)]
    if len(starts) < 2:
        return [clauses]
    header = clauses[: starts[0]]
    items = [clauses[a:b] for a, b in zip(starts, [*starts[1:], len(clauses)], strict=True)]
    borrowable = [
        c
        for item in items
        for c in item
        if asks_in([c], cues, norm) and paper_kind_in(norm, c) is None and _purpose_kind(norm, c) is None
    ]
    return [
        sorted(
            header + item + ([] if asks_in(item, cues, norm) else [c for c in borrowable if c not in item]),
            key=lambda c: c.start,
        )
        for item in items
    ]


def _own_question_clauses(norm: str, party: Party) -> list[Clause]:
    """The clauses of the officer's own status question: "my partner wants to ask the complainant
    (the victim's mom) if she's legal" runs over three clauses, none naming the agency."""
    mine: list[Clause] = []
    end = -1
    for clause in party.clauses:
        if clause.start < end:
            mine.append(clause)
            continue
        if _names(party, clause):
            continue
        match = _OWN_QUESTION.search(norm, clause.start, sentence_bounds(norm, clause.start, clause.end)[1])
        if match is not None and match.start() < clause.end:
            mine.append(clause)
            end = match.end()
    return [c for c in mine if not _names(party, c)]


def _names(party: Party, clause: Clause) -> bool:
    return any(clause.start <= m.start < clause.end for m in party.mentions)


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


_ASK_OF_US = re.compile(
    r"\b(?:wants?|wanted|asking|asked|asks|needs?|needed|yelling at|telling|told|requesting|requested|would like|"
    r"'d like)\s+(?:us|me|our (?:guys|officers|cops|unit|team|squad|detectives?|people|pct|precinct))\s+to\s+(?:\(?\d\)\s*|[a-c]\)\s*)?(?!be\b)\w+|"
    # "the agent asked me something about the neighbors": a question put to us, whatever it is
    r"\b(?:agents?|he|she|they|ice|hsi|cbp|ero|feds?)\s+(?:then |also |later )?(?:asked|asks|asking)\s+(?:us|me)\s+"
    r"(?:something|about|for|if|whether|which|where|who|what|when|how)\b"
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
_LIST_ITEM = re.compile(r"(?<![\w(])\(?(?:[1-9]|[a-e])\)(?=\s)")
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


_NOBODY_ASKED = re.compile(
    r"\b(?:nobody|no one|none of them|never|not|n't)\b(?: (?:has|have|had|ever|once|even|really))* ?\w?$"
)


def _unread_ask(norm: str, scope: list[Clause], read_at: list[int]) -> re.Match[str] | None:
    """A request made of us ("wants us to ...", a numbered item asking something) with no ask read
    in the words that follow it."""
    for clause in scope:
        # the ask may run past the clause's end ("want us to | also babysit ...")
        for match in _ASK_OF_US.finditer(norm, clause.start, min(len(norm), clause.end + 40)):
            if match.start() >= clause.end:
                break
            if _IN_HOUSE_ASKER.search(norm, max(0, match.start() - 30), match.start()) and _CHECK_FIRST.match(
                norm, match.end() - len(match.group().split()[-1])
            ):
                continue  # "the lieutenant asked me to run it by you": our chain of command asking us to check
            if _NOBODY_ASKED.search(norm, max(0, match.start() - 20), match.start() + 1):
                continue  # "nobody has asked me to do anything about his visa": nothing asked
            if not any(match.start() <= at <= match.end() + 60 for at in read_at):
                return match
    items = list(_LIST_ITEM.finditer(norm))
    ends = [following.start() for following in items[1:]] + ([len(norm)] if items else [])
    for item, item_end in zip(items, ends, strict=True):
        in_scope = any(min(c.end, item_end) - max(c.start, item.end()) > 3 for c in scope)
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
    r"(?!\s+(?:help|backup|back-up|assistance|hand|cavalry|units?|cars?|cops|officers|guys|people|ambulance|ems|bus|medic)\b)"
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
    r"(?:clear|evacuat\w*|get (?:people|everyone|them|folks) out|put out|carry|pull|rescue|treat|stop the|with the (?:fire|victim|injured|wounded))\b"
)


def help_in_the_emergency(norm: str, scope: list[Clause], cues: list[Cue]) -> bool:
    """Every unread ask of us is a call for help with the emergency read beside it."""
    if not any(c.ask is Ask.PUBLIC_SAFETY_RESPONSE for c in cues):
        return False
    asks = [m for clause in scope for m in _ASK_OF_US.finditer(norm, clause.start, clause.end)]
    return bool(asks) and all(
        _HELP_IN_THE_EMERGENCY.search(norm, m.end() - len(m.group().split()[-1]), m.end() + 40) for m in asks
    )


def emergency_apart(facts: Facts, unread: bool = False) -> list[Facts]:
    """ "An agent got jumped, and he wants us to catch the guy they came to deport": responding to
    the violence is one request (answered at once), the enforcement asked beside it another. An
    ask beside it that could not be read ("now they want us to <...>") is that other request,
    with no ask: the officer is asked what it is."""
    if Ask.PUBLIC_SAFETY_RESPONSE not in facts.asks or (len(facts.asks) == 1 and not unread):
        return [facts]
    emergency = _purpose_set(facts.with_asks(frozenset({Ask.PUBLIC_SAFETY_RESPONSE})), Purpose.PUBLIC_SAFETY)
    rest = facts.with_asks(facts.asks - {Ask.PUBLIC_SAFETY_RESPONSE})
    if rest.purpose is Purpose.PUBLIC_SAFETY:  # the emergency's purpose, not the other request's
        rest = _purpose_set(rest, Purpose.UNKNOWN)
    return [emergency, rest]


def _purpose_set(facts: Facts, purpose: Purpose) -> Facts:
    """These facts with a purpose of the split itself, not one read from words: no evidence, no source."""
    return facts.model_copy(
        update={
            "purpose": purpose,
            "evidence": {k: v for k, v in facts.evidence.items() if k != "purpose"},
            "sources": {k: v for k, v in facts.sources.items() if k != "purpose"},
        }
    )


_KEYBOARD_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
# "Also, hypothetically, if ICE comes back tomorrow ...", "and suppose he texts back next month",
# "what if ICE calls tomorrow": a request that may come later is not before the officer now
_HYPOTHETICAL = re.compile(
    r"(?:^|(?<=[.?!]))\s*(?:(?:and|also|but|oh|plus|separate thing|separately)\W+)*"
    r"(?:what if|hypothetically|suppose|supposing|let's say|lets say|and if|if later|if (?:after|later|tomorrow|next))\b"
    r"[^.?!]*[.?!]?"
)
_LATER = re.compile(
    r"\b(?:tomorrow|later|next (?:week|month|time)|comes? back|calls? back|texts? back|down the road|in the future|"
    r"after (?:we|that|he|she)|afterwards|what then|then what|hypothetically|suppose|supposing|what if)\b"
)


def set_aside_hypotheticals(text: Text) -> Text:
    """Blank the sentences that ask about a request that may come later, when the rest of the
    message is a question of its own; a message that is only "what if" is still read."""
    spans = [m.span() for m in _HYPOTHETICAL.finditer(text.norm) if _LATER.search(m.group(0))]
    if not spans:
        return text
    chars = list(text.norm)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    rest = "".join(chars)
    if not re.search(r"\w", rest) or not _ASKING_REST.search(rest):
        return text
    return Text(text.original, rest, text.origin)


# "(Earlier this week HSI called the CO about something completely different, not my question.)",
# "Earlier in the tour ICE called about somebody else, the desk told them no, unrelated": another
# agency told as background, set aside so it cannot lend its name to the request asked about
_BACKGROUND_MARK = re.compile(
    r"\b(?:(?<!an )unrelated(?! (?:collar|arrest|charge|case|matter|job|warrant|incident))|not related|(?:a |that'?s a |completely |totally )?different (?:story|thing|matter|case|issue)|"
    r"something (?:completely |totally |entirely )?(?:different|else)|not (?:my|the) question|"
    r"not asking about (?:that|them|it|this)|about (?:somebody|someone) else|separate (?:thing|matter|issue))\b"
)
_SENTENCE = re.compile(r"[^.?!\n]+[.?!)]*")
_AGENCY_NAMED = re.compile(rf"\b{AGENCY_NAMES}\b")
_ASKED_OF_US = re.compile(
    r"\b(?:asked|asks|asking|wants?|wanted|needs?|requested|requests?) (?:me|us|if (?:i|we)|whether (?:i|we)|for|to|our|that (?:i|we))\b|"
    r"\b(?:can|could|should|may) (?:i|we)\b"
)
_AGENCY_WORD = re.compile(rf"\b(?:{AGENCY_NAMES}|federal)\b")


def set_aside_background(text: Text) -> Text:
    """Blank sentences that tell of another agency as background ("not my question", "unrelated"),
    when the rest still names an agency and asks something."""
    # ("the agent also asked if I could look up an address for his friend at ERO, unrelated": still asked of us)
    if not _BACKGROUND_MARK.search(text.norm):
        return text
    spans = [
        m.span()
        for m in _SENTENCE.finditer(text.norm)
        if (mark := _BACKGROUND_MARK.search(m.group(0))) is not None
        and _AGENCY_NAMED.search(m.group(0), 0, mark.start())  # the agency named, then set aside
        and not _ASKED_OF_US.search(m.group(0))
    ]
    if not spans:
        return text
    chars = list(text.norm)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    rest = "".join(chars)
    if not _AGENCY_WORD.search(rest) or not _ASKING_REST.search(rest):
        return text
    return Text(text.original, rest, text.origin)


_ASKING_REST = re.compile(
    r"\b(?:wants?|wanted|asks?|asked|asking|request\w*|needs?|can (?:i|we)|should (?:i|we)|may (?:i|we)|"
    r"is (?:it|that|this) (?:ok|okay|allowed|fine)|do (?:i|we))\b|\?"
)


def keyboard_mash(norm: str) -> bool:
    """Runs of neighbouring keys ("sdfg", "hjkl", "qwe") making up a good part of the message."""
    words = re.findall(r"[a-z]+", norm)
    mashed = [w for w in words if len(w) >= 3 and any(w in row for row in _KEYBOARD_ROWS)]
    return len(mashed) >= 2 and len(mashed) * 4 >= len(words)


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


_MIXING = re.compile(
    r"\b(?:but|goal|end ?game|plan|expected|expect|really|actually|main|ultimately|in the end|outcome|eventually|"
    r"end up|ends up|real reason|bottom line)\b"
)


def _purpose_kind(norm: str, clause: Clause) -> str | None:
    """The aim a clause names, if any: civil removal, or a criminal case (immigration crimes too)."""
    civil = CIVIL_STRONG.search(norm, clause.start, clause.end)
    if civil and not is_negated(norm, civil.start()):
        # "but the main goal is to get him deported" is the aim of the same request (mixed), not another
        return None if _MIXING.search(norm, clause.start, clause.end) else "civil"
    if IMMIGRATION_CRIME.search(norm, clause.start, clause.end) or CRIMINAL_EXPLICIT.search(
        norm, clause.start, clause.end
    ):
        return "criminal"
    crime = CRIME_TERMS.search(norm, clause.start, clause.end)
    if crime and INVESTIGATION_CONTEXT.search(norm, clause.start, clause.end):
        # "subject was convicted of criminal possession of a weapon": the record, not an aim
        return None if RECORD_WORDS.search(norm, clause.start, clause.end) else "criminal"
    return None


def _kind_segments(
    norm: str,
    clauses: list[Clause],
    cues: list[Cue],
    kind_of: Callable[[str, Clause], str | None],
    paper: bool = False,
) -> list[list[Clause]]:
    """Clauses split where a new kind (of paperwork, of aim) comes with asks of its own: "they want to
    interview him about his removal case, and a copy of his report for a smuggling case" is two."""
    segments: list[list[Clause]] = [[]]
    kind: str | None = None
    for clause in clauses:
        this_kind = kind_of(norm, clause)
        current = segments[-1]
        if (
            this_kind
            and paper
            and _PAPER_ONLY.match(clause.text)
            and _MORE_BEFORE.search(norm, max(0, clause.start - 25), clause.start)
        ):
            # "a warrant signed by a magistrate ordering custody, plus the detainer": more paper on
            # the same person adds to the request, it does not start another
            this_kind = None
        if this_kind and kind and this_kind != kind and asks_in(current, cues, norm):
            segments.append([clause])
            kind = this_kind
            continue
        current.append(clause)
        kind = kind or this_kind
    merged = [s for s in segments if s]
    if all(asks_in(s, cues, norm) for s in merged):
        return merged
    return [[c for s in merged for c in s]]


_PAPER_ONLY = re.compile(
    r"\W*(?:plus |along with |together with |as well as |and also |also |and )?(?:a |an |the |their |his |her )?(?:[\w-]+ )?"
    r"(?:detainer|i-? ?247\w*|warrant)s?(?: too| also| as well)?\s*[.,;]?\s*$"
)
_MORE_BEFORE = re.compile(r"\b(?:plus|along with|together with|as well as|and also|also|and)\W*$")
_IMMIGRATION_DETAINER = re.compile(
    r"\bi-?247|\b247a|\beye[- ]?247|\beye two forty|\b(?:ice|immigration|dhs|ero|civil)(?:'s)? (?:[\w-]+ )?detainers?\b|\bdetain[- ]her\b"
)


def _paper_kind_of(agency: Agency | None) -> Callable[[str, Clause], str | None]:
    """The paper kind as the asking agency's words mean it: the FBI's or the Marshals' "detainer"
    rests on their criminal case, only an immigration detainer is civil paper."""
    if agency not in CRIMINAL_AGENCIES:
        return paper_kind_in

    def kind(norm: str, clause: Clause) -> str | None:
        found = paper_kind_in(norm, clause)
        if (
            found == "civil"
            and not ADMIN.search(norm, clause.start, clause.end)
            and not _IMMIGRATION_DETAINER.search(norm, clause.start, clause.end)
        ):
            return "judicial"
        return found

    return kind


def _paper_segments(
    norm: str, clauses: list[Clause], cues: list[Cue], agency: Agency | None = None
) -> list[list[Clause]]:
    """A party's clauses, split where a new kind of paperwork comes with asks of its own."""
    paper_kind = _paper_kind_of(agency)
    merged = _kind_segments(norm, clauses, cues, paper_kind, paper=True)
    kinds = [k for k in (paper_kind(norm, c) for c in clauses) if k]
    both = [c for c in clauses if _BOTH.search(c.text) and asks_in([c], cues, norm)]
    if len(merged) == 1 and len(set(kinds)) > 1 and both:
        # "... an I-247A for one, a judge's warrant for the other; they want both held": each paper is a request
        by_kind: dict[str, list[Clause]] = {}
        for clause in clauses:
            kind_here = paper_kind(norm, clause)
            if kind_here:
                by_kind.setdefault(kind_here, []).append(clause)
        return [sorted(group + both, key=lambda c: c.start) for group in by_kind.values()]
    return merged


# "they want both held", not "that checks both boxes"
_BOTH = re.compile(
    r"\b(?:both(?! (?:boxes|conditions|requirements|prongs|criteria|tests|things|parts|of those (?:boxes|things)))|each|"
    r"all (?:of )?(?:them|three|two)|the two)\b"
)


def drop_empty_duplicates(facts: list[Facts]) -> list[Facts]:
    """When no request in the message states an ask, it is one request (the first agency's)."""
    asking = [f for f in facts if f.asks]
    if not asking:
        return facts[:1]
    return facts
