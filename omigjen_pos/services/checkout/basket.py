"""Building a basket at the till: open, scan, cancel (line changes: line_changes.py).

A basket lives in the database from its first scan, so it survives a crash of
the till. A unique item is held for the basket with one conditional UPDATE
(``... WHERE status = 'in_stock' AND reserved_basket_id IS NULL``): two tills
racing for the same item can never both get it, on SQLite or PostgreSQL.

Opening a basket and scanning into it are drafts (``Store.drafting``): their
commits do not wait for the disk, so a scan is not held up by it. A power cut
may lose the last scans (the cashier scans them again), never a sale.
"""

from __future__ import annotations

import uuid as uuid_module
from datetime import date

from sqlalchemy import bindparam, func, select, update
from sqlalchemy.orm import Session

from omigjen_pos.domain.business_day import business_date
from omigjen_pos.domain.errors import InvalidInput, InvalidState, ItemUnavailable, NotFound
from omigjen_pos.domain.items import ItemKind, ItemStatus
from omigjen_pos.domain.journal_events import EventType
from omigjen_pos.domain.roles import Action
from omigjen_pos.domain.text import CONTROL_CHARACTERS, has_control_characters
from omigjen_pos.services.actors import Actor
from omigjen_pos.services.checkout.line_pricing import line_facts, price_rows
from omigjen_pos.services.checkout.views import BasketLineView, BasketView
from omigjen_pos.services.inventory.rows import shop_markdown_rules, todays_price
from omigjen_pos.services.journal import record_by
from omigjen_pos.store.database import Store
from omigjen_pos.store.models import (
    Basket,
    BasketLine,
    BasketState,
    Item,
    Sale,
    SaleLine,
    Shop,
    Till,
)
from omigjen_pos.store.types import utcnow


def open_basket(
    store: Store, actor: Actor, training: bool = False, basket_uuid: str | None = None
) -> BasketView:
    """A new empty basket on the actor's till. ``basket_uuid`` lets a till that
    kept the basket on disk re-create it with the same identity."""
    actor.require(Action.SELL)
    with store.drafting() as session:
        if basket_uuid:
            existing = session.scalar(select(Basket).where(Basket.uuid == basket_uuid))
            if existing is not None:
                if existing.shop_id != actor.shop_id:  # another shop's basket is not shown
                    raise NotFound("basket", basket_uuid[:40])
                return basket_view(session, existing)
        basket = Basket(
            uuid=basket_uuid or str(uuid_module.uuid4()),
            shop_id=actor.shop_id,
            till_id=actor.till.id,
            user_id=actor.user_id,
            state=BasketState.OPEN,
            training=training,
        )
        session.add(basket)
        session.flush()
        return BasketView(basket.id, basket.uuid, actor.till.code, basket.training, (), 0, 0)


def unfinished_basket(store: Store, actor: Actor) -> BasketView | None:
    """The newest open basket with lines on the actor's till: what was being rung
    up when the till crashed or lost power, offered back at the next start."""
    actor.require(Action.SELL)
    with store.reading() as session:
        has_lines = select(BasketLine.id).where(BasketLine.basket_id == Basket.id).exists()
        basket = session.scalars(
            select(Basket)
            .where(Basket.till_id == actor.till.id, Basket.state == BasketState.OPEN, has_lines)
            .order_by(Basket.updated_at.desc())
            .limit(1)
        ).first()
        return basket_view(session, basket) if basket else None


def own_open_basket(session: Session, actor: Actor, basket_id: int) -> Basket:
    basket = session.get(Basket, basket_id, with_for_update=True)
    if basket is None or basket.shop_id != actor.shop_id:
        raise NotFound("basket", basket_id)
    if basket.state is not BasketState.OPEN:
        raise InvalidState("basket", basket_id, basket.state.value, "changed")
    return basket


