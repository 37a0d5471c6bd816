"""Getting an answer to the officer, once: posting, the delivery markers, and recovery after a crash.

Answered once: each delivery is named by a key that a retry or a second worker process
shares (a message's channel and timestamp, an interaction's trigger or view id). The key is
the log row's unique `event_id`, so only the first delivery can write its row, and only the
delivery that wrote the row may answer. A second row, keyed `<key>:shown`, records that the
answer reached Slack; an answer logged without one was interrupted and is posted from the log.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from slack_bolt import Respond
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError

from bot.audit.records import SHOWN, AuditRecord, AuditUnavailable, DuplicateEvent, LogFilter
from bot.audit.store import AuditLog
from bot.clock import Clock
from bot.settings import SlackSettings
from bot.slack import cards

__all__ = [
    "ANSWER_EVENT",
    "MESSAGE_KEY",
    "Courier",
    "Reply",
    "describe",
    "respond_privately",
    "slack_errors_logged",
    "tell",
]

log = logging.getLogger(__name__)

# Message metadata on every answer card posted to a conversation: finds it again after a crash.
ANSWER_EVENT = "triage_answer"
# Event ids of channel messages and DMs: slack:msg:<channel>:<ts>
MESSAGE_KEY = "slack:msg:"
# Suffix of the event id that marks a delivery's answer as shown to the officer.
_SHOWN = ":shown"
_THREAD_PAGES = 5  # of 200 messages: a question's thread is never longer in practice

# Slack errors that mean "not here" rather than "not now": the answer can go elsewhere.
_CANNOT_POST_HERE = frozenset({"not_in_channel", "channel_not_found", "is_archived", "user_not_in_channel"})


@dataclass(frozen=True)
class Reply:
    """Where an answer goes."""

    channel: str
    user: str
    thread_ts: str | None = None
    ephemeral: bool = False
    respond: Respond | None = None  # the response_url route (slash commands, shortcuts)
    working_on: str | None = None  # a message to mark with the "working" reaction


class Courier:
    """Posts to Slack and keeps the log's record of what reached the officer."""

    def __init__(self, audit: AuditLog, settings: SlackSettings, clock: Clock, answering_version: Callable[[], str]):
        self._audit = audit
        self._settings = settings
        self._clock = clock
        self._answering_version = answering_version  # the KB version answering now

    def post(
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
            attempts.append(("response_url", lambda: respond_privately(reply.respond, message)))
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
                attempts.append(("response_url", lambda: respond_privately(reply.respond, message)))
        errors = []
        for method, attempt in attempts:
            try:
                attempt()
                return True
            except (SlackClientError, OSError) as exc:
                errors.append(describe(method, exc))
                if not (isinstance(exc, SlackApiError) and exc.response.get("error") in _CANNOT_POST_HERE):
                    break
        error = "; then ".join(errors)
        log.error("could not deliver %s: %s", query_id or "a notice", error)
        if query_id is not None:
            try:
                self.record_follow_up("delivery", query_id, reply.user, reply.channel, outcome="error", error=error)
            except AuditUnavailable as exc:
                log.error("and the failed delivery of %s could not be logged: %s", query_id, exc)
        return False

    def react(self, client: WebClient, reply: Reply, method: str) -> None:
        """Add or remove (`reactions_add` / `reactions_remove`) the "working" reaction."""
        if reply.working_on is None:
            return
        with slack_errors_logged(method, quiet=True):
            getattr(client, method)(
                channel=reply.channel, timestamp=reply.working_on, name=self._settings.working_reaction
            )

    def mark_shown(self, key: str, query_id: str, reply: Reply, outcome: str) -> bool:
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
            if not key.startswith(MESSAGE_KEY) or row["query_id"] in settled:
                continue
            channel, _, ts = key.removeprefix(MESSAGE_KEY).partition(":")
            reply = Reply(channel, str(row.get("user_id") or ""), self._thread_of(row, ts))
            recovered += self.finish_interrupted(client, key, reply, row)
        return recovered

    def _thread_of(self, row: dict[str, Any], ts: str) -> str:
        """The thread an answer belongs in: its question's, or the root question's for a reply."""
        if row.get("parent_query_id"):
            with contextlib.suppress(AuditUnavailable):
                root = self._audit.get(str(row["parent_query_id"]))
                if root is not None and str(root.get("event_id") or "").startswith(MESSAGE_KEY):
                    return str(root["event_id"]).rpartition(":")[2]
        return ts

    def finish_interrupted(self, client: WebClient, key: str, reply: Reply, logged: dict[str, Any]) -> bool:
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
            self.mark_shown(key, query_id, reply, "found")
            log.info("delivery %s was shown before its marker was written; not posting again", key)
            return False
        if not self.mark_shown(key, query_id, reply, "reposted"):
            log.info("delivery %s already answered; not answering again", key)
            return False
        log.warning("delivery %s was answered but never shown: posting the logged answer", key)
        self.post(client, reply, cards.recovered_answer_message(logged), query_id, answer=True)
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
            log.warning("could not look for an earlier post of %s: %s", query_id, describe("replies", exc))
        return False

    def record_follow_up(
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
        kb_version = parent["kb_version"] if parent else self._answering_version()
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


def respond_privately(respond: Respond | None, message: cards.Message) -> None:
    """Send through the response_url, seen only by the person who acted; raises on failure."""
    assert respond is not None
    checked(respond(response_type="ephemeral", replace_original=False, **message))


def checked(response: Any) -> None:
    """A response_url answer other than HTTP 200 as the error Slack's client would raise."""
    if getattr(response, "status_code", 200) != 200:
        raise SlackClientError(f"HTTP {response.status_code}: {response.body}")


def tell(respond: Respond, text: str) -> None:
    """A private notice to the person who clicked; its failure is only logged."""
    with slack_errors_logged("response_url"):
        respond_privately(respond, {"text": text})


def describe(method: str, error: Exception) -> str:
    """One line for the log row: Slack's error code, or the HTTP status, or the exception."""
    if isinstance(error, SlackApiError):
        if error.response.status_code != 200:
            return f"{method}: Slack answered HTTP {error.response.status_code}"
        return f"{method}: Slack said {error.response.get('error', 'error')}"
    return f"{method}: {error.__class__.__name__}: {error}"


@contextlib.contextmanager
def slack_errors_logged(method: str, quiet: bool = False) -> Iterator[None]:
    """For calls whose failure must not stop the answer (reactions, views, notices)."""
    try:
        yield
    except (SlackClientError, OSError) as exc:
        (log.debug if quiet else log.warning)("%s", describe(method, exc))
