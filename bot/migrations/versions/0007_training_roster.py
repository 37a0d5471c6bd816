"""Training evaluations and the officer roster.

- `kb_versions.training_text`: the training bank (knowledge/training/*.jsonl) of each
  knowledge-base version, as a JSON object of file name to text, so a practice round draws
  from, and quotes, the version that answers.
- `officer_roster`: who an officer is for the register and the training reports (name,
  command or unit, and for task-force officers the task force and its agency), kept by
  counsel or an admin; every change is also a `roster_change` row in the log.

Revision ID: 0007_training_roster
Revises: 0006_retention_role
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_training_roster"
down_revision: str | Sequence[str] | None = "0006_retention_role"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("kb_versions") as batch:
        batch.add_column(sa.Column("training_text", sa.Text(), nullable=False, server_default="{}"))
    op.create_table(
        "officer_roster",
        sa.Column("user_id", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("unit", sa.String(length=120), nullable=False),
        sa.Column("task_force", sa.String(length=120), nullable=True),
        sa.Column("agency", sa.String(length=32), nullable=True),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("user_id"),
    )


def downgrade() -> None:
    op.drop_table("officer_roster")
    with op.batch_alter_table("kb_versions") as batch:
        batch.drop_column("training_text")
