"""`triage`: a thin command line over the services. No decisions are made here."""

from __future__ import annotations

import contextlib
import csv
import dataclasses
import datetime as dt
import json
import os
import shutil
import sys
from collections.abc import Callable, Iterator
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import click
from pydantic import ValidationError
from rich.console import Console
from rich.progress import Progress

# Only what every command needs is imported here; answering (the reader's patterns, Chroma, the
# models) is imported by the commands that answer, so `audit verify` or `kb status` start fast.
from bot.app import AlreadyActive, KeyFileError, NoActiveKnowledge, Services, build_pipeline, ingest
from bot.audit.store import ROW_KINDS, AuditLog, AuditRecord, AuditUnavailable, ChainBroken, LogFilter
from bot.clock import local_today
from bot.facts.model import Agency, Ask, Purpose, StatedFacts, Warrant
from bot.intake import IntakeError
from bot.kb.errors import KnowledgeErrors
from bot.masking import MaskError
from bot.retrieval.errors import EmbedderError, VectorStoreUnavailable
from bot.roles import Forbidden, Role
from bot.settings import Settings

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from bot.pipeline import Pipeline
    from bot.web.accounts import Accounts

__all__ = ["main"]

EXIT_REJECTED = 1
EXIT_NO_RECORD = 3
EXIT_FORBIDDEN = 4


def _fail(message: str, code: int = 1) -> NoReturn:
    click.echo(f"error: {message}", err=True)
    sys.exit(code)


def _settings(ctx: click.Context) -> Settings:
    settings: Settings = ctx.obj["settings"]
    return settings


def _services(ctx: click.Context) -> Services:
    services: Services | None = ctx.obj.get("services")
    if services is None:
        services = Services(_settings(ctx))
        ctx.obj["services"] = services
    return services


def _existing_log(ctx: click.Context) -> None:
    """Commands that read the bot's data never create an empty log where none was meant: they
    say where they looked and how to point elsewhere (exit 2)."""
    from sqlalchemy import make_url

    settings = _settings(ctx)
    url = make_url(settings.resolved_database_url)
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return
    if not Path(url.database).exists():
        _fail(
            f"no query log at {url.database}: nothing has been ingested or asked with this data dir. "
            "Run `make run` (or `triage kb ingest`) first, or set TRIAGE_DATA_DIR (or TRIAGE_DATABASE_URL) "
            "to the bot's data",
            2,
        )


def _pipeline(ctx: click.Context, audit: AuditLog | None = None) -> Pipeline:
    _existing_log(ctx)
    try:
        return build_pipeline(_services(ctx), notify=lambda m: click.echo(f"note: {m}", err=True), audit=audit)
    except (NoActiveKnowledge, VectorStoreUnavailable, KeyFileError, MaskError) as exc:
        _fail(str(exc), 2)
    except EmbedderError as exc:
        _fail(f"cannot start: {exc}", 2)
    except FileNotFoundError as exc:  # prompts/ or knowledge/ not where the settings say
        _fail(
            f"cannot start: {exc}. Run triage in the project folder, or set TRIAGE_PROMPTS_DIR, "
            "TRIAGE_KNOWLEDGE_DIR and TRIAGE_DATA_DIR to the project's folders",
            2,
        )


class _When(click.ParamType):  # type: ignore[type-arg]
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


_SINCE, _UNTIL = _When(until=False), _When(until=True)


def _stored_version(services: Services, prefix: str) -> str:
    """The one stored KB version starting with `prefix`, or exit 2 saying why not."""
    try:
        return services.kb.resolve(prefix)
    except KeyError as exc:
        _fail(str(exc.args[0]), 2)


def _operator(ctx: click.Context) -> str:
    """Who runs the command line: TRIAGE_OPERATOR, else the login name (from the environment or,
    where $USER is unset as in cron and containers, the account database)."""
    import getpass

    configured = _settings(ctx).operator
    if configured:
        return configured
    try:
        return f"local:{getpass.getuser()}"
    except (KeyError, OSError):  # no name for this uid anywhere
        return f"local:uid-{os.getuid()}"


def _require(ctx: click.Context, role: Role, action: str) -> str:
    """The operator, if they hold `role`; else exit 4 naming the setting that grants it."""
    user = _operator(ctx)
    try:
        _settings(ctx).roles.require(user, role, action)
    except Forbidden as exc:
        _fail(str(exc), EXIT_FORBIDDEN)
    return user


def _reviewer_read(ctx: click.Context, command: str, **details: object) -> AuditLog:
    """Check the reviewer role and log the read itself before anything is shown."""
    return _logged_read(ctx, command, Role.REVIEWER, details)


def _logged_read(ctx: click.Context, command: str, role: Role, details: dict[str, object]) -> AuditLog:
    """Check `role` and log the read of the query log before anything is shown."""
    user = _require(ctx, role, "read the query log")
    _existing_log(ctx)
    log = _services(ctx).audit
    shown = {key: value for key, value in details.items() if value not in (None, False, "")}
    try:
        summary = json.dumps({"command": command, **shown}, sort_keys=True, default=str)
        log.append(AuditRecord.note("review_read", "cli", user_id=user, summary=summary))
    except AuditUnavailable as exc:
        _fail(f"this read could not be logged, so nothing is shown: {exc}", EXIT_NO_RECORD)
    return log


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.pass_context
def main(ctx: click.Context) -> None:
    """Request Triage Bot: may an NYPD officer fulfil this federal request?

    Answers come from counsel's rules table (knowledge/rules.yaml), quote the policy
    passages of the active knowledge-base version, and are logged before they are shown.
    """
    try:
        ctx.obj = {"settings": Settings()}
    except ValidationError as exc:
        _fail(f"bad setting: {exc}", 2)


# ---------------------------------------------------------------------------------- ask
@main.command()
@click.argument("question", required=False)
@click.option("--json", "as_json", is_flag=True, help="JSON output; with no QUESTION, read JSON Lines from stdin.")
@click.option(
    "--blocks", "as_blocks", is_flag=True, help="Print the Slack verdict card (Block Kit JSON, for Block Kit Builder)."
)
@click.option("--full", is_flag=True, help="Quote whole policy passages, not the short excerpts.")
@click.option("--user", default=None, help="Who is asking (recorded in the log).")
@click.option(
    "--paragraphs",
    is_flag=True,
    help="Standard input holds questions separated by blank lines (e.g. e-mails), not one per line.",
)
@click.pass_context
def ask(
    ctx: click.Context,
    question: str | None,
    as_json: bool,
    as_blocks: bool,
    full: bool,
    user: str | None,
    paragraphs: bool,
) -> None:
    """Answer one QUESTION, or a batch from standard input.

    \b
    triage ask "ICE sent an I-247A, can we hold him?"
    triage ask --full "..."                 # whole policy passages instead of short excerpts
    triage ask --blocks "..."               # the card Slack would show
    triage ask --json < questions.jsonl     # {"id": ..., "question": ...} per line
    echo "..." | triage ask                 # one question per line, text answers
    triage ask --paragraphs < emails.txt    # questions separated by blank lines
    """
    from bot.batch import answer_lines
    from bot.console import run_console
    from bot.pipeline import PipelineError
    from bot.render import render_text

    user = user or _operator(ctx)
    if question is None and sys.stdin.isatty():
        _fail("give a QUESTION, or pipe questions on standard input (see --help)", 2)
    pipeline = _pipeline(ctx)
    if question is not None:
        raw = question.encode("utf-8", "surrogateescape")
        try:
            answer = pipeline.answer(raw, user_id=user)
        except IntakeError as exc:
            _fail(str(exc), EXIT_REJECTED)
        except (PipelineError, AuditUnavailable) as exc:
            _fail(f"no verdict given - {exc}", EXIT_NO_RECORD)
        if as_blocks:
            from bot.slack.cards import verdict_card

            click.echo(json.dumps(verdict_card(answer), ensure_ascii=False, indent=2))
        else:
            click.echo(json.dumps(answer.contract(), ensure_ascii=False) if as_json else render_text(answer, full))
        return
    if as_json:
        fatal = False
        for line in answer_lines(pipeline, sys.stdin.buffer, user_id=user, warn=lambda m: click.echo(m, err=True)):
            fatal = fatal or bool(line.pop("fatal", False))
            click.echo(json.dumps(line, ensure_ascii=False))
        sys.exit(EXIT_NO_RECORD if fatal else 0)
    sys.exit(run_console(pipeline, sys.stdin, sys.stdout, sys.stderr, user, paragraphs=paragraphs))


