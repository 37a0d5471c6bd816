"""Dense search: one Chroma collection per knowledge-base version, embedded or on a server."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Sequence
from typing import Any
from urllib.parse import urlparse

import chromadb
from chromadb.api.shared_system_client import SharedSystemClient
from chromadb.config import Settings as ChromaSettings

from bot.kb.documents import Passage
from bot.retrieval.embedder import ChromaEmbedding, TextEmbedder
from bot.retrieval.errors import VectorStoreUnavailable
from bot.settings import Settings

__all__ = ["ChromaIndex", "VectorStoreUnavailable", "chroma_client", "open_chroma"]

Progress = Callable[[int], None]


def open_chroma(settings: Settings, notify: Callable[[str], None]) -> Any:
    """A Chroma client; a corrupt embedded store is moved aside so it can be rebuilt.

    The embedded store holds nothing that is not also in the log database (passages and
    model): it is a cache, rebuilt from there. A server is never touched: if it cannot be
    reached the error says so.
    """
    try:
        return chroma_client(settings)
    except Exception as exc:
        if settings.chroma_url is None and not _looks_corrupt(exc):
            raise VectorStoreUnavailable(
                f"cannot open the vector store {settings.chroma_path} ({exc.__class__.__name__}: {exc}); "
                "check its permissions and free disk space"
            ) from exc
        if settings.chroma_url:
            raise VectorStoreUnavailable(
                f"cannot reach the Chroma server at {settings.chroma_url} ({exc.__class__.__name__}: {exc}); "
                "start it (`chroma run --path DIR --host 127.0.0.1 --port PORT`) or unset TRIAGE_CHROMA_URL"
            ) from exc
        stamp = f"{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}"
        broken = settings.chroma_path.with_name(f"{settings.chroma_path.name}.broken-{stamp}")
        settings.chroma_path.rename(broken)
        SharedSystemClient.clear_system_cache()  # chromadb keeps the failed system per path
        notify(
            f"the vector store {settings.chroma_path} could not be opened ({exc}); moved it to {broken} "
            "and rebuilding it from the knowledge base in the log database"
        )
        return chroma_client(settings)


_CORRUPTION = ("not a database", "malformed", "database disk image", "file is encrypted")


def _looks_corrupt(exc: BaseException) -> bool:
    """Only a damaged store is moved aside; a lock, permissions or a full disk are reported."""
    text = str(exc).lower()
    return any(words in text for words in _CORRUPTION)


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

    def usable(self, version: str, size: int) -> bool:
        """Holds all `size` passages of `version` and answers a query."""
        try:
            return self.count(version) == size and self.searchable(version)
        except Exception:
            return False

    def searchable(self, version: str) -> bool:
        """A query on the collection works (a damaged index raises); an empty one counts as fine."""
        try:
            collection = self._collection(version)
            stored = collection.get(limit=1, include=["embeddings"])["embeddings"]
            if stored is not None and len(stored):
                collection.query(query_embeddings=[list(stored[0])], n_results=1)
        except Exception:
            return False
        return True

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

    def vectors(self, version: str) -> tuple[list[str], list[str], Any]:
        """Every stored passage of `version`: (ids, authorities, embeddings)."""
        stored = self._collection(version).get(include=["embeddings", "metadatas"])
        authorities = [str((meta or {}).get("authority", "")) for meta in stored["metadatas"]]
        return list(stored["ids"]), authorities, stored["embeddings"]

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
