"""Labels for items: what goes on them, and the PDF they become.

Label text is Norwegian whatever the interface language: the customers reading
it are in a Norwegian shop.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import select

from omigjen_pos.domain.errors import NotFound
from omigjen_pos.domain.items import Condition, ItemStatus
from omigjen_pos.domain.markdowns import intake_week_text
from omigjen_pos.printing.labels import LabelDocument, LabelLayout, render_labels_pdf
from omigjen_pos.services.inventory.rows import ItemRow
from omigjen_pos.services.inventory.search import fetch_item_rows
from omigjen_pos.store.database import Store
from omigjen_pos.store.models import Item, Shop

# Spelled out beside the swatch: a black-and-white thermal printer loses the colour.
COLOUR_ON_LABEL = {
    "blue": "Blå",
    "green": "Grønn",
    "yellow": "Gul",
    "red": "Rød",
    "orange": "Oransje",
    "purple": "Lilla",
    "white": "Hvit",
}

CONDITION_ON_LABEL = {
    Condition.AS_NEW: "Som ny",
    Condition.GOOD: "Pent brukt",
    Condition.FAIR: "Brukt",
    Condition.FOR_PARTS: "For deler",
}


def label_for(row: ItemRow) -> LabelDocument:
    """The label of an item: list price (markdowns are applied at the till)."""
    return LabelDocument(
        shop_name=row.shop_name,
        item_name=row.name,
        price_ore=row.list_price_ore,
        barcode=row.barcode,
        condition=CONDITION_ON_LABEL.get(row.condition) if row.condition else None,
        tag_colour=row.tag_colour,
        tag_text=(
            f"{COLOUR_ON_LABEL[row.tag_colour]} · uke {intake_week_text(row.intake_date)}"
            if row.tag_colour
            else None
        ),
    )


def label_item_ids(store: Store, shop_code: str, barcodes: Sequence[str] | None) -> list[int]:
    """Items of the shop to label: the given barcodes in order, or every item in
    stock (by name). Raises NotFound for an unknown shop or barcode."""
    with store.reading() as session:
        shop_id = session.scalar(select(Shop.id).where(Shop.code == shop_code.upper()))
        if shop_id is None:
            raise NotFound("shop", shop_code)
        if barcodes is None:
            return list(
                session.scalars(
                    select(Item.id)
                    .where(Item.shop_id == shop_id, Item.status == ItemStatus.IN_STOCK)
                    .order_by(Item.name, Item.id)
                )
            )
        found = dict(
            session.execute(
                select(Item.barcode, Item.id).where(
                    Item.shop_id == shop_id, Item.barcode.in_(barcodes)
                )
            ).all()
        )
    missing = [b for b in barcodes if b not in found]
    if missing:
        raise NotFound("item", missing[0])
    return [found[b] for b in barcodes]


def write_labels_pdf(
    store: Store,
    item_ids: Sequence[int],
    layout: LabelLayout,
    output: BinaryIO | str | Path,
    start_position: int = 1,
    progress: Callable[[int, int], bool] | None = None,
    today: date | None = None,
) -> int:
    """Render the labels of ``item_ids`` (in that order); returns pages written."""
    rows = fetch_item_rows(store, item_ids, today)
    return render_labels_pdf([label_for(r) for r in rows], layout, output, start_position, progress)
