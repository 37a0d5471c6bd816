"""What an officer does with an answer afterwards: feedback, what was done, the full passages, App Home."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import Any

from slack_bolt import Ack, App, Respond
from slack_sdk import WebClient

from bot.audit.outcomes import OutcomeRefused, awaiting_outcome, record_outcome
from bot.audit.records import AuditRecord, AuditUnavailable, DuplicateEvent, LogFilter
from bot.audit.store import AuditLog
from bot.clock import Clock
from bot.pipeline import Pipeline
from bot.review.queue import review_queue
from bot.settings import SlackSettings
from bot.slack import cards
from bot.slack.decision_views import OUTCOME_VIEW, outcome_view, read_outcome_form
from bot.slack.delivery import Courier, Reply, respond_privately, slack_errors_logged, tell
from bot.slack.home import home_view

__all__ = ["FollowUps"]

log = logging.getLogger(__name__)

_HOME_QUEUE_DAYS = 90  # App Home shows recent flags; `triage kb queue` has them all
_HOME_AWAITING_DAYS = 30  # App Home asks what was done with the officer's answers of the last month


class FollowUps:
    """The buttons on an answer card and the officer's App Home; every collaborator is injected."""

    def __init__(self, courier: Courier, audit: AuditLog, pipeline: Pipeline, settings: SlackSettings, clock: Clock):
        self._courier = courier
        self._audit = audit
        self._pipeline = pipeline
        self._settings = settings
        self._clock = clock

    def register(self, app: App, ack_only: Callable[[Ack], None]) -> None:
        app.event("app_home_opened")(ack=ack_only, lazy=[self.on_home_opened])
        app.action(cards.ACTION_FEEDBACK_HELPFUL)(ack=ack_only, lazy=[self.on_feedback])
        app.action(cards.ACTION_FEEDBACK_WRONG)(ack=ack_only, lazy=[self.on_feedback])
        app.action(cards.ACTION_SHOW_PASSAGES)(ack=ack_only, lazy=[self.on_show_passages])
        app.action(cards.ACTION_RECORD_OUTCOME)(ack=ack_only, lazy=[self.on_record_outcome])
        app.action(cards.ACTION_OUTCOME_NOTE)(ack=ack_only, lazy=[self.on_outcome_note])
        app.view(OUTCOME_VIEW)(ack=self.ack_outcome, lazy=[self.on_outcome_submitted])

    def on_feedback(self, body: dict[str, Any], respond: Respond) -> None:
        action = body["actions"][0]
        query_id, user = str(action["value"]), str(body["user"]["id"])
        verdict = "helpful" if action["action_id"] == cards.ACTION_FEEDBACK_HELPFUL else "wrong"
        channel = (body.get("channel") or {}).get("id")
        try:
            self._courier.record_follow_up(
                "feedback", query_id, user, channel, summary=verdict, event_id=f"slack:feedback:{query_id}:{user}"
            )
        except DuplicateEvent:
            text = "You already gave feedback on this answer."
        except AuditUnavailable:
            text = ":warning: Your feedback could not be recorded; please try again."
        else:
            text = "Thanks, recorded for counsel's review." + (
                " If you need a decision now, use *Escalate to counsel*." if verdict == "wrong" else ""
            )
        tell(respond, text)

    def on_record_outcome(self, body: dict[str, Any], client: WebClient, respond: Respond) -> None:
        """ "What was done?" chosen on a card or in App Home: one tap, one outcome row."""
        query_id, _, outcome = str(body["actions"][0]["selected_option"]["value"]).partition(" ")
        user = str(body["user"]["id"])
        text = self.store_outcome(query_id, outcome, user, None)
        if (body.get("view") or {}).get("type") == "home":
            self._courier.post(client, Reply(user, user), {"text": text}, None)  # App Home has no thread
            self._publish_home(user, client)
        else:
            tell(respond, text)

    def on_outcome_note(self, body: dict[str, Any], client: WebClient) -> None:
        with slack_errors_logged("views.open"):
            client.views_open(trigger_id=body["trigger_id"], view=outcome_view(str(body["actions"][0]["value"])))

    def ack_outcome(self, ack: Ack, view: dict[str, Any]) -> None:
        form = read_outcome_form(view)
        if form.errors:
            ack(response_action="errors", errors=form.errors)
        else:
            ack()

    def on_outcome_submitted(self, body: dict[str, Any], view: dict[str, Any], client: WebClient) -> None:
        form = read_outcome_form(view)
        if form.errors:
            return
        user = str(body["user"]["id"])
        text = self.store_outcome(form.query_id, form.outcome, user, form.note, f"slack:outcome:{view['id']}")
        if text:
            self._courier.post(client, Reply(user, user), {"text": text}, None)

    def store_outcome(
        self, query_id: str, outcome: str, user: str, note: str | None, event_id: str | None = None
    ) -> str:
        """Record it; what to tell the officer (an empty string: a retry already recorded it)."""
        try:
            row = record_outcome(
                self._audit, query_id, outcome, user_id=user, source="slack", note=note, event_id=event_id
            )
        except DuplicateEvent:
            return ""
        except OutcomeRefused as exc:
            return f":warning: Not recorded: {exc}."
        except AuditUnavailable:
            return ":warning: Not recorded: the query log is unavailable. Please try again."
        return cards.outcome_recorded_message(row["outcome"], row["parent_query_id"], row.get("summary"))

    def on_show_passages(self, body: dict[str, Any], respond: Respond) -> None:
        """The whole passages behind an answer's excerpts, shown only to the officer who asked."""
        query_id = str(body["actions"][0]["value"])
        try:
            row = self._audit.get(query_id) or {}
        except AuditUnavailable:
            row = {}
        if not row.get("citations"):
            tell(respond, ":warning: The passages of this answer could not be found; ask again to see them.")
            return
        message = cards.full_passages_message(list(row["citations"]), str(row.get("kb_version")))
        with slack_errors_logged("response_url"):
            respond_privately(respond, message)

    def on_home_opened(self, event: dict[str, Any], client: WebClient) -> None:
        if event.get("tab") != "home":
            return
        self._publish_home(str(event["user"]), client)

    def _publish_home(self, user: str, client: WebClient) -> None:
        recent: list[dict[str, Any]] = []
        awaiting: list[dict[str, Any]] = []
        review = None
        try:
            recent = self._audit.list(LogFilter(user_id=user, kind="query", limit=10))
            awaiting = awaiting_outcome(self._audit, user, days=_HOME_AWAITING_DAYS, now=self._pipeline.now())
            # the queue shows other officers' (masked) questions: named counsel only, never "anyone"
            if user in self._settings.counsel_users:
                self._audit.append(
                    AuditRecord.note("review_read", "slack", user_id=user, summary='{"command": "app home queue"}')
                )
                since = (self._clock() - dt.timedelta(days=_HOME_QUEUE_DAYS)).isoformat()
                review = review_queue(self._audit, since=since)
        except AuditUnavailable as exc:
            log.warning("App Home without %s: %s", "the review queue" if recent else "recent questions", exc)
        view = home_view(self._pipeline.knowledge.version, recent, review, awaiting)
        with slack_errors_logged("views.publish"):
            client.views_publish(user_id=user, view=view)
