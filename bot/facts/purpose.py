"""Purpose: the requesting agency's own stated aim. The NYPD's charge, a past case or the
person's record is never it; a doubted, denied or unstated aim stays unknown."""

from __future__ import annotations

import re

from bot.facts.asks import DOES_STATUS_MATTER
from bot.facts.lexicon import (
    CIVIL_STRONG,
    CIVIL_WEAK,
    CRIME_TERMS,
    CRIMINAL_DENIED,
    CRIMINAL_EXPLICIT,
    IMMIGRATION_CRIME,
    INVESTIGATION_CONTEXT,
    NYPD_OWN_CASE,
)
from bot.facts.model import Agency, Ask, Purpose, Source
from bot.facts.parties import Mention
from bot.facts.record import TSDB_NAME
from bot.facts.spans import (
    ADMIN,
    CRIMINAL_AGENCIES,
    CRIMINAL_PAPER,
    DETAINER,
    DHS_FAMILY,
    ICE_DETAINER_FORM,
    JUDICIAL,
    JUDICIAL_DENIED,
    OUR_PERSON_BEFORE,
    Cue,
    sentence_bounds,
    sentence_of,
    word_span,
)
from bot.facts.text import Clause, Text, clauses, is_doubted, is_negated
from bot.facts.warrant import WILL_SIGN, only_promised

# "HSI child exploitation unit", "ICE's gang group": the crime names the agency's own unit
_AGENCY_NAMED_BEFORE = re.compile(
    r"\b(?:hsi|ice|cbp|dhs|homeland security(?: investigations)?)(?:'s)? (?:(?:criminal|special|joint) )?$"
)
_SPACE_FOR_A_UNIT = frozenset({Ask.OFFICE_SPACE, Ask.STAGING_ON_PROPERTY})


