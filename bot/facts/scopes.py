"""Which clauses of a message belong to which request: each agency's own, a list of people
split item by item, and one agency's requests on different paperwork or for different aims."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TypeVar

from bot.facts.criminal import is_record_line
from bot.facts.lexicon import (
    CIVIL_STRONG,
    CRIME_TERMS,
    CRIMINAL_EXPLICIT,
    IMMIGRATION_CRIME,
    INVESTIGATION_CONTEXT,
    NYPD_OWN_CASE,
)
from bot.facts.lexicon.purpose_unsaid import PURPOSE_UNSTATED
from bot.facts.lexicon.scope_turns import ABOUT_ONE_ASK, PAST_PAPER
from bot.facts.model import Agency, Source
from bot.facts.paper import asks_in, paper_kind_in, paper_kind_of
from bot.facts.parties import Party
from bot.facts.person_items import PERSON_ITEM, person_items
from bot.facts.relays import RELAYED, is_own_assignment
from bot.facts.spans import DHS_FAMILY, RECORD_WORDS, Cue, sentence_bounds
from bot.facts.text import Clause, is_negated
from bot.facts.watchlist import TSDB_NAME

__all__ = ["OwnWordsFirst", "request_scopes"]

T = TypeVar("T")


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
    _split_by_agency(norm, parties, cues)
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
            elif party.agency not in DHS_FAMILY and (joined := _co_requester(norm, party, asking)) is not None:
                # "U.S. Probation and the Marshals called ... hold him?": two names for one call (a DHS
                # agency on either side stays a request of its own)
                joined.clauses.extend(c for c in party.clauses if c not in joined.clauses)
                joined.clauses.sort(key=lambda c: c.start)
            elif not all(is_own_assignment(norm, m) for m in party.mentions):
                kept.append(party)  # an agency whose ask we could not read is still a request: it will be asked about
        parties = kept
    first_item = next((n for n, c in enumerate(shared) if PERSON_ITEM.match(c.text)), None)
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
        others = [p for p in parties if p is not party]
        for item in person_items(norm, party.clauses, cues, _purpose_kind, partial(_names_any, others)):
            for paper in _paper_segments(norm, item, cues, party.agency):
                for segment in _kind_segments(norm, paper, cues, _purpose_kind):
                    scopes.append((party, sorted(segment + shared, key=lambda c: c.start)))
    if own:
        scopes.append((None, sorted(own + shared, key=lambda c: c.start)))
    return scopes


_JOINED_NAMES = re.compile(r"\s*(?:and|&|\+|together with|along with)\s+(?:the\s+)?")


def _co_requester(norm: str, party: Party, asking: list[Party]) -> Party | None:
    """The asking party named right beside this one as one subject ("Probation and the Marshals called")."""
    for other in (p for p in asking if p.agency not in DHS_FAMILY):  # (a criminal case's paper never joins DHS's ask)
        for mine in party.mentions:
            for theirs in other.mentions:
                first, second = (mine, theirs) if mine.start < theirs.start else (theirs, mine)
                if _JOINED_NAMES.fullmatch(norm, first.end, second.start):
                    return other
    return None


# "give DEA the reports and hand him to ICE": where one agency's ask hands over to the other's
_AND_THEN = re.compile(r",?\s+(?:and then|and|then|plus|&)\s+")


def _split_by_agency(norm: str, parties: list[Party], cues: list[Cue]) -> None:
    """A clause naming two agencies, each beside an ask of its own ("can we give DEA the reports
    and hand him to ICE?"), is two clauses: each agency is asked only what is said to it."""
    for clause in sorted({c.start: c for p in parties for c in p.clauses}.values(), key=lambda c: c.start):
        holders = [p for p in parties if clause in p.clauses]
        if len(holders) != 2 or not all(_names(p, clause) for p in holders):
            continue
        named_at = {id(p): min(m.start for m in p.mentions if clause.start <= m.start < clause.end) for p in holders}
        first, second = sorted(holders, key=lambda p: named_at[id(p)])
        first_at = min(m.end for m in first.mentions if clause.start <= m.start < clause.end)
        joins = list(_AND_THEN.finditer(norm, first_at, named_at[id(second)]))
        if not joins:
            continue
        cut = joins[-1]
        left = Clause(clause.start, cut.start(), norm[clause.start : cut.start()])
        right = Clause(cut.end(), clause.end, norm[cut.end() : clause.end])
        if (
            _names(second, left)
            or _names(first, right)
            or not asks_in([left], cues, norm)
            or not asks_in([right], cues, norm)
        ):
            continue
        first.clauses[first.clauses.index(clause)] = left
        second.clauses[second.clauses.index(clause)] = right


_OWN_QUESTION = re.compile(
    r"\b(?:(?:can|may|should|could) (?:i|we|my partner)|(?:i|we|my partner|partner|the det|det|detective|our det|my det|the dt) "
    r"(?:wants?|would like|needs?|plans?) to)\b.{0,20}\b(?:ask|question)\b.{0,60}"
    r"\b(?:status|legal|legally|illegal|illegally|papers|citizen|citizenship|green card|visa|undocumented|immigration)\b"
)


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


def _names_any(parties: list[Party], clause: Clause) -> bool:
    return any(_names(party, clause) for party in parties)


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
    if crime and any(t.start() <= crime.start() < t.end() for t in TSDB_NAME.finditer(norm, clause.start, clause.end)):
        return None  # "a possible match in the terrorist screening database": a watchlist result, no aim
    if crime and is_record_line(norm, crime):
        return None  # "Rap: petit larceny 2023, criminal trespass 3rd 2024": his record, no aim
    if crime and NYPD_OWN_CASE.search(norm, max(clause.start, crime.start() - 60), crime.start()):
        return None  # "a detainer for a guy we arrested yesterday for assault": our charge, no aim of theirs
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
        if not paper and ABOUT_ONE_ASK.match(clause.text) and PURPOSE_UNSTATED.search(clause.text):
            this_kind = "unsaid"  # "On the alerts he didn't really say what for": that ask's aim is not given
        current = segments[-1]
        if this_kind and paper and _starts_no_new_request(norm, clause):
            this_kind = None
        if this_kind and kind and this_kind != kind and asks_in(current, cues, norm):
            # "(1) surveillance on the RICO target, (2) alerts on 4 guys. On the alerts he said it's so
            # ERO can pick them up": an aim said of one ask named before starts at that ask
            topic = ABOUT_ONE_ASK.match(clause.text)
            back = next(
                (
                    n
                    for n in range(len(current) - 1, 0, -1)
                    if topic and re.search(rf"\b{topic[1][:5]}", current[n].text) and asks_in([current[n]], cues, norm)
                ),
                None,
            )
            segments[-1:] = [current[:back], [*current[back:], clause]] if back else [current, [clause]]
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


def _starts_no_new_request(norm: str, clause: Clause) -> bool:
    """More paper on the same person adds to the request, it does not start another: "a warrant
    signed by a magistrate ordering custody, plus the detainer"; "ICE faxed an I-247A plus a warrant
    signed by a magistrate, asking us to keep him" (the second paper with the same ask). Nor does
    paper told as history: "ERO asked about him twice before ... they only had detainers"."""
    before = norm[max(0, clause.start - 25) : clause.start]
    return PAST_PAPER.search(norm, *sentence_bounds(norm, clause.start, clause.end)) is not None or bool(
        (_PAPER_ONLY.match(clause.text) and _MORE_BEFORE.search(before))
        or (
            (
                (_PAPER_FIRST.match(clause.text) and _PAPER_ADDED_BEFORE.search(before))
                or _ATTACHED.match(clause.text)
                or _THE_ATTACHED.search(clause.text)
            )
            and not _ANOTHER_PERSON.search(clause.text)
        )
    )


_PAPER_FIRST = re.compile(
    # ("a warrant for Okafor" is another person's; "a warrant for ICE custody" is the same person's)
    r"\W*(?:a |an |the |their |his |her )?(?:[\w-]+ ){0,2}(?:detainer|i-? ?247\w*|warrant)s?\b"
    r"(?! (?:for|on) (?!(?:ice |ero |dhs |immigration |federal )?(?:custody|detention|removal|arrest)\b)\w)"
)
# "ICE sent an I-247A and a warrant signed by a magistrate judge": the same person's papers
_PAPER_ADDED_BEFORE = re.compile(r"\b(?:plus|along with|together with|as well as|and also|and)\W*$")
# "ICE dropped a detainer on my prisoner. Attached is a warrant for ICE custody signed by a magistrate"
# "a judge signed the attached warrant": the paper that came with the first one
_THE_ATTACHED = re.compile(r"\bthe attached (?:warrant|page|paper|document|form)s?\b")
_ATTACHED = re.compile(
    r"\W*(?:attached (?:to it )?(?:is|was|are)|also attached|stapled (?:to it|behind it) (?:is|was)|with it (?:is|was|came))\b"
)
_ANOTHER_PERSON = re.compile(
    r"\b(?:both|each|them|they both|the other|another|second|different) (?:one|guy|man|woman|prisoner|person|subject|collar)?"
)


_MORE_BEFORE = re.compile(r"\b(?:plus|along with|together with|as well as|and also|also|and)\W*$")


def _paper_segments(
    norm: str, clauses: list[Clause], cues: list[Cue], agency: Agency | None = None
) -> list[list[Clause]]:
    """A party's clauses, split where a new kind of paperwork comes with asks of its own."""
    paper_kind = paper_kind_of(agency)
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
    r"\b(?:both(?! (?:boxes|conditions|requirements|prongs|criteria|tests|things|parts|times|of those (?:boxes|things)))|each|"
    r"all (?:of )?(?:them|three|two)|the two)\b"
)


