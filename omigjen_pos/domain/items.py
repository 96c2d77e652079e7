"""What an item is and how its life goes: the kinds, sources, grades and states."""

from __future__ import annotations

from enum import StrEnum


class ItemKind(StrEnum):
    UNIQUE = "unique"  # one reused thing, quantity one, with a life cycle
    STOCK = "stock"  # counted article: spare parts, bags, new goods


class ItemSource(StrEnum):
    DONATION = "donation"
    BOUGHT_PRIVATE = "bought_private"  # bought from a private person: margin scheme
    REPAIRED = "repaired"  # repaired in-house
    CONSIGNMENT = "consignment"
    NEW_GOODS = "new_goods"


class Condition(StrEnum):
    AS_NEW = "as_new"
    GOOD = "good"
    FAIR = "fair"
    FOR_PARTS = "for_parts"


class ItemStatus(StrEnum):
    REGISTERED = "registered"  # entered, not yet on the shelf
    IN_STOCK = "in_stock"
    SOLD = "sold"
    RETURNED = "returned"  # came back from a customer, awaiting a look before restocking
    DISPOSED = "disposed"
    RECYCLED = "recycled"


# The life cycle of a unique item; stock articles stay IN_STOCK and count quantity.
_NEXT_STATUSES: dict[ItemStatus, frozenset[ItemStatus]] = {
    ItemStatus.REGISTERED: frozenset(
        {ItemStatus.IN_STOCK, ItemStatus.DISPOSED, ItemStatus.RECYCLED}
    ),
    ItemStatus.IN_STOCK: frozenset({ItemStatus.SOLD, ItemStatus.DISPOSED, ItemStatus.RECYCLED}),
    ItemStatus.SOLD: frozenset({ItemStatus.RETURNED}),
    ItemStatus.RETURNED: frozenset({ItemStatus.IN_STOCK, ItemStatus.DISPOSED, ItemStatus.RECYCLED}),
    ItemStatus.DISPOSED: frozenset(),
    ItemStatus.RECYCLED: frozenset(),
}


def may_change_status(current: ItemStatus, new: ItemStatus) -> bool:
    return new in _NEXT_STATUSES[current]


def margin_scheme_applies(source: ItemSource) -> bool:
    """Margin scheme (mval. §§ 4-5, 4-6) covers used goods bought from private
    sellers; it never covers donations (N24)."""
    return source is ItemSource.BOUGHT_PRIVATE