def read_purpose(
    text: Text,
    scope: list[Clause],
    agency: Agency,
    asks: set[Ask],
    evidence: dict[str, str],
    sources: dict[str, Source],
) -> Purpose:
    norm = text.norm

    def found(value: Purpose, start: int, end: int, hedged: bool = False) -> Purpose:
        evidence["purpose"] = text.words(start, end)
        sources["purpose"] = Source.HEDGED if hedged else Source.STATED
        return Purpose.UNKNOWN if hedged else value

    crime = first_match(IMMIGRATION_CRIME, norm, scope)
    if crime is not None:
        return found(Purpose.IMMIGRATION_CRIME, *crime)
    civil = first_match(CIVIL_STRONG, norm, scope)
    if civil is not None and DOES_STATUS_MATTER.search(sentence_of(norm, *civil)):
        civil = None  # "do I need to check his immigration status first?": the officer's question
    cue = _criminal_cue(norm, scope, agency=agency)
    denied = first_match(CRIMINAL_DENIED, norm, scope, negated_ok=True)
    if denied is not None and cue is not None and cue[0] >= denied[0] and cue[1] <= denied[1] + 40:
        cue = None
    criminal = (cue[0], cue[1]) if cue else None
    weak_criminal = bool(cue and cue[2])
    doubted_aim = _doubted_explicit(norm, scope)
    if criminal is not None and doubted_aim is not None and not CRIMINAL_EXPLICIT.search(norm, *criminal):
        # "might be for a criminal case, might not": the aim itself is in doubt, whatever crime is named
        return found(Purpose.UNKNOWN, *doubted_aim, hedged=True)
    unstated = first_match(_PURPOSE_UNSTATED, norm, scope, negated_ok=True)
    if (
        criminal is not None
        and unstated is not None
        and (
            any(
                CRIME_TERMS.match(norm, named.end())
                for subject in _RECORD_SUBJECT.finditer(norm, max(0, criminal[0] - 40), criminal[1])
                for words in _PLACE_WORDS
                if (named := words.match(norm, subject.end())) is not None
            )
            # "the same robbery reports ... he not say why": the crime names the reports
            or any(_RECORD_AFTER_CRIME.match(norm, m.end()) for m in CRIME_TERMS.finditer(norm, *criminal))
        )
    ):
        # "the complaint report on a robbery from March, didn't say why": the crime is what the
        # record is about; why they want it is what the officer says is unknown
        return found(Purpose.UNKNOWN, *unstated)
    if (
        criminal is not None
        and civil is None
        and unstated is not None
        and _OUR_OPERATION_BEFORE.search(norm[max(0, criminal[0] - 60) : criminal[0]])
    ):
        # "ride w our narcotics team on a buy-and-bust, didn't say what it's for": the crime is
        # our own operation; why the agency wants in is what the officer says is unknown
        return found(Purpose.UNKNOWN, *unstated)
    if criminal is not None and unstated is not None and _VAGUE_CASE.fullmatch(norm[criminal[0] : criminal[1]]):
        # "they wouldn't say what it's about, just that it's a federal case": no aim was given
        return found(Purpose.UNKNOWN, *unstated, hedged=True)
    removal_arm = agency is Agency.ICE_ERO
    if civil is None and criminal is not None and not weak_criminal:
        civil = _expected_outcome(norm, scope)  # "framed as trafficking, but most will probably be removed"
    if civil is not None and criminal is not None and not weak_criminal:
        return found(Purpose.MIXED, min(civil[0], criminal[0]), max(civil[1], criminal[1]))
    if removal_arm and criminal is not None and not weak_criminal:
        # ERO is the civil removal arm: its involvement in a "criminal" request blurs the purpose.
        return found(Purpose.MIXED, *criminal)
    if civil is not None:
        return found(Purpose.CIVIL_IMMIGRATION, *civil)
    if criminal is not None and (not weak_criminal or agency in CRIMINAL_AGENCIES):
        return found(Purpose.CRIMINAL_INVESTIGATION, *criminal)
    ours = criminal is not None and _OUR_OR_MY_BEFORE.search(norm[max(0, criminal[0] - 20) : criminal[0]])
    if (
        criminal is not None
        and weak_criminal
        and not removal_arm
        and not ours
        and Ask.JOINT_INVESTIGATION in asks
        and asks <= {Ask.JOINT_INVESTIGATION, Ask.ACCESS_PREMISES}  # an interview it joins in our house
    ):
        # "keep working cases on the HSI child exploitation task force": the joint work is that unit's;
        # "a joint op with our gang unit" names our unit, not the agency's aim
        return found(Purpose.CRIMINAL_INVESTIGATION, *criminal)
    if criminal is not None and weak_criminal and not removal_arm and asks & _SPACE_FOR_A_UNIT:
        # "run their child exploitation unit out of our room": the space serves that unit's work
        return found(Purpose.CRIMINAL_INVESTIGATION, *criminal)
    if unstated is not None and not removal_arm:
        # "they didn't say what for": the officer tells us the purpose is unknown, so none is
        # presumed; ERO, the removal arm, stays presumed civil (a presumption refuses, never permits)
        return found(Purpose.UNKNOWN, *unstated)
    if criminal is not None and not removal_arm:
        # only the unit's name ("our gang task force"): what the team works on. With the case
        # named as the reason ("for the case we're working") it is that unit's criminal case.
        case = first_match(_CASE_MENTION, norm, scope)
        if case is not None:
            return found(Purpose.CRIMINAL_INVESTIGATION, min(criminal[0], case[0]), max(criminal[1], case[1]))
        if (
            agency in DHS_FAMILY
            and not ours
            and _AGENCY_NAMED_BEFORE.search(norm[max(0, criminal[0] - 40) : criminal[0]])
        ):
            # "HSI child exploitation unit wants the 911 call": the unit's line of work, presumed as
            # the table presumes from an agency; it can route the request (R4d, R3d, R12) but
            # never carry a permission
            evidence["purpose"] = text.words(*criminal)
            sources["purpose"] = Source.PRESUMED
            return Purpose.CRIMINAL_INVESTIGATION
        return found(Purpose.UNKNOWN, *criminal, hedged=True)
    if asks and asks <= {Ask.PUBLIC_SAFETY_RESPONSE}:
        return Purpose.PUBLIC_SAFETY
    weak = first_match(CIVIL_WEAK, norm, scope)
    if weak is not None and (agency in DHS_FAMILY or agency is Agency.FEDERAL):
        return found(Purpose.CIVIL_IMMIGRATION, *weak)
    doubted_criminal = _criminal_cue(norm, scope, allow_doubt=True, agency=agency)
    if doubted_criminal is not None:
        return found(Purpose.UNKNOWN, doubted_criminal[0], doubted_criminal[1], hedged=True)
    if denied is not None:
        # "no criminal charges at all": the officer says there is no criminal purpose, so
        # none is presumed from the agency either.
        return found(Purpose.UNKNOWN, *denied)
    paper = first_match(ADMIN, norm, scope) or first_match(DETAINER, norm, scope)
    if paper is not None and agency is Agency.FEDERAL and not ADMIN.search(norm) and not ICE_DETAINER_FORM.search(norm):
        # "the feds lodged a detainer": the FBI and the Marshals lodge detainers too; which
        # agency, and on what, is what to ask
        return found(Purpose.UNKNOWN, *paper, hedged=True)
    if paper is not None and agency in DHS_FAMILY | {Agency.FEDERAL, Agency.UNKNOWN}:
        # an I-200, I-205 or detainer is civil immigration paperwork: the operation it serves is civil
        return found(Purpose.CIVIL_IMMIGRATION, *paper)
    return Purpose.UNKNOWN


