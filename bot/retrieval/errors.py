"""What retrieval can fail with, importable without loading Chroma or a model."""

__all__ = ["EmbedderError", "VectorStoreUnavailable"]


class EmbedderError(RuntimeError):
    """The embedding model is missing, altered or unloadable."""


class VectorStoreUnavailable(RuntimeError):
    """The Chroma server cannot be reached (an embedded store is rebuilt instead)."""
