"""A fake Slack for tests, on 127.0.0.1: the Web API, response URLs and a Socket Mode server.

Like bolt-python's own mock server, it records every call so a test can assert what the
bot said and where. Failures are injected per method (`fail`).
"""

from __future__ import annotations

import json
import os
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from slack_sdk.errors import SlackObjectFormationError
from slack_sdk.models.blocks import Block
from slack_sdk.models.views import View
from slack_sdk.signature import SignatureVerifier

__all__ = ["Call", "FakeSlack", "FakeSocketMode", "block_kit_problem", "signed_headers"]

BOT_TOKEN = "xoxb-test-bot-token"
APP_TOKEN = "xapp-1-test-app-token"
SIGNING_SECRET = "test-signing-secret"
BOT_USER = "UBOT"


def signed_headers(body: str, secret: str = SIGNING_SECRET, timestamp: int | None = None) -> dict[str, str]:
    """Headers Slack would send: a real HMAC-SHA256 signature over the body."""
    stamp = str(int(time.time()) if timestamp is None else timestamp)
    signature = SignatureVerifier(secret).generate_signature(timestamp=stamp, body=body)
    return {"X-Slack-Request-Timestamp": stamp, "X-Slack-Signature": signature}


@dataclass(frozen=True)
class Call:
    method: str  # e.g. "chat.postMessage", or "response_url"
    args: dict[str, Any]
    token: str | None
    at: float = field(default_factory=time.perf_counter)  # when the fake received it


@dataclass
class FakeSlack:
    """The Web API under /api/<method>, response URLs under /response/<id>, and counsel's case
    system's webhook under /webhook/<name> (recorded as method "webhook")."""

    calls: list[Call] = field(default_factory=list)
    fail: dict[str, str] = field(default_factory=dict)  # method -> Slack error code
    refused_tokens: set[str] = field(default_factory=set)
    # method -> HTTP statuses to answer with before answering normally (429: rate limited)
    transient: dict[str, list[int]] = field(default_factory=dict)
    socket_url: str | None = None
    invalid: list[str] = field(default_factory=list)  # Block Kit that real Slack would refuse
    url: str = ""
    _server: ThreadingHTTPServer | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def start(self) -> FakeSlack:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length).decode()
                if "json" in (self.headers.get("Content-Type") or ""):
                    args = json.loads(raw) if raw else {}
                else:
                    args = {k: v[0] for k, v in urllib.parse.parse_qs(raw).items()}
                token = (self.headers.get("Authorization") or "").removeprefix("Bearer ") or args.get("token")
                path = self.path.split("?")[0]
                if path.startswith("/response/"):
                    fake._record(Call("response_url", args, None))
                    problem = block_kit_problem(args)
                    if problem:
                        fake.invalid.append(f"response_url: {problem}")
                        self._send(400, b"invalid_blocks", "text/plain")
                    else:
                        self._send(200, b"ok", "text/plain")
                    return
                if path.startswith("/webhook/"):  # counsel's case system (TRIAGE_ESCALATION_WEBHOOK)
                    fake._record(Call("webhook", args, None))
                    status = fake._transient_status("webhook")
                    self._send(status or 200, b"", "text/plain")
                    return
                method = path.removeprefix("/api/")
                fake._record(Call(method, args, token))
                status = fake._transient_status(method)
                if status is not None:
                    self.send_response(status)
                    self.send_header("Retry-After", "1")
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                self._send(200, json.dumps(fake._answer(method, args, token)).encode(), "application/json")

            do_GET = do_POST  # noqa: N815 (http.server names its handlers so)

            def _send(self, status: int, body: bytes, content_type: str) -> None:
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server:
            self._server.shutdown()
            self._server.server_close()

    @property
    def api_url(self) -> str:
        return f"{self.url}/api/"

    @property
    def webhook_url(self) -> str:
        return f"{self.url}/webhook/cases"

    def response_url(self, name: str = "r1") -> str:
        return f"{self.url}/response/{name}"

    def _record(self, call: Call) -> None:
        with self._lock:
            self.calls.append(call)

    def _transient_status(self, method: str) -> int | None:
        with self._lock:
            queued = self.transient.get(method)
            return queued.pop(0) if queued else None

    def _answer(self, method: str, args: dict[str, Any], token: str | None) -> dict[str, Any]:
        if token in self.refused_tokens:
            return {"ok": False, "error": "invalid_auth"}
        if method in self.fail:
            return {"ok": False, "error": self.fail[method]}
        problem = block_kit_problem(args)
        if problem:
            self.invalid.append(f"{method}: {problem}")
            return {"ok": False, "error": "invalid_blocks" if "view" not in args else "invalid_arguments"}
        if method == "auth.test":
            return {"ok": True, "user_id": BOT_USER, "bot_id": "BBOT", "team_id": "T1", "user": "triage"}
        if method == "apps.connections.open":
            return {"ok": True, "url": self.socket_url}
        if method in {"chat.postMessage", "chat.postEphemeral"}:
            return {"ok": True, "channel": args.get("channel"), "ts": f"{time.time():.6f}", "message_ts": "1"}
        if method == "conversations.replies":
            return {"ok": True, "messages": self._thread(args), "has_more": False}
        if method == "chat.getPermalink":
            return {"ok": True, "permalink": f"https://example.slack.com/archives/{args.get('channel')}/p1"}
        if method in {"views.open", "views.publish"}:
            return {"ok": True, "view": {"id": "V-opened"}}
        return {"ok": True}

    def _thread(self, args: dict[str, Any]) -> list[dict[str, Any]]:
        """What conversations.replies shows of a thread: our posts in it (metadata only if asked)."""
        with_metadata = str(args.get("include_all_metadata")).lower() in {"1", "true"}
        found = []
        for call in self.of("chat.postMessage"):
            if call.args.get("channel") == args.get("channel") and call.args.get("thread_ts") == args.get("ts"):
                message = {"type": "message", "bot_id": "BBOT", "text": call.args.get("text", "")}
                metadata = call.args.get("metadata")
                if with_metadata and metadata:
                    message["metadata"] = json.loads(metadata) if isinstance(metadata, str) else metadata
                found.append(message)
        return found

    def of(self, method: str) -> list[Call]:
        with self._lock:
            return [call for call in self.calls if call.method == method]

    def wait_for(self, method: str, count: int = 1, timeout: float = 20.0) -> list[Call]:
        """The calls of `method` once there are at least `count` (fails the test after `timeout`)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = self.of(method)
            if len(found) >= count:
                return found
            time.sleep(0.02)
        raise AssertionError(f"expected {count} {method} call(s), saw {[c.method for c in self.calls]}")

    def settle(self, seconds: float = 1.0) -> None:
        """Wait while nothing more is expected (to show that a retry caused no second call)."""
        time.sleep(seconds)


def server_env(data_dir: Path, fake: FakeSlack) -> dict[str, str]:
    """Environment for a bot server process talking to this fake Slack, on a test's data dir."""
    root = Path(__file__).resolve().parents[2]
    return {
        **os.environ,
        "TRIAGE_DATA_DIR": str(data_dir),
        "TRIAGE_KNOWLEDGE_DIR": str(root / "knowledge"),
        "TRIAGE_PROMPTS_DIR": str(root / "prompts"),
        "TRIAGE_SLACK_API_URL": fake.api_url,
        "SLACK_BOT_TOKEN": BOT_TOKEN,
        "SLACK_APP_TOKEN": APP_TOKEN,
        "SLACK_SIGNING_SECRET": SIGNING_SECRET,
        "TRIAGE_SUBJECT_KEY": "test-subject-key-not-for-production",
    }


