"""Web console: time to render the log page over 100,000 logged rows (SQLite), from a real
`triage console` process over loopback, signed in; GET /healthz on the same server is the baseline.

`python -m bench.console` runs this one benchmark alone.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import httpx

from bench.common import summary
from bot.audit.records import AuditRecord
from bot.audit.store import AuditLog
from bot.db import make_engine
from bot.web.accounts import Accounts, ConsoleRole

ROWS = 100_000
REPEATS = 15
PASSWORD = "benchmark passphrase"
_VERDICTS = ("prohibited", "prohibited", "needs_info", "permitted", "escalate")
_ASKS = ("hold", "share_records", "notify_release", "transfer_custody", "monitoring_alert", "access_prisoner")
_AGENCIES = ("ice_ero", "hsi", "fbi", "dea", "cbp", "usms")
PAGES = {
    "newest 50 questions (default page)": "",
    "filter verdict=permitted": "verdict=permitted",
    "filter ask=monitoring_alert": "ask=monitoring_alert",
    "filter flagged=yes": "flagged=yes",
    "search 'courthouse'": "q=courthouse",
    "sort by verdict": "sort=verdict&dir=asc",
    "last page": "page=2000",
    "one week, officer and agency": "start={week}&end={week_end}&officer=U0OFF7&agency=hsi",
}


def _row(n: int, start: dt.datetime) -> AuditRecord:
    verdict, ask, agency = _VERDICTS[n % 5], _ASKS[n % 6], _AGENCIES[n % 6]
    place = ("at the courthouse", "in the precinct", "at Rikers", "by fax")[n % 4]
    return AuditRecord(
        query_id=str(uuid.uuid4()),
        created_at=(start + dt.timedelta(seconds=n * 77)).isoformat(timespec="microseconds"),
        source="slack",
        question_masked=f"{agency.upper()} asks us to {ask.replace('_', ' ')} for [NAME] {place}, request {n}",
        mask_kinds=["marked_name"],
        outcome="answered",
        user_id=f"U0OFF{n % 40}",
        channel_id=f"C0PCT{n % 12}",
        agency=agency,
        asks=ask,
        verdict=verdict,
        rule_id=f"R{n % 9}",
        facts={"agency": agency, "asks": [ask], "evidence": {"agency": agency}},
        citations=[{"authority": "NYC-AC-14-154", "section": "Detainers", "title": "Detainers", "text": "x" * 200}],
        kb_version="b" * 64,
        latency_ms=12.5,
    )


def seed(url: str, rows: int = ROWS) -> dict[str, Any]:
    engine = make_engine(url)
    log = AuditLog(engine)
    start = dt.datetime(2026, 8, 25, tzinfo=dt.UTC)
    started = time.perf_counter()
    for n in range(rows):
        row = log.append(_row(n, start))
        if n % 50 == 0:  # 2 % of answers flagged by an officer
            log.append(AuditRecord.note("feedback", "slack", parent_query_id=row["query_id"], summary="wrong"))
    Accounts(engine).add("bench", ConsoleRole.REVIEWER, PASSWORD)
    seconds = time.perf_counter() - started
    engine.dispose()
    return {"rows": rows, "seed_s": round(seconds, 1)}


def _timed_get(client: httpx.Client, url: str) -> float:
    started = time.perf_counter()
    response = client.get(url)
    elapsed = (time.perf_counter() - started) * 1000
    assert response.status_code == 200, f"{url}: {response.status_code}"
    return elapsed


def measure(data_dir: Path, url: str) -> dict[str, Any]:
    from tests.conftest import free_port, wait_until_healthy

    port = free_port()
    env = {**os.environ, "TRIAGE_DATA_DIR": str(data_dir), "TRIAGE_DATABASE_URL": url}
    triage = str(Path(sys.executable).with_name("triage"))
    output = data_dir / "console.out"
    with output.open("wb") as sink:
        process = subprocess.Popen([triage, "console", "--port", str(port)], env=env, stdout=sink, stderr=sink)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_healthy(base, process, lambda: output.read_text(errors="replace"))
        with httpx.Client(base_url=base, timeout=60) as client:
            form = client.get("/console/login").text
            token = re.search(r'name="csrf_token" value="([^"]+)"', form)
            assert token
            client.post("/console/login", data={"name": "bench", "password": PASSWORD, "csrf_token": token.group(1)})
            results: dict[str, Any] = {
                "healthz_ms_baseline": summary([_timed_get(client, "/healthz") for _ in range(30)])
            }
            week = "2026-10-05"
            for label, query in PAGES.items():
                path = "/console/log?" + query.format(week=week, week_end="2026-10-11")
                _timed_get(client, path)  # warm
                results[label] = summary([_timed_get(client, path) for _ in range(REPEATS)])
            export = time.perf_counter()
            with client.stream("GET", "/console/log/export.csv?verdict=permitted") as response:
                exported = sum(chunk.count(b"\n") for chunk in response.iter_bytes()) - 1
            results["export_csv_20000_rows_s"] = round(time.perf_counter() - export, 2)
            results["export_rows"] = exported
    finally:
        process.terminate()
        process.wait(timeout=30)
    return results


def console_render(tmp: Path) -> dict[str, Any]:
    data_dir = tmp / "console-data"
    data_dir.mkdir(parents=True, exist_ok=True)
    url = f"sqlite:///{data_dir / 'audit.db'}"
    seeded = seed(url)
    return {**seeded, **measure(data_dir, url)}


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        print(json.dumps(console_render(Path(folder)), indent=2))
