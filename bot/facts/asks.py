"""Asks: every request the message states, with where it stands; negated ones left out, doubted
ones marked, our own events and paperwork told apart from what an agency asks of us; and the
officer's own status questions (EO 41), told apart from an agency asking us."""

from __future__ import annotations

import itertools
import re

from bot.facts.emergency import happening_now
from bot.facts.handover import rides_to_their_warrant, taken_to_them
from bot.facts.lexicon import CIVIL_STRONG, CLOSE_OFF_VERBS, STRONG_ASKS
from bot.facts.lexicon.asks import (
    EMERGENCY_DOUBTED,
    HELP_DOING,
    HELP_WITH_A_CASE,
    LOOKUP_SOURCE,
    MEETING,
    NO_RECORD_FOUND,
    ONLY_STATUS,
    RUN_A_NAME,
    SOURCE_BEFORE,
    VAGUE_HELP,
)
from bot.facts.lexicon.asks_access import AT_OUR_HOUSE, MEETING_HELD, ON_A_SCHEDULE, OUR_MEETING_BEFORE, SHORT_USE
from bot.facts.lexicon.asks_emergency import CALLED_FOR_BACKUP, HELP_CALL, SEND_UNITS, THE_ATTACKER
from bot.facts.lexicon.withdrawn import NOT_WITHDRAWN, WITHDRAWN
from bot.facts.model import Ask
from bot.facts.overlaps import FOR_THE_OP, SENTENCE_END, resolve_overlaps
from bot.facts.spans import ADMIN, DETAINER, IN_OUR_CUSTODY, PERSON_IN_BEFORE, Cue, sentence_bounds, sentence_of
from bot.facts.text import Clause, is_doubted_ask, is_negated
from bot.facts.weak import weak_cues

AGENCY_ASKS = re.compile(
    r"\b(?:ice|hsi|cbp|dhs|ero|feds?|fbi|dea|atf|agents?|marshals|border patrol|they|them)\b[^.?!;]{0,60}\b(?:ask|asks|asked|asking|wants?|want|need|needs|request)"
)


_AGENCY_SENT = re.compile(
    r"\b(?:ice|ero|hsi|cbp|dhs|fbi|dea|atf|usms|marshals|the agents?|they) (?:also |just |already )?"
    # (not "DHS emailed for the same footage": asking by email)
    r"(?:sent|emailed|faxed|forwarded|gave us|handed us|brought)\b(?! (?:us |me )?(?:(?:a |an )?(?:requests?|e-?mails?|fax(?:es)?|messages?|letters?|notes?|texts?|memos?)|for|asking|to ask|requesting|about)\b)"
)
_LEAD_IN = re.compile(r"(?:[(,;:.)]|\s|\d\))*")
_OCCASION_BEFORE = re.compile(
    r"\b(?:perimeter|traffic|outer|security|cover|presence|crowd control|uniformed support)\s+"
    r"(?:of|for|at|during|on|around)\s+(?:the |their |a |an |[\w-]+'s )?$"
)


