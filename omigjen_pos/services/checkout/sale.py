"""Completing a sale: one transaction that records everything or nothing.

In it: the till's next receipt number (gapless: drawn from a counter row in this
same transaction), the sale signed and chained to the till's previous one (N20,
services/signing.py), with its lines, VAT and payments, the unique items
marked sold with a conditional UPDATE (only if still held by this basket and in
stock), stock articles counted down (only if enough are left), the basket closed
and the journal row. The sale carries the basket's UUID, which is unique: a
double click, a double Enter or a retry after a lost connection finds the sale
already written and returns it instead of writing another.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from omigjen_pos.domain.business_day import business_date
from omigjen_pos.domain.errors import InvalidInput, InvalidState, ItemUnavailable, NotFound
from omigjen_pos.domain.items import ItemKind, ItemStatus
from omigjen_pos.domain.journal_events import EventType
from omigjen_pos.domain.money import format_kr
from omigjen_pos.domain.roles import Action
from omigjen_pos.domain.settlement import Tender, settle
from omigjen_pos.services.actors import Actor
from omigjen_pos.services.checkout.basket import basket_lines
from omigjen_pos.services.checkout.line_pricing import line_facts, price_rows
from omigjen_pos.services.checkout.views import SaleSummary
from omigjen_pos.services.checkout.vouchers import VOUCHER_METHODS, spend_voucher
from omigjen_pos.services.counters import draw_numbers
from omigjen_pos.services.journal import record_by
from omigjen_pos.services.signing import sign_sale, with_signing_key
from omigjen_pos.store.database import Store
from omigjen_pos.store.models import (
    Basket,
    BasketState,
    Item,
    Payment,
    PaymentMethod,
    Sale,
    SaleKind,
    SaleLine,
    Shop,
    Till,
)
from omigjen_pos.store.types import utcnow

SAFT_PAYMENT_CODES = {
    PaymentMethod.CASH: "12001",
    PaymentMethod.CARD: "12002",
    PaymentMethod.VIPPS: "12011",
    PaymentMethod.GIFT_CARD: "12005",
    PaymentMethod.STORE_CREDIT: "12010",
}


def receipt_counter(till_id: int, training: bool) -> str:
    """Training receipts have their own number series (N14)."""
    return f"till:{till_id}:receipt:{'training' if training else 'sale'}"


def complete_sale(
    store: Store, actor: Actor, basket_id: int, tenders: Sequence[Tender]
) -> SaleSummary:
    """Record the basket as a sale paid by ``tenders``; safe to call again."""
    actor.require(Action.SELL)

    def write() -> SaleSummary:
        return store.write_retrying(record_sale)

    def record_sale(session: Session) -> SaleSummary:
        return _complete(session, actor, basket_id, tenders)

    try:
        return with_signing_key(store, actor.shop_id, write)
    except IntegrityError:
        # Another call completed this basket at the same moment: return its sale.
        with store.reading() as session:
            basket = session.get(Basket, basket_id)
            existing = basket and _sale_of(session, basket.uuid)
            if existing is None:
                raise
            return existing


def _sale_of(session: Session, basket_uuid: str) -> SaleSummary | None:
    sale = session.scalar(select(Sale).where(Sale.uuid == basket_uuid))
    if sale is None:
        return None
    payments = session.scalars(select(Payment).where(Payment.sale_id == sale.id))
    return sale_summary(session, sale, sum(p.change_ore for p in payments))


def sale_summary(
    session: Session,
    sale: Sale,
    change_ore: int,
    voucher_code: str = "",
    till_code: str | None = None,
) -> SaleSummary:
    """What the till shows of ``sale``; ``till_code`` saves a query when known."""
    if till_code is None:
        till_code = session.scalar(select(Till.code).where(Till.id == sale.till_id)) or ""
    return SaleSummary(
        sale.id,
        sale.uuid,
        sale.receipt_number,
        till_code,
        sale.created_at,
        sale.total_ore,
        sale.vat_ore,
        sale.rounding_ore,
        change_ore,
        sale.training,
        sale.kind is SaleKind.RETURN,
        voucher_code,
    )


def _complete(
    session: Session,
    actor: Actor,
    basket_id: int,
    tenders: Sequence[Tender],
) -> SaleSummary:
    basket = session.get(Basket, basket_id, with_for_update=True)
    if basket is None or basket.shop_id != actor.shop_id:
        raise NotFound("basket", basket_id)
    if basket.state is BasketState.COMPLETED:
        done = _sale_of(session, basket.uuid)
        if done is not None:
            return done  # a retry of a sale that was recorded
    if basket.state is not BasketState.OPEN:
        raise InvalidState("basket", basket_id, basket.state.value, "sold")
    rows = basket_lines(session, basket.id)
    if not rows:
        raise InvalidInput("basket", "", "the basket is empty")
    shop = session.get(Shop, basket.shop_id)
    assert shop is not None
    facts = line_facts(session, rows, shop.vat_registered)
    priced = price_rows(basket, rows, facts, shop.vat_registered)
    settlement = settle(priced.total_ore, tenders)
    now = utcnow()
    sale = Sale(
        uuid=basket.uuid,
        shop_id=shop.id,
        till_id=actor.till.id,
        cashier_user_id=actor.user_id,
        kind=SaleKind.SALE,
        training=basket.training,
        receipt_series="training" if basket.training else "sale",
        receipt_number=draw_numbers(session, receipt_counter(actor.till.id, basket.training))[0],
        business_date=business_date(now),
        created_at=now,
        total_ore=priced.total_ore,
        vat_ore=priced.vat_ore,
        discount_ore=priced.discount_ore,
        rounding_ore=settlement.rounding_ore,
    )
    sign_sale(session, sale)  # before the INSERT: a sale is never updated
    session.add(sale)
    session.flush()
    # The lines in one statement (executemany): nothing reads them back.
    session.execute(
        insert(SaleLine),
        [
            {
                "sale_id": sale.id,
                "line_number": number,
                "item_id": item.id,
                "barcode": item.barcode,
                "description": item.name,
                "category_id": fact.category_id,
                "saft_article_group": fact.saft_article_group,
                "quantity": line.quantity,
                "unit_price_ore": line.unit_price_ore,
                "price_overridden": line.price_override_by_user_id is not None,
                "discount_ore": price.line_discount_ore + price.basket_discount_ore,
                "line_total_ore": price.total_ore,
                "vat_code": fact.vat_code,
                "vat_rate_bp": price.rate_bp,
                "vat_base_ore": price.vat_base_ore,
                "vat_ore": price.vat_ore,
                "margin_scheme": price.margin_scheme,
                "purchase_price_ore": fact.purchase_price_ore,
            }
            for number, ((line, item), fact, price) in enumerate(
                zip(rows, facts, priced.lines, strict=True), start=1
            )
        ],
    )
    for paid in settlement.payments:
        method = PaymentMethod(paid.method)
        session.add(
            Payment(
                sale_id=sale.id,
                method=method,
                saft_payment_code=SAFT_PAYMENT_CODES[method],
                amount_ore=paid.amount_ore,
                tendered_ore=paid.tendered_ore,
                change_ore=paid.change_ore,
                reference=paid.reference,
            )
        )
        if paid.method in VOUCHER_METHODS:
            spend_voucher(session, actor, paid.reference, paid.amount_ore, sale.id, basket.training)
    if basket.training:
        _release(session, basket.id)  # training never touches the stock
    else:
        _take_from_stock(session, basket.id, rows)
    basket.state = BasketState.COMPLETED
    record_by(
        session,
        actor,
        EventType.SALE_COMPLETED,
        f"{'Treningssalg' if basket.training else 'Salg'} {sale.receipt_number}: "
        f"{format_kr(sale.total_ore)}",
        sale_id=sale.id,
        payload={
            "receipt_number": sale.receipt_number,
            "total_ore": sale.total_ore,
            "vat_ore": sale.vat_ore,
            "rounding_ore": sale.rounding_ore,
            "lines": len(rows),
            "basket": basket.uuid,
        },
    )
    session.flush()
    return sale_summary(session, sale, settlement.change_ore, till_code=actor.till.code)


_item = Item.__table__
_SELL = (  # at every sale: built once, run on the session's connection (Core)
    update(_item)
    .where(
        _item.c.id.in_(bindparam("ids", expanding=True)),
        _item.c.reserved_basket_id == bindparam("basket_id"),
        _item.c.status == ItemStatus.IN_STOCK,
    )
    .values(status=ItemStatus.SOLD, reserved_basket_id=None)
)


def _take_from_stock(session: Session, basket_id: int, rows) -> None:
    unique = [item.id for _, item in rows if item.kind is ItemKind.UNIQUE]
    if unique:
        sold = session.connection().execute(_SELL, {"ids": unique, "basket_id": basket_id})
        if sold.rowcount != len(unique):
            raise ItemUnavailable(",".join(str(i) for i in unique), "not_held")
    # Stock articles are not held by a basket, so two sales may count down the
    # same ones at once: in item order, or two tills could wait on each other.
    for line, item in sorted(rows, key=lambda row: row[1].id):
        if item.kind is ItemKind.STOCK:
            counted = session.execute(
                update(Item)
                .where(Item.id == item.id, Item.quantity >= line.quantity)
                .values(quantity=Item.quantity - line.quantity)
                .execution_options(synchronize_session=False)
            )
            if counted.rowcount != 1:
                raise ItemUnavailable(item.barcode, "out_of_stock")


def _release(session: Session, basket_id: int) -> None:
    session.execute(
        update(Item)
        .where(Item.reserved_basket_id == basket_id)
        .values(reserved_basket_id=None)
        .execution_options(synchronize_session=False)
    )
