"""each organisation its own site: site pages and the index's listing keyed by organisation; site rebuilds

Revision ID: 0010
Revises: 0009

Each line of the index goes to its item's organisation and is numbered again within it, in the order it
had (a database of one organisation keeps its numbers). Each item page goes to its item's organisation.
The index pages and the feed of one organisation stay its own; those of a site that several organisations
shared (they listed everyone's pages) are removed: they are made only from the listing, which is kept whole,
and `sanshen init` (or `sanshen site rebuild`) renders each organisation's again. Nothing hashed changes.
"""

import warnings

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

NAMES = {"fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s", "pk": "pk_%(table_name)s"}
ITEM_PAGE = "items/%"
LISTING_ORGANISATION = "(SELECT i.organisation_id FROM items i WHERE i.id = site_listing.item_id)"
PAGE_ORGANISATION = ("(SELECT i.organisation_id FROM items i WHERE 'items/' || CAST(i.id AS VARCHAR(20)) || '.html'"
                     " = site_pages.path)")


def upgrade() -> None:
    bind = op.get_bind()
    owners = bind.execute(sa.text(f"SELECT count(DISTINCT {LISTING_ORGANISATION}) FROM site_listing")).scalar()
    _rekey("site_listing", ["organisation_id", "seq"], bind.dialect.name == "sqlite")
    _rekey("site_pages", ["organisation_id", "path"], bind.dialect.name == "sqlite")
    op.execute(f"UPDATE site_listing SET organisation_id = {LISTING_ORGANISATION}")
    _number_within_each_organisation()
    op.execute(f"UPDATE site_pages SET organisation_id = coalesce({PAGE_ORGANISATION}, 1) WHERE path LIKE '{ITEM_PAGE}'")
    if (owners or 0) > 1:  # a site several organisations shared: its index pages and feed listed them all
        op.execute(f"DELETE FROM site_pages WHERE path NOT LIKE '{ITEM_PAGE}'")
    elif owners == 1:
        op.execute(f"UPDATE site_pages SET organisation_id = (SELECT min({LISTING_ORGANISATION}) FROM site_listing)"
                   f" WHERE path NOT LIKE '{ITEM_PAGE}'")
    op.create_table(
        "site_rebuilds",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), server_default="1", nullable=False),
        sa.Column("at", sa.String(length=40), nullable=False),
        sa.Column("actor", sa.String(length=140), nullable=False),
        sa.Column("written", sa.Integer(), nullable=False),
        sa.Column("unchanged", sa.Integer(), nullable=False),
        sa.Column("templates", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["organisation_id"], ["organisations.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_site_rebuilds_organisation_id", "site_rebuilds", ["organisation_id"])


def _rekey(table: str, key: list[str], sqlite: bool) -> None:
    """The table gains its organisation (the first, until set) and is keyed by it."""
    column = sa.Column("organisation_id", sa.Integer(), nullable=False, server_default="1")
    owner = f"fk_{table}_organisation_id_organisations"
    if not sqlite:
        op.add_column(table, column)
        op.create_foreign_key(owner, table, "organisations", ["organisation_id"], ["id"])
        op.drop_constraint(f"{table}_pkey", table, type_="primary")
        op.create_primary_key(f"pk_{table}", table, key)
        return
    with warnings.catch_warnings(), op.batch_alter_table(table, recreate="always", naming_convention=NAMES) as batch:
        warnings.filterwarnings("ignore", "Table '_alembic_tmp_")  # the reflected key is replaced on purpose
        batch.add_column(column)
        batch.create_foreign_key(owner, "organisations", ["organisation_id"], ["id"])
        batch.create_primary_key(f"pk_{table}", key)


def _number_within_each_organisation() -> None:
    """seq from 1 within each organisation, in the order of before (negated first: no key collides meanwhile)."""
    op.execute("CREATE TABLE site_listing_numbers AS SELECT item_id, row_number() OVER "
               "(PARTITION BY organisation_id ORDER BY seq) AS n FROM site_listing")
    op.execute("UPDATE site_listing SET seq = -seq")
    op.execute("UPDATE site_listing SET seq = (SELECT n FROM site_listing_numbers AS s"
               " WHERE s.item_id = site_listing.item_id)")
    op.execute("DROP TABLE site_listing_numbers")


def downgrade() -> None:
    raise NotImplementedError("each organisation's site cannot be folded back into one")
