"""Finding items: ids first (cheap, any size), rows later by window.

The stock screen keeps only the list of matching ids and asks for rows as they
scroll into view, so a shop with half a million items opens at once. Text search
finds every typed word anywhere in name, description or barcode ("lampe" finds
"Gulvlampe"), through the database's trigram index (revision 0002): FTS5 with
the trigram tokenizer on SQLite, pg_trgm on PostgreSQL. Words shorter than
three letters cannot use a trigram index and are matched by a plain scan.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import StrEnum

from sqlalchemy import Select, and_, select, text
from sqlalchemy.orm import Session
from sqlalchemy.sql import operators
from sqlalchemy.sql.expression import UnaryExpression

from omigjen_pos.domain.business_day import business_date
from omigjen_pos.domain.errors import InvalidInput, NotFound
from omigjen_pos.domain.items import Condition, ItemSource, ItemStatus
from omigjen_pos.domain.text import CONTROL_CHARACTERS, has_control_characters
from omigjen_pos.services.actors import Actor
from omigjen_pos.services.inventory.rows import ItemRow, load_item_rows
from omigjen_pos.store.database import Store
from omigjen_pos.store.models import Category, Item
from omigjen_pos.store.types import utcnow

_WORD = re.compile(r"[^\W_]+")  # letters and digits: nothing LIKE or FTS5 would read as syntax
_TRIGRAM = 3
_SEARCH_TEXT = Item.name + " " + Item.description + " " + Item.barcode


class SortKey(StrEnum):
    NAME = "name"
    PRICE = "price"
    INTAKE = "intake"
    BARCODE = "barcode"
    CATEGORY = "category"
    STATUS = "status"


_SORT_COLUMNS = {
    SortKey.NAME: Item.name,
    SortKey.PRICE: Item.price_ore,
    SortKey.INTAKE: Item.intake_date,
    SortKey.BARCODE: Item.barcode,
    SortKey.CATEGORY: Category.name_nb,
    SortKey.STATUS: Item.status,
}


@dataclass(frozen=True)
class ItemQuery:
    text: str = ""
    category_id: int | None = None
    status: ItemStatus | None = None
    condition: Condition | None = None
    source: ItemSource | None = None
    min_age_days: int | None = None  # on the shelf at least this long
    max_age_days: int | None = None
    centre_wide: bool = False  # every shop, not only the caller's
    sort: SortKey = SortKey.NAME
    descending: bool = False

    def with_text(self, typed: str) -> ItemQuery:
        return replace(self, text=typed)


def search_words(typed: str) -> list[str]:
    return _WORD.findall(typed.lower())[:8]


def _text_condition(session: Session, words: Sequence[str]):
    long_words = [w for w in words if len(w) >= _TRIGRAM]
    conditions = [_SEARCH_TEXT.ilike(f"%{w}%") for w in words if len(w) < _TRIGRAM]
    if long_words and session.get_bind().dialect.name == "postgresql":
        conditions += [_SEARCH_TEXT.ilike(f"%{w}%") for w in long_words]  # pg_trgm index
    elif long_words:
        phrase = " ".join(f'"{w}"' for w in long_words)  # each a substring, all required
        conditions.append(
            text("item.id IN (SELECT rowid FROM item_fts WHERE item_fts MATCH :fts)").bindparams(
                fts=phrase
            )
        )
    return and_(*conditions)


def _without_index(column):
    """``+column``: the same value, but the planner cannot use an index on it."""
    return UnaryExpression(column, operator=operators.custom_op("+"), type_=column.type)


def _filtered(session: Session, actor: Actor, query: ItemQuery, today: date) -> Select:
    statement = select(Item.id)
    words = search_words(query.text)
    shop_id, status = Item.shop_id, Item.status
    if any(len(w) >= _TRIGRAM for w in words):
        # Driven by the trigram index's matches: left to itself, the planner walks
        # the shop's (shop, status, name) index in name order and tests every
        # entry (SQLite probes the FTS matches, PostgreSQL, with a LIMIT, runs the
        # ILIKE), which grows with the shop's stock instead of with the matches.
        shop_id = _without_index(shop_id)
        if session.get_bind().dialect.name == "sqlite":
            status = _without_index(status)  # PostgreSQL has no unary + for text
    if query.sort is SortKey.CATEGORY:
        statement = statement.join(Category, Item.category_id == Category.id)
    if not query.centre_wide:
        statement = statement.where(shop_id == actor.shop_id)
    if words:
        statement = statement.where(_text_condition(session, words))
    if query.category_id is not None:
        statement = statement.where(Item.category_id == query.category_id)
    if query.status is not None:
        statement = statement.where(status == query.status)
    if query.condition is not None:
        statement = statement.where(Item.condition == query.condition)
    if query.source is not None:
        statement = statement.where(Item.source == query.source)
    if query.min_age_days is not None:
        statement = statement.where(Item.intake_date <= today - timedelta(days=query.min_age_days))
    if query.max_age_days is not None:
        statement = statement.where(Item.intake_date >= today - timedelta(days=query.max_age_days))
    column = _SORT_COLUMNS[query.sort]
    order = (column.desc(), Item.id.desc()) if query.descending else (column, Item.id)
    return statement.order_by(*order)


def find_item_ids(
    store: Store,
    actor: Actor,
    query: ItemQuery,
    today: date | None = None,
    limit: int | None = None,
) -> list[int]:
    """Ids of the matching items in display order. Any logged-in user may search."""
    with store.reading() as session:
        statement = _filtered(session, actor, query, today or business_date(utcnow()))
        if limit is not None:
            statement = statement.limit(limit)
        return list(session.scalars(statement))


def fetch_item_rows(
    store: Store, item_ids: Sequence[int], today: date | None = None
) -> list[ItemRow]:
    with store.reading() as session:
        return load_item_rows(session, item_ids, today or business_date(utcnow()))


def item_by_barcode(store: Store, actor: Actor, barcode: str, today: date | None = None) -> ItemRow:
    """The caller's shop's item with this barcode (a scan at the workbench or till)."""
    code = barcode.strip()
    if has_control_characters(code):  # no barcode has them; PostgreSQL refuses NUL
        raise InvalidInput("barcode", code, CONTROL_CHARACTERS)
    with store.reading() as session:
        item_id = session.scalar(
            select(Item.id).where(Item.shop_id == actor.shop_id, Item.barcode == code)
        )
        if item_id is None:
            raise NotFound("item", barcode)
        return load_item_rows(session, [item_id], today or business_date(utcnow()))[0]
