"""Indexes for a centre with a million items and years of sales (issue 9).

- ``ix_item_reserved_basket_id``: the items held by open or parked baskets,
  a partial index (only rows with a basket). Releasing a basket's items (a
  void, a training sale) read every item before: 0.2-0.4 s at a million items,
  holding the write lock.
- ``ix_basket_till_state``: a till's open basket, looked for at every start
  (``unfinished_basket``); that read every basket ever completed (one per sale).

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-27 11:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

_HELD = sa.text("reserved_basket_id IS NOT NULL")


def upgrade() -> None:
    with op.batch_alter_table("item", schema=None) as batch_op:
        batch_op.create_index(
            "ix_item_reserved_basket_id",
            ["reserved_basket_id"],
            unique=False,
            sqlite_where=_HELD,
            postgresql_where=_HELD,
        )
    with op.batch_alter_table("basket", schema=None) as batch_op:
        batch_op.create_index("ix_basket_till_state", ["till_id", "state"], unique=False)


def downgrade() -> None:
    raise NotImplementedError("Omigjen POS never downgrades a store")