def block_kit_problem(args: dict[str, Any]) -> str | None:
    """Why Slack would refuse these blocks or this view (its documented limits), or None."""
    try:
        blocks = args.get("blocks")
        if isinstance(blocks, str):
            blocks = json.loads(blocks)
        if blocks:
            if len(blocks) > 50:
                return f"{len(blocks)} blocks in one message (Slack allows 50)"
            for block in Block.parse_all(blocks):
                block.validate_json()
        view = args.get("view")
        if isinstance(view, str):
            view = json.loads(view)
        if view:
            View(**view).validate_json()
            for block in view.get("blocks", []):
                element = block.get("element", {})
                if element.get("type") == "plain_text_input" and element.get("max_length", 0) > 3000:
                    return "plain_text_input max_length above 3000"
    except (SlackObjectFormationError, TypeError, ValueError, KeyError) as exc:
        return f"{exc.__class__.__name__}: {exc}"
    return None


class FakeSocketMode:
    """A Socket Mode endpoint: pushes envelopes to the connected app, records its acks."""

    def __init__(self) -> None:
        from websockets.sync.server import serve

        self.acks: list[dict[str, Any]] = []
        self._connections: list[Any] = []
        self._connected = threading.Event()
        self._server = serve(self._handle, "127.0.0.1", 0)
        self.url = f"ws://127.0.0.1:{self._server.socket.getsockname()[1]}/link"
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    def _handle(self, connection: Any) -> None:
        self._connections.append(connection)
        self._connected.set()
        for message in connection:
            data = json.loads(message) if isinstance(message, str) and message.startswith("{") else {}
            if "envelope_id" in data:
                self.acks.append(data)

    def wait_connected(self, timeout: float = 20.0) -> None:
        assert self._connected.wait(timeout), "the app never opened its Socket Mode connection"

    def send(self, envelope: dict[str, Any]) -> None:
        self._connections[-1].send(json.dumps(envelope))

    def wait_for_ack(self, envelope_id: str, timeout: float = 10.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if any(ack["envelope_id"] == envelope_id for ack in self.acks):
                return
            time.sleep(0.02)
        raise AssertionError(f"envelope {envelope_id} was never acknowledged")

    def stop(self) -> None:
        self._server.shutdown()
