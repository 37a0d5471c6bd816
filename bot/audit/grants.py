"""A PostgreSQL role for the application that can add to the log and never change it.

The owner of the tables (who runs the migrations) grants the application's role what serving
needs: it may read and append log rows, keep the knowledge base and the console's accounts,
and prune only through `triage_audit_prune`, which removes nothing younger than the period
the owner writes here. Run as the owner; the application then connects as ROLE.
"""

from __future__ import annotations

from sqlalchemy import Engine, delete, insert, text

from bot.clock import system_clock
from bot.db import audit_retention

__all__ = ["GrantError", "grant_app_role"]

# Tables the application changes in the normal course (everything except the log itself).
_WORKING_TABLES = (
    "kb_versions",
    "kb_documents",
    "kb_passages",
    "kb_active",
    "console_users",
    "console_sessions",
    "console_login_failures",
)


class GrantError(ValueError):
    """The grant cannot be made here; the message says why."""


def grant_app_role(engine: Engine, role: str, retention_days: int | None, granted_by: str) -> list[str]:
    """Grant `role` the application's privileges (and set the retention period, if given).

    Returns the statements run. Idempotent: running it again changes nothing but the period.
    """
    if engine.dialect.name != "postgresql":
        raise GrantError("roles are a PostgreSQL matter: on SQLite whoever can write the file owns the log")
    quote = engine.dialect.identifier_preparer.quote
    who = quote(role)
    with engine.begin() as connection:
        if connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).first() is None:
            raise GrantError(f"there is no PostgreSQL role {role!r}: create it first (CREATE ROLE ... LOGIN)")
        owner = connection.execute(
            text("SELECT tableowner FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'audit_log'")
        ).scalar_one_or_none()
        if owner is None:
            raise GrantError("no log here yet: run `triage audit migrate` as the owner first")
        if owner == role:
            raise GrantError(f"{role!r} owns the log tables, so no grant can limit it: use a separate role")
        schema = quote(connection.execute(text("SELECT current_schema()")).scalar_one())
        statements = [
            f"GRANT USAGE ON SCHEMA {schema} TO {who}",
            f"REVOKE ALL ON audit_log FROM {who}",
            f"GRANT SELECT, INSERT ON audit_log TO {who}",
            f"GRANT SELECT, INSERT, UPDATE, DELETE ON {', '.join(_WORKING_TABLES)} TO {who}",
            f"GRANT SELECT ON alembic_version, audit_retention TO {who}",
            f"REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON alembic_version, audit_retention FROM {who}",
            f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {schema} TO {who}",
            f"GRANT EXECUTE ON FUNCTION triage_audit_prune(bigint) TO {who}",
        ]
        for statement in statements:
            connection.execute(text(statement))
        if retention_days is not None:
            if retention_days < 1:
                raise GrantError("--retention-days must be at least 1")
            connection.execute(delete(audit_retention))
            connection.execute(
                insert(audit_retention).values(
                    id=1,
                    min_age_days=retention_days,
                    set_by=granted_by,
                    set_at=system_clock().isoformat(),
                )
            )
    return statements
