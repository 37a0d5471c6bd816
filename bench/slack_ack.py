"""Slack acknowledgement latency over the real HTTP entry point (uvicorn on loopback).

Each signed `app_mention` is timed from sending to Slack's HTTP 200 (the ack Slack needs
within 3 s) and to the verdict card arriving at the fake Web API. The baseline in the same
run is `GET /healthz` on the same server: the cost of the HTTP stack alone.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import httpx

from bot.app import Services
from bot.slack.runtime import http_app, prepare
from tests.slack import payloads
from tests.slack.conftest import serve_in_thread, slack_settings
from tests.slack.fake_slack import FakeSlack, signed_headers

__all__ = ["measure_slack_ack"]


def measure_slack_ack(data_dir: Path, knowledge: Path, prompts: Path, count: int = 200) -> dict[str, Any]:
    fake = FakeSlack().start()
    settings = slack_settings(data_dir, fake).model_copy(update={"knowledge_dir": knowledge, "prompts_dir": prompts})
    services = Services(settings)
    app = prepare(settings, "http", services)
    server, thread, url = serve_in_thread(http_app(app))
    ack_ms: list[float] = []
    health_ms: list[float] = []
    sent_at: dict[str, float] = {}
    try:
        with httpx.Client(timeout=10) as http:
            for n in range(count):
                t0 = time.perf_counter()
                http.get(f"{url}/healthz")
                health_ms.append((time.perf_counter() - t0) * 1000)
                ts = f"1800000000.{n:06d}"
                body = json.dumps(payloads.mention(payloads.DETAINER if n % 2 else f"ICE asks about case {n}", ts=ts))
                headers = {"Content-Type": "application/json", **signed_headers(body)}
                t0 = time.perf_counter()
                response = http.post(f"{url}/slack/events", content=body, headers=headers)
                ack_ms.append((time.perf_counter() - t0) * 1000)
                sent_at[ts] = t0
                assert response.status_code == 200, response.text
                time.sleep(0.02)  # officers do not all type at once; keeps lazy answers from queueing
        posts = fake.wait_for("chat.postMessage", count=count, timeout=120)
        answer_ms = [(post.at - sent_at[post.args["thread_ts"]]) * 1000 for post in posts]
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        fake.stop()
        services.engine.dispose()
    return {"requests": count, "ack_ms": ack_ms, "healthz_ms": health_ms, "answer_ms": answer_ms}
