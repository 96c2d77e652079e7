"""Indexes for checks, closing the day and exports over years of sales (issue 9).

- ``ix_journal_entry_sale_id``: a sale's entries in the journal. ``verify``'s
  "sale journaled" check looks up every sale's completion by ``sale_id``;
  without the index that read the whole journal once per sale, and did not
  finish in six minutes on a store of 160,000 sales.
- ``ix_sale_shop_date``: one shop's sales of a day or a period, as the sales
  export (``collect_sales``, the streamed sheets) and SAF-T ask for them: the
  shop and a range of business dates. SQLite (no statistics) took the index on
  ``shop_id`` alone for the equality and read every sale the shop ever made,
  filtering the dates: the XLSX export of a day of 2,000 sales took 5.5 s on
  the 1M-item store against 2.5 s on a store without history
  (bench/bench_close_day.py); with this index its aggregate queries take a few
  milliseconds instead of 0.35-0.43 s each.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-27 13:20:00
"""

from __future__ import annotations

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("journal_entry", schema=None) as batch_op:
        batch_op.create_index("ix_journal_entry_sale_id", ["sale_id"], unique=False)
    with op.batch_alter_table("sale", schema=None) as batch_op:
        batch_op.create_index("ix_sale_shop_date", ["shop_id", "business_date"], unique=False)


def downgrade() -> None:
    raise NotImplementedError("Omigjen POS never downgrades a store")
