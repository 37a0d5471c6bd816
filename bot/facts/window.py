"""The five-year window of § 14-154, counted from a rap sheet's dates.

A conviction counts when it falls within five years of the current arrest, and time the person
spent in prison is excluded from the count (the defenders' practice advisory). So a record is
read as three things: when the conviction was (to the day, the month or only the year), when
the person came out of prison, and how long the sentence was. `window_place` then says whether
a date is inside the window, outside it, or on the line; the record reader uses it to tell a
conviction inside on the calendar alone from one outside whatever the prison time, and from one
only possibly inside once prison time is set aside (a legal computation for counsel).

Dates are kept as spans (the first and last day they can mean), so "11/2021" is neither read
as the first nor the last of November: a span that straddles the line is "on the line".
"""

from __future__ import annotations

import calendar
import datetime as dt
import enum
import re
from dataclasses import dataclass

from bot.facts.lexicon.record import NO_INCARCERATION
from bot.facts.spans import sentence_bounds

__all__ = [
    "LAST_SEASON",
    "DateSpan",
    "Place",
    "Prison",
    "date_spans",
    "dated_after",
    "prison_time",
    "sentence_unknown",
    "time_served_unknown",
    "window_place",
    "year_span",
    "years_ago_this",
]

_MONTH_NAMES = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH = r"(?P<name>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_YEAR4 = r"(?:19[5-9]\d|20[0-4]\d)"
# Written dates, most precise first: 12/15/2021, 2021-12-15, 11/2021, Jan 15 2019, January 2019.
_DATE = re.compile(
    rf"\b(?P<m1>0?[1-9]|1[0-2])[/.-](?P<d1>0?[1-9]|[12]\d|3[01])[/.-](?P<y1>{_YEAR4})\b|"
    rf"\b(?P<y2>{_YEAR4})-(?P<m2>0?[1-9]|1[0-2])-(?P<d2>0?[1-9]|[12]\d|3[01])\b|"
    rf"\b(?P<y5>{_YEAR4})-(?P<m5>0[1-9]|1[0-2])\b(?!-)|"
    rf"(?<![\d/.])\b(?P<m3>0?[1-9]|1[0-2])[/-](?P<y3>{_YEAR4})\b|"
    rf"\b{_MONTH} (?:(?P<d4>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?,? )?(?:of )?(?P<y4>{_YEAR4})\b"
)


@dataclass(frozen=True)
class DateSpan:
    """The first and last day a written date can mean, and where it was written."""

    first: dt.date
    last: dt.date
    start: int
    end: int


def date_spans(text: str) -> list[DateSpan]:
    """Every written date in `text` that names at least a month, as a span of days."""
    spans: list[DateSpan] = []
    for match in _DATE.finditer(text):
        groups = match.groupdict()
        year = int(groups["y1"] or groups["y2"] or groups["y3"] or groups["y4"] or groups["y5"])
        if groups["name"]:
            month = _MONTH_NAMES.index(groups["name"]) + 1
        else:
            month = int(groups["m1"] or groups["m2"] or groups["m3"] or groups["m5"])
        day = groups["d1"] or groups["d2"] or groups["d4"]
        try:
            if day:
                first = last = dt.date(year, month, int(day))
            else:
                first = dt.date(year, month, 1)
                last = dt.date(year, month, calendar.monthrange(year, month)[1])
        except ValueError:
            continue  # "2/30/2021": not a date
        spans.append(DateSpan(first, last, match.start(), match.end()))
    return spans


def year_span(year: int, start: int, end: int) -> DateSpan:
    return DateSpan(dt.date(year, 1, 1), dt.date(year, 12, 31), start, end)


_MONTH_WORD = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
_SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "fall": (9, 11), "autumn": (9, 11)}
_NUMBERS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_YEARS_AGO_THIS = re.compile(
    rf"\b(\d|{'|'.join(_NUMBERS)}) (?:years?|yrs?) ago this (spring|summer|fall|autumn|{_MONTH_WORD})\b"
)
# "convicted last March", "this past June", "last spring": within the last two years
LAST_SEASON = re.compile(rf"\b(?:last|this past) (?:year|spring|summer|fall|autumn|winter|{_MONTH_WORD})\b")


