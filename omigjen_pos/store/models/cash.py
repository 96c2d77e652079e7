"""Cash in the drawer and the day's closing: floats, pay-ins, pay-outs, Z-reports."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from omigjen_pos.store.models.base import Base, Ore, enum_column
from omigjen_pos.store.types import utcnow


class CashMovementKind(StrEnum):
    OPENING_FLOAT = "opening_float"  # vekselkasse counted at the day's first login
    PAY_IN = "pay_in"
    PAY_OUT = "pay_out"
    DRAWER_OPEN_NO_SALE = "drawer_open_no_sale"  # amount 0; counted for N5


class CashMovement(Base):
    __tablename__ = "cash_movement"

    id: Mapped[int] = mapped_column(primary_key=True)
    shop_id: Mapped[int] = mapped_column(ForeignKey("shop.id"))
    till_id: Mapped[int] = mapped_column(ForeignKey("till.id"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    kind: Mapped[CashMovementKind] = mapped_column(enum_column(CashMovementKind))
    amount_ore: Mapped[int] = mapped_column(Ore)
    reason: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class ZReport(Base):
    """A till's day closed. Covers journal entries after the previous Z up to and
    including ``last_journal_id``; its whole content is kept as JSON (N9, N17)."""

    __tablename__ = "z_report"
    __table_args__ = (
        UniqueConstraint("till_id", "number"),
        UniqueConstraint("till_id", "business_date"),  # at most one Z per till per day
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    shop_id: Mapped[int] = mapped_column(ForeignKey("shop.id"))
    till_id: Mapped[int] = mapped_column(ForeignKey("till.id"))
    user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    number: Mapped[int]
    business_date: Mapped[date]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_journal_id: Mapped[int]
    counted_cash_ore: Mapped[int | None] = mapped_column(Ore)
    expected_cash_ore: Mapped[int] = mapped_column(Ore)
    content_json: Mapped[str] = mapped_column(Text)
