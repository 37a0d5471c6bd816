"""Append, read and verify the query log (SQLAlchemy; SQLite or PostgreSQL): the hash chain.
What a row and a filter are is bot.audit.records."""

from __future__ import annotations

import builtins
import contextlib
import dataclasses
import hashlib
import json
from collections.abc import Callable, Iterator
from typing import Any

from sqlalchemy import JSON, Connection, Engine, Text, cast, func, select, text
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from bot.audit.hashing import GENESIS_HASH, decoded_row, hash_matches, row_hash
from bot.audit.records import (
    CHECKPOINT,
    SHOWN,
    SIGNED_CHECKPOINT,
    SORTABLE,
    AuditRecord,
    AuditUnavailable,
    ChainBroken,
    DuplicateEvent,
    LogFilter,
    select_rows,
)
from bot.clock import Clock, system_clock, utc_stamp
from bot.db import audit_log, read_only_connection
from bot.masking import default_masker, mask_free_text

__all__ = ["AuditLog"]

_CHAIN_LOCK_KEY = 0x7472_6961  # PostgreSQL advisory lock id serialising the chain head


# Rows whose summary the software writes: an answer's summary (from the rules, on the masked
# question), hashes, counts, version ids, staff account names. Nothing a person typed about a
# subject, and other code reads them back as written.
_MACHINE_SUMMARY_KINDS = frozenset(
    {
        "query",
        "kb_activation",
        "integrity_check",
        "account_change",
        "roster_change",
        "training",  # the scenario's id
        "checkpoint",
        SIGNED_CHECKPOINT,
        "delivery",
        SHOWN,
    }
)


_CHAIN_HEAD = select(audit_log.c.row_hash).order_by(audit_log.c.seq.desc()).limit(1)
_INSERT_ROW = audit_log.insert()


