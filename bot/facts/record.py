"""Reading a person's record from the question: convictions, the TSDB, prior removal.

The five-year window is counted from `today()`, a clock the caller passes in (not the system
date), so a long-running bot stays current and tests and replays can fix the date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import yaml

from bot.facts.lexicon import compile_all
from bot.facts.model import Conviction, Tri
from bot.facts.normalise import clause_around, is_doubted, is_negated

__all__ = ["TSDB_NAME", "OffenseTable", "RecordReader", "load_offenses", "mentions_record"]

TSDB_NAME = re.compile(
    r"\btsdb\b|terror(ist)? (screening )?(database|watch ?list|list)|terrorist screening|\bwatch ?list\b|no[- ]fly"
)
_TSDB_DOUBT = re.compile(
    r"\b(know|sure|unclear|unknown|idk|check(ing)?|pending|waiting|not yet|haven't|havent|whether|maybe|might|"
    r"possibly|think|guess)\b|\bif (he|she|they)\b"
)
_TSDB_CLEAR = re.compile(r"\b(negative|clean|clear|no hit|no match|nothing)\b")
_TSDB_HIT = re.compile(r"\b(match(es|ed)?|hits?|flag(ged)?|listed|positive|is on|on the)\b")
_REENTRY = re.compile(
    r"(deported|removed)\b.{0,60}\b(came back|come back|returned|re-?entered|back in|snuck back)|"
    r"\bre-?entered\b|\b(previously|prior) (deported|removed)\b|\bprior (deportation|removal)\b|"
    r"\b(was|been|got) (deported|removed)\b"
)
_CONVICTION = re.compile(
    r"\bconvict(ed|ion|ions)?\b|\bpriors?\b|\brecord\b|\bpled\b|\bpleaded\b|\bdid (time|\w+ years?)"
)
_NO_CONVICTION = re.compile(
    r"\bno (prior )?(convictions?|record|priors|criminal (history|record)|rap sheet)\b|\bclean record\b|"
    r"\bnever (been )?convicted\b|\bno criminal\b"
)
_RECORD_UNKNOWN = re.compile(
    r"\b(haven't|have not|didn't|did not|not yet) (pulled|run|checked|seen)\b.{0,20}\b(record|history|rap)|"
    r"\b(don't|do not) know\b.{0,30}\b(record|history|convictions?|priors)"
)
_YOUTHFUL = re.compile(
    r"youthful offender|\byo (adjudication|adj)\b|juvenile (adjudication|delinquen)|as a (juvenile|minor)"
)
# Other states by name, and the two-letter codes that are not also common English words.
_STATES = (
    "alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|hawaii|idaho|"
    "illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|"
    "mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|jersey|new mexico|north carolina|"
    "north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|"
    "utah|vermont|virginia|washington|west virginia|wisconsin|wyoming|puerto rico|"
    "nj|pa|ct|fl|tx|ca|ga|md|va|nc|sc|az|nv|nm|ut|wa|mi|mn|wi|il|ky|tn|al|ar|ks|ne|sd|nd|mt|wy|vt|nh|ri|wv|ak|dc|pr"
)
_OUT_OF_STATE = re.compile(
    rf"\bout of (state|the country|{_STATES})\b|\b(in|from) (another state|{_STATES})\b|"
    r"\bfederal (conviction|court|case)\b|\bother state\b"
)
_INCARCERATION = re.compile(
    r"\bdid (\w+ )?(years?|time)\b|\bserved\b|\bgot out (in|of)\b|\bupstate\b|\bprison\b|\blocked up (until|till)"
)
_YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")
_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
_MONTH_YEAR = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? (of )?(19[5-9]\d|20[0-4]\d)\b")
_YEARS_AGO = re.compile(r"\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten) (years?|yrs?) ago\b")
_WORD_NUMBERS = {
    w: i for i, w in enumerate(["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"])
}


@dataclass(frozen=True)
class OffenseTable:
    """Counsel's offence lists (knowledge/offenses.yaml), compiled."""

    qualifying: re.Pattern[str]
    non_qualifying: re.Pattern[str]


def load_offenses(path: Path, text: str | None = None) -> OffenseTable:
    data = yaml.safe_load(path.read_text(encoding="utf-8") if text is None else text)
    return OffenseTable(
        qualifying=compile_all(rf"\b{p}" for p in data["qualifying"]),
        non_qualifying=compile_all(rf"\b{p}" for p in data["non_qualifying"]),
    )


_LIST_BREAK = re.compile(r",|;|\(|\)|\band\b|\bplus\b|\balso\b")


