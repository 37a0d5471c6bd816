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
import logging
import uuid
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from slack_bolt import Ack, App, Respond
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError

from bot.audit.store import AuditLog, AuditRecord, AuditUnavailable, DuplicateEvent, LogFilter, utc_now
from bot.facts.model import StatedFacts
from bot.intake import IntakeError
from bot.pipeline import Pipeline, PipelineError
from bot.settings import SlackSettings
from bot.slack import cards
from bot.slack.text import plain_text
from bot.slack.views import (
    COUNSEL_VIEW,
    INTAKE_VIEW,
    FormContext,
    counsel_decision_view,
    home_view,
    intake_view,
    read_counsel_decision,
    read_intake,
)

__all__ = ["COMMAND", "SHORTCUT_CHECK_MESSAGE", "SHORTCUT_OPEN_FORM", "SlackTriage"]

log = logging.getLogger(__name__)

COMMAND = "/triage"
SHORTCUT_CHECK_MESSAGE = "check_request"  # message shortcut: "Check this request"
SHORTCUT_OPEN_FORM = "open_intake_form"  # global shortcut: "Check a federal request"

_HELP = (
    "Ask me whether a federal request may be fulfilled, in your own words:\n"
    "`/triage ICE wants us to hold him past release on a detainer`\n"
    "`/triage` alone opens the intake form. Only you see answers to `/triage`; mention me in a "
    "channel or message me directly to answer in a thread. Mark names like `[[Jane Doe]]`."
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

    def __init__(self, pipeline: Pipeline, audit: AuditLog, settings: SlackSettings, max_question_chars: int):
        self._pipeline = pipeline
        self._audit = audit
        self._settings = settings
        self._max_question_chars = max_question_chars

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
        app.view(INTAKE_VIEW)(ack=self.ack_intake, lazy=[self.on_intake_submitted])
        app.view(COUNSEL_VIEW)(ack=self.ack_counsel_decision, lazy=[self.on_counsel_decision])

    # ------------------------------------------------------------------ ways to ask
    def on_mention(self, event: dict[str, Any], client: WebClient) -> None:
        self._answer_message(event, client, source="slack-mention")

    def on_direct_message(self, event: dict[str, Any], client: WebClient) -> None:
        if event.get("channel_type") != "im" or event.get("subtype") or event.get("bot_id"):
            return  # edits, joins, our own messages: not questions
        self._answer_message(event, client, source="slack-dm")

    def _answer_message(self, event: Mapping[str, Any], client: WebClient, source: str) -> None:
        channel, ts = str(event["channel"]), str(event["ts"])
        thread_ts = str(event.get("thread_ts") or ts)
        reply = Reply(channel, str(event.get("user", "")), thread_ts, working_on=ts)
        question = plain_text(str(event.get("text", "")))
        parent = None
        if thread_ts != ts and question:
            # A reply in the thread of an earlier question adds to it ("he has a judge's warrant").
            root = self._audit.get_by_event(f"slack:msg:{channel}:{thread_ts}")
            if root is not None and root["kind"] == "query" and root["outcome"] == "answered":
                question = f"{root['question_masked']}\n{question}"
                parent = str(root["query_id"])
        self._deliver(client, question, f"slack:msg:{channel}:{ts}", reply, source, parent_query_id=parent)

    def ack_command(self, ack: Ack, command: dict[str, Any]) -> None:
        if command.get("text", "").strip().lower() in {"help", "?"}:
            ack(text=_HELP)
        else:
            ack()

    def on_command(self, command: dict[str, Any], client: WebClient, respond: Respond) -> None:
        text = plain_text(command.get("text", ""))
        if text.lower() in {"help", "?"}:
            return
        if not text:
            self._open_form(client, str(command["trigger_id"]), FormContext(channel=command.get("channel_id")))
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
        channel = (body.get("channel") or {}).get("id")
        message = body.get("message") or {}
        thread = message.get("thread_ts") or message.get("ts")
        self._open_form(client, str(body["trigger_id"]), FormContext(channel=channel, thread_ts=thread))

    def on_answer_questions(self, body: dict[str, Any], client: WebClient) -> None:
        query_id = str(body["actions"][0]["value"])
        row = self._audit.get(query_id) or {}
        message = body.get("message") or {}
        context = FormContext(
            channel=(body.get("channel") or {}).get("id"),
            thread_ts=message.get("thread_ts") or message.get("ts"),
            parent_query_id=query_id,
        )
        details = str(row.get("question_masked") or "")
        self._open_form(client, str(body["trigger_id"]), context, row.get("facts") or {}, details)

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

    def ack_intake(self, ack: Ack, view: dict[str, Any]) -> None:
        form = read_intake(view)
        if len(form.question) > self._max_question_chars:
            ack(response_action="errors", errors={"details": "Too long: shorten the details."})
        elif form.errors:
            ack(response_action="errors", errors=form.errors)
        else:
            ack()

    def on_intake_submitted(self, body: dict[str, Any], view: dict[str, Any], client: WebClient) -> None:
        form = read_intake(view)
        if form.errors:
            return
        user = str(body["user"]["id"])
        channel = form.context.channel or user  # a form opened from App Home answers in the DM
        reply = Reply(channel, user, form.context.thread_ts, ephemeral=form.private and channel != user)
        key = f"slack:form:{view['id']}"
        self._deliver(client, form.question, key, reply, "slack-form", form.stated, form.context.parent_query_id)

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
        if self._audit.has_event(key):
            log.info("delivery %s already answered; not answering again", key)
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
            self._post(client, reply, cards.no_verdict_message(str(exc)), None)
            return
        finally:
            self._react(client, reply, "reactions_remove")
        self._post(client, reply, cards.verdict_card(answer), answer.query_id)

    def _post(self, client: WebClient, reply: Reply, message: cards.Message, query_id: str | None) -> bool:
        """Send a message; a failure is recorded against the query (if any), never raised."""
        method = "chat.postMessage"
        try:
            if reply.ephemeral and reply.respond is not None:
                method = "response_url"
                response = reply.respond(response_type="ephemeral", replace_original=False, **message)
                if response.status_code != 200:
                    raise SlackClientError(f"HTTP {response.status_code}: {response.body}")
            elif reply.ephemeral:
                method = "chat.postEphemeral"
                client.chat_postEphemeral(channel=reply.channel, user=reply.user, thread_ts=reply.thread_ts, **message)
            else:
                client.chat_postMessage(channel=reply.channel, thread_ts=reply.thread_ts, **message)
            return True
        except (SlackClientError, OSError) as first:
            error = _describe(method, first)
        if reply.respond is not None and method != "response_url":
            # Not a member of the channel (a shortcut on a message elsewhere): answer privately.
            with contextlib.suppress(SlackClientError, OSError):
                response = reply.respond(response_type="ephemeral", replace_original=False, **message)
                if response.status_code == 200:
                    return True
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

    def on_escalate(self, body: dict[str, Any], client: WebClient, respond: Respond) -> None:
        query_id, user = str(body["actions"][0]["value"]), str(body["user"]["id"])
        counsel = self._settings.counsel_channel
        row = self._audit.get(query_id)
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
            _tell(respond, "This answer is already with counsel.")
            return
        except AuditUnavailable:
            _tell(respond, ":warning: Could not record the escalation; call the Legal Bureau.")
            return
        permalink = None
        if thread_ts:
            with _slack_errors_logged("chat.getPermalink", quiet=True):
                permalink = client.chat_getPermalink(channel=channel, message_ts=thread_ts).get("permalink")
        case = cards.counsel_case_message(row, user, permalink, answer_to.dump())
        posted = self._post(client, Reply(counsel, user), case, query_id)
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

    def on_counsel_decide(self, body: dict[str, Any], client: WebClient, respond: Respond) -> None:
        user = str(body["user"]["id"])
        if not self._is_counsel(user):
            _tell(respond, "Only counsel may record a decision.")
            return
        query_id, _, reply_to = str(body["actions"][0]["value"]).partition(" ")
        thread = FormContext.load(reply_to)
        with _slack_errors_logged("views.open"):
            client.views_open(trigger_id=body["trigger_id"], view=counsel_decision_view(query_id, thread))

    def ack_counsel_decision(self, ack: Ack, view: dict[str, Any], body: dict[str, Any]) -> None:
        decision = read_counsel_decision(view)
        user = str(body["user"]["id"])
        if not self._is_counsel(user):
            ack(response_action="errors", errors={"verdict": "Only counsel may record a decision."})
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
            self._post(client, Reply(user, user), {"text": f":warning: Your decision was NOT recorded: {exc}"}, None)
            return
        if decision.thread.channel:
            message = cards.counsel_decision_message(decision.verdict, decision.note, user, row["query_id"])
            self._post(
                client, Reply(decision.thread.channel, user, decision.thread.thread_ts), message, row["query_id"]
            )

    def _is_counsel(self, user: str) -> bool:
        allowed = self._settings.counsel_users
        return not allowed or user in allowed

    def on_home_opened(self, event: dict[str, Any], client: WebClient) -> None:
        if event.get("tab") != "home":
            return
        user = str(event["user"])
        recent = self._audit.list(LogFilter(user_id=user, kind="query", limit=10))
        with _slack_errors_logged("views.publish"):
            client.views_publish(user_id=user, view=home_view(self._pipeline.knowledge.version, recent))

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
        return self._audit.append(
            AuditRecord(
                query_id=str(uuid.uuid4()),
                created_at=utc_now(),
                source="slack",
                question_masked="",
                mask_kinds=[],
                outcome=outcome,
                kind=kind,
                event_id=event_id,
                parent_query_id=parent_query_id,
                user_id=user,
                channel_id=channel,
                verdict=verdict,
                summary=summary,
                kb_version=self._pipeline.knowledge.version,
                error=error,
            )
        )


def _tell(respond: Respond, text: str) -> None:
    """A private notice to the person who clicked; its failure is only logged."""
    with _slack_errors_logged("response_url"):
        respond(text=text, response_type="ephemeral", replace_original=False)


def _describe(method: str, error: Exception) -> str:
    if isinstance(error, SlackApiError):
        return f"{method}: Slack said {error.response.get('error', 'error')}"
    return f"{method}: {error.__class__.__name__}: {error}"


@contextlib.contextmanager
def _slack_errors_logged(method: str, quiet: bool = False) -> Iterator[None]:
    """For calls whose failure must not stop the answer (reactions, views, notices)."""
    try:
        yield
    except (SlackClientError, OSError) as exc:
        (log.debug if quiet else log.warning)("%s", _describe(method, exc))
