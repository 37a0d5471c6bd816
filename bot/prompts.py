"""Prompt templates, loaded from `prompts/` and hashed so each answer logs which it used."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from langchain_core.prompts import PromptTemplate

__all__ = ["PromptSet", "load_prompts"]


@dataclass(frozen=True)
class PromptSet:
    explain_text: str
    hash: str  # sha256 over every template file, logged with each answer

    @cached_property
    def explain(self) -> PromptTemplate:
        """Built when a chat model first needs it: LangChain's prompts take ~0.5 s to import."""
        from langchain_core.prompts import PromptTemplate

        return PromptTemplate.from_template(self.explain_text)


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
    return PromptSet(explain_text=texts["explain"], hash=digest.hexdigest()[:16])
