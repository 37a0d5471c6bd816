"""Keyword search: BM25 (bm25s) over the same passages, with English stemming."""

from __future__ import annotations

import threading
from collections.abc import Sequence

import bm25s
import numpy as np
import Stemmer

from bot.kb.documents import Passage

__all__ = ["Bm25Index"]


class Bm25Index:
    """Built in memory from a version's passages; cheap enough to rebuild at start-up."""

    def __init__(self, passages: Sequence[Passage]) -> None:
        self._stemmer = Stemmer.Stemmer("english")
        self._lock = threading.Lock()  # PyStemmer's stemmer must not be called concurrently
        corpus = [f"{p.section} {p.text}" for p in passages]
        tokens = bm25s.tokenize(corpus, stopwords="en", stemmer=self._stemmer, show_progress=False)
        self._retriever = bm25s.BM25()
        self._retriever.index(tokens, show_progress=False)
        self._size = len(passages)

    def scores(self, query: str) -> np.ndarray:
        """One BM25 score per passage, in passage order."""
        with self._lock:
            tokens = bm25s.tokenize(
                [query], stopwords="en", stemmer=self._stemmer, show_progress=False, return_ids=False
            )
        words = [str(word) for word in tokens[0]]
        if not words:
            return np.zeros(self._size)
        return np.asarray(self._retriever.get_scores(words), dtype=float)
