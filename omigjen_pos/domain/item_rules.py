"""What a valid item is, checked before anything is written.

Every problem is reported as InvalidInput naming the form field, so the
registration screen can mark the field and the CSV import can name the column.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from omigjen_pos.domain.barcodes import validate_manufacturer_ean
from omigjen_pos.domain.errors import InvalidInput
from omigjen_pos.domain.items import Condition, ItemKind, ItemSource
from omigjen_pos.domain.text import check_text

MAX_NAME = 200
MAX_PRICE_ORE = 10_000_000_00  # ten million kroner: anything above is a typing slip
MAX_WEIGHT_GRAMS = 10_000_000  # ten tonnes
MAX_QUANTITY = 1_000_000
_KILOGRAMS = re.compile(r"^(?P<whole>[0-9]{1,12})(?:[.,](?P<fraction>[0-9]{1,3}))?$")


@dataclass(frozen=True)
class ItemDraft:
    """An item as typed at the workbench or read from a CSV row, before it exists."""

    category_id: int
    name: str
    price_ore: int
    source: ItemSource
    kind: ItemKind = ItemKind.UNIQUE
    condition: Condition | None = Condition.GOOD
    description: str = ""
    purchase_price_ore: int | None = None
    weight_grams: int | None = None
    shelf: str = ""
    notes: str = ""
    quantity: int = 1
    manufacturer_barcode: str | None = None  # stock articles only
    intake_date: date | None = None  # None: today


def parse_kilograms(text: str, field: str = "weight") -> int | None:
    """``1,5`` -> 1500 g; ``1 250`` -> 1 250 000 g; empty -> None."""
    cleaned = text.strip().replace("\u00a0", "").replace(" ", "")
    cleaned = re.sub(r"kg$", "", cleaned, flags=re.IGNORECASE)
    if not cleaned:
        return None
    match = _KILOGRAMS.match(cleaned)
    if not match:
        raise InvalidInput(field, text, "not a weight in kilograms")
    grams = int(match["whole"]) * 1000 + int((match["fraction"] or "0").ljust(3, "0"))
    if grams > MAX_WEIGHT_GRAMS:
        raise InvalidInput(field, text, "heavier than ten tonnes")
    return grams


def check_draft(draft: ItemDraft) -> ItemDraft:
    """Return the draft made consistent, or raise InvalidInput for the first bad field."""
    name = check_text("name", " ".join(draft.name.split()), MAX_NAME)
    if not name:
        raise InvalidInput("name", draft.name, "a name is needed")
    _check_money("price", draft.price_ore)
    purchase = draft.purchase_price_ore
    if draft.source is ItemSource.BOUGHT_PRIVATE:
        if purchase is None:
            raise InvalidInput(
                "purchase_price", "", "needed for goods bought from a private person"
            )
        _check_money("purchase_price", purchase)
    else:
        purchase = None  # only purchases from private sellers use the margin scheme
    if draft.weight_grams is not None and not 0 <= draft.weight_grams <= MAX_WEIGHT_GRAMS:
        raise InvalidInput("weight", str(draft.weight_grams), "outside 0 to ten tonnes")
    barcode = draft.manufacturer_barcode or None
    if draft.kind is ItemKind.UNIQUE:
        if barcode:
            raise InvalidInput("barcode", barcode, "unique items get an in-store barcode")
        quantity, condition = 1, draft.condition or Condition.GOOD
    else:
        if not 0 <= draft.quantity <= MAX_QUANTITY:
            raise InvalidInput("quantity", str(draft.quantity), "outside 0 to a million")
        quantity, condition = draft.quantity, draft.condition
        barcode = validate_manufacturer_ean(barcode) if barcode else None
    return replace(
        draft,
        name=name,
        purchase_price_ore=purchase,
        quantity=quantity,
        condition=condition,
        manufacturer_barcode=barcode,
        description=check_text("description", draft.description, lines_allowed=True),
        shelf=check_text("shelf", draft.shelf)[:40],
        notes=check_text("notes", draft.notes, lines_allowed=True),
    )


def _check_money(field: str, ore: int) -> None:
    if not 0 <= ore <= MAX_PRICE_ORE:
        raise InvalidInput(field, str(ore), "between 0 and ten million kroner")
