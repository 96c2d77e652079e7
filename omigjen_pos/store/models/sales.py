"""Baskets being built, and the sales, lines and payments they become.

A basket is a draft and may change. A sale is written once, whole, in the
transaction that completes it, and never changes again (N18): the migrations
install triggers that refuse UPDATE and DELETE on sale, sale_line and payment.
Anything that happens to a sale later (a receipt printed, a return) is a new row.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from omigjen_pos.store.models.base import Base, Ore, enum_column
from omigjen_pos.store.types import utcnow


class BasketState(StrEnum):
    OPEN = "open"
    PARKED = "parked"
    CANCELLED = "cancelled"  # recorded as a void in the journal
    COMPLETED = "completed"


class SaleKind(StrEnum):
    SALE = "sale"
    RETURN = "return"


class PaymentMethod(StrEnum):
    CASH = "cash"
    CARD = "card"
    VIPPS = "vipps"
    GIFT_CARD = "gift_card"
    STORE_CREDIT = "store_credit"  # tilgodelapp


class Basket(Base):
    __tablename__ = "basket"
    # A till's open basket is looked for at every start (unfinished_basket): found
    # by index, not by reading every basket the centre ever completed.
    __table_args__ = (Index("ix_basket_till_state", "till_id", "state"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    # Made by the till when the basket starts; the sale carries it too, so a retry
    # of "complete sale" finds the sale already written instead of writing another.
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    shop_id: Mapped[int] = mapped_column(ForeignKey("shop.id"), index=True)
    till_id: Mapped[int] = mapped_column(ForeignKey("till.id"))
    user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    state: Mapped[BasketState] = mapped_column(enum_column(BasketState))
    training: Mapped[bool] = mapped_column(default=False)
    # A basket discount is a percentage or an amount (domain/pricing.Discount).
    basket_discount_ore: Mapped[int] = mapped_column(Ore, default=0)
    discount_percent_bp: Mapped[int] = mapped_column(default=0, server_default="0")
    # A manager who approved a discount beyond the cashier's limit (logged too).
    discount_approved_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    # The id of the last scan applied: a scan sent again after a lost answer is
    # recognised and not counted twice (the till sends one scan at a time).
    last_scan_id: Mapped[str | None] = mapped_column(String(36))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class BasketLine(Base):
    __tablename__ = "basket_line"

    id: Mapped[int] = mapped_column(primary_key=True)
    basket_id: Mapped[int] = mapped_column(ForeignKey("basket.id"), index=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id"))
    quantity: Mapped[int] = mapped_column(default=1)
    # The price asked when scanned (label price after markdown): what a cashier's
    # price cut is measured against.
    asked_price_ore: Mapped[int] = mapped_column(Ore, default=0, server_default="0")
    unit_price_ore: Mapped[int] = mapped_column(Ore)  # charged per unit, after any override
    # A line discount is a percentage or an amount (domain/pricing.Discount).
    discount_ore: Mapped[int] = mapped_column(Ore, default=0)
    discount_percent_bp: Mapped[int] = mapped_column(default=0, server_default="0")
    price_override_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    # A manager who approved a cut beyond the cashier's limit (logged too).
    approved_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Sale(Base):
    """A completed sale or return: one receipt, numbered without gaps per till."""

    __tablename__ = "sale"
    __table_args__ = (
        UniqueConstraint("till_id", "receipt_series", "receipt_number"),
        # A shop's sales of a day or a period (the sales export, SAF-T): found by
        # index, not by reading every sale the shop ever made (migration 0008).
        Index("ix_sale_shop_date", "shop_id", "business_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    shop_id: Mapped[int] = mapped_column(ForeignKey("shop.id"), index=True)
    till_id: Mapped[int] = mapped_column(ForeignKey("till.id"))
    cashier_user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    kind: Mapped[SaleKind] = mapped_column(enum_column(SaleKind))
    training: Mapped[bool] = mapped_column(default=False)
    receipt_series: Mapped[str] = mapped_column(String(16))  # "sale", "training", ...
    receipt_number: Mapped[int]
    business_date: Mapped[date] = mapped_column(index=True)  # Europe/Oslo date
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # Signed amounts: a return is negative. total = what the customer pays before
    # cash rounding; rounding is recorded on its own (N26).
    total_ore: Mapped[int] = mapped_column(Ore)
    vat_ore: Mapped[int] = mapped_column(Ore)
    discount_ore: Mapped[int] = mapped_column(Ore, default=0)
    rounding_ore: Mapped[int] = mapped_column(Ore, default=0)
    original_sale_id: Mapped[int | None] = mapped_column(ForeignKey("sale.id"))
    signature: Mapped[str | None] = mapped_column(Text)
    signature_key_version: Mapped[int | None]


class SaleLine(Base):
    """A line as it was sold: name, price and VAT are copied, not referenced."""

    __tablename__ = "sale_line"
    __table_args__ = (
        UniqueConstraint("sale_id", "line_number"),
        # A sold line can be returned once: the database refuses a second return line.
        Index("uq_sale_line_returned_line_id", "returned_line_id", unique=True),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    sale_id: Mapped[int] = mapped_column(ForeignKey("sale.id"))
    line_number: Mapped[int]
    item_id: Mapped[int | None] = mapped_column(ForeignKey("item.id"), index=True)
    barcode: Mapped[str] = mapped_column(String(14), default="")
    description: Mapped[str] = mapped_column(String(200))
    category_id: Mapped[int | None] = mapped_column(ForeignKey("category.id"))
    saft_article_group: Mapped[str] = mapped_column(String(5))
    quantity: Mapped[int]
    unit_price_ore: Mapped[int] = mapped_column(Ore)  # the price asked before discounts
    price_overridden: Mapped[bool] = mapped_column(default=False)
    discount_ore: Mapped[int] = mapped_column(Ore, default=0)
    line_total_ore: Mapped[int] = mapped_column(Ore)  # including VAT, after discounts
    vat_code: Mapped[str] = mapped_column(ForeignKey("vat_code.standard_code"))
    vat_rate_bp: Mapped[int]
    vat_base_ore: Mapped[int] = mapped_column(Ore)
    vat_ore: Mapped[int] = mapped_column(Ore)
    margin_scheme: Mapped[bool] = mapped_column(default=False)
    purchase_price_ore: Mapped[int | None] = mapped_column(Ore)
    returned_line_id: Mapped[int | None] = mapped_column(ForeignKey("sale_line.id"))


class Payment(Base):
    __tablename__ = "payment"

    id: Mapped[int] = mapped_column(primary_key=True)
    sale_id: Mapped[int] = mapped_column(ForeignKey("sale.id"), index=True)
    method: Mapped[PaymentMethod] = mapped_column(enum_column(PaymentMethod))
    saft_payment_code: Mapped[str] = mapped_column(String(5))  # code list 12xxx
    amount_ore: Mapped[int] = mapped_column(Ore)  # what this payment settles
    tendered_ore: Mapped[int | None] = mapped_column(Ore)  # cash handed over
    change_ore: Mapped[int] = mapped_column(Ore, default=0)
    reference: Mapped[str] = mapped_column(String(64), default="")  # card/Vipps reference


class VoucherKind(StrEnum):
    STORE_CREDIT = "store_credit"  # tilgodelapp, issued by a return
    GIFT_CARD = "gift_card"


class Voucher(Base):
    """A tilgodelapp or gift card: a code worth an amount in one shop.

    Never changed: the balance is the amount less its uses, so every krone spent
    is a row that can be traced to a sale.
    """

    __tablename__ = "voucher"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    shop_id: Mapped[int] = mapped_column(ForeignKey("shop.id"))
    kind: Mapped[VoucherKind] = mapped_column(enum_column(VoucherKind))
    training: Mapped[bool] = mapped_column(default=False)  # usable only in training sales
    amount_ore: Mapped[int] = mapped_column(Ore)
    issued_sale_id: Mapped[int | None] = mapped_column(ForeignKey("sale.id"))
    issued_by_user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class VoucherUse(Base):
    """Part of a voucher's value spent on a sale."""

    __tablename__ = "voucher_use"

    id: Mapped[int] = mapped_column(primary_key=True)
    voucher_id: Mapped[int] = mapped_column(ForeignKey("voucher.id"), index=True)
    sale_id: Mapped[int] = mapped_column(ForeignKey("sale.id"))
    amount_ore: Mapped[int] = mapped_column(Ore)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class ReceiptPrint(Base):
    """A receipt produced for a sale: the original, and at most one copy (N12, N13)."""

    __tablename__ = "receipt_print"
    __table_args__ = (UniqueConstraint("sale_id", "copy"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    sale_id: Mapped[int] = mapped_column(ForeignKey("sale.id"))
    copy: Mapped[bool]
    user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    produced_at: Mapped[datetime] = mapped_column(default=utcnow)
    channel: Mapped[str] = mapped_column(String(24))  # "escpos", "pdf", "system", "email"
