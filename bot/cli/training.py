"""`triage practice`, `triage roster` and the training report: thin commands over bot.practice,
bot.roster and bot.audit.training_report."""

from __future__ import annotations

import json
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from bot.audit.records import AuditUnavailable, LogFilter
from bot.cli.common import ExitCode, fail, operator, require_existing_log, require_role, reviewer_read, services_of
from bot.clock import utc_stamp
from bot.roles import Role
from bot.rules import Verdict

if TYPE_CHECKING:
    from bot.roster import Roster

__all__ = ["practice", "roster", "write_training_report"]

_KEYS = {
    "1": Verdict.PERMITTED,
    "2": Verdict.PROHIBITED,
    "3": Verdict.ESCALATE,
    "4": Verdict.NEEDS_INFO,
    **{v.value: v for v in Verdict},
    "needs info": Verdict.NEEDS_INFO,
}
_WORDS = {
    Verdict.PERMITTED: "Permitted",
    Verdict.PROHIBITED: "Prohibited",
    Verdict.ESCALATE: "Escalate",
    Verdict.NEEDS_INFO: "Needs info",
}


@click.command()
@click.option("--user", default=None, help="Who practises (default: TRIAGE_OPERATOR, else your login).")
@click.option("--count", type=click.IntRange(1, 24), default=8, show_default=True, help="Scenarios in the round.")
@click.pass_context
def practice(ctx: click.Context, user: str | None, count: int) -> None:
    """A practice round: read each scenario, answer with the verdict you would give.

    \b
    Answers: 1 permitted · 2 prohibited · 3 escalate · 4 needs_info (or the word).
    Each answer is recorded (kind `training`); you see the right answer, why, and the passage
    that teaches it, quoted from the active knowledge base. Ctrl-D stops the round.
    """
    from bot.practice import NoTraining, Practice, StoredKnowledge

    who = user or operator(ctx)
    require_existing_log(ctx)
    services = services_of(ctx)
    try:
        knowledge = StoredKnowledge.active(services.kb)  # grading needs the reader and rules, not retrieval
        trainer = Practice(lambda: knowledge, services.kb, services.audit)
        round_ = trainer.start(who, count)
    except NoTraining as exc:
        fail(str(exc), ExitCode.USAGE)
    total = len(round_.scenario_ids)
    right = 0
    for index in range(total):
        scenario = trainer.scenario(round_, index)
        click.echo(f"\nScenario {index + 1} of {total}\n")
        click.echo(textwrap.fill(scenario.scenario, 88))
        answer = _ask_verdict()
        if answer is None:
            click.echo(f"\nround stopped: {right} of {index} right", err=True)
            return
        try:
            feedback = trainer.answer(round_, index, answer, user_id=who, source="cli")
        except AuditUnavailable as exc:
            fail(f"your answer could not be recorded, so it was not graded: {exc}", ExitCode.NO_RECORD)
        right += feedback.correct
        mark = "Right." if feedback.correct else f"Not quite: the answer is {_WORDS[scenario.expected_verdict]}."
        click.echo(f"\n{mark} {scenario.why}")
        if feedback.passage is not None:
            passage = feedback.passage
            click.echo(f"\n{passage.title}, {passage.section}:")
            click.echo(textwrap.indent(passage.text.strip(), "  > ", lambda _line: True))
    click.echo(f"\n{right} of {total} right.")


def _ask_verdict() -> Verdict | None:
    while True:
        try:
            typed = click.prompt(
                "Your answer (1 permitted, 2 prohibited, 3 escalate, 4 needs_info)", prompt_suffix=" ", err=True
            )
        except click.Abort:
            return None
        answer = _KEYS.get(str(typed).strip().lower())
        if answer is not None:
            return answer
        click.echo("answer 1, 2, 3 or 4 (or the verdict's name)", err=True)


@click.group()
def roster() -> None:
    """Who officers are: name, command or unit, and task force (counsel or an admin keep it)."""


