"""Weak ask cues: a noun that only names a thing ("the report", "his court date") counts as
asked only where a request word governs it, and not where it names our own paperwork, a
moment in time, a record consulted or a check still pending."""

from __future__ import annotations

import re

from bot.facts.lexicon import (
    REQUEST_CONTEXT,
    WEAK_ASKS,
)
from bot.facts.lexicon.blocks import NOT_RECEIVED
from bot.facts.lists import object_list_start
from bot.facts.spans import PERSON_IN_BEFORE, Cue
from bot.facts.text import AGENCY_NAMES, Clause, is_doubted_ask, is_negated

__all__ = ["weak_cues"]


_AGENCY_LIST_LINE = re.compile(rf"\b{AGENCY_NAMES}\b[^.?!\n]{{0,40}}:")


# ("ERO emailed: 'per your records ...'": a colon after a word of saying opens a quote, not a list)
_AGENCY_COLON = re.compile(
    rf"(?:^|[.?!\n]\s*)[^.?!\n]{{0,60}}\b{AGENCY_NAMES}\b"
    # ("CBP at JFK, two asks: - our complaint reports ...": "asks" counted is a noun that opens the list)
    # ("CBP asks for: - our arrest reports - the 911 call": asking for opens the list of what is asked)
    r"(?:(?!\b(?:said|says|asked(?! for\b)|(?<!two )(?<!three )(?<!2 )(?<!3 )(?<!few )(?<!the )(?<!their )(?<!following )asks(?! for\b)|"
    r"emailed|e-mailed|wrote|writes|texted|called|quoted|told|replied)\b)[^.?!\n]){0,40}:\s*$"
)


_AGENCY_DASH_HEAD = re.compile(
    # ("two requests same case\nATF: the gun trace paperwork\nFBI: the shooting complaint report")
    rf"(?:^|[.?!;]\s|\n)\s*(?:[-*•]|\d{{1,2}}[.)])?\s*(?:the )?{AGENCY_NAMES}\s*(?:-|–|—|:)\s+(?:[\w'/-]+\s+){{0,4}}$"
)


