"""Reciprocal-rank fusion of dense and BM25 rankings."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from bot.kb.documents import Passage
from bot.retrieval.dense import ChromaIndex
from bot.retrieval.embedder import TextEmbedder
from bot.retrieval.exact import EXACT_SEARCH_LIMIT, ExactDense
from bot.retrieval.sparse import Bm25Index

__all__ = ["HybridRanker", "ScoredPassage"]

RRF_K = 60  # the usual constant: dampens the weight of the very top ranks
_QUERY_CACHE_SIZE = 512


@dataclass(frozen=True)
class ScoredPassage:
    passage: Passage
    score: float  # fused, scaled to 0..1 (1 = ranked first by both)
    dense_rank: int | None
    sparse_rank: int | None


class HybridRanker:
    """Ranks one KB version's passages for a query: BM25 over all, dense top-k, fused by RRF."""

    def __init__(
        self,
        version: str,
        passages: Sequence[Passage],
        dense: ChromaIndex,
        embedder: TextEmbedder,
        top_k: int = 50,
    ) -> None:
        self.version = version
        self._passages = list(passages)
        self._by_id = {p.passage_id: i for i, p in enumerate(self._passages)}
        self._dense = dense
        self._embedder = embedder
        self._sparse = Bm25Index(self._passages)
        self._top_k = min(top_k, len(self._passages))
        self._query_vectors: OrderedDict[str, list[float]] = OrderedDict()
        self._cache_lock = threading.Lock()  # Slack answers in several threads at once
        self._exact: ExactDense | None = None
        self._exact_tried = len(self._passages) > EXACT_SEARCH_LIMIT  # large versions stay on Chroma

    @property
    def top_k(self) -> int:
        """How many passages each ranking contributes to the fusion."""
        return self._top_k

    def passages_of(self, authority: str) -> list[Passage]:
        """Every passage of one authority, in document order."""
        return [p for p in self._passages if p.authority == authority]

    def warm_up(self) -> None:
        """Load the model and index now, so the first officer's answer is not the slow one."""
        self.rank("warm-up query")
        with self._cache_lock:
            self._query_vectors.clear()

    def _exact_search(self) -> ExactDense | None:
        """The version's vectors in memory, read once from Chroma; None (search Chroma) if they
        cannot be read or do not match the version's passages."""
        with self._cache_lock:
            if not self._exact_tried:
                self._exact_tried = True
                try:
                    ids, authorities, vectors = self._dense.vectors(self.version)
                    if sorted(ids) == sorted(self._by_id):
                        self._exact = ExactDense(ids, vectors, authorities)
                except Exception:  # noqa: S110 - Chroma's own search is the fallback and reports its errors
                    pass
            return self._exact

    def dense_search(self, vector: list[float], k: int, authority: str | None = None) -> list[tuple[str, float]]:
        """(passage id, cosine similarity), best first: in memory when the version's vectors are, else Chroma."""
        exact = self._exact_search()
        if exact is not None:
            return exact.search(vector, k, authority)
        return self._dense.search(self.version, vector, k, authority=authority)

    def _query_vector(self, query: str) -> list[float]:
        with self._cache_lock:
            cached = self._query_vectors.get(query)
            if cached is not None:
                self._query_vectors.move_to_end(query)
                return cached
        vector = self._embedder.embed([query])[0]  # outside the lock: threads embed in parallel
        with self._cache_lock:
            self._query_vectors[query] = vector
            if len(self._query_vectors) > _QUERY_CACHE_SIZE:
                self._query_vectors.popitem(last=False)
        return vector

    def rank(self, query: str) -> list[ScoredPassage]:
        """Every passage that either ranking placed, best first."""
        dense_hits = self.dense_search(self._query_vector(query), self._top_k)
        dense_rank = {pid: rank for rank, (pid, _) in enumerate(dense_hits, start=1) if pid in self._by_id}
        bm25 = self._sparse.scores(query)
        order = np.argsort(-bm25, kind="stable")[: self._top_k]
        sparse_rank = {self._passages[i].passage_id: rank for rank, i in enumerate(order, start=1) if bm25[i] > 0}
        fused: list[ScoredPassage] = []
        for pid in dense_rank.keys() | sparse_rank.keys():
            d, s = dense_rank.get(pid), sparse_rank.get(pid)
            score = sum(1.0 / (RRF_K + r) for r in (d, s) if r is not None) / (2.0 / (RRF_K + 1))
            fused.append(ScoredPassage(self._passages[self._by_id[pid]], round(score, 4), d, s))
        fused.sort(key=lambda item: (-item.score, item.passage.passage_id))
        return fused

    def best_of_authority(self, authority: str, ranked: Sequence[ScoredPassage], query: str) -> ScoredPassage | None:
        """The highest-ranked passage of one authority, searching that authority alone if needed."""
        for item in ranked:
            if item.passage.authority == authority:
                return item
        hits = self.dense_search(self._query_vector(query), 1, authority=authority)
        for pid, _similarity in hits:
            if pid in self._by_id:
                return ScoredPassage(self._passages[self._by_id[pid]], 0.0, None, None)
        return None