@roster.command("set")
@click.argument("user_id")
@click.option("--name", required=True, help="The officer's name as the reports show it.")
@click.option("--unit", required=True, help="Command or unit, e.g. '75 Pct' or 'Queens Narcotics'.")
@click.option("--task-force", default=None, help="For task-force officers: the task force.")
@click.option("--agency", default=None, help="The task force's federal agency (fbi, dea, atf, usms, hsi, ...).")
@click.pass_context
def roster_set(
    ctx: click.Context, user_id: str, name: str, unit: str, task_force: str | None, agency: str | None
) -> None:
    """Add an officer (by Slack user id) or change their entry."""
    by = _keeper(ctx, Role.COUNSEL)
    row = _change(ctx, lambda r: r.set(user_id, name=name, unit=unit, task_force=task_force, agency=agency, by=by))
    click.echo(f"{json.loads(row['summary'])['action']} {user_id}: {name}, {unit}", err=True)


@roster.command("remove")
@click.argument("user_id")
@click.pass_context
def roster_remove(ctx: click.Context, user_id: str) -> None:
    """Take an officer off the roster (their logged rows keep their id)."""
    by = _keeper(ctx, Role.COUNSEL)
    _change(ctx, lambda r: r.remove(user_id, by=by))
    click.echo(f"removed {user_id}", err=True)


@roster.command("list")
@click.option("--json", "as_json", is_flag=True)
@click.option("--task-force", "task_force_only", is_flag=True, help="Only task-force officers.")
@click.pass_context
def roster_list(ctx: click.Context, as_json: bool, task_force_only: bool) -> None:
    """The roster, by unit."""
    from bot.roster import Roster

    services = services_of(ctx)
    rows = Roster(services.engine, services.audit).all()
    rows = [r for r in rows if r["task_force"]] if task_force_only else rows
    if as_json:
        click.echo(json.dumps(rows, indent=2))
        return
    for row in rows:
        force = f"  [{row['task_force']}, {row['agency'] or '-'}]" if row["task_force"] else ""
        click.echo(f"{row['user_id']:<14} {row['name']:<28} {row['unit']}{force}")
    if not rows:
        click.echo("the roster is empty: add officers with `triage roster set USER_ID --name ... --unit ...`", err=True)


def _keeper(ctx: click.Context, role: Role) -> str:

    return require_role(ctx, role, "keep the officer roster")


def _change(ctx: click.Context, change: Callable[[Roster], dict[str, Any]]) -> dict[str, Any]:
    from bot.roster import Roster, RosterError

    services = services_of(ctx)
    try:
        row = change(Roster(services.engine, services.audit))
    except RosterError as exc:
        fail(str(exc), ExitCode.USAGE)
    except AuditUnavailable as exc:
        fail(f"the change could not be logged, so it was not made: {exc}", ExitCode.NO_RECORD)
    return row


def write_training_report(ctx: click.Context, half: str, out: Path, csv_out: Path | None, as_json: bool) -> None:
    """`triage audit report --training --half 2026H2`: HTML (and CSV) of the half-year's practice."""
    from bot.audit.law_reports import to_csv
    from bot.audit.training_report import TRAINING_COLUMNS, render_html, training_report
    from bot.audit.training_rows import half_bounds
    from bot.roster import Roster
    from bot.training import TRAINING

    try:
        since, until = half_bounds(half)
    except ValueError as exc:
        fail(str(exc), ExitCode.USAGE)
    half = half.strip().upper()
    log = reviewer_read(ctx, "audit report", report="training", period=half, out=out)
    head = log.list(LogFilter(limit=1))
    rows = list(log.stream(LogFilter(kind=TRAINING, since=since, until=until, limit=None)))
    services = services_of(ctx)
    year, part = int(half[:4]), half[-1]
    first, last = (f"{year}-01-01", f"{year}-06-30") if part == "1" else (f"{year}-07-01", f"{year}-12-31")
    report = training_report(
        half, first, last, rows, Roster(services.engine, log).by_user(), head[0]["row_hash"] if head else None
    )
    generated = utc_stamp(services_of(ctx).clock)
    out.write_text(render_html(report, generated), encoding="utf-8")
    if csv_out is not None:
        csv_out.write_text(to_csv(report.rows(), TRAINING_COLUMNS), encoding="utf-8")
    figures = report.figures()
    click.echo(f"wrote {out}: officers {figures['officers']}, answers {figures['answers']}", err=True)
    if as_json:
        click.echo(json.dumps(figures, indent=2))
