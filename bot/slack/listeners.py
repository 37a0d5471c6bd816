"""The Slack listeners: every way an officer asks, and the follow-ups on an answer.

Each listener acknowledges at once and does its work in a lazy listener (a worker thread),
so Slack always gets its acknowledgement within three seconds. Every question goes through
the one `Pipeline`; this module only translates between Slack and it.

Answered once: each delivery is named by a key that a retry or a second worker process
shares (a message's channel and timestamp, an interaction's trigger or view id). The key is
the log row's unique `event_id`, so only the first delivery can write its row, and only the
delivery that wrote the row may answer.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from slack_bolt import Ack, App, Respond
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError

from bot.audit.outcomes import OutcomeRefused, awaiting_outcome, record_outcome
from bot.audit.records import SHOWN, AuditRecord, AuditUnavailable, DuplicateEvent, LogFilter
from bot.audit.store import AuditLog
from bot.clock import Clock, system_clock, utc_stamp
from bot.facts.model import StatedFacts, explicit_only
from bot.intake import IntakeError
from bot.pipeline import Pipeline, PipelineError
from bot.review.queue import review_queue
from bot.review.webhook import WEBHOOK_CHANNEL, EscalationWebhook, WebhookError, escalation_case
from bot.settings import SlackSettings
from bot.slack import cards
from bot.slack.practice import SlackPractice, asks_for_practice
from bot.slack.text import plain_text
from bot.slack.views import (
    COUNSEL_VIEW,
    INTAKE_VIEW,
    OUTCOME_VIEW,
    RECORD_VIEW,
    FormAnswer,
    FormContext,
    counsel_decision_view,
    home_view,
    intake_view,
    outcome_view,
    read_counsel_decision,
    read_intake,
    read_outcome_form,
)
from bot.unasked import record_request

__all__ = ["COMMAND", "SHORTCUT_CHECK_MESSAGE", "SHORTCUT_OPEN_FORM", "SHORTCUT_RECORD_REQUEST", "SlackTriage"]

log = logging.getLogger(__name__)

# Suffix of the event id that marks a delivery's answer as shown to the officer.
_SHOWN = ":shown"
# Message metadata on every answer card posted to a conversation: finds it again after a crash.
ANSWER_EVENT = "triage_answer"
_THREAD_PAGES = 5  # of 200 messages: a question's thread is never longer in practice
# Event ids of channel messages and DMs: slack:msg:<channel>:<ts>
_MESSAGE_KEY = "slack:msg:"

# Message subtypes an officer's question can arrive as (None: plain text).
_HOME_QUEUE_DAYS = 90  # App Home shows recent flags; `triage kb queue` has them all
_HOME_AWAITING_DAYS = 30  # App Home asks what was done with the officer's answers of the last month
_QUESTION_SUBTYPES = frozenset({None, "file_share", "thread_broadcast"})

# Slack errors that mean "not here" rather than "not now": the answer can go elsewhere.
_CANNOT_POST_HERE = frozenset({"not_in_channel", "channel_not_found", "is_archived", "user_not_in_channel"})

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


@dataclass(frozen=True)
class Reply:
    """Where an answer goes."""

    channel: str
    user: str
    thread_ts: str | None = None
    ephemeral: bool = False
    respond: Respond | None = None  # the response_url route (slash commands, shortcuts)
    working_on: str | None = None  # a message to mark with the "working" reaction


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
        self._clock = clock
        self._webhook = webhook  # counsel's case system, beside the counsel channel
        self._audit = audit
        self._settings = settings
        self._max_question_chars = max_question_chars
        self._practice = practice  # `/triage practice`, "practice" in a DM, and the round's buttons

    def register(self, app: App) -> None:
        app.event("app_mention")(ack=_ack, lazy=[self.on_mention])
        app.event("message")(ack=_ack, lazy=[self.on_direct_message])
        app.event("app_home_opened")(ack=_ack, lazy=[self.on_home_opened])
        app.command(COMMAND)(ack=self.ack_command, lazy=[self.on_command])
        app.shortcut(SHORTCUT_CHECK_MESSAGE)(ack=_ack, lazy=[self.on_message_shortcut])
        app.shortcut(SHORTCUT_OPEN_FORM)(ack=_ack, lazy=[self.on_open_form])
        app.action(cards.ACTION_OPEN_FORM)(ack=_ack, lazy=[self.on_open_form])
        app.action(cards.ACTION_ANSWER_QUESTIONS)(ack=_ack, lazy=[self.on_answer_questions])
        app.action(cards.ACTION_FEEDBACK_HELPFUL)(ack=_ack, lazy=[self.on_feedback])
        app.action(cards.ACTION_FEEDBACK_WRONG)(ack=_ack, lazy=[self.on_feedback])
        app.action(cards.ACTION_ESCALATE)(ack=_ack, lazy=[self.on_escalate])
        app.action(cards.ACTION_COUNSEL_DECIDE)(ack=_ack, lazy=[self.on_counsel_decide])
        app.action(cards.ACTION_SHOW_PASSAGES)(ack=_ack, lazy=[self.on_show_passages])
        app.action(cards.ACTION_RECORD_OUTCOME)(ack=_ack, lazy=[self.on_record_outcome])
        app.action(cards.ACTION_OUTCOME_NOTE)(ack=_ack, lazy=[self.on_outcome_note])
        app.view(OUTCOME_VIEW)(ack=self.ack_outcome, lazy=[self.on_outcome_submitted])
        app.shortcut(SHORTCUT_RECORD_REQUEST)(ack=_ack, lazy=[self.on_open_record_form])
        app.view(RECORD_VIEW)(ack=self.ack_intake, lazy=[self.on_record_submitted])
        app.view(INTAKE_VIEW)(ack=self.ack_intake, lazy=[self.on_intake_submitted])
        app.view(COUNSEL_VIEW)(ack=self.ack_counsel_decision, lazy=[self.on_counsel_decision])
        if self._practice is not None:
            self._practice.register(app)

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
            # A reply in the thread of an earlier question adds to it ("he has a judge's warrant").
            root = None
            with contextlib.suppress(AuditUnavailable):  # then the pipeline says "no verdict" itself
                root = self._audit.get_by_event(f"{_MESSAGE_KEY}{channel}:{thread_ts}")
            if root is not None and root["kind"] == "query" and root["outcome"] == "answered":
                joined = f"{root['question_masked']}\n{question}"
                if len(joined) <= self._max_question_chars:
                    question, parent = joined, str(root["query_id"])
        self._deliver(client, question, f"{_MESSAGE_KEY}{channel}:{ts}", reply, source, parent_query_id=parent)

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
            started = self._practice.start(user, client, tell=lambda notice: _tell(respond, notice))
            if started and not str(command.get("channel_id", "")).startswith("D"):
                _tell(respond, "Your practice round is waiting in your direct messages with me.")
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
        with _slack_errors_logged("views.open"):
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
            self._post(client, Reply(user, user), {"text": notice}, None)
            return
        message = cards.recorded_request_message(recorded.answer, recorded.outcome["outcome"], recorded.against_advice)
        self._post(client, Reply(user, user), message, recorded.answer.query_id, answer=True)

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
        with _slack_errors_logged("views.open"):
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
            self._post(client, reply, cards.no_verdict_message(True), None)
            return
        if logged is not None:
            self._finish_interrupted(client, key, reply, logged)
            return
        self._react(client, reply, "reactions_add")
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
            self._post(client, reply, cards.rejected_message(str(exc)), None)
            return
        except (PipelineError, AuditUnavailable) as exc:
            log.error("no verdict for %s: %s", key, exc)
            self._post(client, reply, cards.no_verdict_message(isinstance(exc, AuditUnavailable)), None)
            return
        finally:
            self._react(client, reply, "reactions_remove")
        if self._post(client, reply, cards.verdict_card(answer), answer.query_id, answer=True):
            self._mark_shown(key, answer.query_id, reply, "posted")

    def _mark_shown(self, key: str, query_id: str, reply: Reply, outcome: str) -> bool:
        """Record that the answer to delivery `key` reached the officer (one marker per delivery:
        its event id is unique). False if it was already recorded, by us or another worker."""
        try:
            self._audit.append(
                AuditRecord.note(
                    SHOWN,
                    "slack",
                    outcome,
                    event_id=f"{key}{_SHOWN}",
                    parent_query_id=query_id,
                    user_id=reply.user,
                    channel_id=reply.channel,
                )
            )
        except DuplicateEvent:
            return False
        except AuditUnavailable as exc:
            log.error("the delivery of %s could not be marked: %s", query_id, exc)
        return True

    def recover_unshown(self, client: WebClient, within: dt.timedelta = dt.timedelta(hours=1)) -> int:
        """Post answers to channel messages and DMs that were logged but never shown: the process
        stopped after Slack's acknowledgement, so Slack will not retry them. Run at start-up
        (after the recovery delay); each is posted from the log, once. Returns how many."""
        since = (self._clock() - within).isoformat()
        try:
            answered = self._audit.list(LogFilter(kind="query", outcome="answered", since=since, limit=None))
            settled = {
                row["parent_query_id"]
                for kind in (SHOWN, "delivery")
                for row in self._audit.list(LogFilter(kind=kind, since=since, limit=None))
            }
        except AuditUnavailable as exc:
            log.error("could not look for answers never shown: %s", exc)
            return 0
        recovered = 0
        for row in reversed(answered):  # oldest first
            key = str(row.get("event_id") or "")
            if not key.startswith(_MESSAGE_KEY) or row["query_id"] in settled:
                continue
            channel, _, ts = key.removeprefix(_MESSAGE_KEY).partition(":")
            reply = Reply(channel, str(row.get("user_id") or ""), self._thread_of(row, ts))
            recovered += self._finish_interrupted(client, key, reply, row)
        return recovered

    def _thread_of(self, row: dict[str, Any], ts: str) -> str:
        """The thread an answer belongs in: its question's, or the root question's for a reply."""
        if row.get("parent_query_id"):
            with contextlib.suppress(AuditUnavailable):
                root = self._audit.get(str(row["parent_query_id"]))
                if root is not None and str(root.get("event_id") or "").startswith(_MESSAGE_KEY):
                    return str(root["event_id"]).rpartition(":")[2]
        return ts

    def _finish_interrupted(self, client: WebClient, key: str, reply: Reply, logged: dict[str, Any]) -> bool:
        """A delivery seen before: answered and shown (nothing to do), or answered but never shown
        because the server stopped between the row and the post: then the logged answer, not a
        new decision, is posted, once (the marker is claimed first, so two workers cannot both)."""
        if logged.get("kind") != "query" or logged.get("outcome") != "answered":
            log.info("delivery %s already handled; not answering again", key)
            return False
        age = self._clock() - dt.datetime.fromisoformat(str(logged["created_at"]))
        if age.total_seconds() < self._settings.recover_after_seconds:
            log.info("delivery %s is being answered by another worker", key)
            return False
        query_id = str(logged["query_id"])
        if self._posted_before(client, reply, query_id):
            # the post reached Slack; only its marker was lost: mark it, do not show it twice
            self._mark_shown(key, query_id, reply, "found")
            log.info("delivery %s was shown before its marker was written; not posting again", key)
            return False
        if not self._mark_shown(key, query_id, reply, "reposted"):
            log.info("delivery %s already answered; not answering again", key)
            return False
        log.warning("delivery %s was answered but never shown: posting the logged answer", key)
        self._post(client, reply, cards.recovered_answer_message(logged), query_id, answer=True)
        return True

    def _posted_before(self, client: WebClient, reply: Reply, query_id: str) -> bool:
        """Whether the thread already holds our card for `query_id` (found by its message
        metadata). If Slack cannot be asked, False: better shown twice than never."""
        if reply.thread_ts is None or reply.ephemeral:
            return False
        cursor = None
        try:
            for _page in range(_THREAD_PAGES):
                page = client.conversations_replies(
                    channel=reply.channel, ts=reply.thread_ts, include_all_metadata=True, limit=200, cursor=cursor
                )
                for message in page.get("messages") or []:
                    metadata = message.get("metadata") or {}
                    payload = metadata.get("event_payload") or {}
                    if metadata.get("event_type") == ANSWER_EVENT and payload.get("query_id") == query_id:
                        return True
                cursor = (page.get("response_metadata") or {}).get("next_cursor")
                if not cursor:
                    break
        except (SlackClientError, OSError) as exc:
            log.warning("could not look for an earlier post of %s: %s", query_id, _describe("replies", exc))
        return False

    def _post(
        self, client: WebClient, reply: Reply, message: cards.Message, query_id: str | None, answer: bool = False
    ) -> bool:
        """Send a message; a failure is recorded against the query (if any), never raised.

        Where the bot cannot post (not a member of the channel), the answer goes to the officer
        privately instead; other failures are not retried here, so no card is shown twice. An
        answer posted in a thread carries its query id as message metadata, so a recovery after
        a crash can see it was shown (`_posted_before`).
        """
        if answer and query_id is not None and not reply.ephemeral:
            message = {**message, "metadata": {"event_type": ANSWER_EVENT, "event_payload": {"query_id": query_id}}}
        attempts: list[tuple[str, Callable[[], object]]] = []
        if reply.ephemeral and reply.respond is not None:
            attempts.append(("response_url", lambda: _respond_privately(reply.respond, message)))
        elif reply.ephemeral:
            attempts.append(
                (
                    "chat.postEphemeral",
                    lambda: client.chat_postEphemeral(
                        channel=reply.channel, user=reply.user, thread_ts=reply.thread_ts, **message
                    ),
                )
            )
            attempts.append(("chat.postMessage (DM)", lambda: client.chat_postMessage(channel=reply.user, **message)))
        else:
            attempts.append(
                (
                    "chat.postMessage",
                    lambda: client.chat_postMessage(channel=reply.channel, thread_ts=reply.thread_ts, **message),
                )
            )
            if reply.respond is not None:
                attempts.append(("response_url", lambda: _respond_privately(reply.respond, message)))
        errors = []
        for method, attempt in attempts:
            try:
                attempt()
                return True
            except (SlackClientError, OSError) as exc:
                errors.append(_describe(method, exc))
                if not (isinstance(exc, SlackApiError) and exc.response.get("error") in _CANNOT_POST_HERE):
                    break
        error = "; then ".join(errors)
        log.error("could not deliver %s: %s", query_id or "a notice", error)
        if query_id is not None:
            try:
                self._record_follow_up("delivery", query_id, reply.user, reply.channel, outcome="error", error=error)
            except AuditUnavailable as exc:
                log.error("and the failed delivery of %s could not be logged: %s", query_id, exc)
        return False

    def _react(self, client: WebClient, reply: Reply, method: str) -> None:
        if reply.working_on is None:
            return
        with _slack_errors_logged(method, quiet=True):
            getattr(client, method)(
                channel=reply.channel, timestamp=reply.working_on, name=self._settings.working_reaction
            )

    # ------------------------------------------------------------------ follow-up
    def on_feedback(self, body: dict[str, Any], respond: Respond) -> None:
        action = body["actions"][0]
        query_id, user = str(action["value"]), str(body["user"]["id"])
        verdict = "helpful" if action["action_id"] == cards.ACTION_FEEDBACK_HELPFUL else "wrong"
        channel = (body.get("channel") or {}).get("id")
        try:
            self._record_follow_up(
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
        _tell(respond, text)

    def on_record_outcome(self, body: dict[str, Any], client: WebClient, respond: Respond) -> None:
        """ "What was done?" chosen on a card or in App Home: one tap, one outcome row."""
        query_id, _, outcome = str(body["actions"][0]["selected_option"]["value"]).partition(" ")
        user = str(body["user"]["id"])
        text = self._store_outcome(query_id, outcome, user, None)
        if (body.get("view") or {}).get("type") == "home":
            self._post(client, Reply(user, user), {"text": text}, None)  # App Home has no thread to answer in
            self._publish_home(user, client)
        else:
            _tell(respond, text)

    def on_outcome_note(self, body: dict[str, Any], client: WebClient) -> None:
        with _slack_errors_logged("views.open"):
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
        text = self._store_outcome(form.query_id, form.outcome, user, form.note, event_id=f"slack:outcome:{view['id']}")
        if text:
            self._post(client, Reply(user, user), {"text": text}, None)

    def _store_outcome(
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
            _tell(respond, ":warning: The passages of this answer could not be found; ask again to see them.")
            return
        _respond_privately(respond, cards.full_passages_message(list(row["citations"]), str(row.get("kb_version"))))

    def on_escalate(self, body: dict[str, Any], client: WebClient, respond: Respond) -> None:
        query_id, user = str(body["actions"][0]["value"]), str(body["user"]["id"])
        counsel = self._settings.counsel_channel
        try:
            row = self._audit.get(query_id)
        except AuditUnavailable:
            _tell(respond, ":warning: Could not escalate: the query log is unavailable. Call the Legal Bureau.")
            return
        if counsel is None or row is None:
            reason = "no counsel channel is configured" if counsel is None else "that query is not in the log"
            _tell(respond, f":warning: Could not escalate: {reason}. Call the Legal Bureau.")
            return
        channel = str((body.get("channel") or {}).get("id", ""))
        message = body.get("message") or {}
        # A card only the officer could see (e.g. /triage) must not turn public: reply in the DM.
        private = bool((body.get("container") or {}).get("is_ephemeral")) or not message
        thread_ts = None if private else str(message.get("thread_ts") or message.get("ts"))
        answer_to = FormContext(channel=user if private else channel, thread_ts=thread_ts)
        try:
            self._record_follow_up(
                "escalation",
                query_id,
                user,
                channel,
                summary=f"escalated to {counsel}",
                event_id=f"slack:escalation:{query_id}",
            )
        except DuplicateEvent:
            if not self._counsel_never_got(query_id, counsel):
                _tell(respond, "This answer is already with counsel.")
                return
            # The first escalation is logged but its post to counsel failed: post it again.
            with contextlib.suppress(AuditUnavailable):
                self._record_follow_up("escalation", query_id, user, channel, summary=f"re-posted to {counsel}")
        except AuditUnavailable:
            _tell(respond, ":warning: Could not record the escalation; call the Legal Bureau.")
            return
        permalink = None
        if thread_ts:
            with _slack_errors_logged("chat.getPermalink", quiet=True):
                permalink = client.chat_getPermalink(channel=channel, message_ts=thread_ts).get("permalink")
        case = cards.counsel_case_message(row, user, permalink, answer_to.dump())
        posted = self._post(client, Reply(counsel, user), case, query_id)
        self._send_to_webhook(row, user)
        where = "here" if not private else "in your direct messages with me"
        notice = (
            f":scales: <@{user}> sent this to counsel (query `{query_id}`). Counsel's decision will appear {where}."
            if posted
            else ":warning: The escalation is recorded but could not be posted to counsel; call the Legal Bureau."
        )
        if private:
            _tell(respond, notice)
        else:
            self._post(client, Reply(channel, user, thread_ts), {"text": notice}, None)

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
                self._record_follow_up("delivery", query_id, user, WEBHOOK_CHANNEL, outcome="error", error=str(exc))
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
        if not self._is_counsel(user):
            _tell(respond, self._not_counsel_message())
            return
        query_id, _, reply_to = str(body["actions"][0]["value"]).partition(" ")
        thread = FormContext.load(reply_to)
        with _slack_errors_logged("views.open"):
            client.views_open(trigger_id=body["trigger_id"], view=counsel_decision_view(query_id, thread))

    def ack_counsel_decision(self, ack: Ack, view: dict[str, Any], body: dict[str, Any]) -> None:
        decision = read_counsel_decision(view)
        user = str(body["user"]["id"])
        if not self._is_counsel(user):
            ack(response_action="errors", errors={"verdict": self._not_counsel_message()})
        elif decision.errors:
            ack(response_action="errors", errors=decision.errors)
        else:
            ack()

    def on_counsel_decision(self, body: dict[str, Any], view: dict[str, Any], client: WebClient) -> None:
        decision = read_counsel_decision(view)
        user = str(body["user"]["id"])
        if decision.errors or not self._is_counsel(user):
            return
        try:
            row = self._record_follow_up(
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
            self._post(client, Reply(user, user), {"text": notice}, None)
            return
        if decision.outcome:
            # counsel may know what was done (the request was referred to them, or they declined it)
            said = self._store_outcome(
                decision.query_id, decision.outcome, user, None, event_id=f"slack:counsel-outcome:{view['id']}"
            )
            if said.startswith(":warning:"):
                self._post(client, Reply(user, user), {"text": said}, None)
        if decision.thread.channel:
            message = cards.counsel_decision_message(decision.verdict, decision.note, user, row["query_id"])
            self._post(
                client, Reply(decision.thread.channel, user, decision.thread.thread_ts), message, row["query_id"]
            )

    def _is_counsel(self, user: str) -> bool:
        # fail closed: with no counsel named, nobody in Slack may record counsel's decision
        return user in self._settings.counsel_users

    def _not_counsel_message(self) -> str:
        if not self._settings.counsel_users:
            return (
                "No counsel is configured, so no decision can be recorded here. An administrator sets "
                "TRIAGE_COUNSEL to counsel's Slack user ids (README, Configuration)."
            )
        return "Only counsel may record a decision."

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
        with _slack_errors_logged("views.publish"):
            client.views_publish(user_id=user, view=view)

    def _record_follow_up(
        self,
        kind: str,
        parent_query_id: str,
        user: str,
        channel: str | None,
        *,
        outcome: str = "recorded",
        summary: str | None = None,
        verdict: str | None = None,
        error: str | None = None,
        event_id: str | None = None,
    ) -> dict[str, Any]:
        """A new row linked to a query: the log is only ever appended to."""
        parent = self._audit.get(parent_query_id)
        # the version that gave the answer, not the one answering now (counsel may have switched)
        kb_version = parent["kb_version"] if parent else self._pipeline.knowledge.version
        return self._audit.append(
            AuditRecord.note(
                kind,
                "slack",
                outcome,
                event_id=event_id,
                parent_query_id=parent_query_id,
                user_id=user,
                channel_id=channel,
                verdict=verdict,
                summary=summary,
                kb_version=kb_version,
                error=error,
            )
        )


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


def _respond_privately(respond: Respond | None, message: cards.Message) -> None:
    assert respond is not None
    response = respond(response_type="ephemeral", replace_original=False, **message)
    if response.status_code != 200:
        raise SlackClientError(f"HTTP {response.status_code}: {response.body}")


def _tell(respond: Respond, text: str) -> None:
    """A private notice to the person who clicked; its failure is only logged."""
    with _slack_errors_logged("response_url"):
        respond(text=text, response_type="ephemeral", replace_original=False)


def _describe(method: str, error: Exception) -> str:
    """One line for the log row: Slack's error code, or the HTTP status, or the exception."""
    if isinstance(error, SlackApiError):
        if error.response.status_code != 200:
            return f"{method}: Slack answered HTTP {error.response.status_code}"
        return f"{method}: Slack said {error.response.get('error', 'error')}"
    return f"{method}: {error.__class__.__name__}: {error}"


@contextlib.contextmanager
def _slack_errors_logged(method: str, quiet: bool = False) -> Iterator[None]:
    """For calls whose failure must not stop the answer (reactions, views, notices)."""
    try:
        yield
    except (SlackClientError, OSError) as exc:
        (log.debug if quiet else log.warning)("%s", _describe(method, exc))
