"""The requesting agency's criminal case, told apart from the NYPD's own arrest or case and
from the person's record."""

from __future__ import annotations

import re

from bot.facts.lexicon import CRIME_TERMS, CRIMINAL_EXPLICIT, INVESTIGATION_CONTEXT, NYPD_OWN_CASE, OUR_ARREST_BRACKETED
from bot.facts.lexicon.purpose_criminal import (
    CREW_NOUN,
    DECONFLICTING,
    NO_AIM_BEFORE,
    OUR_PAST_TOGETHER,
    PAST_WORK,
    WE_HOLD_A_SUSPECT_IN,
)
from bot.facts.lexicon.record import CONVICTION_AFTER, RECORD_LINE_BEFORE
from bot.facts.model import Agency
from bot.facts.spans import CRIMINAL_AGENCIES, DHS_FAMILY, OUR_PERSON_BEFORE, sentence_bounds, word_span
from bot.facts.text import Clause, clauses, is_doubted, is_negated
from bot.facts.watchlist import TSDB_NAME

__all__ = ["criminal_cue", "is_past_indictment", "is_record_line", "names_a_record"]


_CONTEXT_REACH = 45


_ASKS_NOW = re.compile(r"\b(?:wants?|asked|asks|asking|needs?|now)\b")
_WORKS_WITH_US_ON = re.compile(r"\((?:[^()]*\s)?(?:works?|worked|working) (?:w/?|with) (?:us|me) on (?:[\w']+ )?$")


# "the perp we collared on the sex trafficking case": the NYPD's own case, whatever it is called
_WE_ARRESTED_ON = re.compile(
    r"\b(?:we|i|our (?:squad|team|unit|guys)|the squad) (?:[\w']+ )?(?:arrested|collared|locked up|booked|pinched|busted|nabbed|picked up) "
    r"(?:him |her |them )?(?:on|for) (?:a |an |the |our )?$"
)


