"""The console's Training and Roster pages, and who the register's officers are.

- Training (`/training?half=2026H2`): the half-year's practice from the log's `training` rows,
  per unit and per officer (bot.audit.training_report), with the same report as a file to hand
  on (`/training/2026H2.html` or `.csv`, as `triage audit report --training` writes it).
- Roster (`/roster`): who an officer is (bot.roster). Everyone who reads the console sees it;
  counsel and administrators keep it, as on the command line. Each change is made together
  with its `roster_change` row in the log, or not at all.
- The register shows the roster's name and unit for each officer, and can keep only the
  requests of task-force officers (the DOI's recommended audit of task-force officers).

Every page here is a logged read, as the other pages of the console are.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import BaseRoute, Route

from bot.audit.law_reports import to_csv
from bot.audit.records import AuditUnavailable, LogFilter
from bot.audit.training_report import TRAINING_COLUMNS, TrainingReport, render_html, training_report
from bot.audit.training_rows import half_bounds
from bot.clock import local_today, utc_stamp
from bot.roster import AGENCIES, ROSTER_CHANGE, Roster, RosterError
from bot.training import TRAINING
from bot.web.accounts import ConsoleRole, Permission, Session

if TYPE_CHECKING:
    from bot.audit.register import RegisterEntry
    from bot.web.app import Console, Guard

__all__ = ["ROSTER_KEEPERS", "TrainingPages", "current_half", "register_officers"]

# Who may change the roster: counsel and administrators, as `triage roster set` allows. (A
# reviewer reads it.) Kept here rather than as a Permission so the console's grants stay as they are.
ROSTER_KEEPERS = frozenset({ConsoleRole.COUNSEL, ConsoleRole.ADMIN})
KEEP_ROSTER = "keep the officer roster"
CSV_COLUMNS = TRAINING_COLUMNS  # the header of an empty half too
_HALF = re.compile(r"(\d{4})H([12])")
_FIELDS = ("user_id", "name", "unit", "task_force", "agency")


def current_half(today: dt.date | None = None) -> str:
    """The New York half-year of `today` (default: now), e.g. 2026H2."""
    today = today or local_today()
    return f"{today.year}H{1 if today.month <= 6 else 2}"


def canonical_half(text: str) -> str | None:
    """'2026h2' -> '2026H2'; anything else (or a year outside 2000-2100) -> None."""
    half = text.strip().upper()
    found = _HALF.fullmatch(half)
    return half if found and 2000 <= int(found.group(1)) <= 2100 else None


def half_days(half: str) -> tuple[str, str]:
    """The first and last New York day of a half-year (both included)."""
    year, part = half[:4], half[-1]
    return (f"{year}-01-01", f"{year}-06-30") if part == "1" else (f"{year}-07-01", f"{year}-12-31")


def _halves(chosen: str, count: int = 6) -> list[str]:
    """The selector's half-years: this one and the ones before it (and the chosen one, if older)."""
    today = local_today()
    year, part = today.year, 1 if today.month <= 6 else 2
    out = []
    for _ in range(count):
        out.append(f"{year}H{part}")
        year, part = (year - 1, 2) if part == 1 else (year, 1)
    return out if chosen in out else [*out, chosen]


def _csv(rows: Sequence[Mapping[str, Any]]) -> str:
    return to_csv([dict(row) for row in rows], TRAINING_COLUMNS)


def register_officers(
    console: Console, entries: list[RegisterEntry], task_force_only: bool
) -> tuple[list[RegisterEntry], dict[str, dict[str, Any]]]:
    """The roster by Slack id, and the entries (only those asked or recorded by task-force
    officers on the roster when `task_force_only`)."""
    roster = Roster(console.services.engine, console.log, console.services.clock).by_user()
    if task_force_only:
        entries = [
            entry for entry in entries if (roster.get(str(entry.query.get("user_id") or "")) or {}).get("task_force")
        ]
    return entries, roster


