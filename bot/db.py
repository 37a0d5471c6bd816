"""The relational store: one schema for the audit log and the knowledge-base versions.

SQLite (WAL) by default, PostgreSQL when TRIAGE_DATABASE_URL says so. The audit table is
designed for the review committees from the start: a hash chain (prev_hash, row_hash),
masking recorded per row, linked follow-up rows, and denormalised filter columns.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson
from sqlalchemy import (
    JSON,
    Column,
    Connection,
    Engine,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    event,
    inspect,
    text,
)
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

__all__ = [
    "audit_log",
    "console_login_failures",
    "console_sessions",
    "console_users",
    "kb_active",
    "kb_documents",
    "kb_passages",
    "kb_versions",
    "make_engine",
    "metadata",
    "migrate",
    "officer_roster",
    "read_json_column",
    "read_json_fast",
    "schema_revision",
]

metadata = MetaData()

audit_log = Table(
    "audit_log",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),  # chain order
    Column("query_id", String(36), nullable=False, unique=True),
    Column("event_id", String(200), unique=True),  # Slack delivery id: a retry never logs twice
    Column(
        "kind", String(24), nullable=False, index=True
    ),  # query | counsel_decision | feedback | correction | checkpoint
    Column("parent_query_id", String(36), index=True),
    Column("created_at", String(32), nullable=False, index=True),  # ISO 8601 UTC: exact in the hash
    Column("source", String(16), nullable=False),  # cli | console | slack | eval
    Column("user_id", String(64), index=True),
    Column("channel_id", String(64), index=True),
    Column("question_masked", Text, nullable=False),
    Column("mask_kinds", JSON, nullable=False),
    Column("subject_keys", JSON),  # HMAC fingerprints of the identifiers masked (migration 0003)
    Column("facts", JSON),
    Column("agency", String(24), index=True),
    Column("asks", String(400)),
    Column("verdict", String(16), index=True),
    Column("rule_id", String(64), index=True),
    Column("summary", Text),
    Column("questions", JSON),
    Column("citations", JSON),
    Column("kb_version", String(64), index=True),
    Column("prompt_hash", String(64)),
    Column("latency_ms", Float),
    Column(
        "outcome", String(16), nullable=False, index=True
    ),  # answered | rejected | error; outcome rows: what was done
    Column("error", Text),
    Column("prev_hash", String(64), nullable=False),
    Column("row_hash", String(64), nullable=False, unique=True),
)

kb_versions = Table(
    "kb_versions",
    metadata,
    Column("version", String(64), primary_key=True),
    Column("created_at", String(32), nullable=False),
    Column("document_count", Integer, nullable=False),
    Column("passage_count", Integer, nullable=False),
    Column("rules_text", Text, nullable=False),
    Column("offenses_text", Text, nullable=False),
    Column("embedding_model", String(120), nullable=False),
    Column("source_dir", Text, nullable=False),
    # the training bank of this version: JSON object, file name -> text (migration 0007)
    Column("training_text", Text, nullable=False, server_default="{}"),
)

kb_documents = Table(
    "kb_documents",
    metadata,
    Column("version", String(64), ForeignKey("kb_versions.version"), primary_key=True),
    Column("authority", String(80), primary_key=True),
    Column("path", Text, nullable=False),
    Column("text", Text, nullable=False),  # the whole file: quotes are checked against it
)

kb_passages = Table(
    "kb_passages",
    metadata,
    Column("version", String(64), ForeignKey("kb_versions.version"), primary_key=True),
    Column("passage_id", String(200), primary_key=True),
    Column("ordinal", Integer, nullable=False),
    Column("authority", String(80), nullable=False),
    Column("title", Text, nullable=False),
    Column("section", Text, nullable=False),
    Column("text", Text, nullable=False),
    Column("line", Integer, nullable=False),
    Column("effective_date", String(10), nullable=False),
)

# The one pointer that says which version answers today; switched in a single UPDATE.
kb_active = Table(
    "kb_active",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("version", String(64), ForeignKey("kb_versions.version"), nullable=False),
    Column("activated_at", String(32), nullable=False),
)

Index("ix_audit_log_user_created", audit_log.c.user_id, audit_log.c.created_at)
# the web console's default page: one kind of row, newest first (migration 0004)
Index("ix_audit_log_kind_seq", audit_log.c.kind, audit_log.c.seq)

# The retention period the PostgreSQL owner set for other roles (one row; migration 0006): the
# prune procedure refuses to remove younger rows, whatever the application asks.
audit_retention = Table(
    "audit_retention",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("min_age_days", Integer, nullable=False),
    Column("set_by", String(64), nullable=False),
    Column("set_at", String(32), nullable=False),
)

# Who an officer is, for the register and the training reports (migration 0007): kept by
# counsel or an admin; each change is also a `roster_change` row in the log.
officer_roster = Table(
    "officer_roster",
    metadata,
    Column("user_id", String(64), primary_key=True),  # the Slack user id the log records
    Column("name", String(120), nullable=False),
    Column("unit", String(120), nullable=False),  # command or unit
    Column("task_force", String(120)),  # for task-force officers
    Column("agency", String(32)),  # the task force's federal agency
    Column("updated_at", String(32), nullable=False),
    Column("updated_by", String(64), nullable=False),
)

# Web console accounts (migration 0004). Officers have none: they ask in Slack.
console_users = Table(
    "console_users",
    metadata,
    Column("name", String(64), primary_key=True),
    Column("role", String(16), nullable=False),  # reviewer | counsel | admin
    Column("password_hash", Text, nullable=False),  # argon2id, parameters in the string
    Column("created_at", String(32), nullable=False),
    Column("disabled_at", String(32)),
)

# Only a hash of each session token is stored: a copy of the database opens no session.
console_sessions = Table(
    "console_sessions",
    metadata,
    Column("token_hash", String(64), primary_key=True),
    Column("name", String(64), ForeignKey("console_users.name"), nullable=False, index=True),
    Column("csrf_token", String(64), nullable=False),
    Column("created_at", String(32), nullable=False),
    Column("last_seen_at", String(32), nullable=False),
)

# Failed sign-ins, counted per account name and per client address for rate limiting.
console_login_failures = Table(
    "console_login_failures",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", String(64), nullable=False, index=True),
    Column("client", String(64), nullable=False, index=True),
    Column("at", String(32), nullable=False, index=True),
)


def make_engine(url: str, *, migrate_schema: bool = True) -> Engine:
    """An engine with the settings each backend needs; creates the SQLite folder and tables.

    `hide_parameters`: a database error's text must never carry a logged question's words.
    """
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        uri = parsed.query.get("uri") == "true" or (parsed.database or "").startswith("file:")
        if parsed.database and parsed.database != ":memory:" and not uri:  # a URI names its own mode
            _private_file(Path(parsed.database))
        engine = create_engine(
            url, connect_args={"timeout": 30}, hide_parameters=True, json_deserializer=read_json_column
        )
        _sqlite_write_transactions(engine)
    else:
        engine = create_engine(url, pool_pre_ping=True, hide_parameters=True, json_deserializer=read_json_column)
    if migrate_schema:
        migrate(engine)
    return engine


_LONG_NUMBER = re.compile(r"\d{19}")


def read_json_column(text: str | bytes) -> Any:
    """A stored JSON column's value, exactly as `json.loads` reads it, several times faster.

    `read_json_fast` builds the same values for the documents given to it here; a run of 19
    digits (an integer beyond 64 bits, which orjson reads as a float) goes to the standard library.
    """
    if isinstance(text, bytes):
        text = text.decode()
    return json.loads(text) if _LONG_NUMBER.search(text) else read_json_fast(text)


def read_json_fast(text: str) -> Any:
    """orjson's reading of a JSON document; what it refuses (NaN, infinities, lone surrogate
    escapes) the standard library reads. Not exact for integers beyond 64 bits (see above)."""
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError:
        return json.loads(text)


if TYPE_CHECKING:
    from alembic.config import Config


def _private_file(path: Path) -> None:
    """Create the database file (and a missing folder) readable by its owner only: SQLite makes
    its -wal and -shm files with the database file's permissions, so they follow."""
    if not path.parent.exists():
        path.parent.mkdir(parents=True, mode=0o700)
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
    if path.stat().st_uid == os.getuid():
        path.chmod(0o600)