def scan_item(
    store: Store,
    actor: Actor,
    basket_id: int,
    barcode: str,
    today: date | None = None,
    scan_id: str | None = None,
) -> BasketView:
    """Add the item with ``barcode`` (a unique item once; a stock article +1).

    ``scan_id``, made by the till for each scan, makes sending the same scan
    again harmless: if it is the basket's last scan, nothing is added twice.
    """
    actor.require(Action.SELL)
    code = barcode.strip()
    if has_control_characters(code):  # no barcode has them; PostgreSQL refuses NUL
        raise InvalidInput("barcode", code, CONTROL_CHARACTERS)
    with store.drafting() as session:
        basket = own_open_basket(session, actor, basket_id)
        if scan_id is not None and basket.last_scan_id == scan_id:
            return basket_view(session, basket)  # applied before; its answer was lost
        item = session.scalar(
            select(Item).where(Item.shop_id == actor.shop_id, Item.barcode == code)
        )
        if item is None:
            raise _not_in_this_shop(session, code)
        if item.kind is ItemKind.UNIQUE:
            _hold_unique_item(session, basket, item)
            quantity_before = 0
        else:
            quantity_before = _stock_in_basket(session, basket.id, item)
        rules = shop_markdown_rules(session, [item.shop_id]).get(item.shop_id, [])
        price_ore, _ = todays_price(item, rules, today or business_date(utcnow()))
        if quantity_before:
            line = session.scalars(
                select(BasketLine).where(
                    BasketLine.basket_id == basket.id, BasketLine.item_id == item.id
                )
            ).first()
            assert line is not None
            line.quantity += 1
        else:
            session.add(
                BasketLine(
                    basket_id=basket.id,
                    item_id=item.id,
                    quantity=1,
                    asked_price_ore=price_ore,
                    unit_price_ore=price_ore,
                )
            )
        basket.updated_at = utcnow()
        basket.last_scan_id = scan_id
        session.flush()
        return basket_view(session, basket)


_item = Item.__table__
# Hot path of every scan: built once, run on the session's connection (Core), which
# costs a fraction of building the statement and running it through the ORM.
_HOLD = (
    update(_item)
    .where(
        _item.c.id == bindparam("item_id"),
        _item.c.status == ItemStatus.IN_STOCK,
        _item.c.reserved_basket_id.is_(None),
    )
    .values(reserved_basket_id=bindparam("basket_id"))
)
_SHOP_AND_TILL = (
    select(Shop.vat_registered, Till.code)
    .join(Till, Till.shop_id == Shop.id)
    .where(Shop.id == bindparam("shop_id"), Till.id == bindparam("till_id"))
)


def _hold_unique_item(session: Session, basket: Basket, item: Item) -> None:
    held = session.connection().execute(_HOLD, {"item_id": item.id, "basket_id": basket.id})
    if held.rowcount == 1:
        return
    session.refresh(item)
    if item.reserved_basket_id == basket.id:
        raise ItemUnavailable(item.barcode, "already_in_basket")
    raise _why_unavailable(session, item)


def _stock_in_basket(session: Session, basket_id: int, item: Item) -> int:
    in_basket = (
        session.scalar(
            select(func.coalesce(func.sum(BasketLine.quantity), 0)).where(
                BasketLine.basket_id == basket_id, BasketLine.item_id == item.id
            )
        )
        or 0
    )
    if item.status is not ItemStatus.IN_STOCK or item.quantity <= in_basket:
        raise ItemUnavailable(item.barcode, "out_of_stock")
    return in_basket


