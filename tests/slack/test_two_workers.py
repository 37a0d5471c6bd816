"""Two server processes behind one Slack app share the log database: each delivery answered once."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

from bot.audit.records import LogFilter
from bot.audit.store import AuditLog
from bot.db import make_engine
from tests.conftest import ROOT, free_port, wait_until_healthy
from tests.slack import payloads
from tests.slack.fake_slack import FakeSlack, server_env, signed_headers

pytestmark = pytest.mark.slow


@pytest.fixture
def workers(data_dir: Path, fake_slack: FakeSlack) -> Iterator[list[str]]:
    env = server_env(data_dir, fake_slack)
    ports = [free_port(), free_port()]
    # One worker as `triage serve --http`, the other as the Procfile's production `web:` line.
    web_line = dict(line.split(": ", 1) for line in (ROOT / "Procfile").read_text().splitlines() if line)["web"]
    commands = [
        [sys.executable, "-m", "bot", "serve", "--http", "--port", str(ports[0])],
        ["bash", "-c", f"exec {web_line}"],
    ]
    web_env = {
        **env,
        "PORT": str(ports[1]),
        "WEB_CONCURRENCY": "1",
        "PATH": f"{Path(sys.executable).parent}:{env['PATH']}",
    }
    processes = [
        subprocess.Popen(
            command, env=run_env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
        )
        for command, run_env in zip(commands, [env, web_env], strict=True)
    ]
    urls = [f"http://127.0.0.1:{port}" for port in ports]
    try:
        for url, process in zip(urls, processes, strict=True):
            wait_until_healthy(url, process, lambda p=process: p.stderr.read().decode() if p.stderr else "")
        yield urls
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            process.wait(timeout=20)


def test_the_same_delivery_to_two_workers_is_answered_once(
    workers: list[str], fake_slack: FakeSlack, data_dir: Path
) -> None:
    deliveries = [payloads.mention(payloads.DETAINER, channel="C5", ts=f"1700000200.{n}") for n in range(6)]

    def deliver(job: tuple[str, dict[str, object], int]) -> int:
        url, body, retry = job
        raw = json.dumps(body)
        headers = {"Content-Type": "application/json", **signed_headers(raw)}
        if retry:
            headers["X-Slack-Retry-Num"] = str(retry)
        return httpx.post(f"{url}/slack/events", content=raw, headers=headers, timeout=10).status_code

    # every delivery reaches both workers at once, and once more as a retry
    jobs = [(url, body, retry) for body in deliveries for retry, url in enumerate([*workers, workers[0]])]
    with ThreadPoolExecutor(max_workers=8) as pool:
        assert set(pool.map(deliver, jobs)) == {200}

    fake_slack.wait_for("chat.postMessage", count=len(deliveries))
    fake_slack.settle(2.0)
    posts = fake_slack.of("chat.postMessage")
    assert sorted(p.args["thread_ts"] for p in posts) == sorted(d["event"]["ts"] for d in deliveries)  # type: ignore[index]

    engine = make_engine(f"sqlite:///{data_dir / 'audit.db'}")
    audit = AuditLog(engine)
    rows = audit.list(LogFilter(kind="query", limit=None))
    assert len(rows) == len(deliveries)
    shown = audit.list(LogFilter(kind="shown", limit=None))  # one marker per answer shown
    assert sorted(r["parent_query_id"] for r in shown) == sorted(r["query_id"] for r in rows)
    assert len({row["event_id"] for row in rows}) == len(deliveries)
    assert audit.verify()[0]
    engine.dispose()
