"""The Slack listeners: every way an officer asks, composed with the follow-ups and counsel's desk.

Each listener acknowledges at once and does its work in a lazy listener (a worker thread),
so Slack always gets its acknowledgement within three seconds. Every question goes through
the one `Pipeline`; this module only translates between Slack and it. Delivering the answer
once, even across retries and crashes, is `bot.slack.delivery`'s work; the buttons on an
answer are `bot.slack.follow_up`'s; escalation and counsel's decision are `bot.slack.counsel`'s.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
from collections.abc import Mapping
from typing import Any

from slack_bolt import Ack, App, Respond
from slack_sdk import WebClient

from bot.audit.outcomes import OutcomeRefused
from bot.audit.records import AuditUnavailable, DuplicateEvent
from bot.audit.store import AuditLog
from bot.clock import Clock, system_clock
from bot.facts.model import StatedFacts, explicit_only
from bot.intake import IntakeError, join_to_root
from bot.pipeline import Pipeline, PipelineError
from bot.review.webhook import EscalationWebhook
from bot.settings import SlackSettings
from bot.slack import cards
from bot.slack.counsel import CounselDesk
from bot.slack.delivery import MESSAGE_KEY, Courier, Reply, slack_errors_logged, tell
from bot.slack.follow_up import FollowUps
from bot.slack.practice import SlackPractice, asks_for_practice
from bot.slack.text import plain_text
from bot.slack.views import INTAKE_VIEW, RECORD_VIEW, FormAnswer, FormContext, intake_view, read_intake
from bot.unasked import record_request

__all__ = ["COMMAND", "SHORTCUT_CHECK_MESSAGE", "SHORTCUT_OPEN_FORM", "SHORTCUT_RECORD_REQUEST", "SlackTriage"]

log = logging.getLogger(__name__)

# Message subtypes an officer's question can arrive as (None: plain text).
_QUESTION_SUBTYPES = frozenset({None, "file_share", "thread_broadcast"})

COMMAND = "/triage"
SHORTCUT_CHECK_MESSAGE = "check_request"  # message shortcut: "Check this request"
SHORTCUT_OPEN_FORM = "open_intake_form"  # global shortcut: "Check a federal request"
SHORTCUT_RECORD_REQUEST = "record_request"  # global shortcut: "Record a federal request"

_HELP = (
    "Ask me whether a federal request may be fulfilled, in your own words:\n"
    "`/triage ICE wants us to hold him past release on a detainer`\n"
    "`/triage` alone opens the intake form. Only you see answers to `/triage`; mention me in a "
    "channel or message me directly to answer in a thread. Mark names like `[[Jane Doe]]`.\n"
    "`/triage practice` (or `practice` in a message to me) starts a practice round of training scenarios "
    "in your direct messages with me."
)


def _ack(ack: Ack) -> None:
    ack()


class SlackTriage:
    """Slack in front of one `Pipeline`; every collaborator is injected."""

    def __init__(
        self,
        pipeline: Pipeline,
        audit: AuditLog,
        settings: SlackSettings,
        max_question_chars: int,
        practice: SlackPractice | None = None,
        clock: Clock = system_clock,
        webhook: EscalationWebhook | None = None,
    ):
        self._pipeline = pipeline
        self._audit = audit
        self._max_question_chars = max_question_chars
        self._practice = practice  # `/triage practice`, "practice" in a DM, and the round's buttons
        self._courier = Courier(audit, settings, clock, lambda: pipeline.knowledge.version)
        self._follow_ups = FollowUps(self._courier, audit, pipeline, settings, clock)
        self._counsel = CounselDesk(self._courier, audit, settings, clock, self._follow_ups.store_outcome, webhook)

    def register(self, app: App) -> None:
        app.event("app_mention")(ack=_ack, lazy=[self.on_mention])
        app.event("message")(ack=_ack, lazy=[self.on_direct_message])
        app.command(COMMAND)(ack=self.ack_command, lazy=[self.on_command])
        app.shortcut(SHORTCUT_CHECK_MESSAGE)(ack=_ack, lazy=[self.on_message_shortcut])
        app.shortcut(SHORTCUT_OPEN_FORM)(ack=_ack, lazy=[self.on_open_form])
        app.action(cards.ACTION_OPEN_FORM)(ack=_ack, lazy=[self.on_open_form])
        app.action(cards.ACTION_ANSWER_QUESTIONS)(ack=_ack, lazy=[self.on_answer_questions])
        app.shortcut(SHORTCUT_RECORD_REQUEST)(ack=_ack, lazy=[self.on_open_record_form])
        app.view(RECORD_VIEW)(ack=self.ack_intake, lazy=[self.on_record_submitted])
        app.view(INTAKE_VIEW)(ack=self.ack_intake, lazy=[self.on_intake_submitted])
        self._follow_ups.register(app, _ack)
        self._counsel.register(app, _ack)
        if self._practice is not None:
            self._practice.register(app)

    def recover_unshown(self, client: WebClient, within: dt.timedelta = dt.timedelta(hours=1)) -> int:
        """Post the answers logged but never shown (see `Courier.recover_unshown`); how many."""
        return self._courier.recover_unshown(client, within)

    # ------------------------------------------------------------------ ways to ask
    def on_mention(self, event: dict[str, Any], client: WebClient) -> None:
        if event.get("bot_id") or event.get("subtype") == "bot_message":
            return  # another bot's message naming us: no officer asked, nothing to answer or log
        self._answer_message(event, client, source="slack-mention")

    def on_direct_message(self, event: dict[str, Any], client: WebClient) -> None:
        if event.get("channel_type") != "im" or event.get("subtype") not in _QUESTION_SUBTYPES or event.get("bot_id"):
            return  # edits, deletions, our own messages: not questions
        if self._practice is not None and asks_for_practice(plain_text(str(event.get("text", "")))):
            self._practice.start(str(event.get("user", "")), client)
            return
        self._answer_message(event, client, source="slack-dm")

    def _answer_message(self, event: Mapping[str, Any], client: WebClient, source: str) -> None:
        channel, ts = str(event["channel"]), str(event["ts"])
        thread_ts = str(event.get("thread_ts") or ts)
        reply = Reply(channel, str(event.get("user", "")), thread_ts, working_on=ts)
        question = plain_text(str(event.get("text", "")))
        parent = None
        if thread_ts != ts and question:
            root = None
            with contextlib.suppress(AuditUnavailable):  # then the pipeline says "no verdict" itself
                root = self._audit.get_by_event(f"{MESSAGE_KEY}{channel}:{thread_ts}")
            question, parent = join_to_root(root, question, self._max_question_chars)
        self._deliver(client, question, f"{MESSAGE_KEY}{channel}:{ts}", reply, source, parent_query_id=parent)

    def ack_command(self, ack: Ack, command: dict[str, Any]) -> None:
        if command.get("text", "").strip().lower() in {"help", "?"}:
            ack(text=_HELP)
        else:
            ack()

    def on_command(self, command: dict[str, Any], client: WebClient, respond: Respond) -> None:
        text = plain_text(command.get("text", ""))
        if text.lower() in {"help", "?"}:
            return
        if self._practice is not None and asks_for_practice(text):
            user = str(command["user_id"])
            started = self._practice.start(user, client, tell=lambda notice: tell(respond, notice))
            if started and not str(command.get("channel_id", "")).startswith("D"):
                tell(respond, "Your practice round is waiting in your direct messages with me.")
            return
        if not text:
            context = FormContext(channel=command.get("channel_id"), private=True)
            self._open_form(client, str(command["trigger_id"]), context)
            return
        reply = Reply(str(command["channel_id"]), str(command["user_id"]), ephemeral=True, respond=respond)
        self._deliver(client, text, f"slack:command:{command['trigger_id']}", reply, "slack-command")

    def on_message_shortcut(self, shortcut: dict[str, Any], client: WebClient, respond: Respond) -> None:
        message = shortcut.get("message", {})
        parts = [str(message.get("text", ""))]
        for attachment in message.get("attachments") or []:  # forwarded e-mails and messages
            parts.append(str(attachment.get("text") or attachment.get("fallback") or ""))
        ts = str(message.get("ts", ""))
        reply = Reply(
            str(shortcut["channel"]["id"]),
            str(shortcut["user"]["id"]),
            str(message.get("thread_ts") or ts),
            respond=respond,
            working_on=ts,
        )
        question = plain_text("\n".join(p for p in parts if p))
        self._deliver(client, question, f"slack:shortcut:{shortcut['trigger_id']}", reply, "slack-shortcut")

    # ------------------------------------------------------------------ the form
    def on_open_form(self, body: dict[str, Any], client: WebClient) -> None:
        self._open_form(client, str(body["trigger_id"]), _context_of(body))

    def on_open_record_form(self, body: dict[str, Any], client: WebClient) -> None:
        view = intake_view(FormContext(), max_chars=self._max_question_chars, record=True)
        with slack_errors_logged("views.open"):
            client.views_open(trigger_id=str(body["trigger_id"]), view=view)

    def on_record_submitted(self, body: dict[str, Any], view: dict[str, Any], client: WebClient) -> None:
        """A request handled without asking: decided by the rules, logged with what was done."""
        form = read_intake(view)
        if self._form_errors(form) or form.outcome is None:
            return
        user = str(body["user"]["id"])
        try:
            recorded = record_request(
                self._pipeline,
                self._audit,
                form.stated,
                form.outcome,
                user_id=user,
                source="slack",
                details=form.details,
                note=form.note,
                event_id=f"slack:record:{view['id']}",
            )
        except DuplicateEvent:
            return  # a retried submission: recorded the first time
        except (AuditUnavailable, PipelineError, IntakeError, OutcomeRefused) as exc:
            log.error("a recorded request was not stored: %s", exc)
            notice = ":warning: Your request was NOT recorded (the query log is unavailable). Please try again."
            self._courier.post(client, Reply(user, user), {"text": notice}, None)
            return
        message = cards.recorded_request_message(recorded.answer, recorded.outcome["outcome"], recorded.against_advice)
        self._courier.post(client, Reply(user, user), message, recorded.answer.query_id, answer=True)

    def on_answer_questions(self, body: dict[str, Any], client: WebClient) -> None:
        query_id = str(body["actions"][0]["value"])
        try:
            row = self._audit.get(query_id) or {}
        except AuditUnavailable:
            row = {}
        context = _context_of(body, parent_query_id=query_id)
        details = str(row.get("question_masked") or "")
        self._open_form(client, str(body["trigger_id"]), context, explicit_only(row.get("facts") or {}), details)

    def _open_form(
        self,
        client: WebClient,
        trigger_id: str,
        context: FormContext,
        known: Mapping[str, Any] | None = None,
        details: str = "",
    ) -> None:
        view = intake_view(context, known, details, self._max_question_chars)
        with slack_errors_logged("views.open"):
            client.views_open(trigger_id=trigger_id, view=view)

    def _form_errors(self, form: FormAnswer) -> dict[str, str]:
        if len(form.details) > self._max_question_chars:
            return {**form.errors, "details": f"Too long: at most {self._max_question_chars:,} characters."}
        return form.errors

    def ack_intake(self, ack: Ack, view: dict[str, Any]) -> None:
        errors = self._form_errors(read_intake(view))
        if errors:
            ack(response_action="errors", errors=errors)
        else:
            ack()

    def on_intake_submitted(self, body: dict[str, Any], view: dict[str, Any], client: WebClient) -> None:
        form = read_intake(view)
        if self._form_errors(form):
            return  # Bolt runs lazy listeners even when the ack refused the submission
        user = str(body["user"]["id"])
        private = form.private or form.context.private
        channel = form.context.channel or user  # no channel (App Home): the officer's DM
        reply = Reply(channel, user, form.context.thread_ts, ephemeral=private and channel != user)
        question = form.details or "[intake form without details]"
        key = f"slack:form:{view['id']}"
        self._deliver(client, question, key, reply, "slack-form", form.stated, form.context.parent_query_id)

    # ------------------------------------------------------------------ answering
    def _deliver(
        self,
        client: WebClient,
        question: str,
        key: str,
        reply: Reply,
        source: str,
        stated: StatedFacts | None = None,
        parent_query_id: str | None = None,
    ) -> None:
        try:
            logged = self._audit.get_by_event(key)
        except AuditUnavailable as exc:
            log.error("no verdict for %s: %s", key, exc)
            self._courier.post(client, reply, cards.no_verdict_message(True), None)
            return
        if logged is not None:
            self._courier.finish_interrupted(client, key, reply, logged)
            return
        self._courier.react(client, reply, "reactions_add")
        try:
            answer = self._pipeline.answer(
                question,
                user_id=reply.user,
                channel_id=reply.channel,
                event_id=key,
                source=source,
                stated=stated,
                parent_query_id=parent_query_id,
            )
        except DuplicateEvent:
            log.info("delivery %s was answered by another worker", key)
            return
        except IntakeError as exc:
            self._courier.post(client, reply, cards.rejected_message(str(exc)), None)
            return
        except (PipelineError, AuditUnavailable) as exc:
            log.error("no verdict for %s: %s", key, exc)
            self._courier.post(client, reply, cards.no_verdict_message(isinstance(exc, AuditUnavailable)), None)
            return
        finally:
            self._courier.react(client, reply, "reactions_remove")
        if self._courier.post(client, reply, cards.verdict_card(answer), answer.query_id, answer=True):
            self._courier.mark_shown(key, answer.query_id, reply, "posted")


def _context_of(body: Mapping[str, Any], parent_query_id: str | None = None) -> FormContext:
    """Where a form opened from this interaction should answer (a message's thread, or privately)."""
    message = body.get("message") or {}
    private = bool((body.get("container") or {}).get("is_ephemeral"))
    return FormContext(
        channel=(body.get("channel") or {}).get("id"),
        thread_ts=None if private else message.get("thread_ts") or message.get("ts"),
        parent_query_id=parent_query_id,
        private=private,
    )
