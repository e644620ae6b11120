"""the published site kept in the database: rendered pages and the index's listing

Revision ID: 0006
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0004"
branch_labels = None
depends_on = None


# Publications made before this release join the index in the order they were published; their pages
# are rendered again when they change (a retraction), and exports keep the files already written.
BACKFILL = """
INSERT INTO site_listing (seq, item_id, index_number, title, disclosure, department, revision_hash,
                          published_at, retracted_at)
SELECT row_number() OVER (ORDER BY p.published_at, p.item_id), p.item_id, p.index_number, r.title,
       i.disclosure, d.name, p.revision_hash, p.published_at, p.retracted_at
FROM publications p
JOIN items i ON i.id = p.item_id
JOIN departments d ON d.id = i.department_id
JOIN revisions r ON r.item_id = p.item_id AND r.hash = p.revision_hash
 AND r.number = (SELECT max(r2.number) FROM revisions r2 WHERE r2.item_id = p.item_id AND r2.hash = p.revision_hash)
"""


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
        sa.Column("pair_mark", sa.String(length=16), nullable=False, server_default=""),
        sa.ForeignKeyConstraint(["item_id"], ["items.id"]),
        sa.PrimaryKeyConstraint("seq"),
        sa.UniqueConstraint("item_id"),
    )
    op.execute(BACKFILL)


def downgrade() -> None:
    op.drop_table("site_listing")
    op.drop_table("site_pages")
