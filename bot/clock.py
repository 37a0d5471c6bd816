"""The one clock, and dates as New York sees them.

Every moment the bot records comes from a `Clock` (the system's, or a fixed one in tests),
injected through `Services`. Effective dates, the five-year window, report quarters and days
are New York dates: a rule that takes effect on 2027-01-01 must not answer at 20:30 on
31 December in New York because it is already 1 January in UTC.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from zoneinfo import ZoneInfo

__all__ = ["LOCAL_ZONE", "Clock", "local_date", "local_today", "system_clock", "utc_stamp"]

Clock = Callable[[], dt.datetime]  # returns an aware datetime (UTC)


def system_clock() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def utc_stamp(clock: Clock = system_clock, timespec: str = "seconds") -> str:
    """The clock's time as the log and the stores write it (ISO 8601, UTC)."""
    return clock().isoformat(timespec=timespec)


LOCAL_ZONE = ZoneInfo("America/New_York")


def local_date(moment: dt.datetime) -> dt.date:
    """The New York calendar date of `moment` (a naive datetime is taken as UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(LOCAL_ZONE).date()


def local_today(clock: Clock = system_clock) -> dt.date:
    return local_date(clock())
