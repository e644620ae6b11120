"""organisations: every row belongs to one; people and departments keyed by (organisation, id)

Revision ID: 0009
Revises: 0003

Rows of before belong to organisation 1, made from the policy in force (its `organisation.code` and
name). Nothing hashed changes: events and revisions are untouched, so `verify` answers as before.
"""

import json
import warnings
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0003"
branch_labels = None
depends_on = None

OWNED = ("policy_versions", "departments", "people", "person_roles", "items", "review_tasks", "jobs", "outbox",
         "index_counters", "publications")
KEYED = {"departments": ["organisation_id", "id"], "people": ["organisation_id", "username"],
         "person_roles": ["organisation_id", "username", "role"],
         "index_counters": ["organisation_id", "prefix", "year"]}
NAMES = {"fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s", "pk": "pk_%(table_name)s"}
OLD_FKS = {"people": ["department_id"], "person_roles": ["username"], "items": ["drafter", "department_id"]}
NEW_FKS = {"people": [(["organisation_id", "department_id"], "departments", ["organisation_id", "id"])],
           "person_roles": [(["organisation_id", "username"], "people", ["organisation_id", "username"])],
           "items": [(["organisation_id", "drafter"], "people", ["organisation_id", "username"]),
                     (["organisation_id", "department_id"], "departments", ["organisation_id", "id"])]}


def upgrade() -> None:
    op.create_table(
        "organisations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("code"),
    )
    op.create_table(
        "platform_people",
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=32), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=True),
        sa.PrimaryKeyConstraint("username"),
    )
    op.create_table(
        "platform_policies",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("loaded_at", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    _first_organisation()
    sqlite = op.get_bind().dialect.name == "sqlite"
    if not sqlite:
        _drop_old_keys()
    for table in OWNED:
        _own(table, sqlite)
    if not sqlite:
        for table in ("departments", "people", "person_roles", "items"):
            _new_foreign_keys(table)
    with op.batch_alter_table("items") as batch:
        batch.create_index("ix_items_organisation_stage", ["organisation_id", "stage"])
    with op.batch_alter_table("review_tasks") as batch:
        batch.create_index("ix_review_tasks_organisation_stage_status_due",
                           ["organisation_id", "stage", "status", "due_at"])
        batch.create_index("ix_review_tasks_organisation_status_due", ["organisation_id", "status", "due_at"])


def _first_organisation() -> None:
    """The organisation the existing rows belong to, from the newest stored policy (if any)."""
    bind = op.get_bind()
    content = bind.execute(sa.text("SELECT content FROM policy_versions ORDER BY id DESC LIMIT 1")).scalar()
    if content is None:
        return
    organisation = json.loads(content).get("organisation", {})
    bind.execute(sa.text("INSERT INTO organisations (id, code, name, created_at) VALUES (1, :code, :name, :at)"),
                 {"code": organisation.get("code", "ORG1"), "name": organisation.get("name", "本单位"),
                  "at": datetime.now(UTC).isoformat()})
    if bind.dialect.name == "postgresql":
        bind.execute(sa.text("SELECT setval(pg_get_serial_sequence('organisations', 'id'), 1)"))


def _drop_old_keys() -> None:
    """PostgreSQL: the single-column keys go, foreign keys first (they lean on the primary keys)."""
    inspector = sa.inspect(op.get_bind())
    for table, columns in OLD_FKS.items():
        for fk in inspector.get_foreign_keys(table):
            if fk["constrained_columns"] in ([c] for c in columns) and fk["name"]:
                op.drop_constraint(fk["name"], table, type_="foreignkey")
    for table in KEYED:
        op.drop_constraint(inspector.get_pk_constraint(table)["name"] or f"{table}_pkey", table, type_="primary")


def _own(table: str, sqlite: bool) -> None:
    column = sa.Column("organisation_id", sa.Integer(), nullable=False, server_default="1")
    owner = f"fk_{table}_organisation_id_organisations"
    if not sqlite:
        op.add_column(table, column)
        op.create_foreign_key(owner, table, "organisations", ["organisation_id"], ["id"])
        if table in KEYED:
            op.create_primary_key(f"pk_{table}", table, KEYED[table])
        else:
            op.create_index(f"ix_{table}_organisation_id", table, ["organisation_id"])
        return
    with warnings.catch_warnings(), op.batch_alter_table(table, recreate="always", naming_convention=NAMES) as batch:
        warnings.filterwarnings("ignore", "Table '_alembic_tmp_")  # the reflected key is replaced on purpose
        batch.add_column(column)
        batch.create_foreign_key(owner, "organisations", ["organisation_id"], ["id"])
        for old in OLD_FKS.get(table, []):
            referred = "people" if old in ("drafter", "username") else "departments"
            batch.drop_constraint(f"fk_{table}_{old}_{referred}", type_="foreignkey")
        for local, referred, remote in NEW_FKS.get(table, []):
            batch.create_foreign_key(f"fk_{table}_{local[1]}_{referred}_org", referred, local, remote)
        if table in KEYED:
            batch.create_primary_key(f"pk_{table}", KEYED[table])
        else:
            batch.create_index(f"ix_{table}_organisation_id", ["organisation_id"])


def _new_foreign_keys(table: str) -> None:
    for local, referred, remote in NEW_FKS.get(table, []):
        op.create_foreign_key(f"fk_{table}_{local[1]}_{referred}_org", table, referred, local, remote)


def downgrade() -> None:
    raise NotImplementedError("organisations cannot be folded back into one")
