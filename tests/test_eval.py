"""Our own labelled scenarios (eval/*.jsonl) through the batch path, with the bar from the issue."""

from __future__ import annotations

from bot.evaluate import evaluate, format_report
from bot.pipeline import Pipeline
from tests.conftest import ROOT

SCENARIO_FILES = sorted((ROOT / "eval").glob("*.jsonl"))


def test_scenarios_meet_the_bar(pipeline: Pipeline) -> None:
    lines = [line for path in SCENARIO_FILES for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(lines) >= 80
    report = evaluate(pipeline, lines)
    summary = format_report(report, ROOT / "eval")
    assert not report.false_permits, summary
    assert report.accuracy >= 0.95, summary
    assert report.citation_recall >= 0.95, summary
    assert not report.errors, summary
