"""The log's export formats (CSV, JSON Lines): one writer for the command line and the console.

Every column is exported, hashes included, so an export can be re-verified; nested values
(facts, citations) are JSON inside a CSV cell.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, Literal

from bot.db import audit_log

__all__ = ["EXPORT_COLUMNS", "ExportFormat", "export_chunks", "media_type"]

ExportFormat = Literal["csv", "jsonl"]
EXPORT_COLUMNS = tuple(column.name for column in audit_log.columns)


def media_type(fmt: ExportFormat) -> str:
    return "text/csv; charset=utf-8" if fmt == "csv" else "application/x-ndjson; charset=utf-8"


def _csv_line(values: Iterable[Any]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer).writerow(values)
    return buffer.getvalue()


def _cell(value: Any) -> Any:
    return json.dumps(value) if isinstance(value, dict | list) else value


def export_chunks(rows: Iterable[Mapping[str, Any]], fmt: ExportFormat) -> Iterator[str]:
    """The export as text: a header (CSV only), then one line per row, in the order given."""
    if fmt == "csv":
        yield _csv_line(EXPORT_COLUMNS)
        for row in rows:
            yield _csv_line(_cell(row.get(name)) for name in EXPORT_COLUMNS)
    else:
        for row in rows:
            yield json.dumps(dict(row), ensure_ascii=False, default=str) + "\n"
