"""Whether a shop lets its cashiers take the X- and Z-reports.

A small shop run by volunteers may have no manager at the till at closing time,
yet needs its Z-report every day the till is used (N10). Managers may always;
cashiers only where the shop says so. Off for every existing shop.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-28 08:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Not through batch mode: for a column with an SQL default Alembic would copy
    # the whole shop table on SQLite, which every other table refers to. A plain
    # ALTER TABLE ... ADD COLUMN works on both databases.
    op.add_column(
        "shop",
        sa.Column(
            "cashiers_may_close_day", sa.Boolean(), server_default=sa.false(), nullable=False
        ),
    )


def downgrade() -> None:
    raise NotImplementedError("Omigjen POS never downgrades a store")