# ------------------------------------------------------------------------------- record
def _enum_choice(enum: type[StrEnum], skip: tuple[str, ...] = ("unknown", "none")) -> click.Choice:  # type: ignore[type-arg]
    return click.Choice([member.value for member in enum if member.value not in skip], case_sensitive=False)


@main.command()
@click.argument("query_id", required=False)
@click.option(
    "--outcome",
    type=click.Choice(["declined", "fulfilled", "referred", "pending"], case_sensitive=False),
    required=True,
    help="What was done with the federal request (referred: to the Legal Bureau).",
)
@click.option("--note", default=None, help="A line for the review committee (masked like every typed text).")
@click.option("--new", "new", is_flag=True, help="Register a request that was handled without asking the bot.")
@click.option("--agency", type=_enum_choice(Agency), help="--new: who asked.")
@click.option("--asks", "asks", multiple=True, type=_enum_choice(Ask), help="--new: what they asked (repeatable).")
@click.option("--warrant", type=_enum_choice(Warrant, ("unknown",)), help="--new: the paperwork they had.")
@click.option("--purpose", type=_enum_choice(Purpose), help="--new: the purpose they gave.")
@click.option("--details", default="", help="--new: the request in your words (masked; mark names [[Jane Doe]]).")
@click.option("--user", default=None, help="Who records it (default: TRIAGE_OPERATOR, else your login).")
@click.option("--json", "as_json", is_flag=True, help="Print the stored outcome row as JSON.")
@click.pass_context
def record(
    ctx: click.Context,
    query_id: str | None,
    outcome: str,
    note: str | None,
    new: bool,
    agency: str | None,
    asks: tuple[str, ...],
    warrant: str | None,
    purpose: str | None,
    details: str,
    user: str | None,
    as_json: bool,
) -> None:
    """Record what was done with a federal request, for the register.

    QUERY_ID (a unique prefix, or `last`) names the answer it followed. With --new, the
    request was handled without asking: it is decided by the same rules and logged with
    what was done, so the register shows whether the response matched policy.

    \b
    triage record last --outcome declined
    triage record 7c0f --outcome referred --note "Legal Bureau has it"
    triage record --new --agency ice_ero --asks hold --warrant detainer_only --outcome declined
    """
    from bot.audit.outcomes import OUTCOMES, OutcomeRefused, record_outcome
    from bot.pipeline import PipelineError

    if new == (query_id is not None):
        _fail("give a QUERY_ID, or --new for a request that was not asked about (not both)", 2)
    if not new and (agency or asks or warrant or purpose or details):
        _fail("--agency, --asks, --warrant, --purpose and --details describe a --new request", 2)
    if new and (agency is None or not asks):
        _fail("--new needs at least --agency and --asks (what was asked of you)", 2)
    _existing_log(ctx)
    who = user or _operator(ctx)
    against = None
    try:
        if new:
            from bot.unasked import record_request

            assert agency is not None
            stated = StatedFacts(
                agency=Agency(agency),
                asks=frozenset(Ask(a) for a in asks),
                warrant=Warrant(warrant) if warrant else None,
                purpose=Purpose(purpose) if purpose else None,
            )
            recorded = record_request(
                _pipeline(ctx),
                _services(ctx).audit,
                stated,
                outcome,
                user_id=who,
                source="cli",
                details=details,
                note=note,
            )
            row, against = recorded.outcome, recorded.against_advice
            click.echo(
                f"the rules say: {recorded.answer.verdict} ({recorded.answer.rule_id}: {recorded.answer.rule_title})",
                err=as_json,
            )
        else:
            assert query_id is not None
            row = record_outcome(_services(ctx).audit, query_id, outcome, user_id=who, source="cli", note=note)
    except (OutcomeRefused, IntakeError) as exc:
        _fail(str(exc), 2)
    except (AuditUnavailable, PipelineError) as exc:
        _fail(f"nothing recorded - {exc}", EXIT_NO_RECORD)
    if as_json:
        click.echo(json.dumps(row, ensure_ascii=False, default=str))
    else:
        click.echo(f"recorded: {OUTCOMES[row['outcome']]} for query {row['parent_query_id']}")
    if against:
        click.echo(f"flagged for review: {against}", err=True)


# -------------------------------------------------------------------------------- serve
@main.command()
@click.option(
    "--socket", "mode", flag_value="socket", help="Slack Socket Mode (needs SLACK_BOT_TOKEN, SLACK_APP_TOKEN)."
)
@click.option(
    "--http", "mode", flag_value="http", help="Slack over HTTP (needs SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET)."
)
@click.option("--console", "mode", flag_value="console", help="The local console on standard input.")
@click.option("--host", default="127.0.0.1", show_default=True, help="HTTP mode: address to listen on.")
@click.option("--port", type=int, default=3000, show_default=True, help="HTTP mode: port to listen on.")
@click.pass_context
def serve(ctx: click.Context, mode: str | None, host: str, port: int) -> None:
    """Start the bot.

    Without an option: Socket Mode when SLACK_BOT_TOKEN and SLACK_APP_TOKEN are set, else
    the local console. HTTP mode serves POST /slack/events and GET /healthz; in production
    run `uvicorn --factory bot.slack.asgi:create_app` instead (see the Procfile).
    """
    settings = _settings(ctx)
    mode = mode or ("socket" if settings.slack.configured else "console")
    if mode == "console":
        from bot.console import run_console

        sys.exit(run_console(_pipeline(ctx), sys.stdin, sys.stdout, sys.stderr, _operator(ctx)))

    import logging

    from bot.slack.runtime import SlackSetupError, http_app, prepare, recover_in_background, run_socket_mode

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        slack_app = prepare(settings, mode, _services(ctx))
    except SlackSetupError as exc:
        _fail(f"cannot start Slack {mode} mode: {exc}", 2)
    except (NoActiveKnowledge, VectorStoreUnavailable, KeyFileError, MaskError) as exc:
        _fail(str(exc), 2)
    except EmbedderError as exc:
        _fail(f"cannot start: {exc}", 2)
    version = slack_app.pipeline.knowledge.version
    recover_in_background(slack_app)
    from bot.audit.checkpoint import CheckpointError
    from bot.schedule import start_schedule

    try:
        start_schedule(slack_app.services, slack_app.bolt.client)
    except CheckpointError as exc:
        _fail(f"cannot start the checkpoint schedule: {exc}", 2)
    if mode == "http":
        import uvicorn

        from bot.web.server import console_mount, uvicorn_log_config

        click.echo(f"Slack HTTP mode on http://{host}:{port}/slack/events (KB {version})", err=True)
        if settings.console.with_slack:
            click.echo(f"console on http://{host}:{port}/console/", err=True)
        app = http_app(slack_app, extra_routes=console_mount(slack_app.services))
        uvicorn.run(app, host=host, port=port, log_level="info", proxy_headers=True, log_config=uvicorn_log_config())
    else:
        click.echo(f"Slack Socket Mode (KB {version}); Ctrl-C to stop", err=True)
        with contextlib.suppress(KeyboardInterrupt):
            run_socket_mode(slack_app)


