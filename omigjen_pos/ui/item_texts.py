"""Translated names for item enums, shared by every screen that shows items."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from omigjen_pos.domain.items import Condition, ItemSource, ItemStatus

translate = QCoreApplication.translate


def condition_text(condition: Condition | None) -> str:
    return {
        Condition.AS_NEW: translate("ItemTexts", "As new"),
        Condition.GOOD: translate("ItemTexts", "Good"),
        Condition.FAIR: translate("ItemTexts", "Fair"),
        Condition.FOR_PARTS: translate("ItemTexts", "For parts"),
    }.get(condition, "")


def source_text(source: ItemSource) -> str:
    return {
        ItemSource.DONATION: translate("ItemTexts", "Donation"),
        ItemSource.BOUGHT_PRIVATE: translate("ItemTexts", "Bought from a private person"),
        ItemSource.REPAIRED: translate("ItemTexts", "Repaired in-house"),
        ItemSource.CONSIGNMENT: translate("ItemTexts", "Consignment"),
        ItemSource.NEW_GOODS: translate("ItemTexts", "New goods"),
    }[source]


def status_text(status: ItemStatus) -> str:
    return {
        ItemStatus.REGISTERED: translate("ItemTexts", "Registered"),
        ItemStatus.IN_STOCK: translate("ItemTexts", "In stock"),
        ItemStatus.SOLD: translate("ItemTexts", "Sold"),
        ItemStatus.RETURNED: translate("ItemTexts", "Returned"),
        ItemStatus.DISPOSED: translate("ItemTexts", "Disposed"),
        ItemStatus.RECYCLED: translate("ItemTexts", "Recycled"),
    }[status]


def field_text(field: str) -> str:
    """The form label a domain error's field name belongs to."""
    return {
        "category": translate("ItemTexts", "Category"),
        "name": translate("ItemTexts", "Name"),
        "price": translate("ItemTexts", "Price"),
        "purchase_price": translate("ItemTexts", "Purchase price"),
        "weight": translate("ItemTexts", "Weight"),
        "quantity": translate("ItemTexts", "Quantity"),
        "barcode": translate("ItemTexts", "Barcode"),
        "reason": translate("ItemTexts", "Reason"),
        "discount": translate("ItemTexts", "Discount"),
        "receipt": translate("ItemTexts", "Receipt"),
        "voucher": translate("ItemTexts", "Voucher"),
        "amount": translate("ItemTexts", "Amount"),
        "lines": translate("ItemTexts", "Lines"),
        "refund": translate("ItemTexts", "Refund"),
        "description": translate("ItemTexts", "Description"),
        "shelf": translate("ItemTexts", "Shelf"),
        "notes": translate("ItemTexts", "Notes"),
        "card": translate("ItemTexts", "Card"),
        "vipps": translate("ItemTexts", "Vipps"),
        "cash": translate("ItemTexts", "Cash"),
        "reference": translate("ItemTexts", "Reference"),
        "counted_cash": translate("ItemTexts", "Counted cash"),
        "text": translate("ItemTexts", "Text"),
    }.get(field, field)
