"""The reader's example vectors, kept in the data dir: the same vectors as embedding them, faster."""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from pathlib import Path

import numpy as np
import pytest

from bot.facts.semantic import SemanticReader, load_exemplars
from bot.facts.text import clauses, normalise
from bot.retrieval import vector_cache
from bot.retrieval.vector_cache import FixedTextVectors


class Counting:
    """The real embedder, counting how many texts it was asked to embed."""

    def __init__(self, embedder) -> None:  # type: ignore[no-untyped-def]
        self._embedder = embedder
        self.texts = 0

    @property
    def model_id(self) -> str:
        return str(self._embedder.model_id)

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        self.texts += len(texts)
        return list(self._embedder.embed(texts))


@pytest.fixture(autouse=True)
def fresh_process_memory() -> Iterator[None]:
    """Each test starts as a new process would: nothing loaded yet."""
    vector_cache._loaded.clear()
    yield
    vector_cache._loaded.clear()


TEXTS = ("hold him for ICE past his release", "send them his rap sheet", "help at the crash scene")


def test_a_new_process_reads_the_file_instead_of_embedding_and_gets_the_same_vectors(
    tmp_path: Path,
    embedder,  # type: ignore[no-untyped-def]
) -> None:
    first = Counting(embedder)
    made = FixedTextVectors(first, tmp_path).embed(TEXTS)
    assert first.texts == len(TEXTS)
    assert made.shape == (3, 384)
    vector_cache._loaded.clear()  # as if the process had ended
    second = Counting(embedder)
    kept = FixedTextVectors(second, tmp_path).embed(TEXTS)
    assert second.texts == 0
    assert np.array_equal(kept, made)
    assert np.array_equal(kept, np.array(embedder.embed(list(TEXTS)), dtype=np.float32))
    assert not kept.flags.writeable  # shared by every reader of the process


def test_other_texts_or_another_model_are_another_file(tmp_path: Path, embedder) -> None:  # type: ignore[no-untyped-def]
    cache = FixedTextVectors(embedder, tmp_path)
    assert cache.path_for(TEXTS) != cache.path_for((*TEXTS[:2], "help at the crash scene!"))
    assert cache.path_for(("ab", "c")) != cache.path_for(("a", "bc"))
    other = FixedTextVectors(Counting(embedder), tmp_path)  # another kind of embedder, same weights
    assert other.path_for(TEXTS) != cache.path_for(TEXTS)


def test_a_damaged_file_is_embedded_again_and_replaced(
    tmp_path: Path,
    embedder,  # type: ignore[no-untyped-def]
    caplog: pytest.LogCaptureFixture,
) -> None:
    cache = FixedTextVectors(Counting(embedder), tmp_path)
    path = cache.path_for(TEXTS)
    assert path is not None
    good = cache.embed(TEXTS).copy()
    for damage in (path.read_bytes()[:100], b"not numpy at all", b""):
        vector_cache._loaded.clear()
        path.write_bytes(damage)
        counting = Counting(embedder)
        with caplog.at_level(logging.WARNING, logger="bot.retrieval.vector_cache"):
            again = FixedTextVectors(counting, tmp_path).embed(TEXTS)
        assert counting.texts == len(TEXTS)
        assert np.array_equal(again, good)
        assert "embedding again" in caplog.text
    vector_cache._loaded.clear()
    np.save(path, good[:2])  # a file of the wrong shape (from other texts) is not trusted either
    assert np.array_equal(FixedTextVectors(Counting(embedder), tmp_path).embed(TEXTS), good)
    assert np.load(path).shape == good.shape  # and was replaced


def test_a_directory_that_cannot_be_written_only_costs_time(
    tmp_path: Path,
    embedder,  # type: ignore[no-untyped-def]
    caplog: pytest.LogCaptureFixture,
) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a directory")
    with caplog.at_level(logging.WARNING, logger="bot.retrieval.vector_cache"):
        vectors = FixedTextVectors(embedder, blocked / "cache").embed(TEXTS)
    assert vectors.shape == (3, 384)
    assert "could not keep" in caplog.text


def test_the_reader_reads_the_same_with_kept_vectors(tmp_path: Path, embedder) -> None:  # type: ignore[no-untyped-def]
    plain = SemanticReader(load_exemplars(), embedder.embed)
    FixedTextVectors(Counting(embedder), tmp_path).embed(load_exemplars().texts)  # a previous process kept them
    vector_cache._loaded.clear()
    counting = Counting(embedder)
    kept = SemanticReader(load_exemplars(), embedder.embed, FixedTextVectors(counting, tmp_path).embed)
    for question in ("can we keep him in the cells till their team shows", "they want a ride to the federal building"):
        tidy = normalise(question)
        found = [reader.best(list(clauses(tidy.norm)), tidy) for reader in (plain, kept)]
        assert [r and (r.ask, r.similarity) for r in found[:1]] == [r and (r.ask, r.similarity) for r in found[1:]]
    assert counting.texts == 0