MIGRATIONS = Path(__file__).with_name("migrations")
_MIGRATION_LOCK_KEY = 0x7472_6962  # PostgreSQL advisory lock id: one migrator at a time
BASELINE = "0001_initial"  # what `create_all` built before migrations existed
HEAD_REVISION = "0007_training_roster"  # the newest step in migrations/versions (a test keeps this true)


def _alembic_config(connection: Connection) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def migrate(engine: Engine) -> list[str]:
    """Bring the schema to the newest migration; returns the steps applied (none: up to date).

    Idempotent and safe when several processes start at once: the whole run holds a write
    transaction (SQLite: BEGIN IMMEDIATE) or an advisory lock (PostgreSQL).
    """
    if _already_current(engine):
        return []  # the usual start: no need to load Alembic (~0.4 s)
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK_KEY})
        config = _alembic_config(connection)
        tables = set(inspect(connection).get_table_names())
        if "audit_log" in tables and "alembic_version" not in tables:
            command.stamp(config, BASELINE)  # a log created before migrations: adopt it as the baseline
        before = MigrationContext.configure(connection).get_current_revision()
        command.upgrade(config, "head")
        after = MigrationContext.configure(connection).get_current_revision()
    if before == after:
        return []
    script = ScriptDirectory(str(MIGRATIONS))
    return [step.revision for step in reversed(list(script.iterate_revisions(after, before)))]


