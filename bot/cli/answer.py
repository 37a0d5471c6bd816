"""`triage ask`, `triage record` and `triage eval`: questions in, answers and outcomes out."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import click

from bot.audit.records import AuditUnavailable
from bot.audit.store import AuditLog
from bot.cli.common import (
    ExitCode,
    enum_choice,
    fail,
    operator,
    pipeline_of,
    require_existing_log,
    services_of,
)
from bot.facts.model import Agency, Ask, Purpose, StatedFacts, Warrant
from bot.intake import IntakeError


@click.command("ask")
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
    triage ask --json < questions.jsonl     # {"id": ..., "question": ...} per line; exits 1 if a line
                                            # got no answer, 3 if the log could not be written
    echo "..." | triage ask                 # one question per line, text answers
    triage ask --paragraphs < emails.txt    # questions separated by blank lines
    """
    from bot.batch import answer_lines
    from bot.console import run_console
    from bot.pipeline import PipelineError
    from bot.render import render_text

    user = user or operator(ctx)
    if question is None and sys.stdin.isatty():
        fail("give a QUESTION, or pipe questions on standard input (see --help)", ExitCode.USAGE)
    pipeline = pipeline_of(ctx)
    if question is not None:
        raw = question.encode("utf-8", "surrogateescape")
        try:
            answer = pipeline.answer(raw, user_id=user)
        except IntakeError as exc:
            fail(str(exc), ExitCode.FAILED)
        except (PipelineError, AuditUnavailable) as exc:
            fail(f"no verdict given - {exc}", ExitCode.NO_RECORD)
        if as_blocks:
            from bot.slack.cards import verdict_card

            click.echo(json.dumps(verdict_card(answer), ensure_ascii=False, indent=2))
        else:
            click.echo(json.dumps(answer.contract(), ensure_ascii=False) if as_json else render_text(answer, full))
        return
    if as_json:
        fatal = False
        failed = total = 0
        for line in answer_lines(pipeline, sys.stdin.buffer, user_id=user, warn=lambda m: click.echo(m, err=True)):
            fatal = fatal or bool(line.pop("fatal", False))
            total += 1
            failed += "error" in line
            click.echo(json.dumps(line, ensure_ascii=False))
        if not total:
            fail('no JSON lines on standard input (one {"id": ..., "question": ...} per line)', ExitCode.FAILED)
        if failed:
            # a script piping a batch must be able to tell that some lines got no answer
            click.echo(f'error: {failed} of {total} lines not answered (see their "error")', err=True)
        sys.exit(ExitCode.NO_RECORD if fatal else ExitCode.FAILED if failed else ExitCode.OK)
    sys.exit(run_console(pipeline, sys.stdin, sys.stdout, sys.stderr, user, paragraphs=paragraphs))


@click.command("record")
@click.argument("query_id", required=False)
@click.option(
    "--outcome",
    type=click.Choice(["declined", "fulfilled", "referred", "pending"], case_sensitive=False),
    required=True,
    help="What was done with the federal request (referred: to the Legal Bureau).",
)
@click.option("--note", default=None, help="A line for the review committee (masked like every typed text).")
@click.option("--new", "new", is_flag=True, help="Register a request that was handled without asking the bot.")
@click.option("--agency", type=enum_choice(Agency), help="--new: who asked.")
@click.option("--asks", "asks", multiple=True, type=enum_choice(Ask), help="--new: what they asked (repeatable).")
@click.option("--warrant", type=enum_choice(Warrant, ("unknown",)), help="--new: the paperwork they had.")
@click.option("--purpose", type=enum_choice(Purpose), help="--new: the purpose they gave.")
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
        fail("give a QUERY_ID, or --new for a request that was not asked about (not both)", ExitCode.USAGE)
    if not new and (agency or asks or warrant or purpose or details):
        fail("--agency, --asks, --warrant, --purpose and --details describe a --new request", ExitCode.USAGE)
    if new and (agency is None or not asks):
        fail("--new needs at least --agency and --asks (what was asked of you)", ExitCode.USAGE)
    require_existing_log(ctx)
    who = user or operator(ctx)
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
                pipeline_of(ctx),
                services_of(ctx).audit,
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
            row = record_outcome(services_of(ctx).audit, query_id, outcome, user_id=who, source="cli", note=note)
    except (OutcomeRefused, IntakeError) as exc:
        fail(str(exc), ExitCode.USAGE)
    except (AuditUnavailable, PipelineError) as exc:
        fail(f"nothing recorded - {exc}", ExitCode.NO_RECORD)
    if as_json:
        click.echo(json.dumps(row, ensure_ascii=False, default=str))
    else:
        click.echo(f"recorded: {OUTCOMES[row['outcome']]} for query {row['parent_query_id']}")
    if against:
        click.echo(f"flagged for review: {against}", err=True)


@click.command("eval")
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
    pipeline = pipeline_of(ctx, audit=AuditLog(make_engine(f"sqlite:///{scratch / 'eval-log.db'}")))
    click.echo("note: answers are logged to a throw-away log, not the officers' log", err=True)
    failed = False
    for path in paths:
        report = evaluate(pipeline, path.read_text(encoding="utf-8").splitlines())
        click.echo(
            json.dumps({"file": str(path), **report.as_dict()}, indent=2) if as_json else format_report(report, path)
        )
        failed = failed or bool(report.false_permits) or report.accuracy < min_accuracy
        failed = failed or report.citation_recall < min_recall
    sys.exit(ExitCode.FAILED if failed else ExitCode.OK)