def weak_cues(norm: str, parts: tuple[Clause, ...], strong_at: set[tuple[int, int]]) -> list[Cue]:
    """Nouns that name a thing ("the report", "his court date") where a request word governs them,
    outside the words a strong cue already read."""
    cues: list[Cue] = []
    present = WEAK_ASKS.literals_in(norm)
    for ask in WEAK_ASKS.keys:
        for match in WEAK_ASKS.finditer(ask, norm, present):
            if any(s <= match.start() < e for s, e in strong_at) or is_negated(norm, match.start()):
                continue
            clause = next((c for c in parts if c.start <= match.start() < c.end), None)
            if (
                clause is None
                or not (
                    REQUEST_CONTEXT.search(norm, object_list_start(norm, parts, clause), match.start())
                    # "HSI trafficking case: DD5s + an interview": the list after the agency's colon is asked
                    or (
                        _AGENCY_COLON.search(norm[max(0, clause.start - 80) : clause.start])
                        and not re.search(r"[.?!\n]", norm[clause.start : match.start()])
                    )
                    # "says the footage is for an armed robbery they're working. Now can I give it?": the
                    # thing named is what the closing question offers to hand over
                    or _GIVE_IT_LATER.search(norm, match.end(), match.end() + 200) is not None
                    # "ICE says the burglary file is to support his removal proceedings": what it serves
                    or _SERVES_AN_AIM_AFTER.match(norm, match.end()) is not None
                    # a list item headed by the agency: "1. ATF - our gun trace report on a recovered Glock"
                    or _AGENCY_DASH_HEAD.search(norm, max(0, match.start() - 60), match.start()) is not None
                    # "ERO, removal case: is he a citizen? + home address + DAT date": the list goes on
                    or (
                        re.match(r"\s*[+&]", norm[clause.start : match.start()]) is not None
                        and _AGENCY_LIST_LINE.search(norm, norm.rfind("\n", 0, clause.start) + 1, clause.start)
                        is not None
                    )
                )
            ):
                continue
            before = norm[max(clause.start, match.start() - 30) : match.start()]  # the words just before, in the clause
            if _OURS_BEFORE.search(before):
                continue  # "a kid we had an incident report on": our paperwork, named in passing
            if _EVENT_BEFORE.search(before):
                continue  # "keep working cases with HSI after the DOI report": a moment in time
            if _RECORD_CONSULTED.match(norm, match.end()) and _HOLDER_BEFORE.search(
                norm, max(0, match.start() - 20), match.start()
            ):
                continue  # "the man's record shows a murder 2nd conviction": what we read, not what is asked
            if PERSON_IN_BEFORE.search(norm, max(0, match.start() - 30), match.start()):
                continue  # "all the squad knows is that he's in the gang database": who he is, not data asked for
            if _CHECK_PENDING.match(norm, match.end()):
                continue  # "his rap sheet hasn't come back yet": our own check, still pending
            asked_before = norm[max(0, match.start() - 45) : match.start()]
            if (
                _WE_ASKED_FOR_BEFORE.search(asked_before)
                # "when I asked about his record the ERO officer said ...": the officer's own question
                or _WE_ASKED_ABOUT_BEFORE.search(asked_before)
                or _NOT_RECEIVED_AFTER.match(norm, match.end())
            ):
                continue  # "asked for a copy - not received": the paper we asked them for, not an ask of us
            if (
                match.group(0).startswith("address")
                and _PLACES_BEFORE.search(before)
                and not _RECORDS_BEFORE.search(norm[max(clause.start, match.start() - 45) : match.start()])
            ):
                continue  # "a knock and talk at 3 addresses": places to go, not information to give
            if match.group(0) in ("details", "info", "information") and _TOLD_LATER.match(norm, match.end()):
                continue  # "details when he gets here": what the agent will tell us, not what we give
            if _WRITING_BEFORE.search(before):
                continue  # "surveillance and writing reports", "help write the federal complaint": work, not sharing
            if _KNOWING_BEFORE.search(before) or (
                match.group(0).startswith(("complaint", "statement")) and _TAKING_BEFORE.search(before)
            ):
                continue  # "I don't know his record", "take the assault complaint": ours to know or take
            if match.group(0) == "record" and _ON_RECORD_BEFORE.search(
                norm[max(0, match.start() - 12) : match.start()]
            ):
                continue  # "just want it on record": an idiom, not a record asked for
            if (
                match.group(0) == "record"
                and _KIND_OF_RECORD_BEFORE.search(before)
                and not _ASKED_OF_US_BEFORE.search(before)
            ):
                continue  # "the rap doesn't show the year, old record": what his record is like, not asked for
            cues.append(Cue(ask, match.start(), match.end(), is_doubted_ask(norm, match.start(), match.end())))
    return cues


_SERVES_AN_AIM_AFTER = re.compile(
    r"\s+(?:is|are|would be)\s+(?:to support|to help with|needed for|for use in|to be used in) (?:his|her|their|the|a|an)\b"
)
_GIVE_IT_LATER = re.compile(
    r"\b(?:can|could|may|should|do) (?:i|we) (?:now |just |still |go ahead and )?"
    r"(?:give|send|hand|release|share|turn|pass|forward|e-?mail|provide)(?: over)? (?:it|them|that|those)\b|"
    # ("CBP, footage from Jamaica station ... send?", "ok to send it?"): the closing question in two words
    # ("ok to hand over?" is the person handed over, not the rap sheet named before)
    r"(?:[.;,!?-]\s*|\b(?:ok|okay|alright|fine|good|safe) to )(?:(?:send|share|forward|e-?mail)(?: (?:it|them|that|those))?|"
    r"(?:give|hand|pass) (?:it|that|those))(?: over| to (?:them|him|her))?\s*\?"
)
_WE_ASKED_ABOUT_BEFORE = re.compile(
    r"\b(?:i|we)\s+(?:already |also )?asked (?:(?:him|her|them|the agent|the officer|the agents?) )?about (?:his|her|their|the)\s+$"
)
_WE_ASKED_FOR_BEFORE = re.compile(
    r"(?:^|[.;!?]\s*|\b(?:we|i|i've|we've|sgt|desk|lt|i already|we already)\s+)(?:already |also )?"
    r"(?:asked|requested|demanded) (?:them |him |her |ice |ero |hsi |the agents? |the officer )?for (?:a |an |the |their |his |her )?$"
)
_NOT_RECEIVED_AFTER = re.compile(rf"\s*(?:[-,(]\s*)?{NOT_RECEIVED}\b")


