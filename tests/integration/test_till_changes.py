"""At the till, on SQLite and PostgreSQL: quantities, price overrides, discounts
with the cashier's limit and a manager's PIN, price look-ups, no-sale openings."""

import pytest
from sqlalchemy import select

from omigjen_pos.domain.errors import (
    ApprovalNeeded,
    InvalidInput,
    ItemUnavailable,
    PermissionDenied,
    WrongPin,
)
from omigjen_pos.domain.items import ItemKind, ItemSource
from omigjen_pos.domain.journal_events import EventType
from omigjen_pos.domain.pricing import Discount
from omigjen_pos.domain.settlement import Tender
from omigjen_pos.services import users
from omigjen_pos.services.checkout.basket import open_basket, scan_item
from omigjen_pos.services.checkout.drawer import record_no_sale
from omigjen_pos.services.checkout.line_changes import (
    discount_basket,
    discount_line,
    override_price,
    remove_line,
    set_quantity,
)
from omigjen_pos.services.checkout.lookup import find_sellable, look_up_price
from omigjen_pos.services.checkout.sale import complete_sale
from omigjen_pos.services.verify import verify_store
from omigjen_pos.store.models import CashMovement, JournalEntry, Sale, SaleLine


def _journal(store, event):
    with store.reading() as session:
        return list(
            session.scalars(
                select(JournalEntry)
                .where(JournalEntry.event_type == event)
                .order_by(JournalEntry.id)
            )
        )


def _basket_with(store, actor, *items):
    basket = open_basket(store, actor)
    for item in items:
        basket = scan_item(store, actor, basket.id, item.barcode)
    return basket


def test_a_stock_article_takes_a_quantity_within_what_is_left(store, cashier, make_item):
    bags = make_item(500, kind=ItemKind.STOCK, quantity=5, source=ItemSource.NEW_GOODS, name="Pose")
    basket = _basket_with(store, cashier, bags)
    line = basket.lines[0]
    assert line.stock_article
    basket = set_quantity(store, cashier, basket.id, line.id, 4)
    assert (basket.lines[0].quantity, basket.total_ore) == (4, 2000)
    with pytest.raises(ItemUnavailable, match="out_of_stock"):
        set_quantity(store, cashier, basket.id, line.id, 6)
    with pytest.raises(InvalidInput):
        set_quantity(store, cashier, basket.id, line.id, 0)
    basket = set_quantity(store, cashier, basket.id, line.id, 2)  # lowered: a line correction
    assert basket.total_ore == 1000
    assert len(_journal(store, EventType.LINE_CORRECTION)) == 1


def test_a_unique_item_is_always_one(store, cashier, make_item):
    basket = _basket_with(store, cashier, make_item())
    with pytest.raises(InvalidInput, match="unique"):
        set_quantity(store, cashier, basket.id, basket.lines[0].id, 2)


def test_removing_a_line_is_journaled_as_a_line_correction(store, cashier, make_item):
    basket = _basket_with(store, cashier, make_item(), make_item())
    remove_line(store, cashier, basket.id, basket.lines[0].id)
    (entry,) = _journal(store, EventType.LINE_CORRECTION)
    assert entry.saft_event_code == "13999" and entry.user_id == cashier.user_id


def test_a_cashier_cuts_within_the_limit_alone(store, cashier, make_item):
    basket = _basket_with(store, cashier, make_item(10000))
    basket = override_price(store, cashier, basket.id, basket.lines[0].id, 8000)  # 20 %: the limit
    assert basket.total_ore == 8000 and basket.lines[0].price_overridden
    with pytest.raises(ApprovalNeeded) as caught:
        override_price(store, cashier, basket.id, basket.lines[0].id, 7999)
    assert (caught.value.limit_bp, caught.value.cut_bp) == (2000, 2001)
    # Refused: nothing changed.
    basket = scan_item(store, cashier, basket.id, make_item(100).barcode)
    assert basket.lines[0].unit_price_ore == 8000


def test_a_bigger_cut_needs_a_managers_pin_and_names_the_manager(store, cashier, make_item):
    basket = _basket_with(store, cashier, make_item(10000))
    line_id = basket.lines[0].id
    with pytest.raises(WrongPin):
        users.approve(store, cashier, 103, "0000")
    with pytest.raises(PermissionDenied):
        users.approve(store, cashier, 102, "2222")  # a cashier cannot approve
    approval = users.approve(store, cashier, 103, "1234")
    basket = discount_line(store, cashier, basket.id, line_id, Discount(percent_bp=5000), approval)
    assert basket.total_ore == 5000
    entry = _journal(store, EventType.DISCOUNT)[-1]
    assert "Marte" in entry.summary and entry.user_id == cashier.user_id


