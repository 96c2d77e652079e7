"""Correcting stock: edits, disposal, quantity counts. Each change is journaled
with who, when, the old and the new value (N17); sold items cannot be edited."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy.orm import Session

from omigjen_pos.domain.errors import InvalidInput, InvalidState, NotFound
from omigjen_pos.domain.item_rules import MAX_NAME, MAX_PRICE_ORE, MAX_QUANTITY
from omigjen_pos.domain.items import Condition, ItemKind, ItemStatus, may_change_status
from omigjen_pos.domain.journal_events import EventType
from omigjen_pos.domain.money import format_kr
from omigjen_pos.domain.roles import Action
from omigjen_pos.services.actors import Actor
from omigjen_pos.services.journal import record_by
from omigjen_pos.store.database import Store
from omigjen_pos.store.models import Category, Item

_EDITABLE = (ItemStatus.REGISTERED, ItemStatus.IN_STOCK, ItemStatus.RETURNED)


class QuantityReason(StrEnum):
    COUNT = "count"  # stock-taking found a different number
    DAMAGE = "damage"
    FOUND = "found"
    RECEIVED = "received"  # a delivery of new goods


@dataclass(frozen=True)
class ItemEdit:
    """Fields to change; None leaves a field as it is."""

    name: str | None = None
    description: str | None = None
    price_ore: int | None = None
    condition: Condition | None = None
    category_id: int | None = None
    shelf: str | None = None
    notes: str | None = None


def _editable_item(session: Session, actor: Actor, item_id: int, action: str) -> Item:
    item = session.get(Item, item_id, with_for_update=True)
    if item is None or item.shop_id != actor.shop_id:
        raise NotFound("item", item_id)
    if item.status not in _EDITABLE:
        raise InvalidState("item", item.barcode, item.status.value, action)
    return item


def edit_item(store: Store, actor: Actor, item_id: int, edit: ItemEdit) -> list[str]:
    """Apply ``edit``; returns the names of the fields that changed."""
    actor.require(Action.EDIT_ITEMS)
    wanted = _checked(edit)
    with store.writing() as session:
        item = _editable_item(session, actor, item_id, "edited")
        if (
            wanted.get("category_id") is not None
            and session.get(Category, wanted["category_id"]) is None
        ):
            raise NotFound("category", wanted["category_id"])
        changed = []
        for field, new in wanted.items():
            old = getattr(item, field)
            if new is None or new == old:
                continue
            setattr(item, field, new)
            changed.append(field)
            is_price = field == "price_ore"
            summary = (
                f"Pris endret for {item.barcode}: {format_kr(old)} → {format_kr(new)}"
                if is_price
                else f"{field} endret for {item.barcode}"
            )
            record_by(
                session,
                actor,
                EventType.PRICE_CHANGE if is_price else EventType.MASTER_DATA_CHANGE,
                summary,
                payload={
                    "item_id": item.id,
                    "barcode": item.barcode,
                    "field": field,
                    "old": _plain(old),
                    "new": _plain(new),
                },
            )
        return changed


def _checked(edit: ItemEdit) -> dict[str, Any]:
    fields = asdict(edit)
    if edit.name is not None:
        name = " ".join(edit.name.split())
        if not name or len(name) > MAX_NAME:
            raise InvalidInput("name", edit.name, f"1 to {MAX_NAME} characters")
        fields["name"] = name
    if edit.price_ore is not None and not 0 <= edit.price_ore <= MAX_PRICE_ORE:
        raise InvalidInput("price", str(edit.price_ore), "between 0 and ten million kroner")
    return fields


def _plain(value: Any) -> Any:
    return value.value if isinstance(value, StrEnum) else value


def dispose_item(store: Store, actor: Actor, item_id: int, reason: str, recycled: bool) -> None:
    """Take an item out of stock for good: thrown away or sent to recycling."""
    actor.require(Action.EDIT_ITEMS)
    if not reason.strip():
        raise InvalidInput("reason", reason, "say why the item leaves the stock")
    new = ItemStatus.RECYCLED if recycled else ItemStatus.DISPOSED
    with store.writing() as session:
        item = _editable_item(session, actor, item_id, new.value)
        if item.reserved_basket_id is not None:
            raise InvalidState("item", item.barcode, "in a basket", new.value)
        if not may_change_status(item.status, new):
            raise InvalidState("item", item.barcode, item.status.value, new.value)
        old = item.status
        item.status = new
        record_by(
            session,
            actor,
            EventType.MASTER_DATA_CHANGE,
            f"{item.barcode} «{item.name}» {'resirkulert' if recycled else 'kassert'}: {reason}",
            payload={
                "item_id": item.id,
                "barcode": item.barcode,
                "field": "status",
                "old": old.value,
                "new": new.value,
                "reason": reason.strip(),
            },
        )


def adjust_quantity(
    store: Store, actor: Actor, item_id: int, delta: int, reason: QuantityReason, note: str = ""
) -> int:
    """Change a stock article's count; returns the new quantity (never below zero)."""
    actor.require(Action.EDIT_ITEMS)
    if delta == 0:
        raise InvalidInput("quantity", "0", "the change must not be zero")
    with store.writing() as session:
        item = _editable_item(session, actor, item_id, "counted")
        if item.kind is not ItemKind.STOCK:
            raise InvalidState("item", item.barcode, "a unique item", "counted")
        new = item.quantity + delta
        if not 0 <= new <= MAX_QUANTITY:
            raise InvalidInput("quantity", str(delta), f"would leave {new} in stock")
        old, item.quantity = item.quantity, new
        record_by(
            session,
            actor,
            EventType.MASTER_DATA_CHANGE,
            f"Antall for {item.barcode} endret {old} → {new} ({reason.value})",
            payload={
                "item_id": item.id,
                "barcode": item.barcode,
                "field": "quantity",
                "old": old,
                "new": new,
                "reason": reason.value,
                "note": note.strip(),
            },
        )
        return new