def ask_cues(norm: str, parts: tuple[Clause, ...]) -> list[Cue]:
    """Every ask the message states, with where; negated ones left out, doubted ones marked."""
    cues: list[Cue] = []
    present = STRONG_ASKS.literals_in(norm)
    for ask in STRONG_ASKS.keys:
        for match in STRONG_ASKS.finditer(ask, norm, present):
            if is_negated(norm, match.start()) and not _negation_is_the_ask(ask, norm, match.start()):
                continue
            # "asked one thing: whether he is a citizen": a cue starts at its first word, in its clause
            lead_in = _LEAD_IN.match(norm, match.start(), match.end())
            start = lead_in.end() if lead_in else match.start()
            cues.append(Cue(ask, start, match.end(), is_doubted_ask(norm, start, match.end())))
    # "NCIC TSDB check 'NO RECORD'": a search's result, not records asked for
    cues = [c for c in cues if c.ask is not Ask.SHARE_RECORDS or not NO_RECORD_FOUND.search(norm, c.start, c.end)]
    # "all the squad knows is that he's in the gang database": who he is, not data asked for
    cues = [
        c
        for c in cues
        if c.ask not in (Ask.SHARE_RECORDS, Ask.SHARE_BULK_DATA)
        or not PERSON_IN_BEFORE.search(norm, max(0, c.start - 30), c.start)
    ]
    strong_at = {(c.start, c.end) for c in cues}
    cues += weak_cues(norm, parts, strong_at)
    cues += _interviews_of_ours(norm, cues)
    cues = [c for c in cues if c.ask is not Ask.PUBLIC_SAFETY_RESPONSE or happening_now(norm, c)]
    # "don't know if anybody's hurt": an emergency in doubt is no emergency read
    cues = [
        c
        for c in cues
        if c.ask is not Ask.PUBLIC_SAFETY_RESPONSE or not EMERGENCY_DOUBTED.search(norm[max(0, c.start - 40) : c.start])
    ]
    # "the suspect might be undocumented, does that matter?": the officer asks whether status counts
    cues = [
        c
        for c in cues
        if c.ask not in (Ask.SHARE_STATUS_INFO, Ask.INQUIRE_STATUS_SUSPECT)
        or not DOES_STATUS_MATTER.search(sentence_of(norm, c.start, c.end))
    ]
    # "in my fraud interview the perp admitted ...": our own interview, named as the moment something was said
    cues = [
        c
        for c in cues
        if c.ask is not Ask.ACCESS_PRISONER or not _OUR_EVENT_BEFORE.search(norm[max(0, c.start - 30) : c.start])
    ]
    # "saw on the news some sheriff signed a 287(g) deal": something told, not asked of us
    cues = [c for c in cues if not _NEWS_BEFORE.search(norm[max(0, c.start - 80) : c.start].split(".")[-1])]
    # "saw 287(g) on the news ... can precincts opt in": the news names the program, the question asks to join it
    if (
        _PROGRAM_287G.search(norm)
        and not any(c.ask is Ask.DEPUTIZATION_287G for c in cues)
        and (join := _OPT_IN.search(norm)) is not None
    ):
        cues.append(Cue(Ask.DEPUTIZATION_287G, join.start(), join.end(), False))
    # "two desks at the precinct for agents working a joint gang case": the joint case says what
    # something else serves. Beside another ask it is that ask's purpose; alone, the thing it serves
    # went unread, so it can route the request but never permit it.
    served = [
        c
        for c in cues
        if c.ask is Ask.JOINT_INVESTIGATION and _JOINT_CASE_SERVED.search(norm[max(0, c.start - 30) : c.start])
    ]
    if served:
        others = [c for c in cues if c.ask is not Ask.JOINT_INVESTIGATION]
        beside_another = [c for c in served if _any_in_sentence(norm, c, others)]
        cues = [c if c not in served else Cue(c.ask, c.start, c.end, True) for c in cues if c not in beside_another]
    # "ERO wanted a heads up when he walked out but they dropped it": an ask withdrawn, finished or never made
    cues = [c for c in cues if not WITHDRAWN.search(_sentence_after(norm, c.end))]
    # "some guy punched an agent ... they want us to grab him": arresting the attacker is the response
    attacks = [c for c in cues if c.ask is Ask.PUBLIC_SAFETY_RESPONSE]
    if attacks and not CIVIL_STRONG.search(norm) and not DETAINER.search(norm) and not ADMIN.search(norm):
        cues = [
            Cue(Ask.PUBLIC_SAFETY_RESPONSE, c.start, c.end, c.hedged)
            if c.ask is Ask.STOP_OR_ARREST
            and THE_ATTACKER.search(norm[c.start : c.end])
            and any(a.end <= c.start and c.start - a.end < 160 for a in attacks)
            else c
            for c in cues
        ]
    # "ICE agents are being shot at during an arrest, do we send units?": the units are the response
    if any(c.ask is Ask.PUBLIC_SAFETY_RESPONSE for c in cues):
        cues = [
            c for c in cues if c.ask is not Ask.OPERATIONAL_SUPPORT or not SEND_UNITS.search(norm, c.start, c.end + 20)
        ]
    # "keep our prisoner past arraignment so they can grab him": what the agents will do, not an ask of us
    cues = [
        c
        for c in cues
        if c.ask is not Ask.OPERATIONAL_SUPPORT
        or not (_THEIR_PLAN.match(norm, c.start) or _THEIR_PLAN_BEFORE.search(norm[max(0, c.start - 30) : c.start]))
    ]
    # "two of our teams on the perimeter of Friday's takedown": the takedown is the occasion of the
    # support asked, which their agents carry out themselves
    if any(c.ask is Ask.OPERATIONAL_SUPPORT for c in cues):
        cues = [
            c
            for c in cues
            if c.ask is not Ask.WARRANT_EXECUTION_ASSIST
            or not _OCCASION_BEFORE.search(norm, max(0, c.start - 40), c.start)
        ]
    # "ICE also sent his record": the agency giving us paper, not our records going out
    cues = [
        c for c in cues if c.ask is not Ask.SHARE_RECORDS or not _AGENCY_SENT.search(norm, max(0, c.start - 25), c.end)
    ]
    # "we grabbed him at the car wash where he works": a place described, not an address asked for
    cues = [
        c
        for c in cues
        if not (
            c.ask is Ask.SHARE_RECORDS
            and norm.startswith("where", c.start)
            and _PLACE_BEFORE_WHERE.search(norm[max(0, c.start - 40) : c.start])
        )
    ]
    # "shots fired at an HSI team serving a warrant": what the agents were doing when it happened,
    # not something they ask of us
    if attacks:
        cues = [
            c
            for c in cues
            if c.ask not in (Ask.WARRANT_EXECUTION_ASSIST, Ask.STOP_OR_ARREST, Ask.OPERATIONAL_SUPPORT)
            or not _AGENTS_AT_WORK_BEFORE.search(norm[max(0, c.start - 40) : c.start])
            or not _AT_WORK.match(norm, c.start)
        ]
    # "3 guys beating on an ICE agent ... radio says 10-85": the call for help is the emergency itself
    if attacks:
        cues = [
            Cue(Ask.PUBLIC_SAFETY_RESPONSE, c.start, c.end, c.hedged)
            if c.ask is Ask.OPERATIONAL_SUPPORT
            and (
                HELP_CALL.fullmatch(norm[c.start : c.end])
                or (
                    CALLED_FOR_BACKUP.search(norm[max(0, c.start - 30) : c.end])
                    and not FOR_THE_OP.search(norm, c.end, c.end + 60)
                )
                or (
                    _ROAD_CLOSED.match(norm, c.start)
                    and not CIVIL_STRONG.search(norm)
                    and not ADMIN.search(norm)
                    and not FOR_THE_OP.search(norm, c.start, c.end + 60)
                )
            )
            else c
            for c in cues
        ]
    # "they want the casings and the ballistics report. ok to release to them?": the thing released
    # is the evidence named, not a person
    if any(c.ask is Ask.SHARE_RECORDS for c in cues) and not IN_OUR_CUSTODY.search(norm):
        # ("take the $84k cash we vouchered ... ok to transfer?": the thing vouchered is what moves)
        vouchered = _VOUCHERED.search(norm) is not None
        cues = [
            c
            for c in cues
            if not (
                c.ask is Ask.TRANSFER_CUSTODY
                and (
                    _NO_PERSON_HANDED.match(norm[c.start : c.end])
                    or (vouchered and norm[c.start : c.end] == "transfer")
                )
            )
        ]
    # "release the gun to them": a thing named is handed over, which is sharing evidence
    cues = [
        Cue(Ask.SHARE_RECORDS, c.start, c.end, c.hedged)
        if c.ask is Ask.TRANSFER_CUSTODY and _THING_HANDED.match(norm, c.start)
        else c
        for c in cues
    ]
    cues = rides_to_their_warrant(norm, cues)
    # driving our own prisoner to the agency's office is handing them over, whatever the verb
    cues += [
        Cue(Ask.TRANSFER_CUSTODY, c.start, c.end, c.hedged)
        for c in cues
        if c.ask is Ask.TRANSPORT and taken_to_them(norm, c)
    ]
    # a room for an hour's briefing or an interview (one we are setting up, told before) is access
    # arranged by us, not working space; a room on a schedule ("two days a week") is theirs to work in
    cues = [
        Cue(Ask.ACCESS_PREMISES, c.start, c.end, c.hedged)
        if c.ask is Ask.OFFICE_SPACE
        and not ON_A_SCHEDULE.search(norm, c.start, c.end + 60)
        and (
            SHORT_USE.search(norm, c.end, c.end + 50)
            or MEETING_HELD.search(norm, c.start, c.end)
            or OUR_MEETING_BEFORE.search(norm, max(0, c.start - 200), c.start)
        )
        else c
        for c in cues
    ]
    # "we'd set up the interview at the pct and sit in": an interview in our house is access we arrange
    # (beside a warrant it is left alone: R1c's entry on a judge's warrant is not what is asked)
    if not any(c.ask in (Ask.ACCESS_PREMISES, Ask.OFFICE_SPACE) for c in cues) and "warrant" not in norm:
        for cue in [c for c in cues if c.ask is Ask.JOINT_INVESTIGATION and MEETING.search(norm, c.start, c.end)]:
            left, right = sentence_bounds(norm, cue.start, cue.end)
            place = AT_OUR_HOUSE.search(norm, left, right)
            if place is not None:
                cues.append(Cue(Ask.ACCESS_PREMISES, place.start(), place.end(), cue.hedged))
                break
    # "he needs 'some help' with a subject, he'll explain the rest": help with nothing named is no
    # ask yet; beside a named ask it adds nothing, alone it can refuse but never permit
    vague = [
        c
        for c in cues
        if c.ask is Ask.OPERATIONAL_SUPPORT
        and VAGUE_HELP.search(norm, c.start, c.end)
        and not HELP_DOING.match(norm, c.end)
        and not _any_in_sentence(norm, c, [o for o in cues if o is not c])
    ]
    # "wants our help with a SNAP benefits fraud case": help with their case is joint case work
    cues = [
        c
        if c not in vague
        else Cue(Ask.JOINT_INVESTIGATION, c.start, c.end, False)
        if HELP_WITH_A_CASE.match(norm, c.end)
        else Cue(c.ask, c.start, c.end, True)
        for c in cues
    ]
    # "confirm if he's a citizen per our arrest paperwork, just citizenship": the records are where
    # the answer is looked up; the status alone is asked (R9)
    if any(c.ask is Ask.SHARE_STATUS_INFO for c in cues) and ONLY_STATUS.search(norm):
        cues = [
            c
            for c in cues
            if c.ask is not Ask.SHARE_RECORDS
            or not (
                LOOKUP_SOURCE.search(norm, c.start, c.end)
                or RUN_A_NAME.match(norm, c.start)
                or SOURCE_BEFORE.search(norm[max(0, c.start - 25) : c.start])
            )
        ]
    cues = resolve_overlaps(norm, cues, parts)
    return sorted(cues, key=lambda c: (c.start, c.ask.value))