# ------------------------------------------------------------------------------ console
@main.command("console")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=int, default=8080, show_default=True, help="Port to listen on.")
@click.pass_context
def console_command(ctx: click.Context, host: str, port: int) -> None:
    """Serve the web console for reviewers and counsel at http://HOST:PORT/console/.

    Sign-in accounts are made with `triage users add`. `triage serve --http` serves the same
    console at /console beside the Slack endpoint.
    """
    import uvicorn
    from sqlalchemy.exc import SQLAlchemyError

    from bot.web.server import standalone_app, uvicorn_log_config

    services = _services(ctx)
    try:
        services.engine  # noqa: B018 - opens (and migrates) the log database now, with a clear error
        users = len(_accounts(ctx).list())
    except SQLAlchemyError as exc:
        _fail(f"cannot open the log database: {exc.__class__.__name__}: {exc}", 2)
    if not users:
        click.echo("note: no console accounts yet: add one with `triage users add NAME --role reviewer`", err=True)
    click.echo(f"console on http://{host}:{port}/console/", err=True)
    uvicorn.run(
        standalone_app(services),
        host=host,
        port=port,
        log_level="info",
        proxy_headers=True,
        log_config=uvicorn_log_config(),
    )


def _accounts(ctx: click.Context) -> Accounts:
    from bot.web.accounts import Accounts

    return Accounts(_services(ctx).engine, _settings(ctx).console)


def _new_password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\n")
    if not sys.stdin.isatty():
        _fail("no terminal to ask for the password on: pass --password-stdin and pipe it in", 2)
    password: str = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    return password


@main.group()
def users() -> None:
    """Web console accounts (reviewers, counsel, admins). Officers need none: they use Slack."""


def _change_account(
    ctx: click.Context, action: str, name: str, change: Callable[[Connection], object], **shown: str
) -> None:
    """Make an account change and log it (kind `account_change`) in one transaction."""
    from bot.web.accounts import AccountError

    operator = _require(ctx, Role.COUNSEL, "manage console accounts")

    def logged(connection: Connection) -> AuditRecord:
        change(connection)
        summary = json.dumps({"action": action, "account": name, **shown}, sort_keys=True)
        return AuditRecord.note("account_change", "cli", user_id=operator, summary=summary)

    try:
        _services(ctx).audit.append_with(logged)
    except AccountError as exc:
        _fail(str(exc), 1)
    except AuditUnavailable as exc:
        _fail(f"the change could not be logged, so it was not made: {exc}", EXIT_NO_RECORD)


@users.command("add")
@click.argument("name")
@click.option("--role", type=click.Choice(["reviewer", "counsel", "admin"]), required=True)
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input (for scripts).")
@click.pass_context
def users_add(ctx: click.Context, name: str, role: str, password_stdin: bool) -> None:
    """Add an account NAME: reviewers read the log, counsel also manage the knowledge base, admins
    read the log and see the accounts. Only counsel may manage accounts (TRIAGE_COUNSEL)."""
    from bot.web.accounts import ConsoleRole

    password = _new_password(password_stdin)
    accounts = _accounts(ctx)
    _change_account(ctx, "add", name, lambda c: accounts.add(name, ConsoleRole(role), password, c), role=role)
    click.echo(f"added {name} ({role})")


@users.command("passwd")
@click.argument("name")
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input (for scripts).")
@click.pass_context
def users_passwd(ctx: click.Context, name: str, password_stdin: bool) -> None:
    """Set a new password for NAME (re-enables a disabled account; signs out its sessions)."""
    password = _new_password(password_stdin)
    accounts = _accounts(ctx)
    _change_account(ctx, "passwd", name, lambda c: accounts.set_password(name, password, c))
    click.echo(f"password changed for {name}")


@users.command("disable")
@click.argument("name")
@click.pass_context
def users_disable(ctx: click.Context, name: str) -> None:
    """Stop NAME from signing in (their open sessions end at once)."""
    accounts = _accounts(ctx)
    _change_account(ctx, "disable", name, lambda c: accounts.disable(name, c))
    click.echo(f"disabled {name}")


@users.command("list")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def users_list(ctx: click.Context, as_json: bool) -> None:
    """Every console account and its role."""
    _require(ctx, Role.COUNSEL, "see the console accounts")
    accounts = _accounts(ctx).list()
    if as_json:
        for account in accounts:
            click.echo(
                json.dumps(
                    {
                        "name": account.name,
                        "role": account.role.value,
                        "created_at": account.created_at,
                        "disabled": account.disabled,
                    }
                )
            )
        return
    if not accounts:
        click.echo("no console accounts: add one with `triage users add NAME --role reviewer`")
    for account in accounts:
        state = "  (disabled)" if account.disabled else ""
        click.echo(f"{account.name:<24} {account.role.value:<9} since {account.created_at[:10]}{state}")


# ----------------------------------------------------------------------------------- kb
@main.group()
def model() -> None:
    """The local embedding model: export it for ONNX Runtime, check it."""


@model.command("export")
@click.option("--force", is_flag=True, help="Export again even if an export for these weights exists.")
@click.option(
    "--isolated/--here",
    default=None,
    help="Trace in a throw-away environment with torch (the default where torch is not installed) "
    "or with the torch installed here.",
)
@click.option("--quiet", "-q", is_flag=True, help="Print only the path.")
@click.pass_context
def model_export(ctx: click.Context, force: bool, isolated: bool | None, quiet: bool) -> None:
    """Write the ONNX model the bot serves with (once; `make install` runs this).

    Torch is needed for this step only. Where it is not installed (a serving install), it is put
    into a throw-away environment for the trace (about a minute, from the package index) and
    deleted afterwards; the weights' sha256 is checked before, and the graph must reproduce
    torch's embeddings after, or nothing is kept.
    """
    from bot.retrieval.onnx_embedder import export_onnx

    def say(line: str) -> None:
        if not quiet:
            click.echo(f"  {line}", err=True)

    try:
        path = export_onnx(_settings(ctx).embedder, force=force, say=say, isolated=isolated)
    except EmbedderError as exc:
        _fail(str(exc), 2)
    click.echo(path if quiet else f"ONNX embedding model: {path}")


@model.command("check")
@click.pass_context
def model_check(ctx: click.Context) -> None:
    """Which embedding backend answers, whether its files verify, and one embedding's cost."""
    import time

    from bot.retrieval.onnx_embedder import make_embedder

    embedder = make_embedder(_settings(ctx).embedder)
    try:
        path = embedder.verify()
        started = time.perf_counter()
        [vector] = embedder.embed(["check the embedding model"])
    except EmbedderError as exc:
        _fail(str(exc), 2)
    took = (time.perf_counter() - started) * 1000
    click.echo(f"{type(embedder).__name__} {embedder.model_id} at {path}: ok, {len(vector)} dimensions, {took:.0f} ms")


@main.group()
def kb() -> None:
    """Counsel's knowledge base: check, stage, see the impact, activate, roll back, review queue."""


@kb.command("check")
@click.argument("path", type=click.Path(path_type=Path), required=False)
@click.pass_context
def kb_check(ctx: click.Context, path: Path | None) -> None:
    """Validate PATH (default: the knowledge folder) without loading anything."""
    from bot.bundle import load_bundle

    directory = path or _settings(ctx).knowledge_dir
    try:
        bundle = load_bundle(directory)
    except KnowledgeErrors as exc:
        for error in exc.errors:
            click.echo(str(error), err=True)
        _fail(f"{len(exc.errors)} problem(s); nothing was loaded", 1)
    click.echo(
        f"ok: {len(bundle.documents)} documents, {len(bundle.passages)} passages, "
        f"{len(bundle.rules.rules)} rules, version {bundle.version}"
    )
    from bot.rules.quotes import semantic_exceptions

    for line in semantic_exceptions(bundle.rules):
        click.echo(f"note: {line} (declared with trusts_semantic)")


