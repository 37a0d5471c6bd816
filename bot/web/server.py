"""The console served on its own (`triage console`): /console, a redirect from /, and /healthz."""

from __future__ import annotations

import copy
import logging
from typing import Any

from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.routing import BaseRoute, Mount, Route

from bot.app import Services
from bot.web.app import console_app

__all__ = ["QueryStringHidden", "console_mount", "standalone_app", "uvicorn_log_config"]


class QueryStringHidden(logging.Filter):
    """Access-log lines keep the path but never the query string: a reviewer's search words,
    and any identifier typed into them, would otherwise be printed to the server's log."""

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        # uvicorn's access record: (client, method, path with query, HTTP version, status)
        if isinstance(args, tuple) and len(args) == 5 and isinstance(args[2], str) and "?" in args[2]:
            record.args = (args[0], args[1], args[2].split("?", 1)[0] + "?[query hidden]", args[3], args[4])
        return True


def uvicorn_log_config() -> dict[str, Any]:
    """uvicorn's own logging set-up with `QueryStringHidden` on the access log."""
    from uvicorn.config import LOGGING_CONFIG

    config = copy.deepcopy(LOGGING_CONFIG)
    config.setdefault("filters", {})["hide_query"] = {"()": QueryStringHidden}
    config["handlers"]["access"]["filters"] = ["hide_query"]
    return config


def console_mount(services: Services) -> list[BaseRoute]:
    """The console at /console beside the Slack endpoint, unless TRIAGE_CONSOLE__WITH_SLACK=false."""
    if not services.settings.console.with_slack:
        return []
    return [Mount("/console", app=console_app(services), name="console")]


def standalone_app(services: Services) -> Starlette:
    def root(_request: Request) -> Response:
        return RedirectResponse("/console/", status_code=303)

    def healthz(_request: Request) -> Response:
        try:
            with services.engine.connect() as connection:
                connection.execute(text("SELECT 1"))
        except SQLAlchemyError as exc:
            return JSONResponse({"status": "unavailable", "audit_log": exc.__class__.__name__}, status_code=503)
        return JSONResponse({"status": "ok", "kb_version": services.kb.active_version()})

    routes: list[BaseRoute] = [
        Route("/", root),
        Route("/healthz", healthz),
        Mount("/console", app=console_app(services), name="console"),
    ]
    return Starlette(routes=routes)
