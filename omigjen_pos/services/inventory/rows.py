"""Items as the screens and exports see them: plain rows with today's price."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Row, bindparam, select
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


# Read at every scan: built once, run on the session's connection (Core).
_RULES = select(
    MarkdownRuleRow.shop_id,
    MarkdownRuleRow.basis,
    MarkdownRuleRow.percent_bp,
    MarkdownRuleRow.min_days,
    MarkdownRuleRow.tag_colour,
).where(MarkdownRuleRow.shop_id.in_(bindparam("shop_ids", expanding=True)))


def shop_markdown_rules(session: Session, shop_ids: Sequence[int]) -> dict[int, list[MarkdownRule]]:
    rules: dict[int, list[MarkdownRule]] = defaultdict(list)
    rows = session.connection().execute(_RULES, {"shop_ids": list(shop_ids)})
    for shop_id, basis, percent_bp, min_days, tag_colour in rows:
        rules[shop_id].append(MarkdownRule(basis, percent_bp, min_days, tag_colour))
    return rules


# What a row needs of an item: plain columns, no ORM object to build and track
# (the stock list fetches a window of 200 rows at a time, the till one per scan).
_ITEM_COLUMNS = tuple(
    getattr(Item, name)
    for name in (
        "id",
        "shop_id",
        "kind",
        "barcode",
        "name",
        "description",
        "category_id",
        "condition",
        "status",
        "source",
        "price_ore",
        "purchase_price_ore",
        "margin_scheme",
        "quantity",
        "weight_grams",
        "intake_date",
        "tag_colour",
        "shelf",
        "notes",
        "reserved_basket_id",
    )
)


def load_item_rows(session: Session, item_ids: Sequence[int], today: date) -> list[ItemRow]:
    """Rows for ``item_ids``, in the order given (the lazy table asks by window)."""
    if not item_ids:
        return []
    found = session.execute(
        select(
            *_ITEM_COLUMNS,
            Shop.code.label("shop_code"),
            Shop.name.label("shop_name"),
            Category.name_nb.label("category_name"),
        )
        .join(Shop, Item.shop_id == Shop.id)
        .join(Category, Item.category_id == Category.id)
        .where(Item.id.in_(item_ids))
    ).all()
    rules = shop_markdown_rules(session, sorted({row.shop_id for row in found}))
    by_id = {
        row.id: to_row(
            row, row.shop_code, row.shop_name, row.category_name, rules.get(row.shop_id, []), today
        )
        for row in found
    }
    return [by_id[i] for i in item_ids if i in by_id]


def to_row(
    item: Item | Row,
    shop_code: str,
    shop_name: str,
    category_name: str,
    rules: Sequence[MarkdownRule],
    today: date,
) -> ItemRow:
    charged, markdown = todays_price(item, rules, today)
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


def todays_price(item: Item | Row, rules: Sequence[MarkdownRule], today: date) -> tuple[int, int]:
    """(what the till charges today, the markdown in basis points): markdowns
    apply to unique items in stock; a stock article keeps its price."""
    if item.kind is ItemKind.UNIQUE and item.status is ItemStatus.IN_STOCK:
        price = current_price(item.price_ore, item.intake_date, item.tag_colour, rules, today)
        return price.price_ore, price.markdown_bp
    return item.price_ore, 0
