"""One DM to an officer whose answer still has no outcome after a while (the register needs it).

Every serving process runs the job (bot.slack.schedule); each reminder is claimed first with a
`reminder` row whose event id is unique per answer, so one officer gets one reminder however
many processes look, and none after a restart.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging

from slack_sdk import WebClient
from slack_sdk.errors import SlackClientError

from bot.audit.outcomes import awaiting_outcome
from bot.audit.records import AuditRecord, AuditUnavailable, DuplicateEvent, LogFilter
from bot.audit.store import AuditLog
from bot.clock import Clock, system_clock
from bot.slack.cards import outcome_block

__all__ = ["REMINDER", "OutcomeReminders"]

log = logging.getLogger(__name__)

REMINDER = "reminder"  # the kind of row that claims (and records) a reminder
_WINDOW_DAYS = 30  # answers older than this are left to the register's review, not reminded


class OutcomeReminders:
    def __init__(
        self,
        audit: AuditLog,
        client: WebClient,
        after: dt.timedelta,
        clock: Clock = system_clock,
    ) -> None:
        self._audit = audit
        self._client = client
        self._after = after
        self._clock = clock

    def tick(self) -> int:
        """Remind each officer once per answer still without an outcome; how many were sent."""
        sent = 0
        now = self._clock()
        try:
            due = awaiting_outcome(self._audit, None, days=_WINDOW_DAYS, older_than=self._after, now=now)
            # reminded already: skipped before trying, so a tick takes no write lock when nothing is
            # new (the unique event id still settles a race between two processes)
            window = (now - dt.timedelta(days=_WINDOW_DAYS)).isoformat()
            reminded = {
                r["parent_query_id"] for r in self._audit.stream(LogFilter(kind=REMINDER, since=window, limit=None))
            }
        except AuditUnavailable as exc:
            log.warning("outcome reminders skipped: %s", exc)
            return 0
        for row in due:
            user, query_id = row.get("user_id"), str(row["query_id"])
            if query_id in reminded or not user or not str(row.get("source", "")).startswith("slack"):
                continue  # reminded before; or asked on the command line or the console: nobody to DM
            try:
                self._audit.append(
                    AuditRecord.note(
                        REMINDER,
                        "slack",
                        parent_query_id=query_id,
                        user_id=user,
                        kb_version=row.get("kb_version"),
                        event_id=f"slack:reminder:{query_id}",
                    )
                )
            except DuplicateEvent:
                continue  # reminded before, by this process or another
            except AuditUnavailable as exc:
                log.warning("outcome reminder for %s not claimed: %s", query_id, exc)
                continue
            if self._send(str(user), row):
                sent += 1
        return sent

    def _send(self, user: str, row: dict[str, object]) -> bool:
        query_id = str(row["query_id"])
        asked = str(row.get("created_at", ""))[:16].replace("T", " ")
        text = (
            f"What was done with the federal request you asked about on {asked} UTC "
            f"(query `{query_id[:8]}`, answer: *{row.get('verdict')}*)? The review committee reads "
            "what happened with each request."
        )
        try:
            self._client.chat_postMessage(
                channel=user,
                text=text,
                blocks=[{"type": "section", "text": {"type": "mrkdwn", "text": text}}, outcome_block(query_id)],
            )
        except (SlackClientError, OSError) as exc:
            log.error("outcome reminder for %s not delivered: %s", query_id, exc)
            with contextlib.suppress(AuditUnavailable):
                self._audit.append(
                    AuditRecord.note(
                        "delivery", "slack", outcome="error", parent_query_id=query_id, user_id=user, error=str(exc)
                    )
                )
            return False
        return True
