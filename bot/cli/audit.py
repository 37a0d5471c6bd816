"""`triage audit`: the query log for reviewers: list, register, sign-off, export, show, replay, migrate,
grant, prune (reports and integrity commands are in audit_report and audit_chain)."""

from __future__ import annotations

import csv
import datetime as dt
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import click
from rich.console import Console
from rich.progress import Progress

from bot.app import NoActiveKnowledge
from bot.audit.records import AuditUnavailable, ChainBroken, LogFilter
from bot.cli.audit_filters import LIST_COLUMNS, filter_options, log_filter
from bot.cli.common import (
    SINCE,
    UNTIL,
    ExitCode,
    fail,
    operator,
    require_existing_log,
    require_role,
    reviewer_read,
    services_of,
    settings_of,
)
from bot.facts.model import Agency
from bot.roles import Role


@click.group("audit")
def audit() -> None:
    """The query log, for reviewers."""


@audit.command("list")
@filter_options
@click.option("--limit", type=int, default=50, show_default=True, help="0 for all.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@click.option("--csv", "as_csv", is_flag=True)
@click.pass_context
def audit_list(ctx: click.Context, /, limit: int, as_json: bool, as_csv: bool, **filters: object) -> None:
    """Recent rows, newest first (reviewers' own reads only with --kind review_read)."""
    log = reviewer_read(ctx, "audit list", limit=limit, **filters)
    hidden = None if filters.get("kind") else "review_read"
    rows = log.list(log_filter(filters, exclude_kind=hidden, limit=limit or None))
    if as_json:
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False, default=str))
    elif as_csv:
        writer = csv.DictWriter(sys.stdout, fieldnames=LIST_COLUMNS, extrasaction="ignore")
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
@click.option("--since", type=SINCE, help="From this New York day or time on (as in `audit list`).")
@click.option("--until", type=UNTIL, help="Up to and including this day or time.")
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

    log = reviewer_read(
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
    roster = Roster(services_of(ctx).engine, log).by_user()
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

    reviewer = require_role(ctx, Role.REVIEWER, "sign off a hand-over")
    require_existing_log(ctx)
    try:
        row = sign_off(services_of(ctx).audit, query_id, reviewer, "cli", note)
    except SignOffRefused as exc:
        fail(str(exc), ExitCode.USAGE)
    except AuditUnavailable as exc:
        fail(f"nothing recorded - {exc}", ExitCode.NO_RECORD)
    click.echo(f"signed off: the hand-over in query {row['parent_query_id']} (by {reviewer})")


@audit.command("export")
@filter_options
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv"]), default="jsonl", show_default=True)
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), help="File to write (default: stdout).")
@click.pass_context
def audit_export(ctx: click.Context, /, fmt: str, out: Path | None, **filters: object) -> None:
    """Every matching row, oldest first, every column (hashes included, so an export can be re-verified).

    \b
    triage audit export --since 2026-10-01 --until 2027-01-01 --format csv --out q4.csv
    """
    from bot.audit.export import export_chunks

    log = reviewer_read(ctx, "audit export", format=fmt, out=out, **filters)
    where = log_filter(filters, limit=None)
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
    log = reviewer_read(ctx, "audit show", query_id=query_id)
    row = log.get(query_id)
    if row is None:
        fail(f"no single query matches '{query_id}'")
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

    url = settings_of(ctx).resolved_database_url
    try:
        engine = make_engine(url, migrate_schema=False)
        applied = migrate(engine)
        revision = schema_revision(engine)
    except SQLAlchemyError as exc:
        fail(f"cannot migrate the log database: {exc.__class__.__name__}: {exc}", ExitCode.NO_RECORD)
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
        engine = make_engine(settings_of(ctx).resolved_database_url)
        statements = grant_app_role(engine, role, retention_days, operator(ctx))
    except GrantError as exc:
        fail(str(exc), ExitCode.USAGE)
    except SQLAlchemyError as exc:
        fail(f"cannot grant: {exc.__class__.__name__}: {exc}", ExitCode.NO_RECORD)
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
    from bot.review.replay import ReplayError, replay

    services = services_of(ctx)
    row = reviewer_read(ctx, "audit replay", query_id=query_id, current=current).get(query_id)
    if row is None:
        fail(f"no single query matches '{query_id}'")
    explainer = services.explainer
    try:
        report = replay(row, lambda v, today: services.load_knowledge(v, today=today), explainer, current=current)
    except ReplayError as exc:
        fail(str(exc), ExitCode.USAGE)
    except (NoActiveKnowledge, KeyError) as exc:
        fail(f"cannot load the knowledge base to replay with: {exc}", ExitCode.USAGE)
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
    sys.exit(ExitCode.OK if report.reproducible else ExitCode.FAILED)


@audit.command("prune")
@click.option("--before", help="Prune rows created before this ISO date (default: now minus the retention period).")
@click.option("--yes", is_flag=True, help="Really prune; without it, only say what would be pruned.")
@click.pass_context
def audit_prune(ctx: click.Context, before: str | None, yes: bool) -> None:
    """Apply the retention period: remove the oldest rows, recorded by a checkpoint row.

    Only the oldest rows go, and a `checkpoint` row records how many, their seq range, the hash of
    the last one and a digest over all of them, so `audit verify` still proves the rest intact.
    """

    operator = require_role(ctx, Role.REVIEWER, "prune the query log")
    require_existing_log(ctx)
    settings = settings_of(ctx)
    if before is None:
        if settings.audit_retention_days is None:
            fail("no retention period: set TRIAGE_AUDIT_RETENTION_DAYS or pass --before DATE", ExitCode.USAGE)
        cutoff = services_of(ctx).clock() - dt.timedelta(days=settings.audit_retention_days)
        before = cutoff.isoformat(timespec="microseconds")
    log = services_of(ctx).audit
    if not yes:
        older = log.matching(LogFilter(until=before, limit=None))
        click.echo(f"{older:,} rows were created before {before}; run again with --yes to prune them")
        return
    try:
        checkpoint = log.prune(before, operator)
    except ChainBroken as exc:
        fail(str(exc), ExitCode.FAILED)
    if checkpoint is None:
        click.echo(f"nothing to prune: no rows before {before}")
        return
    summary = json.loads(checkpoint["summary"])
    click.echo(
        f"pruned {summary['pruned_rows']:,} rows (seq {summary['from_seq']}-{summary['through_seq']}, "
        f"{summary['oldest'][:10]} to {summary['newest'][:10]}); checkpoint {checkpoint['query_id']}"
    )
