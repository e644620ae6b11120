"""item snapshots: each item keeps the fold of its events at its head (ledger.snapshot)

Revision ID: 0010_engine_floor
Revises: 0009

A command reads the snapshot with the item row instead of folding every event. The backfill folds
each item's ledger as it is; nothing hashed changes, so `verify` answers as before.
"""

import sqlalchemy as sa
from alembic import op

from sanshen.ledger.snapshot import of_events

revision = "0010_engine_floor"
down_revision = "0010_platform_ops"
branch_labels = None
depends_on = None

BATCH = 500
FOLDED = ("item_id", "seq", "event", "actor", "revision_hash", "opinion", "ground", "detail", "from_stage", "to_stage")


def upgrade() -> None:
    op.add_column("items", sa.Column("snapshot", sa.Text(), nullable=True))
    _backfill(op.get_bind())


def _backfill(bind: sa.Connection) -> None:
    items = sa.table("items", sa.column("id"), sa.column("drafter"), sa.column("department_id"),
                     sa.column("snapshot"))
    events = sa.table("events", *(sa.column(name) for name in FOLDED))
    ids = list(bind.execute(sa.select(items.c.id).order_by(items.c.id)).scalars())
    for start in range(0, len(ids), BATCH):
        chunk = ids[start:start + BATCH]
        ledger: dict[int, list[sa.Row]] = {item_id: [] for item_id in chunk}
        for row in bind.execute(sa.select(events).where(events.c.item_id.in_(chunk))
                                .order_by(events.c.item_id, events.c.seq)):
            ledger[row.item_id].append(row)
        rows = bind.execute(sa.select(items.c.id, items.c.drafter, items.c.department_id)
                            .where(items.c.id.in_(chunk))).all()
        if rows:
            snapshots = [{"_id": row.id, "snapshot": of_events(row.drafter, row.department_id, ledger[row.id])}
                         for row in rows]
            bind.execute(sa.update(items).where(items.c.id == sa.bindparam("_id")), snapshots)


def downgrade() -> None:
    with op.batch_alter_table("items") as batch:
        batch.drop_column("snapshot")
