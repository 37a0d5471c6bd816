"""Initial schema: the hash-chained audit log and the knowledge-base versions.

Revision ID: 0001_initial
Revises:
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0001_initial"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "audit_log",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("query_id", sa.String(length=36), nullable=False),
        sa.Column("event_id", sa.String(length=200), nullable=True),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("parent_query_id", sa.String(length=36), nullable=True),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("user_id", sa.String(length=64), nullable=True),
        sa.Column("channel_id", sa.String(length=64), nullable=True),
        sa.Column("question_masked", sa.Text(), nullable=False),
        sa.Column("mask_kinds", sa.JSON(), nullable=False),
        sa.Column("facts", sa.JSON(), nullable=True),
        sa.Column("agency", sa.String(length=24), nullable=True),
        sa.Column("asks", sa.String(length=400), nullable=True),
        sa.Column("verdict", sa.String(length=16), nullable=True),
        sa.Column("rule_id", sa.String(length=64), nullable=True),
        sa.Column("summary", sa.Text(), nullable=True),
        sa.Column("questions", sa.JSON(), nullable=True),
        sa.Column("citations", sa.JSON(), nullable=True),
        sa.Column("kb_version", sa.String(length=64), nullable=True),
        sa.Column("prompt_hash", sa.String(length=64), nullable=True),
        sa.Column("latency_ms", sa.Float(), nullable=True),
        sa.Column("outcome", sa.String(length=16), nullable=False),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("row_hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("seq"),
        sa.UniqueConstraint("event_id"),
        sa.UniqueConstraint("query_id"),
        sa.UniqueConstraint("row_hash"),
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_log_agency"), ["agency"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_log_created_at"), ["created_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_log_kb_version"), ["kb_version"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_log_outcome"), ["outcome"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_log_parent_query_id"), ["parent_query_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_log_rule_id"), ["rule_id"], unique=False)
        batch_op.create_index("ix_audit_log_user_created", ["user_id", "created_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_log_user_id"), ["user_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_log_verdict"), ["verdict"], unique=False)

    op.create_table(
        "kb_versions",
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("document_count", sa.Integer(), nullable=False),
        sa.Column("passage_count", sa.Integer(), nullable=False),
        sa.Column("rules_text", sa.Text(), nullable=False),
        sa.Column("offenses_text", sa.Text(), nullable=False),
        sa.Column("embedding_model", sa.String(length=120), nullable=False),
        sa.Column("source_dir", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("version"),
    )
    op.create_table(
        "kb_active",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("activated_at", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["version"],
            ["kb_versions.version"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "kb_documents",
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("authority", sa.String(length=80), nullable=False),
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["version"],
            ["kb_versions.version"],
        ),
        sa.PrimaryKeyConstraint("version", "authority"),
    )
    op.create_table(
        "kb_passages",
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("passage_id", sa.String(length=200), nullable=False),
        sa.Column("ordinal", sa.Integer(), nullable=False),
        sa.Column("authority", sa.String(length=80), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("section", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("line", sa.Integer(), nullable=False),
        sa.Column("effective_date", sa.String(length=10), nullable=False),
        sa.ForeignKeyConstraint(
            ["version"],
            ["kb_versions.version"],
        ),
        sa.PrimaryKeyConstraint("version", "passage_id"),
    )


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_table("kb_passages")
    op.drop_table("kb_documents")
    op.drop_table("kb_active")
    op.drop_table("kb_versions")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_log_verdict"))
        batch_op.drop_index(batch_op.f("ix_audit_log_user_id"))
        batch_op.drop_index("ix_audit_log_user_created")
        batch_op.drop_index(batch_op.f("ix_audit_log_rule_id"))
        batch_op.drop_index(batch_op.f("ix_audit_log_parent_query_id"))
        batch_op.drop_index(batch_op.f("ix_audit_log_outcome"))
        batch_op.drop_index(batch_op.f("ix_audit_log_kb_version"))
        batch_op.drop_index(batch_op.f("ix_audit_log_created_at"))
        batch_op.drop_index(batch_op.f("ix_audit_log_agency"))

    op.drop_table("audit_log")
