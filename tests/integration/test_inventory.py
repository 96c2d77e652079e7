"""Registering, finding and correcting items, on SQLite and PostgreSQL."""

import threading
from datetime import date, timedelta

import barcode as python_barcode
import pytest
from sqlalchemy import func, select

from omigjen_pos.domain.errors import InvalidInput, InvalidState, PermissionDenied
from omigjen_pos.domain.item_rules import ItemDraft
from omigjen_pos.domain.items import Condition, ItemKind, ItemSource, ItemStatus
from omigjen_pos.domain.journal_events import EventType
from omigjen_pos.domain.markdowns import MarkdownBasis, MarkdownRule, tag_colour_for
from omigjen_pos.services import users
from omigjen_pos.services.inventory.changes import (
    ItemEdit,
    QuantityReason,
    adjust_quantity,
    dispose_item,
    edit_item,
)
from omigjen_pos.services.inventory.markdown_rules import replace_markdown_rules
from omigjen_pos.services.inventory.registration import list_categories, register_item
from omigjen_pos.services.inventory.search import (
    ItemQuery,
    SortKey,
    fetch_item_rows,
    find_item_ids,
    item_by_barcode,
)
from omigjen_pos.store.models import Item, JournalEntry

TODAY = date(2026, 11, 27)


@pytest.fixture
def manager(store):
    return users.login(store, "BRUKT-1", 103, "1234")


@pytest.fixture
def category(store):
    return {c.code: c.id for c in list_categories(store)}


def draft(category, **changes) -> ItemDraft:
    base = dict(
        category_id=category["MOBLER"],
        name="Gulvlampe i messing",
        price_ore=34900,
        source=ItemSource.DONATION,
        condition=Condition.GOOD,
        weight_grams=4200,
    )
    return ItemDraft(**(base | changes))


def journal_count(store, event: EventType) -> int:
    with store.reading() as session:
        return session.scalar(
            select(func.count()).select_from(JournalEntry).where(JournalEntry.event_type == event)
        )


def test_a_registered_item_gets_a_scannable_in_store_barcode_and_a_journal_entry(
    store, manager, category
):
    row = register_item(store, manager, draft(category), today=TODAY)
    assert row.barcode.startswith("201")  # prefix 2, shop BRUKT = 01
    assert python_barcode.get("ean13", row.barcode[:12]).get_fullcode() == row.barcode
    assert (row.status, row.quantity, row.tag_colour) == (
        ItemStatus.IN_STOCK,
        1,
        tag_colour_for(TODAY),
    )
    assert journal_count(store, EventType.ITEM_REGISTERED) == 1
    assert item_by_barcode(store, manager, row.barcode).name == "Gulvlampe i messing"


def test_goods_bought_from_a_private_person_use_the_margin_scheme(store, manager, category):
    row = register_item(
        store, manager, draft(category, source=ItemSource.BOUGHT_PRIVATE, purchase_price_ore=10000)
    )
    assert row.margin_scheme and row.purchase_price_ore == 10000


def test_no_margin_scheme_in_a_shop_that_is_not_vat_registered(store, category):
    charity = users.login(store, "HJERTE-1", 302, "6666")
    row = register_item(
        store, charity, draft(category, source=ItemSource.BOUGHT_PRIVATE, purchase_price_ore=10000)
    )
    assert not row.margin_scheme


def test_an_invalid_draft_writes_nothing(store, manager, category):
    with store.reading() as session:
        before = session.scalar(select(func.count()).select_from(Item))
    with pytest.raises(InvalidInput):
        register_item(store, manager, draft(category, name=" "))
    with store.reading() as session:
        assert session.scalar(select(func.count()).select_from(Item)) == before


def test_a_cashier_may_not_register_items(store, category):
    cashier = users.login(store, "BRUKT-1", 101, "1111")
    with pytest.raises(PermissionDenied):
        register_item(store, cashier, draft(category))


def test_a_manufacturer_barcode_is_kept_and_may_not_be_used_twice_in_a_shop(
    store, manager, category
):
    stock = dict(
        kind=ItemKind.STOCK,
        source=ItemSource.NEW_GOODS,
        quantity=30,
        manufacturer_barcode="7038010009457",
        name='Sykkelslange 28"',
    )
    assert register_item(store, manager, draft(category, **stock)).barcode == "7038010009457"
    with pytest.raises(InvalidInput, match="already used"):
        register_item(store, manager, draft(category, **stock))


def test_two_tills_registering_at_once_never_share_a_barcode(store, category):
    tills = [users.login(store, code, 103, "1234") for code in ("BRUKT-1", "BRUKT-2")]
    made: list[str] = []
    errors: list[Exception] = []

    def register_many(actor) -> None:
        try:
            for n in range(15):
                made.append(register_item(store, actor, draft(category, name=f"Stol {n}")).barcode)
        except Exception as exc:  # collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=register_many, args=(t,)) for t in tills * 2]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(made) == len(set(made)) == 60


