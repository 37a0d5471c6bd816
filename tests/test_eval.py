"""Our own labelled scenarios (eval/scenarios.jsonl) through the batch path, with thresholds."""

from __future__ import annotations

from bot.evaluate import evaluate, format_report
from bot.pipeline import Pipeline
from tests.conftest import ROOT

SCENARIOS = ROOT / "eval" / "scenarios.jsonl"


def test_scenarios_meet_the_bar(pipeline: Pipeline) -> None:
    lines = SCENARIOS.read_text(encoding="utf-8").splitlines()
    assert len(lines) >= 80
    report = evaluate(pipeline, lines)
    summary = format_report(report, SCENARIOS)
    assert not report.false_permits, summary
    assert report.accuracy >= 0.95, summary
    assert report.citation_recall >= 0.95, summary
    assert not report.errors, summary
