"""Scans that are safe to send again: the basket remembers its last scan's id.

A till sends one scan at a time. When the answer to a scan is lost (the store
went out of reach just after committing it), the till sends the same scan
again with the same id; the basket sees it is its last scan and does not count
a stock article twice.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27 08:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("basket", schema=None) as batch_op:
        batch_op.add_column(sa.Column("last_scan_id", sa.String(length=36), nullable=True))


def downgrade() -> None:
    raise NotImplementedError("Omigjen POS never downgrades a store")
