"""Parking a basket and taking it up again, on this till or another of the shop.

A parked basket keeps holding its unique items, so no other till can sell them
meanwhile. Parking and resuming are journaled (N17; SAF-T 13010, 13011).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from omigjen_pos.domain.errors import InvalidState, NotFound
from omigjen_pos.domain.journal_events import EventType
from omigjen_pos.domain.roles import Action
from omigjen_pos.services.actors import Actor
from omigjen_pos.services.checkout.basket import basket_view, own_open_basket
from omigjen_pos.services.checkout.views import BasketView
from omigjen_pos.services.journal import record_by
from omigjen_pos.store.database import Store
from omigjen_pos.store.models import Basket, BasketLine, BasketState, Till, User
from omigjen_pos.store.types import utcnow


@dataclass(frozen=True)
class ParkedBasket:
    id: int
    till_code: str
    cashier: str
    parked_at: datetime
    lines: int


def park_basket(store: Store, actor: Actor, basket_id: int) -> None:
    actor.require(Action.SELL)
    with store.writing() as session:
        basket = own_open_basket(session, actor, basket_id)
        basket.state = BasketState.PARKED
        basket.updated_at = utcnow()
        record_by(
            session,
            actor,
            EventType.PARK,
            f"Parkert handel {basket.uuid[:8]}",
            payload={"basket": basket.uuid},
        )


def list_parked(store: Store, actor: Actor) -> list[ParkedBasket]:
    """The shop's parked baskets, oldest first."""
    actor.require(Action.SELL)
    with store.reading() as session:
        lines = (
            select(BasketLine.basket_id, func.count().label("n"))
            .group_by(BasketLine.basket_id)
            .subquery()
        )
        rows = session.execute(
            select(Basket.id, Till.code, User.name, Basket.updated_at, lines.c.n)
            .join(Till, Basket.till_id == Till.id)
            .join(User, Basket.user_id == User.id)
            .outerjoin(lines, lines.c.basket_id == Basket.id)
            .where(Basket.shop_id == actor.shop_id, Basket.state == BasketState.PARKED)
            .order_by(Basket.updated_at)
        )
        return [ParkedBasket(b, t, u, at, n or 0) for b, t, u, at, n in rows]


def resume_basket(store: Store, actor: Actor, basket_id: int) -> BasketView:
    """Take up a parked basket on the actor's till; it becomes theirs to finish."""
    actor.require(Action.SELL)
    with store.writing() as session:
        basket = session.get(Basket, basket_id, with_for_update=True)
        if basket is None or basket.shop_id != actor.shop_id:
            raise NotFound("basket", basket_id)
        if basket.state is not BasketState.PARKED:
            raise InvalidState("basket", basket_id, basket.state.value, "resumed")
        basket.state = BasketState.OPEN
        basket.till_id, basket.user_id = actor.till.id, actor.user_id
        basket.updated_at = utcnow()
        record_by(
            session,
            actor,
            EventType.RESUME,
            f"Hentet parkert handel {basket.uuid[:8]}",
            payload={"basket": basket.uuid},
        )
        session.flush()
        return basket_view(session, basket)