def test_a_basket_discount_is_shared_over_the_lines_and_recorded_on_the_sale(
    store, cashier, make_item
):
    basket = _basket_with(store, cashier, make_item(10000), make_item(5000))
    basket = discount_basket(store, cashier, basket.id, Discount(amount_ore=1500))
    assert (basket.total_ore, basket.basket_discount_ore) == (13500, 1500)
    assert [line.total_ore for line in basket.lines] == [9000, 4500]
    sale = complete_sale(store, cashier, basket.id, [Tender("cash")])
    with store.reading() as session:
        recorded = session.get(Sale, sale.sale_id)
        lines = session.scalars(select(SaleLine).where(SaleLine.sale_id == sale.sale_id)).all()
    assert recorded.total_ore == 13500 and recorded.discount_ore == 1500
    assert [line.discount_ore for line in lines] == [1000, 500]
    assert verify_store(store) == []


def test_a_basket_discount_beyond_the_limit_needs_approval_but_a_manager_gives_it(
    store, cashier, manager, make_item
):
    basket = _basket_with(store, cashier, make_item(10000))
    with pytest.raises(ApprovalNeeded):
        discount_basket(store, cashier, basket.id, Discount(percent_bp=3000))
    other = _basket_with(store, manager, make_item(10000))
    assert discount_basket(store, manager, other.id, Discount(percent_bp=3000)).total_ore == 7000


def test_a_price_look_up_is_journaled_and_changes_nothing(store, cashier, make_item):
    item = make_item(12300, name="Kaffekanne")
    row = look_up_price(store, cashier, item.barcode)
    assert (row.name, row.price_ore, row.reserved) == ("Kaffekanne", 12300, False)
    (entry,) = _journal(store, EventType.PRICE_LOOKUP)
    assert entry.saft_event_code == "13022"


def test_manual_search_finds_sellable_items_of_this_shop(store, cashier, make_item):
    kanne = make_item(name="Kaffekanne i stål")
    found = find_sellable(store, cashier, "kanne")
    assert kanne.barcode in [row.barcode for row in found]
    assert find_sellable(store, cashier, "   ") == []


def test_a_no_sale_opening_needs_a_reason_and_is_counted(store, cashier):
    with pytest.raises(InvalidInput):
        record_no_sale(store, cashier, "  ")
    record_no_sale(store, cashier, "Veksle 500-lapp")
    with store.reading() as session:
        (movement,) = session.scalars(select(CashMovement)).all()
    assert (movement.kind.value, movement.amount_ore) == ("drawer_open_no_sale", 0)
    assert _journal(store, EventType.DRAWER_OPEN)[0].saft_event_code == "13005"


def test_lowering_the_quantity_under_a_fixed_discount_needs_approval_again(
    store, cashier, make_item
):
    cups = make_item(2000, kind=ItemKind.STOCK, quantity=9, source=ItemSource.NEW_GOODS)
    basket = _basket_with(store, cashier, cups)
    line_id = basket.lines[0].id
    basket = set_quantity(store, cashier, basket.id, line_id, 5)
    basket = discount_line(store, cashier, basket.id, line_id, Discount(amount_ore=2000))  # 20 %
    with pytest.raises(ApprovalNeeded):  # 20 kr off one cup of 20 kr is 100 %
        set_quantity(store, cashier, basket.id, line_id, 1)
    approval = users.approve(store, cashier, 103, "1234")
    basket = discount_line(store, cashier, basket.id, line_id, Discount(amount_ore=5000), approval)
    with pytest.raises(ApprovalNeeded):  # the approval was for five cups, not one
        set_quantity(store, cashier, basket.id, line_id, 3)


def test_removing_a_line_under_a_sale_discount_rechecks_the_others(store, cashier, make_item):
    basket = _basket_with(store, cashier, make_item(8000), make_item(2000))
    basket = discount_basket(store, cashier, basket.id, Discount(amount_ore=2000))  # 20 %
    with pytest.raises(ApprovalNeeded):  # 20 kr off the 20 kr item alone
        remove_line(store, cashier, basket.id, basket.lines[0].id)
    assert len(scan_item(store, cashier, basket.id, make_item(100).barcode).lines) == 3


def test_an_exact_percentage_limit_is_not_refused_for_an_ore_of_rounding(store, cashier, make_item):
    basket = _basket_with(store, cashier, make_item(14998))
    basket = discount_line(store, cashier, basket.id, basket.lines[0].id, Discount(percent_bp=2000))
    assert basket.total_ore == 11998  # 29,996 rounded to 30,00 off
