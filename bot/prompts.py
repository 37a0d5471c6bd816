"""Prompt templates, loaded from `prompts/` and hashed so each answer logs which it used."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from langchain_core.prompts import PromptTemplate

__all__ = ["PromptSet", "load_prompts"]


@dataclass(frozen=True)
class PromptSet:
    explain: PromptTemplate
    hash: str  # sha256 over every template file, logged with each answer


def load_prompts(directory: Path) -> PromptSet:
    files = sorted(directory.glob("*.md"))
    if not files:
        raise FileNotFoundError(f"no prompt templates (*.md) in {directory}")
    digest = hashlib.sha256()
    texts = {}
    for path in files:
        text = path.read_text(encoding="utf-8")
        texts[path.stem] = text
        digest.update(path.name.encode() + b"\0" + text.encode() + b"\0")
    if "explain" not in texts:
        raise FileNotFoundError(f"{directory}/explain.md is missing")
    return PromptSet(explain=PromptTemplate.from_template(texts["explain"]), hash=digest.hexdigest()[:16])
