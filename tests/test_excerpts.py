"""The short excerpt a card quotes: verbatim, whole sentences, never cut after a citation's abbreviation."""

from __future__ import annotations

import re

import pytest

from bot.bundle import load_bundle
from bot.explain import _sentences, excerpt_of
from tests.conftest import KNOWLEDGE

CITED = (
    "In People ex rel. Wells v. DeMarco the Appellate Division held that state law gives no power to hold. "
    "Galarza v. Szalczyk, 745 F.3d 634 (3d Cir. 2014) made the county answer for it. "
    "See 168 A.D.3d 31 (App. Div. 2d Dep't 2018). The U.S. Marshals Service is not ICE."
)


def test_citations_do_not_end_a_sentence() -> None:
    found = [CITED[start:end].strip() for start, end in _sentences(CITED)]
    assert found == [
        "In People ex rel. Wells v. DeMarco the Appellate Division held that state law gives no power to hold.",
        "Galarza v. Szalczyk, 745 F.3d 634 (3d Cir. 2014) made the county answer for it.",
        "See 168 A.D.3d 31 (App. Div. 2d Dep't 2018).",
        "The U.S. Marshals Service is not ICE.",
    ]


@pytest.mark.parametrize("hints", ["detainer hold judge", "records share address", "warrant signed magistrate"])
def test_every_excerpt_of_the_bundled_knowledge_is_verbatim_and_starts_a_sentence(hints: str) -> None:
    for document in load_bundle(KNOWLEDGE).documents:
        for passage in document.passages:
            excerpt = excerpt_of(passage.text, hints)
            assert excerpt in passage.text
            assert re.match(r"[A-Z§(\"'0-9*-]", excerpt), (passage.passage_id, excerpt[:60])
