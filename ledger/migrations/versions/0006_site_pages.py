"""the published site kept in the database: rendered pages and the index's listing

Revision ID: 0006
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "site_pages",
        sa.Column("path", sa.String(length=300), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("path"),
    )
    op.create_table(
        "site_listing",
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("index_number", sa.String(length=64), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("disclosure", sa.String(length=32), nullable=False),
        sa.Column("department", sa.String(length=200), nullable=False),
        sa.Column("revision_hash", sa.String(length=64), nullable=False),
        sa.Column("published_at", sa.String(length=40), nullable=False),
        sa.Column("retracted_at", sa.String(length=40), nullable=True),
        sa.ForeignKeyConstraint(["item_id"], ["items.id"]),
        sa.PrimaryKeyConstraint("seq"),
        sa.UniqueConstraint("item_id"),
    )


def downgrade() -> None:
    op.drop_table("site_listing")
    op.drop_table("site_pages")
