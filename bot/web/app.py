"""The reviewers' and counsel's web console: server-rendered pages over the audit and KB services.

The console decides nothing and changes no log row: it reads the log (every read is itself
logged before anything is shown), runs the same report, replay, diff and impact code as the
command line, and lets counsel activate a stored knowledge-base version (logged first).
"""

from __future__ import annotations

import datetime as dt
import hmac
import json
import secrets
import threading
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Mapping
from typing import Any
from urllib.parse import quote, urlsplit

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import BaseRoute, Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from bot.app import Services
from bot.audit.records import AuditRecord, AuditUnavailable, LogFilter
from bot.audit.store import AuditLog
from bot.pipeline import ActiveKnowledge
from bot.web.accounts import Accounts, Busy, Permission, RateLimited, Session, SignInRefused
from bot.web.kb_pages import KbPages
from bot.web.log_pages import LogPages
from bot.web.report_pages import ReportPages
from bot.web.training_pages import TrainingPages

__all__ = ["console_app", "console_routes"]

SESSION_COOKIE = "triage_session"
LOGIN_CSRF_COOKIE = "triage_login_csrf"
_PAGE_CSP = (
    "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
    "frame-src 'self'; frame-ancestors 'none'; base-uri 'none'"
)

_MISSING_CSRF = "This form was missing its security token. Reload the page and try again."

Handler = Callable[[Request, Session, FormData | None], Response]
# wraps a page handler: signed in, holding the permission, CSRF-checked
Guard = Callable[[Permission | None, Handler], Callable[[Request], Awaitable[Response]]]


class _ConsoleASGI:
    """The console's outer layer: its own URLs wherever it is mounted, and security headers.

    `url_for` resolves names on the console's router under the mount point (Starlette would
    otherwise look them up on the outermost app, which does not know them). Every response
    carries the headers below unless the handler set its own (the report sets its own CSP).
    """

    def __init__(self, app: Starlette) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        scope = {**scope, "router": self.app.router, "app_root_path": scope.get("root_path", "")}

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {name.lower() for name, _ in headers}
                for name, value in (
                    (b"content-security-policy", _PAGE_CSP.encode()),
                    (b"x-content-type-options", b"nosniff"),
                    (b"referrer-policy", b"same-origin"),
                    (b"x-frame-options", b"SAMEORIGIN"),
                    (b"cache-control", b"no-store"),
                ):
                    if name not in present:
                        headers.append((name, value))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, with_headers)


class _KnowledgeCache:
    """Loaded KB versions for replay and impact (loading one takes about a second)."""

    def __init__(self, services: Services, size: int = 4) -> None:
        self._services = services
        self._size = size
        self._loaded: OrderedDict[tuple[str | None, dt.date], ActiveKnowledge] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, version: str | None, today: Callable[[], dt.date]) -> ActiveKnowledge:
        key = (version or self._services.kb.active_version(), today())
        with self._lock:
            if key in self._loaded:
                self._loaded.move_to_end(key)
                return self._loaded[key]
            knowledge = self._services.load_knowledge(key[0], today=today)
            self._loaded[key] = knowledge
            while len(self._loaded) > self._size:
                self._loaded.popitem(last=False)
            return knowledge