def _already_current(engine: Engine) -> bool:
    try:
        with engine.connect() as connection:
            found = connection.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    except SQLAlchemyError:
        return False  # a new or pre-migration log
    return found == [HEAD_REVISION]


def schema_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


# Execution option marking a connection that only reads (see `read_only_connection`).
READ_ONLY = "triage_read_only"


@contextlib.contextmanager
def read_only_connection(engine: Engine, time_limit: float | None = None) -> Iterator[Connection]:
    """A connection for reads only, its statements cut off after `time_limit` seconds.

    SQLite: a deferred transaction (no write lock) and a progress handler that interrupts a
    statement past its deadline. PostgreSQL: a read-only transaction with statement_timeout.
    """
    with engine.connect() as connection:
        connection.execution_options(**{READ_ONLY: True})
        if connection.dialect.name == "postgresql":
            connection.execute(text("SET TRANSACTION READ ONLY"))
            if time_limit is not None:
                connection.execute(text(f"SET LOCAL statement_timeout = {int(time_limit * 1000)}"))
            yield connection
            return
        dbapi = connection.connection.dbapi_connection
        if time_limit is None or dbapi is None:
            yield connection
            return
        deadline = time.monotonic() + time_limit
        # a non-zero return interrupts the statement (sqlite3.OperationalError: interrupted)
        dbapi.set_progress_handler(lambda: int(time.monotonic() > deadline), 1_000)
        try:
            yield connection
        finally:
            dbapi.set_progress_handler(None, 0)


def _sqlite_write_transactions(engine: Engine) -> None:
    # pysqlite's own transaction handling defers BEGIN; take control so every write
    # transaction is BEGIN IMMEDIATE: the writer holds the lock before it reads the chain head.
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        _enable_wal(cursor)
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # Readers take no lock (WAL gives them a snapshot): a slow reviewer search must never
        # hold the write lock an officer's answer needs.
        read_only = connection.get_execution_options().get(READ_ONLY, False)
        connection.exec_driver_sql("BEGIN DEFERRED" if read_only else "BEGIN IMMEDIATE")


def _enable_wal(cursor: Any, attempts: int = 300) -> None:
    """Switching to WAL needs the lock and SQLite does not wait for it (no busy handler):
    when several processes open a new log at once, the others retry for up to 30 s."""
    for attempt in range(attempts):
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or attempt == attempts - 1:
                raise
            time.sleep(0.1)