@kb.command("ingest")
@click.argument("path", type=click.Path(path_type=Path), required=False)
@click.option("--quiet", is_flag=True, help="No progress bar and no summary (a staged version is still announced).")
@click.option("--stage", "mode", flag_value="stage", help="Store the version; never activate it.")
@click.option("--activate", "mode", flag_value="activate", help="Store the version and make it the one that answers.")
@click.pass_context
def kb_ingest(ctx: click.Context, path: Path | None, quiet: bool, mode: str | None) -> None:
    """Validate, embed and store the knowledge folder PATH (default: TRIAGE_KNOWLEDGE_DIR).

    Which version answers never changes silently: the first version of an empty data dir is
    activated; after that a folder that differs from the active version is staged, and the
    command says so (see `kb diff`, `kb impact`, then `kb activate`), unless --activate. Every
    activation is logged (`kb_activation`). A folder that is already active changes nothing.
    """
    operator = _require(ctx, Role.COUNSEL, "change the knowledge base")
    directory = path or _settings(ctx).knowledge_dir
    from rich.progress import Progress

    with Progress(disable=quiet or not sys.stderr.isatty(), transient=True) as bar:
        task = bar.add_task("embedding passages", total=None)
        try:
            result = ingest(
                _services(ctx),
                directory,
                progress=lambda done, total: bar.update(task, completed=done, total=total),
                activate={"stage": False, "activate": True}.get(mode or ""),
                actor=operator,
                source="cli",
            )
        except KnowledgeErrors as exc:
            for error in exc.errors:
                click.echo(str(error), err=True)
            _fail(f"{len(exc.errors)} problem(s) in {directory}; nothing was loaded, the active version is unchanged")
        except EmbedderError as exc:
            _fail(f"cannot embed: {exc}", 2)
        except VectorStoreUnavailable as exc:
            _fail(str(exc), 2)
        except AuditUnavailable as exc:
            _fail(f"the activation could not be logged, so the active version is unchanged: {exc}", EXIT_NO_RECORD)
    size = f"{result.documents} documents, {result.passages} passages"
    if result.version == result.previous:
        verb = "unchanged: already the active version"
    elif result.activated:
        verb = (
            ("embedded" if result.embedded else "already built")
            + "; active"
            + (f" (was {result.previous})" if result.previous else " (the first version)")
        )
    else:
        verb = ("embedded" if result.embedded else "already built") + "; staged, not active"
    if not quiet:
        click.echo(f"KB {result.version}: {size} {verb}")
    if result.staged and result.previous:
        click.echo(
            f"note: {directory} differs from the active version {result.previous}, which keeps answering. "
            f"To switch: triage kb diff {result.version[:12]}; triage kb impact {result.version[:12]}; "
            f"triage kb activate {result.version[:12]}",
            err=True,
        )


@kb.command("status")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def kb_status(ctx: click.Context, as_json: bool) -> None:
    """List knowledge-base versions (* marks the active one) and where the folder stands."""
    _existing_log(ctx)
    services = _services(ctx)
    versions = services.kb.versions()
    folder = _folder_state(services)
    if as_json:
        click.echo(json.dumps({"versions": versions, "folder": folder}, indent=2))
        return
    if not versions:
        click.echo("no versions yet: run `triage kb ingest`")
    for v in versions:
        mark = "*" if v["active"] else " "
        click.echo(f"{mark} {v['version']}  {v['created_at']}  {v['documents']} documents  {v['passages']} passages")
    click.echo(f"folder {folder['path']}: {folder['state']}")


def _folder_state(services: Services) -> dict[str, str | None]:
    """What the knowledge folder holds against the stored and active versions."""
    from bot.bundle import load_bundle

    directory = services.settings.knowledge_dir
    try:
        version: str | None = load_bundle(directory).version
    except (KnowledgeErrors, OSError) as exc:
        count = len(exc.errors) if isinstance(exc, KnowledgeErrors) else 1
        return {"path": str(directory), "version": None, "state": f"does not load ({count} problem(s): kb check)"}
    assert version is not None
    if version == services.kb.active_version():
        state = f"{version}, the active version"
    elif services.kb.has(version):
        state = f"{version}, stored but NOT active (triage kb activate {version[:12]})"
    else:
        state = f"{version}, not ingested: it differs from every stored version (triage kb ingest)"
    return {"path": str(directory), "version": version, "state": state}


@kb.command("diff")
@click.argument("first")
@click.argument("second", required=False)
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def kb_diff(ctx: click.Context, first: str, second: str | None, as_json: bool) -> None:
    """What would change: `kb diff V` from the active version to V; `kb diff A B` from A to B.

    Passages added, removed and changed (each with its changed words marked [-old-] {+new+}),
    rules added, removed, changed or reordered, and offence lists. A version is named by a
    unique prefix of its hash, or as `active`, `latest` (stored last) or `previous` (the one the
    last switch replaced).
    """
    from bot.kb.diff import diff_versions

    _existing_log(ctx)
    store = _services(ctx).kb
    try:
        if second is None:
            old_version, new_version = store.active_version(), store.resolve(first)
            if old_version is None:
                raise KeyError("no version is active yet: `kb diff A B` compares two stored versions")
        else:
            old_version, new_version = store.resolve(first), store.resolve(second)
        result = diff_versions(store.load(old_version), store.load(new_version))
    except KeyError as exc:
        _fail(str(exc.args[0]), 2)
    if as_json:
        click.echo(json.dumps(dataclasses.asdict(result), indent=2))
    else:
        click.echo("\n".join(result.lines()))


@kb.command("impact")
@click.argument("candidate")
@click.option("--since", type=_SINCE, help="Replay logged questions from this date (default: the last 90 days).")
@click.option("--until", type=_UNTIL, help="... up to and including this date.")
@click.option(
    "--questions",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="A JSONL file of {id, question} instead of the log (e.g. an evaluation set).",
)
@click.option(
    "--on",
    "on_day",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    help="Decide as of this date (default: today), e.g. the day a new rule takes effect.",
)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per changed answer; the summary goes to stderr.")
@click.option("--strict", is_flag=True, help="Exit 1 if any answer would become permitted (for a pre-merge check).")
@click.pass_context
def kb_impact(
    ctx: click.Context,
    candidate: str,
    since: str | None,
    until: str | None,
    questions: Path | None,
    on_day: dt.datetime | None,
    as_json: bool,
    strict: bool,
) -> None:
    """Which answers would change if CANDIDATE (e.g. staged with `kb ingest --stage`) were active.

    Each question is decided with the active version and with the candidate, both as of the
    same day; every changed verdict, rule, set of quoted authorities or questions is listed.
    Nothing is logged as a query; reading the log is logged as a review read.
    """
    from bot.explain import Explainer
    from bot.prompts import load_prompts
    from bot.review.impact import AskedQuestion, ImpactReport, compare, questions_from_jsonl, questions_from_log

    _require(ctx, Role.COUNSEL, "see the impact of a knowledge-base change")
    services = _services(ctx)
    chosen = _stored_version(services, candidate)
    asked: list[AskedQuestion]
    if questions is not None:
        try:
            asked = questions_from_jsonl(questions)
        except ValueError as exc:
            _fail(str(exc), 2)
    else:
        start = since or (dt.datetime.now(dt.UTC) - dt.timedelta(days=90)).date().isoformat()
        log = _logged_read(ctx, "kb impact", Role.COUNSEL, {"candidate": chosen, "since": start, "until": until})
        rows = log.stream(LogFilter(since=start, until=until, kind="query", outcome="answered", limit=None))
        try:
            asked = questions_from_log(rows)
        except AuditUnavailable as exc:
            _fail(f"cannot read the query log: {exc}", EXIT_NO_RECORD)
    day = on_day.date() if on_day else local_today()
    try:
        active = services.load_knowledge(today=lambda: day)
        staged = services.load_knowledge(chosen, today=lambda: day)
    except NoActiveKnowledge as exc:
        _fail(str(exc), 2)
    except (VectorStoreUnavailable, EmbedderError) as exc:
        _fail(f"cannot load the knowledge base: {exc}", 2)
    report = ImpactReport(active.version, chosen, day)
    explainer = Explainer(load_prompts(_settings(ctx).prompts_dir))
    with Progress(disable=as_json or not sys.stderr.isatty(), transient=True, console=Console(stderr=True)) as bar:
        task = bar.add_task("replaying questions", total=len(asked))
        for item in asked:
            change = compare(active, staged, explainer, item, day)
            report.add(change)
            bar.advance(task)
            if change is None:
                continue
            click.echo(json.dumps(change.to_json(), ensure_ascii=False) if as_json else change.line())
    click.echo(report.summary(), err=as_json)
    if strict and report.newly_permitted:
        _fail(f"{len(report.newly_permitted)} answer(s) would become permitted", 1)


