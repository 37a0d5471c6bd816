"""The reviewers' and counsel's web console: server-rendered pages over the audit and KB services.

The console decides nothing and changes no log row: it reads the log (every read is itself
logged before anything is shown), runs the same report, replay, diff and impact code as the
command line, and lets counsel activate a stored knowledge-base version (logged first).
"""

from __future__ import annotations

import datetime as dt
import difflib
import hmac
import json
import re
import secrets
import threading
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Mapping
from typing import Any
from urllib.parse import quote, urlsplit

from pydantic import ValidationError
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response, StreamingResponse
from starlette.routing import BaseRoute, Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from bot.app import AlreadyActive, Services
from bot.audit.export import ExportFormat, export_chunks, media_type
from bot.audit.records import AuditRecord, AuditUnavailable, LogFilter
from bot.audit.report import build_report, quarter_bounds, render_html
from bot.audit.store import AuditLog
from bot.clock import local_today, utc_stamp
from bot.facts.model import Agency, Ask
from bot.kb.errors import KnowledgeErrors
from bot.pipeline import ActiveKnowledge
from bot.web.accounts import Accounts, Busy, Permission, RateLimited, Session, SignInRefused
from bot.web.query import KINDS, LABELS, VERDICTS, LogQuery
from bot.web.training_pages import TrainingPages, register_officers

__all__ = ["console_app", "console_routes"]

_MIN_ID_PREFIX = 6  # the shortest query-id prefix a page opens (`/console/q/3f2a9c`)

SESSION_COOKIE = "triage_session"
LOGIN_CSRF_COOKIE = "triage_login_csrf"
INTEGRITY_CHECK = "integrity_check"
FACT_LABELS = {
    "agency": "Agency",
    "asks": "What is asked",
    "warrant": "Warrant",
    "purpose": "Purpose",
    "conviction": "Conviction",
    "tsdb_match": "Terrorist screening match",
    "prior_removal_reentry": "Re-entry after removal",
    "off_topic": "Not a federal request",
}
_PAGE_CSP = (
    "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
    "frame-src 'self'; frame-ancestors 'none'; base-uri 'none'"
)
# The quarterly report is a self-contained file with inline styles and SVG; it may be framed by the console.
_REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'"

_MISSING_CSRF = "This form was missing its security token. Reload the page and try again."

