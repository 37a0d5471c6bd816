"""Dates as New York sees them: effective dates and the five-year window are local dates.

A rule that takes effect on 2027-01-01 must not answer at 20:30 on 31 December in New York
because it is already 1 January in UTC.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

__all__ = ["LOCAL_ZONE", "local_date", "local_today"]

LOCAL_ZONE = ZoneInfo("America/New_York")


def local_date(moment: dt.datetime) -> dt.date:
    """The New York calendar date of `moment` (a naive datetime is taken as UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(LOCAL_ZONE).date()


def local_today() -> dt.date:
    return local_date(dt.datetime.now(dt.UTC))
