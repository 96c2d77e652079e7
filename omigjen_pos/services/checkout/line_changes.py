"""Changing lines in an open basket: quantity, price override, discounts.

Every change that makes the customer pay less than was asked at scan time is a
price cut, held to the shop's limit for cashiers (domain/price_cuts.py). Beyond
it the call needs an ``Approval`` (a manager's PIN, services/users.approve); a
manager at the till approves their own cuts. Each change is journaled with who
made and who approved it; lowering a quantity is a line correction (N6).
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from omigjen_pos.domain.errors import ApprovalNeeded, InvalidInput, ItemUnavailable
from omigjen_pos.domain.items import ItemKind, ItemStatus
from omigjen_pos.domain.journal_events import EventType
from omigjen_pos.domain.money import format_kr
from omigjen_pos.domain.price_cuts import cut_bp, within_limit
from omigjen_pos.domain.pricing import Discount
from omigjen_pos.domain.roles import Action
from omigjen_pos.services.actors import Actor
from omigjen_pos.services.checkout.basket import (
    basket_lines,
    basket_view,
    own_line,
    own_open_basket,
)
from omigjen_pos.services.checkout.line_pricing import line_facts, price_rows
from omigjen_pos.services.checkout.views import BasketView
from omigjen_pos.services.journal import record_by
from omigjen_pos.services.users import Approval
from omigjen_pos.store.database import Store
from omigjen_pos.store.models import Basket, BasketLine, Item, Shop
from omigjen_pos.store.types import utcnow

MAX_QUANTITY = 9_999
MAX_PRICE_ORE = 1_000_000_00  # a million kroner: more is a typing slip


def set_quantity(
    store: Store, actor: Actor, basket_id: int, line_id: int, quantity: int
) -> BasketView:
    """A stock article's quantity; unique items are always one."""
    actor.require(Action.SELL)
    if not 1 <= quantity <= MAX_QUANTITY:
        raise InvalidInput("quantity", str(quantity), f"between 1 and {MAX_QUANTITY}")
    with store.writing() as session:
        basket = own_open_basket(session, actor, basket_id)
        line = own_line(session, basket, line_id)
        item = session.get(Item, line.item_id)
        assert item is not None
        if item.kind is not ItemKind.STOCK:
            raise InvalidInput("quantity", str(quantity), "a unique item is always one")
        if quantity > line.quantity and (
            item.status is not ItemStatus.IN_STOCK or item.quantity < quantity
        ):
            raise ItemUnavailable(item.barcode, "out_of_stock")
        before, line.quantity = line.quantity, quantity
        if quantity < before:
            record_by(
                session,
                actor,
                EventType.LINE_CORRECTION,
                f"Antall endret: {item.name} ({item.barcode}) {before} -> {quantity}",
                payload={
                    "basket": basket.uuid,
                    "barcode": item.barcode,
                    "from": before,
                    "to": quantity,
                },
            )
        return _changed(session, basket)


def override_price(
    store: Store,
    actor: Actor,
    basket_id: int,
    line_id: int,
    unit_price_ore: int,
    approval: Approval | None = None,
) -> BasketView:
    """Charge ``unit_price_ore`` per unit instead of the asked price."""
    actor.require(Action.SELL)
    if not 0 <= unit_price_ore <= MAX_PRICE_ORE:
        raise InvalidInput("price", str(unit_price_ore), "between 0 and a million kroner")
    with store.writing() as session:
        basket = own_open_basket(session, actor, basket_id)
        line = own_line(session, basket, line_id)
        before = line.unit_price_ore
        line.unit_price_ore = unit_price_ore
        line.price_override_by_user_id = actor.user_id
        approver = _check_cut(session, actor, basket, [line], approval)
        if approver is not None:
            line.approved_by_user_id = approver.user_id
        _log(
            session,
            actor,
            EventType.PRICE_OVERRIDE,
            f"Pris overstyrt: {format_kr(before)} -> {format_kr(unit_price_ore)}",
            basket,
            approver,
            line_id=line.id,
            before_ore=before,
            after_ore=unit_price_ore,
        )
        return _changed(session, basket)


