"""The log's export formats (CSV, JSON Lines): one writer for the command line and the console.

Every column is exported, hashes included, so an export can be re-verified from the file
alone (`read_export`, `verify_rows`); nested values (facts, citations) are JSON inside a CSV
cell. A CSV cell a spreadsheet would run as a formula (starting = + - @, tab or CR) gets a
leading ', and so does one already starting with ', so reading it back undoes it exactly.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import JSON, Float, Integer

from bot.audit.hashing import GENESIS_HASH, hash_matches
from bot.db import audit_log

__all__ = [
    "EXPORT_COLUMNS",
    "ExportFormat",
    "export_chunks",
    "export_lines",
    "media_type",
    "read_export",
    "verify_rows",
]

ExportFormat = Literal["csv", "jsonl"]
EXPORT_COLUMNS = tuple(column.name for column in audit_log.columns)


def media_type(fmt: ExportFormat) -> str:
    return "text/csv; charset=utf-8" if fmt == "csv" else "application/x-ndjson; charset=utf-8"


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "'")


def _cell(value: Any) -> Any:
    text = json.dumps(value) if isinstance(value, dict | list) else value
    if isinstance(text, str) and text.startswith(_FORMULA_START):
        return "'" + text  # a spreadsheet shows it as text instead of running it
    return text


def _from_cell(name: str, cell: str) -> Any:
    """A CSV cell back as the log stored it (types from the table; the ' of `_cell` removed)."""
    column = audit_log.c[name]
    if cell.startswith("'") and cell[1:].startswith(_FORMULA_START):
        cell = cell[1:]
    if cell == "":
        return None if column.nullable else ""
    if isinstance(column.type, JSON):
        return json.loads(cell)
    if isinstance(column.type, Integer):
        return int(cell)
    if isinstance(column.type, Float):
        return float(cell)
    return cell


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


def read_export(path: Path) -> Iterator[dict[str, Any]]:
    """The rows of an export file written by `export_lines` (CSV or JSON Lines, by its first line)."""
    with path.open(encoding="utf-8", newline="") as handle:
        first = handle.readline()
        handle.seek(0)
        if first.startswith("{"):
            for number, line in enumerate(handle, start=1):
                if line.strip():
                    try:
                        yield json.loads(line)
                    except ValueError as exc:
                        raise ValueError(f"{path}:{number}: not a JSON line ({exc})") from None
            return
        reader = csv.DictReader(handle)
        if reader.fieldnames is None or "row_hash" not in reader.fieldnames:
            raise ValueError(f"{path} is not a log export (no row_hash column)")
        for row in reader:
            yield {name: _from_cell(name, cell) for name, cell in row.items() if name in audit_log.c}


def verify_rows(rows: Iterable[Mapping[str, Any]]) -> tuple[bool, int, str]:
    """Check an export on its own: every row's hash, and the links between rows next to each
    other in the log. A filtered export has gaps; those are counted, not failed."""
    previous: Mapping[str, Any] | None = None
    checked = gaps = 0
    for row in rows:
        where = f"row seq={row.get('seq')} query_id={row.get('query_id')}"
        if not hash_matches(row, row.get("row_hash")):
            return False, checked, f"{where}: its contents do not match its hash (edited after export)"
        follows = previous is not None and row.get("seq") == int(previous["seq"]) + 1
        if follows and previous is not None and row.get("prev_hash") != previous["row_hash"]:
            return False, checked, f"{where}: does not link to the row before it"
        if previous is None and row.get("seq") == 1 and row.get("prev_hash") != GENESIS_HASH:
            return False, checked, f"{where}: the first row of the log does not start the chain"
        if previous is not None and not follows:
            gaps += 1
        previous = row
        checked += 1
    if checked == 0:
        return False, 0, "the export holds no rows"
    linked = "one unbroken stretch of the chain" if gaps == 0 else f"{gaps + 1} stretches (a filtered export)"
    return True, checked, f"ok: {checked} rows, every hash intact, {linked}"