def years_ago_this(text: str, today: dt.date) -> DateSpan | None:
    """ "five years ago this spring": that season (or month) of the year so many years back."""
    match = _YEARS_AGO_THIS.search(text)
    if match is None:
        return None
    count, when = match.group(1), match.group(2)
    year = today.year - (int(count) if count.isdigit() else _NUMBERS.index(count) + 1)
    first, last = _SEASON_MONTHS.get(when) or (_MONTH_NAMES.index(when[:3]) + 1,) * 2
    return DateSpan(
        dt.date(year, first, 1), dt.date(year, last, calendar.monthrange(year, last)[1]), match.start(), match.end()
    )


# "a burglary 2nd from when he was 22, he's 25 now": how old he was then and is now
_AGE_THEN = re.compile(r"\b(?:when (?:he|she) was|at(?: the)? age(?: of)?|aged) (\d{2})\b")
_AGE_NOW = re.compile(
    r"\b(?:(?:he|she)(?:'s| is)|now|today (?:he|she)(?:'s| is)) (\d{2})(?: or (\d{2}))?(?: years old)?"
    r"(?: now| today)?\b"
)


def age_span(text: str, today: dt.date) -> DateSpan | None:
    """The days a conviction "when he was 22" can fall on for a man "25 now": a whole year of age
    either way (22 the day before his 23rd birthday, 25 on his 25th), so an age gap of five years
    is on the line and only six or more is surely outside."""
    then = _AGE_THEN.search(text)
    now = _AGE_NOW.search(text, then.end()) if then else None
    if then is None or now is None or ("now" not in now.group(0) and "today" not in now.group(0)):
        return None
    gap_low = int(now.group(1)) - int(then.group(1))
    gap_high = int(now.group(2) or now.group(1)) - int(then.group(1))
    if gap_low < 0 or gap_high > 80:
        return None
    first = _years_before(today, gap_high + 1) + dt.timedelta(days=1)
    last = _years_before(today, max(gap_low - 1, 0)) - dt.timedelta(days=1)
    return DateSpan(first, max(first, last), then.start(), now.end())


class Place(enum.Enum):
    """Where a date falls against the five-year line."""

    INSIDE = "inside"
    ON_THE_LINE = "on the line"
    OUTSIDE = "outside"


def _years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def window_place(span: DateSpan, today: dt.date, extra_days: int = 0) -> Place:
    """Whether every day of `span` is within five years (plus `extra_days`) of `today`."""
    line = _years_before(today, 5) - dt.timedelta(days=extra_days)
    if span.first >= line:
        return Place.INSIDE
    if span.last < line:
        return Place.OUTSIDE
    return Place.ON_THE_LINE


@dataclass(frozen=True)
class Prison:
    """What the record says of time inside: the release date and the longest sentence named."""

    released: DateSpan | None
    sentence_days: int | None


_RELEASE_WORD = (
    r"\b(?:rel|released|release date|out|got out|came home|came out|paroled|parole date|max(?:ed)? out|max date|"
    # "locked up on it til mid 2022", "inside until 2021": the end of time inside is a release
    r"(?:locked up|inside|away|upstate|incarcerated|in (?:jail|prison|doccs))(?: (?:on|for) (?:it|that|this))? "
    r"(?:until|till|til|thru|through)|"
    # "he was locked up 2016 to 2022": the second year ends the time inside
    r"(?:locked up|inside|away|upstate|incarcerated|in (?:jail|prison|doccs)) (?:from )?(?:19|20)\d\d "
    r"?(?:to|-|–|until|till|thru|through))"
    # ("got out of Attica in March 2022": the prison named between)
    r"\W{0,3}(?:on |in |since |(?:from|of) (?:[\w']+ ){0,2}(?:in |on )?)?(?:(?:mid|early|late|the end of|end of) )?"
)
_RELEASE_CUE = re.compile(rf"{_RELEASE_WORD}$")
_RELEASE_YEAR = re.compile(rf"{_RELEASE_WORD}(?P<year>{_YEAR4})\b")
_AMOUNT = r"(?P<whole>\d{1,2}(?:\.\d)?|one|two|three|four|five|six|seven|eight|nine|ten|a)(?P<half> 1/2| and a half|½)?"
_RANGE_LOW = r"(?:(?:\d{1,2}(?:\.\d)?|one|two|three|four|five) ?(?:-|to) ?)?"  # "sent 2-4y": the longer end counts
_SENTENCE = re.compile(
    # ("got out of Attica in 2014 after four years": the time served, told with the release)
    rf"(?:\b(?:sent|sentenced|sentence|did|served|got|doing)|\b(?:out|released|paroled|home)\b[^.;!?]{{0,40}}\bafter)"
    rf"\W{{0,3}}(?:to )?{_RANGE_LOW}{_AMOUNT} ?"
    r"(?P<unit>y|yrs?|years?|m|mos?|months?)\b(?! (?:of )?probation)(?!'?s? probation)"
)
_WORD_NUMBERS = {
    "a": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}


