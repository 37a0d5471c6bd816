"""The query log is append-only on PostgreSQL: UPDATE, DELETE and TRUNCATE are refused by a
trigger, except DELETE inside the retention step (`audit prune`, which sets triage.retention
for its own transaction). The chain already shows an edit; this stops one being made through
the application's own connection, by a bug or a careless hand.

Revision ID: 0005_append_only
Revises: 0004_console
Create Date: 2026-12-01
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0005_append_only"
down_revision: str | Sequence[str] | None = "0004_console"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return  # SQLite: the file's owner can change anything; the hash chain and checkpoints tell
    op.execute(
        """
        CREATE OR REPLACE FUNCTION triage_audit_log_append_only() RETURNS trigger AS $$
        BEGIN
            IF TG_OP = 'DELETE' AND current_setting('triage.retention', true) = 'on' THEN
                RETURN OLD;
            END IF;
            RAISE EXCEPTION 'the query log is append-only: % refused', TG_OP
                USING ERRCODE = 'insufficient_privilege';
        END
        $$ LANGUAGE plpgsql
        """
    )
    op.execute(
        "CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log "
        "FOR EACH ROW EXECUTE FUNCTION triage_audit_log_append_only()"
    )
    op.execute(
        "CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log "
        "FOR EACH STATEMENT EXECUTE FUNCTION triage_audit_log_append_only()"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER IF EXISTS audit_log_no_truncate ON audit_log")
    op.execute("DROP TRIGGER IF EXISTS audit_log_append_only ON audit_log")
    op.execute("DROP FUNCTION IF EXISTS triage_audit_log_append_only()")
