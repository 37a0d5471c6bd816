"""The log's export formats (CSV, JSON Lines): one writer for the command line and the console.

Every column is exported, hashes included, so an export can be re-verified; nested values
(facts, citations) are JSON inside a CSV cell.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, Literal

from bot.db import audit_log

__all__ = ["EXPORT_COLUMNS", "ExportFormat", "export_chunks", "export_lines", "media_type"]

ExportFormat = Literal["csv", "jsonl"]
EXPORT_COLUMNS = tuple(column.name for column in audit_log.columns)


def media_type(fmt: ExportFormat) -> str:
    return "text/csv; charset=utf-8" if fmt == "csv" else "application/x-ndjson; charset=utf-8"


def _cell(value: Any) -> Any:
    return json.dumps(value) if isinstance(value, dict | list) else value


def export_lines(rows: Iterable[Mapping[str, Any]], fmt: ExportFormat) -> Iterator[str]:
    """The export as text: a header (CSV only), then one line per row, in the order given."""
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        for values in itertools.chain([EXPORT_COLUMNS], ([_cell(row.get(n)) for n in EXPORT_COLUMNS] for row in rows)):
            writer.writerow(values)
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    else:
        for row in rows:
            yield json.dumps(dict(row), ensure_ascii=False, default=str) + "\n"


def export_chunks(rows: Iterable[Mapping[str, Any]], fmt: ExportFormat, size: int = 64 * 1024) -> Iterator[str]:
    """`export_lines` joined into pieces of about `size` characters (one network write each)."""
    pending: list[str] = []
    length = 0
    for line in export_lines(rows, fmt):
        pending.append(line)
        length += len(line)
        if length >= size:
            yield "".join(pending)
            pending, length = [], 0
    if pending:
        yield "".join(pending)