_INTERVIEW_PRONOUN = re.compile(
    r"\b(?:interview|question|debrief|interrogate|talk to|talk with|speak to|speak with|sit down with) (?:him|her|them)\b"
)
# ("Same prisoner. An ICE agent wants to talk to him": the prisoner of the message before is ours)
# ("We have a suspect in the interview room ... interview him while we have him": held by us too)
_OURS_NAMED = re.compile(
    r"\b(?:our|my|same|the same) (?:[\w']+ )?(?:prisoner|collar|arrestee|detainee|perp)\b|"
    r"\bwe (?:have|got|are holding|'re holding) (?:a|an|the|this) (?:[\w'-]+ ){0,2}(?:suspect|prisoner|defendant|subject)\b|"
    r"\bwhile we (?:have|hold|still have) (?:him|her|them)\b|"
    # ("prison ward, perp under guard from a shooting. ATF agents want to interview him")
    r"\b(?:perp|prisoner|collar|arrestee|guy|patient) (?:is )?(?:under (?:guard|arrest)|in (?:our )?(?:cuffs|custody|the cells))\b"
)


def _interviews_of_ours(norm: str, cues: list[Cue]) -> list[Cue]:
    """ "Our prisoner is charged with ... HSI wants to interview him": the person named a sentence
    before is ours, so the interview is access to a prisoner (the cue is the interview's words)."""
    found: list[Cue] = []
    for match in _INTERVIEW_PRONOUN.finditer(norm):
        if any(c.start <= match.start() < c.end for c in cues) or is_negated(norm, match.start()):
            continue
        if _OURS_NAMED.search(norm, max(0, match.start() - 250), match.start()):
            found.append(Cue(Ask.ACCESS_PRISONER, match.start(), match.end(), is_doubted_ask(norm, *match.span())))
    return found


