"""Answer latency of the full pipeline (log write included) on our labelled scenarios.

A first, small benchmark: the benchmark issue adds baselines, scaling and throughput.
Runs on a throw-away data dir so it never touches the real log.
"""

from __future__ import annotations

import json
import statistics
import tempfile
import time
from pathlib import Path

from bench.slack_ack import measure_slack_ack
from bot.app import Services, build_pipeline, ingest
from bot.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results.json"


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def summary(latencies: list[float]) -> dict[str, float]:
    return {
        "p50": round(statistics.median(latencies), 2),
        "p95": round(percentile(latencies, 0.95), 2),
        "p99": round(percentile(latencies, 0.99), 2),
    }


def main() -> None:
    questions = [
        json.loads(line)["question"] for path in sorted((ROOT / "eval").glob("*.jsonl")) for line in path.open()
    ]
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(data_dir=Path(tmp), knowledge_dir=ROOT / "knowledge", prompts_dir=ROOT / "prompts")
        services = Services(settings)
        started = time.perf_counter()
        ingest(services, settings.knowledge_dir)
        ingest_s = time.perf_counter() - started
        started = time.perf_counter()
        pipeline = build_pipeline(services)
        pipeline.answer(questions[0])
        first_answer_s = time.perf_counter() - started
        rounds: list[list[float]] = []
        for _round in range(3):  # round 1: every query embedded; rounds 2-3: query-embedding cache hits
            latencies = []
            for question in questions:
                t0 = time.perf_counter()
                pipeline.answer(question)
                latencies.append((time.perf_counter() - t0) * 1000)
            rounds.append(latencies)
        services.engine.dispose()
        slack = measure_slack_ack(Path(tmp), settings.knowledge_dir, settings.prompts_dir)
    uncached, cached = rounds[0], rounds[1] + rounds[2]
    results = {
        "questions": len(uncached),
        "answer_ms": summary(uncached),
        "answer_ms_repeated_question": summary(cached),
        "ingest_s": round(ingest_s, 2),
        "first_answer_after_ingest_s": round(first_answer_s, 2),
        "slack_requests": slack["requests"],
        "slack_ack_ms": summary(slack["ack_ms"]),
        "slack_healthz_ms_baseline": summary(slack["healthz_ms"]),
        "slack_mention_to_card_ms": summary(slack["answer_ms"]),
    }
    RESULTS.write_text(json.dumps(results, indent=2) + "\n")
    print("| measure | value |\n| --- | --- |")
    for key, label in (("answer_ms", "new question"), ("answer_ms_repeated_question", "repeated question")):
        row = results[key]
        print(
            f"| answer p50 / p95 / p99 ms, {label}, log write included | {row['p50']} / {row['p95']} / {row['p99']} |"
        )
    print(f"| ingest of the bundled KB, model load included (s) | {results['ingest_s']} |")
    print(f"| pipeline build + first answer, same process as ingest (s) | {results['first_answer_after_ingest_s']} |")
    for key, label in (
        ("slack_ack_ms", "Slack HTTP ack of a signed app_mention"),
        ("slack_healthz_ms_baseline", "baseline: GET /healthz on the same server"),
        ("slack_mention_to_card_ms", "Slack app_mention sent → verdict card posted"),
    ):
        row = results[key]
        print(f"| {label}, p50 / p95 / p99 ms | {row['p50']} / {row['p95']} / {row['p99']} |")


if __name__ == "__main__":
    main()
