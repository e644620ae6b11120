"""signed checkpoints of the ledger, and the indexes of the queue at scale

Revision ID: 0005
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "checkpoints",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.String(length=40), nullable=False),
        sa.Column("items", sa.Integer(), nullable=False),
        sa.Column("events", sa.Integer(), nullable=False),
        sa.Column("root", sa.String(length=64), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.Column("signature", sa.String(length=128), nullable=False),
        sa.Column("public_key", sa.String(length=64), nullable=False),
        sa.Column("verified_at", sa.String(length=40), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("hash"),
    )
    op.create_table(
        "checkpoint_heads",
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("checkpoint_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("head_hash", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["checkpoint_id"], ["checkpoints.id"]),
        sa.PrimaryKeyConstraint("item_id", "checkpoint_id"),
    )
    op.create_index("ix_review_tasks_stage_status_due", "review_tasks", ["stage", "status", "due_at"])
    op.create_index("ix_review_tasks_status_due", "review_tasks", ["status", "due_at"])


def downgrade() -> None:
    op.drop_index("ix_review_tasks_status_due", table_name="review_tasks")
    op.drop_index("ix_review_tasks_stage_status_due", table_name="review_tasks")
    op.drop_table("checkpoint_heads")
    op.drop_table("checkpoints")