def prison_time(text: str) -> Prison:
    """The release date (a written date or a year after "released") and the longest sentence."""
    released = None
    for span in date_spans(text):
        if _RELEASE_CUE.search(text, max(0, span.start - 30), span.start):
            released = span
    if released is None and (year := _RELEASE_YEAR.search(text)):
        released = year_span(int(year.group("year")), year.start("year"), year.end("year"))
    longest = None
    for match in _SENTENCE.finditer(text):
        whole = match.group("whole")
        amount = float(whole) if whole[0].isdigit() else float(_WORD_NUMBERS[whole])
        if match.group("half"):
            amount += 0.5
        days = round(amount * (30.5 if match.group("unit").startswith("m") else 365.25))
        longest = max(longest or 0, days)
    return Prison(released, longest)


_SENTENCE_UNKNOWN = re.compile(
    r"\b(?:sentence|sentencing|release|release date|jail time|prison time|time served)\b"
    r"(?: (?:and|or|/) [\w ]{0,20}?)?\W{0,3}(?:is |are |was |were )?"
    r"(?:not (?:listed|shown|known|given|on (?:the|it|there)|in)|unknown|missing|blank|n/?a\b|\?|"
    r"(?:isn't|aren't|wasn't) (?:listed|shown|on))|"
    r"\bno (?:sentence|sentencing|release)(?: date| info(?:rmation)?| data)?\b(?: (?:listed|shown|on (?:the|it)))?|"
    r"\b(?:don't|do not|dont|doesn't|does not) (?:know|say|show|list) (?:if|whether|how long|what)"
    r"(?: or (?:if|whether|how long))? (?:he|she|they|the) "
    r"(?:did|served|was|were|got|sentence|went)|"
    # "not sure if he went to prison for it or got probation"
    r"\b(?:not sure|unsure|no idea|can't tell|cannot tell) (?:if|whether|how long)(?: or (?:if|whether|how long))? "
    r"(?:he|she|they) "
    r"(?:did|served|was|were|got|went|spent)\b|"
    r"\b(?:doesn't|does not|don't|do not|didn't|did not) (?:list|show|say|give|have) (?:the |a |any |his |her )?"
    r"(?:sentence|release(?: date)?|jail time|prison time)"
)


def sentence_unknown(text: str) -> re.Match[str] | None:
    """The officer says the record leaves the sentence or release unknown."""
    return _SENTENCE_UNKNOWN.search(text)


def time_served_unknown(norm: str) -> bool:
    """The record leaves prison time open: "sentence not listed", "don't know if he went to
    prison for it or got probation" (a "no jail" offered only as the other half of the doubt
    settles nothing)."""
    unknown = sentence_unknown(norm)
    if unknown is None:
        return False
    no_prison = NO_INCARCERATION.search(norm)
    if no_prison is None:
        return True
    start, end = sentence_bounds(norm, unknown.start(), unknown.end())
    return start <= no_prison.start() < end and no_prison.start() > unknown.start()


# "robbery 2 on his sheet. he was 22, convicted as an adult in 2022": the year of the conviction
# said after the offence, in words that name no offence of their own
_DATELINE = re.compile(
    r"\b(?:convicted|sentenced|pled|pleaded)(?: guilty)?(?: as an adult)?(?: (?:on|for) (?:it|that))? "
    r"(?:in|back in) ((?:19|20)\d\d)\b"
)


def dated_after(norm: str, at: int) -> DateSpan | None:
    """A conviction year said within the sentence or so after `at` (positions in `norm`)."""
    found = _DATELINE.search(norm, at, at + 160)
    return year_span(int(found.group(1)), found.start(1), found.end(1)) if found else None
