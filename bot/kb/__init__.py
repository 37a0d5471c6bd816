"""Counsel's knowledge base: policy documents + rules, validated and versioned."""

from bot.kb.bundle import KnowledgeBundle, load_bundle
from bot.kb.errors import KnowledgeError, KnowledgeErrors
from bot.kb.store import KbStore, LoadedVersion

__all__ = ["KbStore", "KnowledgeBundle", "KnowledgeError", "KnowledgeErrors", "LoadedVersion", "load_bundle"]
