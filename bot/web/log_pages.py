"""The console's log pages: the filtered log and its export, one decision, its replay, the chain check.

Every page here is a logged read: the read is appended to the log before anything is shown.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from pydantic import ValidationError
from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response, StreamingResponse
from starlette.routing import BaseRoute, Route

from bot.audit.export import ExportFormat, export_chunks, media_type
from bot.audit.records import AuditRecord, AuditUnavailable, LogFilter
from bot.audit.vocabulary import RowKind
from bot.facts.model import Agency, Ask
from bot.web.accounts import Permission, Session
from bot.web.query import KINDS, LABELS, VERDICTS, LogQuery

if TYPE_CHECKING:
    from bot.web.app import Console, Guard

__all__ = ["LogPages"]

_MIN_ID_PREFIX = 6  # the shortest query-id prefix a page opens (`/console/q/3f2a9c`)
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


class LogPages:
    def __init__(self, console: Console) -> None:
        self.console = console

    def routes(self, page: Guard) -> list[BaseRoute]:
        read = Permission.READ_LOG
        return [
            Route("/log", page(read, self.log_page), name="log"),
            Route("/log/export.{fmt:str}", page(read, self.export), name="export"),
            Route("/q/{query_id:str}", page(read, self.decision), name="decision"),
            Route("/q/{query_id:str}/replay", page(read, self.replay), name="replay"),
            Route("/integrity", page(read, self.integrity), name="integrity"),
            Route("/integrity/check", page(read, self.integrity_check), methods=["POST"], name="integrity_check"),
        ]

    def _query(self, request: Request) -> LogQuery | list[str]:
        try:
            return LogQuery.model_validate(dict(request.query_params))
        except ValidationError as exc:
            return [f"{LABELS.get(str(error['loc'][0]), error['loc'][0])}: {error['msg']}" for error in exc.errors()]

    def log_page(self, request: Request, session: Session, _form: FormData | None) -> Response:
        query = self._query(request)
        choices = self._choices()
        if isinstance(query, list):
            return self.console.render(
                request,
                session,
                "log.html.j2",
                status=400,
                errors=query,
                query=LogQuery(),
                rows=[],
                total=0,
                pages=1,
                size=self.console.settings.page_size,
                **choices,
            )
        if refused := self.console.read(request, session, "log", **query.chosen(), page_number=query.page):
            return refused
        size = self.console.settings.page_size
        rows, total = self.console.log.page(
            query.log_filter(size),
            sort=query.sort,
            descending=query.dir == "desc",
            offset=(query.page - 1) * size,
        )
        pages = max(1, -(-total // size))
        if query.page > pages:  # "page 999 of 1": the last page there is, same filters
            return RedirectResponse(f"{request.url_for('log')}?{query.link(page=pages)}", status_code=303)
        return self.console.render(
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
            "versions": [v["version"] for v in self.console.services.kb.versions()],
        }

    def export(self, request: Request, session: Session, _form: FormData | None) -> Response:
        fmt = request.path_params["fmt"]
        if fmt not in ("csv", "jsonl"):
            return self.console.error(
                request, session, 404, "Exports are CSV (export.csv) or JSON Lines (export.jsonl)."
            )
        query = self._query(request)
        if isinstance(query, list):
            return self.console.error(request, session, 400, "Bad filter: " + "; ".join(query))
        if refused := self.console.read(request, session, "export", format=fmt, **query.chosen()):
            return refused
        chosen: ExportFormat = "csv" if fmt == "csv" else "jsonl"
        rows = self.console.log.stream(query.log_filter(None))
        stamp = self.console.services.clock().strftime("%Y%m%dT%H%M%SZ")
        return StreamingResponse(
            export_chunks(rows, chosen),
            media_type=media_type(chosen),
            headers={"Content-Disposition": f'attachment; filename="triage-log-{stamp}.{fmt}"'},
        )

    def _row(self, request: Request, session: Session, page: str) -> dict[str, Any] | Response:
        """The row the path names, its read logged first (even a miss says whether an id exists)."""
        query_id = request.path_params["query_id"][:64]
        if refused := self.console.read(request, session, page, query_id=query_id):
            return refused
        row = self.console.log.get(query_id) if _MIN_ID_PREFIX <= len(query_id) <= 36 and query_id != "last" else None
        if row is None:
            return self.console.error(
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
        follow_ups = list(self.console.log.stream(LogFilter(parent_query_id=found["query_id"], limit=None)))
        parent = self.console.log.get(found["parent_query_id"]) if found.get("parent_query_id") else None
        return self.console.render(
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
        if self.console.settings.slack_workspace_url:
            return f"{self.console.settings.slack_workspace_url.rstrip('/')}/archives/{channel}/p{ts.replace('.', '')}"
        return f"https://slack.com/app_redirect?channel={quote(channel)}&message_ts={quote(ts)}"

    def replay(self, request: Request, session: Session, _form: FormData | None) -> Response:
        from bot.review.replay import ReplayError
        from bot.review.replay import replay as replay_row

        found = self._row(request, session, "replay")
        if isinstance(found, Response):
            return found
        explainer = self.console.services.explainer
        try:
            report = replay_row(found, self.console.knowledge.get, explainer, current=True)
        except ReplayError as exc:
            return self.console.error(request, session, 409, str(exc))
        except (KeyError, RuntimeError) as exc:
            return self.console.error(request, session, 503, f"The knowledge base could not be loaded to replay: {exc}")
        return self.console.render(request, session, "replay.html.j2", row=found, report=report)

    def integrity(self, request: Request, session: Session, _form: FormData | None) -> Response:
        if refused := self.console.read(request, session, "integrity"):
            return refused
        checks = self.console.log.list(LogFilter(kind=RowKind.INTEGRITY_CHECK, limit=5))
        head = self.console.log.list(LogFilter(limit=1))
        return self.console.render(
            request,
            session,
            "integrity.html.j2",
            checks=[{**row, "result": json.loads(row["summary"] or "{}")} for row in checks],
            rows=self.console.log.count(),
            head=head[0] if head else None,
        )

    def integrity_check(self, request: Request, session: Session, _form: FormData | None) -> Response:
        """Walk the chain now; the result is itself a log row (so the page shows who checked, when)."""
        head = self.console.log.list(LogFilter(limit=1))
        intact, checked, message = self.console.log.verify()
        result = {
            "intact": intact,
            "rows_checked": checked,
            "message": message,
            "head_hash": head[0]["row_hash"] if head else None,
            "head_seq": head[0]["seq"] if head else None,
        }
        try:
            self.console.log.append(
                AuditRecord.note(
                    RowKind.INTEGRITY_CHECK,
                    "console",
                    outcome="ok" if intact else "broken",
                    user_id=session.actor,
                    summary=json.dumps(result, sort_keys=True),
                )
            )
        except AuditUnavailable:
            return self.console.error(request, session, 503, f"The check ran ({message}) but could not be recorded.")
        return RedirectResponse(request.url_for("integrity"), status_code=303)


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
