"""The quarterly report, built from a log the real pipeline wrote; its numbers match `audit list`."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.app import Services
from bot.audit.records import AuditRecord
from bot.audit.report import quarter_bounds, weekly_chart
from bot.cli import main
from bot.pipeline import Pipeline
from tests.conftest import cli_env

PROHIBITED = "ICE wants us to hold him past his release on a detainer, no judicial warrant"
REASKED = (
    "ICE wants us to hold him past his release; a federal judge signed a criminal arrest warrant "
    "in his drug trafficking case"
)
MONITORING = "ICE wants an alert whenever this guy gets stopped by police"
# a hand-over the NYPD may make on its own authority (the report lists each one)
HANDOVER = (
    "US Marshals have a federal arrest warrant signed by a judge for bank robbery"
    " and want to pick him up from our cells"
)
DESK = "HSI asks for a desk in the precinct"


@pytest.fixture
def seeded(pipeline: Pipeline, services: Services) -> dict[str, str]:
    ids = {
        "prohibited": pipeline.answer(PROHIBITED, user_id="U8").query_id,
        "reasked": pipeline.answer(REASKED, user_id="U8").query_id,
        "monitoring": pipeline.answer(MONITORING, user_id="U7").query_id,
        "handover": pipeline.answer(HANDOVER, user_id="U4").query_id,
    }
    for _ in range(3):
        pipeline.answer(DESK, user_id="U6")
    for phrasing in (
        "ICE ERO asks for the home address of [[Juan Perez]]",
        "any court date for [[JUAN  PEREZ]]?",
        "[[Juan Perez]] DOB",
    ):
        pipeline.answer(phrasing, user_id="U5")  # the same person, three ways
    services.audit.append(AuditRecord.note("escalation", "slack", parent_query_id=ids["monitoring"], user_id="U7"))
    services.audit.append(
        AuditRecord.note(
            "counsel_decision",
            "slack",
            parent_query_id=ids["monitoring"],
            user_id="UCOUNSEL",
            verdict="prohibited",
            summary="No alerts.",
        )
    )
    return ids


def test_quarter_bounds() -> None:
    # New York days: October starts at 04:00 UTC (daylight time), January at 05:00 (standard time)
    assert quarter_bounds("2026Q4") == ("2026-10-01T04:00:00.000000+00:00", "2027-01-01T05:00:00.000000+00:00")
    assert quarter_bounds("2027q1") == ("2027-01-01T05:00:00.000000+00:00", "2027-04-01T04:00:00.000000+00:00")
    with pytest.raises(ValueError, match="2026Q4"):
        quarter_bounds("Q4 2026")


def test_the_report_counts_match_audit_list_and_the_breach_patterns_are_flagged(
    seeded: dict[str, str], data_dir: Path, tmp_path: Path
) -> None:
    out = tmp_path / "report.html"
    result = CliRunner().invoke(
        main, ["audit", "report", "--quarter", "2026Q4", "--out", str(out), "--json"], env=cli_env(data_dir)
    )
    assert result.exit_code == 0, result.output
    page = out.read_text()
    since, until = "2026-10-01", "2026-12-31"  # the quarter's first and last days, both included
    for verdict in ("prohibited", "permitted", "needs_info", "escalate"):
        listed = CliRunner().invoke(
            main,
            [
                "audit",
                "list",
                "--verdict",
                verdict,
                "--kind",
                "query",
                "--since",
                since,
                "--until",
                until,
                "--limit",
                "0",
                "--json",
            ],
            env=cli_env(data_dir),
        )
        count = len(listed.output.splitlines())
        assert f'data-total="{verdict}">{count}<' in page, verdict
    assert 'data-total="questions">10<' in page

    permitted_table = page[page.index('<table id="permitted">') : page.index("</table>", page.index('id="permitted"'))]
    permitted_rows = re.findall(r'<tr data-query="([0-9a-f-]+)"', permitted_table)
    assert permitted_rows == [seeded["handover"]]  # the re-asked ICE hold now escalates (R3d), never permitted
    flags = re.findall(r'data-flag="(\w+)"', page)
    assert sorted(flags) == ["monitoring", "reasked", "repeated", "same_subject"]
    assert "Juan" not in page and "PEREZ" not in page
    assert "<svg" in page and "<script" not in page
    figures = json.loads(result.output[result.output.index("{") :])
    escalated = {e["query_id"]: e for e in figures["escalations"]}
    others = [e for q, e in escalated.items() if q != seeded["monitoring"]]
    assert all(e["bot_verdict"] == "escalate" and e["decision"] is None for e in others)  # not yet sent on
    case = escalated[seeded["monitoring"]]
    assert {key: case[key] for key in ("query_id", "bot_verdict", "escalated_by", "decision", "decided_by")} == {
        "query_id": seeded["monitoring"],
        "bot_verdict": "needs_info",
        "escalated_by": "U7",
        "decision": "prohibited",
        "decided_by": "UCOUNSEL",
    }
    # each case reads as a case: the masked question and what the bot read, not an id alone
    assert case["question"] and case["agency"] and "monitoring_alert" in case["asks"] and case["rule_id"]
    assert f'<tr data-query="{seeded["monitoring"]}"><td><code>' in page


def test_a_quarter_without_rows_renders_an_empty_report(data_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "q1.html"
    result = CliRunner().invoke(
        main, ["audit", "report", "--quarter", "2025Q1", "--out", str(out)], env=cli_env(data_dir)
    )
    assert result.exit_code == 0, result.output
    assert 'data-total="questions">0<' in out.read_text() and "None this quarter." in out.read_text()


def test_evaluation_runs_are_not_counted_as_officers_questions() -> None:
    from bot.audit.report import build_report

    row = {
        "query_id": "q1",
        "kind": "query",
        "created_at": "2026-11-02T10:00:00+00:00",
        "outcome": "answered",
        "verdict": "permitted",
        "agency": "fbi",
        "asks": "share_records",
        "rule_id": "R4",
        "user_id": "U1",
    }
    report = build_report("2026Q4", [{**row, "source": "slack-mention"}, {**row, "query_id": "q2", "source": "eval"}])
    assert report.questions == 1 and [r["query_id"] for r in report.permitted] == ["q1"]


def test_audit_show_includes_the_rows_linked_to_a_question(seeded: dict[str, str], data_dir: Path) -> None:
    shown = CliRunner().invoke(main, ["audit", "show", seeded["monitoring"][:8], "--json"], env=cli_env(data_dir))
    assert shown.exit_code == 0, shown.output
    decision = json.loads(shown.output)
    assert decision["prompt_hash"] and decision["latency_ms"] > 0 and decision["kb_version"]
    assert [f["kind"] for f in decision["follow_ups"]] == ["escalation", "counsel_decision"]


def test_hand_overs_are_people_going_to_an_agency_and_noise_is_no_case_for_counsel() -> None:
    from bot.audit.report import build_report, render_html

    base = {
        "kind": "query",
        "created_at": "2026-11-02T10:00:00+00:00",
        "outcome": "answered",
        "user_id": "U1",
        "source": "slack-mention",
    }
    rows = [
        {
            **base,
            "query_id": "records",
            "verdict": "permitted",
            "agency": "fbi",
            "asks": "share_records",
            "rule_id": "R4",
        },
        {
            **base,
            "query_id": "emergency",
            "verdict": "permitted",
            "agency": "ice",
            "asks": "public_safety_response",
            "rule_id": "R11",
        },
        {
            **base,
            "query_id": "custody",
            "verdict": "permitted",
            "agency": "usms",
            "asks": "transfer_custody",
            "rule_id": "R3",
            "question_masked": "USMS has a judge's warrant for [NAME], hand him over?",
        },
        {
            **base,
            "query_id": "noise",
            "verdict": "escalate",
            "agency": "unknown",
            "asks": "",
            "rule_id": "R0",
            "question_masked": "asdf qwerty",
        },
        {
            **base,
            "query_id": "case",
            "verdict": "escalate",
            "agency": "fbi",
            "asks": "share_records",
            "rule_id": "R7-mixed",
            "question_masked": "FBI wants the file, ICE takes him after",
        },
    ]
    report = build_report("2026Q4", rows)
    assert [row["query_id"] for row in report.handovers] == ["custody"]
    assert [case["query_id"] for case in report.escalations] == ["case"] and report.not_requests == 1
    assert report.escalations[0]["question"] == "FBI wants the file, ICE takes him after"
    page = render_html(report, "2026-12-02T00:00:00+00:00")
    assert page.count('data-handover="yes"') == 1 and "1 message(s) were no federal request" in page


def test_the_weekly_chart_labels_every_week_level_inside_the_picture_with_a_count_scale() -> None:
    """A whole quarter (14 ISO weeks): labels used to be rotated and clipped at the bottom edge."""
    by_week = {f"2026-W{week:02d}": Counter({"prohibited": week % 5, "permitted": 1}) for week in range(40, 54)}
    svg = weekly_chart(by_week)
    height = int(re.search(r'height="(\d+)"', svg).group(1))  # type: ignore[union-attr]
    assert "rotate(" not in svg
    assert all(int(float(y)) <= height - 4 for y in re.findall(r'<text [^>]*y="([\d.]+)"', svg))
    assert "W40" in svg and ">28 Sep<" in svg  # ISO week 40 of 2026 starts on Monday 28 September
    assert "W53" in svg and ">28 Dec<" in svg
    most = max(sum(counts.values()) for counts in by_week.values())
    assert f">{most}</text>" in svg and ">0</text>" in svg  # the scale
    assert all(f">{sum(c.values())}</text>" in svg for c in by_week.values())  # each column's total
