"""`triage audit report`: the quarterly, § 10-178, detainer and training reports."""

from __future__ import annotations

import json
from pathlib import Path

import click

from bot.audit.records import LogFilter
from bot.cli.common import (
    ExitCode,
    fail,
    reviewer_read,
    services_of,
)
from bot.clock import utc_stamp


@click.command("report")
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

    if training or half:
        if not (training and half) or detainers or law or quarter or year:
            fail("--training takes --half (e.g. --half 2026H2) and nothing else", ExitCode.USAGE)
        from bot.cli.training import write_training_report

        assert half is not None
        write_training_report(ctx, half, out, csv_out, as_json)
        return

    from bot.audit.report import build_report, quarter_bounds, render_html

    if detainers and (law or quarter):
        fail("--detainers takes --year, not --quarter or --law", ExitCode.USAGE)
    if detainers and year is None:
        fail("--detainers needs --year, e.g. --year 2026", ExitCode.USAGE)
    if not detainers and quarter is None:
        fail("give --quarter (e.g. 2026Q4), or --detainers --year YYYY", ExitCode.USAGE)
    if year is not None and not detainers:
        fail("--year is for --detainers", ExitCode.USAGE)
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
        fail(str(exc), ExitCode.USAGE)
    kind = "detainers" if detainers else (f"law {law}" if law else "quarterly")
    log = reviewer_read(ctx, "audit report", report=kind, period=period, out=out)
    head = log.list(LogFilter(limit=1))
    head_hash = head[0]["row_hash"] if head else None
    generated = utc_stamp(services_of(ctx).clock)
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