@dataclass(frozen=True)
class OwnWordsFirst:
    """The facts of one of several requests read from its own words first, then with the words
    told before any agency was named (`shared`). ("Prisoner has a judge's warrant for fraud, USMS
    picks him up. ICE also lodged an I-247A": ICE's paper is the detainer and its aim removal, not
    the Marshals' case.)"""

    scope: list[Clause]
    shared: list[Clause]
    evidence: dict[str, str]
    sources: dict[str, Source]

    def read(self, name: str, unknown: T, reader: Callable[[list[Clause], dict[str, str], dict[str, Source]], T]) -> T:
        own = [c for c in self.scope if c not in self.shared]
        if own and len(own) < len(self.scope):
            own_evidence: dict[str, str] = {}
            own_sources: dict[str, Source] = {}
            value = reader(own, own_evidence, own_sources)
            # ("two asks on the Bay Ridge arson: ... someone from DHS wants the same report, no reason
            # given": what its own words say of the aim, even that none was given, outweighs the header)
            if (value != unknown and own_sources.get(name) is Source.STATED) or (
                name == "purpose" and value == unknown and name in own_evidence
            ):
                self.evidence.update(own_evidence)
                self.sources.update(own_sources)
                return value
        return reader(self.scope, self.evidence, self.sources)
