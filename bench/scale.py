"""How cost grows with the corpus: ingest throughput, and query latency at 500, 5,000, 50,000 passages.

The corpus is generated here from the knowledge base's own vocabulary, so BM25 sees realistic
terms. Ingest embeds 5,000 passages for real. For the query-latency series the passage vectors
are random unit vectors (embedding 50,000 passages would take minutes and does not change what
a search costs); the query is embedded for real each time.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import time
from collections.abc import Sequence
from typing import Any

import numpy as np

from bench.common import summary, team_questions, timed_ms
from bot.app import Services
from bot.kb.documents import Passage
from bot.retrieval.dense import ChromaIndex
from bot.retrieval.embedder import TextEmbedder
from bot.retrieval.hybrid import HybridRanker

SIZES = (500, 5_000, 50_000)
INGEST_PASSAGES = 5_000


def synthetic_passages(services: Services, count: int, seed: int = 7) -> list[Passage]:
    knowledge = services.kb.load(str(services.kb.active_version()))
    words = sorted({w for p in knowledge.passages for w in re.findall(r"[A-Za-z][a-z]{3,}", p.text)})
    rng = random.Random(seed)
    return [
        Passage(
            passage_id=f"SYN-{n // 10}#s{n % 10}",
            authority=f"SYN-{n // 10}",
            title=f"Synthetic document {n // 10}",
            section=" ".join(rng.choices(words, k=5)),
            text=" ".join(rng.choices(words, k=60)),
            line=1,
            effective_date=dt.date(2020, 1, 1),
        )
        for n in range(count)
    ]


class RandomPassageVectors:
    """Real query vectors, random unit vectors for passages (see the module docstring)."""

    def __init__(self, real: TextEmbedder, passages: Sequence[Passage]) -> None:
        self._real = real
        self._passage_texts = {f"{p.section}. {p.text}" for p in passages}
        self._rng = np.random.default_rng(11)

    @property
    def model_id(self) -> str:
        return self._real.model_id

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        if texts and texts[0] in self._passage_texts:
            vectors = self._rng.normal(size=(len(texts), 384))
            vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
            return [list(map(float, row)) for row in vectors]
        return self._real.embed(texts)


def ingest_throughput(services: Services) -> dict[str, Any]:
    passages = synthetic_passages(services, INGEST_PASSAGES)
    index = ChromaIndex(services.index._client, services.text_embedder)
    started = time.perf_counter()
    index.build("bench-ingest", passages, batch=services.settings.embedder.batch_size)
    seconds = time.perf_counter() - started
    index.drop("bench-ingest")
    return {"passages": len(passages), "seconds": round(seconds, 2), "passages_per_s": round(len(passages) / seconds)}


def query_scaling(services: Services) -> dict[str, Any]:
    questions = team_questions()[:60]
    everything = synthetic_passages(services, max(SIZES), seed=3)
    series: dict[str, Any] = {}
    for size in SIZES:
        passages = everything[:size]
        embedder = RandomPassageVectors(services.text_embedder, passages)
        index = ChromaIndex(services.index._client, embedder)
        version = f"bench-scale-{size}"
        index.drop(version)
        index.build(version, passages, batch=5_000)
        ranker = HybridRanker(version, passages, index, embedder, top_k=services.settings.retrieval_top_k)
        ranker.warm_up()
        latencies = [timed_ms(ranker.rank, f"{q} #{n}") for n, q in enumerate(questions)]
        series[str(size)] = summary(latencies)
        index.drop(version)
    small, large = series[str(SIZES[0])]["p50"], series[str(SIZES[-1])]["p50"]
    return {"query_ms_by_passages": series, "p50_growth_500_to_50000": round(large / small, 2)}
