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

from bot.app import Services, build_pipeline, ingest
from bot.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results.json"


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> None:
    questions = [json.loads(line)["question"] for line in (ROOT / "eval" / "scenarios.jsonl").open()]
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
        latencies = []
        for _round in range(3):
            for question in questions:
                t0 = time.perf_counter()
                pipeline.answer(question)
                latencies.append((time.perf_counter() - t0) * 1000)
    results = {
        "questions": len(latencies),
        "answer_ms": {
            "p50": round(statistics.median(latencies), 2),
            "p95": round(percentile(latencies, 0.95), 2),
            "p99": round(percentile(latencies, 0.99), 2),
        },
        "ingest_s": round(ingest_s, 2),
        "first_answer_after_ingest_s": round(first_answer_s, 2),
    }
    RESULTS.write_text(json.dumps(results, indent=2) + "\n")
    print("| measure | value |\n| --- | --- |")
    print(
        f"| answer p50 / p95 / p99 (ms, log write included) | {results['answer_ms']['p50']} / "
        f"{results['answer_ms']['p95']} / {results['answer_ms']['p99']} |"
    )
    print(f"| ingest of the bundled KB, model load included (s) | {results['ingest_s']} |")
    print(f"| pipeline build + first answer (s) | {results['first_answer_after_ingest_s']} |")


if __name__ == "__main__":
    main()