ASKED_TO_ASK = re.compile(
    r"\b(?:us|me|officers?|cops?|our (?:guys|detectives?|officers?)) to (?:ask|question|find out|check)\b|"
    # the agent pressing it on the officer: "says I should ask if she has papers", "says 'ask her if
    # she's legal, it's federal law'"
    r"\b(?:i|we) (?:should|must|have to|need to|gotta|ought to|better) (?:ask|question|find out|check)\b|"
    r"\b(?:says?|said|tells? (?:me|us)|told (?:me|us)|insists?|insisting|keeps? saying)\b,? ['\"]?(?:just )?(?:ask|question) (?:her|him|them)\b"
)
_NO_PERSON_HANDED = re.compile(
    r"(?:releas\w*|turn\w* over|hand\w* over|hand|give|giving|pass\w*|transfer\w*) (?:it |them |those |these )?(?:over )?(?:to\b|\s*\?)|"
    r"(?:turn|hand)(?:ed|ing|s)? (?:it |them |those |these )?over\s*(?:$|[?.!])"
)
_THING_HANDED = re.compile(
    r"(?:releas\w*|turn\w*|hand\w*|give|giving|pass\w*) (?:over )?(?:the|that|this|our|those|these) (?:[\w']+ )?"
    r"(?:gun|guns|weapon|firearm|pistol|rifle|9mm|glock|evidence|phone|phones|drugs|casings?|footage|video|report|reports|history|"
    r"file|files|property|car|vehicle|bag|items?|laptop|device|devices|cash|money|records?) (?:over )?to\b|"
    r"take custody of (?:the |our )?(?:\d+ |two |three |four |five |several )?(?:[\w'-]+ ){0,2}(?:kilos?|pounds?|bags?|items?|evidence|"
    r"guns?|drugs|heroin|cocaine|fentanyl|cash|money|phones?|laptops?|devices?|property|passports?|documents?)\b"
)
_VOUCHERED = re.compile(r"\b(?:vouchered|seized|confiscated)\b")
SEVERAL_REQUESTERS = re.compile(
    r"\b(?:both|the two of them|two (?:different )?agencies|2 (?:different )?agencies|each of them) "
    r"(?:want|wants|are asking|asked|asking|have|need|are after|showed up|came)\b"
)
_JOINT_CASE_SERVED = re.compile(r"\b(?:for|agents working|people working|guys working) (?:a|an|the|their|its)\s*$")


