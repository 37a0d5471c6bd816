"""`uvicorn --factory bot.slack.asgi:create_app`: the HTTP entry point for a production server."""

from __future__ import annotations

import sys

from starlette.applications import Starlette

from bot.app import KeyFileError, NoActiveKnowledge
from bot.audit.checkpoint import CheckpointError
from bot.masking import MaskError
from bot.retrieval.dense import VectorStoreUnavailable
from bot.retrieval.embedder import EmbedderError
from bot.settings import Settings
from bot.slack.runtime import SlackSetupError, http_app, prepare, recover_in_background
from bot.slack.schedule import start_schedule
from bot.web.server import console_mount

__all__ = ["create_app"]


def create_app() -> Starlette:
    """Build the app from the environment; a setup problem exits with its message, not a trace."""
    try:
        slack_app = prepare(Settings(), "http")
        recover_in_background(slack_app)
        start_schedule(slack_app.services, slack_app.bolt.client)
        return http_app(slack_app, extra_routes=console_mount(slack_app.services))
    except (
        SlackSetupError,
        NoActiveKnowledge,
        EmbedderError,
        VectorStoreUnavailable,
        KeyFileError,
        MaskError,
        CheckpointError,
    ) as exc:
        print(f"error: cannot start: {exc}", file=sys.stderr)
        raise SystemExit(2) from None