def test_search_finds_every_word_anywhere_even_inside_compound_words(store, manager, category):
    lamp = register_item(store, manager, draft(category, name="Gulvlampe i messing"))
    table_lamp = register_item(store, manager, draft(category, name="Bordlampe med skjerm"))
    register_item(
        store,
        manager,
        draft(category, name="Blåbærsyltetøy-glass", category_id=category["KJOKKEN"]),
    )
    find = lambda typed: find_item_ids(store, manager, ItemQuery(text=typed))  # noqa: E731
    assert find("gulvl") == [lamp.id]
    assert {lamp.id, table_lamp.id} <= set(find("lampe"))  # inside compound words
    assert find("gulv mess") == [lamp.id]
    assert find("Mess GULV") == [lamp.id]
    assert len(find("syltetøy")) == 1
    assert find("i lampe mes") == [lamp.id]  # a short word is matched too
    assert find(lamp.barcode) == [lamp.id]
    assert find(lamp.barcode[-6:]) == [lamp.id]
    assert find("finnesikke") == []
    assert len(find('lampe" OR "x')) == 0  # typed quotes are not query syntax


def test_centre_wide_search_shows_which_shop_holds_each_hit(store, manager, category):
    register_item(store, manager, draft(category, name="Stålampe Hjerterom-test"))
    charity = users.login(store, "HJERTE-1", 302, "6666")
    register_item(store, charity, draft(category, name="Stålampe Hjerterom-test"))
    only_mine = find_item_ids(store, manager, ItemQuery(text="stålampe hjerterom"))
    everywhere = find_item_ids(
        store, manager, ItemQuery(text="stålampe hjerterom", centre_wide=True)
    )
    assert len(only_mine) == 1 and len(everywhere) == 2
    assert {r.shop_code for r in fetch_item_rows(store, everywhere)} == {"BRUKT", "HJERTE"}


def test_filters_and_sorting(store, manager, category):
    old = register_item(
        store,
        manager,
        draft(category, name="Aaa gammel", price_ore=100, intake_date=TODAY - timedelta(days=90)),
        today=TODAY,
    )
    new = register_item(store, manager, draft(category, name="Aaa ny", price_ore=200), today=TODAY)
    query = ItemQuery(text="aaa")
    assert find_item_ids(store, manager, query, today=TODAY) == [old.id, new.id]
    by_price_desc = ItemQuery(text="aaa", sort=SortKey.PRICE, descending=True)
    assert find_item_ids(store, manager, by_price_desc, today=TODAY) == [new.id, old.id]
    aged = ItemQuery(text="aaa", min_age_days=60)
    assert find_item_ids(store, manager, aged, today=TODAY) == [old.id]
    fresh = ItemQuery(text="aaa", max_age_days=10)
    assert find_item_ids(store, manager, fresh, today=TODAY) == [new.id]
    assert find_item_ids(store, manager, ItemQuery(text="aaa", category_id=category["BOKER"])) == []


def test_a_price_edit_is_journaled_with_old_and_new_value(store, manager, category):
    row = register_item(store, manager, draft(category))
    assert edit_item(store, manager, row.id, ItemEdit(price_ore=29900, name=row.name)) == [
        "price_ore"
    ]
    with store.reading() as session:
        entry = session.scalars(
            select(JournalEntry).where(JournalEntry.event_type == EventType.PRICE_CHANGE)
        ).one()
    assert entry.saft_event_code == "13021" and entry.user_id == manager.user_id
    assert '"old": 34900' in entry.payload_json and '"new": 29900' in entry.payload_json


def test_an_edited_description_is_found_by_search(store, manager, category):
    row = register_item(store, manager, draft(category))
    edit_item(store, manager, row.id, ItemEdit(description="Art deco, nytt ledningsnett"))
    assert find_item_ids(store, manager, ItemQuery(text="ledningsnett")) == [row.id]


def test_sold_or_disposed_items_cannot_be_edited(store, manager, category):
    row = register_item(store, manager, draft(category))
    with pytest.raises(InvalidInput, match="reason"):
        dispose_item(store, manager, row.id, "  ", recycled=False)
    dispose_item(store, manager, row.id, "Knust glass", recycled=True)
    assert item_by_barcode(store, manager, row.barcode).status is ItemStatus.RECYCLED
    with pytest.raises(InvalidState):
        edit_item(store, manager, row.id, ItemEdit(price_ore=1))


def test_stock_counts_change_with_a_reason_and_never_go_negative(store, manager, category):
    row = register_item(
        store,
        manager,
        draft(
            category,
            kind=ItemKind.STOCK,
            quantity=5,
            source=ItemSource.NEW_GOODS,
            name="Handlenett",
        ),
    )
    assert adjust_quantity(store, manager, row.id, -2, QuantityReason.DAMAGE) == 3
    with pytest.raises(InvalidInput):
        adjust_quantity(store, manager, row.id, -4, QuantityReason.COUNT)
    assert item_by_barcode(store, manager, row.barcode).quantity == 3


def test_markdown_rules_lower_the_price_of_ageing_items(store, manager, category):
    row = register_item(
        store, manager, draft(category, intake_date=TODAY - timedelta(days=40)), today=TODAY
    )
    replace_markdown_rules(store, manager, [MarkdownRule(MarkdownBasis.INTAKE_AGE, 2500, 30)])
    marked = item_by_barcode(store, manager, row.barcode, today=TODAY)
    assert (marked.list_price_ore, marked.price_ore, marked.markdown_bp) == (34900, 26100, 2500)