def _any_in_sentence(norm: str, cue: Cue, others: list[Cue]) -> bool:
    """Whether any of `others` starts in the sentence of `cue`."""
    start, end = sentence_bounds(norm, cue.start, cue.end)
    return any(start <= other.start < end for other in others)


_PROGRAM_287G = re.compile(r"\b287 ?\(? ?g\b|\btwo[- ]?eighty[- ]?seven[- ]?\(? ?g\b")
_OPT_IN = re.compile(
    r"\b(?:can|could|should|may) (?:we|nypd|the nypd|precincts?|pcts?|commands?|the department|our (?:pct|precinct|command)) "
    r"(?:[\w']+ ){0,2}(?:opt in|opt into|sign up|enroll|participate|join|do (?:that|it|the same|this))\b|"
    r"\b(?:we|nypd|precincts?|pcts?|commands?|the department)\b (?:[\w']+ ){0,2}(?:can|could|should|may) (?:[\w']+ )?"
    r"(?:opt in|opt into|sign up|enroll|participate|join|do (?:that|it|the same|this))\b"
)
_NEWS_BEFORE = re.compile(
    r"\b(?:saw|seen|read|heard|watched)\b (?:[\w']+ ){0,3}(?:on|in) (?:the )?(?:news|tv|paper|papers|post|daily news|twitter|x|"
    r"article|radio)\b|\b(?:in|on) the news\b|\b(?:news|article|story|report) (?:says?|said|about)\b|\bread (?:an|the|that) article\b"
)


