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
    unit_price_ore: int  # what the line charges per unit (after markdown)
    list_price_ore: int  # the label price
    total_ore: int  # after discounts, VAT included

    @property
    def marked_down(self) -> bool:
        return self.unit_price_ore < self.list_price_ore


@dataclass(frozen=True)
class BasketView:
    id: int
    uuid: str
    till_code: str
    training: bool
    lines: tuple[BasketLineView, ...]
    total_ore: int
    vat_ore: int


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
