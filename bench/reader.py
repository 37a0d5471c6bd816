"""The facts reader: milliseconds per question over every labelled question in the repository,
patterns alone and as served (with the semantic layer, which embeds clauses only when the
patterns read no ask), against text normalisation alone as the floor every question pays."""

from __future__ import annotations

import datetime as dt
import statistics
from typing import Any

from bench.common import ROOT, labelled, summary, timed_ms
from bot.app import Services, build_pipeline
from bot.facts.extract import FactsReader
from bot.facts.record import load_offenses
from bot.facts.text import normalise
from bot.rules import decide_message


def reader_latency(services: Services) -> dict[str, Any]:
    paths = sorted((ROOT / "eval").glob("*.jsonl")) + sorted((ROOT / "eval" / "heldout").glob("*.jsonl"))
    questions = [item["question"] for item in labelled(paths)]
    knowledge = build_pipeline(services).knowledge
    served = knowledge.reader
    patterns = FactsReader(load_offenses(services.settings.knowledge_dir / "offenses.yaml"), dt.date.today)
    for question in questions[:20]:  # warm the regex caches and the embedding session
        served.read_message(question)
    floor, alone, as_served, deciding, semantic_used = [], [], [], [], 0
    for n, question in enumerate(questions):
        fresh = f"{question} ({n})"  # not in the embedder's query cache
        floor.append(timed_ms(normalise, fresh))
        alone.append(timed_ms(patterns.read_message, fresh))
        as_served.append(timed_ms(served.read_message, fresh))
        requests = served.read_message(fresh)
        semantic_used += any(not facts.asks for facts in patterns.read_message(fresh))
        deciding.append(timed_ms(decide_message, requests, knowledge.rules))
    return {
        "questions": len(questions),
        "files": [str(path.relative_to(ROOT)) for path in paths],
        "normalise_only_ms_baseline": summary(floor),
        "patterns_ms": summary(alone),
        "served_ms": summary(as_served),
        "decide_ms": summary(deciding),
        "share_reaching_semantic_layer": round(semantic_used / len(questions), 3),
        "mean_served_ms": round(statistics.fmean(as_served), 3),
    }
