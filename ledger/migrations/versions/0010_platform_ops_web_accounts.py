"""web accounts, sessions and API tokens keyed by (organisation, username)

Revision ID: 0010_platform_ops
Revises: 0009

Each existing account, session and token goes to its person's organisation: `USER@CODE` (as set by
`passwd USER@CODE`) to that organisation; a bare `USER` to the one organisation that has that username
(the first organisation when several do, since before 0009 there was only that one); a platform
person's to no organisation. Passwords, sessions and tokens stay valid: nobody signs in again.
"""

import sqlalchemy as sa
from alembic import op

revision = "0010_platform_ops"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    owners = _owners()
    _rebuild_accounts(owners)
    for table in ("web_sessions", "api_tokens"):
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("organisation_id", sa.Integer(), nullable=True))
            batch.create_foreign_key(f"fk_{table}_organisation_id_organisations", "organisations",
                                     ["organisation_id"], ["id"])
        _assign(table, owners)


def _owners() -> dict[str, tuple[int | None, str]]:
    """Every sign-in text stored so far, with the (organisation, username) it names."""
    bind = op.get_bind()
    texts = {row[0] for table in ("accounts", "web_sessions", "api_tokens")
             for row in bind.execute(sa.text(f"SELECT DISTINCT username FROM {table}"))}
    codes: dict[str, int] = {row.code: row.id for row in bind.execute(sa.text("SELECT code, id FROM organisations"))}
    platform = {row[0] for row in bind.execute(sa.text("SELECT username FROM platform_people"))}
    people: dict[str, list[int]] = {}
    for organisation, username in bind.execute(sa.text("SELECT organisation_id, username FROM people "
                                                       "ORDER BY organisation_id")):
        people.setdefault(username, []).append(organisation)
    owners: dict[str, tuple[int | None, str]] = {}
    for text in texts:
        username, at, code = text.rpartition("@")
        if at and code == "platform":
            owners[text] = (None, username)
        elif at and code in codes:
            owners[text] = (codes[code], username)
        elif text in people:
            owners[text] = (people[text][0], text)
        elif text in platform:
            owners[text] = (None, text)
        else:  # nobody of any policy any more: kept with the first organisation, where it signs nobody in
            owners[text] = (min(codes.values(), default=None), text)
    return owners


def _rebuild_accounts(owners: dict[str, tuple[int | None, str]]) -> None:
    bind = op.get_bind()
    rows = bind.execute(sa.text("SELECT username, password_hash, changed_at FROM accounts ORDER BY username")).all()
    op.drop_table("accounts")
    accounts = op.create_table(
        "accounts",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("organisation_id", sa.Integer(), sa.ForeignKey("organisations.id"), nullable=True),
        sa.Column("username", sa.String(64), nullable=False),
        sa.Column("password_hash", sa.String(200), nullable=False),
        sa.Column("changed_at", sa.String(40), nullable=False),
        sa.UniqueConstraint("organisation_id", "username", name="uq_accounts_organisation_username"),
    )
    op.create_index("uq_accounts_platform_username", "accounts", ["username"], unique=True,
                    sqlite_where=sa.text("organisation_id IS NULL"), postgresql_where=sa.text("organisation_id IS NULL"))
    kept: dict[tuple[int | None, str], dict[str, object]] = {}
    for row in rows:  # `wangfang` and `wangfang@QHKJJ` may name one person: the newest password wins
        organisation, username = owners[row.username]
        seen = kept.get((organisation, username))
        if seen is None or str(seen["changed_at"]) < row.changed_at:
            kept[(organisation, username)] = {"organisation_id": organisation, "username": username,
                                              "password_hash": row.password_hash, "changed_at": row.changed_at}
    if kept:
        op.bulk_insert(accounts, list(kept.values()))


def _assign(table: str, owners: dict[str, tuple[int | None, str]]) -> None:
    bind = op.get_bind()
    rows = bind.execute(sa.text(f"SELECT id, username FROM {table}")).all()
    for row in rows:  # by id: `zhang` and `zhang@platform` are different people
        organisation, username = owners[row.username]
        bind.execute(sa.text(f"UPDATE {table} SET organisation_id = :organisation, username = :username "
                             "WHERE id = :id"), {"organisation": organisation, "username": username, "id": row.id})


def downgrade() -> None:
    raise NotImplementedError("accounts of many organisations cannot be folded back into one list")
