"""The electronic journal (N17): one append-only row per event, every till and shop."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from omigjen_pos.domain.journal_events import EventType
from omigjen_pos.store.models.base import Base, enum_column
from omigjen_pos.store.types import utcnow


class JournalEntry(Base):
    __tablename__ = "journal_entry"
    __table_args__ = (
        Index("ix_journal_entry_shop_time", "shop_id", "occurred_at"),
        Index("ix_journal_entry_till", "till_id", "id"),
        Index("ix_journal_entry_sale_id", "sale_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    occurred_at: Mapped[datetime] = mapped_column(default=utcnow)
    # Centre-level events (a centre admin at the office, a schema upgrade) have no shop.
    shop_id: Mapped[int | None] = mapped_column(ForeignKey("shop.id"))
    till_id: Mapped[int | None] = mapped_column(ForeignKey("till.id"))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    event_type: Mapped[EventType] = mapped_column(enum_column(EventType))
    saft_event_code: Mapped[str] = mapped_column(String(5))
    sale_id: Mapped[int | None] = mapped_column(ForeignKey("sale.id"))
    summary: Mapped[str] = mapped_column(String(400))
    payload_json: Mapped[str | None] = mapped_column(Text)  # full content of receipts/reports


class SequenceCounter(Base):
    """Named counters (receipt numbers per till, barcode serials per shop).

    Advanced with a single ``UPDATE ... RETURNING`` inside the transaction that
    uses the number, so a rolled-back sale leaves no gap and two tills never
    draw the same number (the row lock serialises them).
    """

    __tablename__ = "sequence_counter"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[int]
