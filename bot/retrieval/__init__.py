"""Hybrid retrieval over the active knowledge-base version: dense (Chroma) + BM25, fused."""

from bot.retrieval.embedder import EmbedderError, MiniLMEmbedder, TextEmbedder
from bot.retrieval.hybrid import HybridRanker, ScoredPassage

__all__ = [
    "EmbedderError",
    "HybridRanker",
    "MiniLMEmbedder",
    "ScoredPassage",
    "TextEmbedder",
]
