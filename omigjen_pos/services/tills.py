"""Finding the till this machine is, and the tills a login screen may offer."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from omigjen_pos.domain.errors import NotFound
from omigjen_pos.domain.journal_events import EventType
from omigjen_pos.services.actors import TillInfo
from omigjen_pos.services.journal import record_event
from omigjen_pos.store.database import Store
from omigjen_pos.store.models import Shop, Till


def _till_info(till: Till, shop: Shop) -> TillInfo:
    return TillInfo(
        till.id,
        till.code,
        till.name,
        shop.id,
        shop.code,
        shop.name,
        shop.cashiers_may_close_day,
    )


def list_tills(store: Store) -> list[TillInfo]:
    with store.reading() as session:
        rows = session.execute(
            select(Till, Shop)
            .join(Shop, Till.shop_id == Shop.id)
            .where(Till.active)
            .order_by(Shop.code, Till.code)
        ).all()
        return [_till_info(till, shop) for till, shop in rows]


def till_by_code(session: Session, code: str) -> TillInfo:
    row = session.execute(
        select(Till, Shop).join(Shop, Till.shop_id == Shop.id).where(Till.code == code.upper())
    ).first()
    if row is None:
        raise NotFound("till", code)
    return _till_info(*row)


def find_till(store: Store, code: str) -> TillInfo:
    """The active till with this code; a retired till is as good as unknown here."""
    with store.reading() as session:
        till = till_by_code(session, code)
        if not session.scalar(select(Till.active).where(Till.id == till.id)):
            raise NotFound("till", code)
        return till


def record_app_start(store: Store, till_code: str) -> None:
    _record_app_event(store, till_code, EventType.APP_START, "Omigjen POS startet")


def record_app_stop(store: Store, till_code: str) -> None:
    _record_app_event(store, till_code, EventType.APP_STOP, "Omigjen POS avsluttet")


def _record_app_event(store: Store, till_code: str, event: EventType, summary: str) -> None:
    with store.writing() as session:
        till = till_by_code(session, till_code)
        record_event(
            session, event, f"{summary} på {till.code}", shop_id=till.shop_id, till_id=till.id
        )
