"""Vectors of fixed texts (the reader's labelled examples), embedded once and kept in a file.

Embedding the ~250 examples takes about half a second at every start; the same model gives the
same vectors for the same texts, so they are kept in the data dir under a name made from
the embedder's kind, its model and the texts themselves: any change to one of them is a new
file, never a stale one. A file that cannot be read or written is no error, only a slower
start; the vectors are then embedded as before.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from bot.files import write_atomically
from bot.retrieval.embedder import TextEmbedder

__all__ = ["FixedTextVectors"]

_log = logging.getLogger(__name__)
# one copy per process for every reader built on the same file (tests build many pipelines)
_loaded: dict[Path, np.ndarray] = {}
_loaded_lock = threading.Lock()


class FixedTextVectors:
    """`embed(texts)` for texts that rarely change: from memory, else the file, else the model."""

    def __init__(self, embedder: TextEmbedder, directory: Path | None) -> None:
        self._embedder = embedder
        self._directory = directory

    def path_for(self, texts: Sequence[str]) -> Path | None:
        if self._directory is None:
            return None
        digest = hashlib.sha256()
        for part in (type(self._embedder).__name__, self._embedder.model_id, *texts):
            digest.update(part.encode("utf-8"))
            digest.update(b"\0")  # so ("ab", "c") and ("a", "bc") differ
        return self._directory / f"vectors-{digest.hexdigest()[:32]}.npy"

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        path = self.path_for(texts)
        if path is None:
            return self._computed(texts)
        with _loaded_lock:
            found = _loaded.get(path)
        if found is None:
            found = _read(path, len(texts))
        if found is None:
            found = self._computed(texts)
            _write(path, found)
        found.setflags(write=False)  # shared by every reader in the process
        with _loaded_lock:
            _loaded[path] = found
        return found

    def _computed(self, texts: Sequence[str]) -> np.ndarray:
        return np.array(self._embedder.embed(list(texts)), dtype=np.float32)


def _read(path: Path, rows: int) -> np.ndarray | None:
    try:
        vectors: np.ndarray = np.load(path, allow_pickle=False)
    except (OSError, ValueError, EOFError) as exc:  # absent, or not a whole .npy file
        if path.exists():
            _log.warning("ignoring the vector cache %s (%s): embedding again", path, exc)
        return None
    if vectors.dtype != np.float32 or vectors.ndim != 2 or vectors.shape[0] != rows:
        _log.warning("ignoring the vector cache %s (shape %s): embedding again", path, vectors.shape)
        return None
    return vectors


def _write(path: Path, vectors: np.ndarray) -> None:
    """Written whole or not at all (a temporary file renamed), so a reader never sees half a file."""
    try:
        write_atomically(path, lambda handle: np.save(handle, vectors, allow_pickle=False))
    except OSError as exc:
        _log.warning("could not keep the reader's example vectors in %s (%s)", path.parent, exc)
