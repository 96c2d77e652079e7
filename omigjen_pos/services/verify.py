"""Checking the store's invariants: what `omigjen-pos verify` runs.

Each check is one aggregate query, so it runs on a live store of any size. A
breach names the till, receipt or item so IT can find it. Later issues add
checks (signature chains, Z-reports).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import and_, case, func, literal, select
from sqlalchemy.orm import Session

from omigjen_pos.domain.business_day import OSLO
from omigjen_pos.domain.errors import NotFound
from omigjen_pos.domain.items import ItemKind, ItemStatus
from omigjen_pos.domain.journal_events import EventType
from omigjen_pos.domain.signatures import signed_text
from omigjen_pos.services.signing import signature_is_valid
from omigjen_pos.store.database import Store
from omigjen_pos.store.models import (
    Basket,
    BasketState,
    Item,
    JournalEntry,
    Payment,
    Sale,
    SaleKind,
    SaleLine,
    SequenceCounter,
    Shop,
    SigningKey,
    Till,
    Voucher,
    VoucherUse,
)


@dataclass(frozen=True)
class Breach:
    check: str
    where: str
    detail: str

    def __str__(self) -> str:
        return f"{self.check}: {self.where}: {self.detail}"


def verify_store(store: Store, shop_code: str | None = None) -> list[Breach]:
    """Every breach found, checks in a fixed order; empty when all is well."""
    with store.reading() as session:
        shop_id = None
        if shop_code:
            shop_id = session.scalar(select(Shop.id).where(Shop.code == shop_code.upper()))
            if shop_id is None:
                raise NotFound("shop", shop_code)
        breaches: list[Breach] = []
        for check in (
            _gapless_numbers,
            _counters_match,
            _sales_balance,
            _items_match_sales,
            _vouchers_cover_their_uses,
            _signature_chains,
            _sales_journaled,
            _completed_baskets_have_sales,
        ):
            breaches.extend(check(session, shop_id))
        return breaches


def _in_shop(column, shop_id: int | None):
    return column == shop_id if shop_id is not None else literal(True)


def _gapless_numbers(session: Session, shop_id: int | None) -> list[Breach]:
    previous = func.lag(Sale.receipt_number).over(
        partition_by=(Sale.till_id, Sale.receipt_series), order_by=Sale.receipt_number
    )
    numbered = (
        select(Till.code, Sale.receipt_series, Sale.receipt_number, previous.label("previous"))
        .join(Till, Sale.till_id == Till.id)
        .where(_in_shop(Sale.shop_id, shop_id))
        .subquery()
    )
    rows = session.execute(
        select(numbered)
        .where(func.coalesce(numbered.c.previous, 0) != numbered.c.receipt_number - 1)
        .order_by(numbered.c.code, numbered.c.receipt_series, numbered.c.receipt_number)
    )
    return [
        Breach(
            "receipt numbers",
            f"till {code} ({series})",
            f"receipt {number} follows {previous or 'nothing'}",
        )
        for code, series, number, previous in rows
    ]


def _counters_match(session: Session, shop_id: int | None) -> list[Breach]:
    highest = session.execute(
        select(Sale.till_id, Till.code, Sale.receipt_series, func.max(Sale.receipt_number))
        .join(Till, Sale.till_id == Till.id)
        .where(_in_shop(Sale.shop_id, shop_id))
        .group_by(Sale.till_id, Till.code, Sale.receipt_series)
    ).all()
    counters = dict(session.execute(select(SequenceCounter.name, SequenceCounter.value)).all())
    breaches = []
    for till_id, code, series, top in highest:
        drawn = counters.get(f"till:{till_id}:receipt:{series}", 0)
        if drawn != top:
            breaches.append(
                Breach(
                    "receipt counter",
                    f"till {code} ({series})",
                    f"counter at {drawn}, highest receipt {top}",
                )
            )
    return breaches


def _sales_balance(session: Session, shop_id: int | None) -> list[Breach]:
    lines = (
        select(
            SaleLine.sale_id,
            func.count().label("n"),
            func.sum(SaleLine.line_total_ore).label("total"),
            func.sum(SaleLine.vat_ore).label("vat"),
        )
        .group_by(SaleLine.sale_id)
        .subquery()
    )
    paid = (
        select(Payment.sale_id, func.sum(Payment.amount_ore).label("paid"))
        .group_by(Payment.sale_id)
        .subquery()
    )
    rows = session.execute(
        select(
            Till.code,
            Sale.receipt_series,
            Sale.receipt_number,
            Sale.total_ore,
            Sale.vat_ore,
            Sale.rounding_ore,
            lines.c.n,
            lines.c.total,
            lines.c.vat,
            paid.c.paid,
        )
        .join(Till, Sale.till_id == Till.id)
        .outerjoin(lines, lines.c.sale_id == Sale.id)
        .outerjoin(paid, paid.c.sale_id == Sale.id)
        .where(_in_shop(Sale.shop_id, shop_id))
        .order_by(Till.code, Sale.receipt_series, Sale.receipt_number)
    )
    breaches = []
    for code, series, number, total, vat, rounding, n, line_total, line_vat, paid_sum in rows:
        where = f"till {code} receipt {number} ({series})"
        if not n:
            breaches.append(Breach("sale complete", where, "has no lines"))
        elif line_total != total or line_vat != vat:
            breaches.append(
                Breach(
                    "sale balances",
                    where,
                    f"lines {line_total}/{line_vat} øre, sale {total}/{vat} øre",
                )
            )
        elif (paid_sum or 0) != total + rounding:
            breaches.append(
                Breach(
                    "sale paid", where, f"payments {paid_sum or 0} øre, due {total + rounding} øre"
                )
            )
    return breaches


def _items_match_sales(session: Session, shop_id: int | None) -> list[Breach]:
    sign = case((Sale.kind == SaleKind.RETURN, -1), else_=1)
    net = (
        select(SaleLine.item_id, func.sum(sign).label("net"))
        .join(Sale, SaleLine.sale_id == Sale.id)
        .where(Sale.training.is_(False))
        .group_by(SaleLine.item_id)
        .subquery()
    )
    rows = session.execute(
        select(Item.barcode, Item.status, func.coalesce(net.c.net, 0))
        .outerjoin(net, net.c.item_id == Item.id)
        .where(
            Item.kind == ItemKind.UNIQUE,
            _in_shop(Item.shop_id, shop_id),
            (Item.status == ItemStatus.SOLD) | and_(net.c.net.is_not(None), net.c.net != 0),
        )
        .order_by(Item.barcode)
    )
    breaches = []
    for barcode, status, sold_lines in rows:
        if status is ItemStatus.SOLD and sold_lines != 1:
            breaches.append(
                Breach(
                    "item sold once",
                    f"item {barcode}",
                    f"marked sold but on {sold_lines} unreturned sale lines",
                )
            )
        elif status is not ItemStatus.SOLD and sold_lines != 0:
            breaches.append(
                Breach(
                    "item sold once",
                    f"item {barcode}",
                    f"{status.value} but on {sold_lines} unreturned sale lines",
                )
            )
    return breaches


def _vouchers_cover_their_uses(session: Session, shop_id: int | None) -> list[Breach]:
    used = (
        select(VoucherUse.voucher_id, func.sum(VoucherUse.amount_ore).label("used"))
        .group_by(VoucherUse.voucher_id)
        .subquery()
    )
    rows = session.execute(
        select(Voucher.code, Voucher.amount_ore, used.c.used)
        .join(used, used.c.voucher_id == Voucher.id)
        .where(_in_shop(Voucher.shop_id, shop_id), used.c.used > Voucher.amount_ore)
        .order_by(Voucher.code)
    )
    return [
        Breach("voucher balance", f"voucher {code}", f"{spent} øre spent of {amount} øre")
        for code, amount, spent in rows
    ]


def _signature_chains(session: Session, shop_id: int | None) -> list[Breach]:
    """Every sale's signature verifies over its own figures chained to the sale
    before it (N20): an amount edited behind the application's back, a sale
    removed or one put in shows up here, named by till and receipt."""
    keys = {
        (key.shop_id, key.version): key.public_key_pem
        for key in session.scalars(select(SigningKey))
    }
    breaches: list[Breach] = []
    sales = session.scalars(
        select(Sale)
        .where(_in_shop(Sale.shop_id, shop_id))
        .order_by(Sale.till_id, Sale.receipt_series, Sale.receipt_number)
        .execution_options(yield_per=1000)
    )
    codes = dict(session.execute(select(Till.id, Till.code)).all())
    previous: dict[tuple[int, str], str | None] = {}
    first_key_at = dict(
        session.execute(
            select(SigningKey.shop_id, func.min(SigningKey.created_at)).group_by(SigningKey.shop_id)
        ).all()
    )
    for sale in sales:
        chain = (sale.till_id, sale.receipt_series)
        till = codes.get(sale.till_id, "?")
        where = f"till {till} receipt {sale.receipt_number} ({sale.receipt_series})"
        before = previous.get(chain)
        previous[chain] = sale.signature
        signing_since = first_key_at.get(sale.shop_id)
        if not sale.signature and (signing_since is None or sale.created_at < signing_since):
            continue  # sold before the shop had a key: a store upgraded past revision 0005
        public = keys.get((sale.shop_id, sale.signature_key_version or 0))
        if not sale.signature or public is None:
            breaches.append(Breach("signature chain", where, "not signed"))
            continue
        text = signed_text(
            before if sale.receipt_number > 1 else None,
            sale.created_at.astimezone(OSLO),
            sale.receipt_number,
            sale.total_ore,
            sale.total_ore - sale.vat_ore,
        )
        if not signature_is_valid(public, text, sale.signature):
            breaches.append(Breach("signature chain", where, "the signature does not verify"))
    return breaches


def _sales_journaled(session: Session, shop_id: int | None) -> list[Breach]:
    """Every sale has its completion in the electronic journal (N17): a sale
    SALE_COMPLETED, a return RETURN_COMPLETED, naming the sale. The X- and
    Z-reports count from the journal, so a sale without one is left out of them."""
    expected = case(
        (Sale.kind == SaleKind.RETURN, literal(EventType.RETURN_COMPLETED.value)),
        else_=literal(EventType.SALE_COMPLETED.value),
    )
    journaled = (
        select(JournalEntry.id)
        .where(
            JournalEntry.sale_id == Sale.id,
            JournalEntry.event_type.in_((EventType.SALE_COMPLETED, EventType.RETURN_COMPLETED)),
        )
        .exists()
    )
    rows = session.execute(
        select(Till.code, Sale.receipt_series, Sale.receipt_number, expected)
        .join(Till, Sale.till_id == Till.id)
        .where(_in_shop(Sale.shop_id, shop_id), ~journaled)
        .order_by(Till.code, Sale.receipt_series, Sale.receipt_number)
    )
    return [
        Breach(
            "sale journaled",
            f"till {code} receipt {number} ({series})",
            f"no {event} entry in the journal",
        )
        for code, series, number, event in rows
    ]


def _completed_baskets_have_sales(session: Session, shop_id: int | None) -> list[Breach]:
    """A basket is marked completed in the transaction that writes its sale (which
    carries the basket's uuid): one without the other was half a sale."""
    sold = select(Sale.id).where(Sale.uuid == Basket.uuid).exists()
    rows = session.execute(
        select(Basket.uuid, Till.code)
        .join(Till, Basket.till_id == Till.id)
        .where(
            _in_shop(Basket.shop_id, shop_id),
            Basket.state == BasketState.COMPLETED,
            ~sold,
        )
        .order_by(Basket.id)
    )
    return [
        Breach("basket completed", f"till {code} basket {uuid}", "completed but no sale")
        for uuid, code in rows
    ]