@kb.command("queue")
@click.option("--since", type=_SINCE, help="Only flags from this date on (e.g. 2026-10-01, 7d).")
@click.option("--all", "include_decided", is_flag=True, help="Also show answers counsel has already decided.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per flagged answer.")
@click.pass_context
def kb_queue(ctx: click.Context, since: str | None, include_decided: bool, as_json: bool) -> None:
    """Answers officers escalated or marked wrong: what counsel should review, by rule and passage."""
    from bot.review.queue import review_queue

    log = _logged_read(ctx, "kb queue", Role.COUNSEL, {"since": since, "all": include_decided})
    try:
        queue = review_queue(log, since=since, include_decided=include_decided)
    except AuditUnavailable as exc:
        _fail(f"cannot read the query log: {exc}", EXIT_NO_RECORD)
    if as_json:
        for item in queue.items:
            click.echo(json.dumps(item.to_json(), ensure_ascii=False))
        return
    if not queue.items:
        click.echo("Nothing officers escalated or marked wrong" + (f" since {since}." if since else "."))
    # the bot's own `escalate` answers are cases too (the quarterly report lists them as pending);
    # R0 (no federal request at all) is not
    escalate = LogFilter(since=since, kind="query", verdict="escalate", limit=None)
    unsent = log.matching(escalate) - log.matching(dataclasses.replace(escalate, rule_id="R0"))
    unsent -= sum(1 for item in queue.items if item.verdict == "escalate")  # listed above already
    if unsent > 0:
        click.echo(
            f"The bot itself answered {unsent} question(s) `escalate` that no officer sent on "
            f"(R0 noise not counted): triage audit list --verdict escalate"
            + (f" --since {since[:10]}" if since else "")
        )
    if not queue.items:
        return
    for item in queue.items:
        state = "OPEN" if item.open else f"decided {item.decision['verdict'] if item.decision else ''}"
        question = " ".join(item.question.split())
        click.echo(
            f"{item.query_id[:8]}  {state:<18} {item.verdict or '-'} ({item.rule_id or '-'}, KB {item.kb_version})"
            f"  {item.flags()}  last {item.last_flag_at[:16].replace('T', ' ')}"
        )
        click.echo(f"          {question[:110] + ('…' if len(question) > 110 else '')}")
    click.echo(f"\n{len(queue.open_items)} open, {len(queue.items) - len(queue.open_items)} decided")
    click.echo("Flags by rule:    " + ", ".join(f"{rule} {n}" for rule, n in queue.rules_flagged().most_common(8)))
    passages = queue.passages_flagged().most_common(5)
    if passages:
        click.echo("Flags by passage: " + "; ".join(f"{cited} ({n})" for cited, n in passages))
    click.echo("Record a decision with the 'Record decision' button in Slack (App Home or the counsel channel).")


@kb.command("activate")
@click.argument("version")
@click.pass_context
def kb_activate(ctx: click.Context, version: str) -> None:
    """Make VERSION (a unique prefix, or `latest` / `previous`) the one that answers: e.g. to roll back.

    The version must pass today's checks (a version stored before a check existed may not), and
    is loaded first (its vector index rebuilt if missing), so a version that cannot answer is
    never activated. Running bots switch to it within TRIAGE_KB_FOLLOW_SECONDS.
    """
    operator = _require(ctx, Role.COUNSEL, "change the knowledge base")
    _existing_log(ctx)
    services = _services(ctx)
    chosen = _stored_version(services, version)
    try:
        previous = services.activate(chosen, operator, "cli", notify=lambda m: click.echo(f"note: {m}", err=True))
    except AlreadyActive:
        click.echo(f"active: {chosen} (already; nothing changed)")
        return
    except KnowledgeErrors as exc:
        for error in exc.errors:
            click.echo(str(error), err=True)
        _fail(
            f"{len(exc.errors)} problem(s) in stored version {chosen}; not activated "
            f"(still active: {services.kb.active_version()}). Fix the files and ingest them as a new version."
        )
    except (VectorStoreUnavailable, EmbedderError) as exc:
        _fail(f"cannot load {chosen}: {exc}", 2)
    except AuditUnavailable as exc:
        _fail(f"the activation could not be logged, so {chosen} was not activated: {exc}", EXIT_NO_RECORD)
    click.echo(f"active: {chosen}" + (f" (was {previous})" if previous and previous != chosen else ""))


# -------------------------------------------------------------------------------- audit
_LIST_COLUMNS = (
    "query_id",
    "created_at",
    "user_id",
    "agency",
    "verdict",
    "rule_id",
    "kb_version",
    "outcome",
    "question_masked",
)


@main.group()
def audit() -> None:
    """The query log, for reviewers."""


_VERDICTS = ["prohibited", "permitted", "needs_info", "escalate"]
_FILTER_OPTIONS = (
    click.option(
        "--since", type=_SINCE, help="From this New York day or time on: 2026-10-01, '2026-10-01 09:00', yesterday, 7d."
    ),
    click.option("--until", type=_UNTIL, help="Up to and including this day or time (same forms as --since)."),
    click.option("--verdict", type=click.Choice(_VERDICTS, case_sensitive=False)),
    click.option("--rule", "rule_id", help="Rule id, e.g. R2a-civil-paperwork."),
    click.option(
        "--agency",
        type=click.Choice([a.value for a in Agency], case_sensitive=False),
        help="As the reader names it; ice is ICE with no component stated (ice_ero and hsi are apart).",
    ),
    click.option("--user", "user_id", help="Who asked (Slack user id or local:NAME)."),
    click.option("--channel", "channel_id", help="Slack channel id."),
    click.option(
        "--outcome",
        type=click.Choice(
            ["answered", "rejected", "error", "recorded", "declined", "fulfilled", "referred", "pending"],
            case_sensitive=False,
        ),
        help="A row's outcome; for `--kind outcome` rows, what was done.",
    ),
    click.option("--kind", type=click.Choice(ROW_KINDS, case_sensitive=False)),
    click.option("--kb-version", help="Knowledge-base version hash."),
    click.option("--search", help="Words that must all appear in the masked question (any case)."),
    click.option(
        "--ask", type=click.Choice(sorted(a.value for a in Ask), case_sensitive=False), help="e.g. share_records."
    ),
    click.option("--escalated", is_flag=True, default=None, help="Only answers the bot or an officer escalated."),
    click.option("--flagged", is_flag=True, default=None, help="Only answers an officer escalated or marked wrong."),
)


def _log_filter(filters: dict[str, object], **options: object) -> LogFilter:
    """The filter the options ask for; an absent flag filters nothing (not "only rows without")."""
    chosen = {name: value for name, value in filters.items() if value is not None and value is not False}
    return LogFilter(**chosen, **options)  # type: ignore[arg-type]


def _filter_options(command: Callable[..., None]) -> Callable[..., None]:
    """The reviewer's filters, shared by `audit list` and `audit export`."""
    for option in reversed(_FILTER_OPTIONS):
        command = option(command)
    return command


