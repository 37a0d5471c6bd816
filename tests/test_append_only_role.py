"""On PostgreSQL the application's own role can append to the log and nothing more: no edit,
no delete, no way round the trigger, and pruning only of rows older than the owner's period."""

from __future__ import annotations

import dataclasses
import datetime as dt
import subprocess
import uuid
from pathlib import Path

import pytest
from sqlalchemy import make_url, text
from sqlalchemy.exc import DBAPIError

from bot.audit.records import AuditUnavailable
from bot.audit.store import AuditLog
from bot.db import make_engine
from tests.conftest import cli_env, postgres_schema_url
from tests.test_audit import record
from tests.test_tamper_evidence import TRIAGE

ATTEMPTS = {
    "edit a row": ["UPDATE audit_log SET verdict = 'permitted'"],
    "delete a row": ["DELETE FROM audit_log WHERE seq = 1"],
    "empty the table": ["TRUNCATE audit_log"],
    "say it is retention": ["SET LOCAL triage.retention = 'on'", "DELETE FROM audit_log WHERE seq = 1"],
    "switch the trigger off": ["ALTER TABLE audit_log DISABLE TRIGGER USER"],
    "prune young rows directly": ["SELECT triage_audit_prune(1000)"],
}


def _grant(owner_url: str, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**cli_env(tmp_path / "data"), "TRIAGE_DATABASE_URL": owner_url}
    return subprocess.run(
        [TRIAGE, "audit", "grant", *args], env=env, capture_output=True, text=True, timeout=120, check=False
    )


def test_the_applications_role_appends_but_cannot_change_the_log(tmp_path: Path) -> None:
    for owner_url in postgres_schema_url():
        owner = make_engine(owner_url)
        role = f"triage_app_{uuid.uuid4().hex[:8]}"
        with owner.begin() as connection:
            connection.execute(text(f"CREATE ROLE {role} LOGIN"))
        app = None
        try:
            unknown = _grant(owner_url, tmp_path, "no_such_role_here")
            assert unknown.returncode == 2 and "no PostgreSQL role" in unknown.stderr
            granted = _grant(owner_url, tmp_path, role)
            assert granted.returncode == 0, granted.stderr
            app_url = make_url(owner_url).set(username=role).render_as_string(hide_password=False)
            app = make_engine(app_url)  # the schema is current: the app role runs no migration
            log = AuditLog(app)
            old = [log.append(record(n)) for n in range(3)]  # 2026-11-23
            now = dt.datetime.now(dt.UTC).isoformat()
            young = log.append(dataclasses.replace(record(3), created_at=now))

            for attempt, statements in ATTEMPTS.items():
                with pytest.raises(DBAPIError) as refused, app.begin() as connection:
                    for statement in statements:
                        connection.execute(text(statement))
                assert "InsufficientPrivilege" in type(refused.value.orig).__name__, attempt

            # even a careless grant of DELETE leaves the trigger: only the owner's procedure passes it
            with owner.begin() as connection:
                connection.execute(text(f"GRANT DELETE ON audit_log TO {role}"))
            with pytest.raises(DBAPIError, match="append-only"), app.begin() as connection:
                connection.execute(text("SET LOCAL triage.retention = 'on'"))
                connection.execute(text("DELETE FROM audit_log WHERE seq = 1"))
            assert _grant(owner_url, tmp_path, role).returncode == 0  # and a new grant takes it back
            with pytest.raises(DBAPIError, match="permission denied"), app.begin() as connection:
                connection.execute(text("DELETE FROM audit_log WHERE seq = 1"))

            with pytest.raises(AuditUnavailable):  # no period set by the owner yet
                log.prune(before=now, operator="local:app")
            assert _grant(owner_url, tmp_path, role, "--retention-days", "5").returncode == 0
            with pytest.raises(AuditUnavailable):  # the app asks for too much: the database refuses
                log.prune(before=(dt.datetime.now(dt.UTC) + dt.timedelta(days=1)).isoformat(), operator="x")
            assert [r["row_hash"] for r in log.rows_in_order()] == [r["row_hash"] for r in [*old, young]]

            checkpoint = log.prune(before=now, operator="local:app")  # rows older than 5 days: allowed
            assert checkpoint is not None and '"pruned_rows": 3' in checkpoint["summary"]
            kept = [r["row_hash"] for r in log.rows_in_order()]
            assert kept == [young["row_hash"], checkpoint["row_hash"]]
            assert log.verify()[0]
        finally:
            if app is not None:
                app.dispose()
            with owner.begin() as connection:
                connection.execute(text(f"DROP OWNED BY {role}"))
                connection.execute(text(f"DROP ROLE {role}"))
            owner.dispose()


def test_grant_refuses_sqlite_and_the_owner_itself(tmp_path: Path) -> None:
    on_sqlite = _grant(f"sqlite:///{tmp_path / 'audit.db'}", tmp_path, "someone")
    assert on_sqlite.returncode == 2 and "PostgreSQL" in on_sqlite.stderr
    for owner_url in postgres_schema_url():
        owner_name = make_url(owner_url).username or "postgres"
        itself = _grant(owner_url, tmp_path, owner_name)
        assert itself.returncode == 2 and "owns the log tables" in itself.stderr
