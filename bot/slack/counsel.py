"""Escalation to counsel and counsel's decision, in Slack.

An officer's "Escalate to counsel" posts the case to counsel's channel (and counsel's case
system, if a webhook is configured); counsel's "Decide" opens a form whose decision is logged
against the query and posted back where the officer asked. Only the users named in
TRIAGE_COUNSEL may decide: with none named, nobody can.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from typing import Any

from slack_bolt import Ack, App, Respond
from slack_sdk import WebClient

from bot.audit.records import AuditUnavailable, DuplicateEvent, LogFilter
from bot.audit.store import AuditLog
from bot.clock import Clock, utc_stamp
from bot.review.webhook import WEBHOOK_CHANNEL, EscalationWebhook, WebhookError, escalation_case
from bot.settings import SlackSettings
from bot.slack import cards
from bot.slack.decision_views import COUNSEL_VIEW, counsel_decision_view, read_counsel_decision
from bot.slack.delivery import Courier, Reply, slack_errors_logged, tell
from bot.slack.views import FormContext

__all__ = ["CounselDesk", "StoreOutcome"]

log = logging.getLogger(__name__)

# (query id, outcome, user, note, event id) -> what to tell the user ("" when a retry already stored it)
StoreOutcome = Callable[[str, str, str, str | None, str | None], str]


class CounselDesk:
    """The officer's escalation and counsel's decision; every collaborator is injected."""

    def __init__(
        self,
        courier: Courier,
        audit: AuditLog,
        settings: SlackSettings,
        clock: Clock,
        store_outcome: StoreOutcome,
        webhook: EscalationWebhook | None = None,
    ):
        self._courier = courier
        self._audit = audit
        self._settings = settings
        self._clock = clock
        self._store_outcome = store_outcome
        self._webhook = webhook  # counsel's case system, beside the counsel channel

    def register(self, app: App, ack_only: Callable[[Ack], None]) -> None:
        app.action(cards.ACTION_ESCALATE)(ack=ack_only, lazy=[self.on_escalate])
        app.action(cards.ACTION_COUNSEL_DECIDE)(ack=ack_only, lazy=[self.on_counsel_decide])
        app.view(COUNSEL_VIEW)(ack=self.ack_counsel_decision, lazy=[self.on_counsel_decision])

    def on_escalate(self, body: dict[str, Any], client: WebClient, respond: Respond) -> None:
        query_id, user = str(body["actions"][0]["value"]), str(body["user"]["id"])
        counsel = self._settings.counsel_channel
        try:
            row = self._audit.get(query_id)
        except AuditUnavailable:
            tell(respond, ":warning: Could not escalate: the query log is unavailable. Call the Legal Bureau.")
            return
        if counsel is None or row is None:
            reason = "no counsel channel is configured" if counsel is None else "that query is not in the log"
            tell(respond, f":warning: Could not escalate: {reason}. Call the Legal Bureau.")
            return
        channel = str((body.get("channel") or {}).get("id", ""))
        message = body.get("message") or {}
        # A card only the officer could see (e.g. /triage) must not turn public: reply in the DM.
        private = bool((body.get("container") or {}).get("is_ephemeral")) or not message
        thread_ts = None if private else str(message.get("thread_ts") or message.get("ts"))
        answer_to = FormContext(channel=user if private else channel, thread_ts=thread_ts)
        try:
            self._courier.record_follow_up(
                "escalation",
                query_id,
                user,
                channel,
                summary=f"escalated to {counsel}",
                event_id=f"slack:escalation:{query_id}",
            )
        except DuplicateEvent:
            if not self._counsel_never_got(query_id, counsel):
                tell(respond, "This answer is already with counsel.")
                return
            # The first escalation is logged but its post to counsel failed: post it again.
            with contextlib.suppress(AuditUnavailable):
                self._courier.record_follow_up("escalation", query_id, user, channel, summary=f"re-posted to {counsel}")
        except AuditUnavailable:
            tell(respond, ":warning: Could not record the escalation; call the Legal Bureau.")
            return
        permalink = None
        if thread_ts:
            with slack_errors_logged("chat.getPermalink", quiet=True):
                permalink = client.chat_getPermalink(channel=channel, message_ts=thread_ts).get("permalink")
        case = cards.counsel_case_message(row, user, permalink, answer_to.dump())
        posted = self._courier.post(client, Reply(counsel, user), case, query_id)
        self._send_to_webhook(row, user)
        where = "here" if not private else "in your direct messages with me"
        notice = (
            f":scales: <@{user}> sent this to counsel (query `{query_id}`). Counsel's decision will appear {where}."
            if posted
            else ":warning: The escalation is recorded but could not be posted to counsel; call the Legal Bureau."
        )
        if private:
            tell(respond, notice)
        else:
            self._courier.post(client, Reply(channel, user, thread_ts), {"text": notice}, None)

    def _send_to_webhook(self, row: dict[str, Any], user: str) -> None:
        """A copy of the case for counsel's own system; a failure is logged, the escalation stands."""
        if self._webhook is None:
            return
        query_id = str(row["query_id"])
        try:
            self._webhook.send(escalation_case(row, user, utc_stamp(self._clock), "slack"))
        except WebhookError as exc:
            log.error("escalation %s not sent to the webhook: %s", query_id, exc)
            try:
                self._courier.record_follow_up(
                    "delivery", query_id, user, WEBHOOK_CHANNEL, outcome="error", error=str(exc)
                )
            except AuditUnavailable as unlogged:
                log.error("and the failed webhook delivery of %s could not be logged: %s", query_id, unlogged)

    def _counsel_never_got(self, query_id: str, counsel: str) -> bool:
        """The newest escalation step for this query is a failed post to counsel's channel."""
        try:
            linked = self._audit.list(LogFilter(parent_query_id=query_id, limit=None))
        except AuditUnavailable:
            return False
        for row in linked:  # newest first
            if row["kind"] == "escalation":
                return False
            if row["kind"] == "delivery" and row["outcome"] == "error" and row["channel_id"] == counsel:
                return True
        return False

    def on_counsel_decide(self, body: dict[str, Any], client: WebClient, respond: Respond) -> None:
        user = str(body["user"]["id"])
        if not self.is_counsel(user):
            tell(respond, self._not_counsel_message())
            return
        query_id, _, reply_to = str(body["actions"][0]["value"]).partition(" ")
        thread = FormContext.load(reply_to)
        with slack_errors_logged("views.open"):
            client.views_open(trigger_id=body["trigger_id"], view=counsel_decision_view(query_id, thread))

    def ack_counsel_decision(self, ack: Ack, view: dict[str, Any], body: dict[str, Any]) -> None:
        decision = read_counsel_decision(view)
        user = str(body["user"]["id"])
        if not self.is_counsel(user):
            ack(response_action="errors", errors={"verdict": self._not_counsel_message()})
        elif decision.errors:
            ack(response_action="errors", errors=decision.errors)
        else:
            ack()

    def on_counsel_decision(self, body: dict[str, Any], view: dict[str, Any], client: WebClient) -> None:
        decision = read_counsel_decision(view)
        user = str(body["user"]["id"])
        if decision.errors or not self.is_counsel(user):
            return
        try:
            row = self._courier.record_follow_up(
                "counsel_decision",
                decision.query_id,
                user,
                decision.thread.channel,
                summary=decision.note,
                verdict=decision.verdict,
                event_id=f"slack:counsel:{view['id']}",
            )
        except DuplicateEvent:
            return
        except AuditUnavailable as exc:
            log.error("counsel's decision on %s was not recorded: %s", decision.query_id, exc)
            notice = ":warning: Your decision was NOT recorded (the query log is unavailable). Please try again."
            self._courier.post(client, Reply(user, user), {"text": notice}, None)
            return
        if decision.outcome:
            # counsel may know what was done (the request was referred to them, or they declined it)
            said = self._store_outcome(
                decision.query_id, decision.outcome, user, None, f"slack:counsel-outcome:{view['id']}"
            )
            if said.startswith(":warning:"):
                self._courier.post(client, Reply(user, user), {"text": said}, None)
        if decision.thread.channel:
            message = cards.counsel_decision_message(decision.verdict, decision.note, user, row["query_id"])
            self._courier.post(
                client, Reply(decision.thread.channel, user, decision.thread.thread_ts), message, row["query_id"]
            )

    def is_counsel(self, user: str) -> bool:
        # fail closed: with no counsel named, nobody in Slack may record counsel's decision
        return user in self._settings.counsel_users

    def _not_counsel_message(self) -> str:
        if not self._settings.counsel_users:
            return (
                "No counsel is configured, so no decision can be recorded here. An administrator sets "
                "TRIAGE_COUNSEL to counsel's Slack user ids (README, Configuration)."
            )
        return "Only counsel may record a decision."