def criminal_cue(
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
    record_elsewhere = {crime.group(0) for crime in CRIME_TERMS.finditer(norm) if is_record_line(norm, crime)}
    past_work = [m.span() for m in PAST_WORK.finditer(norm)]
    # "HSI sits in on our interview": the federal agents work a case with us (one look per request)
    joint = any(
        _JOINTLY.search(norm, c.start, c.end) or (criminal_agency and _SITS_IN_ON_OURS.search(norm, c.start, c.end))
        for c in scope
    )
    for clause in scope:
        if OUR_PAST_TOGETHER.search(norm, clause.start, clause.end) and not _ASKS_NOW.search(
            norm, clause.start, clause.end
        ):
            continue  # "a fed I know (we did a wire together back in 2019)": how they know each other
        explicit = CRIMINAL_EXPLICIT.search(norm, clause.start, clause.end)
        if (
            explicit
            and not is_negated(norm, explicit.start())
            and not NO_AIM_BEFORE.search(norm[max(clause.start, explicit.start() - 30) : explicit.start()])
            and allow_doubt == is_doubted(norm, explicit.start(), explicit.end())
            and not WE_HOLD_A_SUSPECT_IN.search(norm[max(clause.start, explicit.start() - 60) : explicit.start()])
            # ("the perp we collared on the sex trafficking case": our case, said as plainly)
            and not _WE_ARRESTED_ON.search(norm[max(clause.start, explicit.start() - 50) : explicit.start()])
            and not is_past_indictment(norm, explicit)
            and not (agency in DHS_FAMILY and DECONFLICTING.fullmatch(explicit.group(0)))
            and not any(start <= explicit.start() < end for start, end in past_work)  # "I do these for terrorism cases"
        ):
            return explicit.start(), explicit.end(), False
        terms = list(CRIME_TERMS.finditer(norm, clause.start, clause.end))
        if criminal_agency:  # a Marshals "fugitive" is wanted on a criminal warrant (ERO's are civil)
            terms += list(_FUGITIVE.finditer(norm, clause.start, clause.end))
        for crime in sorted(terms, key=lambda m: m.start()):
            their_case = bool(
                _THEIR_BEFORE.search(norm[max(clause.start, crime.start() - 20) : crime.start()])
                and _CASE_AFTER.match(norm, crime.end())
            ) or bool(
                # "copies of his prior arrest reports for the terrorism case": the case the records serve
                _FOR_THE_BEFORE.search(norm[max(clause.start, crime.start() - 20) : crime.start()])
                and _THE_CASE_AFTER.match(norm, crime.end())
            )
            if (
                not _CARRIED.match(crime.group(0))
                # "the arrest history of the suspect in their kidnapping case": the agency's case, not his record
                and not their_case
                and (
                    RECORD_LINE_BEFORE.search(norm[max(clause.start, crime.start() - 40) : crime.start()])
                    or CONVICTION_AFTER.match(norm, crime.end())
                    or crime.group(0) in record_elsewhere
                )
            ):
                continue  # the person's record, not the request's purpose ("perp had 3 fake IDs" is neither)
            if is_negated(norm, crime.start()) or any(start < crime.start() < end for start, end in past_work):
                continue  # (nor "I've done alerts for the gang case before": the officer's past work)
            if NO_AIM_BEFORE.search(norm[max(clause.start, crime.start() - 30) : crime.start()]):
                continue  # "a removal target who ran off during the shooting", "he beat his gun case"
            if _LIST_OF_BEFORE.search(norm[max(clause.start, crime.start() - 40) : crime.start()]):
                continue  # "a list of all Trinitarios members": who is in the data asked for, not a case
            if _WORKS_WITH_US_ON.search(norm, max(0, crime.start() - 30), crime.start()):
                continue  # "HSI SA (good guy, works w us on gangs) asked me ...": the agent's usual work, not this aim
            if _PEOPLE_AFTER.match(norm, crime.end()) or (
                _ONE_VICTIM_AFTER.match(norm, crime.end())
                and _THE_BEFORE.search(norm, max(0, crime.start() - 6), crime.start())
            ):
                continue  # "alerts on 6 gang members": who the people are, not a case anyone works
            if allow_doubt != is_doubted(norm, crime.start(), crime.end()):
                continue
            # "the arrest report on my fraud collar, for their identity theft case", "says it's for a
            # federal assault case": the agency's own case, though our arrest is named before it
            before_crime = norm[max(clause.start, crime.start() - 20) : crime.start()]
            agencys_own = bool(
                (_THEIR_BEFORE.search(before_crime) or _FEDERAL_BEFORE.search(before_crime))
                and _OWN_CASE_AFTER.match(norm, crime.end())
            )
            ours = not agencys_own and (_is_our_case(norm, clause, crime) or crime.group(0) in ours_elsewhere)
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


_JOINTLY = re.compile(
    r"\b(?:jointly|alongside us|with (?:us|me) on|joint (?:[\w'/-]+ ){0,2}(?:case|investigation)|(?:agents?|guys?|people) (?:on|in) our (?:[\w'/-]+ ){0,2}(?:case|investigation|team|squad|wire|task ?force|tf|op|operation|interview|pattern|unit)s?\b|"
    # "our detective is running it, NYPD case": the federal agents join an investigation the NYPD leads
    r"(?:our|my|the nypd) (?:detectives?|det|squad|investigators?|team|case agent) (?:is |are |'s )?(?:running|leading|handling|in charge of) (?:it|this|the (?:case|interview|investigation|search))|"
    r"(?:we|our squad|the squad|our team) (?:run|runs|are running|lead|leads|are leading|handle|are handling) (?:it|this|the (?:case|interview|investigation|search))|"
    r"we invited (?:them|em|'em|him|her)|our collar, our room|working (?:it|the case|this|our case) (?:w|with) us|"
    r"(?:case|investigation) (?:we're|we are|we've been|we have been) (?:working|running|doing) (?:together|jointly|with (?:them|hsi|ice|cbp|dhs))|"
    r"(?:is|are|'s|'re) our partners? on (?:the|this|our|that) (?:case|investigation)|with our (?:det|detective) in the room|"
    r"our (?:det|detective) (?:would|will|'d|'ll) be in the room|"
    r"(?:we're|we are|we'll|we will) (?:setting|set|arranging|arrange) (?:it|this|the interview|them) up|"
    # "we arrested him for Medicaid fraud, they're doing the federal side": one case, two prosecutions
    r"(?:doing|handling|working|taking|running) the federal (?:side|end|part|piece)|nypd case)\b"
)


# "FBI wants to sit in on our interview": our case is theirs too for an agency that only works crimes;
# a DHS component sitting in may be there for removal, so its own aim is asked
_SITS_IN_ON_OURS = re.compile(r"\b(?:sit|sitting|sat) in on our\b")


# "the complaint report from the assault last month": the event a record is of, not the agency's aim
_RECORD_OF_EVENT = re.compile(
    r"\b(?:reports?|complaints?|complaint reports?|files?|videos?|footage|911 calls?|dd-?5s?|61s?|paperwork|records?|"
    r"photos?|statements?|printouts?|recordings?|logs?|run sheets?|job sheets?) (?:from|of) (?:the|a|that|this|last \w+'s|yesterday's|last night's)\s+$|"
    # "the lady who called 911 about a burglary": an event reported to us, not a federal case
    r"\b(?:called|calls|calling) (?:911|us|the precinct|the pct|it in) (?:about|on|to report) (?:a|an|the)\s+$|"
    # "voucher copies for the firearm": the paper on a piece of evidence, whatever it is
    r"\b(?:vouchers?|voucher copies|invoices?|lab (?:results|reports)) (?:for|of|on) (?:the|a|that|this|his|her)\s+$"
)


def is_record_line(norm: str, crime: re.Match[str]) -> bool:
    """The crime is a line of the person's record ("Rap: petit larceny 2023"), not a case anyone works."""
    return bool(
        RECORD_LINE_BEFORE.search(norm[max(0, crime.start() - 40) : crime.start()])
        or CONVICTION_AFTER.match(norm, crime.end())
    )


def is_past_indictment(norm: str, match: re.Match[str]) -> bool:
    """ "convicted in 2023 on an indictment for burglary": the person's record, no paper or aim now."""
    return match[0].startswith("indict") and is_record_line(norm, match)


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
        or _PERSON_OF_A_DAY_BEFORE.search(norm[max(0, crime.start() - 45) : crime.start()])
        or _RECORD_OF_EVENT.search(norm[max(0, crime.start() - 40) : crime.start()])
        or _our_arrest_sentence(norm, crime)
        # "petit larceny collar, DAT eligible": the crime names our own arrest
        or bool(_OUR_ARREST_AFTER.match(norm, crime.end()))
        # "our collar from this morning (commercial burglary on Broadway)": its charge in brackets (not "a judge's
        # warrant for our prisoner (money laundering)", the warrant's; but "in our cells for a bar fight (assault 3)")
        or (
            (bracketed := OUR_ARREST_BRACKETED.search(norm[max(0, crime.start() - 70) : crime.start()])) is not None
            and (
                "warrant" not in norm[max(0, crime.start() - 130) : crime.start() - 70 + bracketed.start() + 1]
                or bracketed["held_for"] is not None
            )
        )
    )


