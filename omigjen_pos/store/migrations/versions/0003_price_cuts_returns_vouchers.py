"""Checkout: price cuts with a limit per shop, returns once per line, vouchers.

- shop.cashier_price_cut_limit_bp: how far a cashier may cut a price alone.
- basket and basket_line: percentage discounts, the price asked at scan time,
  and who approved a cut beyond the limit.
- sale_line.returned_line_id unique: the database itself refuses a second
  return of the same line.
- voucher and voucher_use (append-only): tilgodelapp and gift cards, whose
  balance is the amount less the uses.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27 07:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from omigjen_pos.store.migrations.append_only import make_append_only

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("shop", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "cashier_price_cut_limit_bp", sa.Integer(), server_default="2000", nullable=False
            )
        )
    with op.batch_alter_table("basket", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("discount_percent_bp", sa.Integer(), server_default="0", nullable=False)
        )
        batch_op.add_column(sa.Column("discount_approved_by_user_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_basket_discount_approved_by_user_id_app_user"),
            "app_user",
            ["discount_approved_by_user_id"],
            ["id"],
        )
    with op.batch_alter_table("basket_line", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("asked_price_ore", sa.BigInteger(), server_default="0", nullable=False)
        )
        batch_op.add_column(
            sa.Column("discount_percent_bp", sa.Integer(), server_default="0", nullable=False)
        )
        batch_op.add_column(sa.Column("approved_by_user_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_basket_line_approved_by_user_id_app_user"),
            "app_user",
            ["approved_by_user_id"],
            ["id"],
        )
    # Lines scanned before this release asked what they charge.
    op.execute("UPDATE basket_line SET asked_price_ore = unit_price_ore")

    # Not through batch mode: on SQLite that would rebuild sale_line and drop
    # its append-only triggers. A plain CREATE INDEX works on both databases.
    op.create_index("uq_sale_line_returned_line_id", "sale_line", ["returned_line_id"], unique=True)

    op.create_table(
        "voucher",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("shop_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("training", sa.Boolean(), nullable=False),
        sa.Column("amount_ore", sa.BigInteger(), nullable=False),
        sa.Column("issued_sale_id", sa.Integer(), nullable=True),
        sa.Column("issued_by_user_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["issued_by_user_id"],
            ["app_user.id"],
            name=op.f("fk_voucher_issued_by_user_id_app_user"),
        ),
        sa.ForeignKeyConstraint(
            ["issued_sale_id"], ["sale.id"], name=op.f("fk_voucher_issued_sale_id_sale")
        ),
        sa.ForeignKeyConstraint(["shop_id"], ["shop.id"], name=op.f("fk_voucher_shop_id_shop")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_voucher")),
        sa.UniqueConstraint("code", name=op.f("uq_voucher_code")),
    )
    op.create_table(
        "voucher_use",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("voucher_id", sa.Integer(), nullable=False),
        sa.Column("sale_id", sa.Integer(), nullable=False),
        sa.Column("amount_ore", sa.BigInteger(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["sale_id"], ["sale.id"], name=op.f("fk_voucher_use_sale_id_sale")),
        sa.ForeignKeyConstraint(
            ["voucher_id"], ["voucher.id"], name=op.f("fk_voucher_use_voucher_id_voucher")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_voucher_use")),
    )
    op.create_index(op.f("ix_voucher_use_voucher_id"), "voucher_use", ["voucher_id"], unique=False)
    for table in ("voucher", "voucher_use"):
        make_append_only(table)


def downgrade() -> None:
    raise NotImplementedError("Omigjen POS never downgrades a store")
