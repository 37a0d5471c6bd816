"""Reading a person's record from the question: convictions, the TSDB, prior removal.

Conservative by design (revision of 30 Nov 2026): a conviction is `qualifying_within_5y`
only when the offence is clearly one of counsel's qualifying offences, stated as a
conviction (not an arrest, a charge or the federal case), not an attempt, from New York, and
dated within five years. An out-of-state, federal or unnamed offence is
`out_of_state_unverified` (a legal assessment: escalate); an attempt or a degree not stated
is `unknown` (ask), so the answer never rests on a guess.

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
from bot.facts.lexicon.record import (
    AN_OFFENCE,
    ANOTHER_CONVICTION,
    ATTEMPT,
    BELOW_A_FELONY,
    CHARGE_NOT_CONVICTION,
    COUNT_WITHOUT_PRISON,
    DATE_IN_DOUBT,
    DEGREE_BEFORE,
    DEGREE_IN_DOUBT,
    DEGREE_LATER,
    DISPOSITION_IN_DOUBT,
    INCARCERATION,
    MONTHS_AGO,
    NO_CONVICTION,
    NO_INCARCERATION,
    NO_YOUTHFUL_BEFORE,
    NONE_KNOWN_OF,
    NUMBER_WORDS,
    ORIGINAL_YO,
    OUT_OF_STATE,
    PENDING_FOR,
    RECORD_UNKNOWN,
    TIME_INSIDE_DOUBTED,
    UNNAMED_OTHER_CONVICTION,
    YEAR,
    YEARS_AGO,
    YOUTHFUL,
    YOUTHFUL_AGE,
    YOUTHFUL_DENIED,
    YOUTHFUL_ONLY,
    said_youthful,
)
from bot.facts.model import CONVICTION_CAUTION, Conviction
from bot.facts.offences import CONVICTION_CUE, Offence, closest, is_conviction, is_disposed_of, record_cues, segment_at
from bot.facts.prefilter import Searcher
from bot.facts.spans import sentence_of
from bot.facts.text import Text, is_doubted, is_negated
from bot.facts.watchlist import Reading, clause_bounds, read_reentry, read_tsdb
from bot.facts.window import (
    LAST_SEASON,
    DateSpan,
    Place,
    Prison,
    age_span,
    date_spans,
    dated_after,
    prison_time,
    time_served_unknown,
    window_place,
    year_span,
    years_ago_this,
)

__all__ = ["OffenseTable", "Reading", "RecordReader", "load_offenses", "mentions_record"]


@dataclass(frozen=True)
class OffenseTable:
    """Counsel's offence lists (knowledge/offenses.yaml), compiled."""

    qualifying: Searcher
    degree_needed: Searcher
    no_new_york_name: Searcher
    non_qualifying: Searcher


def load_offenses(path: Path, text: str | None = None) -> OffenseTable:
    data = yaml.safe_load(path.read_text(encoding="utf-8") if text is None else text)

    def listed(name: str) -> Searcher:
        return compile_all(rf"\b{p}" for p in data.get(name) or ["(?!x)x"])

    return OffenseTable(
        qualifying=listed("qualifying"),
        degree_needed=listed("degree_needed"),
        no_new_york_name=listed("no_new_york_name"),
        non_qualifying=listed("non_qualifying"),
    )


def mentions_record(sentence: str) -> bool:
    """Whether a sentence talks about the person's criminal record."""
    return bool(CONVICTION_CUE.search(sentence) or NO_CONVICTION.search(sentence))


def _youthful(clause: str, local: int) -> bool:
    """Whether the clause calls the offence at `local` a youthful-offender finding."""
    return any(
        not NO_YOUTHFUL_BEFORE.search(clause[max(0, m.start() - 14) : m.start()])
        and not ANOTHER_CONVICTION.search(clause, min(m.end(), local), max(m.start(), local))
        for m in YOUTHFUL.finditer(clause)
    )


_A_DEGREE = re.compile(r"\b(?:degree|1st|2nd|3rd|4th|5th|first|second|third|fourth|fifth)\b")


