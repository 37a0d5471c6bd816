"""Alembic environment: always run from `bot.db.migrate`, on the caller's connection.

The caller holds the migration lock (a write transaction on SQLite, an advisory lock on
PostgreSQL), so two processes starting at once migrate one after the other.
"""

from __future__ import annotations

from alembic import context

from bot.db import metadata

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations with `triage audit migrate` (bot.db.migrate), not the alembic command")

context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=connection.dialect.name == "sqlite",  # SQLite alters tables by copying them
)
with context.begin_transaction():
    context.run_migrations()