def _segment_at(clause: str, position: int) -> str:
    """The list item of a record ("trespass 2025 and a robbery from 2015") holding `position`."""
    start, end = 0, len(clause)
    for mark in _LIST_BREAK.finditer(clause):
        if mark.end() <= position:
            start = mark.end()
        elif mark.start() > position:
            end = mark.start()
            break
    return clause[start:end]


def _offset_of(segment: str, clause: str) -> int:
    return clause.find(segment)


def mentions_record(sentence: str) -> bool:
    """Whether a sentence talks about the person's criminal record."""
    return bool(_CONVICTION.search(sentence))


class RecordReader:
    """Convictions, watchlist and prior removal, as the officer describes them."""

    def __init__(self, offenses: OffenseTable, today: Callable[[], dt.date]) -> None:
        self._offenses = offenses
        self._today = today

    def conviction(self, text: str, evidence: dict[str, str]) -> Conviction:
        if _RECORD_UNKNOWN.search(text):
            return Conviction.UNKNOWN
        none = _NO_CONVICTION.search(text)
        if none:
            evidence["conviction"] = none.group(0)
            return Conviction.NONE
        youthful = _YOUTHFUL.search(text)
        if youthful:
            evidence["conviction"] = youthful.group(0)
            return Conviction.YOUTHFUL_OFFENDER_ADJUDICATION
        mention = _CONVICTION.search(text)
        if not mention:
            return Conviction.UNKNOWN
        clause = clause_around(text, mention.start(), mention.end())
        qualifying = self._offenses.qualifying.search(clause)
        if not qualifying:
            minor = self._offenses.non_qualifying.search(clause)
            if minor:
                evidence["conviction"] = clause
                return Conviction.NON_QUALIFYING
            return Conviction.UNKNOWN
        evidence["conviction"] = clause
        if is_doubted(text, mention.start(), mention.end()) or is_doubted(clause, qualifying.start(), qualifying.end()):
            return Conviction.UNKNOWN
        if _OUT_OF_STATE.search(clause):
            return Conviction.OUT_OF_STATE_UNVERIFIED
        age = self._age_in_years(clause, qualifying.start())
        if age is None:
            return Conviction.QUALIFYING_DATE_UNKNOWN
        if age < 5:
            return Conviction.QUALIFYING_WITHIN_5Y
        if age == 5:
            return Conviction.QUALIFYING_DATE_UNKNOWN
        if _INCARCERATION.search(text):
            return Conviction.QUALIFYING_INCARCERATION_ADJUSTED
        return Conviction.QUALIFYING_OLDER_THAN_5Y

    def _age_in_years(self, clause: str, offense_at: int) -> int | None:
        """Whole years since the qualifying conviction; 5 means "on the five-year line, ask".

        A record can list several convictions ("trespass 2025 and a robbery from 2015"), so
        the date read is the one closest to the qualifying offence, not the first one.
        """
        today = self._today()
        segment = _segment_at(clause, offense_at)
        month_year = _MONTH_YEAR.search(segment)
        if month_year:
            month = _MONTHS.index(month_year.group(1)) + 1
            months = (today.year - int(month_year.group(3))) * 12 + today.month - month
            return 5 if months == 60 else (4 if months < 60 else 6)
        year = _YEAR.search(segment)
        if year is None:
            # No date beside the offence itself: fall back to the closest one in the sentence.
            year = min(_YEAR.finditer(clause), key=lambda m: abs(m.start() - _offset_of(segment, clause)), default=None)
        if year:
            return today.year - int(year.group(1))
        ago = _YEARS_AGO.search(clause)
        if ago:
            count = ago.group(1)
            return int(count) if count.isdigit() else _WORD_NUMBERS[count]
        if "last year" in clause:
            return 1
        return None

    @staticmethod
    def tsdb(text: str, evidence: dict[str, str]) -> Tri:
        """Yes only on a stated hit; doubt ("don't know about any watchlist") stays unknown."""
        match = TSDB_NAME.search(text)
        if not match:
            return Tri.UNKNOWN
        clause = clause_around(text, match.start(), match.end())
        evidence["tsdb_match"] = clause
        if _TSDB_DOUBT.search(clause) or is_doubted(text, match.start(), match.end()):
            return Tri.UNKNOWN
        after = text[match.end() : match.end() + 30]
        if is_negated(text, match.start()) or _TSDB_CLEAR.search(after):
            return Tri.NO
        return Tri.YES if _TSDB_HIT.search(clause) else Tri.UNKNOWN

    @staticmethod
    def reentry(text: str, evidence: dict[str, str]) -> Tri:
        match = _REENTRY.search(text)
        if not match:
            return Tri.UNKNOWN
        if is_negated(text, match.start()):
            evidence["prior_removal_reentry"] = match.group(0)
            return Tri.NO
        evidence["prior_removal_reentry"] = match.group(0)
        return Tri.YES
