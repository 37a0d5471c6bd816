"""Warrant: which paper the request rests on (a judge's criminal or immigration warrant, ICE's
administrative warrant, a detainer, none), and whether its signer is known."""

from __future__ import annotations

import re

from bot.facts.lexicon import CRIME_TERMS
from bot.facts.lexicon.blocks import NOT_RECEIVED
from bot.facts.model import Agency, Purpose, Source, Warrant
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

_PAPER_NAMED = re.compile(
    r"\b(?:form|paper|papers|it|document|header|top|title|fax|sheet)(?: itself)? (?:says|reads|is|shows|is an?|'s an?|says it's an?)\s+(?:an? )?$"
)
_IMMIGRATION_JUDGE = re.compile(
    r"\bimmigration (?:court )?judge'?s?\b|\bjudge (?:at|from|of) (?:the )?immigration court\b"
)
_ARTICLE_III = re.compile(r"\b(?:magistrate|mag|district|federal|fed|edny|sdny|u\.?s\.?|united states)\b")
_SIGNER_UNKNOWN = re.compile(
    r"\b(?:don't know|do not know|doesn't know|does not know|not sure|unsure|no idea|can't tell|cannot tell|couldn't tell|unclear|idk|"
    r"(?:didn't|did not|doesn't|does not|wouldn't|would not|won't|never) (?:say|tell|mention|specify|state))\b.{0,30}"
    r"\b(?:who|whose|which judge|if (?:a |the )?judge|if it was a judge|whether (?:a |the )?judge)\b.{0,20}\bsign|"
    # "who signed it I don't know", "who sign, we don't know": the question first, then the doubt
    r"\bwho sign(?:ed)?(?: it| this| that| the warrant| the paper)?,? (?:i |we )?(?:don't|do not|dont|doesn't|does not) know\b|"
    r"\bsign(?:ed|er|ature)\b.{0,25}\b(?:unknown|unclear|illegible|a scribble|can't read|not clear|blank|empty|missing)\b|"
    r"\bunsigned\b|\bno signature\b|"
    # "hasn't shown the paperwork yet", "never showed us the warrant": paper claimed, not seen
    r"\b(?:hasn't|has not|haven't|have not|didn't|did not|won't|wouldn't|never)(?: yet)? (?:shown|show|showed|produced|produce|"
    r"presented|present|brought|given|handed over|sent|emailed)(?: us| me)? (?:it|the warrant|the paperwork|the paper|the papers|"
    r"any paperwork|any paper|a copy|the copy|anything)\b|"
    # "they have 'warrant' for our prisoner, not shown yet"
    r"\bnot (?:shown|showed|seen|produced|presented|sent) (?:to us |to me )?yet\b|"
    # "signed 'R. Castellano' with no title, no court": a name that does not say who signed
    r"\b(?:signed|signature|sig)\b.{0,40}?\b(?:with )?no (?:title|court|district|office)\b|"
    r"\b(?:i |we )?(?:didn't|did not|haven't|have not) (?:see|seen|read) (?:it|the warrant|the paperwork|the paper|them)\b|"
    # "asked for a copy - not received", "no copy yet": the paper is only what the agent says it is
    # (the dash cuts the clause: "not received" is found by looking back at "copy")
    r"(?:(?<=copy - )|(?<=copy -)|(?<=copy, )|(?<=copy )|(?<=copy: )|(?<=copies - )|(?<=copies ))"
    rf"{NOT_RECEIVED}\b|\bno copy(?: yet| received| in hand)?\b|"
    # "nobody's seen who signed it", "nobody on the desk could read who signed it"
    r"\b(?:nobody|no one|none of us)(?:'s| has| have| on the desk| here)? (?:seen|saw|could read|can read|could tell|can tell|knows?|read)\b.{0,15}\bwho sign"
)
_RESTATED = re.compile(
    r"\b(?:correction|update|actually|turns out|scratch that|wait|on second thought|my mistake|i was wrong|my bad)\b"
)
_PAPER_KIND_DOUBTED = re.compile(
    r"\b(?:don't know|do not know|not know|dont know|not sure|unsure|unclear|no idea|can't tell|cannot tell)\b[^.;!?]{0,25}?"
    r"\b(?:what (?:kind|type|sort|form)|which (?:kind|type|form)|what it is|if it'?s|if is|whether it'?s|it is|it's|is it)\b"
)
_WARRANT_ATTACHED = re.compile(
    r"\bwarrant (?:stapled|attached|clipped|paper-?clipped|with it|behind it)\b|\b(?:with|plus) (?:a|an) (?:[\w']+ )?warrant (?:stapled|attached|clipped)\b"
)
_SIGNATURE_ADMIN = re.compile(
    # "the signature block for an immigration officer", "asked who signed it, the agent said the
    # field office director": an ICE official's signature makes the paper administrative
    r"(?:\b(?:signature|signed|signer|signature line|signature block|sig|sig block|sig line|title|title line|scribble|squiggle)\b (?:[\w']+ ){0,3}"
    r"(?:says|reads|is|shows|for|of|from|was|by)|\bwho signed (?:it|the warrant|the paper|that|this)\b,? (?:[\w']+ ){0,3}(?:said|says|was|is))"
    # ("Signed by: Field Office Director": a notes field)
    r"\s*:?\s+['\"]?(?:an? |the |their |his |her )?"
    r"(?:ice |ero |dhs )?(?:authorized |supervisory )?(?:detention (?:and|&) )?(?:deportation officer|sddo|ice officer|immigration officer|ero officer|"
    r"field office director|border patrol agent|(?:border )?patrol agent in charge|bp agent|cbp officer)"
)
_WARRANT_FOR = re.compile(
    r"\b(?:federal )?warrant (?:out )?(?:for|on) (?:(?:him|her|them|(?:the|our|my|this|that) (?:guy|perp|collar|prisoner|man|woman|suspect|subject|defendant)|[\w']+) (?:for|on) )?"
)
_ANY_WARRANT = re.compile(
    # "warrant section. ICE sent an I-247A": the officer's unit, not paper
    # ("warrant prep": paper still being written, none in hand)
    r"\bwarrants?\b(?! (?:section|squad|unit|office|desk|division|team|room|officers?|prep|preparation|application|applications|affidavit|drafting)\b)|"
    # ("the usual chain-of-custody paperwork": evidence forms, not paper for a person)
    r"(?<!custody )(?<!evidence )(?<!property )(?<!voucher )\bpaperwork\b|\bpapers\b|\bsome kind of\b|\bsomething (?:they're |they are )?calling a warrant"
)
_CIVIL_PAPER_NAMED = re.compile(r"\b(?:ice|ero|dhs|immigration|admin(?:istrative)?|civil|i-?2\d\d\w?)\b")
_NO_WARRANT = re.compile(
    # "says complaint gets filed monday": nothing filed or signed yet
    r"\b(?:complaint|charges?|indictment|warrant)s? (?:[\w']+ ){0,2}(?:gets?|will be|is going to be|to be|should be) (?:filed|signed|issued)\b|"
    r"\b(?:(?:no|zero|without|don't have|doesn't have|didn't have|never got|haven't got|haven't|hasn't|nothing)\b(?! (?:clue|idea)\b)|"
    # "a real criminal warrant from a real judge, not ICE paper": a contrast, not a denial
    # (but "there's no ICE paperwork at all" denies it)
    r"not\b(?! (?:an? )?(?:ice|ero|dhs|immigration|admin(?:istrative)?|civil)\b))"
    # "haven't shown any paper yet": whether they have one is what is unknown
    r"(?! (?:shown|showed|produced|presented|brought|seen))\s*(?:[\w']+ ){0,2}"
    r"(?:warrants?|paperwork|papers|judge|signed|paper|complaint|indictment|charges filed|forms?|documents?|docs)\b|\bno paperwork\b|\bnothing signed\b|"
    r"\bno (?:paper|docs)\b|"
    # a notes field: "Paperwork: none", "Warrant: n/a"
    r"(?:(?<=paperwork: )|(?<=paperwork:)|(?<=warrant: )|(?<=warrant:)|(?<=paper: )|(?<=papers: )|(?<=docs: ))"
    r"(?:none|nothing|n/?a|nil|no|zero)\b|\bnothing (?:is |has been |'s been |was |got )?(?:filed|signed|on paper|in writing)\b|\b(?:not|never|hasn't been|haven't been) filed\b"
)
_FIELD_LABEL_AFTER = re.compile(r"\s*(?:\([\w ]{1,12}\)\s*)?:")
# "the feds are considering charges": no charge yet, so no warrant either (when no paper is named)
_CHARGES_CONSIDERED = re.compile(
    r"\b(?:considering|thinking about|looking at|weighing|exploring|contemplating|might bring|may bring|could bring|"
    r"planning to (?:bring|file)|plan to (?:bring|file)|want to (?:bring|file)) (?:federal |fed )?charg(?:es|ing)\b|"
    r"\bcharges? (?:are |is )?(?:being )?(?:considered|contemplated)\b"
)
# "the sergeant thinks that makes it basically a warrant": the paper compared to a warrant, not more paper
_COMPARED_TO = re.compile(
    r"\b(?:basically|like|same as|the same as|counts? as|count as|as good as|equivalent (?:of|to)|makes it|treat it as|"
    r"is it|isn't it|not)\s+(?:a |an |the )?(?:real |actual |judicial |judge'?s? )?$|"
    r"\bis (?:an? |the |this |that )?(?:[\w']+ ){0,3}an? (?:real|actual|proper) $"
)
# "a warrant from Bronx Supreme": a state court's warrant, the NYPD's own matter
_STATE_COURT_AFTER = re.compile(
    r"\s*(?:from|out of|issued by) (?:the )?(?:bronx|brooklyn|kings|queens|manhattan|new york|ny|richmond|staten island|"
    r"nassau|suffolk|westchester|state)(?: county)? (?:supreme|criminal|family|county|city|district|local)\b"
)
_FUTURE_WARRANT = re.compile(
    # "when juan gets out, they have a judge warrant": getting out is the release, not a warrant to come
    r"\b(?:will|'ll|going to|gonna|(?:getting|get|gets)(?! out\b)(?! released\b)|waiting (?:on|for)|once|until|till|trying to get|working on|applying for|yet|"
    r"by (?:tomorrow|tonight|tmrw|the morning|morning|noon|the afternoon|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|next|the end|end of|then|\d)|"
    r"obtain|obtaining|should|supposed to|expected to|expects to|hoping to|hopes to|"
    r"on the way|on their way|bringing|coming with|en route)\b"
)
_OWN_WARRANT = re.compile(
    r"\b(?:picked|locked|brought|grabbed|arrested|collared|took|scooped)\b.{0,20}\bon (?:a|an|the|his|her|that|an open)\s*$|"
    r"(?<!federal )(?<!fed )\bbench\s*$|\bour\s*$|\bopen\s*$|\bwarrant squad\b|\bnypd\s*$|\bstate\s*$|"
    # "on our own state robbery warrant": the NYPD's own paper, whatever crime it names
    r"\bour own (?:[\w-]+ ){0,2}$|(?<!united )\b(?:nypd|state) (?:robbery|assault|burglary|larceny|homicide|murder|gun|weapons?|drug|narcotics|fraud|rape|arrest|bench) $|"
    r"\b(?:is|was|he's|she's) (?:here|in|held|locked up|in custody|being held) on (?:a|an|the)\s*$"
)
_DETAINER_TEST = re.compile(r"\btsdb\b|\bwatch ?list\b|\bconvict\w*|\bpriors?\b|\brap\b")


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

    def matches(pattern: re.Pattern[str]) -> list[re.Match[str]]:
        return [
            m
            for c in scope
            for m in pattern.finditer(norm, c.start, c.end)
            if not _OWN_WARRANT.search(norm[max(0, m.start() - 30) : m.start()])
            and not _STATE_COURT_AFTER.match(norm, m.end())
        ]

    def unnegated(pattern: re.Pattern[str]) -> list[re.Match[str]]:
        return [m for m in matches(pattern) if not is_negated(norm, m.start())]

    admin = unnegated(ADMIN)
    judicial = [
        m
        for m in unnegated(JUDICIAL)
        if not JUDICIAL_DENIED.search(norm[max(0, m.start() - 25) : m.end()])
        and not only_promised(norm, [m.start()])
        and not WILL_SIGN.match(norm, m.end())
    ]
    # "the magistrate should sign the arrest warrant tonight": a judge's paper still to come
    promised_judicial = [
        m for m in unnegated(JUDICIAL) if only_promised(norm, [m.start()]) or WILL_SIGN.match(norm, m.end())
    ]
    criminal_paper = unnegated(CRIMINAL_PAPER)
    if agency in CRIMINAL_AGENCIES or agency in DHS_FAMILY:
        # "the Marshals have a federal warrant for him for armed robbery": a warrant for a crime
        # (from a DHS component it is R3d's criminal paper, never a permission)
        criminal_paper += [
            m
            for m in unnegated(_WARRANT_FOR)
            if (crime := CRIME_TERMS.search(norm, m.end(), m.end() + 30)) is not None
            and re.fullmatch(r"(?:an? |the )?(?:[\w']+ )?", norm[m.end() : crime.start()])
            # "ICE says there's a warrant on the robbery guy we're releasing": from a DHS agency the
            # crime names our prisoner, not the paper (the ATF's "warrant for our gun collar" is theirs)
            and not (agency in DHS_FAMILY and _PERSON_AFTER_CRIME.match(norm, crime.end()))
        ]
        criminal_paper.sort(key=lambda m: m.start())
    detainer = unnegated(DETAINER)
    judge_denied = [m for c in scope for m in JUDICIAL_DENIED.finditer(norm, c.start, c.end)]
    denied = [m for c in scope for m in _NO_WARRANT.finditer(norm, c.start, c.end)]
    signer_unknown = [m for c in scope for m in _SIGNER_UNKNOWN.finditer(norm, c.start, c.end)]
    signature = next(
        (
            m
            for c in scope
            if (m := _SIGNATURE_ADMIN.search(norm, c.start, sentence_bounds(norm, c.start, c.end)[1])) is not None
            and m.start() < c.end
        ),
        None,
    )
    # "correction: I'm not sure it's an I-200 ... nobody can tell who signed it", "turns out there's
    # no warrant at all": the officer's newest word on the paper decides
    restated = next((m for c in scope for m in _RESTATED.finditer(norm, c.start, c.end)), None)
    if restated is not None:
        before = [m.end() for m in (*admin, *judicial, *criminal_paper) if m.end() <= restated.start()]
        if before and signer_unknown and signer_unknown[-1].start() > restated.start():
            return found(Warrant.UNKNOWN, signer_unknown[-1].start(), signer_unknown[-1].end(), hedged=True)
        named = [*admin, *judicial, *criminal_paper, *unnegated(_ANY_WARRANT)]
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
    attached = bool(detainer) and _WARRANT_ATTACHED.search(" ".join(c.text for c in scope)) is not None
    if signer_unknown and not admin and not (detainer and not judicial and not attached):
        # "they say it's a judge's warrant, I didn't see it": who signed is exactly what is unknown
        return found(Warrant.UNKNOWN, signer_unknown[0].start(), signer_unknown[0].end(), hedged=True)
    immigration_judge = next((m for c in scope for m in _IMMIGRATION_JUDGE.finditer(norm, c.start, c.end)), None)
    if immigration_judge and not any(_ARTICLE_III.search(m.group(0)) for m in judicial):
        # an immigration judge's removal order is an agency order, not a warrant from a federal court
        return found(Warrant.ADMINISTRATIVE, immigration_judge.start(), immigration_judge.end())
    if admin and judicial:
        return found(Warrant.UNKNOWN, admin[0].start(), judicial[0].end(), hedged=True)
    if admin:
        return found(Warrant.ADMINISTRATIVE, admin[0].start(), admin[0].end())
    if judicial:
        first = judicial[0]
        sentence_start, sentence_end = sentence_bounds(norm, first.start(), first.end())
        # "no ICE forms" beside a judge's warrant denies civil paper, not the warrant
        denied = [m for m in denied if not _CIVIL_PAPER_NAMED.search(m.group(0))]
        if denied and not sentence_start <= denied[0].start() < sentence_end:
            # "a judge-signed warrant for one of our prisoners ... the other one, no warrant": two people
            # on different paper in one request; which paper goes with which ask is what to ask
            return found(Warrant.UNKNOWN, first.start(), denied[0].end(), hedged=True)
        if all(is_doubted(norm, m.start(), m.end()) for m in judicial):
            return found(Warrant.UNKNOWN, first.start(), first.end(), hedged=True)
        # the crime named in the warrant's own sentence: "a warrant from a federal judge, charge is assault"
        same_clause_crime = purpose in (Purpose.IMMIGRATION_CRIME, Purpose.CRIMINAL_INVESTIGATION) and any(
            not RECORD_WORDS.search(m.string[max(0, m.start() - 40) : m.start()])
            and not OUR_PERSON_BEFORE.search(m.string[max(0, m.start() - 40) : m.start()])
            for m in CRIME_TERMS.finditer(sentence_of(norm, first.start(), first.end()))
        )
        # A DHS judge's warrant is a warrant for immigration custody unless it is criminal paper
        # or the crime is named with it; another agency's judge-signed warrant is criminal.
        criminal_context = bool(criminal_paper) or (
            purpose in (Purpose.IMMIGRATION_CRIME, Purpose.CRIMINAL_INVESTIGATION)
            and (agency not in DHS_FAMILY or same_clause_crime)
        )
        civil_context = purpose is Purpose.CIVIL_IMMIGRATION or bool(
            re.search(
                r"\bimmigration (?:warrant|custody)|\b(?:removal|deportation|custody) warrant|\bfor (?:ice|immigration) custody|authoriz\w+ (?:ice|immigration|custody)|\bremoval\b",
                " ".join(c.text for c in scope),
            )
        )
        # (the FBI's judge's warrant "for wire fraud, but the plan is removal after": the aim is mixed, not the paper)
        if civil_context and not criminal_paper and not (agency in NO_IMMIGRATION_CRIMES and purpose is Purpose.MIXED):
            return found(Warrant.JUDICIAL_IMMIGRATION, first.start(), first.end())
        if criminal_context or agency in CRIMINAL_AGENCIES:
            return found(Warrant.JUDICIAL_CRIMINAL, first.start(), first.end())
        if agency in DHS_FAMILY or (agency is Agency.UNKNOWN and _DETAINER_TEST.search(norm)):
            # DHS with a judge's warrant, or a judge's warrant weighed by record and watchlist
            # (the detainer test of § 14-154): a warrant for immigration custody
            return found(Warrant.JUDICIAL_IMMIGRATION, first.start(), first.end())
        return found(Warrant.UNKNOWN, first.start(), first.end())
    paper_words = [
        m
        for m in unnegated(_ANY_WARRANT)
        if not any(d.start() <= m.start() < d.end() for d in detainer)
        and not any(p.start() <= m.start() < p.end() + 10 for p in promised_judicial)
        # "Paperwork: none": the label of a notes field names no paper; what follows it does
        and not _FIELD_LABEL_AFTER.match(norm, m.end())
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
            and _PAPER_KIND_DOUBTED.search(norm, first.end(), first.end() + 160)
        ):
            # "Marshals lodged a detainer. I don't know what kind, federal charges or something immigration";
            # "HSI faxed a 'detainer' ... can't tell which form it is or who signed"
            return found(Warrant.UNKNOWN, first.start(), first.end(), hedged=True)
        if (criminal_paper or agency in CRIMINAL_AGENCIES) and not ice_form:
            # a detainer from the FBI, DEA, ATF or Marshals, or based on federal charges, is criminal;
            # an I-247 form is ICE's civil detainer whoever sends it and whatever case it names
            return found(
                Warrant.JUDICIAL_CRIMINAL, first.start(), (criminal_paper[0] if criminal_paper else first).end()
            )
        if judge_denied:
            return found(Warrant.DETAINER_ONLY, first.start(), first.end())
        if agency is Agency.FEDERAL and not ice_form:
            # "the feds lodged a detainer": a criminal detainer (FBI, Marshals) or ICE's civil one
            return found(Warrant.UNKNOWN, first.start(), first.end(), hedged=True)
        extra = [
            m
            for m in paper_words
            if abs(m.start() - first.start()) > 3
            and "warrant" in m.group(0)
            and not only_promised(norm, [m.start()])
            and not _COMPARED_TO.search(norm[max(0, m.start() - 30) : m.start()])
        ]
        if extra and any(_PAPER_NAMED.search(norm[max(0, d.start() - 30) : d.start()]) for d in detainer):
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
        if denied and not re.search(r"\b(?:signed|judge|magistrate)\b", first.group(0)):
            # "no warrant attached" beside talk of an indictment to come: no paperwork now
            return found(Warrant.NONE, denied[0].start(), denied[0].end())
        if _only_promised_paper(norm, first):
            return found(Warrant.NONE, first.start(), first.end())
        arrest_only = re.fullmatch(r"(?:federal )?arrest warrant", first.group(0))
        if agency in DHS_FAMILY and arrest_only:
            return found(Warrant.UNKNOWN, first.start(), first.end())  # may be an I-200, "warrant for arrest of alien"
        return found(
            Warrant.JUDICIAL_CRIMINAL, first.start(), first.end(), hedged=is_doubted(norm, first.start(), first.end())
        )
    if judge_denied and paper_words:
        # "they have a warrant, not signed by a judge": an ICE officer's paperwork
        return found(Warrant.ADMINISTRATIVE, paper_words[0].start(), judge_denied[0].end())
    if paper_words and denied and all("hold" in m.group(0) for m in paper_words):
        # "they want a hold on him, no paperwork at all": the hold is what they ask, not a paper
        return found(Warrant.NONE, denied[0].start(), denied[0].end())
    if paper_words:
        first = paper_words[0]
        if only_promised(norm, [m.start() for m in paper_words]) or all(
            _only_promised_paper(norm, m) for m in paper_words
        ):
            return found(Warrant.NONE, first.start(), first.end())
        return found(Warrant.UNKNOWN, first.start(), first.end(), hedged=is_doubted(norm, first.start(), first.end()))
    if denied:
        return found(Warrant.NONE, denied[0].start(), denied[0].end())
    considered = next((m for c in scope for m in _CHARGES_CONSIDERED.finditer(norm, c.start, c.end)), None)
    if considered is not None:
        return found(Warrant.NONE, considered.start(), considered.end())
    if promised_judicial:
        # "they'll have a warrant from a judge by tomorrow": a warrant that does not exist yet
        return found(Warrant.NONE, promised_judicial[0].start(), promised_judicial[0].end())
    return Warrant.UNKNOWN


