"""Changing lines in an open basket: quantity, price override, discounts, removal.

Every change that makes the customer pay less than was asked at scan time is a
price cut, held to the shop's limit for cashiers (domain/price_cuts.py). Beyond
it the call needs an ``Approval`` (a manager's PIN, services/users.approve); a
manager at the till approves their own cuts. An approval belongs to the line
(or the sale discount) as it was approved: changing that line's price, discount
or quantity needs a new one, and removing a line re-checks every other line,
since the sale discount's shares move. Each change is journaled with the item,
who made it and who approved it; lowering a quantity or removing a line is a
line correction (N6).
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
    release_items,
)
from omigjen_pos.services.checkout.line_pricing import line_facts, price_rows
from omigjen_pos.services.checkout.views import BasketView
from omigjen_pos.services.journal import record_by
from omigjen_pos.services.users import Approval
from omigjen_pos.store.database import Store
from omigjen_pos.store.models import Basket, BasketLine, Item, Shop
from omigjen_pos.store.types import utcnow

MAX_QUANTITY = 9_999
ROUNDING_SLACK_ORE = 1
MAX_PRICE_ORE = 1_000_000_00  # a million kroner: more is a typing slip


def set_quantity(
    store: Store,
    actor: Actor,
    basket_id: int,
    line_id: int,
    quantity: int,
    approval: Approval | None = None,
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
        _recheck_line(session, actor, basket, line, approval)
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
                    "unit_price_ore": line.unit_price_ore,
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
        overridden = unit_price_ore != line.asked_price_ore
        line.price_override_by_user_id = actor.user_id if overridden else None
        approver = _recheck_line(session, actor, basket, line, approval)
        _log(
            session,
            actor,
            EventType.PRICE_OVERRIDE,
            f"Pris overstyrt: {format_kr(before)} -> {format_kr(unit_price_ore)}",
            basket,
            approver,
            barcode=_barcode_of(session, line),
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
    _check_amount(discount)
    with store.writing() as session:
        basket = own_open_basket(session, actor, basket_id)
        line = own_line(session, basket, line_id)
        line.discount_percent_bp, line.discount_ore = discount.percent_bp, discount.amount_ore
        approver = _recheck_line(session, actor, basket, line, approval)
        _log(
            session,
            actor,
            EventType.DISCOUNT,
            f"Linjerabatt: {_describe(discount)}",
            basket,
            approver,
            barcode=_barcode_of(session, line),
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
    _check_amount(discount)
    with store.writing() as session:
        basket = own_open_basket(session, actor, basket_id)
        basket.discount_percent_bp = discount.percent_bp
        basket.basket_discount_ore = discount.amount_ore
        basket.discount_approved_by_user_id = None
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


def remove_line(
    store: Store, actor: Actor, basket_id: int, line_id: int, approval: Approval | None = None
) -> BasketView:
    """Take a line out of the basket (a line correction) and release its item.

    The sale discount's shares move to the other lines, so they are checked again."""
    actor.require(Action.SELL)
    with store.writing() as session:
        basket = own_open_basket(session, actor, basket_id)
        line = own_line(session, basket, line_id)
        item = session.get(Item, line.item_id)
        assert item is not None
        release_items(session, basket.id, [line.item_id])
        session.delete(line)
        approver = _check_cut(session, actor, basket, None, approval)
        if approver is not None:
            basket.discount_approved_by_user_id = approver.user_id
        record_by(
            session,
            actor,
            EventType.LINE_CORRECTION,
            f"Linje fjernet: {item.name} ({item.barcode}) x {line.quantity}",
            payload={
                "basket": basket.uuid,
                "barcode": item.barcode,
                "quantity": line.quantity,
                "unit_price_ore": line.unit_price_ore,
                "approved_by": approver.user_number if approver else None,
            },
        )
        return _changed(session, basket)


def _check_amount(discount: Discount) -> None:
    """An amount off is capped at what it comes off when priced, but is kept as
    typed: past a million kroner it is a typing slip (and past the database's
    integers it could not be kept at all)."""
    if discount.amount_ore > MAX_PRICE_ORE:
        raise InvalidInput("discount", str(discount.amount_ore), "between 0 and a million kroner")


def _barcode_of(session: Session, line: BasketLine) -> str:
    """The item's barcode, for the journal: the basket line itself may go later."""
    item = session.get(Item, line.item_id)
    return item.barcode if item else ""


def _describe(discount: Discount) -> str:
    if discount.percent_bp:
        return f"{discount.percent_bp / 100:g} %"
    return format_kr(discount.amount_ore)


def _recheck_line(
    session: Session,
    actor: Actor,
    basket: Basket,
    line: BasketLine,
    approval: Approval | None,
) -> Approval | None:
    """A changed line loses its old approval and is checked again; a new one, if
    needed and given, is kept on the line."""
    line.approved_by_user_id = None
    approver = _check_cut(session, actor, basket, [line], approval)
    if approver is not None:
        line.approved_by_user_id = approver.user_id
    return approver


def _check_cut(
    session: Session,
    actor: Actor,
    basket: Basket,
    changed: list[BasketLine] | None,
    approval: Approval | None,
) -> Approval | None:
    """Who approved the cut, if one beyond the cashier's limit is needed; raises
    ApprovalNeeded when it is and nobody did. ``changed`` None means every line.

    Lines a manager approved, and every line when the sale discount was approved,
    keep their approval; the caller clears the approval of what it changes."""
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
        if line.approved_by_user_id is not None or basket.discount_approved_by_user_id:
            continue
        asked = line.asked_price_ore * line.quantity
        # One øre of slack where rounding comes in: a percentage rounded to whole
        # øre, or a sale discount's share, may land a hair past an exact limit
        # (20 % of 149,98 is 30,00 off). A typed price or amount gets none.
        rounded = (
            line.discount_percent_bp or basket.discount_percent_bp or basket.basket_discount_ore
        )
        slack = ROUNDING_SLACK_ORE if rounded else 0
        if not within_limit(asked, price.total_ore + slack, limit):
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
    **details: object,
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