class AuditLog:
    """The append-only log. `append` serialises writers so the hash chain stays linear."""

    def __init__(
        self,
        engine: Engine,
        mask: Callable[[str | None], str | None] | None = None,
        read_time_limit: float | None = 10.0,
        clock: Clock = system_clock,
    ) -> None:
        """`mask` hides identifiers in free text (notes, search terms, errors) before it is
        stored; by default the process's masker (`bot.masking.default_masker`).
        `read_time_limit`: seconds a reviewer's page, count or search may run.
        `clock` stamps rows that come without a time (`AuditRecord.note`)."""
        self._engine = engine
        self._clock = clock
        self._read_time_limit = read_time_limit
        self._postgres = engine.dialect.name == "postgresql"
        self._mask = mask

    def _masked_free_text(self, record: AuditRecord) -> AuditRecord:
        """The row with every free-text field masked: whatever a person typed is never kept in clear."""
        summary_typed = record.kind not in _MACHINE_SUMMARY_KINDS
        if record.error is None and (record.summary is None or not summary_typed):
            return record
        mask = self._mask or (lambda text: mask_free_text(text, default_masker))
        summary = mask(record.summary) if summary_typed else record.summary
        return dataclasses.replace(record, summary=summary, error=mask(record.error))

    def append(self, record: AuditRecord) -> dict[str, Any]:
        """Write one row; raise AuditUnavailable if it cannot be stored."""
        return self.append_with(lambda _connection: record)

    def append_with(self, change: Callable[[Connection], AuditRecord]) -> dict[str, Any]:
        """Make a change and write the row that records it, in one transaction: both or neither.

        `change` runs first, holding the log's write lock (so concurrent changes are recorded in
        the order they happened), and returns the row to append (e.g. moving the active KB pointer
        and a `kb_activation` row naming the version it replaced). AuditUnavailable (or
        DuplicateEvent for a delivery already logged) if it cannot be stored.
        """
        record: AuditRecord | None = None
        try:
            with self._engine.begin() as connection:
                self._lock_chain(connection)
                record = change(connection)
                return self._append_locked(connection, record)
        except IntegrityError as exc:
            if record is not None and record.event_id and "event_id" in str(exc.orig):
                raise DuplicateEvent(record.event_id) from exc
            raise AuditUnavailable(f"the audit log refused the row: {exc.orig}") from exc
        except SQLAlchemyError as exc:
            raise AuditUnavailable(f"the audit log could not be written: {exc.__class__.__name__}: {exc}") from exc

    def _lock_chain(self, connection: Connection) -> None:
        """Serialise writers of the chain (SQLite: every transaction is BEGIN IMMEDIATE already)."""
        if self._postgres:
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _CHAIN_LOCK_KEY})

    def _append_locked(self, connection: Connection, record: AuditRecord) -> dict[str, Any]:
        """Append in `connection`, whose transaction holds the chain lock (`_lock_chain`)."""
        head = connection.execute(_CHAIN_HEAD).scalar_one_or_none()
        if not record.created_at:
            record = dataclasses.replace(record, created_at=utc_stamp(self._clock, "microseconds"))
        row = self._masked_free_text(record).as_row()
        row["prev_hash"] = head or GENESIS_HASH
        row["row_hash"] = row_hash(row)
        # one prepared statement with parameters: `.values(**row)` would compile it anew each time
        connection.execute(_INSERT_ROW, row)
        return row

    @contextlib.contextmanager
    def _reading(self) -> Iterator[Connection]:
        """A short read: no write lock, cut off after `read_time_limit` seconds.

        A database failure (or a read past its time) becomes AuditUnavailable like a failed write.
        """
        try:
            with read_only_connection(self._engine, self._read_time_limit) as connection:
                yield connection
        except SQLAlchemyError as exc:
            raise AuditUnavailable(f"the audit log could not be read: {exc.__class__.__name__}") from exc

    def get(self, query_id: str) -> dict[str, Any] | None:
        """The one row whose query id starts with `query_id`; `last`: the newest question asked."""
        if query_id == "last":
            newest = select(audit_log).where(audit_log.c.kind == "query").order_by(audit_log.c.seq.desc()).limit(1)
            with self._reading() as connection:
                row = connection.execute(newest).mappings().first()
            return dict(row) if row else None
        with self._reading() as connection:
            found = (
                connection.execute(
                    select(audit_log)
                    .where(audit_log.c.query_id.startswith(query_id, autoescape=True))
                    .order_by(audit_log.c.seq)
                    .limit(2)
                )
                .mappings()
                .all()
            )
        return dict(found[0]) if len(found) == 1 else None

    def get_by_event(self, event_id: str) -> dict[str, Any] | None:
        """The row a delivery (event id) wrote, if any."""
        with self._reading() as connection:
            found = connection.execute(select(audit_log).where(audit_log.c.event_id == event_id)).mappings().first()
        return dict(found) if found else None

    def has_event(self, event_id: str) -> bool:
        with self._reading() as connection:
            return (
                connection.execute(
                    select(func.count()).select_from(audit_log).where(audit_log.c.event_id == event_id)
                ).scalar_one()
                > 0
            )

    def list(self, where: LogFilter) -> list[dict[str, Any]]:
        """Newest first."""
        query = select_rows(where).order_by(audit_log.c.seq.desc())
        if where.limit:
            query = query.limit(where.limit)
        with self._reading() as connection:
            return [dict(row) for row in connection.execute(query).mappings()]

    def matching(self, where: LogFilter) -> int:
        """How many rows `where` selects (its limit aside)."""
        with self._reading() as connection:
            return int(connection.execute(select_rows(where, func.count())).scalar_one())

    def page(
        self, where: LogFilter, *, sort: str = "time", descending: bool = True, offset: int = 0
    ) -> tuple[builtins.list[dict[str, Any]], int]:
        """One page of matching rows (`where.limit` of them from `offset`) and how many match in all."""
        column = SORTABLE[sort]
        # the same order on both databases: rows without the value last either way
        order = [(column.desc() if descending else column.asc()).nulls_last()]
        if column is not audit_log.c.seq:
            order.append(audit_log.c.seq.desc())
        query = select_rows(where).order_by(*order).offset(offset)
        if where.limit:
            query = query.limit(where.limit)
        with self._reading() as connection:
            rows = [dict(row) for row in connection.execute(query).mappings()]
            total = int(connection.execute(select_rows(where, func.count())).scalar_one())
        return rows, total

    def stream(self, where: LogFilter, batch: int = 1000) -> Iterator[dict[str, Any]]:
        """Every matching row, oldest first, for exports of any size.

        Read in batches by seq, each on its own short read (no lock or connection is held
        between batches, so a slow consumer never blocks the writers), and only up to the
        chain head as it was at the start: the log is append-only, so that is one snapshot.
        """
        with self._reading() as connection:
            head = connection.execute(select(func.max(audit_log.c.seq))).scalar_one_or_none()
        if head is None:
            return
        after, remaining = 0, where.limit
        while remaining is None or remaining > 0:
            size = batch if remaining is None else min(batch, remaining)
            query = (
                select_rows(where)
                .where(audit_log.c.seq > after, audit_log.c.seq <= head)
                .order_by(audit_log.c.seq)
                .limit(size)
            )
            with self._reading() as connection:
                rows = [dict(row) for row in connection.execute(query).mappings()]
            yield from rows
            if len(rows) < size:
                return
            after = rows[-1]["seq"]
            remaining = None if remaining is None else remaining - len(rows)

    def count(self, through: int | None = None) -> int:
        """How many rows the log holds (up to seq `through`)."""
        query = select(func.count()).select_from(audit_log)
        if through is not None:
            query = query.where(audit_log.c.seq <= through)
        with self._reading() as connection:
            return int(connection.execute(query).scalar_one())

    def count_after(self, seq: int, exclude_kind: str | None = None) -> int:
        """How many rows came after seq `seq` (not counting rows of `exclude_kind`)."""
        query = select(func.count()).select_from(audit_log).where(audit_log.c.seq > seq)
        if exclude_kind is not None:
            query = query.where(audit_log.c.kind != exclude_kind)
        with self._reading() as connection:
            return int(connection.execute(query).scalar_one())

    def head(self) -> tuple[int, str] | None:
        """(seq, row hash) of the newest row, or None for an empty log."""
        with self._reading() as connection:
            found = connection.execute(
                select(audit_log.c.seq, audit_log.c.row_hash).order_by(audit_log.c.seq.desc()).limit(1)
            ).first()
        return (int(found[0]), str(found[1])) if found else None

    def at_seq(self, seq: int) -> dict[str, Any] | None:
        with self._reading() as connection:
            found = connection.execute(select(audit_log).where(audit_log.c.seq == seq)).mappings().first()
        return dict(found) if found else None

    def rows_in_order(self, through: int | None = None, *, json_as_text: bool = False) -> Iterator[dict[str, Any]]:
        """Every row (up to seq `through`), oldest first, on one read (no lock, no time limit).

        `json_as_text`: the JSON columns as stored, for `verify` to decode itself, faster.
        """
        columns = [
            cast(c, Text).label(c.name) if json_as_text and c.name in _JSON_COLUMNS else c for c in audit_log.columns
        ]
        with read_only_connection(self._engine) as connection:
            query = select(*columns).order_by(audit_log.c.seq)
            if through is not None:
                query = query.where(audit_log.c.seq <= through)
            result = connection.execution_options(yield_per=2000).execute(query)
            names = tuple(result.keys())
            for row in result:  # plain rows zipped with the names: a mapping per row costs more than the read
                yield dict(zip(names, row, strict=True))

    def verify(self, through: int | None = None) -> tuple[bool, int, str]:
        """Walk the chain (up to seq `through`): (intact, rows checked, message naming the first bad row).

        A log pruned under the retention policy starts after a gap that a checkpoint row (later
        in the chain) accounts for: the first remaining row must link to the last pruned row's
        hash that the checkpoint recorded, or the gap is reported as deleted rows.
        """
        previous: str | None = GENESIS_HASH
        expected_gap: dict[str, Any] | None = None
        checked = 0
        for raw in self.rows_in_order(through, json_as_text=True):
            row = decoded_row(raw, _JSON_COLUMNS)
            if checked == 0 and row["prev_hash"] != GENESIS_HASH:
                expected_gap = {"seq": row["seq"], "prev_hash": row["prev_hash"]}
                previous = row["prev_hash"]
            if row["prev_hash"] != previous:
                return (
                    False,
                    checked,
                    (
                        f"row seq={row['seq']} query_id={row['query_id']}: its previous-hash does not match the row "
                        "before it (a row was deleted, inserted or reordered)"
                    ),
                )
            # orjson reads a few documents differently from the encoder the log was written with (an
            # integer beyond 64 bits becomes a float): a row is called edited only if the exact
            # reading does not match either
            if not hash_matches(row, row["row_hash"]) and not hash_matches(
                decoded_row(raw, _JSON_COLUMNS, exact=True), row["row_hash"]
            ):
                return (
                    False,
                    checked,
                    f"row seq={row['seq']} query_id={row['query_id']}: contents were edited",
                )
            if expected_gap is not None and row["kind"] == CHECKPOINT:
                pruned = json.loads(row["summary"] or "{}")
                if pruned.get("last_pruned_hash") == expected_gap["prev_hash"]:
                    expected_gap["accounted_by"] = row["query_id"]
                    expected_gap["rows"] = pruned.get("pruned_rows")
            previous = row["row_hash"]
            checked += 1
        if expected_gap is not None and "accounted_by" not in expected_gap:
            return (
                False,
                0,
                f"rows before seq={expected_gap['seq']} are missing and no retention checkpoint accounts for them "
                "(rows were deleted from the start of the log)",
            )
        note = ""
        if expected_gap is not None:
            note = f"; {expected_gap['rows']} older rows pruned under checkpoint {expected_gap['accounted_by']}"
        return True, checked, f"ok: {checked} rows, chain intact{note}"

    def prune(self, before: str, operator: str) -> dict[str, Any] | None:
        """Remove the oldest rows created before `before`, recording what went in a checkpoint row.

        Only a prefix of the chain is removed (so what stays still verifies), and in the same
        transaction a `checkpoint` row is appended with the count, the seq range, the hash of the
        last pruned row and a digest over every pruned row's hash. Returns the checkpoint, or None
        when nothing is old enough. Refuses (ChainBroken) unless the whole log verifies first: a
        checkpoint must only ever vouch for rows that were intact.
        """
        intact, _checked, message = self.verify()
        if not intact:
            raise ChainBroken(f"the log does not verify, so nothing was pruned: {message}")
        try:
            with self._engine.begin() as connection:
                self._lock_chain(connection)
                digest = hashlib.sha256()
                pruned: list[tuple[int, str, str]] = []
                for seq, created_at, hashed in connection.execute(
                    select(audit_log.c.seq, audit_log.c.created_at, audit_log.c.row_hash).order_by(audit_log.c.seq)
                ):
                    if created_at >= before:
                        break
                    digest.update(hashed.encode())
                    pruned.append((seq, created_at, hashed))
                if not pruned:
                    return None
                through = pruned[-1][0]
                summary = {
                    "pruned_rows": len(pruned),
                    "from_seq": pruned[0][0],
                    "through_seq": through,
                    "oldest": pruned[0][1],
                    "newest": pruned[-1][1],
                    "last_pruned_hash": pruned[-1][2],
                    "pruned_digest": digest.hexdigest(),
                    "before": before,
                }
                if self._postgres:  # the one way past the append-only trigger (migration 0006)
                    connection.execute(text("SELECT triage_audit_prune(:through)"), {"through": through})
                else:
                    connection.execute(audit_log.delete().where(audit_log.c.seq <= through))
                record = AuditRecord.note(
                    CHECKPOINT, "cli", user_id=operator, summary=json.dumps(summary, sort_keys=True)
                )
                return self._append_locked(connection, record)
        except SQLAlchemyError as exc:
            raise AuditUnavailable(f"the audit log could not be pruned: {exc.__class__.__name__}") from exc


_JSON_COLUMNS = frozenset(c.name for c in audit_log.columns if isinstance(c.type, JSON))
