"""Returns: a finished sale's lines brought back and refunded (N15).

A return is a sale of its own (kind RETURN) with the next receipt number of the
till, negative lines that point at the lines they return, and a negative
payment: cash (rounded to whole kroner, N26), card, Vipps, or store credit (a
new tilgodelapp). A line is returned whole and at most once: the database
refuses a second return line for it (unique ``returned_line_id``). Returned
unique items go back into stock, to the workbench (status RETURNED, for a look
or repair) or to disposal; stock articles go back on the shelf unless disposed.
Cash refunds are rounded so that all the cash refunds of one sale together are
whole kroner: returning two 10,50 lines one at a time pays out 11 and 10.
Like a sale, a return carries a UUID made when the cashier started it, so a
retry records it once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from omigjen_pos.domain.business_day import business_date
from omigjen_pos.domain.errors import InvalidInput, InvalidState, NotFound
from omigjen_pos.domain.items import ItemKind, ItemStatus
from omigjen_pos.domain.journal_events import EventType
from omigjen_pos.domain.money import format_kr
from omigjen_pos.domain.pricing import cash_rounding_ore
from omigjen_pos.domain.receipt_codes import parse_receipt_reference
from omigjen_pos.domain.roles import Action
from omigjen_pos.services.actors import Actor
from omigjen_pos.services.checkout.sale import SAFT_PAYMENT_CODES, receipt_counter, sale_summary
from omigjen_pos.services.checkout.views import SaleSummary
from omigjen_pos.services.checkout.vouchers import issue_voucher
from omigjen_pos.services.counters import draw_numbers
from omigjen_pos.services.journal import record_by
from omigjen_pos.services.signing import sign_sale, with_signing_key
from omigjen_pos.store.database import Store
from omigjen_pos.store.models import (
    Item,
    Payment,
    PaymentMethod,
    Sale,
    SaleKind,
    SaleLine,
    Till,
    Voucher,
    VoucherKind,
)
from omigjen_pos.store.types import utcnow

REFUND_METHODS = (
    PaymentMethod.CASH,
    PaymentMethod.CARD,
    PaymentMethod.VIPPS,
    PaymentMethod.STORE_CREDIT,
)


class ItemDestination(StrEnum):
    STOCK = "stock"  # back on the shelf
    REPAIR = "repair"  # to the workbench for a look (status RETURNED)
    DISPOSAL = "disposal"


_STATUS_AFTER = {
    ItemDestination.STOCK: ItemStatus.IN_STOCK,
    ItemDestination.REPAIR: ItemStatus.RETURNED,
    ItemDestination.DISPOSAL: ItemStatus.DISPOSED,
}


@dataclass(frozen=True)
class ReturnableLine:
    id: int
    line_number: int
    barcode: str
    description: str
    quantity: int
    total_ore: int
    unique_item: bool
    returned: bool


@dataclass(frozen=True)
class ReturnableSale:
    id: int
    till_code: str
    receipt_number: int
    created_at: datetime
    total_ore: int
    training: bool
    lines: tuple[ReturnableLine, ...]
    payment_methods: tuple[str, ...]


def find_sales_for_return(
    store: Store, actor: Actor, reference: str, training: bool = False
) -> list[ReturnableSale]:
    """The actor's shop's sales the scanned code or typed number points at: one
    for a scanned code, one per till when only a number is typed. In training
    mode only training sales, otherwise only real ones (their numbers overlap)."""
    actor.require(Action.SELL)
    wanted = parse_receipt_reference(reference)
    with store.reading() as session:
        statement = (
            select(Sale, Till.code)
            .join(Till, Sale.till_id == Till.id)
            .where(
                Sale.shop_id == actor.shop_id,
                Sale.kind == SaleKind.SALE,
                Sale.receipt_number == wanted.number,
                Sale.training.is_(training),
            )
            .order_by(Till.code)
        )
        if wanted.till_id is not None:
            statement = statement.where(Sale.till_id == wanted.till_id)
        if wanted.till_code is not None:
            statement = statement.where(Till.code == wanted.till_code)
        found = [
            _returnable(session, sale, till_code) for sale, till_code in session.execute(statement)
        ]
    if not found:
        raise NotFound("receipt", reference.strip()[:40])
    return found


def _returnable(session: Session, sale: Sale, till_code: str) -> ReturnableSale:
    returned_ids = set(
        session.scalars(
            select(SaleLine.returned_line_id)
            .join(Sale, SaleLine.sale_id == Sale.id)
            .where(Sale.original_sale_id == sale.id)
        )
    )
    rows = session.execute(
        select(SaleLine, Item.kind)
        .outerjoin(Item, SaleLine.item_id == Item.id)
        .where(SaleLine.sale_id == sale.id)
        .order_by(SaleLine.line_number)
    )
    lines = tuple(
        ReturnableLine(
            line.id,
            line.line_number,
            line.barcode,
            line.description,
            line.quantity,
            line.line_total_ore,
            kind is ItemKind.UNIQUE,
            line.id in returned_ids,
        )
        for line, kind in rows
    )
    methods = tuple(
        method.value
        for method in session.scalars(select(Payment.method).where(Payment.sale_id == sale.id))
    )
    return ReturnableSale(
        sale.id,
        till_code,
        sale.receipt_number,
        sale.created_at,
        sale.total_ore,
        sale.training,
        lines,
        methods,
    )


def record_return(
    store: Store,
    actor: Actor,
    return_uuid: str,
    sale_id: int,
    line_ids: Sequence[int],
    refund_method: PaymentMethod | str,
    destination: ItemDestination = ItemDestination.STOCK,
    reference: str = "",
    training: bool = False,
) -> SaleSummary:
    """Refund ``line_ids`` of sale ``sale_id``; safe to call again with the same UUID."""
    actor.require(Action.SELL)
    if refund_method not in REFUND_METHODS:
        raise InvalidInput("refund", str(refund_method), "cash, card, Vipps or store credit")
    refund_method = PaymentMethod(refund_method)
    if not line_ids:
        raise InvalidInput("lines", "", "pick at least one line to return")

    def write() -> SaleSummary:
        return store.write_retrying(record_refund)

    def record_refund(session: Session) -> SaleSummary:
        return _record(
            session,
            actor,
            return_uuid,
            sale_id,
            line_ids,
            refund_method,
            destination,
            reference,
            training,
        )

    try:
        return with_signing_key(store, actor.shop_id, write)
    except IntegrityError as clash:
        # The same return recorded by a retry at the same moment, or a line
        # returned meanwhile on another till.
        with store.reading() as session:
            done = _return_of(session, actor, return_uuid)
        if done is None:
            raise InvalidState(
                "sale line", ",".join(map(str, line_ids)), "returned", "returned again"
            ) from clash
        return done


def _return_of(session: Session, actor: Actor, return_uuid: str) -> SaleSummary | None:
    sale = session.scalar(select(Sale).where(Sale.uuid == return_uuid))
    if sale is None:
        return None
    if sale.shop_id != actor.shop_id:  # another shop's: not the caller's to see
        raise NotFound("return", return_uuid[:40])
    code = session.scalar(select(Voucher.code).where(Voucher.issued_sale_id == sale.id)) or ""
    return sale_summary(session, sale, 0, code)


def _record(
    session: Session,
    actor: Actor,
    return_uuid: str,
    sale_id: int,
    line_ids: Sequence[int],
    refund_method: PaymentMethod,
    destination: ItemDestination,
    reference: str,
    training: bool,
) -> SaleSummary:
    done = _return_of(session, actor, return_uuid)
    if done is not None:
        return done
    original = session.get(Sale, sale_id)
    if original is None or original.shop_id != actor.shop_id or original.kind is not SaleKind.SALE:
        raise NotFound("sale", sale_id)
    if original.training != training:
        raise InvalidState(
            "sale",
            original.receipt_number,
            "training" if original.training else "real",
            "returned in this mode",
        )
    lines = list(
        session.scalars(
            select(SaleLine)
            .where(SaleLine.sale_id == original.id, SaleLine.id.in_(line_ids))
            .order_by(SaleLine.line_number)
        )
    )
    if len(lines) != len(set(line_ids)):
        raise NotFound("sale line", ",".join(map(str, line_ids)))
    already = session.scalar(
        select(SaleLine.returned_line_id).where(SaleLine.returned_line_id.in_(line_ids)).limit(1)
    )
    if already is not None:
        raise InvalidState("sale line", already, "returned", "returned again")

    total = -sum(line.line_total_ore for line in lines)
    rounding = (
        _cash_refund_rounding(session, original.id, total)
        if refund_method is PaymentMethod.CASH
        else 0
    )
    now = utcnow()
    refund = Sale(
        uuid=return_uuid,
        shop_id=actor.shop_id,
        till_id=actor.till.id,
        cashier_user_id=actor.user_id,
        kind=SaleKind.RETURN,
        training=training,
        receipt_series="training" if training else "sale",
        receipt_number=draw_numbers(session, receipt_counter(actor.till.id, training))[0],
        business_date=business_date(now),
        created_at=now,
        total_ore=total,
        vat_ore=-sum(line.vat_ore for line in lines),
        discount_ore=-sum(line.discount_ore for line in lines),
        rounding_ore=rounding,
        original_sale_id=original.id,
    )
    sign_sale(session, refund)  # before the INSERT: a sale is never updated
    session.add(refund)
    session.flush()
    for number, line in enumerate(lines, start=1):
        session.add(_negated(line, refund.id, number))
    voucher_code = ""
    if refund_method is PaymentMethod.STORE_CREDIT:
        voucher = issue_voucher(
            session, actor, VoucherKind.STORE_CREDIT, -total, refund.id, training
        )
        voucher_code = reference = voucher.code
    session.add(
        Payment(
            sale_id=refund.id,
            method=refund_method,
            saft_payment_code=SAFT_PAYMENT_CODES[refund_method],
            amount_ore=total + rounding,
            reference=reference.strip()[:64],
        )
    )
    if not training:
        _put_back(session, lines, destination)
    record_by(
        session,
        actor,
        EventType.RETURN_COMPLETED,
        f"Retur {refund.receipt_number} av kvittering {original.receipt_number}: "
        f"{format_kr(total + rounding)}",
        sale_id=refund.id,
        payload={
            "receipt_number": refund.receipt_number,
            "original_receipt_number": original.receipt_number,
            "total_ore": total,
            "rounding_ore": rounding,
            "refund": refund_method.value,
            "destination": destination.value,
            "lines": [line.barcode for line in lines],
        },
    )
    session.flush()
    return sale_summary(session, refund, 0, voucher_code)


def _cash_refund_rounding(session: Session, original_id: int, total_ore: int) -> int:
    """Round the running total of the sale's cash refunds, not each on its own, so
    refunds in pieces never pay out more than the whole would."""
    earlier = session.execute(
        select(
            func.coalesce(func.sum(Sale.total_ore), 0),
            func.coalesce(func.sum(Sale.rounding_ore), 0),
        )
        .join(Payment, Payment.sale_id == Sale.id)
        .where(Sale.original_sale_id == original_id, Payment.method == PaymentMethod.CASH)
    ).one()
    before_total, before_rounding = int(earlier[0]), int(earlier[1])
    return cash_rounding_ore(before_total + total_ore) - before_rounding


def _negated(line: SaleLine, sale_id: int, number: int) -> SaleLine:
    return SaleLine(
        sale_id=sale_id,
        line_number=number,
        item_id=line.item_id,
        barcode=line.barcode,
        description=line.description,
        category_id=line.category_id,
        saft_article_group=line.saft_article_group,
        quantity=-line.quantity,
        unit_price_ore=line.unit_price_ore,
        price_overridden=line.price_overridden,
        discount_ore=-line.discount_ore,
        line_total_ore=-line.line_total_ore,
        vat_code=line.vat_code,
        vat_rate_bp=line.vat_rate_bp,
        vat_base_ore=-line.vat_base_ore,
        vat_ore=-line.vat_ore,
        margin_scheme=line.margin_scheme,
        purchase_price_ore=line.purchase_price_ore,
        returned_line_id=line.id,
    )


def _put_back(session: Session, lines: Sequence[SaleLine], destination: ItemDestination) -> None:
    item_ids = [line.item_id for line in lines if line.item_id is not None]
    kinds = dict(session.execute(select(Item.id, Item.kind).where(Item.id.in_(item_ids))).all())
    # In item order, as a sale counts stock articles down (sale.py), so a return
    # and a sale of the same articles never wait on each other.
    for line in sorted(lines, key=lambda line: line.item_id or 0):
        if line.item_id is None:
            continue
        if kinds[line.item_id] is ItemKind.UNIQUE:
            session.execute(
                update(Item)
                .where(Item.id == line.item_id, Item.status == ItemStatus.SOLD)
                .values(status=_STATUS_AFTER[destination])
                .execution_options(synchronize_session=False)
            )
        elif destination is not ItemDestination.DISPOSAL:  # an article needs no repair
            session.execute(
                update(Item)
                .where(Item.id == line.item_id)
                .values(quantity=Item.quantity + line.quantity)
                .execution_options(synchronize_session=False)
            )
