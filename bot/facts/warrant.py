"""Warrant: which paper the request rests on (a judge's criminal or immigration warrant, ICE's
administrative warrant, a detainer, none), and whether its signer is known."""

from __future__ import annotations

import re

from bot.facts.criminal import is_past_indictment, is_record_line
from bot.facts.lexicon import CRIME_TERMS
from bot.facts.lexicon.warrant import (
    ANY_WARRANT,
    ARTICLE_III,
    CHARGES_CONSIDERED,
    CHARGES_ONLY,
    CIVIL_PAPER_NAMED,
    COMPARED_TO,
    CRIME_BESIDE,
    DETAINER_TEST,
    FIELD_LABEL_AFTER,
    FUTURE_WARRANT,
    HELD_ON_BEFORE,
    IMMIGRATION_JUDGE,
    NO_WARRANT,
    OUR_CHARGE_BEFORE,
    OWN_WARRANT,
    PAPER_KIND_DOUBTED,
    PAPER_NAMED,
    PERSON_AFTER_CRIME,
    PROBABLY_DONE_BY_NOW,
    PROMISED_AFTER,
    RESTATED,
    SIGNATURE_ADMIN,
    SIGNER_CHECKED_ADMIN,
    SIGNER_UNKNOWN,
    SIGNING_PROMISED,
    STATE_COURT_AFTER,
    TITLE_BEFORE,
    UNSIGNED,
    WARRANT_ATTACHED,
    WARRANT_FOR,
    WILL_SIGN,
    persons_own_order,
)
from bot.facts.model import Agency, Purpose, Source, Warrant
from bot.facts.prefilter import Searcher
from bot.facts.spans import (
    ADMIN,
    CRIMINAL_AGENCIES,
    CRIMINAL_PAPER,
    DETAINER,
    DHS_FAMILY,
    HOLD_PAPER,
    ICE_DETAINER_FORM,
    JUDICIAL,
    JUDICIAL_DENIED,
    NO_IMMIGRATION_CRIMES,
    OUR_PERSON_BEFORE,
    RECORD_WORDS,
    sentence_bounds,
    sentence_of,
)
from bot.facts.text import Clause, Text, is_doubted, is_negated


