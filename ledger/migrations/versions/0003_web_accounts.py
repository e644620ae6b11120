"""web accounts, sessions, API tokens, the access log and the shared secret

Revision ID: 0003
Revises: 0006
"""

import secrets

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "accounts",
        sa.Column("username", sa.String(64), primary_key=True),
        sa.Column("password_hash", sa.String(200), nullable=False),
        sa.Column("changed_at", sa.String(40), nullable=False),
    )
    op.create_table(
        "web_sessions",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("username", sa.String(64), nullable=False, index=True),
        sa.Column("csrf", sa.String(64), nullable=False),
        sa.Column("address", sa.String(64), nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("last_seen_at", sa.String(40), nullable=False),
        sa.Column("ended_at", sa.String(40), nullable=True),
    )
    op.create_table(
        "api_tokens",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("username", sa.String(64), nullable=False, index=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("last_used_at", sa.String(40), nullable=True),
        sa.Column("revoked_at", sa.String(40), nullable=True),
    )
    op.create_table(
        "access_log",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("at", sa.String(40), nullable=False, index=True),
        sa.Column("username", sa.String(64), nullable=False),
        sa.Column("address", sa.String(64), nullable=False),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
    )
    op.create_index("ix_access_log_username_at", "access_log", ["username", "at"])
    op.create_index("ix_access_log_address_at", "access_log", ["address", "at"])
    secrets_table = op.create_table(
        "web_secrets",
        sa.Column("name", sa.String(64), primary_key=True),
        sa.Column("value", sa.String(200), nullable=False),
    )
    op.bulk_insert(secrets_table, [{"name": "form_key", "value": secrets.token_hex(32)}])
    op.create_index("ix_review_tasks_open_due", "review_tasks", ["status", "due_at", "id"])  # the queue, by deadline
    op.create_index("ix_review_tasks_assignee", "review_tasks", ["assignee"])  # the tasks a person holds


def downgrade() -> None:
    op.drop_index("ix_review_tasks_open_due", table_name="review_tasks")
    op.drop_index("ix_review_tasks_assignee", table_name="review_tasks")
    for table in ("web_secrets", "access_log", "api_tokens", "web_sessions", "accounts"):
        op.drop_table(table)
