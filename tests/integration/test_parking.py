"""Parking a basket and finishing it later, on this till or another of the shop."""

import pytest
from sqlalchemy import select

from omigjen_pos.domain.errors import InvalidState, ItemUnavailable, NotFound
from omigjen_pos.domain.journal_events import EventType
from omigjen_pos.domain.settlement import Tender
from omigjen_pos.services import users
from omigjen_pos.services.checkout.basket import open_basket, scan_item
from omigjen_pos.services.checkout.parking import list_parked, park_basket, resume_basket
from omigjen_pos.services.checkout.sale import complete_sale
from omigjen_pos.store.models import Item, JournalEntry


@pytest.fixture
def tills(store):
    return (users.login(store, "BRUKT-1", 101, "1111"), users.login(store, "BRUKT-2", 102, "2222"))


def a_barcode(store, shop_id: int) -> str:
    with store.reading() as session:
        return session.scalar(
            select(Item.barcode)
            .where(Item.shop_id == shop_id, Item.kind == "unique", Item.status == "in_stock")
            .order_by(Item.id)
            .limit(1)
        )


def test_a_parked_basket_holds_its_items_and_is_finished_on_another_till(store, tills):
    first, second = tills
    barcode = a_barcode(store, first.shop_id)
    basket_id = open_basket(store, first).id
    scan_item(store, first, basket_id, barcode)
    park_basket(store, first, basket_id)
    with pytest.raises(ItemUnavailable, match="reserved"):
        scan_item(store, second, open_basket(store, second).id, barcode)
    [parked] = list_parked(store, second)
    assert (parked.id, parked.till_code, parked.lines) == (basket_id, "BRUKT-1", 1)
    resumed = resume_basket(store, second, basket_id)
    assert resumed.till_code == "BRUKT-2" and len(resumed.lines) == 1
    sale = complete_sale(store, second, basket_id, [Tender("cash")])
    assert (sale.till_code, sale.receipt_number) == ("BRUKT-2", 1)
    assert list_parked(store, first) == []


def test_parking_and_resuming_are_journaled(store, tills):
    first, second = tills
    basket_id = open_basket(store, first).id
    scan_item(store, first, basket_id, a_barcode(store, first.shop_id))
    park_basket(store, first, basket_id)
    resume_basket(store, second, basket_id)
    with store.reading() as session:
        codes = session.scalars(
            select(JournalEntry.saft_event_code)
            .where(JournalEntry.event_type.in_([EventType.PARK, EventType.RESUME]))
            .order_by(JournalEntry.id)
        ).all()
    assert codes == ["13010", "13011"]


def test_a_parked_basket_cannot_be_changed_or_sold_until_resumed(store, tills):
    first, _ = tills
    basket_id = open_basket(store, first).id
    scan_item(store, first, basket_id, a_barcode(store, first.shop_id))
    park_basket(store, first, basket_id)
    with pytest.raises(InvalidState):
        complete_sale(store, first, basket_id, [Tender("cash")])
    with pytest.raises(InvalidState):
        resume_basket(store, first, open_basket(store, first).id)


def test_another_shop_cannot_resume_it(store, tills):
    first, _ = tills
    basket_id = open_basket(store, first).id
    park_basket(store, first, basket_id)
    other_shop = users.login(store, "REP-1", 202, "4444")
    assert list_parked(store, other_shop) == []
    with pytest.raises(NotFound):
        resume_basket(store, other_shop, basket_id)
