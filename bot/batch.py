"""Batch questions as JSON Lines: one answer (or error) object per input line, same order."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from bot.audit.records import AuditUnavailable
from bot.intake import IntakeError
from bot.pipeline import Pipeline, PipelineError

__all__ = ["BatchLine", "answer_lines"]

BatchLine = dict[str, Any]
_KNOWN_FIELDS = frozenset({"id", "question"})


def _parse(number: int, raw: bytes) -> tuple[Any, str | bytes | None, str | None, list[str]]:
    """(id, question, error, unknown fields) of one input line."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None, None, f"line {number}: not valid UTF-8", []
    try:
        item = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as exc:
        reason = exc.msg if isinstance(exc, json.JSONDecodeError) else "nested too deeply"
        return (
            None,
            None,
            f'line {number}: not valid JSON ({reason}); expected {{"id": ..., "question": ...}}',
            [],
        )
    if not isinstance(item, dict):
        return None, None, f"line {number}: expected a JSON object with 'id' and 'question'", []
    item_id = item.get("id")
    question = item.get("question")
    unknown = sorted(set(item) - _KNOWN_FIELDS)
    if not isinstance(question, str):
        return item_id, None, f"line {number}: 'question' must be a string", unknown
    return item_id, question, None, unknown


def answer_lines(
    pipeline: Pipeline,
    lines: Iterable[bytes],
    *,
    source: str = "cli",
    user_id: str | None = None,
    warn: Callable[[str], None] | None = None,
    allowed_extra: frozenset[str] = frozenset(),
) -> Iterator[BatchLine]:
    """Answer each non-blank line; a bad line yields an error object and the batch goes on."""
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        item_id, question, error, unknown = _parse(number, raw.rstrip(b"\r\n"))
        extra = [name for name in unknown if name not in allowed_extra]
        if extra and warn:
            warn(f"line {number}: ignoring unknown field(s) {', '.join(map(repr, extra))}")
        if error is not None or question is None:
            yield {"id": item_id, "error": error}
            continue
        try:
            yield pipeline.answer(question, source=source, user_id=user_id).contract(item_id)
        except IntakeError as exc:
            yield {"id": item_id, "error": f"line {number}: {exc}"}
        except (PipelineError, AuditUnavailable) as exc:
            yield {"id": item_id, "error": f"line {number}: no verdict given: {exc}", "fatal": True}