_PERSON_AFTER_CRIME = re.compile(
    r"\s+(?:guy|perp|man|woman|kid|dude|suspect|collar|prisoner|arrestee|defendant|one|lady|male|female)s?\b"
)


def only_promised(norm: str, starts: list[int]) -> bool:
    """ "They'll have a warrant from a judge by tomorrow": a warrant that does not exist yet."""
    return bool(starts) and all(_FUTURE_WARRANT.search(norm[max(0, s - 25) : s]) for s in starts)


WILL_SIGN = re.compile(
    r"\s+(?:should|will|'ll|is going to|is supposed to|is expected to|may|might|could|has yet to|hasn't yet) (?:sign|issue|approve)\b"
)
_PROMISED_AFTER = re.compile(
    r"^\W*(?:is |are |was |will )?(?:coming|comes later|come later|to follow|will follow|follows later|later|expected|soon|pending|on (?:the|its) way|being (?:drafted|prepared|considered|drawn up|written|worked on)|drawn up|in the works|yet)\b"
)


def _only_promised_paper(norm: str, paper: re.Match[str]) -> bool:
    """ "An indictment is coming" beside "no warrant": criminal paper that does not exist yet."""
    before = norm[max(0, paper.start() - 25) : paper.start()]
    return bool(_PROMISED_AFTER.search(norm[paper.end() :]) or _FUTURE_WARRANT.search(before))