def _sentence_after(norm: str, end: int) -> str:
    """The rest of the cue's sentence, up to a turn to a new ask ("... but now they want the file")."""
    cut = SENTENCE_END.search(norm, end)
    rest = norm[end : cut.start() if cut else len(norm)]
    turn = NOT_WITHDRAWN.search(rest)
    return rest[: turn.start()] if turn else rest


STATUS_ASKS = frozenset({Ask.SHARE_STATUS_INFO, Ask.INQUIRE_STATUS_SUSPECT})
DOES_STATUS_MATTER = re.compile(
    r"\b(?:does|would|will|should) (?:that|it|this|his status|her status|the status)(?: even)? (?:matter|change anything|make a difference|"
    r"change things|count|affect)|\b(?:do|should|must) (?:i|we) (?:need to |have to )?(?:check|ask about|worry about|look into) "
    r"(?:his|her|their|the) (?:immigration )?status (?:first|before|too)\b|\bany immigration (?:issue|problem|angle|law thing)"
)
_OUR_EVENT_BEFORE = re.compile(r"\b(?:in|during|at|from|after)\s+(?:my|our)\s+(?:[\w']+\s+)?$")


def _negation_is_the_ask(ask: Ask, norm: str, start: int) -> bool:
    """ "don't release him until ICE comes" asks for a hold: the negation is part of the ask."""
    return ask is Ask.HOLD and bool(re.match(r"(?:don't|do not|not|never) ", norm[start:]))


def agency_wants(norm: str, scope: list[Clause]) -> bool:
    # "... and HSI also wants our case file": the name and its verb can fall in clauses of their own
    return any(AGENCY_ASKS.search(norm, c.start, c.end) for c in scope) or any(
        AGENCY_ASKS.search(norm, a.start, b.end) for a, b in itertools.pairwise(scope)
    )


# "so they can grab him", "so theyll be at the door": what the agents will do next
_SO_THEY_WILL = (
    r"so (?:that )?(?:they'?ll|they|the agents?|ice|ero|hsi|cbp|dhs|the feds)(?: can| could|'ll| will| are able to)?"
)
_THEIR_PLAN = re.compile(_SO_THEY_WILL + r"\b")
_THEIR_PLAN_BEFORE = re.compile(r"\b" + _SO_THEY_WILL + " $")
_PLACE_BEFORE_WHERE = re.compile(
    r"\b(?:at|in|on|from|near|outside|by|to) (?:the|a|an|his|her|their) (?:[\w'-]+ ){1,3}$"
)
# "pull him out and shut the lane" beside a crash: closing the road is part of the response
_ROAD_CLOSED = re.compile(CLOSE_OFF_VERBS + r"\b")
_AT_WORK = re.compile(r"(?:serving|executing|making|doing|conducting|carrying out|effecting|hitting)\b")
_AGENTS_AT_WORK_BEFORE = re.compile(
    r"\b(?:team|teams|agents?|officers?|feds|they|ice|hsi|ero|cbp|fbi|dea|atf|usms|marshals)\s+(?:who (?:were|was) |(?:were|was|are|is) )?(?:just )?$|"
    r"\b(?:while|when|as) (?:they|the agents?|the team|agents) (?:were|was|are) (?:\w+ )?$"
)
