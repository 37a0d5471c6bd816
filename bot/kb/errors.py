"""Errors about counsel's files that name the file and line and say how to fix them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

__all__ = ["KnowledgeError", "KnowledgeErrors"]


@dataclass(frozen=True)
class KnowledgeError:
    path: Path
    line: int | None
    message: str
    hint: str = ""

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else str(self.path)
        text = f"{where}: {self.message}"
        return f"{text} ({self.hint})" if self.hint else text


class KnowledgeErrors(Exception):
    """One or more problems in the knowledge folder; nothing was loaded."""

    def __init__(self, errors: list[KnowledgeError]) -> None:
        self.errors = errors
        super().__init__("\n".join(str(error) for error in errors))