_LIKELY_BEFORE = re.compile(
    r"\b(?:probably|likely|expected to|expect(?:s|ed)? (?:to|that)|end up|going to|gonna|will)\b(?:\s+[\w']+){0,5}\s*$"
)


# "both fine since its criminal?": the officer's own reasoning put as a question, not doubt about the aim
_REASONING_BEFORE = re.compile(r"\b(?:since|because|cause|cuz|bc|as|given(?: that)?|seeing as)\s+(?:[\w']+\s+){0,2}$")


def _doubted_explicit(norm: str, scope: list[Clause]) -> tuple[int, int] | None:
    for clause in scope:
        for match in CRIMINAL_EXPLICIT.finditer(norm, clause.start, clause.end):
            if _REASONING_BEFORE.search(norm, max(0, match.start() - 30), match.start()):
                continue
            if is_doubted(norm, match.start(), match.end()):
                return match.start(), match.end()
    return None


def _expected_outcome(norm: str, scope: list[Clause]) -> tuple[int, int] | None:
    """Removal said as the likely outcome: doubt about the future, not about what is asked."""
    for clause in scope:
        for match in CIVIL_STRONG.finditer(norm, clause.start, clause.end):
            before = norm[max(clause.start, match.start() - 60) : match.start()]
            if not is_negated(norm, match.start()) and _LIKELY_BEFORE.search(before):
                return match.start(), match.end()
    return None


def first_match(
    pattern: re.Pattern[str], norm: str, scope: list[Clause], negated_ok: bool = False
) -> tuple[int, int] | None:
    for clause in scope:
        for match in pattern.finditer(norm, clause.start, clause.end):
            if negated_ok or not (is_negated(norm, match.start()) or is_doubted(norm, match.start(), match.end())):
                return match.start(), match.end()
    return None


_CONTEXT_REACH = 45


