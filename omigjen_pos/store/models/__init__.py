"""All models, imported here so ``Base.metadata`` knows every table."""

from omigjen_pos.store.models.base import Base
from omigjen_pos.store.models.cash import CashMovement, CashMovementKind, ZReport
from omigjen_pos.store.models.catalogue import Category, Item, MarkdownRuleRow, VatCodeRow
from omigjen_pos.store.models.centre import Centre, Shop, SigningKey, Till, User, UserRole
from omigjen_pos.store.models.journal import JournalEntry, SequenceCounter
from omigjen_pos.store.models.sales import (
    Basket,
    BasketLine,
    BasketState,
    Payment,
    PaymentMethod,
    ReceiptPrint,
    Sale,
    SaleKind,
    SaleLine,
    Voucher,
    VoucherKind,
    VoucherUse,
)

__all__ = [
    "Base",
    "Basket",
    "BasketLine",
    "BasketState",
    "CashMovement",
    "CashMovementKind",
    "Category",
    "Centre",
    "Item",
    "JournalEntry",
    "MarkdownRuleRow",
    "Payment",
    "PaymentMethod",
    "ReceiptPrint",
    "Sale",
    "SaleKind",
    "SaleLine",
    "SequenceCounter",
    "Shop",
    "SigningKey",
    "Till",
    "User",
    "UserRole",
    "VatCodeRow",
    "Voucher",
    "VoucherKind",
    "VoucherUse",
    "ZReport",
]
