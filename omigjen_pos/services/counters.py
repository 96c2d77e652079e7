"""Gapless, collision-free numbers drawn inside the caller's transaction."""

from __future__ import annotations

from sqlalchemy import bindparam, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from omigjen_pos.store.models import SequenceCounter

_counter = SequenceCounter.__table__
_ADVANCE = (
    update(_counter)
    .where(_counter.c.name == bindparam("counter"))
    .values(value=_counter.c.value + bindparam("count"))
    .returning(_counter.c.value)
)


def draw_numbers(session: Session, name: str, count: int = 1) -> range:
    """Advance counter ``name`` by ``count`` and return the numbers drawn.

    The UPDATE locks the counter row until the caller's transaction ends, so a
    rollback returns the numbers (no gap) and a concurrent till waits (no clash).
    """
    if count < 1:
        raise ValueError("count must be at least 1")
    connection = session.connection()  # Core: a receipt number is drawn at every sale
    values = {"counter": name, "count": count}
    last = connection.execute(_ADVANCE, values).scalar_one_or_none()
    if last is None:
        dialect_insert = (
            postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
        )
        connection.execute(
            dialect_insert(_counter).values(name=name, value=0).on_conflict_do_nothing()
        )
        last = connection.execute(_ADVANCE, values).scalar_one()
    return range(last - count + 1, last + 1)


def shop_barcode_counter(shop_id: int) -> str:
    return f"shop:{shop_id}:barcode"