def _criminal_cue(
    norm: str, scope: list[Clause], allow_doubt: bool = False, agency: Agency = Agency.UNKNOWN
) -> tuple[int, int, bool] | None:
    """The requesting agency's criminal case: a crime named next to an investigation, case or charge.

    Returns (start, end, weak). The person's record is not the request's purpose, nor, when a
    federal agency asks, is the NYPD's own arrest charge ("we locked him up for robbery"):
    those are left out, and the crime must sit close to the word that makes it a case. A
    crime that only names a unit ("our gang task force") is a weak cue: it says what the team
    works on, and yields to any purpose the request itself states.
    """
    weak: tuple[int, int, bool] | None = None
    federal_request = agency not in (Agency.NONE, Agency.UNKNOWN)
    criminal_agency = agency in CRIMINAL_AGENCIES
    # a crime the message names as the NYPD's own case ("we arrested him for robbery") stays
    # ours wherever it comes up again ("does the robbery charge count")
    ours_elsewhere = {
        crime.group(0)
        for c in clauses(norm)
        for crime in CRIME_TERMS.finditer(norm, c.start, c.end)
        if _is_our_case(norm, c, crime)
    }
    # "arson 5th conviction last yr ... arson sounds serious": the record named again, not a case
    record_elsewhere = {
        crime.group(0)
        for crime in CRIME_TERMS.finditer(norm)
        if _RECORD_BEFORE.search(norm[max(0, crime.start() - 40) : crime.start()])
        or _CONVICTION_AFTER.match(norm, crime.end())
    }
    # "HSI sits in on our interview": the federal agents work a case with us (one look per request)
    joint = any(
        _JOINTLY.search(norm, c.start, c.end) or (criminal_agency and _SITS_IN_ON_OURS.search(norm, c.start, c.end))
        for c in scope
    )
    for clause in scope:
        explicit = CRIMINAL_EXPLICIT.search(norm, clause.start, clause.end)
        if (
            explicit
            and not is_negated(norm, explicit.start())
            and allow_doubt == is_doubted(norm, explicit.start(), explicit.end())
        ):
            return explicit.start(), explicit.end(), False
        terms = list(CRIME_TERMS.finditer(norm, clause.start, clause.end))
        if criminal_agency:  # a Marshals "fugitive" is wanted on a criminal warrant (ERO's are civil)
            terms += list(_FUGITIVE.finditer(norm, clause.start, clause.end))
        for crime in sorted(terms, key=lambda m: m.start()):
            their_case = bool(
                _THEIR_BEFORE.search(norm[max(clause.start, crime.start() - 20) : crime.start()])
                and _CASE_AFTER.match(norm, crime.end())
            )
            if (
                not _CARRIED.match(crime.group(0))
                # "the arrest history of the suspect in their kidnapping case": the agency's case, not his record
                and not their_case
                and (
                    _RECORD_BEFORE.search(norm[max(clause.start, crime.start() - 40) : crime.start()])
                    or _CONVICTION_AFTER.match(norm, crime.end())
                    or crime.group(0) in record_elsewhere
                )
            ):
                continue  # the person's record, not the request's purpose ("perp had 3 fake IDs" is neither)
            if is_negated(norm, crime.start()):
                continue
            if allow_doubt != is_doubted(norm, crime.start(), crime.end()):
                continue
            ours = _is_our_case(norm, clause, crime) or crime.group(0) in ours_elsewhere
            if (
                federal_request
                and joint
                and agency not in _COMPONENT_UNKNOWN
                and (ours or not _UNIT_NAME.match(norm, crime.end()))
            ):
                # "HSI agent on our sex trafficking case": the case they work with us is their purpose
                return crime.start(), crime.end(), False
            if federal_request and ours:
                # The NYPD's own charge is not a DHS agency's purpose. For the FBI, DEA, ATF or
                # Marshals asking about it, it is a weak cue: their interest is likely that crime,
                # but any purpose they state themselves (removal, say) comes first.
                if criminal_agency:
                    weak = weak or (crime.start(), crime.end(), True)
                continue
            if TSDB_NAME.search(norm, max(clause.start, crime.start() - 15), crime.end() + 15):
                continue
            unit = _UNIT_NAME.match(norm, crime.end())
            their = _FOR_THEIR.search(norm[max(0, crime.start() - 25) : crime.start()])
            if unit and their:
                return crime.start() - len(their.group(0)), unit.end(), False
            if unit and not criminal_agency:
                weak = weak or (crime.start(), unit.end(), True)
                continue
            # The case word may sit across a parenthesis: "warrant for Caskivar (bank robbery)".
            nearby = norm[max(0, crime.start() - _CONTEXT_REACH) : crime.end() + _CONTEXT_REACH]
            if INVESTIGATION_CONTEXT.search(nearby) or not federal_request or criminal_agency:
                start, end = word_span(
                    norm, max(clause.start, crime.start() - 20), min(clause.end, crime.end() + 12), clause
                )
                return start, end, False
    return weak


