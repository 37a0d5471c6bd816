"""Starting the Slack app: the Web API client, credential checks, HTTP and Socket Mode.

Start-up problems (a token missing, malformed or refused, Slack unreachable) raise
`SlackSetupError` with a sentence saying what to fix; the CLI prints it instead of a trace.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
from collections.abc import AsyncIterator, Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from slack_bolt import App
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError
from slack_sdk.http_retry.builtin_handlers import RateLimitErrorRetryHandler
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import BaseRoute, Route

from bot.app import Services
from bot.pipeline import Pipeline
from bot.practice import Practice
from bot.review.webhook import EscalationWebhook
from bot.settings import Settings, SlackSettings
from bot.slack.listeners import SlackTriage
from bot.slack.practice import SlackPractice

__all__ = [
    "SlackApp",
    "SlackSetupError",
    "build_slack_app",
    "check_credentials",
    "http_app",
    "recover_in_background",
    "socket_mode_handler",
    "web_client",
]

log = logging.getLogger(__name__)

DEFAULT_API_URL = "https://slack.com/api/"

_REFUSED_HINTS = {
    "invalid_auth": "the token is not valid for any workspace",
    "not_authed": "no token was sent",
    "account_inactive": "the app or its bot user was deactivated",
    "token_revoked": "the token was revoked (reinstall the app)",
}


class SlackSetupError(RuntimeError):
    """The Slack app cannot start; the message says which setting to fix."""


def web_client(slack: SlackSettings, token: str | None = None) -> WebClient:
    """A Web API client that retries rate limits (and lost connections) with backoff.

    Slack's 5xx answers are not retried: Slack may have posted the message anyway, and a
    second card is worse than a logged delivery error.
    """
    base_url = slack.api_url or DEFAULT_API_URL
    client = WebClient(
        token=token or (slack.bot_token.get_secret_value() if slack.bot_token else None),
        base_url=base_url if base_url.endswith("/") else base_url + "/",
        timeout=10,
    )
    client.retry_handlers.append(RateLimitErrorRetryHandler(max_retry_count=3))
    return client


def check_credentials(slack: SlackSettings, mode: str) -> dict[str, Any]:
    """The settings `mode` ("http" or "socket") needs are present and Slack accepts the bot token."""
    missing = []
    if slack.bot_token is None:
        missing.append("SLACK_BOT_TOKEN (the Bot User OAuth Token, xoxb-...)")
    if mode == "socket" and slack.app_token is None:
        missing.append("SLACK_APP_TOKEN (an app-level token with connections:write, xapp-...)")
    if mode == "http" and slack.signing_secret is None:
        missing.append("SLACK_SIGNING_SECRET (Basic Information → App Credentials)")
    if missing:
        raise SlackSetupError(f"{mode} mode needs " + " and ".join(missing) + "; see README 'Install the Slack app'")
    assert slack.bot_token is not None
    if not slack.bot_token.get_secret_value().startswith("xoxb-"):
        raise SlackSetupError("SLACK_BOT_TOKEN must be a bot token starting with xoxb-")
    if mode == "socket" and slack.app_token and not slack.app_token.get_secret_value().startswith("xapp-"):
        raise SlackSetupError("SLACK_APP_TOKEN must be an app-level token starting with xapp-")
    client = web_client(slack)
    try:
        identity = client.auth_test()
    except SlackApiError as exc:
        code = str(exc.response.get("error", "error"))
        hint = _REFUSED_HINTS.get(code, "check the token on the app's OAuth & Permissions page")
        raise SlackSetupError(f"Slack refused SLACK_BOT_TOKEN ({code}): {hint}") from exc
    except (SlackClientError, OSError) as exc:
        raise SlackSetupError(f"cannot reach Slack at {client.base_url}: {exc}") from exc
    return dict(identity.data) if isinstance(identity.data, dict) else {}


@dataclass
class SlackApp:
    """A ready Bolt app and what it answers with."""

    bolt: App
    triage: SlackTriage
    pipeline: Pipeline
    services: Services


def build_slack_app(services: Services, pipeline: Pipeline, *, mode: str, client: WebClient | None = None) -> SlackApp:
    settings: Settings = services.settings
    slack = settings.slack
    bolt = App(
        client=client or web_client(slack),
        signing_secret=slack.signing_secret.get_secret_value() if slack.signing_secret else "",
        # Socket Mode deliveries are authenticated by the app token's connection, not signatures.
        request_verification_enabled=mode == "http",
        token_verification_enabled=False,  # check_credentials does it, with a clear message
        process_before_response=False,
        name="request-triage-bot",
    )
    practice = SlackPractice(Practice(lambda: pipeline.knowledge, services.kb, services.audit))
    webhook = EscalationWebhook(settings.escalation_webhook) if settings.escalation_webhook else None
    triage = SlackTriage(
        pipeline,
        services.audit,
        slack,
        settings.intake.max_question_chars,
        practice,
        clock=services.clock,
        webhook=webhook,
    )
    triage.register(bolt)
    return SlackApp(bolt, triage, pipeline, services)


# Slack's own payloads are a few kilobytes; anything near this is not from Slack.
MAX_SLACK_BODY_BYTES = 1_000_000
# Slack dispatch has its own threads, so console work (searches, exports, sign-ins) sharing
# the server can never hold up an acknowledgement Slack expects within three seconds.
SLACK_DISPATCH_THREADS = 8


class _BodyRefused(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


async def read_limited_body(request: Request, limit: int = MAX_SLACK_BODY_BYTES) -> bytes:
    """The request body, refused (413) as soon as it passes `limit` bytes, before it is all read."""
    declared = request.headers.get("content-length")
    if declared is not None:
        if not declared.isdigit():
            raise _BodyRefused(400, "invalid Content-Length")
        if int(declared) > limit:
            raise _BodyRefused(413, f"request body over {limit:,} bytes")
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise _BodyRefused(413, f"request body over {limit:,} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def http_app(slack_app: SlackApp, extra_routes: Sequence[BaseRoute] = ()) -> Starlette:
    """The HTTP entry point: `POST /slack/events` (signed by Slack), `GET /healthz`, and `extra_routes`
    (the web console at /console).

    A delivery is refused before anything is parsed: over 1 MB (413, without reading the
    rest), then a bad signature on the raw bytes (401), then a body that does not parse (400).
    """
    from slack_bolt.adapter.starlette.handler import to_bolt_request, to_starlette_response
    from slack_sdk.signature import SignatureVerifier

    secret = slack_app.services.settings.slack.signing_secret
    verifier = SignatureVerifier(secret.get_secret_value() if secret else "")
    dispatcher = ThreadPoolExecutor(SLACK_DISPATCH_THREADS, thread_name_prefix="slack-dispatch")

    async def slack_events(request: Request) -> Response:
        try:
            body = await read_limited_body(request)
        except _BodyRefused as refused:
            return PlainTextResponse(str(refused), status_code=refused.status)
        if not verifier.is_valid_request(body, dict(request.headers)):
            return PlainTextResponse("invalid or expired Slack signature", status_code=401)
        try:
            bolt_request = to_bolt_request(request, body)
        except (ValueError, UnicodeDecodeError):
            return PlainTextResponse("malformed request body", status_code=400)
        loop = asyncio.get_running_loop()
        bolt_response = await loop.run_in_executor(dispatcher, slack_app.bolt.dispatch, bolt_request)
        return to_starlette_response(bolt_response)

    def healthz(_request: Request) -> Response:
        try:
            with slack_app.services.engine.connect() as connection:
                connection.execute(text("SELECT 1"))
        except SQLAlchemyError as exc:
            return JSONResponse({"status": "unavailable", "audit_log": str(exc.__class__.__name__)}, status_code=503)
        return JSONResponse({"status": "ok", "kb_version": slack_app.pipeline.knowledge.version})

    @contextlib.asynccontextmanager
    async def lifespan(_app: Starlette) -> AsyncIterator[None]:
        yield
        dispatcher.shutdown(wait=False, cancel_futures=True)

    return Starlette(
        routes=[
            Route("/slack/events", slack_events, methods=["POST"]),
            Route("/healthz", healthz, methods=["GET"]),
            *extra_routes,
        ],
        lifespan=lifespan,
    )


def socket_mode_handler(slack_app: SlackApp) -> Any:
    """A Socket Mode handler on the app's own Web API client (so TRIAGE_SLACK_API_URL applies)."""
    from slack_bolt.adapter.socket_mode import SocketModeHandler

    slack = slack_app.services.settings.slack
    assert slack.app_token is not None
    return SocketModeHandler(slack_app.bolt, app_token=slack.app_token.get_secret_value())


