"""Socket Mode: the same app over a WebSocket from a fake Slack; redelivered envelopes answered once."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.app import Services
from bot.audit.records import LogFilter
from bot.slack.runtime import SlackApp, prepare, run_socket_mode
from tests.conftest import AFTER_INSTALL, fixed_clock
from tests.slack import payloads
from tests.slack.conftest import slack_settings
from tests.slack.fake_slack import FakeSlack, FakeSocketMode


@pytest.fixture
def socket_server(fake_slack: FakeSlack) -> Iterator[FakeSocketMode]:
    server = FakeSocketMode()
    fake_slack.socket_url = server.url
    yield server
    server.stop()


@pytest.fixture
def running(data_dir: Path, fake_slack: FakeSlack, socket_server: FakeSocketMode, embedder) -> Iterator[SlackApp]:  # type: ignore[no-untyped-def]
    services = Services(slack_settings(data_dir, fake_slack), embedder=embedder)
    app = prepare(services.settings, "socket", services, clock=fixed_clock)
    stop = threading.Event()
    thread = threading.Thread(target=run_socket_mode, args=(app, stop), daemon=True)
    thread.start()
    socket_server.wait_connected()
    yield app
    stop.set()
    thread.join(timeout=10)
    services.engine.dispose()


def _envelope(envelope_id: str, body: dict[str, object], retry: int = 0) -> dict[str, object]:
    return {
        "envelope_id": envelope_id,
        "payload": body,
        "type": "events_api",
        "accepts_response_payload": False,
        "retry_attempt": retry,
        "retry_reason": "timeout" if retry else "",
    }


def test_socket_mode_mention_is_acked_answered_and_redelivery_is_not_answered_again(
    running: SlackApp, socket_server: FakeSocketMode, fake_slack: FakeSlack
) -> None:
    opened = fake_slack.of("apps.connections.open")
    assert opened and opened[0].token == "xapp-1-test-app-token"
    body = payloads.mention(payloads.DETAINER, channel="C3", ts="1700000100.1")
    socket_server.send(_envelope("env-1", body))
    socket_server.wait_for_ack("env-1")
    [post] = fake_slack.wait_for("chat.postMessage")
    assert post.args["channel"] == "C3" and post.args["thread_ts"] == "1700000100.1"

    socket_server.send(_envelope("env-2", body, retry=1))
    socket_server.wait_for_ack("env-2")
    fake_slack.settle(1.0)
    assert len(fake_slack.of("chat.postMessage")) == 1
    rows = running.services.audit.list(AFTER_INSTALL)
    assert [(row["kind"], row["source"]) for row in rows] == [("shown", "slack"), ("query", "slack-mention")]


def test_socket_mode_slash_command(running: SlackApp, socket_server: FakeSocketMode, fake_slack: FakeSlack) -> None:
    command = {
        "team_id": "T1",
        "channel_id": "C1",
        "user_id": "U1",
        "command": "/triage",
        "text": payloads.DETAINER,
        "response_url": fake_slack.response_url("sm"),
        "trigger_id": "trig-sm",
    }
    socket_server.send(
        {"envelope_id": "env-c", "payload": command, "type": "slash_commands", "accepts_response_payload": True}
    )
    socket_server.wait_for_ack("env-c")
    [reply] = fake_slack.wait_for("response_url")
    assert reply.args["response_type"] == "ephemeral"
    deadline = time.monotonic() + 5
    while running.services.audit.count() < 1 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert running.services.audit.list(LogFilter(kind="query"))[0]["event_id"] == "slack:command:trig-sm"
