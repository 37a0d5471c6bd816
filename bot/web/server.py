"""The console served on its own (`triage console`): /console, a redirect from /, and /healthz."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.routing import BaseRoute, Mount, Route

from bot.app import Services
from bot.web.app import console_app

__all__ = ["console_mount", "standalone_app"]


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
