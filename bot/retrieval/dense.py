"""Dense search: one Chroma collection per knowledge-base version, embedded or on a server."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any
from urllib.parse import urlparse

import chromadb
from chromadb.config import Settings as ChromaSettings

from bot.kb.documents import Passage
from bot.retrieval.embedder import ChromaEmbedding, TextEmbedder
from bot.settings import Settings

__all__ = ["ChromaIndex", "chroma_client"]

Progress = Callable[[int], None]


def chroma_client(settings: Settings) -> Any:
    """Embedded Chroma under the data dir, or a Chroma server when TRIAGE_CHROMA_URL is set."""
    chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    if settings.chroma_url:
        url = urlparse(settings.chroma_url)
        return chromadb.HttpClient(
            host=url.hostname or "127.0.0.1",
            port=url.port or 8000,
            ssl=url.scheme == "https",
            settings=chroma_settings,
        )
    settings.chroma_path.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(settings.chroma_path), settings=chroma_settings)


class ChromaIndex:
    """Passages of each KB version in their own collection, so old versions stay queryable."""

    def __init__(self, client: Any, embedder: TextEmbedder) -> None:
        self._client = client
        self._embedder = embedder
        self._function = ChromaEmbedding(embedder)

    @staticmethod
    def collection_name(version: str) -> str:
        return f"kb-{version}"

    def _collection(self, version: str) -> Any:
        return self._client.get_or_create_collection(
            self.collection_name(version),
            embedding_function=self._function,
            metadata={"hnsw:space": "cosine", "model": self._embedder.model_id},
        )

    def count(self, version: str) -> int:
        names = {getattr(c, "name", c) for c in self._client.list_collections()}
        if self.collection_name(version) not in names:
            return 0
        return int(self._collection(version).count())

    def build(
        self, version: str, passages: Sequence[Passage], batch: int = 64, progress: Progress | None = None
    ) -> None:
        """Embed and store every passage (idempotent: upsert by passage id)."""
        collection = self._collection(version)
        for start in range(0, len(passages), batch):
            chunk = passages[start : start + batch]
            texts = [_embedding_text(p) for p in chunk]
            collection.upsert(
                ids=[p.passage_id for p in chunk],
                embeddings=self._embedder.embed(texts),
                documents=[p.text for p in chunk],
                metadatas=[{"authority": p.authority, "section": p.section} for p in chunk],
            )
            if progress:
                progress(len(chunk))

    def drop(self, version: str) -> None:
        if self.count(version):
            self._client.delete_collection(self.collection_name(version))

    def search(
        self, version: str, query_vector: Sequence[float], k: int, authority: str | None = None
    ) -> list[tuple[str, float]]:
        """(passage id, cosine similarity), best first."""
        result = self._collection(version).query(
            query_embeddings=[list(query_vector)],
            n_results=k,
            where={"authority": authority} if authority else None,
            include=["distances"],
        )
        ids = result["ids"][0]
        distances = result["distances"][0] if result.get("distances") else [1.0] * len(ids)
        return [(pid, 1.0 - float(distance)) for pid, distance in zip(ids, distances, strict=True)]


def _embedding_text(passage: Passage) -> str:
    # Headings carry the legal topic; embedding them with the body helps short questions match.
    return f"{passage.section}. {passage.text}"
