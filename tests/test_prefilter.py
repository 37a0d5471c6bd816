"""The lexicon's literal prefilter finds exactly what the full alternations find, only faster."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.facts import lexicon, spans
from bot.facts.lexicon import warrant as warrant_words
from bot.facts.prefilter import GatedAlternation, Prefilter, _top_level_branches, gated, required_literals
from bot.facts.text import normalise

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    "pattern,expected",
    [
        (r"\bhold(?:ing)? him\b", [{"hold"}, {" him"}]),  # every piece every match holds
        # " " alone is no gate; the parser takes "him|her" apart into " h" and "im|er"
        (r"\b(?:keep|hold) (?:him|her)\b", [{"keep", "hold"}, {" h"}, {"im", "er"}]),
        (r"\bshots? fired\b", [{"shot"}, {" fired"}]),
        (r"\bsatellite (?:office|base)\b", [{"satellite "}, {"office", "base"}]),
        (r"(?<=from )immigration\b", [{"from "}, {"immigration"}]),
        (r"\bfed\b(?= (?:wants|asked))", [{"fed"}, {"wants", "asked"}]),  # a lookahead's words are in the message too
        (r"(?:\d+|two) agents", [{" agents"}]),  # one alternative names nothing: the group gates nothing
        (r"(?:hold|keep(?:ing)?) him", [{"hold", "keep"}, {" him"}]),  # each alternative's most selective piece
        (r"hold him|x", []),  # a one-character alternative: no gate
        (r"\b\d{3}\b", []),  # nothing literal to require
        (r"(?:hold)?\w+", []),  # the only literal is optional
        (r"(?i)hold", []),  # case folding: a literal check would be wrong
        (r"(?i:hold) him", [{" him"}]),  # ... also inside a group, where the rest still counts
    ],
)
def test_required_literals(pattern: str, expected: list[set[str]]) -> None:
    assert required_literals(pattern) == tuple(frozenset(need) for need in expected)


def _spans(matches: object) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in matches]  # type: ignore[attr-defined]


def _labelled_questions() -> list[str]:
    paths = sorted((ROOT / "eval").rglob("*.jsonl"))
    return [json.loads(line)["question"] for path in paths for line in path.open() if line.strip()]


@pytest.mark.parametrize("name,prefilter", [("strong", lexicon.STRONG_ASKS), ("weak", lexicon.WEAK_ASKS)])
def test_every_labelled_question_reads_the_same_through_the_prefilter(name: str, prefilter: Prefilter[object]) -> None:
    questions = _labelled_questions()[::3]  # a third of them: every alternation in full is slow
    assert len(questions) > 1000
    for question in questions:
        norm = normalise(question).norm
        present = prefilter.literals_in(norm)
        for key in prefilter.keys:
            full = prefilter.alternation(key)
            assert _spans(prefilter.finditer(key, norm, present)) == _spans(full.finditer(norm)), (name, key, question)


_TOY = Prefilter(
    {
        "custody": [r"\bhold (?:him|her)\b", r"\bhold\b", r"\bkeep (?:him|her) (?:till|until)\b", r"him"],
        "records": [r"\b(?:the|our) (?:report|file)s?\b", r"\breport\b", r"\bfile on (?:him|her)\b"],
    }
)
_WORDS = ["hold", "him", "her", "keep", "till", "the", "our", "report", "file", "files", "on", "x", "holder"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=14), st.sampled_from([" ", "", ", "]))
def test_overlapping_branches_keep_the_alternations_order(words: list[str], separator: str) -> None:
    """At one position the branch listed first wins, and matches never overlap, as in `re`."""
    text = separator.join(words)
    for key in _TOY.keys:
        assert _spans(_TOY.finditer(key, text)) == _spans(_TOY.alternation(key).finditer(text))


def test_a_branch_runs_only_when_the_message_holds_a_string_of_each_set_it_needs() -> None:
    prefilter = Prefilter({"custody": [r"\bhold (?:him|her) (?:till|until)\b"]})
    assert prefilter.active("custody", prefilter.literals_in("hold her until noon")) != []
    assert prefilter.active("custody", prefilter.literals_in("hold her for the feds")) == []  # "till" missing
    assert prefilter.active("custody", prefilter.literals_in("until then keep her")) == []  # "hold" missing


def test_a_branch_that_can_match_empty_uses_the_plain_alternation() -> None:
    prefilter = Prefilter({"maybe": [r"a*", r"\bhold\b"]})
    assert _spans(prefilter.finditer("maybe", "hold aa")) == _spans(re.finditer(r"(?:a*)|(?:\bhold\b)", "hold aa"))


_GATED = {
    **{name: getattr(lexicon, name) for name in ("CIVIL_STRONG", "CIVIL_WEAK", "CRIME_TERMS", "IMMIGRATION_CRIME")},
    **{name: getattr(spans, name) for name in ("JUDICIAL", "ADMIN", "DETAINER", "CRIMINAL_PAPER")},
    **{name: getattr(warrant_words, name) for name in ("SIGNER_UNKNOWN", "ANY_WARRANT", "NO_WARRANT")},
}


@pytest.mark.parametrize(
    "pattern,branches",
    [
        (r"a|b", ["a", "b"]),
        (r"(?:a|b)|c", ["(?:a|b)", "c"]),  # inside a group: not a top-level branch
        (r"[|]|x", ["[|]", "x"]),  # inside a class
        (r"\||y", ["\\|", "y"]),  # escaped
        (r"[]|]z|w", ["[]|]z", "w"]),  # "]" first in a class is a literal
        (r"a(?=b|c)|d", ["a(?=b|c)", "d"]),
    ],
)
def test_top_level_branches(pattern: str, branches: list[str]) -> None:
    assert _top_level_branches(pattern) == branches


def test_a_pattern_with_groups_or_global_flags_stays_a_plain_compiled_pattern() -> None:
    assert isinstance(gated(r"(a)|b"), re.Pattern)  # group numbers would change
    assert isinstance(gated(r"(?i)a|b"), re.Pattern)
    assert isinstance(gated(r"\ba\b|\bb\b"), GatedAlternation)


def test_gated_alternations_search_every_labelled_question_clause_by_clause_as_re_does() -> None:
    """The long lexicon alternations, searched between clause bounds (pos and endpos) as the reader
    searches them, find exactly what the compiled alternation finds."""
    from bot.facts.text import clauses

    for question in _labelled_questions()[::29]:
        norm = normalise(question).norm
        bounds = [(0, len(norm)), *((c.start, c.end) for c in clauses(norm))]
        for name, searcher in _GATED.items():
            full = re.compile(searcher.pattern)
            for start, end in bounds:
                assert _spans(searcher.finditer(norm, start, end)) == _spans(full.finditer(norm, start, end)), name
                found, expected = searcher.search(norm, start, end), full.search(norm, start, end)
                assert _spans([found] if found else []) == _spans([expected] if expected else []), (name, question)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=14), st.integers(0, 40), st.integers(0, 80))
def test_a_gated_alternation_between_bounds_keeps_the_alternations_order(words: list[str], pos: int, end: int) -> None:
    gated = GatedAlternation([r"\bhold (?:him|her)\b", r"\bhold\b", r"\bkeep (?:him|her) (?:till|until)\b", r"him"])
    full = re.compile(gated.pattern)
    text = " ".join(words)
    assert _spans(gated.finditer(text, pos, end)) == _spans(full.finditer(text, pos, end))
    found, expected = gated.search(text, pos, end), full.search(text, pos, end)
    assert _spans([found] if found else []) == _spans([expected] if expected else [])


def test_a_gated_alternation_shared_by_threads_never_mixes_their_texts() -> None:
    from concurrent.futures import ThreadPoolExecutor

    gated = lexicon.CRIME_TERMS
    full = re.compile(gated.pattern)
    texts = [normalise(q).norm for q in _labelled_questions()[:400]]
    with ThreadPoolExecutor(max_workers=8) as pool:
        found = list(pool.map(lambda t: _spans(gated.finditer(t)), texts * 3))
    assert found == [_spans(full.finditer(t)) for t in texts * 3]
