"""Selling at the till, on SQLite and PostgreSQL: baskets, holds, the sale commit."""

import threading

import pytest
from sqlalchemy import func, select

from omigjen_pos.domain.errors import InvalidInput, ItemUnavailable, PaymentMismatch
from omigjen_pos.domain.items import ItemKind, ItemSource, ItemStatus
from omigjen_pos.domain.journal_events import EventType
from omigjen_pos.domain.settlement import Tender
from omigjen_pos.services import users
from omigjen_pos.services.checkout.basket import cancel_basket, open_basket, scan_item
from omigjen_pos.services.checkout.line_changes import remove_line
from omigjen_pos.services.checkout.sale import complete_sale
from omigjen_pos.services.inventory.search import item_by_barcode
from omigjen_pos.store.models import Item, JournalEntry, Payment, Sale, SaleLine

CASH = Tender("cash")


def count(store, model) -> int:
    with store.reading() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_a_scanned_item_is_held_for_the_basket_and_priced(store, cashier, make_item):
    item = make_item(14950)
    basket = scan_item(store, cashier, open_basket(store, cashier).id, item.barcode)
    assert [(ln.barcode, ln.unit_price_ore) for ln in basket.lines] == [(item.barcode, 14950)]
    assert basket.total_ore == 14950 and basket.vat_ore == 2990  # 25 % inside 149,50
    assert item_by_barcode(store, cashier, item.barcode).reserved


def test_an_item_in_another_basket_is_refused_naming_the_till(store, cashier, make_item):
    item = make_item()
    scan_item(store, cashier, open_basket(store, cashier).id, item.barcode)
    other_till = users.login(store, "BRUKT-2", 102, "2222")
    with pytest.raises(ItemUnavailable) as caught:
        scan_item(store, other_till, open_basket(store, other_till).id, item.barcode)
    assert (caught.value.reason, caught.value.till_code) == ("reserved", "BRUKT-1")


def test_a_sold_item_is_refused_naming_the_receipt(store, cashier, make_item):
    item = make_item()
    basket = scan_item(store, cashier, open_basket(store, cashier).id, item.barcode)
    sale = complete_sale(store, cashier, basket.id, [CASH])
    with pytest.raises(ItemUnavailable) as caught:
        scan_item(store, cashier, open_basket(store, cashier).id, item.barcode)
    assert (caught.value.reason, caught.value.receipt_number) == ("sold", sale.receipt_number)


def test_another_shops_item_and_an_unknown_barcode_are_refused(store, cashier):
    with pytest.raises(ItemUnavailable) as caught:
        scan_item(store, cashier, open_basket(store, cashier).id, "2030000000012")
    assert (caught.value.reason, caught.value.shop_code) == ("other_shop", "HJERTE")
    with pytest.raises(ItemUnavailable, match="unknown"):
        scan_item(store, cashier, open_basket(store, cashier).id, "2019999999999")


def test_a_cash_sale_is_numbered_marks_items_sold_and_gives_change(store, cashier, make_item):
    first, second = make_item(14925), make_item(10000)
    basket_id = open_basket(store, cashier).id
    for item in (first, second):
        scan_item(store, cashier, basket_id, item.barcode)
    sale = complete_sale(store, cashier, basket_id, [Tender("cash", tendered_ore=30000)])
    # 249,25 kr rounds to 249 kr in cash: rounding -25 øre, change 51 kr.
    assert (sale.receipt_number, sale.total_ore, sale.rounding_ore, sale.change_ore) == (
        1,
        24925,
        -25,
        5100,
    )
    assert {item_by_barcode(store, cashier, i.barcode).status for i in (first, second)} == {
        ItemStatus.SOLD
    }
    with store.reading() as session:
        lines = session.scalars(select(SaleLine).where(SaleLine.sale_id == sale.sale_id)).all()
        assert sum(ln.line_total_ore for ln in lines) == sale.total_ore
        assert sum(ln.vat_ore for ln in lines) == sale.vat_ore
        [payment] = session.scalars(select(Payment).where(Payment.sale_id == sale.sale_id))
        assert (payment.amount_ore, payment.tendered_ore, payment.change_ore) == (
            24900,
            30000,
            5100,
        )
        event = session.scalars(
            select(JournalEntry).where(JournalEntry.event_type == EventType.SALE_COMPLETED)
        ).one()
        assert event.sale_id == sale.sale_id


def test_receipt_numbers_follow_each_other_per_till(store, cashier, make_item):
    numbers = []
    for _ in range(3):
        basket_id = open_basket(store, cashier).id
        scan_item(store, cashier, basket_id, make_item().barcode)
        numbers.append(complete_sale(store, cashier, basket_id, [CASH]).receipt_number)
    other = users.login(store, "BRUKT-2", 102, "2222")
    basket_id = open_basket(store, other).id
    scan_item(store, other, basket_id, make_item().barcode)
    assert numbers == [1, 2, 3]
    assert complete_sale(store, other, basket_id, [CASH]).receipt_number == 1


def test_a_split_payment_card_is_exact_and_only_cash_is_rounded(store, cashier, make_item):
    basket_id = open_basket(store, cashier).id
    scan_item(store, cashier, basket_id, make_item(34975).barcode)
    sale = complete_sale(
        store,
        cashier,
        basket_id,
        [Tender("card", amount_ore=20000, reference="123456"), Tender("cash", tendered_ore=20000)],
    )
    assert (sale.rounding_ore, sale.change_ore) == (25, 5000)  # cash part 149,75 -> 150
    with store.reading() as session:
        paid = dict(
            session.execute(
                select(Payment.method, Payment.amount_ore).where(Payment.sale_id == sale.sale_id)
            ).all()
        )
    assert paid == {"card": 20000, "cash": 15000}


