"""The console's knowledge-base pages for counsel: versions, diff, impact, activation.

Activating a version is logged first: if the log cannot take the row, nothing changes.
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
from typing import TYPE_CHECKING

from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import BaseRoute, Route

from bot.app import AlreadyActive
from bot.audit.records import AuditUnavailable, LogFilter
from bot.clock import local_today
from bot.kb.errors import KnowledgeErrors
from bot.web.accounts import Permission, Session

if TYPE_CHECKING:
    from bot.web.app import Console, Guard

__all__ = ["KbPages"]


class KbPages:
    def __init__(self, console: Console) -> None:
        self.console = console

    def routes(self, page: Guard) -> list[BaseRoute]:
        manage = Permission.MANAGE_KB
        return [
            Route("/kb", page(manage, self.kb_page), name="kb"),
            Route("/kb/diff", page(manage, self.kb_diff), name="kb_diff"),
            Route("/kb/impact", page(manage, self.kb_impact), name="kb_impact"),
            Route("/kb/activate", page(manage, self.kb_activate_confirm), name="kb_activate"),
            Route("/kb/activate", page(manage, self.kb_activate), methods=["POST"], name="kb_activate_submit"),
        ]

    def kb_page(self, request: Request, session: Session, _form: FormData | None) -> Response:
        if refused := self.console.read(request, session, "kb"):
            return refused
        activations = self.console.log.list(LogFilter(kind="kb_activation", limit=10))
        # the banner says what the log says this person just did, never what a link claims
        just_done = next(
            (
                row
                for row in activations[:1]
                if row["user_id"] == session.actor and row["kb_version"] == request.query_params.get("activated")
            ),
            None,
        )
        return self.console.render(
            request,
            session,
            "kb.html.j2",
            versions=self.console.services.kb.versions(),
            activations=activations,
            just_done=just_done,
            previous=json.loads(just_done["summary"]).get("previous") if just_done else None,
        )

    def _version(self, prefix: str | None) -> str | None:
        if not prefix:
            return self.console.services.kb.active_version()
        try:
            return self.console.services.kb.resolve(prefix)
        except KeyError:
            return None

    def kb_diff(self, request: Request, session: Session, _form: FormData | None) -> Response:
        from bot.kb.diff import diff_versions

        old, new = self._version(request.query_params.get("old")), self._version(request.query_params.get("new"))
        if old is None or new is None:
            return self.console.error(request, session, 404, "Choose two stored versions to compare.")
        before, after = self.console.services.kb.load(old), self.console.services.kb.load(new)
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
        return self.console.render(
            request,
            session,
            "kb_diff.html.j2",
            diff=diff_versions(before, after),
            files=files,
            old=old,
            new=new,
            versions=self.console.services.kb.versions(),
        )

    def kb_impact(self, request: Request, session: Session, _form: FormData | None) -> Response:
        from bot.review.impact import questions_from_log, replay_impact

        candidate = self._version(request.query_params.get("candidate"))
        active = self.console.services.kb.active_version()
        if candidate is None or active is None:
            return self.console.error(request, session, 404, "Choose a stored version to compare with the active one.")
        try:
            days = int(request.query_params.get("days") or self.console.settings.impact_days)
        except ValueError:
            days = self.console.settings.impact_days
        days = min(max(days, 1), 365)  # replayed inside the request: a year at most
        since = (self.console.services.clock() - dt.timedelta(days=days)).date().isoformat()
        if refused := self.console.read(request, session, "kb impact", candidate=candidate, since=since):
            return refused
        asked = questions_from_log(
            self.console.log.stream(LogFilter(since=since, kind="query", outcome="answered", limit=None))
        )
        day = local_today(self.console.services.clock)
        try:
            current = self.console.knowledge.get(active, lambda: day)
            staged = self.console.knowledge.get(candidate, lambda: day)
        except (KeyError, RuntimeError) as exc:
            return self.console.error(request, session, 503, f"The knowledge base could not be loaded: {exc}")
        explainer = self.console.services.explainer
        report = replay_impact(current, staged, explainer, asked, day)
        replayed = len(asked)
        return self.console.render(
            request, session, "kb_impact.html.j2", report=report, days=days, replayed=replayed, candidate=candidate
        )

    def kb_activate_confirm(self, request: Request, session: Session, _form: FormData | None) -> Response:
        version = self._version(request.query_params.get("version"))
        if version is None or not request.query_params.get("version"):
            return self.console.error(request, session, 404, "Choose a stored version to activate.")
        problems = [str(error) for error in self.console.services.check_version(version)]
        return self.console.render(
            request,
            session,
            "kb_activate.html.j2",
            version=version,
            active=self.console.services.kb.active_version(),
            problems=problems,
        )

    def kb_activate(self, request: Request, session: Session, form: FormData | None) -> Response:
        assert form is not None
        version = self._version(str(form.get("version") or "")) if form.get("version") else None
        if version is None:
            return self.console.error(request, session, 404, "Choose a stored version to activate.")
        if form.get("confirm") != version:
            return self.console.error(request, session, 400, "Activation was not confirmed; nothing changed.")
        try:
            self.console.services.activate(version, session.actor, "console")
        except AlreadyActive:
            return self.console.error(
                request, session, 409, f"{version[:12]} is already the active version; nothing changed."
            )
        except KnowledgeErrors as exc:
            return self.console.error(
                request, session, 409, f"{len(exc.errors)} problem(s) in {version}; not activated. {exc.errors[0]}"
            )
        except AuditUnavailable:
            return self.console.error(request, session, 503, "The activation could not be logged, so nothing changed.")
        except RuntimeError as exc:
            return self.console.error(
                request, session, 503, f"{version} could not be loaded, so nothing changed: {exc}"
            )
        target = request.url_for("kb").include_query_params(activated=version)
        return RedirectResponse(str(target), status_code=303)


def _unified(old: str, new: str, name: str) -> list[str]:
    return list(
        difflib.unified_diff(old.splitlines(), new.splitlines(), f"{name} (old)", f"{name} (new)", n=2, lineterm="")
    )
