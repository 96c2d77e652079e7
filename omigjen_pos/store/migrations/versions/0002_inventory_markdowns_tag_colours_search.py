"""Inventory: markdown rules, label tag colours, sorting indexes, substring search.

Search is by substring, because Norwegian glues words together: "lampe" must
find "Gulvlampe" and "Stålampe". Per database: an FTS5 table with the trigram
tokenizer kept in step by triggers on SQLite, a pg_trgm GIN index on
PostgreSQL. Neither is in the models (they are database-specific);
store/migrate.py tells Alembic's comparison to ignore them.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27 04:19:08.371785
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_FTS_COLUMNS = "name, description, barcode"
# Must be the very expression services/inventory/search.py filters on.
SEARCH_TEXT = "name || ' ' || description || ' ' || barcode"


def upgrade() -> None:
    op.create_table(
        "markdown_rule",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("shop_id", sa.Integer(), nullable=False),
        sa.Column("basis", sa.String(length=32), nullable=False),
        sa.Column("percent_bp", sa.Integer(), nullable=False),
        sa.Column("min_days", sa.Integer(), nullable=True),
        sa.Column("tag_colour", sa.String(length=16), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["shop_id"], ["shop.id"], name=op.f("fk_markdown_rule_shop_id_shop")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_markdown_rule")),
    )
    with op.batch_alter_table("markdown_rule", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_markdown_rule_shop_id"), ["shop_id"], unique=False)

    with op.batch_alter_table("item", schema=None) as batch_op:
        batch_op.add_column(sa.Column("tag_colour", sa.String(length=16), nullable=True))
        batch_op.create_index("ix_item_shop_intake", ["shop_id", "intake_date"], unique=False)
        batch_op.create_index("ix_item_shop_name", ["shop_id", "name"], unique=False)
        batch_op.drop_index("ix_item_shop_status")
        for column in ("name", "intake_date", "price_ore"):
            short = {"intake_date": "intake", "price_ore": "price"}.get(column, column)
            batch_op.create_index(f"ix_item_shop_status_{short}", ["shop_id", "status", column])

    if op.get_bind().dialect.name == "postgresql":
        _postgresql_search()
    else:
        _sqlite_search()


def _sqlite_search() -> None:
    op.execute(
        f"""CREATE VIRTUAL TABLE item_fts USING fts5({_FTS_COLUMNS},
        content='item', content_rowid='id', tokenize='trigram')"""
    )
    new = "new.id, new.name, new.description, new.barcode"
    old = "'delete', old.id, old.name, old.description, old.barcode"
    op.execute(
        f"""CREATE TRIGGER item_fts_insert AFTER INSERT ON item BEGIN
        INSERT INTO item_fts(rowid, {_FTS_COLUMNS}) VALUES ({new}); END"""
    )
    op.execute(
        f"""CREATE TRIGGER item_fts_delete AFTER DELETE ON item BEGIN
        INSERT INTO item_fts(item_fts, rowid, {_FTS_COLUMNS}) VALUES ({old}); END"""
    )
    op.execute(
        f"""CREATE TRIGGER item_fts_update AFTER UPDATE OF {_FTS_COLUMNS} ON item BEGIN
        INSERT INTO item_fts(item_fts, rowid, {_FTS_COLUMNS}) VALUES ({old});
        INSERT INTO item_fts(rowid, {_FTS_COLUMNS}) VALUES ({new}); END"""
    )
    op.execute("INSERT INTO item_fts(item_fts) VALUES ('rebuild')")


def _postgresql_search() -> None:
    # pg_trgm is a trusted extension (PostgreSQL 13+): the database owner may add it.
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    op.execute(f"CREATE INDEX ix_item_search ON item USING gin (({SEARCH_TEXT}) gin_trgm_ops)")


def downgrade() -> None:
    raise NotImplementedError("Omigjen POS never downgrades a store")
