"""Dates a reviewer types, read one way everywhere (command line and console).

A day is a New York day, as officers and reports count them; `since` is the first moment
included and `until` the last (a day given as `until` is included whole). What a person types
becomes a bound on the log's `created_at` (UTC ISO 8601 text with microseconds, so bounds and
rows compare as text).
"""

from __future__ import annotations

import datetime as dt
import re

from bot.clock import LOCAL_ZONE, local_today

__all__ = ["HELP", "DateError", "day_start", "since_bound", "until_bound"]

HELP = (
    "YYYY-MM-DD (a New York day), YYYY-MM-DD HH:MM[:SS] (New York time unless it ends in Z or +HH:MM), "
    "today, yesterday or Nd (N days ago, e.g. 7d)"
)

_RELATIVE = re.compile(r"(\d{1,5})\s*d(?:ays?)?")
_MOMENT = re.compile(
    r"\d{4}-\d{2}-\d{2}[ t]\d{2}:\d{2}(?P<seconds>:\d{2}(?P<fraction>\.\d{1,6})?)?(?:z|[+-]\d{2}:?\d{2})?"
)


_LAST = "9999-12-31T23:59:59.999999+00:00"


class DateError(ValueError):
    """Not a date or time we can read; the message says what is accepted."""


def day_start(day: dt.date) -> dt.datetime:
    """The first moment of a New York day, in UTC."""
    return dt.datetime.combine(day, dt.time(), tzinfo=LOCAL_ZONE).astimezone(dt.UTC)


def _stamp(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).isoformat(timespec="microseconds")


def _read(text: str, today: dt.date) -> tuple[dt.date | None, dt.datetime | None, dt.timedelta]:
    """(a whole day, or a moment with the precision it was typed to)."""
    value = " ".join(text.strip().lower().split())
    if value == "today":
        return today, None, dt.timedelta(0)
    if value == "yesterday":
        return today - dt.timedelta(days=1), None, dt.timedelta(0)
    relative = _RELATIVE.fullmatch(value)
    if relative:
        return today - dt.timedelta(days=int(relative.group(1))), None, dt.timedelta(0)
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            return dt.date.fromisoformat(value), None, dt.timedelta(0)
        timed = _MOMENT.fullmatch(value)
        if timed:
            moment = dt.datetime.fromisoformat(value.upper().replace(" ", "T"))
            if moment.tzinfo is None:
                moment = moment.replace(tzinfo=LOCAL_ZONE)
            seconds, fraction = timed.group("seconds"), timed.group("fraction")
            typed = dt.timedelta(microseconds=1) if fraction else dt.timedelta(seconds=1 if seconds else 60)
            return None, moment, typed
    except ValueError as exc:
        raise DateError(f"{text!r} is not a real date or time ({exc}); use {HELP}") from None
    raise DateError(f"{text!r} is not a date; use {HELP}")


def since_bound(text: str, today: dt.date | None = None) -> str:
    """The first moment `text` names, as the log compares it."""
    try:
        day, moment, _ = _read(text, today or local_today())
        return _stamp(day_start(day) if day is not None else moment)  # type: ignore[arg-type]
    except OverflowError:
        raise DateError(f"{text!r} is outside the dates a log can hold") from None


def until_bound(text: str, today: dt.date | None = None) -> str:
    """Just after the last moment `text` names (a day: its end; 17:21: the end of that minute)."""
    try:
        day, moment, typed = _read(text, today or local_today())
        if day is not None:
            return _stamp(day_start(day + dt.timedelta(days=1)))
        assert moment is not None
        return _stamp(moment + typed)
    except OverflowError:
        return _LAST  # past the last moment a date can name: no upper bound
