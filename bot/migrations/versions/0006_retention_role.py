"""Retention goes through one procedure, so the application's role cannot get round the
append-only trigger: 0005 let any transaction that set triage.retention delete rows, which the
application's own connection could do on purpose. Now a DELETE passes the trigger only when
run as the table's owner, and `triage_audit_prune(through_seq)` (SECURITY DEFINER, owned by
the owner) is how another role prunes: only rows older than the period the owner wrote into
`audit_retention` (`triage audit grant ROLE --retention-days N`). Whoever owns the table can
still do anything; the chain and signed checkpoints catch that.

Revision ID: 0006_retention_role
Revises: 0005_append_only
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_retention_role"
down_revision: str | Sequence[str] | None = "0005_append_only"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "audit_retention",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("min_age_days", sa.Integer(), nullable=False),
        sa.Column("set_by", sa.String(length=64), nullable=False),
        sa.Column("set_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    schema = bind.execute(sa.text("SELECT current_schema()")).scalar_one()
    # a SECURITY DEFINER function fixes its search_path, so no caller's schema can stand in
    quoted = bind.dialect.identifier_preparer.quote(schema)
    op.execute(
        """
        CREATE OR REPLACE FUNCTION triage_audit_log_append_only() RETURNS trigger AS $$
        BEGIN
            IF TG_OP = 'DELETE' AND current_setting('triage.retention', true) = 'on'
               AND current_user = (SELECT tableowner FROM pg_tables
                                   WHERE schemaname = TG_TABLE_SCHEMA AND tablename = TG_TABLE_NAME) THEN
                RETURN OLD;
            END IF;
            RAISE EXCEPTION 'the query log is append-only: % refused', TG_OP
                USING ERRCODE = 'insufficient_privilege';
        END
        $$ LANGUAGE plpgsql
        """
    )
    op.execute(
        """
        CREATE OR REPLACE FUNCTION triage_audit_prune(through_seq bigint) RETURNS bigint
        LANGUAGE plpgsql SECURITY DEFINER AS $$
        DECLARE
            owner name;
            min_age integer;
            too_young bigint;
            removed bigint;
        BEGIN
            SELECT tableowner INTO owner FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'audit_log';
            IF session_user <> owner THEN
                SELECT min_age_days INTO min_age FROM audit_retention WHERE id = 1;
                IF min_age IS NULL THEN
                    RAISE EXCEPTION 'no retention period is set for this database: its owner sets one with '
                        '`triage audit grant ROLE --retention-days N`' USING ERRCODE = 'insufficient_privilege';
                END IF;
                SELECT count(*) INTO too_young FROM audit_log
                    WHERE seq <= through_seq AND created_at::timestamptz > now() - make_interval(days => min_age);
                IF too_young > 0 THEN
                    RAISE EXCEPTION '% of these rows are younger than the % days the database owner set', too_young,
                        min_age USING ERRCODE = 'insufficient_privilege';
                END IF;
            END IF;
            PERFORM set_config('triage.retention', 'on', true);
            DELETE FROM audit_log WHERE seq <= through_seq;
            GET DIAGNOSTICS removed = ROW_COUNT;
            PERFORM set_config('triage.retention', 'off', true);
            RETURN removed;
        END
        $$
        """
    )
    op.execute(f"ALTER FUNCTION triage_audit_prune(bigint) SET search_path = {quoted}, pg_temp")
    op.execute("REVOKE ALL ON FUNCTION triage_audit_prune(bigint) FROM PUBLIC")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS triage_audit_prune(bigint)")
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
    op.drop_table("audit_retention")
