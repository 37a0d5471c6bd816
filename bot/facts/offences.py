"""Offences named in a question, and which of them are the person's convictions rather than an
arrest, a charge, a dismissed count or a federal case."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from bot.facts.lexicon.record import SENTENCE_SERVED_AFTER
from bot.facts.watchlist import TSDB_NAME

__all__ = ["CONVICTION_CUE", "Offence", "closest", "is_conviction", "is_disposed_of", "record_cues", "segment_at"]


CONVICTION_CUE = re.compile(
    r"\bconvict(?:ed|ion|ions)?\b|\bpled\b|\bpleaded\b|\bplead\b|\bplea\b|\bpriors?\b|\brecord\b|\brap(?: sheet)?\b|"
    r"\bcriminal history\b|\bhistory\b|\b(?:did|doing|done|serving) (?:time|[\w.]+ (?:years?|yrs?|months?|mos?))\b|\bserved\b|\bsentenced\b|"
    r"\badjudicat|\bfound guilty\b|\bguilty of\b|\bdisposition\b|\bdispo\b|\bcopped\b|\bwent upstate\b|\bconvo\b|\bsheet\b|"
    # "hes got crim mischief 4th 2024", "only a 2020 petit larc", "condenado por ..." ("convicción" is
    # spelled out as "conviction" before the patterns run)
    r"\b(?:he|she|they|hes|shes)(?:'s| has| have)? got\b(?! (?:a |an |two |2 )?(?:open |pending |active |federal )?(?:warrants?|detainers?|holds?|cases?|charges?|arrests?))|\bonly (?:a|an|one) (?:19|20)\d\d\b|\bcondena(?:do|da)?\b|"
    r"\bgot (?:[\w.]+ (?:yrs?|years?) )?probation\b|\bprobation (?:for|on)\b|"
    # "Assault 2nd 2018, probation only, never jailed": the sentence says it was a conviction
    r"\bprobation only\b|\bonly (?:got )?probation\b|\bnever (?:jailed|locked up|did (?:any )?time)\b|\bno jail(?: time)?\b|"
    # "has manslaughter 1st degree, Queens Supreme, 2023": the court and year of a disposition
    r"\bsupreme(?: court| ct)?,? (?:in )?(?:19|20)\d\d\b"
)


_NOT_A_CONVICTION = re.compile(
    # ("Rap: arrest for Robbery 2nd 2022, disposition says 'see court records'": an arrest, its outcome unsaid)
    r"\b(?:arrested|arrests? (?:for|on)|charged|collar(?:ed)?|locked up|picked up|booked|brought in|wanted|warrant|investigat\w*|indicted|"
    r"accused|suspected|suspect|pending|open case|case for|for their|their|the feds'?|busted|pinched|in on|held on|for the)\s+"
    r"(?:[\w']+ ){0,3}$"
)


# a rap sheet's arrest entry: "ARR 05/02/2024 PL 120.05 ", "ARREST: 2021 PL 160.15 "
_RAP_ARREST_LINE = re.compile(r"\barr(?:est)?\s*:?\s*(?:\d[\d/.-]*\s+)?(?:(?:pl|penal law)\s+\d[\d.]*\w?\s+)?$")
_CHARGE_AFTER = re.compile(
    r"\s*(?:[\w']+ )?(?:charge|charges|arrest|collar|count|case (?:is )?(?:still )?(?:pending|open)|case pending)\b"
)


_PLED_TO_AFTER = re.compile(
    r"[^.;\n]{0,30}?\b(?:pled|pleaded|pleads|copped|knocked|reduced|bargained)(?: it| (?:him|her))?(?: down)? to\b(?! (?:a |the )?(?:felony|violent))"
)
# "pleaded down from robbery to petit larceny": the charge he pled away from is no conviction
_PLED_DOWN_FROM = re.compile(r"\b(?:pled|pleaded|pleads|copped|knocked|bargained)(?: it)? down from (?:a |an |the )?$")
_NOT_CONVICTED = re.compile(
    r"\b(?:dismissed|acquitted|not guilty|sealed|dropped|declined to prosecute|no conviction|never convicted|"
    r"still pending|pending case|open case|still open|not (?:yet )?tried|awaiting trial|(?:hasn't|has not) gone to trial)\b"
)
# "an ACD on a 2025 assault": an adjournment in contemplation of dismissal is no conviction
_ACD_ON = re.compile(r"\b(?:acd|adjournment in contemplation of dismissal)(?:'d)? (?:on|for) (?:[\w']+ ){0,3}$")


@dataclass(frozen=True)
class Offence:
    start: int
    end: int
    kind: str  # non_qualifying | no_new_york_name | degree_needed | qualifying


_LIST_BREAK = re.compile(r",|;|\(|\)|\band\b|\bplus\b|\balso\b|\bbut\b")


def segment_at(clause: str, position: int) -> tuple[int, int]:
    """The bounds of the list item of a record holding `position`."""
    start, end = 0, len(clause)
    for mark in _LIST_BREAK.finditer(clause):
        if mark.end() <= position:
            start = mark.end()
        elif mark.start() > position:
            end = mark.start()
            break
    return start, end


def closest(pattern: re.Pattern[str], clause: str, at: int) -> re.Match[str] | None:
    return min(pattern.finditer(clause), key=lambda m: abs(m.start() - at), default=None)


def _dismissed(clause: str, at: int, length: int) -> bool:
    """A dismissal or acquittal said of this offence, not of another one listed beside it.

    "a 2024 assault 3 and a dismissed trespass": the trespass was dismissed, the assault stands.
    """
    for word in _NOT_CONVICTED.finditer(clause):
        between = clause[word.end() : at] if word.end() <= at else clause[at + length : word.start()]
        if not _OTHER_ITEM.search(between):
            return True
    return False


_OTHER_ITEM = re.compile(r";|\band (?:an? |one |two |\d+ |his |her |some )|\bplus\b|\balso\b")


# ("robbery in the first degree, 2023": the degree said between the offence and its year)
_YEAR_AFTER = re.compile(
    r"^(?:\s+in the (?:1st|2nd|3rd|4th|5th|first|second|third|fourth|fifth) degree|\s+degree)?\s*(?:,|from|in)\s*(?:19|20)\d\d\b"
)
_SUPPOSED = re.compile(r"\b(?:version|scenario|hypothetical(?:ly)?|what if|suppose|say he had|if he had)\b")


# "HSI wants a copy of his rap sheet": the record asked for, which says nothing of what is in it
_RECORD_ASKED_FOR = re.compile(
    r"\b(?:copy of|copies of|send(?: them| him| her)?|pull|run|print|fax|email|share|give (?:them|him|her)|wants?|needs?|"
    r"asking for|asked for|requested|requesting) (?:his |her |their |the |a |an |our )?(?:full |certified |criminal )?$"
)


def record_cues(text: str) -> Iterator[re.Match[str]]:
    """The words that speak of the person's record, leaving out a record only asked for."""
    for cue in CONVICTION_CUE.finditer(text):
        if not _RECORD_ASKED_FOR.search(text, max(0, cue.start() - 30), cue.start()):
            yield cue


