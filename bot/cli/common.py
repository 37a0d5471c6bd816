"""Helpers every command group shares: settings and services from the context, the exit codes,
role checks, the logged read of the query log, and option types."""

from __future__ import annotations

import json
import os
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

import click

# Only what every command needs is imported here; answering (the reader's patterns, Chroma, the
# models) is imported by the commands that answer, so `audit verify` or `kb status` start fast.
from bot.app import KeyFileError, NoActiveKnowledge, Services, build_pipeline
from bot.audit.records import AuditRecord, AuditUnavailable
from bot.audit.store import AuditLog
from bot.cli.exits import ExitCode, fail
from bot.masking import MaskError
from bot.retrieval.errors import EmbedderError, VectorStoreUnavailable
from bot.roles import Forbidden, Role
from bot.settings import Settings

if TYPE_CHECKING:
    from bot.pipeline import Pipeline
    from bot.web.accounts import Accounts

__all__ = [
    "SINCE",
    "UNTIL",
    "ExitCode",
    "When",
    "accounts_of",
    "enum_choice",
    "fail",
    "logged_read",
    "operator",
    "pipeline_of",
    "require_existing_log",
    "require_role",
    "reviewer_read",
    "services_of",
    "settings_of",
    "stored_version",
]


def settings_of(ctx: click.Context) -> Settings:
    settings: Settings = ctx.obj["settings"]
    return settings


def services_of(ctx: click.Context) -> Services:
    services: Services | None = ctx.obj.get("services")
    if services is None:
        services = Services(settings_of(ctx))
        ctx.obj["services"] = services
    return services


def require_existing_log(ctx: click.Context) -> None:
    """Commands that read the bot's data never create an empty log where none was meant: they
    say where they looked and how to point elsewhere (exit 2)."""
    from sqlalchemy import make_url

    settings = settings_of(ctx)
    url = make_url(settings.resolved_database_url)
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return
    if not Path(url.database).exists():
        fail(
            f"no query log at {url.database}: nothing has been ingested or asked with this data dir. "
            "Run `make run` (or `triage kb ingest`) first, or set TRIAGE_DATA_DIR (or TRIAGE_DATABASE_URL) "
            "to the bot's data",
            ExitCode.USAGE,
        )


def pipeline_of(ctx: click.Context, audit: AuditLog | None = None) -> Pipeline:
    require_existing_log(ctx)
    try:
        return build_pipeline(services_of(ctx), notify=lambda m: click.echo(f"note: {m}", err=True), audit=audit)
    except (NoActiveKnowledge, VectorStoreUnavailable, KeyFileError, MaskError) as exc:
        fail(str(exc), ExitCode.USAGE)
    except EmbedderError as exc:
        fail(f"cannot start: {exc}", ExitCode.USAGE)
    except FileNotFoundError as exc:  # prompts/ or knowledge/ not where the settings say
        fail(
            f"cannot start: {exc}. Run triage in the project folder, or set TRIAGE_PROMPTS_DIR, "
            "TRIAGE_KNOWLEDGE_DIR and TRIAGE_DATA_DIR to the project's folders",
            ExitCode.USAGE,
        )


class When(click.ParamType):  # type: ignore[type-arg]
    """A date or time as reviewers type it (bot.audit.when), as the bound the log compares with."""

    name = "date"

    def __init__(self, until: bool) -> None:
        self.until = until

    def convert(self, value: object, param: click.Parameter | None, ctx: click.Context | None) -> str:
        from bot.audit.when import DateError, since_bound, until_bound

        try:
            return (until_bound if self.until else since_bound)(str(value))
        except DateError as exc:
            self.fail(str(exc), param, ctx)


SINCE, UNTIL = When(until=False), When(until=True)


def stored_version(services: Services, prefix: str) -> str:
    """The one stored KB version starting with `prefix`, or exit 2 saying why not."""
    try:
        return services.kb.resolve(prefix)
    except KeyError as exc:
        fail(str(exc.args[0]), ExitCode.USAGE)


def operator(ctx: click.Context) -> str:
    """Who runs the command line: TRIAGE_OPERATOR, else the login name (from the environment or,
    where $USER is unset as in cron and containers, the account database)."""
    import getpass

    configured = settings_of(ctx).operator
    if configured:
        return configured
    try:
        return f"local:{getpass.getuser()}"
    except (KeyError, OSError):  # no name for this uid anywhere
        return f"local:uid-{os.getuid()}"


def require_role(ctx: click.Context, role: Role, action: str) -> str:
    """The operator, if they hold `role`; else exit 4 naming the setting that grants it."""
    user = operator(ctx)
    try:
        settings_of(ctx).roles.require(user, role, action)
    except Forbidden as exc:
        fail(str(exc), ExitCode.FORBIDDEN)
    return user


def reviewer_read(ctx: click.Context, command: str, **details: object) -> AuditLog:
    """Check the reviewer role and log the read itself before anything is shown."""
    return logged_read(ctx, command, Role.REVIEWER, details)


def logged_read(ctx: click.Context, command: str, role: Role, details: dict[str, object]) -> AuditLog:
    """Check `role` and log the read of the query log before anything is shown."""
    user = require_role(ctx, role, "read the query log")
    require_existing_log(ctx)
    log = services_of(ctx).audit
    shown = {key: value for key, value in details.items() if value not in (None, False, "")}
    try:
        summary = json.dumps({"command": command, **shown}, sort_keys=True, default=str)
        log.append(AuditRecord.note("review_read", "cli", user_id=user, summary=summary))
    except AuditUnavailable as exc:
        fail(f"this read could not be logged, so nothing is shown: {exc}", ExitCode.NO_RECORD)
    return log


def enum_choice(enum: type[StrEnum], skip: tuple[str, ...] = ("unknown", "none")) -> click.Choice:  # type: ignore[type-arg]
    return click.Choice([member.value for member in enum if member.value not in skip], case_sensitive=False)


def accounts_of(ctx: click.Context) -> Accounts:
    from bot.web.accounts import Accounts

    return Accounts(services_of(ctx).engine, settings_of(ctx).console)
