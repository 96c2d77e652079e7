"""What the till screen shows: plain rows, no live database objects."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class BasketLineView:
    id: int
    item_id: int
    barcode: str
    name: str
    quantity: int
    unit_price_ore: int  # what the line charges per unit (after markdown or override)
    list_price_ore: int  # the label price
    total_ore: int  # after discounts, VAT included
    asked_price_ore: int = 0  # per unit when scanned: the label price after markdown
    discount_ore: int = 0  # the line's own discount and its share of the basket's
    stock_article: bool = False  # counted article: takes a quantity
    price_overridden: bool = False

    @property
    def marked_down(self) -> bool:
        return self.asked_price_ore < self.list_price_ore


@dataclass(frozen=True)
class BasketView:
    id: int
    uuid: str
    till_code: str
    training: bool
    lines: tuple[BasketLineView, ...]
    total_ore: int
    vat_ore: int
    discount_ore: int = 0  # every line and basket discount together
    basket_discount_ore: int = 0  # the basket discount alone


@dataclass(frozen=True)
class SaleSummary:
    sale_id: int
    uuid: str
    receipt_number: int
    till_code: str
    created_at: datetime
    total_ore: int
    vat_ore: int
    rounding_ore: int
    change_ore: int
    training: bool
    is_return: bool = False
    voucher_code: str = ""  # a tilgodelapp issued by a return refunded as store credit