NO_CRIME_OF_OURS = re.compile(
    r"\bnothing (?:else )?(?:wrong|going on|illegal|criminal|on (?:him|her|them))\b|\bno (?:other )?(?:crime|offen[cs]e|charges?|reason)\b|"
    r"\bjust (?:curious|wondering|a (?:traffic stop|summons|ticket|car stop|tail ?light|stop))\b|"
    r"\bonly (?:a )?(?:traffic (?:stop|infraction|violation)|summons|ticket|vtl)\b|\bfor no reason\b|\bclean otherwise\b|"
    r"\b(?:nobody|no one|none of them) (?:is|was|are|were) (?:suspected|accused) of (?:anything|any crime)\b|\bjust to know who'?s around\b"
)
OWN_ADMIN = re.compile(
    r"\b(?:ot|overtime) (?:slips?|rates?|forms?|codes?|sheets?|pay|hours)\b|\bpayroll\b|\bvacation days?\b|"
    r"\bchart days?\b|\btour (?:change|swap)s?\b|\bheld over\b|\bsick (?:days?|leave)\b|"
    r"\bhow long (?:do|should|must) (?:we|i) (?:keep|retain|hold on to|save|store)\b"
)
NOTHING_ASKED = re.compile(
    r"\b(?:nobody|no one|noone|they|he|she|the agents?|agents) (?:[\w']+ ){0,4}(?:asked|requested|wanted) (?:us |me |anyone |anybody )?(?:for )?(?:anything|nothing)\b|"
    r"\b(?:didn't|did not|haven't|have not|hasn't|never|not) (?:ask|asked|asking|request|requested|want|wanted) (?:us |me |anyone |anybody )?(?:for )?anything\b|"
    r"\bjust (?:fyi|putting (?:it|this) out there|so you know|letting (?:you|y'all|everyone) know|passing (?:it|this) along|an fyi)\b|\bno request (?:was )?made\b"
)
_JOINTLY = re.compile(
    r"\b(?:jointly|alongside us|with us on|joint (?:[\w'/-]+ ){0,2}(?:case|investigation)|(?:agents?|guys?|people) (?:on|in) our|"
    # "our detective is running it, NYPD case": the federal agents join an investigation the NYPD leads
    r"(?:our|my|the nypd) (?:detectives?|det|squad|investigators?|team|case agent) (?:is |are |'s )?(?:running|leading|handling|in charge of) (?:it|this|the (?:case|interview|investigation|search))|"
    r"(?:we|our squad|the squad|our team) (?:run|runs|are running|lead|leads|are leading|handle|are handling) (?:it|this|the (?:case|interview|investigation|search))|"
    r"we invited (?:them|em|'em|him|her)|our collar, our room|working (?:it|the case|this|our case) (?:w|with) us|"
    r"nypd case)\b"
)
# "FBI wants to sit in on our interview": our case is theirs too for an agency that only works crimes;
# a DHS component sitting in may be there for removal, so its own aim is asked
_SITS_IN_ON_OURS = re.compile(r"\b(?:sit|sitting|sat) in on our\b")
# "the complaint report from the assault last month": the event a record is of, not the agency's aim
_RECORD_OF_EVENT = re.compile(
    r"\b(?:reports?|complaints?|complaint reports?|files?|videos?|footage|911 calls?|dd-?5s?|61s?|paperwork|records?|"
    r"photos?|statements?) (?:from|of) (?:the|a|that|this|last \w+'s|yesterday's|last night's)\s+$"
)


def _is_our_case(norm: str, clause: Clause, crime: re.Match[str]) -> bool:
    """The NYPD's own arrest or case: "we collared him for robbery", "our robbery case", "a witness in the robbery"."""
    own = NYPD_OWN_CASE.search(norm[clause.start : crime.start()])
    return bool(
        (own and not _federal_actor(norm[clause.start : clause.start + own.start()]))
        or (
            _OUR_CASE_BEFORE.search(norm[max(0, crime.start() - 20) : crime.start()])
            and _CASE_AFTER.match(norm, crime.end())
            # "I'm on the HSI task force ... for our narcotics case": the task force's case, not the NYPD's
            and not _ON_A_TASK_FORCE.search(norm)
        )
        or OUR_PERSON_BEFORE.search(norm[max(0, crime.start() - 30) : crime.start()])
        or _RECORD_OF_EVENT.search(norm[max(0, crime.start() - 40) : crime.start()])
        or _our_arrest_sentence(norm, crime)
        # "petit larceny collar, DAT eligible": the crime names our own arrest
        or bool(_OUR_ARREST_AFTER.match(norm, crime.end()))
        # "our collar from this morning (commercial burglary on Broadway)": its charge in brackets
        # (not "a judge's warrant for our prisoner (money laundering)": that is the warrant's crime)
        or bool(
            (bracketed := _OUR_ARREST_BRACKETED.search(norm[max(0, crime.start() - 70) : crime.start()]))
            and "warrant" not in norm[max(0, crime.start() - 70 - 60) : crime.start() - 70 + bracketed.start() + 1]
        )
    )