def is_disposed_of(clause: str, before: str, offence: Offence) -> bool:
    """The record names the offence with a disposition that is no conviction: dismissed, sealed,
    acquitted, an ACD, or a case still open."""
    return bool(_ACD_ON.search(before[-40:])) or _dismissed(clause, len(before), offence.end - offence.start)


def is_conviction(norm: str, clause: str, before: str, offence: Offence) -> bool:
    """The offence is part of the person's record, not an arrest, a charge or a federal case."""
    if _ACD_ON.search(before[-40:]):
        return False
    not_one = _NOT_A_CONVICTION.search(before[-40:])
    # ("arrested and convicted for robbery" is one; in "record: arrested for assault 2" the word
    # nearest the offence says what it was)
    shift = len(before[-40:]) - len(before[-25:])
    cues = [m.start() + shift for m in CONVICTION_CUE.finditer(before[-25:])]
    if not_one and not any(cue > not_one.start() for cue in cues):
        return False
    if _RAP_ARREST_LINE.search(before[-40:]):
        return False  # "ARR 05/02/2024 PL 120.05 ASLT 2 / DISP ... PLED PL 120.00 ASLT 3": the disposition decides
    if re.search(r"\bnot (?:an? |the )?$", before[-15:]):
        return False  # "I misread the rap sheet, it's not assault 1, the only conviction is arson 5th"
    if _CHARGE_AFTER.match(norm, offence.end) or _dismissed(clause, len(before), offence.end - offence.start):
        return False  # "the robbery charge", "a robbery case that got dismissed"
    if _PLED_DOWN_FROM.search(before[-40:]) or _PLED_TO_AFTER.match(norm, offence.end):
        return False  # "PL 160.10 robbery 2nd, disposition: pled down to petit larceny": what he pled to counts
    if next(record_cues(clause), None) is not None:
        return True
    if SENTENCE_SERVED_AFTER.match(norm, offence.end, offence.end + 50):
        return True  # "the 2014 burglary 2 got him six years state time": the sentence makes it a conviction
    # "he has a robbery 1 from 2024": an offence with a past date, held by the person.
    after = norm[offence.end : offence.end + 30]
    dated = re.search(
        r"^\s*(?:[\w']+ ){0,2}(?:from|in|back in|circa) (?:'?\d{2,4}|last year)|^\s*(?:[\w']+ ){0,2}\d+ (?:years?|yrs?) ago",
        after,
    )
    holder = re.search(r"\b(?:has|had|got|with|only|a|an) (?:[\w']+ ){0,3}$", before[-30:])
    # "Same prisoner. I found the degree: criminal contempt 2nd, 2024. Watch list negative.": in a
    # question weighed by record and watchlist, a dated offence is the person's record
    if _YEAR_AFTER.match(after) and TSDB_NAME.search(norm) and not _SUPPOSED.search(clause):
        return True
    # "the guy had a 2022 burglary 2nd": the year before the offence dates it just the same
    # ("all he has is a 2024 petit larceny misdemeanor")
    dated_before = re.search(
        r"\b(?:has|had|got|with)(?: is| was)? (?:a |an |only a |just a )?(?:19|20)\d\d\s+$", before[-28:]
    )
    return bool((dated and holder) or dated_before)