def _why_unavailable(session: Session, item: Item) -> ItemUnavailable:
    if item.reserved_basket_id is not None:
        holder = session.execute(
            select(Basket.updated_at, Till.code)
            .join(Till, Basket.till_id == Till.id)
            .where(Basket.id == item.reserved_basket_id)
        ).first()
        return ItemUnavailable(
            item.barcode,
            "reserved",
            till_code=holder[1] if holder else None,
            when=holder[0] if holder else None,
        )
    if item.status is ItemStatus.SOLD:
        sold = session.execute(
            select(Sale.receipt_number, Sale.created_at, Till.code)
            .join(SaleLine, SaleLine.sale_id == Sale.id)
            .join(Till, Sale.till_id == Till.id)
            .where(SaleLine.item_id == item.id, Sale.training.is_(False))
            .order_by(Sale.id.desc())
        ).first()
        if sold:
            return ItemUnavailable(
                item.barcode, "sold", receipt_number=sold[0], when=sold[1], till_code=sold[2]
            )
        return ItemUnavailable(item.barcode, "sold")
    return ItemUnavailable(item.barcode, item.status.value)


def _not_in_this_shop(session: Session, code: str) -> ItemUnavailable:
    elsewhere = session.scalar(
        select(Shop.code).join(Item, Item.shop_id == Shop.id).where(Item.barcode == code)
    )
    if elsewhere:
        return ItemUnavailable(code, "other_shop", shop_code=elsewhere)
    return ItemUnavailable(code, "unknown")


def own_line(session: Session, basket: Basket, line_id: int) -> BasketLine:
    line = session.get(BasketLine, line_id)
    if line is None or line.basket_id != basket.id:
        raise NotFound("basket line", line_id)
    return line


def cancel_basket(store: Store, actor: Actor, basket_id: int, reason: str = "") -> None:
    """Give up an unfinished basket: its items go back on the shelf; journaled as a void."""
    actor.require(Action.SELL)
    with store.writing() as session:
        basket = own_open_basket(session, actor, basket_id)
        view = basket_view(session, basket)
        release_items(session, basket.id, None)
        basket.state = BasketState.CANCELLED
        record_by(
            session,
            actor,
            EventType.VOID,
            f"Annullert handel med {len(view.lines)} linjer, {view.total_ore} øre",
            payload={
                "basket": basket.uuid,
                "reason": reason,
                "lines": [(ln.barcode, ln.quantity, ln.total_ore) for ln in view.lines],
            },
        )


def release_items(session: Session, basket_id: int, item_ids: list[int] | None) -> None:
    statement = update(Item).where(Item.reserved_basket_id == basket_id)
    if item_ids is not None:
        statement = statement.where(Item.id.in_(item_ids))
    session.execute(
        statement.values(reserved_basket_id=None).execution_options(synchronize_session=False)
    )


def basket_lines(session: Session, basket_id: int) -> list[tuple[BasketLine, Item]]:
    rows = session.execute(
        select(BasketLine, Item)
        .join(Item, BasketLine.item_id == Item.id)
        .where(BasketLine.basket_id == basket_id)
        .order_by(BasketLine.id)
    )
    return [(line, item) for line, item in rows]


def basket_view(session: Session, basket: Basket) -> BasketView:
    rows = basket_lines(session, basket.id)
    vat_registered, till_code = (
        session.connection()
        .execute(_SHOP_AND_TILL, {"shop_id": basket.shop_id, "till_id": basket.till_id})
        .one()
    )
    if not rows:
        return BasketView(basket.id, basket.uuid, till_code, basket.training, (), 0, 0)
    facts = line_facts(session, rows, vat_registered)
    priced = price_rows(basket, rows, facts, vat_registered)
    lines = tuple(
        BasketLineView(
            line.id,
            item.id,
            item.barcode,
            item.name,
            line.quantity,
            line.unit_price_ore,
            item.price_ore,
            price.total_ore,
            asked_price_ore=line.asked_price_ore,
            discount_ore=price.discount_ore,
            stock_article=item.kind is ItemKind.STOCK,
            price_overridden=line.price_override_by_user_id is not None,
        )
        for (line, item), price in zip(rows, priced.lines, strict=True)
    )
    return BasketView(
        basket.id,
        basket.uuid,
        till_code,
        basket.training,
        lines,
        priced.total_ore,
        priced.vat_ore,
        priced.discount_ore,
        sum(price.basket_discount_ore for price in priced.lines),
    )