# A detective's case notes: "Stolen car ring out of the chop shop, we locked up 3 last month",
# "Collar from the jewelry store burglary", "Squad has the collar from the poor-box larceny".
_OUR_ARREST_IN_SENTENCE = re.compile(
    r"\b(?:we|i|my partner|the squad|our squad|squad) (?:[\w']+ )?(?:locked up|arrested|collared|grabbed|picked up|booked|"
    r"pinched|nabbed|caught|scooped|got) (?:him|her|them|the (?:guy|perp|suspect)|\d+|two|three|four|both)\b|"
    r"\b(?:squad|we|i) (?:has|have|had|got|caught) (?:the|a|this) (?:collar|arrest|case)\b|"
    r"(?:^|[.;:!?]\s*|\bthe |\bthis |\ba |\bmy |\bour )(?:[\w']+ )?(?:collar|arrest|arrestee) (?:from|for|on|out of|in) \b|"
    r"\bda(?:'s| is)? (?:charging|writing (?:it|him|her) up|drawing up)\b"
)
_FEDERAL_IN_SENTENCE = re.compile(
    r"\b(?:ice|ero|hsi|cbp|dhs|fbi|dea|atf|usms|marshals?|feds?|federal|agents?|homeland|border patrol|task ?force|"
    r"immigration|they|their)\b"
)


def _our_arrest_sentence(norm: str, crime: re.Match[str]) -> bool:
    """The crime sits in a sentence about the NYPD's own arrest and no one else: our case, not theirs."""
    left, right = sentence_bounds(norm, crime.start(), crime.end())
    sentence = norm[left:right]
    return bool(_OUR_ARREST_IN_SENTENCE.search(sentence)) and not _FEDERAL_IN_SENTENCE.search(sentence)