Handler = Callable[[Request, Session, FormData | None], Response]


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
            Route("/log", page(Permission.READ_LOG, self.log_page), name="log"),
            Route("/log/export.{fmt:str}", page(Permission.READ_LOG, self.export), name="export"),
            Route("/q/{query_id:str}", page(Permission.READ_LOG, self.decision), name="decision"),
            Route("/q/{query_id:str}/replay", page(Permission.READ_LOG, self.replay), name="replay"),
            Route("/patterns", page(Permission.READ_LOG, self.patterns), name="patterns"),
            Route("/register", page(Permission.READ_LOG, self.register_page), name="register"),
            Route(
                "/register/signoff",
                page(Permission.SIGN_OFF, self.register_signoff),
                methods=["POST"],
                name="register_signoff",
            ),
            Route("/report", page(Permission.READ_LOG, self.report_page), name="report"),
            Route("/report/{quarter:str}.html", page(Permission.READ_LOG, self.report_file), name="report_file"),
            Route(
                "/report/{kind:str}/{period:str}.{fmt:str}",
                page(Permission.READ_LOG, self.law_report_file),
                name="law_report_file",
            ),
            Route("/integrity", page(Permission.READ_LOG, self.integrity), name="integrity"),
            Route(
                "/integrity/check",
                page(Permission.READ_LOG, self.integrity_check),
                methods=["POST"],
                name="integrity_check",
            ),
            Route("/kb", page(Permission.MANAGE_KB, self.kb_page), name="kb"),
            Route("/kb/diff", page(Permission.MANAGE_KB, self.kb_diff), name="kb_diff"),
            Route("/kb/impact", page(Permission.MANAGE_KB, self.kb_impact), name="kb_impact"),
            Route("/kb/activate", page(Permission.MANAGE_KB, self.kb_activate_confirm), name="kb_activate"),
            Route(
                "/kb/activate",
                page(Permission.MANAGE_KB, self.kb_activate),
                methods=["POST"],
                name="kb_activate_submit",
            ),
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
                    return self._error(request, None, 401, "Your session has ended. Sign in again.")
                target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
                return RedirectResponse(f"{request.url_for('login')}?next={quote(target)}", status_code=303)
            if permission is not None and not session.may(permission):
                return self._error(
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
                    return self._error(
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

    def _error(self, request: Request, session: Session | None, status: int, message: str) -> HTMLResponse:
        return self.render(request, session, "error.html.j2", status=status, status_code=status, message=message)

    def _read(self, request: Request, session: Session, page: str, **details: object) -> Response | None:
        """Log this view of the log; a response (503) if it cannot be logged, so nothing is shown."""
        shown = {key: value for key, value in details.items() if value not in (None, "", {}, [])}
        summary = json.dumps({"page": page, **shown}, sort_keys=True, default=str)
        try:
            self.log.append(AuditRecord.note("review_read", "console", user_id=session.actor, summary=summary))
        except AuditUnavailable:
            return self._error(request, session, 503, "This view could not be recorded in the log, so it is not shown.")
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
            return self._error(request, None, 403, _MISSING_CSRF)

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

    # ---------------------------------------------------------------------- log
    def _query(self, request: Request) -> LogQuery | list[str]:
        try:
            return LogQuery.model_validate(dict(request.query_params))
        except ValidationError as exc:
            return [f"{LABELS.get(str(error['loc'][0]), error['loc'][0])}: {error['msg']}" for error in exc.errors()]

    def log_page(self, request: Request, session: Session, _form: FormData | None) -> Response:
        query = self._query(request)
        choices = self._choices()
        if isinstance(query, list):
            return self.render(
                request,
                session,
                "log.html.j2",
                status=400,
                errors=query,
                query=LogQuery(),
                rows=[],
                total=0,
                pages=1,
                size=self.settings.page_size,
                **choices,
            )
        if refused := self._read(request, session, "log", **query.chosen(), page_number=query.page):
            return refused
        size = self.settings.page_size
        rows, total = self.log.page(
            query.log_filter(size),
            sort=query.sort,
            descending=query.dir == "desc",
            offset=(query.page - 1) * size,
        )
        pages = max(1, -(-total // size))
        if query.page > pages:  # "page 999 of 1": the last page there is, same filters
            return RedirectResponse(f"{request.url_for('log')}?{query.link(page=pages)}", status_code=303)
        return self.render(
            request,
            session,
            "log.html.j2",
            query=query,
            rows=rows,
            total=total,
            pages=pages,
            size=size,
            errors=[],
            **choices,
        )

    def _choices(self) -> dict[str, Any]:
        """The filter form's options (the sortable headers are in the template)."""
        return {
            "verdicts": VERDICTS,
            "kinds": KINDS,
            "agencies": [agency.value for agency in Agency],
            "asks": [ask.value for ask in Ask],
            "versions": [v["version"] for v in self.services.kb.versions()],
        }

    def export(self, request: Request, session: Session, _form: FormData | None) -> Response:
        fmt = request.path_params["fmt"]
        if fmt not in ("csv", "jsonl"):
            return self._error(request, session, 404, "Exports are CSV (export.csv) or JSON Lines (export.jsonl).")
        query = self._query(request)
        if isinstance(query, list):
            return self._error(request, session, 400, "Bad filter: " + "; ".join(query))
        if refused := self._read(request, session, "export", format=fmt, **query.chosen()):
            return refused
        chosen: ExportFormat = "csv" if fmt == "csv" else "jsonl"
        rows = self.log.stream(query.log_filter(None))
        stamp = self.services.clock().strftime("%Y%m%dT%H%M%SZ")
        return StreamingResponse(
            export_chunks(rows, chosen),
            media_type=media_type(chosen),
            headers={"Content-Disposition": f'attachment; filename="triage-log-{stamp}.{fmt}"'},
        )

    # ------------------------------------------------------------------ decision
    def _row(self, request: Request, session: Session, page: str) -> dict[str, Any] | Response:
        """The row the path names, its read logged first (even a miss says whether an id exists)."""
        query_id = request.path_params["query_id"][:64]
        if refused := self._read(request, session, page, query_id=query_id):
            return refused
        row = self.log.get(query_id) if _MIN_ID_PREFIX <= len(query_id) <= 36 and query_id != "last" else None
        if row is None:
            return self._error(
                request,
                session,
                404,
                f"No logged query has the id {query_id!r}, and no single one starts with it "
                f"(give at least {_MIN_ID_PREFIX} characters of an id, as the command line shows them).",
            )
        if row["query_id"] != query_id:  # a unique prefix, as `triage audit show` takes: the page has one address
            return RedirectResponse(request.url_for(page, query_id=row["query_id"]), status_code=303)
        return row

    def decision(self, request: Request, session: Session, _form: FormData | None) -> Response:
        found = self._row(request, session, "decision")
        if isinstance(found, Response):
            return found
        follow_ups = list(self.log.stream(LogFilter(parent_query_id=found["query_id"], limit=None)))
        parent = self.log.get(found["parent_query_id"]) if found.get("parent_query_id") else None
        return self.render(
            request,
            session,
            "decision.html.j2",
            row=found,
            facts=_fact_rows(found.get("facts") or {}),
            follow_ups=follow_ups,
            parent=parent,
            thread=self._thread_link(found),
        )

    def _thread_link(self, row: Mapping[str, Any]) -> str | None:
        """The Slack message a question came from (event ids `slack:msg:<channel>:<ts>`)."""
        parts = str(row.get("event_id") or "").split(":")
        if len(parts) != 4 or parts[:2] != ["slack", "msg"]:
            return None
        channel, ts = parts[2], parts[3]
        if self.settings.slack_workspace_url:
            return f"{self.settings.slack_workspace_url.rstrip('/')}/archives/{channel}/p{ts.replace('.', '')}"
        return f"https://slack.com/app_redirect?channel={quote(channel)}&message_ts={quote(ts)}"

    def replay(self, request: Request, session: Session, _form: FormData | None) -> Response:
        from bot.review.replay import ReplayError
        from bot.review.replay import replay as replay_row

        found = self._row(request, session, "replay")
        if isinstance(found, Response):
            return found
        explainer = self.services.explainer
        try:
            report = replay_row(found, self.knowledge.get, explainer, current=True)
        except ReplayError as exc:
            return self._error(request, session, 409, str(exc))
        except (KeyError, RuntimeError) as exc:
            return self._error(request, session, 503, f"The knowledge base could not be loaded to replay: {exc}")
        return self.render(request, session, "replay.html.j2", row=found, report=report)

    # ------------------------------------------------------------------ patterns and report
    def _quarter(self, request: Request) -> str | None:
        today = local_today(self.services.clock)  # New York's quarter, not UTC's
        return _canonical_quarter(request.query_params.get("quarter") or f"{today.year}Q{(today.month - 1) // 3 + 1}")

    def _report(self, quarter: str) -> Any:
        since, until = quarter_bounds(quarter)
        # the reads of the log are most of its rows on a busy console and the report ignores them
        rows = self.log.stream(LogFilter(since=since, until=until, exclude_kind="review_read", limit=None))
        head = self.log.list(LogFilter(limit=1))
        from bot.audit.register import register_entries

        entries = register_entries(self.log, since=since, until=until)
        return build_report(quarter, rows, head[0]["row_hash"] if head else None, register=entries)

    def law_report_file(self, request: Request, session: Session, _form: FormData | None) -> Response:
        """§ 10-178(d) for a quarter, or the detainer report for a year: HTML, or CSV rows."""
        from bot.audit import law_reports
        from bot.audit.register import register_entries

        kind, period, fmt = (request.path_params[name] for name in ("kind", "period", "fmt"))
        build: Callable[..., law_reports.ImmigrationRequestsReport | law_reports.DetainerReport]
        if fmt not in ("html", "csv"):
            return self._error(request, session, 404, "A report is .html or .csv.")
        if kind == "law-10-178" and (quarter := _canonical_quarter(period)) is not None:
            period, (since, until) = quarter, quarter_bounds(quarter)
            build = law_reports.immigration_requests_report
        elif kind == "detainers" and period.isdigit() and 2000 <= int(period) <= 2100:
            since, until = law_reports.year_bounds(int(period))
            build = law_reports.detainer_report
        else:
            return self._error(request, session, 404, "No such report: law-10-178/2026Q4 or detainers/2026.")
        if refused := self._read(request, session, "report", report=kind, period=period, format=fmt):
            return refused
        head = self.log.list(LogFilter(limit=1))
        made = build(
            period,
            since,
            until,
            register_entries(self.log, since=since, until=until),
            head[0]["row_hash"] if head else None,
        )
        name = f"triage-{kind}-{period}.{fmt}"
        if fmt == "csv":
            return Response(
                law_reports.to_csv(made.rows),
                media_type="text/csv; charset=utf-8",
                headers={"Content-Disposition": f'attachment; filename="{name}"'},
            )
        generated = utc_stamp(self.services.clock)
        return HTMLResponse(law_reports.render_html(made, generated), headers={"Content-Security-Policy": _REPORT_CSP})

    def patterns(self, request: Request, session: Session, _form: FormData | None) -> Response:
        quarter = self._quarter(request)
        if quarter is None:
            return self._error(request, session, 400, "A quarter looks like 2026Q4.")
        if refused := self._read(request, session, "patterns", quarter=quarter):
            return refused
        report = self._report(quarter)
        return self.render(
            request,
            session,
            "patterns.html.j2",
            quarter=quarter,
            report=report,
            quarters=_quarters(local_today(self.services.clock)),
        )

    def report_page(self, request: Request, session: Session, _form: FormData | None) -> Response:
        quarter = self._quarter(request)
        if quarter is None:
            return self._error(request, session, 400, "A quarter looks like 2026Q4.")
        return self.render(
            request, session, "report.html.j2", quarter=quarter, quarters=_quarters(local_today(self.services.clock))
        )

    def report_file(self, request: Request, session: Session, _form: FormData | None) -> Response:
        quarter = _canonical_quarter(request.path_params["quarter"])
        if quarter is None:
            return self._error(request, session, 404, "A quarter looks like 2026Q4.")
        download = request.query_params.get("download") == "1"
        if refused := self._read(request, session, "report", quarter=quarter, download=download):
            return refused
        generated = utc_stamp(self.services.clock)
        headers = {"Content-Security-Policy": _REPORT_CSP}
        if download:
            headers["Content-Disposition"] = f'attachment; filename="triage-report-{quarter}.html"'
        return HTMLResponse(render_html(self._report(quarter), generated), headers=headers)

    # ------------------------------------------------------------------ register
    def register_page(self, request: Request, session: Session, _form: FormData | None) -> Response:
        """Every federal request: the advice, what was done, and the flags; hand-overs to sign off."""
        from bot.audit.register import register_entries
        from bot.audit.when import DateError, since_bound, until_bound

        params = request.query_params
        chosen = {name: (params.get(name) or "").strip() for name in ("since", "until", "agency", "show", "task_force")}
        try:
            since = since_bound(chosen["since"]) if chosen["since"] else None
            until = until_bound(chosen["until"]) if chosen["until"] else None
        except DateError as exc:
            return self._error(request, session, 400, str(exc))
        if refused := self._read(request, session, "register", **chosen):
            return refused
        entries = register_entries(
            self.log,
            since=since,
            until=until,
            agency=chosen["agency"].lower() or None,
            flagged_only=chosen["show"] == "flagged",
            unsigned_only=chosen["show"] == "unsigned",
        )
        entries.reverse()  # newest first on screen
        entries, roster = register_officers(self, entries, task_force_only=chosen["task_force"] == "1")
        return self.render(
            request,
            session,
            "register.html.j2",
            entries=entries,
            roster=roster,
            chosen=chosen,
            agencies=sorted(a.value for a in Agency if a not in (Agency.NONE, Agency.UNKNOWN)),
            signed=params.get("signed"),
        )

    def register_signoff(self, request: Request, session: Session, form: FormData | None) -> Response:
        from bot.audit.register import SignOffRefused, sign_off

        assert form is not None
        query_id = str(form.get("query_id") or "")
        try:
            row = sign_off(self.log, query_id, session.actor, "console", str(form.get("note") or "") or None)
        except SignOffRefused as exc:
            return self._error(request, session, 409, str(exc))
        except AuditUnavailable:
            return self._error(request, session, 503, "The sign-off could not be recorded in the log; try again.")
        target = request.url_for("register").include_query_params(show="unsigned", signed=row["parent_query_id"])
        return RedirectResponse(str(target), status_code=303)

    # ------------------------------------------------------------------ integrity
    def integrity(self, request: Request, session: Session, _form: FormData | None) -> Response:
        if refused := self._read(request, session, "integrity"):
            return refused
        checks = self.log.list(LogFilter(kind=INTEGRITY_CHECK, limit=5))
        head = self.log.list(LogFilter(limit=1))
        return self.render(
            request,
            session,
            "integrity.html.j2",
            checks=[{**row, "result": json.loads(row["summary"] or "{}")} for row in checks],
            rows=self.log.count(),
            head=head[0] if head else None,
        )

    def integrity_check(self, request: Request, session: Session, _form: FormData | None) -> Response:
        """Walk the chain now; the result is itself a log row (so the page shows who checked, when)."""
        head = self.log.list(LogFilter(limit=1))
        intact, checked, message = self.log.verify()
        result = {
            "intact": intact,
            "rows_checked": checked,
            "message": message,
            "head_hash": head[0]["row_hash"] if head else None,
            "head_seq": head[0]["seq"] if head else None,
        }
        try:
            self.log.append(
                AuditRecord.note(
                    INTEGRITY_CHECK,
                    "console",
                    outcome="ok" if intact else "broken",
                    user_id=session.actor,
                    summary=json.dumps(result, sort_keys=True),
                )
            )
        except AuditUnavailable:
            return self._error(request, session, 503, f"The check ran ({message}) but could not be recorded.")
        return RedirectResponse(request.url_for("integrity"), status_code=303)

    def accounts_page(self, request: Request, session: Session, _form: FormData | None) -> Response:
        if refused := self._read(request, session, "accounts"):
            return refused
        changes = self.log.list(LogFilter(kind="account_change", limit=20))
        return self.render(
            request,
            session,
            "accounts.html.j2",
            accounts=self.accounts.list(),
            changes=[{**row, "change": json.loads(row["summary"] or "{}")} for row in changes],
        )

    # ------------------------------------------------------------------ knowledge base
    def kb_page(self, request: Request, session: Session, _form: FormData | None) -> Response:
        if refused := self._read(request, session, "kb"):
            return refused
        activations = self.log.list(LogFilter(kind="kb_activation", limit=10))
        # the banner says what the log says this person just did, never what a link claims
        just_done = next(
            (
                row
                for row in activations[:1]
                if row["user_id"] == session.actor and row["kb_version"] == request.query_params.get("activated")
            ),
            None,
        )
        return self.render(
            request,
            session,
            "kb.html.j2",
            versions=self.services.kb.versions(),
            activations=activations,
            just_done=just_done,
            previous=json.loads(just_done["summary"]).get("previous") if just_done else None,
        )

    def _version(self, prefix: str | None) -> str | None:
        if not prefix:
            return self.services.kb.active_version()
        try:
            return self.services.kb.resolve(prefix)
        except KeyError:
            return None

    def kb_diff(self, request: Request, session: Session, _form: FormData | None) -> Response:
        from bot.kb.diff import diff_versions

        old, new = self._version(request.query_params.get("old")), self._version(request.query_params.get("new"))
        if old is None or new is None:
            return self._error(request, session, 404, "Choose two stored versions to compare.")
        before, after = self.services.kb.load(old), self.services.kb.load(new)
        files: list[tuple[str, list[str]]] = []
        for authority in sorted(set(before.documents) | set(after.documents)):
            lines = _unified(before.documents.get(authority, ""), after.documents.get(authority, ""), authority)
            if lines:
                files.append((authority, lines))
        for name, old_text, new_text in (
            ("rules.yaml", before.rules_text, after.rules_text),
            ("offenses.yaml", before.offenses_text, after.offenses_text),
        ):
            lines = _unified(old_text, new_text, name)
            if lines:
                files.append((name, lines))
        return self.render(
            request,
            session,
            "kb_diff.html.j2",
            diff=diff_versions(before, after),
            files=files,
            old=old,
            new=new,
            versions=self.services.kb.versions(),
        )

    def kb_impact(self, request: Request, session: Session, _form: FormData | None) -> Response:
        from bot.review.impact import questions_from_log, replay_impact

        candidate = self._version(request.query_params.get("candidate"))
        active = self.services.kb.active_version()
        if candidate is None or active is None:
            return self._error(request, session, 404, "Choose a stored version to compare with the active one.")
        try:
            days = int(request.query_params.get("days") or self.settings.impact_days)
        except ValueError:
            days = self.settings.impact_days
        days = min(max(days, 1), 365)  # replayed inside the request: a year at most
        since = (self.services.clock() - dt.timedelta(days=days)).date().isoformat()
        if refused := self._read(request, session, "kb impact", candidate=candidate, since=since):
            return refused
        asked = questions_from_log(
            self.log.stream(LogFilter(since=since, kind="query", outcome="answered", limit=None))
        )
        day = local_today(self.services.clock)
        try:
            current = self.knowledge.get(active, lambda: day)
            staged = self.knowledge.get(candidate, lambda: day)
        except (KeyError, RuntimeError) as exc:
            return self._error(request, session, 503, f"The knowledge base could not be loaded: {exc}")
        explainer = self.services.explainer
        report = replay_impact(current, staged, explainer, asked, day)
        replayed = len(asked)
        return self.render(
            request, session, "kb_impact.html.j2", report=report, days=days, replayed=replayed, candidate=candidate
        )

    def kb_activate_confirm(self, request: Request, session: Session, _form: FormData | None) -> Response:
        version = self._version(request.query_params.get("version"))
        if version is None or not request.query_params.get("version"):
            return self._error(request, session, 404, "Choose a stored version to activate.")
        problems = [str(error) for error in self.services.check_version(version)]
        return self.render(
            request,
            session,
            "kb_activate.html.j2",
            version=version,
            active=self.services.kb.active_version(),
            problems=problems,
        )

    def kb_activate(self, request: Request, session: Session, form: FormData | None) -> Response:
        assert form is not None
        version = self._version(str(form.get("version") or "")) if form.get("version") else None
        if version is None:
            return self._error(request, session, 404, "Choose a stored version to activate.")
        if form.get("confirm") != version:
            return self._error(request, session, 400, "Activation was not confirmed; nothing changed.")
        try:
            self.services.activate(version, session.actor, "console")
        except AlreadyActive:
            return self._error(request, session, 409, f"{version[:12]} is already the active version; nothing changed.")
        except KnowledgeErrors as exc:
            return self._error(
                request, session, 409, f"{len(exc.errors)} problem(s) in {version}; not activated. {exc.errors[0]}"
            )
        except AuditUnavailable:
            return self._error(request, session, 503, "The activation could not be logged, so nothing changed.")
        except RuntimeError as exc:
            return self._error(request, session, 503, f"{version} could not be loaded, so nothing changed: {exc}")
        target = request.url_for("kb").include_query_params(activated=version)
        return RedirectResponse(str(target), status_code=303)


def _canonical_quarter(text: str) -> str | None:
    """'2026q4' -> '2026Q4'; anything else (spaces, line breaks, other text) -> None."""
    quarter = text.upper()
    return quarter if re.fullmatch(r"\d{4}Q[1-4]", quarter) else None


def _same(given: object, expected: str | None) -> bool:
    return isinstance(given, str) and bool(expected) and hmac.compare_digest(given.encode(), str(expected).encode())


def _local_path(target: str, request: Request) -> str:
    """Only a path inside the console may be a post-sign-in destination (no open redirect)."""
    parts = urlsplit(target)
    root = request.scope.get("root_path") or ""
    if parts.scheme or parts.netloc or not target.startswith(root + "/") or target.startswith("//"):
        return ""
    return target


def _fact_rows(facts: Mapping[str, Any]) -> list[dict[str, str]]:
    evidence: Mapping[str, str] = facts.get("evidence") or {}
    rows = []
    for name, label in FACT_LABELS.items():
        value = facts.get(name)
        if name == "asks":
            for ask in value or []:
                rows.append({"label": label, "value": str(ask), "words": evidence.get(f"asks.{ask}", "")})
            if not value:
                rows.append({"label": label, "value": "none stated", "words": ""})
            continue
        rows.append({"label": label, "value": str(value), "words": evidence.get(name, "")})
    return rows


def _unified(old: str, new: str, name: str) -> list[str]:
    return list(
        difflib.unified_diff(old.splitlines(), new.splitlines(), f"{name} (old)", f"{name} (new)", n=2, lineterm="")
    )


def _quarters(today: dt.date) -> list[str]:
    year, number = today.year, (today.month - 1) // 3 + 1
    out = []
    for _ in range(8):
        out.append(f"{year}Q{number}")
        year, number = (year - 1, 4) if number == 1 else (year, number - 1)
    return out


def console_routes(services: Services) -> list[BaseRoute]:
    return Console(services).routes()


def console_app(services: Services) -> ASGIApp:
    """The console as an ASGI app, to be mounted (at /console) or served alone."""
    return _ConsoleASGI(Starlette(routes=console_routes(services)))
