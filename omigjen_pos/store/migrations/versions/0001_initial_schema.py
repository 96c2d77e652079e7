"""Initial schema: centre, shops, tills, users, catalogue, sales, cash, journal.

Also installs the append-only guards (N18) and the standard VAT codes (N23).

Revision ID: 0001
Revises:
Create Date: 2026-11-27 04:00:33.152767
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from omigjen_pos.store.migrations.append_only import create_refuse_function, make_append_only

# Registered sales and the journal are never changed or deleted (N18). The
# database refuses it itself, so no bug or hand-written SQL can do it by mistake.
APPEND_ONLY_TABLES = (
    "sale",
    "sale_line",
    "payment",
    "receipt_print",
    "cash_movement",
    "z_report",
    "journal_entry",
)

STANDARD_VAT_CODES = [
    {
        "standard_code": "3",
        "rate_bp": 2500,
        "description_nb": "Utgående mva, alminnelig sats",
        "description_en": "Output VAT, standard rate",
    },
    {
        "standard_code": "31",
        "rate_bp": 1500,
        "description_nb": "Utgående mva, middels sats",
        "description_en": "Output VAT, reduced rate, middle",
    },
    {
        "standard_code": "33",
        "rate_bp": 1200,
        "description_nb": "Utgående mva, lav sats",
        "description_en": "Output VAT, reduced rate, low",
    },
    {
        "standard_code": "5",
        "rate_bp": 0,
        "description_nb": "Fritatt for mva (nullsats)",
        "description_en": "No output VAT (zero rate)",
    },
    {
        "standard_code": "6",
        "rate_bp": 0,
        "description_nb": "Utenfor mva-loven",
        "description_en": "Outside the scope of the VAT act",
    },
]


def _seed_vat_codes() -> None:
    vat_code = sa.table(
        "vat_code",
        sa.column("standard_code", sa.String),
        sa.column("rate_bp", sa.Integer),
        sa.column("description_nb", sa.String),
        sa.column("description_en", sa.String),
    )
    op.bulk_insert(vat_code, STANDARD_VAT_CODES)


revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        create_refuse_function()
    op.create_table(
        "centre",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("is_demo", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_centre")),
    )
    op.create_table(
        "sequence_counter",
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_sequence_counter")),
    )
    op.create_table(
        "vat_code",
        sa.Column("standard_code", sa.String(length=4), nullable=False),
        sa.Column("rate_bp", sa.Integer(), nullable=False),
        sa.Column("description_nb", sa.String(length=120), nullable=False),
        sa.Column("description_en", sa.String(length=120), nullable=False),
        sa.PrimaryKeyConstraint("standard_code", name=op.f("pk_vat_code")),
    )
    op.create_table(
        "app_user",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("centre_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("pin_hash", sa.String(length=200), nullable=False),
        sa.Column("is_centre_admin", sa.Boolean(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("failed_pin_attempts", sa.Integer(), nullable=False),
        sa.Column("locked_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["centre_id"], ["centre.id"], name=op.f("fk_app_user_centre_id_centre")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_app_user")),
        sa.UniqueConstraint("number", name=op.f("uq_app_user_number")),
    )
    op.create_table(
        "category",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("centre_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=24), nullable=False),
        sa.Column("name_nb", sa.String(length=80), nullable=False),
        sa.Column("name_en", sa.String(length=80), nullable=False),
        sa.Column("default_vat_code", sa.String(length=4), nullable=False),
        sa.Column("saft_article_group", sa.String(length=5), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["centre_id"], ["centre.id"], name=op.f("fk_category_centre_id_centre")
        ),
        sa.ForeignKeyConstraint(
            ["default_vat_code"],
            ["vat_code.standard_code"],
            name=op.f("fk_category_default_vat_code_vat_code"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_category")),
        sa.UniqueConstraint("code", name=op.f("uq_category_code")),
    )
    op.create_table(
        "shop",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("centre_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("org_number", sa.String(length=9), nullable=False),
        sa.Column("vat_registered", sa.Boolean(), nullable=False),
        sa.Column("address_line", sa.String(length=120), nullable=False),
        sa.Column("postal_code", sa.String(length=8), nullable=False),
        sa.Column("city", sa.String(length=60), nullable=False),
        sa.Column("receipt_footer", sa.Text(), nullable=False),
        sa.Column("barcode_number", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["centre_id"], ["centre.id"], name=op.f("fk_shop_centre_id_centre")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_shop")),
        sa.UniqueConstraint("barcode_number", name=op.f("uq_shop_barcode_number")),
        sa.UniqueConstraint("code", name=op.f("uq_shop_code")),
    )
    op.create_table(
        "till",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("shop_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=24), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["shop_id"], ["shop.id"], name=op.f("fk_till_shop_id_shop")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_till")),
        sa.UniqueConstraint("code", name=op.f("uq_till_code")),
    )
    with op.batch_alter_table("till", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_till_shop_id"), ["shop_id"], unique=False)

    op.create_table(
        "user_role",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("shop_id", sa.Integer(), nullable=False),
        sa.Column(
            "role",
            sa.Enum("cashier", "repairer", "manager", name="role", native_enum=False, length=32),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(["shop_id"], ["shop.id"], name=op.f("fk_user_role_shop_id_shop")),
        sa.ForeignKeyConstraint(
            ["user_id"], ["app_user.id"], name=op.f("fk_user_role_user_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_user_role")),
        sa.UniqueConstraint(
            "user_id", "shop_id", "role", name=op.f("uq_user_role_user_id_shop_id_role")
        ),
    )
    with op.batch_alter_table("user_role", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_user_role_user_id"), ["user_id"], unique=False)

    op.create_table(
        "basket",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("shop_id", sa.Integer(), nullable=False),
        sa.Column("till_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column(
            "state",
            sa.Enum(
                "open",
                "parked",
                "cancelled",
                "completed",
                name="basketstate",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("training", sa.Boolean(), nullable=False),
        sa.Column("basket_discount_ore", sa.BigInteger(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["shop_id"], ["shop.id"], name=op.f("fk_basket_shop_id_shop")),
        sa.ForeignKeyConstraint(["till_id"], ["till.id"], name=op.f("fk_basket_till_id_till")),
        sa.ForeignKeyConstraint(
            ["user_id"], ["app_user.id"], name=op.f("fk_basket_user_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_basket")),
        sa.UniqueConstraint("uuid", name=op.f("uq_basket_uuid")),
    )
    with op.batch_alter_table("basket", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_basket_shop_id"), ["shop_id"], unique=False)

    op.create_table(
        "cash_movement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("shop_id", sa.Integer(), nullable=False),
        sa.Column("till_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "opening_float",
                "pay_in",
                "pay_out",
                "drawer_open_no_sale",
                name="cashmovementkind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("amount_ore", sa.BigInteger(), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["shop_id"], ["shop.id"], name=op.f("fk_cash_movement_shop_id_shop")
        ),
        sa.ForeignKeyConstraint(
            ["till_id"], ["till.id"], name=op.f("fk_cash_movement_till_id_till")
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["app_user.id"], name=op.f("fk_cash_movement_user_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cash_movement")),
    )
    with op.batch_alter_table("cash_movement", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_cash_movement_till_id"), ["till_id"], unique=False)

    op.create_table(
        "sale",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("shop_id", sa.Integer(), nullable=False),
        sa.Column("till_id", sa.Integer(), nullable=False),
        sa.Column("cashier_user_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum("sale", "return", name="salekind", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("training", sa.Boolean(), nullable=False),
        sa.Column("receipt_series", sa.String(length=16), nullable=False),
        sa.Column("receipt_number", sa.Integer(), nullable=False),
        sa.Column("business_date", sa.Date(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("total_ore", sa.BigInteger(), nullable=False),
        sa.Column("vat_ore", sa.BigInteger(), nullable=False),
        sa.Column("discount_ore", sa.BigInteger(), nullable=False),
        sa.Column("rounding_ore", sa.BigInteger(), nullable=False),
        sa.Column("original_sale_id", sa.Integer(), nullable=True),
        sa.Column("signature", sa.Text(), nullable=True),
        sa.Column("signature_key_version", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["cashier_user_id"], ["app_user.id"], name=op.f("fk_sale_cashier_user_id_app_user")
        ),
        sa.ForeignKeyConstraint(
            ["original_sale_id"], ["sale.id"], name=op.f("fk_sale_original_sale_id_sale")
        ),
        sa.ForeignKeyConstraint(["shop_id"], ["shop.id"], name=op.f("fk_sale_shop_id_shop")),
        sa.ForeignKeyConstraint(["till_id"], ["till.id"], name=op.f("fk_sale_till_id_till")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sale")),
        sa.UniqueConstraint(
            "till_id",
            "receipt_series",
            "receipt_number",
            name=op.f("uq_sale_till_id_receipt_series_receipt_number"),
        ),
        sa.UniqueConstraint("uuid", name=op.f("uq_sale_uuid")),
    )
    with op.batch_alter_table("sale", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sale_business_date"), ["business_date"], unique=False)
        batch_op.create_index(batch_op.f("ix_sale_shop_id"), ["shop_id"], unique=False)

    op.create_table(
        "z_report",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("shop_id", sa.Integer(), nullable=False),
        sa.Column("till_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("business_date", sa.Date(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_journal_id", sa.Integer(), nullable=False),
        sa.Column("counted_cash_ore", sa.BigInteger(), nullable=True),
        sa.Column("expected_cash_ore", sa.BigInteger(), nullable=False),
        sa.Column("content_json", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["shop_id"], ["shop.id"], name=op.f("fk_z_report_shop_id_shop")),
        sa.ForeignKeyConstraint(["till_id"], ["till.id"], name=op.f("fk_z_report_till_id_till")),
        sa.ForeignKeyConstraint(
            ["user_id"], ["app_user.id"], name=op.f("fk_z_report_user_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_z_report")),
        sa.UniqueConstraint(
            "till_id", "business_date", name=op.f("uq_z_report_till_id_business_date")
        ),
        sa.UniqueConstraint("till_id", "number", name=op.f("uq_z_report_till_id_number")),
    )
    op.create_table(
        "item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("shop_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum("unique", "stock", name="itemkind", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("barcode", sa.String(length=14), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("category_id", sa.Integer(), nullable=False),
        sa.Column(
            "condition",
            sa.Enum(
                "as_new",
                "good",
                "fair",
                "for_parts",
                name="condition",
                native_enum=False,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("price_ore", sa.BigInteger(), nullable=False),
        sa.Column("purchase_price_ore", sa.BigInteger(), nullable=True),
        sa.Column("margin_scheme", sa.Boolean(), nullable=False),
        sa.Column("vat_code", sa.String(length=4), nullable=True),
        sa.Column(
            "source",
            sa.Enum(
                "donation",
                "bought_private",
                "repaired",
                "consignment",
                "new_goods",
                name="itemsource",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("weight_grams", sa.Integer(), nullable=True),
        sa.Column("intake_date", sa.Date(), nullable=False),
        sa.Column("shelf", sa.String(length=40), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "registered",
                "in_stock",
                "sold",
                "returned",
                "disposed",
                "recycled",
                name="itemstatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("reserved_basket_id", sa.Integer(), nullable=True),
        sa.Column("registered_by_user_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["category_id"], ["category.id"], name=op.f("fk_item_category_id_category")
        ),
        sa.ForeignKeyConstraint(
            ["registered_by_user_id"],
            ["app_user.id"],
            name=op.f("fk_item_registered_by_user_id_app_user"),
        ),
        sa.ForeignKeyConstraint(
            ["reserved_basket_id"], ["basket.id"], name=op.f("fk_item_reserved_basket_id_basket")
        ),
        sa.ForeignKeyConstraint(["shop_id"], ["shop.id"], name=op.f("fk_item_shop_id_shop")),
        sa.ForeignKeyConstraint(
            ["vat_code"], ["vat_code.standard_code"], name=op.f("fk_item_vat_code_vat_code")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_item")),
        sa.UniqueConstraint("shop_id", "barcode", name=op.f("uq_item_shop_id_barcode")),
    )
    with op.batch_alter_table("item", schema=None) as batch_op:
        batch_op.create_index("ix_item_barcode", ["barcode"], unique=False)
        batch_op.create_index("ix_item_shop_status", ["shop_id", "status"], unique=False)

    op.create_table(
        "journal_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("shop_id", sa.Integer(), nullable=True),
        sa.Column("till_id", sa.Integer(), nullable=True),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column(
            "event_type",
            sa.Enum(
                "app_start",
                "app_stop",
                "login",
                "logout",
                "login_failed",
                "user_locked",
                "user_unlocked",
                "drawer_open",
                "software_update",
                "x_report",
                "z_report",
                "park",
                "resume",
                "sales_receipt",
                "return_receipt",
                "copy_receipt",
                "provisional_receipt",
                "delivery_receipt",
                "training_receipt",
                "pay_out",
                "pay_in",
                "journal_export",
                "price_change",
                "price_lookup",
                "training_on",
                "training_off",
                "void",
                "item_registered",
                "master_data_change",
                name="eventtype",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("saft_event_code", sa.String(length=5), nullable=False),
        sa.Column("sale_id", sa.Integer(), nullable=True),
        sa.Column("summary", sa.String(length=400), nullable=False),
        sa.Column("payload_json", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["sale_id"], ["sale.id"], name=op.f("fk_journal_entry_sale_id_sale")
        ),
        sa.ForeignKeyConstraint(
            ["shop_id"], ["shop.id"], name=op.f("fk_journal_entry_shop_id_shop")
        ),
        sa.ForeignKeyConstraint(
            ["till_id"], ["till.id"], name=op.f("fk_journal_entry_till_id_till")
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["app_user.id"], name=op.f("fk_journal_entry_user_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_journal_entry")),
    )
    with op.batch_alter_table("journal_entry", schema=None) as batch_op:
        batch_op.create_index(
            "ix_journal_entry_shop_time", ["shop_id", "occurred_at"], unique=False
        )
        batch_op.create_index("ix_journal_entry_till", ["till_id", "id"], unique=False)

    op.create_table(
        "payment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sale_id", sa.Integer(), nullable=False),
        sa.Column(
            "method",
            sa.Enum(
                "cash",
                "card",
                "vipps",
                "gift_card",
                "store_credit",
                name="paymentmethod",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("saft_payment_code", sa.String(length=5), nullable=False),
        sa.Column("amount_ore", sa.BigInteger(), nullable=False),
        sa.Column("tendered_ore", sa.BigInteger(), nullable=True),
        sa.Column("change_ore", sa.BigInteger(), nullable=False),
        sa.Column("reference", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["sale_id"], ["sale.id"], name=op.f("fk_payment_sale_id_sale")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payment")),
    )
    with op.batch_alter_table("payment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_payment_sale_id"), ["sale_id"], unique=False)

    op.create_table(
        "receipt_print",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sale_id", sa.Integer(), nullable=False),
        sa.Column("copy", sa.Boolean(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("produced_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("channel", sa.String(length=24), nullable=False),
        sa.ForeignKeyConstraint(
            ["sale_id"], ["sale.id"], name=op.f("fk_receipt_print_sale_id_sale")
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["app_user.id"], name=op.f("fk_receipt_print_user_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_receipt_print")),
        sa.UniqueConstraint("sale_id", "copy", name=op.f("uq_receipt_print_sale_id_copy")),
    )
    op.create_table(
        "basket_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("basket_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("unit_price_ore", sa.BigInteger(), nullable=False),
        sa.Column("discount_ore", sa.BigInteger(), nullable=False),
        sa.Column("price_override_by_user_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["basket_id"], ["basket.id"], name=op.f("fk_basket_line_basket_id_basket")
        ),
        sa.ForeignKeyConstraint(["item_id"], ["item.id"], name=op.f("fk_basket_line_item_id_item")),
        sa.ForeignKeyConstraint(
            ["price_override_by_user_id"],
            ["app_user.id"],
            name=op.f("fk_basket_line_price_override_by_user_id_app_user"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_basket_line")),
    )
    with op.batch_alter_table("basket_line", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_basket_line_basket_id"), ["basket_id"], unique=False)

    op.create_table(
        "sale_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sale_id", sa.Integer(), nullable=False),
        sa.Column("line_number", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=True),
        sa.Column("barcode", sa.String(length=14), nullable=False),
        sa.Column("description", sa.String(length=200), nullable=False),
        sa.Column("category_id", sa.Integer(), nullable=True),
        sa.Column("saft_article_group", sa.String(length=5), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("unit_price_ore", sa.BigInteger(), nullable=False),
        sa.Column("price_overridden", sa.Boolean(), nullable=False),
        sa.Column("discount_ore", sa.BigInteger(), nullable=False),
        sa.Column("line_total_ore", sa.BigInteger(), nullable=False),
        sa.Column("vat_code", sa.String(length=4), nullable=False),
        sa.Column("vat_rate_bp", sa.Integer(), nullable=False),
        sa.Column("vat_base_ore", sa.BigInteger(), nullable=False),
        sa.Column("vat_ore", sa.BigInteger(), nullable=False),
        sa.Column("margin_scheme", sa.Boolean(), nullable=False),
        sa.Column("purchase_price_ore", sa.BigInteger(), nullable=True),
        sa.Column("returned_line_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["category_id"], ["category.id"], name=op.f("fk_sale_line_category_id_category")
        ),
        sa.ForeignKeyConstraint(["item_id"], ["item.id"], name=op.f("fk_sale_line_item_id_item")),
        sa.ForeignKeyConstraint(
            ["returned_line_id"],
            ["sale_line.id"],
            name=op.f("fk_sale_line_returned_line_id_sale_line"),
        ),
        sa.ForeignKeyConstraint(["sale_id"], ["sale.id"], name=op.f("fk_sale_line_sale_id_sale")),
        sa.ForeignKeyConstraint(
            ["vat_code"], ["vat_code.standard_code"], name=op.f("fk_sale_line_vat_code_vat_code")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sale_line")),
        sa.UniqueConstraint(
            "sale_id", "line_number", name=op.f("uq_sale_line_sale_id_line_number")
        ),
    )
    with op.batch_alter_table("sale_line", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sale_line_item_id"), ["item_id"], unique=False)

    _seed_vat_codes()
    for table in APPEND_ONLY_TABLES:
        make_append_only(table)


def downgrade() -> None:
    raise NotImplementedError("Omigjen POS never downgrades a store: sales are kept for five years")
