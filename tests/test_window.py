"""The five-year window counted from a rap sheet's dates: spans, release, sentence, and the line."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.facts import window
from bot.facts.window import Place, age_span, date_spans, prison_time, sentence_unknown, window_place, year_span

TODAY = dt.date(2026, 11, 30)  # the line falls on 30 Nov 2021


@pytest.mark.parametrize(
    "written,first,last",
    [
        ("conv 12/15/2021", dt.date(2021, 12, 15), dt.date(2021, 12, 15)),
        ("conv 2021-12-15", dt.date(2021, 12, 15), dt.date(2021, 12, 15)),
        ("conv 11/2021", dt.date(2021, 11, 1), dt.date(2021, 11, 30)),
        ("convicted jan. 15, 2019", dt.date(2019, 1, 15), dt.date(2019, 1, 15)),
        ("convicted february 2020", dt.date(2020, 2, 1), dt.date(2020, 2, 29)),
        ("released 2021-06", dt.date(2021, 6, 1), dt.date(2021, 6, 30)),
    ],
)
def test_a_written_date_is_the_span_of_days_it_can_mean(written: str, first: dt.date, last: dt.date) -> None:
    [span] = date_spans(written)
    assert (span.first, span.last) == (first, last)


def test_what_is_not_a_date_is_not_read_as_one() -> None:
    assert date_spans("PL 160.15, sent 1 1/2 y, 2/30/2021, 24/7 coverage, 13/2020") == []


@pytest.mark.parametrize(
    "written,place",
    [
        ("12/01/2021", Place.INSIDE),
        ("11/30/2021", Place.INSIDE),  # five years to the day is still within five years
        ("11/29/2021", Place.OUTSIDE),
        ("11/2021", Place.ON_THE_LINE),  # the month holds days on both sides
        ("12/2021", Place.INSIDE),
        ("10/2021", Place.OUTSIDE),
    ],
)
def test_a_span_falls_inside_outside_or_on_the_line(written: str, place: Place) -> None:
    [span] = date_spans(written)
    assert window_place(span, TODAY) is place


def test_a_year_alone_is_on_the_line_in_the_line_s_year() -> None:
    assert window_place(year_span(2021, 0, 4), TODAY) is Place.ON_THE_LINE
    assert window_place(year_span(2022, 0, 4), TODAY) is Place.INSIDE
    assert window_place(year_span(2020, 0, 4), TODAY) is Place.OUTSIDE


def test_days_set_aside_move_the_line_back() -> None:
    [span] = date_spans("07/2020")
    assert window_place(span, TODAY) is Place.OUTSIDE
    assert window_place(span, TODAY, extra_days=365 * 2) is Place.INSIDE


@pytest.mark.parametrize(
    "record,released,days",
    [
        ("conv 01/2019, sent 5y, rel 10/2023", dt.date(2023, 10, 1), round(5 * 365.25)),
        ("conv 11/2021, sent 1 1/2 y, rel 03/2023", dt.date(2023, 3, 1), round(1.5 * 365.25)),
        ("robbery 2nd 2016, did 18 months, got out in 2018", dt.date(2018, 1, 1), round(18 * 30.5)),
        ("sentenced to 2-4 years", None, round(4 * 365.25)),  # the longer end is the most set aside
        ("got 5 years probation", None, None),  # probation is no time inside
        ("conv 2019, probation, no jail", None, None),
        # the prison named between the release word and its date, the time told with the release
        ("manslaughter 1st, got out of attica in march 2014 after four years", dt.date(2014, 3, 1), round(4 * 365.25)),
        ("came home in 2023 after 18 months upstate", dt.date(2023, 1, 1), round(18 * 30.5)),
        ("convicted after a two year investigation", None, None),  # "after" with no release is no time inside
    ],
)
def test_release_and_sentence_are_read_from_the_record(record: str, released: dt.date | None, days: int | None) -> None:
    prison = prison_time(record)
    assert (prison.released.first if prison.released else None) == released
    assert prison.sentence_days == days


@pytest.mark.parametrize(
    "record,unknown",
    [
        ("sentence not listed", True),
        ("sentence and release not on the printout", True),
        ("the printout doesn't list the sentence", True),
        ("no sentence info", True),
        ("sentenced to 3 years", False),
        ("probation, no jail", False),
    ],
)
def test_a_record_that_leaves_the_sentence_out_says_so(record: str, unknown: bool) -> None:
    assert bool(sentence_unknown(record)) is unknown


@pytest.mark.parametrize(
    "said,first,last",
    [
        ("convicted five years ago this spring", dt.date(2021, 3, 1), dt.date(2021, 5, 31)),
        ("2 yrs ago this march", dt.date(2024, 3, 1), dt.date(2024, 3, 31)),
        ("pled three years ago this fall", dt.date(2023, 9, 1), dt.date(2023, 11, 30)),
    ],
)
def test_years_ago_this_season_is_that_season_of_a_known_year(said: str, first: dt.date, last: dt.date) -> None:
    span = window.years_ago_this(said, dt.date(2026, 11, 30))
    assert span is not None and (span.first, span.last) == (first, last)


def test_what_is_not_years_ago_this_season_is_not_read_as_one() -> None:
    assert window.years_ago_this("five years ago, this spring he moved", dt.date(2026, 11, 30)) is None
    assert window.years_ago_this("five years ago", dt.date(2026, 11, 30)) is None


def test_last_month_or_season_is_recent() -> None:
    assert window.LAST_SEASON.search("convicted last march of robbery 1")
    assert window.LAST_SEASON.search("this past june")
    assert not window.LAST_SEASON.search("at last, march on")


@pytest.mark.parametrize(
    "said,place",
    [
        ("a burglary 2nd from when he was 22, he's 25 now", Place.INSIDE),  # 3 years, give or take one
        ("robbery 2nd when he was 19, he's 25 now", Place.OUTSIDE),  # over five years whatever the birthdays
        ("robbery 2nd when he was 20, he's 25 now", Place.ON_THE_LINE),  # 4 to 6 years: the birthdays decide
        ("burglary 2nd when he was 18, he's 22 or 23 now, not sure which", Place.ON_THE_LINE),
    ],
)
def test_an_age_then_and_now_dates_a_conviction_to_within_a_year_either_way(said: str, place: Place) -> None:
    span = age_span(said, TODAY)
    assert span is not None and window_place(span, TODAY) is place


@pytest.mark.parametrize(
    "said",
    ["robbery 2nd when he was 19", "he's 25 now and has a robbery from 2019", "when he was 30, he's 25 now"],
)
def test_without_both_ages_in_order_no_date_is_read_from_age(said: str) -> None:
    assert age_span(said, TODAY) is None