def discount_line(
    store: Store,
    actor: Actor,
    basket_id: int,
    line_id: int,
    discount: Discount,
    approval: Approval | None = None,
) -> BasketView:
    """A percentage or an amount off one line; ``Discount()`` takes it away."""
    actor.require(Action.SELL)
    with store.writing() as session:
        basket = own_open_basket(session, actor, basket_id)
        line = own_line(session, basket, line_id)
        line.discount_percent_bp, line.discount_ore = discount.percent_bp, discount.amount_ore
        approver = _check_cut(session, actor, basket, [line], approval)
        if approver is not None:
            line.approved_by_user_id = approver.user_id
        _log(
            session,
            actor,
            EventType.DISCOUNT,
            f"Linjerabatt: {_describe(discount)}",
            basket,
            approver,
            line_id=line.id,
            percent_bp=discount.percent_bp,
            amount_ore=discount.amount_ore,
        )
        return _changed(session, basket)


def discount_basket(
    store: Store,
    actor: Actor,
    basket_id: int,
    discount: Discount,
    approval: Approval | None = None,
) -> BasketView:
    """A percentage or an amount off the whole basket, shared over its lines."""
    actor.require(Action.SELL)
    with store.writing() as session:
        basket = own_open_basket(session, actor, basket_id)
        basket.discount_percent_bp = discount.percent_bp
        basket.basket_discount_ore = discount.amount_ore
        approver = _check_cut(session, actor, basket, None, approval)
        basket.discount_approved_by_user_id = approver.user_id if approver else None
        _log(
            session,
            actor,
            EventType.DISCOUNT,
            f"Rabatt på handelen: {_describe(discount)}",
            basket,
            approver,
            percent_bp=discount.percent_bp,
            amount_ore=discount.amount_ore,
        )
        return _changed(session, basket)


def _describe(discount: Discount) -> str:
    if discount.percent_bp:
        return f"{discount.percent_bp / 100:g} %"
    return format_kr(discount.amount_ore)


def _check_cut(
    session: Session,
    actor: Actor,
    basket: Basket,
    changed: list[BasketLine] | None,
    approval: Approval | None,
) -> Approval | None:
    """Who approved the cut, if one beyond the cashier's limit is needed; raises
    ApprovalNeeded when it is and nobody did. ``changed`` None means every line."""
    session.flush()
    shop = session.get(Shop, basket.shop_id)
    assert shop is not None
    rows = basket_lines(session, basket.id)
    priced = price_rows(
        basket, rows, line_facts(session, rows, shop.vat_registered), shop.vat_registered
    )
    limit = shop.cashier_price_cut_limit_bp
    worst = 0
    for (line, _), price in zip(rows, priced.lines, strict=True):
        if changed is not None and line not in changed:
            continue
        asked = line.asked_price_ore * line.quantity
        if not within_limit(asked, price.total_ore, limit):
            worst = max(worst, cut_bp(asked, price.total_ore))
    if not worst:
        return None
    if approval is not None:
        return approval
    if actor.may(Action.ADMINISTER_SHOP):
        return Approval(actor.user_id, actor.user_number, actor.name)  # a manager's own cut
    raise ApprovalNeeded(limit, worst)


def _log(
    session: Session,
    actor: Actor,
    event: EventType,
    summary: str,
    basket: Basket,
    approver: Approval | None,
    **details: int,
) -> None:
    if approver is not None and approver.user_id != actor.user_id:
        summary += f" (godkjent av {approver.name})"
    record_by(
        session,
        actor,
        event,
        summary,
        payload={
            "basket": basket.uuid,
            "approved_by": approver.user_number if approver else None,
            **details,
        },
    )


def _changed(session: Session, basket: Basket) -> BasketView:
    basket.updated_at = utcnow()
    session.flush()
    return basket_view(session, basket)
