"""Schema migrations (Alembic) on a real SQLite file and the real PostgreSQL."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from click.testing import CliRunner
from sqlalchemy import Engine, func, select, text

from bot.audit.hashing import GENESIS_HASH, row_hash
from bot.audit.store import AuditLog
from bot.cli import main
from bot.db import _alembic_config, audit_log, make_engine, metadata, migrate, schema_revision
from tests.conftest import postgres_schema_url
from tests.test_audit import record

HEAD = "0007_training_roster"
STEPS = (
    "0001_initial",
    "0002_reviewer_filters",
    "0003_subject_keys",
    "0004_console",
    "0005_append_only",
    "0006_retention_role",
    HEAD,
)


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'audit.db'}"
    else:
        yield from postgres_schema_url()


def test_a_new_database_is_migrated_to_head_and_again_is_a_no_op(url: str) -> None:
    engine = make_engine(url, migrate_schema=False)
    assert migrate(engine) == list(STEPS)
    assert migrate(engine) == []
    assert schema_revision(engine) == HEAD
    engine.dispose()


def test_the_migrations_build_exactly_the_schema_the_code_declares(url: str) -> None:
    engine = make_engine(url)
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), metadata)
    assert differences == []
    engine.dispose()


def test_a_log_created_before_migrations_is_adopted_with_its_rows(url: str) -> None:
    engine = make_engine(url, migrate_schema=False)
    with engine.begin() as connection:  # the schema as the first build's create_all left it
        command.upgrade(_alembic_config(connection), "0001_initial")
        connection.execute(text("DROP TABLE alembic_version"))
        row = record(1).as_row()  # a row as the first build wrote it: no subject_keys column yet
        del row["subject_keys"]
        row["prev_hash"] = GENESIS_HASH
        row["row_hash"] = row_hash(row)
        connection.execute(audit_log.insert().values(**row))
    legacy = AuditLog(engine)
    assert migrate(engine) == list(STEPS[1:])
    assert legacy.count() == 1 and legacy.verify()[0]
    engine.dispose()


def test_processes_starting_at_once_migrate_one_after_the_other(url: str) -> None:
    failures: list[BaseException] = []
    engines: list[Engine] = []

    def start() -> None:
        try:
            engines.append(make_engine(url))
        except BaseException as exc:
            failures.append(exc)

    threads = [threading.Thread(target=start) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    with engines[0].connect() as connection:
        assert connection.execute(select(func.count()).select_from(text("alembic_version"))).scalar_one() == 1
    for engine in engines:
        engine.dispose()


def test_audit_migrate_command(tmp_path: Path) -> None:
    env = {"TRIAGE_DATABASE_URL": f"sqlite:///{tmp_path / 'log.db'}"}
    first = CliRunner().invoke(main, ["audit", "migrate"], env=env)
    assert first.exit_code == 0 and f"applied {HEAD}" in first.output
    again = CliRunner().invoke(main, ["audit", "migrate"], env=env)
    assert again.exit_code == 0 and "already up to date" in again.output


def test_a_new_sqlite_log_opens_while_another_process_holds_the_lock(tmp_path: Path) -> None:
    """Switching to WAL does not wait for SQLite's lock by itself; opening must wait, not fail."""
    import sqlite3

    path = tmp_path / "log.db"
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("CREATE TABLE other_process (x)")
    release = threading.Timer(0.5, lambda: holder.execute("COMMIT"))
    release.start()
    try:
        engine = make_engine(f"sqlite:///{path}")
    finally:
        release.join()
        holder.close()
    assert schema_revision(engine) == HEAD
    engine.dispose()


def test_head_revision_constant_names_the_newest_migration() -> None:
    """`migrate` skips loading Alembic when the log is at HEAD_REVISION: it must be the real head."""
    from alembic.script import ScriptDirectory

    from bot.db import HEAD_REVISION, MIGRATIONS

    assert ScriptDirectory(str(MIGRATIONS)).get_current_head() == HEAD_REVISION == HEAD
