"""One clock: what the process records comes from `Services.clock`, and days, quarters and
effective dates are New York's."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path

from starlette.testclient import TestClient

from bot.app import Services
from bot.audit.records import AuditRecord
from bot.clock import local_today, utc_stamp
from bot.web.accounts import Accounts, ConsoleRole
from bot.web.server import standalone_app
from tests.conftest import make_settings

# 22:30 on New Year's Eve in New York is already 1 January in UTC
NEW_YEARS_EVE_NY = dt.datetime(2027, 1, 1, 3, 30, tzinfo=dt.UTC)


def _clock() -> dt.datetime:
    return NEW_YEARS_EVE_NY


def test_the_day_is_new_yorks() -> None:
    assert local_today(_clock) == dt.date(2026, 12, 31)
    assert utc_stamp(_clock) == "2027-01-01T03:30:00+00:00"


def test_rows_carry_the_services_clock_unless_they_bring_a_time(data_dir: Path, embedder) -> None:  # type: ignore[no-untyped-def]
    services = Services(make_settings(data_dir), embedder=embedder, clock=_clock)
    row = services.audit.append(AuditRecord.note("review_read", "cli", user_id="local:test", summary="{}"))
    assert row["created_at"] == "2027-01-01T03:30:00.000000+00:00"
    note = AuditRecord.note("review_read", "cli", user_id="local:test", summary="{}")
    stamped = dataclasses.replace(note, created_at="2026-01-01T00:00:00+00:00")
    assert services.audit.append(stamped)["created_at"] == "2026-01-01T00:00:00+00:00"  # a time given is kept
    services.engine.dispose()


def test_the_consoles_default_quarter_is_new_yorks(data_dir: Path, embedder) -> None:  # type: ignore[no-untyped-def]
    services = Services(make_settings(data_dir), embedder=embedder, clock=_clock)
    Accounts(services.engine).add("rita", ConsoleRole.REVIEWER, "correct horse battery staple")
    with TestClient(standalone_app(services), base_url="http://127.0.0.1") as client:
        form = client.get("/console/login").text
        token = re.search(r'name="csrf_token" value="([^"]+)"', form)
        assert token
        client.post(
            "/console/login",
            data={"name": "rita", "password": "correct horse battery staple", "csrf_token": token.group(1)},
            follow_redirects=False,
        )
        page = client.get("/console/report").text
    assert "Quarterly report · 2026Q4" in page  # still 2026 in New York, though 2027Q1 in UTC
    assert "<option >2027Q1</option>" not in page and "<option selected>2026Q4</option>" in page
    services.engine.dispose()
