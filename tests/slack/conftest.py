"""A real Bolt app behind a real HTTP server (uvicorn on loopback), talking to a fake Slack."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
import uvicorn

from bot.app import Services
from bot.audit.store import AuditLog
from bot.slack.runtime import SlackApp, http_app, prepare
from tests.conftest import fixed_clock, make_settings
from tests.slack.fake_slack import APP_TOKEN, BOT_TOKEN, SIGNING_SECRET, FakeSlack, signed_headers

COUNSEL_CHANNEL = "CCOUNSEL"


@pytest.fixture
def fake_slack() -> Iterator[FakeSlack]:
    fake = FakeSlack().start()
    yield fake
    fake.stop()
    assert fake.invalid == [], "the bot sent Block Kit that Slack would refuse"


def slack_settings(data_dir: Path, fake: FakeSlack, **overrides: object):  # type: ignore[no-untyped-def]
    chosen: dict[str, object] = {
        "SLACK_BOT_TOKEN": BOT_TOKEN,
        "SLACK_APP_TOKEN": APP_TOKEN,
        "SLACK_SIGNING_SECRET": SIGNING_SECRET,
        "slack_api_url": fake.api_url,
        "slack_counsel_channel": COUNSEL_CHANNEL,
        "escalation_webhook": fake.webhook_url,
    }
    return make_settings(data_dir, **{**chosen, **overrides})


@pytest.fixture
def slack_app(request: pytest.FixtureRequest, data_dir: Path, fake_slack: FakeSlack, embedder) -> Iterator[SlackApp]:  # type: ignore[no-untyped-def]
    marker = request.node.get_closest_marker("slack_settings")
    overrides = marker.kwargs if marker else {}
    services = Services(slack_settings(data_dir, fake_slack, **overrides), embedder=embedder)
    app = prepare(services.settings, "http", services, clock=fixed_clock)
    yield app
    services.engine.dispose()


@dataclass
class Server:
    url: str
    app: SlackApp
    http: httpx.Client

    @property
    def audit(self) -> AuditLog:
        return self.app.services.audit

    def post(self, body: str, content_type: str, headers: dict[str, str] | None = None) -> httpx.Response:
        sent = {"Content-Type": content_type, **signed_headers(body), **(headers or {})}
        return self.http.post(f"{self.url}/slack/events", content=body, headers=sent)

    def event(self, payload: dict[str, object], headers: dict[str, str] | None = None) -> httpx.Response:
        return self.post(json.dumps(payload), "application/json", headers)

    def form(self, body: str) -> httpx.Response:
        return self.post(body, "application/x-www-form-urlencoded")


def serve_in_thread(app: object) -> tuple[uvicorn.Server, threading.Thread, str]:
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off"))  # type: ignore[arg-type]
    thread = threading.Thread(target=server.run, kwargs={"sockets": [listener]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.01)
    return server, thread, f"http://127.0.0.1:{port}"


@pytest.fixture
def server(slack_app: SlackApp) -> Iterator[Server]:
    uv, thread, url = serve_in_thread(http_app(slack_app))
    with httpx.Client(timeout=10) as http:
        yield Server(url, slack_app, http)
    uv.should_exit = True
    thread.join(timeout=10)