class TrainingPages:
    def __init__(self, console: Console) -> None:
        self.console = console

    def routes(self, page: Guard) -> list[BaseRoute]:
        read = Permission.READ_LOG  # everyone who reads the console; changing the roster is checked below
        return [
            Route("/training", page(read, self.training), name="training"),
            Route("/training/{half:str}.{fmt:str}", page(read, self.training_file), name="training_file"),
            Route("/roster", page(read, self.roster), name="roster"),
            Route("/roster", page(read, self.roster_set), methods=["POST"], name="roster_set"),
            Route("/roster/remove", page(read, self.roster_remove), methods=["POST"], name="roster_remove"),
        ]

    def _roster(self) -> Roster:
        return Roster(self.console.services.engine, self.console.log, self.console.services.clock)

    # ------------------------------------------------------------------ training
    def _report(self, half: str) -> TrainingReport:
        log = self.console.log
        since, until = half_bounds(half)
        head = log.list(LogFilter(limit=1))
        rows = log.stream(LogFilter(kind=TRAINING, since=since, until=until, limit=None))
        first, last = half_days(half)
        return training_report(half, first, last, rows, self._roster().by_user(), head[0]["row_hash"] if head else None)

    def training(self, request: Request, session: Session, _form: FormData | None) -> Response:
        """The half-year's practice: totals, by unit, by officer; the report as HTML or CSV."""
        half = canonical_half(request.query_params.get("half") or current_half())
        if half is None:
            return self.console.error(request, session, 400, "A half-year looks like 2026H2 (H1: January to June).")
        if refused := self.console.read(request, session, "training", half=half):
            return refused
        report = self._report(half)
        figures = report.figures()
        return self.console.render(
            request,
            session,
            "training.html.j2",
            half=half,
            halves=_halves(half),
            report=report,
            figures=figures,
            score=f"{figures['correct'] / figures['answers']:.0%}" if figures["answers"] else "-",
        )

    def training_file(self, request: Request, session: Session, _form: FormData | None) -> Response:
        from bot.web.report_pages import REPORT_CSP

        half, fmt = canonical_half(request.path_params["half"]), request.path_params["fmt"]
        if half is None or fmt not in ("html", "csv"):
            return self.console.error(request, session, 404, "No such report: /training/2026H2.html or .csv.")
        if refused := self.console.read(request, session, "report", report="training", period=half, format=fmt):
            return refused
        report = self._report(half)
        name = f"triage-training-{half}.{fmt}"
        if fmt == "csv":
            return Response(
                _csv(report.rows()),
                media_type="text/csv; charset=utf-8",
                headers={"Content-Disposition": f'attachment; filename="{name}"'},
            )
        generated = utc_stamp(self.console.services.clock)
        return HTMLResponse(render_html(report, generated), headers={"Content-Security-Policy": REPORT_CSP})

    # ------------------------------------------------------------------ roster
    def roster(self, request: Request, session: Session, _form: FormData | None) -> Response:
        if refused := self.console.read(request, session, "roster"):
            return refused
        return self._roster_page(request, session)

    def _roster_page(
        self,
        request: Request,
        session: Session,
        status: int = 200,
        error: str | None = None,
        entry: Mapping[str, str] | None = None,
    ) -> Response:
        people = self._roster().all()
        if entry is None:  # `?edit=U0...` fills the form with that officer's entry
            editing = request.query_params.get("edit")
            entry = next((person for person in people if editing and person["user_id"] == editing), None)
        changes = [
            {**row, "change": json.loads(row["summary"] or "{}")}
            for row in self.console.log.list(LogFilter(kind=ROSTER_CHANGE, limit=10))
        ]
        # the banner says what the log says this person just did, never what a link claims
        changed = request.query_params.get("changed")
        just_done = next(
            (
                c
                for c in changes[:1]
                if changed and c["user_id"] == session.actor and c["change"].get("officer") == changed
            ),
            None,
        )
        return self.console.render(
            request,
            session,
            "roster.html.j2",
            status=status,
            people=people,
            task_force_officers=sum(1 for person in people if person["task_force"]),
            may_keep=session.role in ROSTER_KEEPERS,
            entry={name: (entry or {}).get(name) or "" for name in _FIELDS},
            agencies=AGENCIES,
            error=error,
            changes=changes,
            just_done=just_done,
        )

    def _refused(self, request: Request, session: Session) -> Response | None:
        if session.role in ROSTER_KEEPERS:
            return None
        return self.console.error(
            request,
            session,
            403,
            f"Your account ({session.role.value}) may not {KEEP_ROSTER}: counsel or an administrator keep it.",
        )

    def _changed(
        self,
        request: Request,
        session: Session,
        officer: str,
        change: Callable[[Roster], object],
        entry: Mapping[str, str],
    ) -> Response:
        """Make the change (logged with it, or not made); back to the roster, or the page with why not."""
        try:
            change(self._roster())
        except RosterError as exc:
            if refused := self.console.read(request, session, "roster"):
                return refused
            return self._roster_page(request, session, 400, f"{exc}. Nothing was changed.", entry)
        except AuditUnavailable:
            return self.console.error(
                request, session, 503, "The change could not be recorded in the log, so it was not made."
            )
        return RedirectResponse(str(request.url_for("roster").include_query_params(changed=officer)), status_code=303)

    def roster_set(self, request: Request, session: Session, form: FormData | None) -> Response:
        """Add an officer or change their entry (counsel or an administrator)."""
        if refused := self._refused(request, session):
            return refused
        assert form is not None
        entry = {name: str(form.get(name) or "").strip() for name in _FIELDS}
        return self._changed(
            request,
            session,
            entry["user_id"],
            lambda roster: roster.set(
                entry["user_id"],
                name=entry["name"],
                unit=entry["unit"],
                task_force=entry["task_force"] or None,
                agency=entry["agency"] or None,
                by=session.actor,
                source="console",
            ),
            entry,
        )

    def roster_remove(self, request: Request, session: Session, form: FormData | None) -> Response:
        """Take an officer off the roster (their logged rows keep their id)."""
        if refused := self._refused(request, session):
            return refused
        assert form is not None
        officer = str(form.get("user_id") or "").strip()
        return self._changed(
            request,
            session,
            officer,
            lambda roster: roster.remove(officer, by=session.actor, source="console"),
            {},
        )