# A detective's case notes: "Stolen car ring out of the chop shop, we locked up 3 last month",
# "Collar from the jewelry store burglary", "Squad has the collar from the poor-box larceny".
_OUR_ARREST_IN_SENTENCE = re.compile(
    r"\b(?:we|i|my partner|the squad|our squad|squad) (?:[\w']+ )?(?:locked up|arrested|collared|grabbed|picked up|booked|"
    r"pinched|nabbed|caught|scooped|got|took) (?:him|her|them|the (?:guy|perp|suspect)|\d+|one|two|three|four|both)\b|"
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


_FUGITIVE = re.compile(r"\bfugitives?\b")


# "homeland security" or "ICE" without the component: joining our interview says nothing of their aim
_COMPONENT_UNKNOWN = frozenset({Agency.ICE, Agency.DHS, Agency.FEDERAL, Agency.UNKNOWN})


_CARRIED = re.compile(
    r"(?:\d+|two|three|four|five|several|multiple|a bunch of) |(?:forged|fake|phony|bogus|fraudulent)\b"
)


_LIST_OF_BEFORE = re.compile(
    r"\b(?:lists?|names|roster|printouts?|extracts?|dump|spreadsheet)(?: of| on)? (?:all |every |each |the |any |our |known |"
    r"suspected |verified |documented |alleged )*$"
)


# "for their financial fraud squad": the unit the request serves, so its crime is the purpose
_FOR_THEIR = re.compile(r"\b(?:for|to|of) (?:their|his|her|the agency'?s?) (?:[\w']+ )?$")


_ON_A_TASK_FORCE = re.compile(
    r"\b(?:i'm|i am|im|i've been|we're|we are)\s+(?:a |an )?(?:on|in|with|assigned to|detailed to|detailed on|part of|a member of)\s+"
    r"(?:the |an? |their |our )?(?:[\w']+\s+){0,2}(?:task ?force|jttf|tf)\b|\b(?:i'm|i am|im) (?:an? )?(?:[\w']+ )?(?:tfo|task force officer)\b"
)


_FOR_THE_BEFORE = re.compile(r"\bfor (?:the|their|its|this|that|an?) (?:[\w']+ )?$")
_THE_CASE_AFTER = re.compile(r"\s*(?:[\w']+ )?(?:case|investigation|probe|prosecution|indictment)\b")
_THEIR_BEFORE = re.compile(r"\b(?:their|its|the agency'?s?|the bureau'?s?|the feds'?)\s+(?:[\w']+\s+)?$")


_FEDERAL_BEFORE = re.compile(r"\b(?:federal|fed)\s+(?:[\w']+\s+)?$")
_OWN_CASE_AFTER = re.compile(
    r"\s*(?:[\w']+ )?(?:case|investigation|probe|prosecution|indictment)\b"
    r"(?!\s*(?:file|folder|jacket|binder|number|no\b|#|report|paperwork|notes))"
)
# "6 gang members", "MS-13 associates": who the people are
_PEOPLE_AFTER = re.compile(r"\s+(?:members?|affiliates?|associates?|bangers?)\b")
# "the name and home address of the stabbing victim I brought in": one person we dealt with, named
# by what happened to her, not their aim (a case "with three trafficking victims" is about them)
_THE_BEFORE = re.compile(r"\b(?:the|that|this|our|my)\s+$")
_ONE_VICTIM_AFTER = re.compile(r"\s+(?:victim|complainant|witness)\b(?!s)")


_OUR_CASE_BEFORE = re.compile(r"\b(?:our|my|nypd'?s?|the squad'?s?)\s+(?!joint\b)(?:[\w']+\s+)?$")


_OUR_ARREST_AFTER = re.compile(
    # "gang-associate collar", "gun possession collar": up to two words of the charge between
    r"(?:(?:-|\s+)(?!(?:for|of|the|a|an|to|on|in|and|with|their|his|her|our|my)\b)[\w']+){0,2}\s*"
    r"(?:collar|arrestee|perp|prisoner)\b|\s*(?:arrest|collar),? (?:dat|desk appearance)\b|"
    # "the guy who punched the agent, assault 2, our collar": the charge of our own arrest
    r"(?:\s+[\w']+){0,2}\s*[,(-]\s*(?:our|my|the squad's|a) (?:own )?(?:collar|arrest|case|charge)\b|"
    # "an assault case I caught in September": a case a detective catches is the squad's own
    r"\s*(?:case|job|complaint|pattern) (?:that )?(?:i|we|my partner|our squad|the squad|my squad|our team|our unit) "
    r"(?:caught|catch|had|have|handled|handle|picked up|investigated|am working|are working|worked|opened|took)\b"
)


# "the complainant in last week's robbery": a person of an event we know by its day is ours
_PERSON_OF_A_DAY_BEFORE = re.compile(
    r"\b(?:witness|victim|complainant|vic)s? (?:from|in|of|on) (?:last|this|yesterday|tonight|today|saturday|sunday|monday|"
    r"tuesday|wednesday|thursday|friday)(?: (?:week|night|month|morning|weekend))?'s\s+(?:[\w']+\s+){0,2}$"
)


_CASE_AFTER = re.compile(
    r"\s*(?:[\w']+ )?(?:case|collar|arrest|investigation|job|complaint|pattern|victim|scene|interview|search|op|operation|"
    r"complainants?|witness(?:es)?|defendants?|suspects?|victims|perps?|arrestees?|prisoners?|collars)\b"
)


_UNIT_NAME = re.compile(
    r"\s*(?:[\w']+ )?(?:task ?force|tf|unit|squad|team|group|division|detail|module|database|db|registry|list)\b"
    # ("the double homicide the task force is working": the crime they work, not the unit's name)
    r"(?! (?:is|are|was|were|has been|have been) (?:working|investigating))"
)


def _federal_actor(before: str) -> bool:
    """Whether the subject of an arrest verb is a federal agency ("HSI arrested him for..."), not us."""
    # "knife guy from 26 Fed is in our cuffs": 26 Federal Plaza is a place, not the arresting agency
    subject = re.search(r"(?:[\w']+\s+){0,2}$", re.sub(r"\b\d+ fed(?:eral)?\b", "plaza", before))
    words = subject.group(0) if subject else ""
    return bool(re.search(r"\b(?:ice|ero|hsi|cbp|dhs|fbi|dea|atf|usms|marshals|feds?|agents?|they)\b", words))


def names_a_record(norm: str, criminal: tuple[int, int], served: bool = True) -> bool:
    """ "The report for the robbery on 9/2", "the robbery reports": the crime names one of our records.

    With `served` false, records "for" a case ("arrest reports for a counterfeit handbag case")
    are the case they serve, not what they are about.
    """
    if not served and _CASE_NEAR.search(norm, criminal[0], criminal[1] + 20):
        return False
    return any(
        CRIME_TERMS.match(norm, named.end()) or _A_CREW.match(norm, named.end())
        for subject in _RECORD_SUBJECT.finditer(norm, max(0, criminal[0] - 40), criminal[1])
        if served or subject.group("about") != "for"
        for words in _PLACE_WORDS
        if (named := words.match(norm, subject.end())) is not None
    ) or any(
        _RECORD_AFTER_CRIME.match(norm, end)
        for end in (criminal[1], *(m.end() for m in CRIME_TERMS.finditer(norm, *criminal)))
    )


_CASE_NEAR = re.compile(r"(?<!no )\b(?:case|investigation|probe|matter|task ?force|unit|squad)\b")
# ("the same buy-and-bust prisoner": our arrest, named by its crime)
_RECORD_AFTER_CRIME = re.compile(
    r"\s+(?:reports?|records?|files?|paperwork|complaints?|footage|videos?|dd-?5s?|prisoners?|collars?|arrestees?|perps?)\b"
)
# "reports on the Baisley 40 crew", "... on a crew fishing checks": the crew names the record
_A_CREW = re.compile(CREW_NOUN)
_RECORD_SUBJECT = re.compile(
    r"\b(?:reports?|complaints?|files?|folders?|narratives?|paperwork|records?|video|footage|dd-?5s?|61s?|calls?|audio|recordings?|tapes?|"
    r"(?:case )?boards?|binders?) "
    r"(?P<about>on|about|from|for|of) (?:an? |the |that |this )?"
)
# "the case folder on the Fordham Rd robbery pattern": up to three words naming where, before the crime
_PLACE_WORDS = tuple(re.compile(rf"(?:[\w'./-]+ ){{{n}}}") for n in range(4))