_OUR_ARREST_BRACKETED = re.compile(
    r"\b(?:our|my) (?:[\w']+ )?(?:collar|arrest|prisoner|perp|arrestee)\b[^()]{0,40}\(\s*(?:[\w']+ ){0,2}$"
)
_FUGITIVE = re.compile(r"\bfugitives?\b")
# "homeland security" or "ICE" without the component: joining our interview says nothing of their aim
_COMPONENT_UNKNOWN = frozenset({Agency.ICE, Agency.DHS, Agency.FEDERAL, Agency.UNKNOWN})
_CARRIED = re.compile(
    r"(?:\d+|two|three|four|five|several|multiple|a bunch of) |(?:forged|fake|phony|bogus|fraudulent)\b"
)
_RECORD_BEFORE = re.compile(
    r"\b(?:convicted (?:of|for)|convictions? (?:for|of|is|was)|pled (?:guilty )?(?:to)?|pleaded (?:guilty )?(?:to)?|"
    r"(?:he|she|perp|guy|subject|defendant|prisoner|arrestee) (?:has|had) (?:a |an )?(?:prior |old |\d{4} )?|"
    # "our prisoner w a 2023 robbery 1": an offence dated in the past, held by the person
    r"(?:w|with|has|had|got) (?:a |an )?(?:19|20)\d\d |"
    r"(?:sheet|rap|record) (?:says|shows)|prior (?:case|arrest|collar)s?,? (?:a |an )?|"
    r"(?:took |taken |a )?plea (?:to|for|on)|pled out (?:to|on)|copped (?:a plea )?(?:to|on)|"
    r"priors? (?:for|of|is|are)|record (?:for|of|shows|is)|did time for|served (?:time )?for|rap sheet(?! (?:to|over to|going to)\b)|history of|"
    r"record:|priors:|conviction:|convictions:|(?:his|her|their|the) sheet:|history:)\s*(?:[\w']+,? ){0,5}$"
)
# "robbery 2 from 2023", "a burglary conviction": the offence dated in the past is the person's record
_CONVICTION_AFTER = re.compile(
    r"\s*(?:[\w']+ )?(?:convictions?|prior|plea)\b|\s*(?:(?:\d|1st|2nd|3rd|4th|5th|one|two|three|four)\b,?\s*)?"
    r"(?:degree,? )?(?:(?:from|in|back in) )?(?:(?:19|20)\d\d\b|'\d\d\b)|\s*(?:[\w']+ )?(?:from|in|back in) '?\d\d\b"
)
# "for their financial fraud squad": the unit the request serves, so its crime is the purpose
_FOR_THEIR = re.compile(r"\b(?:for|to|of) (?:their|his|her|the agency'?s?) (?:[\w']+ )?$")
_OUR_OR_MY_BEFORE = re.compile(r"\b(?:our|my)\s+$")  # "our gang unit", not "the HSI/NYPD task force"
_OUR_OPERATION_BEFORE = re.compile(
    r"\b(?:our|my|nypd'?s?|the squad'?s?)\s+(?:[\w'-]+\s+){0,3}?(?:team|unit|squad|guys|people|detail|module)\s+"
    r"(?:on|for|doing|running|during)\s+(?:(?:a|an|the|their|its|this|that|tonight'?s?)\s+)?$|\b(?:our|my)\s+$|"
    # "a search warrant we're doing tomorrow at a chop shop": our own operation, said with "we"
    r"\b(?:we're|we are|we'll be|we will be)\s+$"
)
_ON_A_TASK_FORCE = re.compile(
    r"\b(?:i'm|i am|im|i've been|we're|we are)\s+(?:a |an )?(?:on|in|with|assigned to|detailed to|detailed on|part of|a member of)\s+"
    r"(?:the |an? |their |our )?(?:[\w']+\s+){0,2}(?:task ?force|jttf|tf)\b|\b(?:i'm|i am|im) (?:an? )?(?:[\w']+ )?(?:tfo|task force officer)\b"
)
_THEIR_BEFORE = re.compile(r"\b(?:their|its|the agency'?s?|the bureau'?s?|the feds'?)\s+(?:[\w']+\s+)?$")
_OUR_CASE_BEFORE = re.compile(r"\b(?:our|my|nypd'?s?|the squad'?s?)\s+(?!joint\b)(?:[\w']+\s+)?$")
_OUR_ARREST_AFTER = re.compile(
    # "gang-associate collar", "gun possession collar": up to two words of the charge between
    r"(?:(?:-|\s+)(?!(?:for|of|the|a|an|to|on|in|and|with|their|his|her|our|my)\b)[\w']+){0,2}\s*"
    r"(?:collar|arrestee|perp|prisoner)\b|\s*(?:arrest|collar),? (?:dat|desk appearance)\b|"
    # "an assault case I caught in September": a case a detective catches is the squad's own
    r"\s*(?:case|job|complaint|pattern) (?:that )?(?:i|we|my partner|our squad|the squad|my squad|our team|our unit) "
    r"(?:caught|catch|had|have|handled|handle|picked up|investigated|am working|are working|worked|opened|took)\b"
)
_CASE_AFTER = re.compile(
    r"\s*(?:[\w']+ )?(?:case|collar|arrest|investigation|job|complaint|pattern|victim|scene|interview|search|op|operation|"
    r"complainants?|witness(?:es)?|defendants?|suspects?|victims|perps?|arrestees?|prisoners?|collars)\b"
)
_PURPOSE_UNSTATED = re.compile(
    r"\b(?:didn't|did not|won't|will not|wouldn't|would not|doesn't|does not|don't|do not|never|(?<=he )not|(?<=she )not|(?<=they )not) (?:say|tell (?:me|us)|"
    r"explain|mention|specify|give (?:a |any )?reason)\b(?! (?:which|what) (?:part|component|agency|unit|office|branch|division|one)\b)(?: (?:why|what (?:for|it's for|it is for|it's about|its about|"
    r"the case is|their case is|they're working on|he's working on|she's working on|they want it for)))?|"
    r"\bno reason (?:given|stated)\b|\bno idea (?:why|what for|what it's for)\b|\bnot sure (?:why|what (?:for|it's for))\b|"
    # "he not say which office or why"
    r"\b(?:not|never|didn't|did not|won't|wouldn't) (?:say|tell|explain)\w* (?:us |me )?(?:which|what) (?:[\w']+ ){0,2}or why\b"
)
_RECORD_AFTER_CRIME = re.compile(r"\s+(?:reports?|records?|files?|paperwork|complaints?|footage|videos?|dd-?5s?)\b")
_RECORD_SUBJECT = re.compile(
    r"\b(?:reports?|complaints?|files?|folders?|narratives?|paperwork|records?|video|footage|dd-?5s?|61s?|calls?|audio|recordings?|tapes?) "
    r"(?:on|about|from|for|of) (?:an? |the |that |this )?"
)
# "the case folder on the Fordham Rd robbery pattern": up to three words naming where, before the crime
_PLACE_WORDS = tuple(re.compile(rf"(?:[\w'.-]+ ){{{n}}}") for n in range(4))
_VAGUE_CASE = re.compile(r"(?:federal|criminal) (?:criminal )?(?:cases?|investigations?|matters?|probes?)")
_UNIT_NAME = re.compile(
    r"\s*(?:[\w']+ )?(?:task ?force|tf|unit|squad|team|group|division|detail|module|database|db|registry|list)\b"
)
_CASE_MENTION = re.compile(r"\b(?:the|our|their|a|this|that) (?:joint )?case\b(?! (?:for|of) (?:removal|deportation))")