def test_too_little_money_records_nothing_and_loses_no_number(store, cashier, make_item):
    item = make_item(10000)
    basket_id = open_basket(store, cashier).id
    scan_item(store, cashier, basket_id, item.barcode)
    sales = count(store, Sale)
    with pytest.raises(PaymentMismatch):
        complete_sale(store, cashier, basket_id, [Tender("cash", tendered_ore=5000)])
    with pytest.raises(PaymentMismatch):
        complete_sale(store, cashier, basket_id, [Tender("card", amount_ore=9900)])
    assert count(store, Sale) == sales
    assert item_by_barcode(store, cashier, item.barcode).status is ItemStatus.IN_STOCK
    assert complete_sale(store, cashier, basket_id, [CASH]).receipt_number == 1


def test_completing_twice_records_one_sale(store, cashier, make_item):
    basket_id = open_basket(store, cashier).id
    scan_item(store, cashier, basket_id, make_item().barcode)
    first = complete_sale(store, cashier, basket_id, [CASH])
    again = complete_sale(store, cashier, basket_id, [CASH])
    assert again.sale_id == first.sale_id and count(store, Sale) == 1


def test_an_empty_basket_cannot_be_sold(store, cashier):
    with pytest.raises(InvalidInput, match="empty"):
        complete_sale(store, cashier, open_basket(store, cashier).id, [CASH])


def test_stock_articles_are_counted_down_and_cannot_be_oversold(store, cashier, make_item):
    bags = make_item(
        500, kind=ItemKind.STOCK, quantity=2, source=ItemSource.NEW_GOODS, name="Handlenett"
    )
    basket_id = open_basket(store, cashier).id
    scan_item(store, cashier, basket_id, bags.barcode)
    view = scan_item(store, cashier, basket_id, bags.barcode)
    assert [ln.quantity for ln in view.lines] == [2] and view.total_ore == 1000
    with pytest.raises(ItemUnavailable, match="out_of_stock"):
        scan_item(store, cashier, basket_id, bags.barcode)
    complete_sale(store, cashier, basket_id, [CASH])
    assert item_by_barcode(store, cashier, bags.barcode).quantity == 0


def test_a_removed_line_releases_its_item(store, cashier, make_item):
    item = make_item()
    basket_id = open_basket(store, cashier).id
    view = scan_item(store, cashier, basket_id, item.barcode)
    assert remove_line(store, cashier, basket_id, view.lines[0].id).lines == ()
    assert not item_by_barcode(store, cashier, item.barcode).reserved


def test_a_cancelled_basket_releases_its_items_and_is_journaled_as_a_void(
    store, cashier, make_item
):
    item = make_item()
    basket_id = open_basket(store, cashier).id
    scan_item(store, cashier, basket_id, item.barcode)
    cancel_basket(store, cashier, basket_id, "kunden ombestemte seg")
    assert not item_by_barcode(store, cashier, item.barcode).reserved
    with store.reading() as session:
        voids = session.scalars(
            select(JournalEntry).where(JournalEntry.event_type == EventType.VOID)
        ).all()
    assert len(voids) == 1 and voids[0].saft_event_code == "13028"


def test_training_sales_have_their_own_numbers_and_leave_stock_alone(store, cashier, make_item):
    item = make_item()
    basket_id = open_basket(store, cashier, training=True).id
    scan_item(store, cashier, basket_id, item.barcode)
    sale = complete_sale(store, cashier, basket_id, [CASH])
    assert sale.training and sale.receipt_number == 1
    row = item_by_barcode(store, cashier, item.barcode)
    assert row.status is ItemStatus.IN_STOCK and not row.reserved
    real = open_basket(store, cashier).id
    scan_item(store, cashier, real, item.barcode)
    assert complete_sale(store, cashier, real, [CASH]).receipt_number == 1


def test_margin_scheme_lines_pay_vat_on_the_margin_only(store, cashier, make_item):
    item = make_item(34900, source=ItemSource.BOUGHT_PRIVATE, purchase_price_ore=10000)
    basket_id = open_basket(store, cashier).id
    scan_item(store, cashier, basket_id, item.barcode)
    sale = complete_sale(store, cashier, basket_id, [CASH])
    assert sale.vat_ore == 4980  # 25 % inside the margin of 249 kr


def test_a_shop_without_vat_registration_charges_none(store):
    charity = users.login(store, "HJERTE-1", 302, "6666")
    with store.reading() as session:
        barcode = session.scalar(
            select(Item.barcode)
            .where(
                Item.shop_id == charity.shop_id, Item.status == "in_stock", Item.kind == "unique"
            )
            .limit(1)
        )
    basket_id = open_basket(store, charity).id
    scan_item(store, charity, basket_id, barcode)
    sale = complete_sale(store, charity, basket_id, [CASH])
    assert sale.vat_ore == 0
    with store.reading() as session:
        assert (
            session.scalar(select(SaleLine.vat_code).where(SaleLine.sale_id == sale.sale_id)) == "6"
        )


def test_two_tills_racing_for_one_item_never_both_get_it(store, make_item):
    item = make_item()
    tills = [users.login(store, code, 103, "1234") for code in ("BRUKT-1", "BRUKT-2")]
    baskets = [open_basket(store, actor).id for actor in tills]
    won, lost = [], []
    start = threading.Barrier(len(tills))

    def race(actor, basket_id):
        start.wait()
        try:
            scan_item(store, actor, basket_id, item.barcode)
            won.append(actor.till.code)
        except ItemUnavailable:
            lost.append(actor.till.code)

    threads = [
        threading.Thread(target=race, args=pair) for pair in zip(tills, baskets, strict=True)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(won) == 1 and len(lost) == 1
