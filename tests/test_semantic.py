"""The reader's semantic layer, with the real MiniLM model: calibrated, cautious, deterministic."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from pathlib import Path

import pytest

from bot.facts.extract import FactsReader
from bot.facts.model import Agency, Ask, Facts, Source
from bot.facts.record import load_offenses
from bot.facts.semantic import SemanticReader, load_exemplars
from bot.facts.text import clauses, normalise
from bot.rules import Verdict, decide_message, load_rules

CALIBRATION = Path(__file__).resolve().parent / "data" / "semantic_calibration.jsonl"
KNOWLEDGE = Path(__file__).resolve().parent.parent / "knowledge"


@pytest.fixture(scope="module")
def semantic(embedder) -> SemanticReader:  # type: ignore[no-untyped-def]
    return SemanticReader(load_exemplars(), embedder.embed)


def _read(semantic: SemanticReader, text: str) -> str | None:
    tidy = normalise(text)
    reading = semantic.best(list(clauses(tidy.norm)), tidy)
    return reading.ask.value if reading else None


def test_the_shipped_threshold_keeps_precision_high_on_clauses_written_apart(semantic: SemanticReader) -> None:
    rows = [json.loads(line) for line in CALIBRATION.read_text().splitlines()]
    read = [(row["ask"], _read(semantic, row["text"])) for row in rows]
    proposed = [(gold, got) for gold, got in read if got is not None]
    correct = sum(gold == got for gold, got in proposed)
    asks = sum(1 for gold, _ in read if gold)
    # At first sight (110 clauses written apart, 2026-11-30, keywords avoided on purpose): precision
    # 0.955 (21 of 22), recall 0.263; the semantic layer is a cautious fallback behind the patterns.
    assert correct / len(proposed) >= 0.9, proposed
    assert correct / asks >= 0.25
    assert all(got is None for gold, got in read if gold is None)  # negated, hedged, off-topic: nothing


def test_the_whole_reader_reads_the_plain_word_asks_written_apart(semantic: SemanticReader) -> None:
    """Patterns and semantic layer together on the same clauses (first sight: 59 of 80, 6 of 30
    clauses without a request read as one); kept as a regression set after the fixes by class."""
    reader = FactsReader(load_offenses(KNOWLEDGE / "offenses.yaml"), lambda: dt.date(2026, 11, 30), semantic)
    rows = [json.loads(line) for line in CALIBRATION.read_text().splitlines()]
    read = [(row["ask"], {a.value for f in reader.read_message(row["text"]) for a in f.asks}) for row in rows]
    asked = [(gold, got) for gold, got in read if gold]
    assert sum(gold in got for gold, got in asked) / len(asked) >= 0.95
    assert sum(bool(got) for gold, got in read if gold is None) <= 2


def test_an_uncertain_reading_stays_unknown(semantic: SemanticReader) -> None:
    strict = SemanticReader(replace(load_exemplars(), threshold=0.99), semantic._embed)
    assert _read(strict, "they want us to keep the guy in the cells past his release") is None


def test_a_semantic_ask_is_marked_and_cannot_stand_for_an_ask_the_patterns_read(semantic: SemanticReader) -> None:
    tidy = normalise("they want one of our cops to come along while they knock on doors")
    empty = Facts(agency=Agency.ICE, sources={"agency": Source.STATED})
    filled = semantic.fill(empty, list(clauses(tidy.norm)), tidy)
    assert filled.asks and all(filled.sources[f"asks.{a.value}"] is Source.SEMANTIC for a in filled.asks)
    read = Facts(agency=Agency.ICE, asks=frozenset({Ask.HOLD}), sources={"asks.hold": Source.STATED})
    assert semantic.fill(read, list(clauses(tidy.norm)), tidy) is read


def test_unknown_kinds_in_the_examples_file_are_refused() -> None:
    with pytest.raises(ValueError, match="unknown kind"):
        load_exemplars("asks:\n  teleport: [beam him up]\n")


@pytest.mark.parametrize(
    "text",
    [
        "the agents were polite and left",  # read as an emergency once, before this test existed
        "ICE says things are getting out of hand with the crowd outside",
        "ICE asked if our desk officer could babysit the guy a bit",
    ],
)
def test_a_semantic_reading_alone_never_permits(semantic: SemanticReader, text: str) -> None:
    eager = SemanticReader(replace(load_exemplars(), threshold=0.2, margin=0.0), semantic._embed)
    reader = FactsReader(load_offenses(KNOWLEDGE / "offenses.yaml"), lambda: dt.date(2026, 11, 30), eager)
    decision = decide_message(reader.read_message(text), load_rules(KNOWLEDGE / "rules.yaml"))
    semantic_asks = [r for r in decision.requests if Source.SEMANTIC in r.facts.sources.values()]
    assert semantic_asks, "an eager semantic layer reads something in each of these"
    assert all(request.verdict is not Verdict.PERMITTED for request in semantic_asks), decision