class RecordReader:
    """Convictions, watchlist and prior removal, as the officer describes them."""

    def __init__(self, offenses: OffenseTable, today: Callable[[], dt.date]) -> None:
        self._offenses = offenses
        self._today = today

    # ------------------------------------------------------------------ convictions
    def _offences(self, norm: str) -> list[Offence]:
        found: list[Offence] = []
        for kind, pattern in (
            ("non_qualifying", self._offenses.non_qualifying),
            ("no_new_york_name", self._offenses.no_new_york_name),
            ("degree_needed", self._offenses.degree_needed),
            ("qualifying", self._offenses.qualifying),
        ):
            found.extend(Offence(m.start(), m.end(), kind) for m in pattern.finditer(norm))
        # Overlapping matches: the longest wins ("assault 3rd" over "assault"); ties go to the
        # list read first above (the more cautious reading of a misdemeanour is "not qualifying").
        kept: list[Offence] = []
        for offence in sorted(found, key=lambda o: (-(o.end - o.start), o.start)):
            if not any(o.start < offence.end and offence.start < o.end for o in kept):
                kept.append(offence)
        return sorted(kept, key=lambda o: o.start)

    def conviction(self, text: Text) -> Reading:
        norm = text.norm
        unknown = RECORD_UNKNOWN.search(norm)
        none = NO_CONVICTION.search(norm)
        readings: list[tuple[Conviction, str]] = []
        named: list[str] = []
        clauses: list[str] = []  # where each conviction was read (all of them, for whose record it is)
        disposed: list[tuple[int, int]] = []  # offences named with a disposition that is no conviction
        for offence in self._offences(norm):
            clause_start, clause_end = clause_bounds(norm, offence.start, offence.end)
            clause = norm[clause_start:clause_end]
            before = norm[clause_start : offence.start]
            if not is_conviction(norm, clause, before, offence):
                if is_disposed_of(clause, before, offence) and not DISPOSITION_IN_DOUBT.search(
                    sentence_of(norm, clause_start, clause_end)
                ):
                    disposed.append((clause_start, clause_end))
                continue
            words = text.words(clause_start, clause_end)
            readings.append((self._classify(text, offence, clause_start, clause_end), words))
            named.append(norm[offence.start : offence.end])
            clauses.append(sentence_of(norm, clause_start, clause_end))
        # "has a robbery 2 from 2022 ... the 2022 robbery 2 was a youthful offender adjudication":
        # the same offence named twice is one conviction, and what the later words say of it holds
        youthful = {
            n
            for (value, _), n in zip(readings, named, strict=True)
            if value is Conviction.YOUTHFUL_OFFENDER_ADJUDICATION
        }
        # "arson in the 5th degree ... arson sounds serious": the offence named again without its
        # degree is the same conviction, already read with the degree
        readings = [
            r
            for r, n in zip(readings, named, strict=True)
            if (n not in youthful or r[0] is Conviction.YOUTHFUL_OFFENDER_ADJUDICATION)
            and not any(other != n and other.startswith(n + " ") for other in named)
            # "only conviction is 'arson'; I looked, it's arson in the fifth degree": the degree found
            # settles the offence named before without it
            and not (
                r[0] is Conviction.UNKNOWN
                and any(o == n and v is not Conviction.UNKNOWN for (v, _), o in zip(readings, named, strict=True))
            )
        ]
        pending = PENDING_FOR.search(norm)
        if (
            readings
            and pending is not None
            and not any(re.search(rf"\b{re.escape(pending.group(1))}\b", clause) for clause in clauses)
        ):
            # "GF has a 2022 assault 2nd conviction. BF's rap hasn't come back yet": the record read
            # is someone else's; the one asked about has none known yet
            return Reading(Conviction.UNKNOWN, text.words_of(pending))
        doubt = DEGREE_IN_DOUBT.search(norm) if readings else None
        older = all(value is Conviction.QUALIFYING_OLDER_THAN_5Y for value, _ in readings)
        if doubt and not (older and _A_DEGREE.search(doubt.group(0))):
            # "could be Assault 3rd or Assault 2nd": which offence is the question (unless no degree could count)
            return Reading(Conviction.UNKNOWN, text.words_of(doubt))
        other = UNNAMED_OTHER_CONVICTION.search(norm) if readings else None
        if other and all(
            CONVICTION_CAUTION.index(v) > CONVICTION_CAUTION.index(Conviction.UNKNOWN) for v, _ in readings
        ):
            # "a DWI in 2024 and something from the DR years ago, no idea what": the unnamed one may qualify
            return Reading(Conviction.UNKNOWN, text.words_of(other))
        if readings and (correction := CHARGE_NOT_CONVICTION.search(norm)):
            # "robbery 2 in 2024 - wait, that was the arrest charge, dont know what he pled to"
            return Reading(Conviction.UNKNOWN, text.words_of(correction))
        if not readings:
            federal = [
                m for m in record_cues(norm) if OUT_OF_STATE.search(norm, *clause_bounds(norm, m.start(), m.end()))
            ]
            if federal and not unknown and not CHARGE_NOT_CONVICTION.search(norm):
                first = clause_bounds(norm, federal[0].start(), federal[0].end())
                # the offence may be named in another sentence of the record ("Federal conviction. ...
                # convicted in the Eastern District of carjacking (18 U.S.C. 2119)")
                spans = [first, *((c.start(), min(len(norm), c.end() + 100)) for c in record_cues(norm))]
                with_offence = next((span for span in spans if AN_OFFENCE.search(norm, *span)), None)
                if with_offence is None:
                    # "some conviction in Florida, agent doesn't know what for", "did time in Mexico": no
                    # offence named, so there is nothing yet to compare with New York's list
                    return Reading(Conviction.UNKNOWN, text.words(*first))
                return Reading(Conviction.OUT_OF_STATE_UNVERIFIED, text.words(*with_offence))  # "18 USC 924(c), EDNY"
            if unknown:
                return Reading(Conviction.UNKNOWN, text.words_of(unknown))
            if (youthful_only := YOUTHFUL_ONLY.search(norm)) is not None:
                # "only thing on him is a 2022 YO adjudication": no conviction, whatever the offence was
                return Reading(Conviction.YOUTHFUL_OFFENDER_ADJUDICATION, text.words_of(youthful_only))
            if none and not is_doubted(norm, none.start(), none.end()) and not NONE_KNOWN_OF.match(norm, none.end()):
                return Reading(Conviction.NONE, text.words_of(none))
            if disposed:
                # "his sheet: an ACD on a 2025 assault, plus a harassment violation that got sealed":
                # every offence the record names ended without a conviction
                return Reading(Conviction.NONE, text.words(*disposed[0]))
            return Reading(Conviction.UNKNOWN)
        value, words = min(readings, key=lambda r: CONVICTION_CAUTION.index(r[0]))
        return Reading(value, words)

    def _classify(self, text: Text, offence: Offence, clause_start: int, clause_end: int) -> Conviction:
        norm = text.norm
        clause = norm[clause_start:clause_end]
        local = offence.start - clause_start
        yo_denied = YOUTHFUL_DENIED.search(sentence_of(norm, clause_start, clause_end))
        if not yo_denied and (
            _youthful(clause, local)
            or (
                said_youthful(ORIGINAL_YO, text.words(clause_start, clause_end))
                and not ANOTHER_CONVICTION.search(clause)
            )
        ):
            if any(is_doubted(clause, m.start(), m.end()) for m in YOUTHFUL.finditer(clause)):
                return Conviction.UNKNOWN  # "looks like he got YO on it?", "a note that might say 'YO'"
            return Conviction.YOUTHFUL_OFFENDER_ADJUDICATION
        if offence.kind == "degree_needed":
            # "CPW but its 4th degree": the degree said later in the sentence settles the offence
            degree = DEGREE_BEFORE.search(clause[max(0, local - 20) : local]) or DEGREE_LATER.search(clause, local)
            if degree:
                named = f"{norm[offence.start : offence.end]} {degree.group(1) or degree.group(2)}"
                if self._offenses.non_qualifying.search(named):
                    return Conviction.NON_QUALIFYING
                if self._offenses.qualifying.search(named):
                    offence = Offence(offence.start, offence.end, "qualifying")
        if offence.kind == "non_qualifying":
            return Conviction.NON_QUALIFYING
        convicted = self._conviction_span(clause, local)
        place = self._place(convicted, clause, local)
        if place is None and (later := self._dated_after(norm, clause_end)) is not None:
            convicted, place = later, window_place(later, self._today())
        incarcerated = INCARCERATION.search(norm)
        prison = prison_time(clause)
        if prison.released is None and prison.sentence_days is None:
            prison = prison_time(norm)
        # "not sure if he did time for it": prison time in doubt is not time served
        time_in_doubt = bool(TIME_INSIDE_DOUBTED.search(norm)) or (
            incarcerated is not None and is_doubted(norm, incarcerated.start(), incarcerated.end())
        )
        said_served = bool(
            incarcerated
            and not NO_INCARCERATION.search(norm)
            and not is_negated(norm, incarcerated.start())
            and not time_in_doubt
        )
        served = not time_in_doubt and (said_served or prison.released is not None or prison.sentence_days is not None)
        if served and COUNT_WITHOUT_PRISON.search(norm):
            return Conviction.QUALIFYING_INCARCERATION_ADJUSTED
        if place is Place.OUTSIDE and not (served and self._prison_may_bring_inside(convicted, prison)):
            # whatever the offence, a conviction more than five years old with no prison time that
            # could bring it inside cannot be "within five years"; a record that leaves the
            # sentence out ("sentence not listed") leaves that open
            if not served and (time_served_unknown(norm) or time_in_doubt):
                # ("I think he did time for a robbery, maybe 2019"): time inside in doubt could bring it inside
                return Conviction.UNKNOWN
            return Conviction.QUALIFYING_OLDER_THAN_5Y
        if is_doubted(norm, offence.start, offence.end) or (not yo_denied and YOUTHFUL_AGE.search(clause)):
            # "something violent down in Georgia, maybe a robbery": ask for the offence; "when he was
            # 17" (and not over five years ago): a YO finding or an adult conviction, not said
            return Conviction.UNKNOWN
        if OUT_OF_STATE.search(clause) or offence.kind == "no_new_york_name":
            graded = BELOW_A_FELONY.search(clause, local)
            if graded is not None and not is_negated(clause, graded.start()) and "felon" not in clause:
                return Conviction.NON_QUALIFYING  # "a disorderly persons offense, their version of a misdemeanor"
            return Conviction.OUT_OF_STATE_UNVERIFIED  # equivalence to a listed felony: a legal assessment
        attempted = bool(ATTEMPT.search(clause[max(0, local - 30) : local]))
        if offence.kind == "degree_needed" or attempted:
            return Conviction.UNKNOWN  # ask for the exact offence and degree
        if place is None:
            return Conviction.QUALIFYING_DATE_UNKNOWN
        if place is Place.INSIDE:
            return Conviction.QUALIFYING_WITHIN_5Y
        if place is Place.ON_THE_LINE:
            # on the five-year line: prison time served since then decides it (a legal computation)
            return Conviction.QUALIFYING_INCARCERATION_ADJUSTED if served else Conviction.QUALIFYING_DATE_UNKNOWN
        return Conviction.QUALIFYING_INCARCERATION_ADJUSTED

    def _prison_may_bring_inside(self, convicted: DateSpan | None, prison: Prison) -> bool:
        """Whether setting prison time aside could put an older conviction inside the window.

        With time inside excluded, the count runs from release: a release within five years may
        bring it inside. With only the sentence, its full length is the most that can be set
        aside. With neither ("did time upstate"), it may.
        """
        today = self._today()
        if prison.released is not None:
            return window_place(prison.released, today) is not Place.OUTSIDE
        if prison.sentence_days is not None and convicted is not None:
            return window_place(convicted, today, extra_days=prison.sentence_days) is not Place.OUTSIDE
        return True

    def _conviction_span(self, clause: str, offense_at: int) -> DateSpan | None:
        """The written date (at least a month) or year closest to the offence, release dates aside.

        A record can list several convictions ("trespass 2025 and a robbery from 2015"), so
        the date read is the one closest to the offence, not the first one: within the offence's
        list item first, then within the sentence.
        """
        seg_start, seg_end = segment_at(clause, offense_at)
        for part, at in ((clause[seg_start:seg_end], offense_at - seg_start), (clause, offense_at)):
            prison = prison_time(part)
            spans = [s for s in date_spans(part) if s != prison.released]
            if spans:
                return min(spans, key=lambda s: abs(s.start - at))
            years = [
                m
                for m in YEAR.finditer(part)
                if not (prison.released and prison.released.start <= m.start() < prison.released.end)
            ]
            if years:
                year = min(years, key=lambda m: abs(m.start() - at))
                if year.group(1):
                    value = int(year.group(1))
                else:
                    short = int(year.group(2) or year.group(3))
                    value = 2000 + short if 2000 + short <= self._today().year else 1900 + short
                return year_span(value, year.start(), year.end())
        if (by_age := age_span(clause, self._today())) is not None:
            return by_age  # "from when he was 22, he's 25 now"
        # "did 3 yrs for assault 1st, got out 2024": with prison time set aside, the count runs
        # from release, so the release date stands for the conviction's
        return prison_time(clause).released

    def _dated_after(self, norm: str, at: int) -> DateSpan | None:
        """A year of conviction said after the offence's clause, with no other offence between."""
        dated = dated_after(norm, at)
        if dated is None or any(at <= o.start < dated.start for o in self._offences(norm)):
            return None
        return dated

    def _place(self, span: DateSpan | None, clause: str, offense_at: int) -> Place | None:
        """Where the conviction (dated by `span`, or said as "3 years ago") falls against the
        five-year line; None when no date is given, or the one given is in doubt."""
        if DATE_IN_DOUBT.search(clause):
            return None
        if span is not None:
            return window_place(span, self._today())
        if (season := years_ago_this(clause, self._today())) is not None:
            return window_place(season, self._today())  # "convicted five years ago this spring"
        seg_start, seg_end = segment_at(clause, offense_at)
        for part, at in ((clause[seg_start:seg_end], offense_at - seg_start), (clause, offense_at)):
            ago = closest(YEARS_AGO, part, at)
            if ago:
                count = ago.group(1)
                years = int(count) if count.isdigit() else NUMBER_WORDS.get(count, 1 if count in ("a", "an") else 2)
                return Place.INSIDE if years < 5 else Place.ON_THE_LINE if years == 5 else Place.OUTSIDE
        if LAST_SEASON.search(clause):
            return Place.INSIDE
        if re.search(r"\bthis year\b|\bearlier this year\b", clause) or MONTHS_AGO.search(clause):
            return Place.INSIDE
        return None

    # ------------------------------------------------------------------ watchlist and re-entry
    tsdb = staticmethod(read_tsdb)
    reentry = staticmethod(read_reentry)
