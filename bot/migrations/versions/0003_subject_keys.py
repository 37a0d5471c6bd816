"""Keyed fingerprints of the people a question names, so repeated look-ups can be flagged.

Revision ID: 0003_subject_keys
Revises: 0002_reviewer_filters
Create Date: 2026-11-23

Old rows keep NULL; the row hash leaves a NULL `subject_keys` out, so they still verify.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_subject_keys"
down_revision: str | Sequence[str] | None = "0002_reviewer_filters"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("audit_log") as batch_op:
        batch_op.add_column(sa.Column("subject_keys", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("audit_log") as batch_op:
        batch_op.drop_column("subject_keys")