@audit.command("list")
@_filter_options
@click.option("--limit", type=int, default=50, show_default=True, help="0 for all.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@click.option("--csv", "as_csv", is_flag=True)
@click.pass_context
def audit_list(ctx: click.Context, /, limit: int, as_json: bool, as_csv: bool, **filters: object) -> None:
    """Recent rows, newest first (reviewers' own reads only with --kind review_read)."""
    log = _reviewer_read(ctx, "audit list", limit=limit, **filters)
    hidden = None if filters.get("kind") else "review_read"
    rows = log.list(_log_filter(filters, exclude_kind=hidden, limit=limit or None))
    if as_json:
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False, default=str))
    elif as_csv:
        writer = csv.DictWriter(sys.stdout, fieldnames=_LIST_COLUMNS, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    else:
        for row in rows:
            question = " ".join(str(row["question_masked"]).split())[:70]
            click.echo(
                f"{row['query_id'][:8]}  {row['created_at'][:19]}  {row['verdict'] or row['outcome']:<10}  "
                f"{row['rule_id'] or '-':<26} {question}"
            )


@audit.command("register")
@click.option("--since", type=_SINCE, help="From this New York day or time on (as in `audit list`).")
@click.option("--until", type=_UNTIL, help="Up to and including this day or time.")
@click.option("--agency", type=click.Choice([a.value for a in Agency], case_sensitive=False))
@click.option("--user", "user_id", help="The officer (Slack user id or local:NAME).")
@click.option("--flagged", is_flag=True, help="Only requests with a flag (against the advice, unsigned hand-over).")
@click.option("--unsigned", is_flag=True, help="Only hand-overs no reviewer has signed off yet.")
@click.option(
    "--task-force", "task_force", is_flag=True, help="Only requests of officers the roster lists on a task force."
)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@click.option("--csv", "as_csv", is_flag=True)
@click.pass_context
def audit_register(
    ctx: click.Context,
    since: str | None,
    until: str | None,
    agency: str | None,
    user_id: str | None,
    flagged: bool,
    unsigned: bool,
    task_force: bool,
    as_json: bool,
    as_csv: bool,
) -> None:
    """Every federal request with the advice, what was done and its flags, oldest first.

    Flags: an outcome against the advice (fulfilled after prohibited, or before counsel decided
    an escalation) and a hand-over of a person that no reviewer has signed off
    (`triage audit signoff`).
    """
    from bot.audit.register import register_entries
    from bot.roster import Roster

    log = _reviewer_read(
        ctx,
        "audit register",
        since=since,
        until=until,
        agency=agency,
        user=user_id,
        flagged=flagged,
        unsigned=unsigned,
        task_force=task_force,
    )
    entries = register_entries(
        log, since=since, until=until, agency=agency, user_id=user_id, flagged_only=flagged, unsigned_only=unsigned
    )
    roster = Roster(_services(ctx).engine, log).by_user()
    if task_force:  # the DOI's audit of task-force officers: what they asked or recorded
        entries = [e for e in entries if (roster.get(str(e.query.get("user_id"))) or {}).get("task_force")]
    rows = [_with_officer(entry.as_row(), roster.get(str(entry.query.get("user_id")))) for entry in entries]
    if as_json:
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False, default=str))
        return
    if as_csv:
        writer = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]) if rows else ["query_id"])
        writer.writeheader()
        writer.writerows(rows)
        return
    if not entries:
        click.echo("no federal requests match")
    for entry in entries:
        flag = "  ! " + "; ".join(entry.flags) if entry.flags else ""
        click.echo(
            f"{entry.query_id[:8]}  {entry.query['created_at'][:16]}  {entry.query.get('agency') or '-':<8} "
            f"{entry.query.get('verdict') or '-':<10} -> {entry.done or 'no outcome yet'}{flag}"
        )


def _with_officer(row: dict[str, object], person: dict[str, object] | None) -> dict[str, object]:
    """A register row with who the officer is, from the roster (empty when not on it)."""
    person = person or {}
    return {
        **row,
        "officer_name": person.get("name") or "",
        "unit": person.get("unit") or "",
        "task_force": person.get("task_force") or "",
    }


@audit.command("signoff")
@click.argument("query_id")
@click.option("--note", default=None, help="What the reviewer checked (masked like every typed text).")
@click.pass_context
def audit_signoff(ctx: click.Context, query_id: str, note: str | None) -> None:
    """Sign off a hand-over of a person to a federal agency (QUERY_ID: a unique prefix); reviewers only."""
    from bot.audit.register import SignOffRefused, sign_off

    reviewer = _require(ctx, Role.REVIEWER, "sign off a hand-over")
    _existing_log(ctx)
    try:
        row = sign_off(_services(ctx).audit, query_id, reviewer, "cli", note)
    except SignOffRefused as exc:
        _fail(str(exc), 2)
    except AuditUnavailable as exc:
        _fail(f"nothing recorded - {exc}", EXIT_NO_RECORD)
    click.echo(f"signed off: the hand-over in query {row['parent_query_id']} (by {reviewer})")


@audit.command("export")
@_filter_options
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv"]), default="jsonl", show_default=True)
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), help="File to write (default: stdout).")
@click.pass_context
def audit_export(ctx: click.Context, /, fmt: str, out: Path | None, **filters: object) -> None:
    """Every matching row, oldest first, every column (hashes included, so an export can be re-verified).

    \b
    triage audit export --since 2026-10-01 --until 2027-01-01 --format csv --out q4.csv
    """
    from bot.audit.export import export_chunks

    log = _reviewer_read(ctx, "audit export", format=fmt, out=out, **filters)
    where = _log_filter(filters, limit=None)
    total = log.matching(where)
    target = out.open("w", encoding="utf-8", newline="") if out else sys.stdout
    try:
        with Progress(disable=out is None, transient=True, console=Console(stderr=True)) as progress:
            task = progress.add_task("exporting", total=total)

            def counted(rows: Iterator[dict[str, object]]) -> Iterator[dict[str, object]]:
                for row in rows:
                    yield row
                    progress.advance(task)

            for chunk in export_chunks(counted(log.stream(where)), "csv" if fmt == "csv" else "jsonl"):
                target.write(chunk)
    finally:
        if out:
            target.close()
    if out:
        click.echo(f"wrote {total:,} rows to {out}", err=True)


@audit.command("show")
@click.argument("query_id")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def audit_show(ctx: click.Context, query_id: str, as_json: bool) -> None:
    """Everything logged about one query (QUERY_ID: a unique prefix, or `last`), and the rows linked to it."""
    log = _reviewer_read(ctx, "audit show", query_id=query_id)
    row = log.get(query_id)
    if row is None:
        _fail(f"no single query matches '{query_id}'")
    linked = list(log.stream(LogFilter(parent_query_id=row["query_id"], limit=None)))
    if as_json:
        click.echo(json.dumps({**row, "follow_ups": linked}, ensure_ascii=False, indent=2, default=str))
        return
    for key, value in row.items():
        shown = json.dumps(value, ensure_ascii=False, indent=2) if isinstance(value, dict | list) else value
        click.echo(f"{key}: {shown}")
    for follow_up in linked:
        said = follow_up["verdict"] or follow_up["summary"] or follow_up["error"] or ""
        click.echo(f"+ {follow_up['created_at'][:19]} {follow_up['kind']} by {follow_up['user_id']}: {said}")


@audit.command("migrate")
@click.pass_context
def audit_migrate(ctx: click.Context) -> None:
    """Bring the log database's schema up to date (also done at every start); safe to repeat."""
    from sqlalchemy.exc import SQLAlchemyError

    from bot.db import make_engine, migrate, schema_revision

    url = _settings(ctx).resolved_database_url
    try:
        engine = make_engine(url, migrate_schema=False)
        applied = migrate(engine)
        revision = schema_revision(engine)
    except SQLAlchemyError as exc:
        _fail(f"cannot migrate the log database: {exc.__class__.__name__}: {exc}", 3)
    for step in applied:
        click.echo(f"applied {step}")
    click.echo(f"ok: schema at {revision}" + ("" if applied else " (already up to date)"))


@audit.command("grant")
@click.argument("role")
@click.option(
    "--retention-days",
    type=click.IntRange(min=1),
    help="The youngest rows ROLE may prune, in days (enforced by the database, not the app).",
)
@click.pass_context
def audit_grant(ctx: click.Context, role: str, retention_days: int | None) -> None:
    """PostgreSQL: let the application's ROLE append to the log and never change it.

    Run as the tables' owner (TRIAGE_DATABASE_URL naming the owner), after `audit migrate`;
    then serve with a URL naming ROLE. ROLE may read and append log rows and keep the KB and
    console tables; UPDATE, DELETE and TRUNCATE on the log are refused, and `audit prune`
    removes only rows older than --retention-days. Later migrations are run by the owner.
    """
    from sqlalchemy.exc import SQLAlchemyError

    from bot.audit.grants import GrantError, grant_app_role
    from bot.db import make_engine

    try:
        engine = make_engine(_settings(ctx).resolved_database_url)
        statements = grant_app_role(engine, role, retention_days, _operator(ctx))
    except GrantError as exc:
        _fail(str(exc), 2)
    except SQLAlchemyError as exc:
        _fail(f"cannot grant: {exc.__class__.__name__}: {exc}", 3)
    for statement in statements:
        click.echo(statement)
    if retention_days is not None:
        click.echo(f"retention: {role} may prune rows older than {retention_days} days")
    click.echo(f"ok: {role} may append to the log, not change it")


