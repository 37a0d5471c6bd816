"""The console's report pages: patterns, the quarterly report, the reports the law asks for, the register.

Every page here is a logged read, as the other pages of the console are; signing off a
hand-over in the register is a row of its own.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import BaseRoute, Route

from bot.audit.records import AuditUnavailable, LogFilter
from bot.audit.report import build_report, quarter_bounds, render_html
from bot.clock import local_today, utc_stamp
from bot.facts.model import Agency
from bot.web.accounts import Permission, Session
from bot.web.training_pages import register_officers

if TYPE_CHECKING:
    from bot.web.app import Console, Guard

__all__ = ["REPORT_CSP", "ReportPages"]

# The quarterly report is a self-contained file with inline styles and SVG; it may be framed by the console.
REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'"


class ReportPages:
    def __init__(self, console: Console) -> None:
        self.console = console

    def routes(self, page: Guard) -> list[BaseRoute]:
        read = Permission.READ_LOG
        return [
            Route("/patterns", page(read, self.patterns), name="patterns"),
            Route("/register", page(read, self.register_page), name="register"),
            Route(
                "/register/signoff",
                page(Permission.SIGN_OFF, self.register_signoff),
                methods=["POST"],
                name="register_signoff",
            ),
            Route("/report", page(read, self.report_page), name="report"),
            Route("/report/{quarter:str}.html", page(read, self.report_file), name="report_file"),
            Route(
                "/report/{kind:str}/{period:str}.{fmt:str}", page(read, self.law_report_file), name="law_report_file"
            ),
        ]

    def _quarter(self, request: Request) -> str | None:
        today = local_today(self.console.services.clock)  # New York's quarter, not UTC's
        return _canonical_quarter(request.query_params.get("quarter") or f"{today.year}Q{(today.month - 1) // 3 + 1}")

    def _report(self, quarter: str) -> Any:
        since, until = quarter_bounds(quarter)
        # the reads of the log are most of its rows on a busy console and the report ignores them
        rows = self.console.log.stream(LogFilter(since=since, until=until, exclude_kind="review_read", limit=None))
        head = self.console.log.list(LogFilter(limit=1))
        from bot.audit.register import register_entries

        entries = register_entries(self.console.log, since=since, until=until)
        return build_report(quarter, rows, head[0]["row_hash"] if head else None, register=entries)

    def law_report_file(self, request: Request, session: Session, _form: FormData | None) -> Response:
        """§ 10-178(d) for a quarter, or the detainer report for a year: HTML, or CSV rows."""
        from bot.audit import law_reports
        from bot.audit.register import register_entries

        kind, period, fmt = (request.path_params[name] for name in ("kind", "period", "fmt"))
        build: Callable[..., law_reports.ImmigrationRequestsReport | law_reports.DetainerReport]
        if fmt not in ("html", "csv"):
            return self.console.error(request, session, 404, "A report is .html or .csv.")
        if kind == "law-10-178" and (quarter := _canonical_quarter(period)) is not None:
            period, (since, until) = quarter, quarter_bounds(quarter)
            build = law_reports.immigration_requests_report
        elif kind == "detainers" and period.isdigit() and 2000 <= int(period) <= 2100:
            since, until = law_reports.year_bounds(int(period))
            build = law_reports.detainer_report
        else:
            return self.console.error(request, session, 404, "No such report: law-10-178/2026Q4 or detainers/2026.")
        if refused := self.console.read(request, session, "report", report=kind, period=period, format=fmt):
            return refused
        head = self.console.log.list(LogFilter(limit=1))
        made = build(
            period,
            since,
            until,
            register_entries(self.console.log, since=since, until=until),
            head[0]["row_hash"] if head else None,
        )
        name = f"triage-{kind}-{period}.{fmt}"
        if fmt == "csv":
            return Response(
                law_reports.to_csv(made.rows),
                media_type="text/csv; charset=utf-8",
                headers={"Content-Disposition": f'attachment; filename="{name}"'},
            )
        generated = utc_stamp(self.console.services.clock)
        return HTMLResponse(law_reports.render_html(made, generated), headers={"Content-Security-Policy": REPORT_CSP})

    def patterns(self, request: Request, session: Session, _form: FormData | None) -> Response:
        quarter = self._quarter(request)
        if quarter is None:
            return self.console.error(request, session, 400, "A quarter looks like 2026Q4.")
        if refused := self.console.read(request, session, "patterns", quarter=quarter):
            return refused
        report = self._report(quarter)
        return self.console.render(
            request,
            session,
            "patterns.html.j2",
            quarter=quarter,
            report=report,
            quarters=_quarters(local_today(self.console.services.clock)),
        )

    def report_page(self, request: Request, session: Session, _form: FormData | None) -> Response:
        quarter = self._quarter(request)
        if quarter is None:
            return self.console.error(request, session, 400, "A quarter looks like 2026Q4.")
        return self.console.render(
            request,
            session,
            "report.html.j2",
            quarter=quarter,
            quarters=_quarters(local_today(self.console.services.clock)),
        )

    def report_file(self, request: Request, session: Session, _form: FormData | None) -> Response:
        quarter = _canonical_quarter(request.path_params["quarter"])
        if quarter is None:
            return self.console.error(request, session, 404, "A quarter looks like 2026Q4.")
        download = request.query_params.get("download") == "1"
        if refused := self.console.read(request, session, "report", quarter=quarter, download=download):
            return refused
        generated = utc_stamp(self.console.services.clock)
        headers = {"Content-Security-Policy": REPORT_CSP}
        if download:
            headers["Content-Disposition"] = f'attachment; filename="triage-report-{quarter}.html"'
        return HTMLResponse(render_html(self._report(quarter), generated), headers=headers)

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
            return self.console.error(request, session, 400, str(exc))
        if refused := self.console.read(request, session, "register", **chosen):
            return refused
        entries = register_entries(
            self.console.log,
            since=since,
            until=until,
            agency=chosen["agency"].lower() or None,
            flagged_only=chosen["show"] == "flagged",
            unsigned_only=chosen["show"] == "unsigned",
        )
        entries.reverse()  # newest first on screen
        entries, roster = register_officers(self.console, entries, task_force_only=chosen["task_force"] == "1")
        return self.console.render(
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
            row = sign_off(self.console.log, query_id, session.actor, "console", str(form.get("note") or "") or None)
        except SignOffRefused as exc:
            return self.console.error(request, session, 409, str(exc))
        except AuditUnavailable:
            return self.console.error(
                request, session, 503, "The sign-off could not be recorded in the log; try again."
            )
        target = request.url_for("register").include_query_params(show="unsigned", signed=row["parent_query_id"])
        return RedirectResponse(str(target), status_code=303)


def _canonical_quarter(text: str) -> str | None:
    """'2026q4' -> '2026Q4'; anything else (spaces, line breaks, other text) -> None."""
    quarter = text.upper()
    return quarter if re.fullmatch(r"\d{4}Q[1-4]", quarter) else None


def _quarters(today: dt.date) -> list[str]:
    year, number = today.year, (today.month - 1) // 3 + 1
    out = []
    for _ in range(8):
        out.append(f"{year}Q{number}")
        year, number = (year - 1, 4) if number == 1 else (year, number - 1)
    return out
