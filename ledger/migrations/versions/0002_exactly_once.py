"""exactly once: command keys on events, page hashes on publications, the installation id

Revision ID: 0002
Revises: 0001
"""

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.add_column(sa.Column("command_key", sa.String(length=100), nullable=True))
        batch_op.create_index("ux_events_command_key", ["command_key"], unique=True)
    with op.batch_alter_table("publications", schema=None) as batch_op:
        batch_op.add_column(sa.Column("page_hash", sa.String(length=64), nullable=True))
    installation = op.create_table(
        "installation",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.bulk_insert(installation, [{"id": uuid.uuid4().hex, "created_at": "migration 0002"}])


def downgrade() -> None:
    op.drop_table("installation")
    with op.batch_alter_table("publications", schema=None) as batch_op:
        batch_op.drop_column("page_hash")
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_index("ux_events_command_key")
        batch_op.drop_column("command_key")