@audit.command("replay")
@click.argument("query_id")
@click.option("--current", is_flag=True, help="Also decide it with today's active KB version.")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def audit_replay(ctx: click.Context, query_id: str, current: bool, as_json: bool) -> None:
    """Re-decide a logged question with the KB version that answered it (exit 1 if it differs now).

    The masked question, the facts chosen in a form and the date it was asked are taken from the
    row; nothing new is logged as a query.
    """
    from bot.explain import Explainer
    from bot.prompts import load_prompts
    from bot.review.replay import ReplayError, replay

    services = _services(ctx)
    row = _reviewer_read(ctx, "audit replay", query_id=query_id, current=current).get(query_id)
    if row is None:
        _fail(f"no single query matches '{query_id}'")
    explainer = Explainer(load_prompts(_settings(ctx).prompts_dir))
    try:
        report = replay(row, lambda v, today: services.load_knowledge(v, today=today), explainer, current=current)
    except ReplayError as exc:
        _fail(str(exc), 2)
    except (NoActiveKnowledge, KeyError) as exc:
        _fail(f"cannot load the knowledge base to replay with: {exc}", 2)
    if as_json:
        click.echo(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
    else:
        logged = report.logged
        click.echo(f"query {report.query_id}: logged {logged.verdict} by {logged.rule_id} (KB {logged.kb_version})")
        changes = report.differences(report.original)
        click.echo(
            f"replayed with KB {report.original.kb_version}: "
            + ("same verdict, rule and quotes" if report.reproducible else "DIFFERENT")
        )
        for line in changes:
            click.echo(f"  {line}")
        if report.current is not None:
            now = report.differences(report.current)
            click.echo(f"with today's KB {report.current.kb_version}: " + ("no change" if not now else "would change"))
            for line in now:
                click.echo(f"  {line}")
    sys.exit(0 if report.reproducible else 1)


@audit.command("prune")
@click.option("--before", help="Prune rows created before this ISO date (default: now minus the retention period).")
@click.option("--yes", is_flag=True, help="Really prune; without it, only say what would be pruned.")
@click.pass_context
def audit_prune(ctx: click.Context, before: str | None, yes: bool) -> None:
    """Apply the retention period: remove the oldest rows, recorded by a checkpoint row.

    Only the oldest rows go, and a `checkpoint` row records how many, their seq range, the hash of
    the last one and a digest over all of them, so `audit verify` still proves the rest intact.
    """
    import datetime as dt

    operator = _require(ctx, Role.REVIEWER, "prune the query log")
    _existing_log(ctx)
    settings = _settings(ctx)
    if before is None:
        if settings.audit_retention_days is None:
            _fail("no retention period: set TRIAGE_AUDIT_RETENTION_DAYS or pass --before DATE", 2)
        cutoff = dt.datetime.now(dt.UTC) - dt.timedelta(days=settings.audit_retention_days)
        before = cutoff.isoformat(timespec="microseconds")
    log = _services(ctx).audit
    if not yes:
        older = log.matching(LogFilter(until=before, limit=None))
        click.echo(f"{older:,} rows were created before {before}; run again with --yes to prune them")
        return
    try:
        checkpoint = log.prune(before, operator)
    except ChainBroken as exc:
        _fail(str(exc), 1)
    if checkpoint is None:
        click.echo(f"nothing to prune: no rows before {before}")
        return
    summary = json.loads(checkpoint["summary"])
    click.echo(
        f"pruned {summary['pruned_rows']:,} rows (seq {summary['from_seq']}-{summary['through_seq']}, "
        f"{summary['oldest'][:10]} to {summary['newest'][:10]}); checkpoint {checkpoint['query_id']}"
    )


@audit.command("report")
@click.option("--quarter", help="e.g. 2026Q4: the quarterly compliance report, or the § 10-178 report's period.")
@click.option("--law", type=click.Choice(["10-178"]), help="§ 10-178(d): immigration requests and responses.")
@click.option("--detainers", is_flag=True, help="The annual civil immigration detainer report (with --year).")
@click.option("--year", type=click.IntRange(2000, 2100), help="The detainer report's calendar year.")
@click.option("--training", is_flag=True, help="Officers' training evaluations of a half-year (with --half).")
@click.option("--half", help="The training report's half-year, e.g. 2026H2.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), required=True, help="HTML file to write.")
@click.option("--csv", "csv_out", type=click.Path(dir_okay=False, path_type=Path), help="Also write the rows as CSV.")
@click.option("--json", "as_json", is_flag=True, help="Also print the figures as JSON.")
@click.pass_context
def audit_report(
    ctx: click.Context,
    quarter: str | None,
    law: str | None,
    detainers: bool,
    year: int | None,
    training: bool,
    half: str | None,
    out: Path,
    csv_out: Path | None,
    as_json: bool,
) -> None:
    """Reports from the log, each a self-contained HTML page naming the chain head.

    \b
    triage audit report --quarter 2026Q4 --out report.html            # the quarterly compliance report
    triage audit report --law 10-178 --quarter 2026Q4 --out 10-178.html --csv 10-178.csv
    triage audit report --detainers --year 2026 --out detainers.html --csv detainers.csv
    triage audit report --training --half 2026H2 --out training.html --csv training.csv
    """
    import datetime as dt

    if training or half:
        if not (training and half) or detainers or law or quarter or year:
            _fail("--training takes --half (e.g. --half 2026H2) and nothing else", 2)
        from bot.cli_training import write_training_report

        assert half is not None
        write_training_report(ctx, half, out, csv_out, as_json)
        return

    from bot.audit.report import build_report, quarter_bounds, render_html

    if detainers and (law or quarter):
        _fail("--detainers takes --year, not --quarter or --law", 2)
    if detainers and year is None:
        _fail("--detainers needs --year, e.g. --year 2026", 2)
    if not detainers and quarter is None:
        _fail("give --quarter (e.g. 2026Q4), or --detainers --year YYYY", 2)
    if year is not None and not detainers:
        _fail("--year is for --detainers", 2)
    try:
        if detainers:
            from bot.audit.law_reports import year_bounds

            assert year is not None
            since, until, period = *year_bounds(year), str(year)
        else:
            assert quarter is not None
            since, until = quarter_bounds(quarter)
            period = quarter
    except ValueError as exc:
        _fail(str(exc), 2)
    kind = "detainers" if detainers else (f"law {law}" if law else "quarterly")
    log = _reviewer_read(ctx, "audit report", report=kind, period=period, out=out)
    head = log.list(LogFilter(limit=1))
    head_hash = head[0]["row_hash"] if head else None
    generated = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    from bot.audit.register import register_entries

    entries = register_entries(log, since=since, until=until)
    if detainers or law:
        from bot.audit import law_reports

        report_of = law_reports.detainer_report if detainers else law_reports.immigration_requests_report
        made = report_of(period, since, until, entries, head_hash)
        out.write_text(law_reports.render_html(made, generated), encoding="utf-8")
        if csv_out is not None:
            csv_out.write_text(law_reports.to_csv(made.rows), encoding="utf-8")
        figures = made.figures()
        click.echo(f"wrote {out}: " + ", ".join(f"{k} {v}" for k, v in figures.items() if isinstance(v, int)), err=True)
    else:
        rows = list(log.stream(LogFilter(since=since, until=until, limit=None)))
        report = build_report(period, rows, head_hash, register=entries)
        out.write_text(render_html(report, generated), encoding="utf-8")
        if csv_out is not None:
            from bot.audit.law_reports import to_csv

            csv_out.write_text(to_csv([entry.as_row() for entry in entries]), encoding="utf-8")
        figures = report.figures()
        click.echo(
            f"wrote {out}: {report.questions} questions, {len(report.permitted)} permitted, "
            f"{len(report.escalations)} escalations, {len(report.flags)} flags, "
            f"{len(report.against_advice)} against the advice, {len(report.unsigned_handovers)} unsigned hand-overs",
            err=True,
        )
    if as_json:
        click.echo(json.dumps(figures, default=str, indent=2))


@audit.command("verify")
@click.option(
    "--against",
    "checkpoints",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="A signed checkpoint (`audit checkpoint`) the log must still extend; repeatable.",
)
@click.option(
    "--public-key",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="The committee's public key (KEY.pub): checkpoints signed by any other key fail.",
)
@click.option(
    "--export",
    "export_file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Verify an export file (CSV or JSON Lines) on its own, without the database.",
)
@click.pass_context
def audit_verify(
    ctx: click.Context, checkpoints: tuple[Path, ...], public_key: Path | None, export_file: Path | None
) -> None:
    """Walk the hash chain; exit 0 with "ok" if intact, else name the first bad row.

    The chain shows edits, insertions and deletions inside the log; a log cut short or rewritten
    from some row on is only caught against a checkpoint kept outside it (--against). This
    check's own log row is not part of what it verifies.
    """
    from bot.audit.checkpoint import Checkpoint, CheckpointError, check_against, load_public_key
    from bot.audit.export import read_export, verify_rows

    if export_file is not None:
        try:
            intact, _count, message = verify_rows(read_export(export_file))
        except (ValueError, KeyError) as exc:
            _fail(f"{export_file}: {exc}", 1)
        if not intact:
            _fail(f"{export_file}: {message}", 1)
        click.echo(f"{export_file}: {message}")
        return
    try:
        trusted = load_public_key(public_key) if public_key else None
        marks = [Checkpoint.from_json(path.read_text(encoding="utf-8"), str(path)) for path in checkpoints]
    except CheckpointError as exc:
        _fail(str(exc), 2)
    _existing_log(ctx)
    head = _services(ctx).audit.head()  # before this check's own row is written
    log = _reviewer_read(ctx, "audit verify", against=[str(p) for p in checkpoints])
    if head is None:
        intact, message = True, "ok: 0 rows (the log held nothing before this check)"
    else:
        intact, _count, message = log.verify(through=head[0])
    for mark in marks:
        holds, said = check_against(log, mark, trusted)
        intact = intact and holds
        message += f"\n{'ok' if holds else 'FAILED'}: {said}"
    if head is None and not marks:
        message += "\nnote: only `--against CHECKPOINT` can tell an emptied log from a new one"
    if not intact:
        _fail(message, 1)
    click.echo(message)


@audit.command("keygen")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), required=True, help="Private key file.")
def audit_keygen(out: Path) -> None:
    """Make an Ed25519 signing key for checkpoints (OUT, mode 0600) and its public half (OUT.pub).

    Keep the private key off the database's host; give OUT.pub to whoever verifies.
    """
    from bot.audit.checkpoint import CheckpointError, generate_key

    try:
        identity = generate_key(out)
    except CheckpointError as exc:
        _fail(str(exc), 2)
    click.echo(f"key {identity}: private {out}, public {out}.pub")


