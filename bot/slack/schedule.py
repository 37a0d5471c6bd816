"""Jobs the serving process runs on a timer (APScheduler, in a background thread).

Every serving process runs the same schedule (the Procfile's web workers and the Socket Mode
worker alike); each job claims its step in the log, so one step is done once however many
processes look.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING

from apscheduler.schedulers.background import BackgroundScheduler

from bot.audit.checkpoint import CheckpointError, CheckpointPublisher, load_private_key
from bot.slack.reminders import OutcomeReminders

if TYPE_CHECKING:
    from slack_sdk import WebClient

    from bot.app import Services

__all__ = ["checkpoint_publisher", "start_schedule"]

log = logging.getLogger(__name__)

_REMINDER_POLL_SECONDS = 300.0  # reminders are due by the hour: a look every five minutes is plenty


def checkpoint_publisher(services: Services) -> CheckpointPublisher | None:
    """The scheduled checkpoint job as configured, or None when no key is set.

    CheckpointError (with the variable to set) when the settings are half there: a committee
    that thinks checkpoints are being published must not find out later that none were.
    """
    settings = services.settings
    if settings.checkpoint_key_file is None:
        if settings.checkpoint_dir is not None or settings.checkpoint_url is not None:
            raise CheckpointError(
                "TRIAGE_CHECKPOINT_DIR or TRIAGE_CHECKPOINT_URL is set but TRIAGE_CHECKPOINT_KEY_FILE is not: "
                "make a key with `triage audit keygen KEY` and point TRIAGE_CHECKPOINT_KEY_FILE at it"
            )
        return None
    return CheckpointPublisher(
        services.audit,
        load_private_key(settings.checkpoint_key_file),
        every_rows=settings.checkpoint_every_rows,
        every_hours=settings.checkpoint_every_hours,
        out_dir=settings.checkpoint_dir,
        url=settings.checkpoint_url,
        clock=services.clock,
    )


def start_schedule(services: Services, client: WebClient | None = None) -> BackgroundScheduler | None:
    """Start the configured jobs in a daemon thread; None when there is nothing to run.

    Signed checkpoints when a key is set; with a Slack `client`, the outcome reminders
    (TRIAGE_OUTCOME_REMINDER_HOURS, 0 for none).
    """
    publisher = checkpoint_publisher(services)
    reminder_hours = services.settings.slack.outcome_reminder_hours
    reminders = (
        OutcomeReminders(services.audit, client, dt.timedelta(hours=reminder_hours), clock=services.clock)
        if client is not None and reminder_hours > 0
        else None
    )
    if publisher is None and reminders is None:
        return None
    scheduler = BackgroundScheduler(daemon=True, timezone="UTC")
    now = services.clock()  # the first look at start, not one period later
    if publisher is not None:
        scheduler.add_job(
            publisher.tick,
            "interval",
            seconds=services.settings.checkpoint_poll_seconds,
            id="signed-checkpoint",
            max_instances=1,
            coalesce=True,
            next_run_time=now,
        )
        targets = " and ".join(str(target) for target in (publisher.out_dir, publisher.url) if target is not None)
        log.info(
            "signed checkpoints every %s rows or %s hours to %s",
            publisher.every_rows or "-",
            publisher.every_hours or "-",
            targets,
        )
    if reminders is not None:
        scheduler.add_job(
            reminders.tick,
            "interval",
            seconds=_REMINDER_POLL_SECONDS,
            id="outcome-reminders",
            max_instances=1,
            coalesce=True,
            next_run_time=now,
        )
        log.info("outcome reminders %s hours after an answer with no outcome", reminder_hours)
    scheduler.start()
    return scheduler
