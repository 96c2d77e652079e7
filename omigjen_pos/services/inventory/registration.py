"""Registering items at the workbench: validate, number, record, all or nothing."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from omigjen_pos.domain.barcodes import in_store_ean13
from omigjen_pos.domain.business_day import business_date
from omigjen_pos.domain.errors import InvalidInput, NotFound
from omigjen_pos.domain.item_rules import ItemDraft, check_draft
from omigjen_pos.domain.items import ItemKind, ItemStatus, margin_scheme_applies
from omigjen_pos.domain.journal_events import EventType
from omigjen_pos.domain.markdowns import tag_colour_for
from omigjen_pos.domain.money import format_kr
from omigjen_pos.domain.roles import Action
from omigjen_pos.services.actors import Actor
from omigjen_pos.services.counters import draw_numbers, shop_barcode_counter
from omigjen_pos.services.inventory.rows import ItemRow, shop_markdown_rules, to_row
from omigjen_pos.services.journal import record_by
from omigjen_pos.store.database import Store
from omigjen_pos.store.models import Category, Item, Shop
from omigjen_pos.store.types import utcnow


@dataclass(frozen=True)
class CategoryOption:
    id: int
    code: str
    name_nb: str
    name_en: str


def list_categories(store: Store) -> list[CategoryOption]:
    with store.reading() as session:
        rows = session.scalars(select(Category).where(Category.active).order_by(Category.name_nb))
        return [CategoryOption(c.id, c.code, c.name_nb, c.name_en) for c in rows]


def register_item(
    store: Store, actor: Actor, draft: ItemDraft, today: date | None = None
) -> ItemRow:
    """Check the draft, give it a barcode and store it with its journal entry.

    Raises InvalidInput naming the bad field; then nothing is written.
    """
    actor.require(Action.REGISTER_ITEMS)
    clean = check_draft(draft)
    today = today or business_date(utcnow())
    with store.writing() as session:
        shop = session.get(Shop, actor.shop_id)
        category = session.get(Category, clean.category_id)
        if shop is None or category is None or not category.active:
            raise NotFound("category", clean.category_id)
        item = _new_item(session, shop, actor, clean, today)
        session.add(item)
        session.flush()
        _journal_registration(session, actor, item)
        rules = shop_markdown_rules(session, [shop.id]).get(shop.id, [])
        return to_row(item, shop.code, shop.name, category.name_nb, rules, today)


def register_items(
    store: Store,
    actor: Actor,
    drafts: Sequence[ItemDraft],
    today: date | None = None,
    origin: str | None = None,
) -> list[ItemRow]:
    """Register several items in one transaction: all of them or none (a CSV import).

    Each item gets its barcode and its own journal entry as register_item gives
    them; ``origin`` (the import file's name) is added to each entry. The
    in-store serials are drawn in one go. Raises InvalidInput or NotFound for the
    first bad draft; then nothing is written.
    """
    actor.require(Action.REGISTER_ITEMS)
    clean = [check_draft(draft) for draft in drafts]
    seen: set[str] = set()
    for draft in clean:
        if draft.manufacturer_barcode in seen:
            raise InvalidInput("barcode", draft.manufacturer_barcode, "given twice")
        if draft.manufacturer_barcode:
            seen.add(draft.manufacturer_barcode)
    if not clean:
        return []
    today = today or business_date(utcnow())
    with store.writing() as session:
        shop = session.get(Shop, actor.shop_id)
        wanted = {draft.category_id for draft in clean}
        categories = {
            c.id: c
            for c in session.scalars(
                select(Category).where(Category.id.in_(wanted), Category.active)
            )
        }
        missing = sorted(wanted - categories.keys())
        if shop is None or missing:
            raise NotFound("category", missing[0] if missing else None)
        needed = sum(1 for draft in clean if not draft.manufacturer_barcode)
        serials = iter(
            draw_numbers(session, shop_barcode_counter(shop.id), needed) if needed else ()
        )
        items = [
            _new_item(
                session,
                shop,
                actor,
                draft,
                today,
                None if draft.manufacturer_barcode else next(serials),
            )
            for draft in clean
        ]
        session.add_all(items)
        session.flush()
        for item in items:
            _journal_registration(session, actor, item, origin)
        rules = shop_markdown_rules(session, [shop.id]).get(shop.id, [])
        return [
            to_row(item, shop.code, shop.name, categories[item.category_id].name_nb, rules, today)
            for item in items
        ]


def _journal_registration(
    session: Session, actor: Actor, item: Item, origin: str | None = None
) -> None:
    summary = f"Registrert {item.barcode} «{item.name}» til {format_kr(item.price_ore)}"
    payload = {
        "item_id": item.id,
        "barcode": item.barcode,
        "name": item.name,
        "price_ore": item.price_ore,
        "source": item.source.value,
    }
    if origin is not None:
        summary += f" (import fra {origin})"
        payload["origin"] = origin
    record_by(session, actor, EventType.ITEM_REGISTERED, summary, payload=payload)


def _new_item(
    session: Session,
    shop: Shop,
    actor: Actor,
    draft: ItemDraft,
    today: date,
    serial: int | None = None,
) -> Item:
    """An unsaved item; ``serial`` is an in-store serial already drawn (else one is drawn)."""
    if draft.manufacturer_barcode:
        _refuse_barcode_in_use(session, shop.id, draft.manufacturer_barcode)
        barcode = draft.manufacturer_barcode
    else:
        if serial is None:
            serial = draw_numbers(session, shop_barcode_counter(shop.id))[0]
        barcode = in_store_ean13(shop.barcode_number, serial)
    intake = draft.intake_date or today
    unique = draft.kind is ItemKind.UNIQUE
    return Item(
        shop_id=shop.id,
        kind=draft.kind,
        barcode=barcode,
        name=draft.name,
        description=draft.description,
        category_id=draft.category_id,
        condition=draft.condition,
        price_ore=draft.price_ore,
        purchase_price_ore=draft.purchase_price_ore,
        # The margin scheme needs a VAT-registered seller and goods bought from a private person.
        margin_scheme=shop.vat_registered and margin_scheme_applies(draft.source),
        source=draft.source,
        weight_grams=draft.weight_grams,
        intake_date=intake,
        tag_colour=tag_colour_for(intake) if unique else None,
        shelf=draft.shelf,
        notes=draft.notes,
        status=ItemStatus.IN_STOCK,
        quantity=draft.quantity,
        registered_by_user_id=actor.user_id,
    )


def _refuse_barcode_in_use(session: Session, shop_id: int, barcode: str) -> None:
    taken = session.scalar(
        select(Item.name).where(Item.shop_id == shop_id, Item.barcode == barcode)
    )
    if taken is not None:
        raise InvalidInput("barcode", barcode, f"already used by «{taken}» in this shop")