@audit.command("checkpoint")
@click.option("--key", type=click.Path(exists=True, dir_okay=False, path_type=Path), help="Signing key.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), help="Write here instead of stdout.")
@click.option(
    "--scheduled",
    is_flag=True,
    help="Do now what `serve` does on its timer: sign if due (TRIAGE_CHECKPOINT_EVERY_ROWS/_HOURS) with "
    "TRIAGE_CHECKPOINT_KEY_FILE and send to TRIAGE_CHECKPOINT_DIR/_URL. For cron where no bot runs.",
)
@click.pass_context
def audit_checkpoint(ctx: click.Context, key: Path | None, out: Path | None, scheduled: bool) -> None:
    """Sign the log's head (seq, hash, row count, time) for safekeeping outside the database.

    Keep the file (or publish it); `audit verify --against FILE` later proves the log still
    extends it, which catches rows cut from the end and a tail rewritten with new hashes.
    """
    from bot.audit.checkpoint import CheckpointError, load_private_key, make_checkpoint

    if scheduled:
        if key is not None or out is not None:
            raise click.UsageError("--scheduled takes the key and the destinations from TRIAGE_CHECKPOINT_*")
        _scheduled_checkpoint(ctx)
        return
    if key is None:
        raise click.UsageError("give --key KEY (made by `triage audit keygen`), or --scheduled")
    log = _reviewer_read(ctx, "audit checkpoint")
    try:
        mark = make_checkpoint(log, load_private_key(key))
    except CheckpointError as exc:
        _fail(str(exc), 2)
    if out is None:
        click.echo(mark.to_json(), nl=False)
    else:
        out.write_text(mark.to_json(), encoding="utf-8")
        click.echo(f"checkpoint seq={mark.seq} head {mark.head_hash[:16]}... written to {out}", err=True)


def _scheduled_checkpoint(ctx: click.Context) -> None:
    from bot.audit.checkpoint import CheckpointError
    from bot.schedule import checkpoint_publisher

    try:
        publisher = checkpoint_publisher(_services(ctx))
    except CheckpointError as exc:
        _fail(str(exc), 2)
    if publisher is None:
        _fail("no schedule: set TRIAGE_CHECKPOINT_KEY_FILE and TRIAGE_CHECKPOINT_DIR or TRIAGE_CHECKPOINT_URL", 2)
    try:
        mark = publisher.publish_if_due()
    except AuditUnavailable as exc:
        _fail(f"no checkpoint made: {exc}", EXIT_NO_RECORD)
    if mark is None:
        seq, when = publisher.last_signed()
        since = f"seq={seq} of {when.isoformat()}" if when else "none yet"
        click.echo(f"no checkpoint due (last scheduled checkpoint: {since})")
        return
    click.echo(f"checkpoint seq={mark.seq} head {mark.head_hash[:16]}... signed")
    if publisher.unsent:
        _fail(f"checkpoint seq={mark.seq} was signed but not delivered (see the error above)", 1)


# --------------------------------------------------------------------------------- eval
@main.command("eval")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True)
@click.option("--min-accuracy", type=float, default=0.0, help="Exit 1 below this verdict accuracy.")
@click.option("--min-recall", type=float, default=0.0, help="Exit 1 below this citation recall.")
@click.pass_context
def eval_command(
    ctx: click.Context, paths: tuple[Path, ...], as_json: bool, min_accuracy: float, min_recall: float
) -> None:
    """Score labelled JSON Lines files (id, question, expected_verdict, must_cite).

    Answers come from the active KB version; they are logged to a throw-away log, never the
    officers' (`make eval` also ingests knowledge/ into a throw-away data dir, so counsel's
    folder is scored without being activated). Exits 1 on any false `permitted`, or below
    --min-accuracy / --min-recall.
    """
    import tempfile

    from bot.db import make_engine
    from bot.evaluate import evaluate, format_report

    scratch = Path(tempfile.mkdtemp(prefix="triage-eval-"))
    ctx.call_on_close(lambda: shutil.rmtree(scratch, ignore_errors=True))
    pipeline = _pipeline(ctx, audit=AuditLog(make_engine(f"sqlite:///{scratch / 'eval-log.db'}")))
    click.echo("note: answers are logged to a throw-away log, not the officers' log", err=True)
    failed = False
    for path in paths:
        report = evaluate(pipeline, path.read_text(encoding="utf-8").splitlines())
        click.echo(
            json.dumps({"file": str(path), **report.as_dict()}, indent=2) if as_json else format_report(report, path)
        )
        failed = failed or bool(report.false_permits) or report.accuracy < min_accuracy
        failed = failed or report.citation_recall < min_recall
    sys.exit(1 if failed else 0)


def _register_training_commands() -> None:
    from bot.cli_training import practice, roster

    main.add_command(practice)
    main.add_command(roster)


_register_training_commands()
