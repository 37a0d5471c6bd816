"""Indexes for the reviewers' filters: by channel, and by kind of row (query, feedback, ...).

Revision ID: 0002_reviewer_filters
Revises: 0001_initial
Create Date: 2026-11-23
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002_reviewer_filters"
down_revision: str | Sequence[str] | None = "0001_initial"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("audit_log") as batch_op:
        batch_op.create_index("ix_audit_log_channel_id", ["channel_id"], unique=False)
        batch_op.create_index("ix_audit_log_kind", ["kind"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("audit_log") as batch_op:
        batch_op.drop_index("ix_audit_log_kind")
        batch_op.drop_index("ix_audit_log_channel_id")