def read_warrant(
    text: Text,
    scope: list[Clause],
    agency: Agency,
    purpose: Purpose,
    evidence: dict[str, str],
    sources: dict[str, Source],
) -> Warrant:
    norm = text.norm

    def found(value: Warrant, start: int, end: int, hedged: bool = False) -> Warrant:
        evidence["warrant"] = text.words(start, end)
        sources["warrant"] = Source.HEDGED if hedged else Source.STATED
        return Warrant.UNKNOWN if hedged else value

    def matches(pattern: Searcher) -> list[re.Match[str]]:
        return [
            m
            for c in scope
            for m in pattern.finditer(norm, c.start, c.end)
            if not OWN_WARRANT.search(norm[max(0, m.start() - 30) : m.start()])
            and not STATE_COURT_AFTER.match(norm, m.end())
        ]

    def unnegated(pattern: Searcher) -> list[re.Match[str]]:
        return [m for m in matches(pattern) if not is_negated(norm, m.start())]

    admin = unnegated(ADMIN)
    status_orders = [m for m in admin if persons_own_order(norm, m.start())]
    # the judge's words read once: said, or denied ("I don't believe it was signed by a judge")
    judge_words = matches(JUDICIAL)
    negated_judge = [m for m in judge_words if is_negated(norm, m.start())]
    said_judge = [m for m in judge_words if m not in negated_judge]
    judicial = [
        m
        for m in said_judge
        if not JUDICIAL_DENIED.search(norm[max(0, m.start() - 25) : m.end()])
        and not only_promised(norm, [m.start()])
        and not WILL_SIGN.match(norm, m.end())
    ]
    # "the magistrate should sign the arrest warrant tonight": a judge's paper still to come
    promised_judicial = [m for m in said_judge if only_promised(norm, [m.start()]) or WILL_SIGN.match(norm, m.end())]
    criminal_paper = [m for m in unnegated(CRIMINAL_PAPER) if not is_past_indictment(norm, m)]
    if agency in CRIMINAL_AGENCIES or agency in DHS_FAMILY:
        # "the Marshals have a federal warrant for him for armed robbery": a warrant for a crime
        # (from a DHS component it is R3d's criminal paper, never a permission)
        criminal_paper += [
            m
            for m in unnegated(WARRANT_FOR)
            if (crime := CRIME_TERMS.search(norm, m.end(), m.end() + 30)) is not None
            and re.fullmatch(r"(?:an? |the )?(?:[\w']+ )?", norm[m.end() : crime.start()])
            # "ICE says there's a warrant on the robbery guy we're releasing": from a DHS agency the
            # crime names our prisoner, not the paper (the ATF's "warrant for our gun collar" is theirs)
            and not (agency in DHS_FAMILY and PERSON_AFTER_CRIME.match(norm, crime.end()))
        ]
        criminal_paper.sort(key=lambda m: m.start())
    stated_crime = purpose in (Purpose.IMMIGRATION_CRIME, Purpose.CRIMINAL_INVESTIGATION)
    if agency in (Agency.ICE, Agency.ICE_ERO) and not stated_crime:
        # ("ERO has an arrest warrant signed by a magistrate judge", "ERO faxed a detainer and an
        # arrest warrant": from ICE a bare "arrest warrant" with no crime in its sentence is no
        # criminal paper; HSI and CBP bring criminal ones)
        criminal_paper = [
            m
            for m in criminal_paper
            if not _ARREST_ONLY.fullmatch(m.group(0)) or _names_a_crime(sentence_of(norm, m.start(), m.end()))
        ]
    detainer = unnegated(DETAINER)
    judge_denied = [m for c in scope for m in JUDICIAL_DENIED.finditer(norm, c.start, c.end)] + negated_judge
    denied = [m for c in scope for m in NO_WARRANT.finditer(norm, c.start, c.end)]
    any_warrant = unnegated(ANY_WARRANT)
    beside = [m for m in any_warrant if not any(o.start() <= m.start() < o.end() for o in status_orders)]
    if status_orders and (judicial or criminal_paper or beside):
        admin = [m for m in admin if m not in status_orders]
    signer_unknown = [m for c in scope for m in SIGNER_UNKNOWN.finditer(norm, c.start, c.end)]
    signature = next(
        (
            m
            for c in scope
            if (
                m := SIGNATURE_ADMIN.search(norm, c.start, sentence_bounds(norm, c.start, c.end)[1])
                # (the title after a colon, which ends a sentence: "checked: J. Morales, SDDO")
                or SIGNER_CHECKED_ADMIN.search(norm, c.start, c.end + 100)
            )
            is not None
            and m.start() < c.end
        ),
        None,
    )
    # "correction: I'm not sure it's an I-200 ... nobody can tell who signed it", "turns out there's
    # no warrant at all": the officer's newest word on the paper decides
    restated = _first_in(RESTATED, norm, scope)
    if restated is not None:
        before = [m.end() for m in (*admin, *judicial, *criminal_paper) if m.end() <= restated.start()]
        if before and signer_unknown and signer_unknown[-1].start() > restated.start():
            return found(Warrant.UNKNOWN, signer_unknown[-1].start(), signer_unknown[-1].end(), hedged=True)
        named = [*admin, *judicial, *criminal_paper, *any_warrant]
        earlier = [m for m in named if m.end() <= restated.start()]
        later = [
            m
            for m in named
            if m.start() > restated.start() and not any(d.start() <= m.start() < d.end() for d in denied)
        ]
        if earlier and denied and denied[-1].start() > restated.start() and not later:
            return found(Warrant.NONE, denied[-1].start(), denied[-1].end())
    if signature is not None:
        # "says it's a judge's order, but the signature says Deportation Officer": the paper decides
        return found(Warrant.ADMINISTRATIVE, signature.start(), signature.end())
    # "can't tell if a judge or ICE signed it": the ICE named there is a possibility, not a signer
    admin = [m for m in admin if not any(u.start() <= m.start() < u.end() + 10 for u in signer_unknown)]
    # "a 247 came over with a warrant stapled to it ... signed with no title": the warrant beside the
    # detainer is the paper whose signer is unknown
    attached = bool(detainer) and WARRANT_ATTACHED.search(" ".join(c.text for c in scope)) is not None
    if signer_unknown and not admin and not (detainer and not judicial and not attached):
        # "they say it's a judge's warrant, I didn't see it": who signed is exactly what is unknown
        return found(Warrant.UNKNOWN, signer_unknown[0].start(), signer_unknown[0].end(), hedged=True)
    immigration_judge = _first_in(IMMIGRATION_JUDGE, norm, scope)
    if immigration_judge and not any(ARTICLE_III.search(m.group(0)) for m in judicial):
        # an immigration judge's removal order is an agency order, not a warrant from a federal court
        return found(Warrant.ADMINISTRATIVE, immigration_judge.start(), immigration_judge.end())
    if admin and judicial and TITLE_BEFORE.search(norm, max(0, admin[0].start() - 40), admin[0].start()):
        # "says they have a 'judicial warrant'; the title on top reads 'Warrant for Arrest of Alien'":
        # the form's own title decides over what the agent calls it
        return found(Warrant.ADMINISTRATIVE, admin[0].start(), admin[0].end())
    if admin and judicial:
        return found(Warrant.UNKNOWN, admin[0].start(), judicial[0].end(), hedged=True)
    if admin:
        return found(Warrant.ADMINISTRATIVE, admin[0].start(), admin[0].end())
    if judicial:
        first = judicial[0]
        sentence_start, sentence_end = sentence_bounds(norm, first.start(), first.end())
        # "no ICE forms" beside a judge's warrant denies civil paper, not the warrant; "released pending,
        # no charges filed yet" tells of our own case's charges, nothing of the judge's paper
        denied = [m for m in denied if not (CIVIL_PAPER_NAMED.search(m.group(0)) or CHARGES_ONLY.fullmatch(m.group(0)))]
        if denied and not sentence_start <= denied[0].start() < sentence_end:
            # "a judge-signed warrant for one of our prisoners ... the other one, no warrant": two people
            # on different paper in one request; which paper goes with which ask is what to ask
            return found(Warrant.UNKNOWN, first.start(), denied[0].end(), hedged=True)
        if all(is_doubted(norm, m.start(), m.end()) for m in judicial):
            return found(Warrant.UNKNOWN, first.start(), first.end(), hedged=True)
        # the crime named in the warrant's own sentence: "a warrant from a federal judge, charge is assault"
        same_clause_crime = stated_crime and any(
            not RECORD_WORDS.search(m.string[max(0, m.start() - 40) : m.start()])
            and not OUR_PERSON_BEFORE.search(m.string[max(0, m.start() - 40) : m.start()])
            for m in CRIME_TERMS.finditer(sentence_of(norm, first.start(), first.end()))
        )
        # A DHS judge's warrant is a warrant for immigration custody unless it is criminal paper
        # or the crime is named with it; another agency's judge-signed warrant is criminal.
        criminal_context = (
            bool(criminal_paper)
            or (stated_crime and (agency not in DHS_FAMILY or same_clause_crime))
            # (HSI and CBP run criminal cases of their own: "Hobbs Act hold - the agent is CBP. same
            # judge-signed warrant" is that case's paper)
            or (
                agency in (Agency.HSI, Agency.CBP)
                and any(not is_record_line(norm, m) for c in scope for m in CRIME_TERMS.finditer(norm, c.start, c.end))
            )
        )
        scope_text = " ".join(c.text for c in scope)
        civil_context = purpose is Purpose.CIVIL_IMMIGRATION or bool(
            re.search(
                r"\bimmigration (?:warrant|custody)|\b(?:removal|deportation|custody) warrant|\bfor (?:ice|immigration) custody|authoriz\w+ (?:ice|immigration|custody)|\bremoval\b",
                scope_text,
            )
        )
        # ("an arrest warrant signed by a magistrate judge authorizing them to take custody for removal":
        # the paper says what it is for, even when it is called an arrest warrant)
        for_removal = _PAPER_FOR_REMOVAL.search(scope_text)
        # (the FBI's judge's warrant "for wire fraud, but the plan is removal after": the aim is mixed, not the paper)
        if (
            civil_context
            and (not criminal_paper or for_removal)
            and not (agency in NO_IMMIGRATION_CRIMES and purpose is Purpose.MIXED)
        ):
            return found(Warrant.JUDICIAL_IMMIGRATION, first.start(), first.end())
        if criminal_context or agency in CRIMINAL_AGENCIES:
            return found(Warrant.JUDICIAL_CRIMINAL, first.start(), first.end())
        if agency in DHS_FAMILY or (agency is Agency.UNKNOWN and DETAINER_TEST.search(norm)):
            # DHS with a judge's warrant, or a judge's warrant weighed by record and watchlist
            # (the detainer test of § 14-154): a warrant for immigration custody
            return found(Warrant.JUDICIAL_IMMIGRATION, first.start(), first.end())
        return found(Warrant.UNKNOWN, first.start(), first.end())
    paper_words = [
        m
        for m in any_warrant
        if not any(d.start() <= m.start() < d.end() for d in detainer)
        and not any(p.start() <= m.start() < p.end() + 10 for p in promised_judicial)
        # "Paperwork: none": the label of a notes field names no paper; what follows it does
        and not FIELD_LABEL_AFTER.match(norm, m.end())
    ]
    paper_words += [m for m in unnegated(HOLD_PAPER) if not detainer]
    paper_words.sort(key=lambda m: m.start())
    if detainer:
        first = detainer[0]
        # "can we hold on an i247a?": the question is what to do with the form, not which form it is
        named_form = [m for m in detainer if ICE_DETAINER_FORM.fullmatch(m.group(0))]
        if (
            all(is_doubted(norm, m.start(), m.end()) for m in detainer)
            and not judge_denied
            and not any(not is_doubted(norm[: m.end()], m.start(), m.end()) for m in named_form)
        ):
            # "can't tell if it's the detainer form or what": which paper it is, is the question
            return found(Warrant.UNKNOWN, first.start(), first.end(), hedged=True)
        ice_form = any(ICE_DETAINER_FORM.search(norm, c.start, c.end) for c in scope)
        if (
            (agency in CRIMINAL_AGENCIES or signer_unknown)
            and not ice_form
            and PAPER_KIND_DOUBTED.search(norm, first.end(), first.end() + 160)
        ):
            # "Marshals lodged a detainer. I don't know what kind, federal charges or something immigration";
            # "HSI faxed a 'detainer' ... can't tell which form it is or who signed"
            return found(Warrant.UNKNOWN, first.start(), first.end(), hedged=True)
        considered = _first_in(CHARGES_CONSIDERED, norm, scope)
        if agency in CRIMINAL_AGENCIES and not criminal_paper and not ice_form and denied and considered:
            # "just a 'federal detainer' with no warrant and no charges filed, charges being considered":
            # a detainer resting on no charge and no judge is no criminal paper
            return found(Warrant.NONE, denied[0].start(), denied[0].end())
        if (criminal_paper or agency in CRIMINAL_AGENCIES) and not ice_form:
            # a detainer from the FBI, DEA, ATF or Marshals, or based on federal charges, is criminal;
            # an I-247 form is ICE's civil detainer whoever sends it and whatever case it names
            return found(
                Warrant.JUDICIAL_CRIMINAL, first.start(), (criminal_paper[0] if criminal_paper else first).end()
            )
        if judge_denied:
            return found(Warrant.DETAINER_ONLY, first.start(), first.end())
        if agency in (Agency.FEDERAL, Agency.OTHER_FEDERAL) and not ice_form:
            # "the feds lodged a detainer": a criminal detainer (FBI, Marshals) or ICE's civil one
            return found(Warrant.UNKNOWN, first.start(), first.end(), hedged=True)
        extra = [
            m
            for m in paper_words
            if abs(m.start() - first.start()) > 3
            and "warrant" in m.group(0)
            and not only_promised(norm, [m.start()])
            and not COMPARED_TO.search(norm[max(0, m.start() - 30) : m.start()])
            # "in custody on a Bronx robbery warrant. ... ICE sent only an I-247A": the warrant we hold him on
            and not HELD_ON_BEFORE.search(norm[max(0, m.start() - 60) : m.start()])
        ]
        if extra and any(PAPER_NAMED.search(norm[max(0, d.start() - 30) : d.start()]) for d in detainer):
            extra = []  # "a 'warrant' (the form says I-247A at the top)": the paper is named, and it is a detainer
        if extra:
            return found(
                Warrant.UNKNOWN,
                min(first.start(), extra[0].start()),
                max(first.end(), extra[0].end()),
                hedged=is_doubted(norm, extra[0].start(), extra[0].end()),
            )
        return found(Warrant.DETAINER_ONLY, first.start(), first.end())
    if criminal_paper:
        first = criminal_paper[0]
        if (denied or judge_denied) and not re.search(r"\b(?:signed|judge|magistrate)\b", first.group(0)):
            # "no warrant attached" (an indictment to come), "but a judge never signed it": no paper now
            refusal = (denied or judge_denied)[0]
            return found(Warrant.NONE, refusal.start(), refusal.end())
        if _only_promised_paper(norm, first):
            return found(Warrant.NONE, first.start(), first.end())
        if agency in DHS_FAMILY and _ARREST_ONLY.fullmatch(first.group(0)):
            return found(Warrant.UNKNOWN, first.start(), first.end())  # may be an I-200, "warrant for arrest of alien"
        return found(
            Warrant.JUDICIAL_CRIMINAL, first.start(), first.end(), hedged=is_doubted(norm, first.start(), first.end())
        )
    if judge_denied and paper_words and all(_only_promised_paper(norm, m) for m in paper_words):
        # "a federal warrant is being drafted but no judge has signed anything yet": none exists yet
        return found(Warrant.NONE, paper_words[0].start(), judge_denied[0].end())
    promised_signature = _first_in(SIGNING_PROMISED, norm, scope)
    if judge_denied and promised_signature is not None:
        # "the complaint isn't signed by a judge yet ... they say it'll be signed this afternoon"
        return found(Warrant.NONE, judge_denied[0].start(), promised_signature.end())
    if judge_denied and paper_words:
        # "they have a warrant, not signed by a judge": an ICE officer's paperwork; the FBI's or DEA's
        # "warrant the judge hasn't signed yet" is no paper of any kind yet
        kind = Warrant.NONE if agency in CRIMINAL_AGENCIES else Warrant.ADMINISTRATIVE
        return found(kind, paper_words[0].start(), judge_denied[0].end())
    if paper_words and denied and all("hold" in m.group(0) for m in paper_words):
        # "they want a hold on him, no paperwork at all": the hold is what they ask, not a paper
        return found(Warrant.NONE, denied[0].start(), denied[0].end())
    unsigned = _first_in(UNSIGNED, norm, scope)
    if paper_words and unsigned is not None:
        # "turns out the warrant isn't signed yet, AUSA is working on it": no warrant exists yet
        return found(Warrant.NONE, unsigned.start(), unsigned.end())
    if paper_words:
        first = paper_words[0]
        if only_promised(norm, [m.start() for m in paper_words]) or all(
            _only_promised_paper(norm, m) for m in paper_words
        ):
            if PROBABLY_DONE_BY_NOW.search(norm, first.end(), first.end() + 80):
                # "the AUSA was getting the warrant signed this morning, should be done by now": maybe signed
                return found(Warrant.UNKNOWN, first.start(), first.end(), hedged=True)
            return found(Warrant.NONE, first.start(), first.end())
        return found(Warrant.UNKNOWN, first.start(), first.end(), hedged=is_doubted(norm, first.start(), first.end()))
    if denied:
        return found(Warrant.NONE, denied[0].start(), denied[0].end())
    considered = _first_in(CHARGES_CONSIDERED, norm, scope)
    if considered is not None:
        return found(Warrant.NONE, considered.start(), considered.end())
    if promised_judicial:
        # "they'll have a warrant from a judge by tomorrow": a warrant that does not exist yet
        return found(Warrant.NONE, promised_judicial[0].start(), promised_judicial[0].end())
    return Warrant.UNKNOWN


