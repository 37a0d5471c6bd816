"""The facts reader: an officer's message in, one `Facts` per request out, with the words kept.

No language model is involved. The message is tidied (`text.normalise`), cut into clauses, and
each requesting agency gets its own clauses (`parties`), so two agencies' paperwork or purposes
never mix. Within a request each fact is read by the patterns of `lexicon`, negations are honoured,
hedged words are marked as such, and anything not clearly stated stays `unknown` so the rules ask
instead of guessing. An optional semantic layer (`semantic.py`) may fill a fact the patterns left
unknown; what it reads is marked `semantic` and can never by itself make an answer `permitted`.

This module puts one request together; each fact has its own module: `asks` (what is asked), `status` (an
officer's own status question), `warrant` (the paper), `purpose` (the agency's aim), `record` (conviction,
watchlist, re-entry); `segments` cuts a message into requests, `spans` holds what they share.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable

from bot.facts.aim_doubt import first_match
from bot.facts.asides import (
    in_agency_voice,
    keyboard_mash,
    set_aside_background,
    set_aside_bot_replies,
    set_aside_hypotheticals,
    set_aside_legal_claims,
    set_aside_unit_header,
)
from bot.facts.asks import (
    ASKED_TO_ASK,
    DOES_STATUS_MATTER,
    SEVERAL_REQUESTERS,
    STATUS_ASKS,
    agency_wants,
    ask_cues,
)
from bot.facts.emergency import emergency_apart
from bot.facts.glosses import read_in_translation
from bot.facts.lexicon.topic import IMMIGRATION_NAMED, NO_CRIME_OF_OURS
from bot.facts.model import Agency, Ask, Facts, Purpose, Source, Warrant
from bot.facts.off_topic import is_off_topic
from bot.facts.paper import only_if_another_case_fails
from bot.facts.parties import Party, find_parties
from bot.facts.purpose import read_purpose
from bot.facts.record import OffenseTable, RecordReader
from bot.facts.scopes import OwnWordsFirst, request_scopes
from bot.facts.segments import (
    carry_the_same_case,
    custody_or_aim_apart,
    doubt_a_criminal_aim_beside_removal,
    final_requests,
    help_in_the_emergency,
    unread_in,
    wants_unread,
    without_clauses,
)
from bot.facts.semantic import SemanticReader
from bot.facts.spans import (
    CRIMINAL_AGENCIES,
    DETAINER,
    DHS_FAMILY,
    HOLD_PAPER,
    IN_OUR_CUSTODY,
    NO_IMMIGRATION_CRIMES,
    Cue,
)
from bot.facts.status import status_inquiry
from bot.facts.text import Clause, Text, clauses, normalise
from bot.facts.warrant import read_warrant

__all__ = ["FactsReader"]


_CUSTODY_OR_PREMISES = frozenset(
    {Ask.HOLD, Ask.TRANSFER_CUSTODY, Ask.NOTIFY_RELEASE, Ask.ACCESS_PREMISES, Ask.ACCESS_PRISONER, Ask.OFFICE_SPACE}
)
# an officer asking what to do ("now what?"), not a notice that names the word "detainer"
_ASKING_ABOUT_IT = re.compile(
    r"\?|\bnow what\b|\bwhat (?:do|should|can) (?:i|we)\b|\bhow do (?:i|we)\b|\b(?:can|do|should|may) (?:i|we)\b"
)


class FactsReader:
    """Reads one `Facts` per request out of a message. `today()` decides "within five years"."""

    def __init__(
        self, offenses: OffenseTable, today: Callable[[], dt.date], semantic: SemanticReader | None = None
    ) -> None:
        self._record = RecordReader(offenses, today)
        self._semantic = semantic

    @property
    def semantic(self) -> SemanticReader | None:
        return self._semantic

    def read(self, question: str) -> Facts:
        """The first request of the message (most messages hold one)."""
        return self.read_message(question)[0]

    def read_message(self, question: str) -> tuple[Facts, ...]:
        """One `Facts` per request, in the order the message names them."""
        text = set_aside_legal_claims(
            set_aside_background(
                set_aside_hypotheticals(
                    set_aside_unit_header(in_agency_voice(set_aside_bot_replies(normalise(question))))
                )
            )
        )
        if keyboard_mash(text.norm):
            return (Facts(off_topic=True),)  # "sdfg ICE hold hjkl;; detainer qwe": not a question
        parts = clauses(text.norm)
        parties, shared = find_parties(text.norm, parts)
        cues = ask_cues(text.norm, parts)
        person = self._person_facts(text)
        scopes: list[tuple[Party | None, list[Clause]]] = (
            request_scopes(text.norm, parties, shared, cues) if parties else [(None, list(parts))]
        )
        split = Counter(id(party) for party, _ in scopes if party is not None)
        read = [
            (
                self._request(
                    text,
                    party,
                    scope,
                    cues,
                    # one agency, two people ("prisoner A: ... TSDB match. prisoner B: just an I-247A"): own records
                    self._person_facts(
                        without_clauses(text, [c for p, other in scopes if p is party for c in other if c not in scope])
                    )
                    if party is not None and split[id(party)] > 1
                    else person,
                    len(scopes) == 1,
                    # the words before any agency lead into the first one's request, not a later one's
                    shared if party is not None and party is not scopes[0][0] else [],
                ),
                scope,
            )
            for party, scope in scopes
        ]
        read = doubt_a_criminal_aim_beside_removal(read, [party for party, _ in scopes])
        read = carry_the_same_case(read)
        read = [
            (facts, scope)
            for facts, scope in read
            for facts in emergency_apart(
                facts,
                (unread_in(text.norm, scope, cues) is not None and not help_in_the_emergency(text.norm, scope, cues))
                or wants_unread(text.norm, scope, cues),
            )
        ]
        read = [(part, scope) for facts, scope in read for part in custody_or_aim_apart(facts, text, scope, cues)]
        if self._semantic is not None:
            read = [(self._semantic.fill(facts, scope, text), scope) for facts, scope in read]
            # "might be undocumented, does that matter?": whether status counts is the question, not an ask
            read = [
                (facts, scope)
                if not (facts.asks & STATUS_ASKS and DOES_STATUS_MATTER.search(text.norm))
                or facts.source_of("asks") is not Source.SEMANTIC
                else (facts.with_asks(facts.asks - STATUS_ASKS), scope)
                for facts, scope in read
            ]
        requests = final_requests(read, text)
        if len(requests) == 1 and (both := SEVERAL_REQUESTERS.search(text.norm)) is not None:
            # "the marshals and <someone we could not name> both want him": a second requester went
            # unread, so what we read of the first can route the message but never permit it
            only = requests[0]
            hedged = {f"asks.{ask.value}": Source.HEDGED for ask in sorted(only.asks)}
            requests = [
                only.model_copy(
                    update={
                        "sources": {**only.sources, **hedged},
                        "evidence": {**only.evidence, **{k: text.words(*both.span()) for k in hedged}},
                    }
                )
            ]
        return read_in_translation(requests, question)

    # ------------------------------------------------------------------ one request
    def _request(
        self,
        text: Text,
        party: Party | None,
        scope: list[Clause],
        cues: list[Cue],
        person: dict[str, tuple[object, str, Source]],
        alone: bool = True,
        shared: list[Clause] | None = None,  # of several requests: each one's own words come first
    ) -> Facts:
        norm = text.norm
        evidence: dict[str, str] = {}
        sources: dict[str, Source] = {}

        def within(position: int) -> bool:
            return any(c.start <= position < c.end for c in scope)

        agency = Agency.UNKNOWN
        if party is not None:
            agency = party.agency
            first = party.mentions[0]
            evidence["agency"] = text.words(first.start, first.end)
            sources["agency"] = Source.HEDGED if party.hedged else Source.STATED
        asks: set[Ask] = set()
        for cue in cues:
            # a hedged cue ("ICE might want him") gives way to a plain one for the same ask ("can we hand him over")
            hedged_before = sources.get(f"asks.{cue.ask.value}") is Source.HEDGED and not cue.hedged
            if within(cue.start) and (cue.ask not in asks or hedged_before):
                asks.add(cue.ask)
                evidence[f"asks.{cue.ask.value}"] = text.words(cue.start, cue.end)
                sources[f"asks.{cue.ask.value}"] = Source.HEDGED if cue.hedged else Source.STATED
        status = status_inquiry(norm, scope, party)
        if status is not None:
            ask, start, end, role_said = status
            # cues inside the officer's own question; "... his status, and tell HSI what he says" runs past it
            inquiry_cues = [c for c in cues if within(c.start) and start <= c.start < end and c.end <= end + 5]
            for dropped in (Ask.SHARE_STATUS_INFO, Ask.SHARE_RECORDS):
                said_here = any(c.ask is dropped for c in inquiry_cues)
                if dropped in asks and (said_here or not agency_wants(norm, scope)):
                    asks.discard(dropped)
                    evidence.pop(f"asks.{dropped.value}", None)
                    sources.pop(f"asks.{dropped.value}", None)
            asks.add(ask)
            evidence[f"asks.{ask.value}"] = text.words(start, end)
            # "can I ask him if he's legal?" without saying who he is: a suspect is not presumed
            sources[f"asks.{ask.value}"] = Source.STATED if role_said else Source.HEDGED
            if party is None:
                agency = Agency.NONE
            elif ASKED_TO_ASK.search(norm, max(0, start - 40), end):
                # "ICE wants us to ask the suspect about his status": the agency wants the answer
                asks.add(Ask.SHARE_STATUS_INFO)
                evidence["asks.share_status_info"] = text.words(start, end)
                sources["asks.share_status_info"] = Source.STATED
        unread = unread_in(norm, scope, cues, status[1] if status is not None else None)
        if unread is not None and asks:
            # "the agent wants us to <something we could not read>": what we did read may not be all
            # they ask, so it can refuse or ask but never permit on its own. An emergency is
            # answered at once all the same; the unread ask becomes a request of its own.
            for ask in asks - {Ask.PUBLIC_SAFETY_RESPONSE}:
                if sources.get(f"asks.{ask.value}") is Source.STATED:
                    sources[f"asks.{ask.value}"] = Source.HEDGED
        own = OwnWordsFirst(scope, shared or [], evidence, sources)
        purpose = own.read("purpose", Purpose.UNKNOWN, lambda s, e, so: read_purpose(text, s, agency, asks, e, so))
        warrant = own.read("warrant", Warrant.UNKNOWN, lambda s, e, so: read_warrant(text, s, agency, purpose, e, so))
        if (
            purpose is Purpose.UNKNOWN
            and "purpose" not in sources
            and warrant is Warrant.JUDICIAL_CRIMINAL
            and sources.get("warrant") is Source.STATED
            and agency in NO_IMMIGRATION_CRIMES
        ):
            # a judge's criminal warrant from the FBI, DEA or ATF is a criminal case in so many words;
            # none of them brings entry or re-entry cases (the Marshals serve those: not here)
            purpose = Purpose.CRIMINAL_INVESTIGATION
            evidence["purpose"] = evidence["warrant"]
            sources["purpose"] = Source.STATED
        if (
            purpose is Purpose.UNKNOWN
            and warrant is Warrant.JUDICIAL_IMMIGRATION
            and asks
            and (
                not asks & (_CUSTODY_OR_PREMISES | {Ask.SHARE_CUSTODY_OR_COURT_INFO})
                or asks & {Ask.ACCESS_PRISONER, Ask.OFFICE_SPACE}
            )
        ):
            # "ICE has a magistrate's warrant for him, and wants the family's address" (or a desk to
            # do the paperwork): the warrant is for immigration custody, and what else its agents
            # ask serves the same removal
            purpose = Purpose.CIVIL_IMMIGRATION
            evidence["purpose"] = evidence["warrant"]
            sources["purpose"] = Source.PRESUMED
        if (
            purpose is Purpose.CRIMINAL_INVESTIGATION
            and warrant in (Warrant.ADMINISTRATIVE, Warrant.DETAINER_ONLY)
            and sources.get("warrant") is Source.STATED
            and asks & {Ask.WARRANT_EXECUTION_ASSIST, Ask.STOP_OR_ARREST}
        ):
            # "our HSI group sup wants us to help serve admin immigration warrants on associates of the
            # ring": serving an ICE officer's paper is civil enforcement, whatever case the team works
            # (LEGAL_FACTS R2a: a criminal claim does not change civil paper)
            purpose = Purpose.CIVIL_IMMIGRATION
            evidence["purpose"] = evidence["warrant"]
            sources["purpose"] = Source.STATED
        if (
            purpose is Purpose.UNKNOWN
            and Ask.INQUIRE_STATUS_SUSPECT in asks
            and (no_crime := first_match(NO_CRIME_OF_OURS, norm, scope, negated_ok=True)) is not None
        ):
            # "traffic stop, nothing else wrong, can I ask if he's here legally": only the status is left
            purpose = Purpose.CIVIL_IMMIGRATION
            evidence["purpose"] = text.words(*no_crime)
            sources["purpose"] = Source.STATED
        criminal_said = purpose is Purpose.CRIMINAL_INVESTIGATION and sources.get("purpose") is Source.STATED
        said = evidence.get("asks.deputization_287g", "")
        no_civil_paper = warrant in (Warrant.UNKNOWN, Warrant.NONE) and "287" not in said
        deputed_for_crime = agency in CRIMINAL_AGENCIES or (agency is Agency.HSI and criminal_said and no_civil_paper)
        if Ask.DEPUTIZATION_287G in asks and deputed_for_crime and not IMMIGRATION_NAMED.search(norm):
            # a DEA or FBI task-force deputation (Title 21, JTTF) is criminal work, not 287(g); so is an HSI
            # cross-designation the officer says is for criminal cases, with no civil paper ("serving I-200s")
            asks.discard(Ask.DEPUTIZATION_287G)
            asks.add(Ask.JOINT_INVESTIGATION)
            evidence["asks.joint_investigation"] = evidence.pop("asks.deputization_287g")
            sources["asks.joint_investigation"] = sources.pop("asks.deputization_287g")
        if Ask.STOP_OR_ARREST in asks and warrant is Warrant.JUDICIAL_CRIMINAL:
            # arresting someone on a judge's criminal warrant is executing that warrant
            asks.discard(Ask.STOP_OR_ARREST)
            asks.add(Ask.WARRANT_EXECUTION_ASSIST)
            evidence["asks.warrant_execution_assist"] = evidence.pop("asks.stop_or_arrest")
            sources["asks.warrant_execution_assist"] = sources.pop("asks.stop_or_arrest")
        if (
            not asks
            and warrant in (Warrant.DETAINER_ONLY, Warrant.ADMINISTRATIVE)
            and not only_if_another_case_fails(norm)
            and (
                agency in DHS_FAMILY
                or (agency is Agency.UNKNOWN and warrant is Warrant.DETAINER_ONLY and _ASKING_ABOUT_IT.search(norm))
            )
        ):
            asks.add(Ask.HOLD)  # a detainer is itself the request to hold (only DHS lodges an I-247A)
            evidence["asks.hold"] = evidence["warrant"]
            sources["asks.hold"] = sources["warrant"]
        elif not asks and warrant is Warrant.JUDICIAL_IMMIGRATION:
            # a judge's warrant for immigration custody asks custody; presumed: it refuses or asks, never permits
            asks.add(Ask.HOLD)
            evidence["asks.hold"] = evidence["warrant"]
            sources["asks.hold"] = Source.PRESUMED
        elif not asks and warrant is Warrant.UNKNOWN and first_match(HOLD_PAPER, norm, scope) is not None:
            # "paperwork they're calling a hold": a hold is asked, on paper whose signer is unknown
            asks.add(Ask.HOLD)
            evidence["asks.hold"] = evidence.get("warrant", "hold")
            sources["asks.hold"] = Source.PRESUMED
        elif not asks and party is not None and (lodged := first_match(DETAINER, norm, scope)) is not None:
            # "DEA sent some detainer, not sure what kind": a hold asked by whoever lodges it; presumed
            asks.add(Ask.HOLD)
            evidence["asks.hold"] = text.words(*lodged)
            sources["asks.hold"] = Source.PRESUMED
        elif not asks and "warrant" in evidence and IN_OUR_CUSTODY.search(" ".join(c.text for c in scope)):
            # a warrant for someone in our cells implies they want custody, but the officer has
            # not said so: read as presumed, so it can refuse or ask but never permit
            asks.add(Ask.TRANSFER_CUSTODY)
            evidence["asks.transfer_custody"] = evidence["warrant"]
            sources["asks.transfer_custody"] = Source.PRESUMED
        facts: dict[str, object] = {}
        for name, (value, words, source) in person.items():
            facts[name] = value
            if words:
                evidence[name] = words
                sources[name] = source
        off_topic = is_off_topic(
            norm,
            asks,
            party_named=party is not None,
            status_asked=status is not None,
            warrant=warrant,
            tsdb_match=facts.get("tsdb_match"),
            alone=alone,
        )
        return Facts(
            agency=agency,
            asks=frozenset(asks),
            warrant=warrant,
            purpose=purpose,
            off_topic=off_topic,
            evidence=evidence,
            sources=sources,
            **facts,
        )

    def _person_facts(self, text: Text) -> dict[str, tuple[object, str, Source]]:
        """The person's record: shared by every request of the message."""
        found: dict[str, tuple[object, str, Source]] = {}
        for name, reading in (
            ("conviction", self._record.conviction(text)),
            ("tsdb_match", self._record.tsdb(text)),
            ("prior_removal_reentry", self._record.reentry(text)),
        ):
            source = Source.HEDGED if reading.hedged else Source.STATED
            found[name] = (reading.value, reading.words, source)
        return found
