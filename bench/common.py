"""Shared helpers for the benchmarks: percentiles, timing, the labelled questions."""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "eval" / "dev.jsonl"  # not in a user's clone: skipped when absent


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def summary(latencies: list[float]) -> dict[str, float]:
    return {
        "p50": round(statistics.median(latencies), 2),
        "p95": round(percentile(latencies, 0.95), 2),
        "p99": round(percentile(latencies, 0.99), 2),
    }


def timed_ms(action: Callable[..., Any], *args: Any, **kwargs: Any) -> float:
    """Milliseconds one call of `action(*args, **kwargs)` takes."""
    started = time.perf_counter()
    action(*args, **kwargs)
    return (time.perf_counter() - started) * 1000


def labelled(paths: Iterable[Path]) -> list[dict[str, Any]]:
    return [json.loads(line) for path in paths if path.exists() for line in path.open() if line.strip()]


def team_questions() -> list[str]:
    return [item["question"] for item in labelled(sorted((ROOT / "eval").glob("*.jsonl")))]


def dev_items() -> list[dict[str, Any]]:
    """../shared/eval/dev.jsonl when present, else our own labelled scenarios (same fields)."""
    return labelled([DEV]) or labelled(sorted((ROOT / "eval").glob("*.jsonl")))


def dev_set_name() -> str:
    return "../shared/eval/dev.jsonl" if DEV.exists() else "eval/scenarios-team.jsonl"