def _first_in(pattern: re.Pattern[str], norm: str, scope: list[Clause]) -> re.Match[str] | None:
    """The first match of `pattern` inside the request's clauses."""
    return next((m for c in scope for m in pattern.finditer(norm, c.start, c.end)), None)


def _names_a_crime(sentence: str) -> bool:
    # ("an arrest warrant ... for a woman in our cells on a petit larceny": our charge, not their warrant's)
    unheld = [m for m in CRIME_TERMS.finditer(sentence) if not OUR_CHARGE_BEFORE.search(sentence, 0, m.start())]
    return bool(CRIME_BESIDE.search(sentence) or unheld)


_ARREST_ONLY = re.compile(r"(?:federal )?arrest warrant")


def only_promised(norm: str, starts: list[int]) -> bool:
    """ "They'll have a warrant from a judge by tomorrow": a warrant that does not exist yet."""
    return bool(starts) and all(FUTURE_WARRANT.search(_same_sentence_before(norm, s)) for s in starts)


def _same_sentence_before(norm: str, start: int) -> str:
    """The 25 characters before `start`, cut at a sentence's end ("... until their agents get here.
    they have a judge-signed warrant": the arrival before the full stop promises no paper)."""
    return norm[max(0, start - 25, sentence_bounds(norm, start, start)[0]) : start]


def _only_promised_paper(norm: str, paper: re.Match[str]) -> bool:
    """ "An indictment is coming" beside "no warrant": criminal paper that does not exist yet."""
    return bool(
        PROMISED_AFTER.search(norm[paper.end() :]) or FUTURE_WARRANT.search(_same_sentence_before(norm, paper.start()))
    )


_PAPER_FOR_REMOVAL = re.compile(
    r"\bauthoriz\w* (?:them |ice |cbp |the agents? )?to (?:take|hold|detain) (?:him |her |them )?(?:into )?(?:custody )?for (?:removal|deportation)\b"
)
