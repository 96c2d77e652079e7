"""Items as the screens and exports see them: plain rows with today's price."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from omigjen_pos.domain.items import Condition, ItemKind, ItemSource, ItemStatus
from omigjen_pos.domain.markdowns import MarkdownRule, current_price
from omigjen_pos.store.models import Category, Item, MarkdownRuleRow, Shop


@dataclass(frozen=True)
class ItemRow:
    id: int
    shop_id: int
    shop_code: str
    shop_name: str
    kind: ItemKind
    barcode: str
    name: str
    description: str
    category_id: int
    category_name: str
    condition: Condition | None
    status: ItemStatus
    source: ItemSource
    list_price_ore: int  # the price on the label
    price_ore: int  # what the till charges today, after any markdown
    markdown_bp: int
    purchase_price_ore: int | None
    margin_scheme: bool
    quantity: int
    weight_grams: int | None
    intake_date: date
    tag_colour: str | None
    shelf: str
    notes: str
    reserved: bool


def shop_markdown_rules(session: Session, shop_ids: Sequence[int]) -> dict[int, list[MarkdownRule]]:
    rules: dict[int, list[MarkdownRule]] = defaultdict(list)
    rows = session.scalars(select(MarkdownRuleRow).where(MarkdownRuleRow.shop_id.in_(shop_ids)))
    for row in rows:
        rules[row.shop_id].append(
            MarkdownRule(row.basis, row.percent_bp, row.min_days, row.tag_colour)
        )
    return rules


def load_item_rows(session: Session, item_ids: Sequence[int], today: date) -> list[ItemRow]:
    """Rows for ``item_ids``, in the order given (the lazy table asks by window)."""
    if not item_ids:
        return []
    found = session.execute(
        select(Item, Shop.code, Shop.name, Category.name_nb)
        .join(Shop, Item.shop_id == Shop.id)
        .join(Category, Item.category_id == Category.id)
        .where(Item.id.in_(item_ids))
    ).all()
    rules = shop_markdown_rules(session, sorted({item.shop_id for item, *_ in found}))
    by_id = {
        item.id: to_row(item, code, name, category, rules.get(item.shop_id, []), today)
        for item, code, name, category in found
    }
    return [by_id[i] for i in item_ids if i in by_id]


def to_row(
    item: Item,
    shop_code: str,
    shop_name: str,
    category_name: str,
    rules: Sequence[MarkdownRule],
    today: date,
) -> ItemRow:
    if item.kind is ItemKind.UNIQUE and item.status is ItemStatus.IN_STOCK:
        price = current_price(item.price_ore, item.intake_date, item.tag_colour, rules, today)
        charged, markdown = price.price_ore, price.markdown_bp
    else:
        charged, markdown = item.price_ore, 0
    return ItemRow(
        id=item.id,
        shop_id=item.shop_id,
        shop_code=shop_code,
        shop_name=shop_name,
        kind=item.kind,
        barcode=item.barcode,
        name=item.name,
        description=item.description,
        category_id=item.category_id,
        category_name=category_name,
        condition=item.condition,
        status=item.status,
        source=item.source,
        list_price_ore=item.price_ore,
        price_ore=charged,
        markdown_bp=markdown,
        purchase_price_ore=item.purchase_price_ore,
        margin_scheme=item.margin_scheme,
        quantity=item.quantity,
        weight_grams=item.weight_grams,
        intake_date=item.intake_date,
        tag_colour=item.tag_colour,
        shelf=item.shelf,
        notes=item.notes,
        reserved=item.reserved_basket_id is not None,
    )
