"""Second-language English: the small words written back in, nothing else changed, and evidence
still quoting the officer's own words."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bot.facts.extract import FactsReader
from bot.facts.record import load_offenses
from bot.facts.text import normalise

KNOWLEDGE = Path(__file__).resolve().parent.parent / "knowledge"


@pytest.mark.parametrize(
    "typed,read",
    [
        ("they want transfer him", "they want to transfer him"),
        ("team lead ask me come help ice", "team lead ask me to come help ice"),
        ("they want we hold him", "they want us to hold him"),
        ("he want that i give the file", "he want me to give the file"),
        ("ask our squad join operation", "ask our squad to join the operation"),
        ("give desk in precinct", "give a desk in the precinct"),
        ("they have warrant for him", "they have a warrant for him"),
        ("criminal possession of weapon", "criminal possession of a weapon"),
        ("who sign it i don't know", "who signed it i don't know"),
        ("not sure if judge sign it or their boss sign it", "not sure if judge signed it or their boss signed it"),
        ("dea ask lab report", "dea ask for lab report"),
        ("knock doors on saturday", "knock on doors on saturday"),
    ],
)
def test_the_dropped_words_are_written_back(typed: str, read: str) -> None:
    assert normalise(typed).norm == read


@pytest.mark.parametrize(
    "native",
    [
        "they want help with the paperwork",  # help, transfer, release: nouns as well as verbs
        "ice wants transfer of custody",
        "they want release date and time",
        "we want to give them the file",
        "he asked the desk officer about the report",
        "keep him in case he runs",
        "they want arrest warrant copies",
        "they asked if we can hold him",
    ],
)
def test_a_native_speakers_sentence_is_left_as_it_is(native: str) -> None:
    assert normalise(native).norm == native


def test_evidence_quotes_the_officers_own_words() -> None:
    reader = FactsReader(load_offenses(KNOWLEDGE / "offenses.yaml"), lambda: dt.date(2026, 12, 3))
    text = "HSI say they have warrant for our prisoner for a fraud, they want transfer him. Who sign I don't know."
    facts = reader.read(text)
    assert facts.evidence["asks.transfer_custody"] == "transfer him"
    assert all(quote in text for quote in facts.evidence.values())