def _federal_actor(before: str) -> bool:
    """Whether the subject of an arrest verb is a federal agency ("HSI arrested him for..."), not us."""
    # "knife guy from 26 Fed is in our cuffs": 26 Federal Plaza is a place, not the arresting agency
    subject = re.search(r"(?:[\w']+\s+){0,2}$", re.sub(r"\b\d+ fed(?:eral)?\b", "plaza", before))
    words = subject.group(0) if subject else ""
    return bool(re.search(r"\b(?:ice|ero|hsi|cbp|dhs|fbi|dea|atf|usms|marshals|feds?|agents?|they)\b", words))


# Words that quote an agency rather than bring its own request. Not a bare "from" or "for": "a
# call from ICE" or "an agent from ICE at the desk" is ICE's own request.
RELAYED = re.compile(
    r"\b(?:says?|said|saying|told (?:me|us)|according to|on behalf of|passing (?:it )?along (?:for|from)|relaying|"
    r"tipped (?:off )?by|(?:info|information|intel|tip|word|lead|heads up) (?:came )?from|his words|her words|quote|"
    r"(?:was|were) (?:honest|upfront|up front|straight|clear) (?:with (?:me|us) )?that|admitted that|made (?:it )?clear that)"
    r",?:?\s+[\"“”']?(?:[\w',]+\s+){0,5}$|"
    # "it's not for them, his buddy at ICE needs it": the agent asks on a friend's behalf
    r"\b(?:buddy|friend|contact|pal|colleague|guy|people|folks) (?:at|in|from|over at|with)\s+(?:the\s+)?$"
)
# "I'm on the HSI task force", "assigned to the FBI group": the officer's own unit, not a request.
# Only with the officer's own words before it: "ICE asked our squad" is ICE asking.
_OWN_ASSIGNMENT = re.compile(r"[a-z]+\s+(?:[\w']+\s+)?(?:task ?force|tf|group|squad|unit|team)\b")
_OWN_ASSIGNMENT_BEFORE = re.compile(
    r"\b(?:i'm|i am|im|we're|we are|i work|i worked|assigned|detailed|my|our|i'm on|i sit on)\s+(?:[\w']+\s+){0,3}$"
)


def is_own_assignment(norm: str, mention: Mention) -> bool:
    return bool(
        _OWN_ASSIGNMENT.match(norm, mention.start)
        and _OWN_ASSIGNMENT_BEFORE.search(norm[max(0, mention.start - 40) : mention.start])
    )


def asks_in(clauses: list[Clause], cues: list[Cue], norm: str) -> bool:
    """Whether these clauses state an ask, or carry civil paperwork (itself a request to hold)."""
    return any(c.start <= cue.start < c.end for c in clauses for cue in cues) or any(
        _civil_paper_in(norm, c) for c in clauses
    )


# "is this any different from an ICE detainer?": paper named to compare with, not paper in hand
_COMPARED = re.compile(
    r"\b(?:different (?:from|than)|differs? from|unlike|not like|same as|just like|compared (?:to|with)|versus|vs\.?|"
    r"treated (?:like|as)|the way we (?:do|treat|handle))\s+(?:an? |the |any |their )?(?:[\w-]+ ){0,2}$"
)


def _civil_paper_in(norm: str, clause: Clause) -> bool:
    """Whether a clause names civil paperwork (a detainer, an I-200) other than in a comparison."""
    return any(
        not _COMPARED.search(norm, max(0, m.start() - 40), m.start()) and not is_negated(norm, m.start())
        for pattern in (DETAINER, ADMIN)
        for m in pattern.finditer(norm, clause.start, clause.end)
    )


def paper_kind_in(norm: str, clause: Clause) -> str | None:
    """The kind of paperwork a clause names, if any: civil (detainer, I-200) or a judge's warrant."""
    if _civil_paper_in(norm, clause):
        return "civil"
    judge = JUDICIAL.search(norm, clause.start, clause.end)
    if judge is not None and JUDICIAL_DENIED.search(norm[max(clause.start, judge.start() - 25) : judge.end()]):
        judge = None  # "a detainer only, no judge warrant": the judge is denied, the paper is the detainer
    if judge is not None and (only_promised(norm, [judge.start()]) or WILL_SIGN.match(norm, judge.end())):
        judge = None  # "so they can get a judge's warrant": paper still to come is no paper of its own
    if judge is not None or CRIMINAL_PAPER.search(norm, clause.start, clause.end):
        return "judicial"
    return None
