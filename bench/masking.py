"""Masking: milliseconds per question over every labelled question, as served (names too)
against structured identifiers alone (no name model) as the baseline."""

from __future__ import annotations

from typing import Any

from bench.common import ROOT, labelled, summary, timed_ms
from bot.masking import Masker


def masking_latency() -> dict[str, Any]:
    paths = sorted((ROOT / "eval").glob("*.jsonl")) + sorted((ROOT / "eval" / "heldout").glob("*.jsonl"))
    questions = [item["question"] for item in labelled(paths)]
    served, structured = Masker(names=True), Masker(names=False)
    for question in questions[:20]:
        served.mask(question)
        structured.mask(question)
    as_served = [timed_ms(served.mask, question) for question in questions]
    baseline = [timed_ms(structured.mask, question) for question in questions]
    return {
        "questions": len(questions),
        "served_ms": summary(as_served),
        "structured_only_ms_baseline": summary(baseline),
    }