def run_socket_mode(
    slack_app: SlackApp, stop: threading.Event | None = None, on_ready: Callable[[], None] | None = None
) -> None:
    """Connect and serve until `stop` is set (or forever)."""
    handler = socket_mode_handler(slack_app)
    handler.connect()
    if on_ready:
        on_ready()
    try:
        (stop or threading.Event()).wait()
    finally:
        handler.close()


def recover_in_background(slack_app: SlackApp) -> threading.Thread:
    """After the recovery delay, post answers logged but never shown before this process started."""

    def sweep() -> None:
        threading.Event().wait(slack_app.services.settings.slack.recover_after_seconds)
        recovered = slack_app.triage.recover_unshown(slack_app.bolt.client)
        if recovered:
            log.warning("posted %d answer(s) that were logged but never shown before this start", recovered)

    thread = threading.Thread(target=sweep, name="slack-recover", daemon=True)
    thread.start()
    return thread


def prepare(settings: Settings, mode: str, services: Services | None = None, **pipeline_options: Any) -> SlackApp:
    """Check Slack's credentials first (fast, clear), then load the knowledge and the model."""
    from bot.app import build_pipeline

    check_credentials(settings.slack, mode)
    if settings.subject_key is None and settings.subject_key_file is None:
        raise SlackSetupError(
            "serving Slack needs TRIAGE_SUBJECT_KEY or TRIAGE_SUBJECT_KEY_FILE (a file outside the data dir): "
            "a key kept beside the log would let a copy of the data dir recover masked dates and phone numbers"
        )
    if not settings.counsel:
        log.warning("TRIAGE_COUNSEL is empty: nobody can record counsel's decisions in Slack until it names counsel")
    if not settings.reviewers:
        log.warning("TRIAGE_REVIEWERS is empty: the command line lets anyone who can run it read the log")
    services = services or Services(settings)
    services.subject_key  # noqa: B018 - a key file in the wrong place stops the start here, with its reason
    pipeline = build_pipeline(services, notify=lambda message: log.warning("%s", message), **pipeline_options)
    return build_slack_app(services, pipeline, mode=mode)
