"""the deadline sweep reads only the tasks due a look (review_tasks.next_notice_at and its index); the
queue reads a person's claimed tasks on the holder's index; two indexes that repeat another's prefix go

Revision ID: 0011
Revises: 0010

`next_notice_at` is the moment (UTC text, so text order is time order) at which the sweep must next
look at an open or claimed task: its earliest reminder not yet settled, else its deadline. The empty
text sorts before every moment and means "look at once" (tasks of before, a task just opened, an
organisation whose policy changed); NULL means nothing more is due. Rows of before get the empty
text: the first sweep after the migration looks at each once, as every sweep used to.

The queue reads, per stage, the open tasks in deadline order (organisation, stage, status, due) and the
claimed tasks the person holds: (organisation, assignee, status, stage, due). `ix_review_tasks_status`
and `ix_review_tasks_status_due` are prefixes of `ix_review_tasks_open_due` (status, due, id): every
write of a task paid for them and no query needs them.
"""

import sqlalchemy as sa
from alembic import op

revision = "0011_platform_scale"
down_revision = "0010_platform_sites"
branch_labels = None
depends_on = None

WAITING = sa.text("status IN ('open', 'claimed')")


def upgrade() -> None:
    with op.batch_alter_table("review_tasks") as batch:
        batch.add_column(sa.Column("next_notice_at", sa.String(length=40), nullable=True, server_default=""))
    op.create_index("ix_review_tasks_waiting_notice", "review_tasks", ["next_notice_at"],
                    postgresql_where=WAITING, sqlite_where=WAITING)
    op.create_index("ix_review_tasks_holder", "review_tasks", ["organisation_id", "assignee", "status", "stage", "due_at"])
    op.drop_index("ix_review_tasks_status", table_name="review_tasks")
    op.drop_index("ix_review_tasks_status_due", table_name="review_tasks")


def downgrade() -> None:
    op.create_index("ix_review_tasks_status_due", "review_tasks", ["status", "due_at"])
    op.create_index("ix_review_tasks_status", "review_tasks", ["status"])
    op.drop_index("ix_review_tasks_holder", table_name="review_tasks")
    op.drop_index("ix_review_tasks_waiting_notice", table_name="review_tasks")
    with op.batch_alter_table("review_tasks") as batch:
        batch.drop_column("next_notice_at")
