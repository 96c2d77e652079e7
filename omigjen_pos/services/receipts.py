"""Receipts of recorded sales and returns: which one is due, and that it was made.

The sale is recorded first; its receipt is produced afterwards, and only a
receipt that was really produced (printed, saved as PDF, sent) is recorded, as
a ``receipt_print`` row and a journal entry holding the whole text (N12, N17).
So a printer that fails leaves the original still due, and printing again is
the original, not a copy. Once the original exists the next receipt is the one
copy the law allows (N13), marked "KOPI" and "IKKE KVITTERING FOR KJØP"; a
second copy is refused. Training receipts carry the same marking (N14).
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from omigjen_pos.domain.business_day import OSLO
from omigjen_pos.domain.errors import InvalidState, NotFound
from omigjen_pos.domain.journal_events import EventType
from omigjen_pos.domain.money import format_kr
from omigjen_pos.domain.orgnr import format_orgnr
from omigjen_pos.domain.payment_names import payment_name
from omigjen_pos.domain.receipt_codes import receipt_code
from omigjen_pos.domain.roles import Action
from omigjen_pos.printing.receipt_document import (
    NOT_A_RECEIPT,
    PaymentLine,
    ReceiptDocument,
    ReceiptLine,
    VatLine,
    receipt_text,
)
from omigjen_pos.services.actors import Actor
from omigjen_pos.services.journal import record_by
from omigjen_pos.store.database import Store
from omigjen_pos.store.models import (
    Payment,
    ReceiptPrint,
    Sale,
    SaleKind,
    SaleLine,
    Shop,
    Till,
    User,
    Voucher,
)

MARGIN_NOTE = (
    "Varer merket bruktmoms selges etter avanseordningen (mval. §§ 4-5, 4-6): mva vises ikke."
)
CHANNELS = ("escpos", "pdf", "system", "email")


def next_receipt(
    store: Store, actor: Actor, sale_id: int, electronic: bool = False
) -> ReceiptDocument:
    """The receipt due for the sale: the original until one was produced, then
    the one copy; raises InvalidState when the copy was produced too."""
    actor.require(Action.SELL)
    with store.reading() as session:
        sale = _own_sale(session, actor, sale_id)
        produced = set(
            session.scalars(select(ReceiptPrint.copy).where(ReceiptPrint.sale_id == sale.id))
        )
        if True in produced:
            raise InvalidState("receipt", sale.receipt_number, "copied", "copied again")
        return build_receipt(session, sale, copy=False in produced, electronic=electronic)


def record_receipt_produced(
    store: Store, actor: Actor, receipt: ReceiptDocument, sale_id: int, channel: str
) -> None:
    """Record that ``receipt`` was produced through ``channel``: a receipt_print
    row and a journal entry with the whole text. The database's unique
    (sale, copy) refuses a second original or a second copy."""
    actor.require(Action.SELL)
    if channel not in CHANNELS:
        raise ValueError(f"unknown receipt channel {channel!r}")
    copy = receipt.copy
    try:
        with store.writing() as session:
            sale = _own_sale(session, actor, sale_id)
            session.add(
                ReceiptPrint(sale_id=sale.id, copy=copy, user_id=actor.user_id, channel=channel)
            )
            record_by(
                session,
                actor,
                _event(sale, copy),
                f"{receipt.title} {receipt.receipt_number}{' (kopi)' if copy else ''}: {channel}",
                sale_id=sale.id,
                payload={"channel": channel, "copy": copy, "text": receipt_text(receipt)},
            )
    except IntegrityError as clash:
        raise InvalidState(
            "receipt", receipt.receipt_number, "copied" if copy else "printed", "produced again"
        ) from clash


def receipt_for_number(
    store: Store, actor: Actor, till_code: str, number: int, training: bool = False
) -> int:
    """The id of the sale with ``number`` on ``till_code`` (the command line's way in)."""
    actor.require(Action.SELL)
    with store.reading() as session:
        sale_id = session.scalar(
            select(Sale.id)
            .join(Till, Sale.till_id == Till.id)
            .where(
                Till.code == till_code.upper(),
                Sale.receipt_number == number,
                Sale.receipt_series == ("training" if training else "sale"),
                Sale.shop_id == actor.shop_id,
            )
        )
    if sale_id is None:
        raise NotFound("receipt", f"{till_code} {number}")
    return sale_id


def _own_sale(session: Session, actor: Actor, sale_id: int) -> Sale:
    sale = session.get(Sale, sale_id)
    if sale is None or sale.shop_id != actor.shop_id:
        raise NotFound("sale", sale_id)
    return sale


def _event(sale: Sale, copy: bool) -> EventType:
    if copy:
        return EventType.COPY_RECEIPT
    if sale.training:
        return EventType.TRAINING_RECEIPT
    if sale.kind is SaleKind.RETURN:
        return EventType.RETURN_RECEIPT
    return EventType.SALES_RECEIPT


def build_receipt(
    session: Session, sale: Sale, copy: bool = False, electronic: bool = False
) -> ReceiptDocument:
    """The receipt of a recorded sale or return, every line decided."""
    shop = session.get(Shop, sale.shop_id)
    till = session.get(Till, sale.till_id)
    cashier = session.get(User, sale.cashier_user_id)
    assert shop is not None and till is not None and cashier is not None
    lines = session.scalars(
        select(SaleLine).where(SaleLine.sale_id == sale.id).order_by(SaleLine.line_number)
    ).all()
    payments = session.scalars(
        select(Payment).where(Payment.sale_id == sale.id).order_by(Payment.id)
    ).all()
    returning = sale.kind is SaleKind.RETURN
    if returning:
        title = "Returkvittering"
    else:
        title = "Elektronisk salgskvittering" if electronic else "Salgskvittering"
    marks: tuple[str, ...] = ()
    if copy:
        marks = ("KOPI", NOT_A_RECEIPT)
    elif sale.training:
        marks = ("TRENING", NOT_A_RECEIPT)
    notes = []
    if returning and sale.original_sale_id:
        original = session.get(Sale, sale.original_sale_id)
        if original is not None:
            notes.append(f"Retur av kvittering {original.receipt_number}")
    if any(line.margin_scheme for line in lines):
        notes.append(MARGIN_NOTE)
    if not shop.vat_registered:
        notes.append("Selger er ikke registrert i Merverdiavgiftsregisteret.")
    issued = session.scalar(select(Voucher).where(Voucher.issued_sale_id == sale.id))
    if issued is not None:
        notes.append(f"Tilgodelapp {issued.code}: {format_kr(issued.amount_ore)}")
    org = f"Org.nr. {format_orgnr(shop.org_number)}" + (" MVA" if shop.vat_registered else "")
    address = tuple(
        part for part in (shop.address_line, f"{shop.postal_code} {shop.city}".strip()) if part
    )
    return ReceiptDocument(
        title=title,
        shop_name=shop.name,
        org_line=org,
        address_lines=address,
        till_code=till.code,
        receipt_number=sale.receipt_number,
        when=sale.created_at.astimezone(OSLO).strftime("%d.%m.%Y %H:%M"),
        cashier=cashier.name,
        lines=tuple(
            ReceiptLine(
                line.description,
                line.quantity,
                line.unit_price_ore,
                line.line_total_ore,
                abs(line.discount_ore),
                line.margin_scheme,
            )
            for line in lines
        ),
        vat_lines=_vat_lines(lines) if shop.vat_registered else (),
        total_ore=sale.total_ore,
        rounding_ore=sale.rounding_ore,
        payments=tuple(
            PaymentLine(
                payment_name(payment.method.value),
                payment.tendered_ore if payment.tendered_ore is not None else payment.amount_ore,
                payment.reference,
            )
            for payment in payments
        ),
        change_ore=sum(payment.change_ore for payment in payments),
        marks=marks,
        notes=tuple(notes),
        footer=tuple(line for line in shop.receipt_footer.splitlines() if line.strip()),
        barcode=receipt_code(till.id, sale.receipt_number) if not sale.training else "",
        discount_total_ore=abs(sale.discount_ore),
        copy=copy,
        training=sale.training,
    )


def _vat_lines(lines) -> tuple[VatLine, ...]:
    """VAT per rate over the ordinary lines; margin-scheme lines show no VAT (N24)."""
    sums: dict[int, tuple[int, int]] = {}
    for line in lines:
        if line.margin_scheme:
            continue
        base, vat = sums.get(line.vat_rate_bp, (0, 0))
        sums[line.vat_rate_bp] = (base + line.line_total_ore - line.vat_ore, vat + line.vat_ore)
    return tuple(VatLine(rate, *sums[rate]) for rate in sorted(sums, reverse=True))