class Console:
    def __init__(self, services: Services) -> None:
        from jinja2 import Environment, PackageLoader, select_autoescape

        self.services = services
        self.settings = services.settings.console
        self.accounts = Accounts(services.engine, self.settings)
        environment = Environment(
            loader=PackageLoader("bot.web", "templates"), autoescape=select_autoescape(["html", "j2"])
        )
        environment.filters["when"] = lambda value: str(value or "")[:19].replace("T", " ")
        environment.filters["pretty"] = lambda value: json.dumps(value, ensure_ascii=False, indent=2, default=str)
        self.templates = Jinja2Templates(env=environment)
        self.knowledge = _KnowledgeCache(services)

    @property
    def log(self) -> AuditLog:
        return self.services.audit

    # ------------------------------------------------------------------ plumbing
    def routes(self) -> list[BaseRoute]:
        page = self._guarded
        return [
            Route("/", self.home, name="home"),
            Route("/login", self.login_form, methods=["GET"], name="login"),
            Route("/login", self.login_submit, methods=["POST"], name="login_submit"),
            Route("/logout", page(None, self.logout), methods=["POST"], name="logout"),
            *LogPages(self).routes(page),  # /log, /q/<id>, /integrity
            *ReportPages(self).routes(page),  # /patterns, /register, /report
            *KbPages(self).routes(page),  # /kb
            Route("/accounts", page(Permission.SEE_ACCOUNTS, self.accounts_page), name="accounts"),
            *TrainingPages(self).routes(page),  # /training and /roster
            Mount("/static", StaticFiles(packages=[("bot.web", "static")]), name="static"),
        ]

    def _guarded(self, permission: Permission | None, handler: Handler) -> Callable[[Request], Awaitable[Response]]:
        """Signed in (else to the sign-in page), holding `permission` (else 403), CSRF token on POST."""

        async def endpoint(request: Request) -> Response:
            session = await run_in_threadpool(self.accounts.session, request.cookies.get(SESSION_COOKIE))
            if session is None:
                if request.method != "GET":
                    return self.error(request, None, 401, "Your session has ended. Sign in again.")
                target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
                return RedirectResponse(f"{request.url_for('login')}?next={quote(target)}", status_code=303)
            if permission is not None and not session.may(permission):
                return self.error(
                    request,
                    session,
                    403,
                    f"Your account ({session.role.value}) may not {permission.value}. "
                    "Ask an administrator if you need to.",
                )
            form = None
            if request.method == "POST":
                form = await request.form()
                if not _same(form.get("csrf_token"), session.csrf_token):
                    return self.error(
                        request,
                        session,
                        403,
                        _MISSING_CSRF,
                    )
            return await run_in_threadpool(handler, request, session, form)

        return endpoint

    def render(
        self, request: Request, session: Session | None, template: str, status: int = 200, **context: Any
    ) -> HTMLResponse:
        response = self.templates.TemplateResponse(
            request, template, {"session": session, "section": template.split(".")[0], **context}, status_code=status
        )
        assert isinstance(response, HTMLResponse)
        return response

    def error(self, request: Request, session: Session | None, status: int, message: str) -> HTMLResponse:
        return self.render(request, session, "error.html.j2", status=status, status_code=status, message=message)

    def read(self, request: Request, session: Session, page: str, **details: object) -> Response | None:
        """Log this view of the log; a response (503) if it cannot be logged, so nothing is shown."""
        shown = {key: value for key, value in details.items() if value not in (None, "", {}, [])}
        summary = json.dumps({"page": page, **shown}, sort_keys=True, default=str)
        try:
            self.log.append(AuditRecord.note("review_read", "console", user_id=session.actor, summary=summary))
        except AuditUnavailable:
            return self.error(request, session, 503, "This view could not be recorded in the log, so it is not shown.")
        return None

    # ------------------------------------------------------------------ sign-in
    async def home(self, request: Request) -> Response:
        return RedirectResponse(request.url_for("log"), status_code=303)

    def _cookie_secure(self, request: Request) -> bool:
        mode = self.settings.secure_cookie
        return mode == "always" or (mode == "auto" and request.url.scheme == "https")

    async def login_form(self, request: Request) -> Response:
        token = request.cookies.get(LOGIN_CSRF_COOKIE) or secrets.token_urlsafe(32)
        response = self.render(request, None, "login.html.j2", csrf=token, next=request.query_params.get("next", ""))
        self._set_cookie(request, response, LOGIN_CSRF_COOKIE, token, max_age=3600)
        return response

    async def login_submit(self, request: Request) -> Response:
        form = await request.form()
        next_page = _local_path(str(form.get("next") or ""), request)
        name, password = str(form.get("name") or ""), str(form.get("password") or "")
        if not _same(form.get("csrf_token"), request.cookies.get(LOGIN_CSRF_COOKIE)):
            return self.error(request, None, 403, _MISSING_CSRF)

        def again(status: int, message: str, headers: Mapping[str, str] | None = None) -> Response:
            response = self.render(
                request,
                None,
                "login.html.j2",
                status=status,
                csrf=request.cookies.get(LOGIN_CSRF_COOKIE),
                next=next_page,
                name=name,
                message=message,
            )
            response.headers.update(headers or {})
            return response

        if not name or not password:
            return again(400, "Enter your account name and password.")
        client = request.client.host if request.client else "unknown"
        try:
            token, _session = await run_in_threadpool(self.accounts.sign_in, name, password, client)
        except RateLimited as exc:
            return again(429, f"Too many failed sign-ins: {exc}.", {"Retry-After": str(exc.retry_after)})
        except Busy:
            return again(503, "The console is busy; try again in a few seconds.", {"Retry-After": "5"})
        except SignInRefused:
            return again(401, "Wrong account name or password.")
        response = RedirectResponse(next_page or str(request.url_for("log")), status_code=303)
        self._set_cookie(request, response, SESSION_COOKIE, token, max_age=self.settings.session_max_hours * 3600)
        response.delete_cookie(LOGIN_CSRF_COOKIE, path=self._cookie_path(request))
        return response

    def logout(self, request: Request, session: Session, _form: FormData | None) -> Response:
        token = request.cookies.get(SESSION_COOKIE)
        if token:
            self.accounts.sign_out(token)
        response = RedirectResponse(request.url_for("login"), status_code=303)
        response.delete_cookie(SESSION_COOKIE, path=self._cookie_path(request))
        return response

    def _cookie_path(self, request: Request) -> str:
        return (request.scope.get("root_path") or "") + "/"

    def _set_cookie(self, request: Request, response: Response, name: str, value: str, max_age: int) -> None:
        response.set_cookie(
            name,
            value,
            max_age=max_age,
            path=self._cookie_path(request),
            httponly=True,
            samesite="lax",  # Strict would sign people out when they follow a link from Slack; POSTs need CSRF
            secure=self._cookie_secure(request),
        )

    def accounts_page(self, request: Request, session: Session, _form: FormData | None) -> Response:
        if refused := self.read(request, session, "accounts"):
            return refused
        changes = self.log.list(LogFilter(kind="account_change", limit=20))
        return self.render(
            request,
            session,
            "accounts.html.j2",
            accounts=self.accounts.list(),
            changes=[{**row, "change": json.loads(row["summary"] or "{}")} for row in changes],
        )


def _same(given: object, expected: str | None) -> bool:
    return isinstance(given, str) and bool(expected) and hmac.compare_digest(given.encode(), str(expected).encode())


def _local_path(target: str, request: Request) -> str:
    """Only a path inside the console may be a post-sign-in destination (no open redirect)."""
    parts = urlsplit(target)
    root = request.scope.get("root_path") or ""
    if parts.scheme or parts.netloc or not target.startswith(root + "/") or target.startswith("//"):
        return ""
    return target


def console_routes(services: Services) -> list[BaseRoute]:
    return Console(services).routes()


def console_app(services: Services) -> ASGIApp:
    """The console as an ASGI app, to be mounted (at /console) or served alone."""
    return _ConsoleASGI(Starlette(routes=console_routes(services)))
