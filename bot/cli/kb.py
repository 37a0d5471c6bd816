"""`triage kb`: counsel's knowledge base: check, ingest, status, diff, impact, queue, activate."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sys
from pathlib import Path

import click
from rich.console import Console
from rich.progress import Progress

from bot.app import AlreadyActive, NoActiveKnowledge, Services, ingest
from bot.audit.records import AuditUnavailable, LogFilter
from bot.cli.common import (
    SINCE,
    UNTIL,
    ExitCode,
    fail,
    logged_read,
    require_existing_log,
    require_role,
    services_of,
    settings_of,
    stored_version,
)
from bot.clock import local_today
from bot.kb.errors import KnowledgeErrors
from bot.retrieval.errors import EmbedderError, VectorStoreUnavailable
from bot.roles import Role


@click.group("kb")
def kb() -> None:
    """Counsel's knowledge base: check, stage, see the impact, activate, roll back, review queue."""


@kb.command("check")
@click.argument("path", type=click.Path(path_type=Path), required=False)
@click.pass_context
def kb_check(ctx: click.Context, path: Path | None) -> None:
    """Validate PATH (default: the knowledge folder) without loading anything."""
    from bot.bundle import load_bundle

    directory = path or settings_of(ctx).knowledge_dir
    try:
        bundle = load_bundle(directory)
    except KnowledgeErrors as exc:
        for error in exc.errors:
            click.echo(str(error), err=True)
        fail(f"{len(exc.errors)} problem(s); nothing was loaded", ExitCode.FAILED)
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
    operator = require_role(ctx, Role.COUNSEL, "change the knowledge base")
    directory = path or settings_of(ctx).knowledge_dir
    from rich.progress import Progress

    with Progress(disable=quiet or not sys.stderr.isatty(), transient=True) as bar:
        task = bar.add_task("embedding passages", total=None)
        try:
            result = ingest(
                services_of(ctx),
                directory,
                progress=lambda done, total: bar.update(task, completed=done, total=total),
                activate={"stage": False, "activate": True}.get(mode or ""),
                actor=operator,
                source="cli",
            )
        except KnowledgeErrors as exc:
            for error in exc.errors:
                click.echo(str(error), err=True)
            fail(f"{len(exc.errors)} problem(s) in {directory}; nothing was loaded, the active version is unchanged")
        except EmbedderError as exc:
            fail(f"cannot embed: {exc}", ExitCode.USAGE)
        except VectorStoreUnavailable as exc:
            fail(str(exc), ExitCode.USAGE)
        except AuditUnavailable as exc:
            fail(f"the activation could not be logged, so the active version is unchanged: {exc}", ExitCode.NO_RECORD)
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
    require_existing_log(ctx)
    services = services_of(ctx)
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

    require_existing_log(ctx)
    store = services_of(ctx).kb
    try:
        if second is None:
            old_version, new_version = store.active_version(), store.resolve(first)
            if old_version is None:
                raise KeyError("no version is active yet: `kb diff A B` compares two stored versions")
        else:
            old_version, new_version = store.resolve(first), store.resolve(second)
        result = diff_versions(store.load(old_version), store.load(new_version))
    except KeyError as exc:
        fail(str(exc.args[0]), ExitCode.USAGE)
    if as_json:
        click.echo(json.dumps(dataclasses.asdict(result), indent=2))
    else:
        click.echo("\n".join(result.lines()))


@kb.command("impact")
@click.argument("candidate")
@click.option("--since", type=SINCE, help="Replay logged questions from this date (default: the last 90 days).")
@click.option("--until", type=UNTIL, help="... up to and including this date.")
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
    from bot.review.impact import AskedQuestion, ImpactReport, compare, questions_from_jsonl, questions_from_log

    require_role(ctx, Role.COUNSEL, "see the impact of a knowledge-base change")
    services = services_of(ctx)
    chosen = stored_version(services, candidate)
    asked: list[AskedQuestion]
    if questions is not None:
        try:
            asked = questions_from_jsonl(questions)
        except ValueError as exc:
            fail(str(exc), ExitCode.USAGE)
    else:
        start = since or (services_of(ctx).clock() - dt.timedelta(days=90)).date().isoformat()
        log = logged_read(ctx, "kb impact", Role.COUNSEL, {"candidate": chosen, "since": start, "until": until})
        rows = log.stream(LogFilter(since=start, until=until, kind="query", outcome="answered", limit=None))
        try:
            asked = questions_from_log(rows)
        except AuditUnavailable as exc:
            fail(f"cannot read the query log: {exc}", ExitCode.NO_RECORD)
    day = on_day.date() if on_day else local_today()
    try:
        active = services.load_knowledge(today=lambda: day)
        staged = services.load_knowledge(chosen, today=lambda: day)
    except NoActiveKnowledge as exc:
        fail(str(exc), ExitCode.USAGE)
    except (VectorStoreUnavailable, EmbedderError) as exc:
        fail(f"cannot load the knowledge base: {exc}", ExitCode.USAGE)
    report = ImpactReport(active.version, chosen, day)
    explainer = services_of(ctx).explainer
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
        fail(f"{len(report.newly_permitted)} answer(s) would become permitted", ExitCode.FAILED)


@kb.command("queue")
@click.option("--since", type=SINCE, help="Only flags from this date on (e.g. 2026-10-01, 7d).")
@click.option("--all", "include_decided", is_flag=True, help="Also show answers counsel has already decided.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per flagged answer.")
@click.pass_context
def kb_queue(ctx: click.Context, since: str | None, include_decided: bool, as_json: bool) -> None:
    """Answers officers escalated or marked wrong: what counsel should review, by rule and passage."""
    from bot.review.queue import review_queue

    log = logged_read(ctx, "kb queue", Role.COUNSEL, {"since": since, "all": include_decided})
    try:
        queue = review_queue(log, since=since, include_decided=include_decided)
    except AuditUnavailable as exc:
        fail(f"cannot read the query log: {exc}", ExitCode.NO_RECORD)
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
    operator = require_role(ctx, Role.COUNSEL, "change the knowledge base")
    require_existing_log(ctx)
    services = services_of(ctx)
    chosen = stored_version(services, version)
    try:
        previous = services.activate(chosen, operator, "cli", notify=lambda m: click.echo(f"note: {m}", err=True))
    except AlreadyActive:
        click.echo(f"active: {chosen} (already; nothing changed)")
        return
    except KnowledgeErrors as exc:
        for error in exc.errors:
            click.echo(str(error), err=True)
        fail(
            f"{len(exc.errors)} problem(s) in stored version {chosen}; not activated "
            f"(still active: {services.kb.active_version()}). Fix the files and ingest them as a new version."
        )
    except (VectorStoreUnavailable, EmbedderError) as exc:
        fail(f"cannot load {chosen}: {exc}", ExitCode.USAGE)
    except AuditUnavailable as exc:
        fail(f"the activation could not be logged, so {chosen} was not activated: {exc}", ExitCode.NO_RECORD)
    click.echo(f"active: {chosen}" + (f" (was {previous})" if previous and previous != chosen else ""))
