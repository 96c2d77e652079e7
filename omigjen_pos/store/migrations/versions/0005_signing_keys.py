"""Signing keys: each shop's RSA key versions for the transaction signatures (N20).

Append-only like the sales they sign: a replaced key is a new version.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27 08:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from omigjen_pos.store.migrations.append_only import make_append_only

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "signing_key",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("shop_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("public_key_pem", sa.Text(), nullable=False),
        sa.Column("private_key_pem", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["shop_id"], ["shop.id"], name=op.f("fk_signing_key_shop_id_shop")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signing_key")),
        sa.UniqueConstraint("shop_id", "version", name=op.f("uq_signing_key_shop_id_version")),
    )
    make_append_only("signing_key")


def downgrade() -> None:
    raise NotImplementedError("Omigjen POS never downgrades a store")
