"""records: kinds of item, the interpreted policy, intended date, grounds of non-disclosure

Revision ID: 0004
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0005"
branch_labels = None
depends_on = None

COLUMNS = (
    ("kind", sa.String(length=64)),
    ("interprets", sa.Integer()),
    ("interpretation_form", sa.String(length=64)),
    ("intended_on", sa.String(length=10)),
    ("disclosure_ground", sa.String(length=32)),
    ("disclosure_reason", sa.Text()),
)


def upgrade() -> None:
    with op.batch_alter_table("items", schema=None) as batch_op:
        for name, kind in COLUMNS:
            batch_op.add_column(sa.Column(name, kind, nullable=True))
        batch_op.create_index("ix_items_interprets", ["interprets"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("items", schema=None) as batch_op:
        batch_op.drop_index("ix_items_interprets")
        for name, _ in reversed(COLUMNS):
            batch_op.drop_column(name)
