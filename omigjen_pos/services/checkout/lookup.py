"""Finding items at the till without scanning them into the sale.

``find_sellable`` is the manual search (an item whose label will not scan);
``look_up_price`` is the price check a customer asks for, which the law counts
(N6) and journals (N17, event 13022).
"""

from __future__ import annotations

from omigjen_pos.domain.items import ItemStatus
from omigjen_pos.domain.journal_events import EventType
from omigjen_pos.domain.money import format_kr
from omigjen_pos.domain.roles import Action
from omigjen_pos.services.actors import Actor
from omigjen_pos.services.inventory.rows import ItemRow
from omigjen_pos.services.inventory.search import (
    ItemQuery,
    fetch_item_rows,
    find_item_ids,
    item_by_barcode,
)
from omigjen_pos.services.journal import record_by
from omigjen_pos.store.database import Store

SEARCH_LIMIT = 50


def find_sellable(
    store: Store, actor: Actor, text: str, limit: int = SEARCH_LIMIT
) -> list[ItemRow]:
    """Items of the actor's shop in stock whose name, description or barcode
    holds every typed word, by name; at most ``limit``."""
    actor.require(Action.SELL)
    if not text.strip():
        return []
    ids = find_item_ids(store, actor, ItemQuery(text=text, status=ItemStatus.IN_STOCK), limit=limit)
    return fetch_item_rows(store, ids)


def look_up_price(store: Store, actor: Actor, barcode: str) -> ItemRow:
    """The item and today's price, journaled as a price look-up."""
    actor.require(Action.SELL)
    row = item_by_barcode(store, actor, barcode)
    with store.writing() as session:
        record_by(
            session,
            actor,
            EventType.PRICE_LOOKUP,
            f"Prisundersøkelse: {row.name} ({row.barcode}) {format_kr(row.price_ore)}",
            payload={"barcode": row.barcode, "price_ore": row.price_ore},
        )
    return row