_PLACES_BEFORE = re.compile(
    r"\b(?:at|to|in|outside|near|hit|hitting|visit|visiting|knock on|knocking on)\s+"
    r"(?:(?:\d+|two|three|four|five|six|several|a few|multiple|these|those|some|all|both|the) )?(?:[\w']+ )?$"
)


# "any jobs at 2 addresses", "every arrest we've made at that address": records of what happened there
_RECORDS_BEFORE = re.compile(
    r"\b(?:jobs?|calls?|arrests?|stops?|incidents?|complaints?|reports?|runs?|hits?|reads?|records?|summons(?:es)?|"
    r"activity|history|footage|video|cameras?)\b"
)


_TOLD_LATER = re.compile(r"\s+(?:when|once|later|to follow|to come|tomorrow|after|as soon as)\b")


_WRITING_BEFORE = re.compile(
    # ("how do i fill out the new stop report on the phone": our own form)
    r"\b(?:writ(?:e|es|ing)|draft(?:s|ing)?|prepar(?:e|es|ing)|typ(?:e|es|ing)|fill(?:s|ing)? (?:out|in)) (?:up )?"
    r"(?:the |a |an |our |their |his |her |some |my |this )?(?:new )?(?:[\w']+ )?$"
)


_ON_RECORD_BEFORE = re.compile(r"\b(?:on|off) (?:the )?$")
_KIND_OF_RECORD_BEFORE = re.compile(r"\b(?:old|clean|long|prior|short|lengthy|partial|light|minor)\s+$")
_ASKED_OF_US_BEFORE = re.compile(r"\b(?:wants?|needs?|ask\w*|request\w*|send|share|give|copy|get|pull|run)\b")


# what the officer knows of a record, or a victim's complaint the officer takes down
_KNOWING_BEFORE = re.compile(
    r"\b(?:i|we) (?:just |honestly |really |still )?(?:don't|do not|didn't|did not|can't) know (?:about |of )?(?:his|her|their)\s+$|"
    r"\b(?:i|we) (?:haven't|have not) (?:seen|heard) (?:about |of )?(?:his|her|their)\s+$"
)
# ("take the assault complaint", "find the workers and get them statements": ours to take)
_TAKING_BEFORE = re.compile(r"\b(?:take|taking|took|get|getting|got) (?:the|a|her|his|their|them|him) (?:[\w']+ )?$")


# ("the rap sheet came back: robbery 1st", "all we know about his record is 'something in Jersey'"; a
# date or a status that "is" something is still what is asked: "when the DAT return date is")
_RECORD_CONSULTED = re.compile(
    r"\s+(?:shows?|showed|says|said|has|had|reads|lists|listed|came back|comes back)\b|"
    r"(?:(?<=record)|(?<=sheet)|(?<=history))(?:\s+(?:is|was)\b|\s*:)"
)


_HOLDER_BEFORE = re.compile(r"(?:'s|\b(?:his|her|their|the)) (?:[\w']+ )?$")


_CHECK_PENDING = re.compile(
    r"\s*(?:hasn't|has not|hadn't|haven't|have not|didn't|did not|isn't|is not|not)(?: yet)? (?:come|came|been|gotten|got) back\b|"
    r"\s*(?:is |are )?(?:still )?(?:pending|not back|not in yet|being run)\b|\s*(?:isn't|is not|aren't|are not) (?:back|in|ready)(?: yet)?\b"
)


_EVENT_BEFORE = re.compile(
    r"\b(?:after|since|following|because of|despite)\s+(?:the|a|an|that|this|last)\s+(?:[\w']+\s+)?$"
)


_OURS_BEFORE = re.compile(
    r"\b(?:we|i|they) (?:had|have|wrote|took|made|filed|did|got|opened)\s+(?:a|an|the|that|this|our|his|her)\s+(?:[\w']+\s+)?$"
)
