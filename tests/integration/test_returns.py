"""Returns and vouchers, on SQLite and PostgreSQL (N15, N26)."""

import uuid

import pytest
from sqlalchemy import select

from omigjen_pos.domain.errors import InvalidInput, InvalidState, NotFound, PaymentMismatch
from omigjen_pos.domain.items import ItemKind, ItemSource, ItemStatus
from omigjen_pos.domain.journal_events import EventType
from omigjen_pos.domain.receipt_codes import receipt_code
from omigjen_pos.domain.settlement import Tender
from omigjen_pos.services import users
from omigjen_pos.services.checkout.basket import open_basket, scan_item
from omigjen_pos.services.checkout.returns import (
    ItemDestination,
    find_sales_for_return,
    record_return,
)
from omigjen_pos.services.checkout.sale import complete_sale
from omigjen_pos.services.checkout.vouchers import voucher_balance
from omigjen_pos.services.inventory.search import item_by_barcode
from omigjen_pos.services.verify import verify_store
from omigjen_pos.store.models import JournalEntry, Payment, PaymentMethod, Sale

CASH = Tender("cash")


def _sell(store, actor, *items, tenders=(CASH,)):
    basket = open_basket(store, actor)
    for item in items:
        basket = scan_item(store, actor, basket.id, item.barcode)
    return complete_sale(store, actor, basket.id, list(tenders))


def _the_sale(store, actor, summary):
    (found,) = find_sales_for_return(store, actor, f"{summary.till_code} {summary.receipt_number}")
    return found


def test_a_returned_line_is_refunded_in_cash_rounded_and_the_item_is_back(
    store, cashier, make_item
):
    chair, table = make_item(14950), make_item(30000, name="Bord")
    sale = _sell(store, cashier, chair, table)
    found = _the_sale(store, cashier, sale)
    chair_line = next(line for line in found.lines if line.barcode == chair.barcode)
    refund = record_return(
        store, cashier, str(uuid.uuid4()), found.id, [chair_line.id], PaymentMethod.CASH
    )
    assert refund.is_return and refund.receipt_number == sale.receipt_number + 1
    assert (refund.total_ore, refund.rounding_ore) == (-14950, -50)  # 150 kr paid out
    assert item_by_barcode(store, cashier, chair.barcode).status is ItemStatus.IN_STOCK
    assert item_by_barcode(store, cashier, table.barcode).status is ItemStatus.SOLD
    with store.reading() as session:
        (payment,) = session.scalars(select(Payment).where(Payment.sale_id == refund.sale_id))
        journal = session.scalars(
            select(JournalEntry).where(JournalEntry.event_type == EventType.RETURN_COMPLETED)
        ).all()
    assert payment.amount_ore == -15000 and len(journal) == 1
    assert verify_store(store) == []
    # The returned item can be sold again, and verify still agrees.
    _sell(store, cashier, chair)
    assert verify_store(store) == []


def test_a_line_is_never_returned_twice(store, cashier, make_item):
    sale = _sell(store, cashier, make_item())
    found = _the_sale(store, cashier, sale)
    line_id = found.lines[0].id
    record_return(store, cashier, str(uuid.uuid4()), found.id, [line_id], PaymentMethod.CARD)
    assert _the_sale(store, cashier, sale).lines[0].returned
    with pytest.raises(InvalidState, match="returned"):
        record_return(store, cashier, str(uuid.uuid4()), found.id, [line_id], PaymentMethod.CASH)
    with store.reading() as session:
        returns = session.scalars(select(Sale).where(Sale.original_sale_id == found.id)).all()
    assert len(returns) == 1


def test_a_retried_return_is_recorded_once(store, cashier, make_item):
    sale = _sell(store, cashier, make_item())
    found = _the_sale(store, cashier, sale)
    key = str(uuid.uuid4())
    first = record_return(store, cashier, key, found.id, [found.lines[0].id], PaymentMethod.CASH)
    again = record_return(store, cashier, key, found.id, [found.lines[0].id], PaymentMethod.CASH)
    assert again.receipt_number == first.receipt_number


def test_items_can_go_to_the_workbench_or_disposal(store, cashier, make_item):
    lamp, toaster = make_item(name="Lampe"), make_item(name="Brødrister")
    for item, where, status in (
        (lamp, ItemDestination.REPAIR, ItemStatus.RETURNED),
        (toaster, ItemDestination.DISPOSAL, ItemStatus.DISPOSED),
    ):
        found = _the_sale(store, cashier, _sell(store, cashier, item))
        record_return(
            store,
            cashier,
            str(uuid.uuid4()),
            found.id,
            [found.lines[0].id],
            PaymentMethod.CASH,
            where,
        )
        assert item_by_barcode(store, cashier, item.barcode).status is status
    assert verify_store(store) == []


def test_a_returned_stock_article_goes_back_on_the_shelf(store, cashier, make_item):
    bags = make_item(500, kind=ItemKind.STOCK, quantity=3, source=ItemSource.NEW_GOODS, name="Pose")
    found = _the_sale(store, cashier, _sell(store, cashier, bags))
    assert item_by_barcode(store, cashier, bags.barcode).quantity == 2
    record_return(
        store, cashier, str(uuid.uuid4()), found.id, [found.lines[0].id], PaymentMethod.CASH
    )
    assert item_by_barcode(store, cashier, bags.barcode).quantity == 3


def test_store_credit_becomes_a_voucher_that_pays_later_sales(store, cashier, make_item):
    found = _the_sale(store, cashier, _sell(store, cashier, make_item(20000)))
    refund = record_return(
        store,
        cashier,
        str(uuid.uuid4()),
        found.id,
        [found.lines[0].id],
        PaymentMethod.STORE_CREDIT,
    )
    assert refund.voucher_code and refund.rounding_ore == 0
    assert voucher_balance(store, cashier, refund.voucher_code).balance_ore == 20000
    # Spend 150 of it, then the rest plus cash.
    _sell(
        store,
        cashier,
        make_item(15000),
        tenders=[Tender("store_credit", 15000, reference=refund.voucher_code)],
    )
    assert voucher_balance(store, cashier, refund.voucher_code).balance_ore == 5000
    with pytest.raises(PaymentMismatch):
        _sell(
            store,
            cashier,
            make_item(10000),
            tenders=[Tender("store_credit", 6000, reference=refund.voucher_code), CASH],
        )
    assert voucher_balance(store, cashier, refund.voucher_code).balance_ore == 5000
    _sell(
        store,
        cashier,
        make_item(10000),
        tenders=[Tender("store_credit", 5000, reference=refund.voucher_code), CASH],
    )
    assert voucher_balance(store, cashier, refund.voucher_code).balance_ore == 0
    assert verify_store(store) == []


def test_an_unknown_voucher_is_refused_and_the_sale_not_recorded(store, cashier, make_item):
    basket = scan_item(store, cashier, open_basket(store, cashier).id, make_item().barcode)
    with pytest.raises(NotFound):
        complete_sale(store, cashier, basket.id, [Tender("gift_card", 10000, reference="123")])
    assert complete_sale(store, cashier, basket.id, [CASH]).total_ore == 10000


def test_a_scanned_receipt_code_finds_exactly_that_sale(store, cashier, make_item):
    sale = _sell(store, cashier, make_item())
    other_till = users.login(store, "BRUKT-2", 102, "2222")
    _sell(store, other_till, make_item())  # the same number on another till
    both = find_sales_for_return(store, cashier, str(sale.receipt_number))
    assert {found.till_code for found in both} == {"BRUKT-1", "BRUKT-2"}
    till_id = cashier.till.id
    (found,) = find_sales_for_return(store, cashier, receipt_code(till_id, sale.receipt_number))
    assert found.till_code == "BRUKT-1"
    with pytest.raises(InvalidInput):
        find_sales_for_return(store, cashier, "'; DROP TABLE sale; --")
    with pytest.raises(NotFound):
        find_sales_for_return(store, cashier, "99999")


def test_a_training_sale_is_returned_only_in_training(store, cashier, make_item):
    basket = open_basket(store, cashier, training=True)
    basket = scan_item(store, cashier, basket.id, make_item().barcode)
    sale = complete_sale(store, cashier, basket.id, [CASH])
    with pytest.raises(NotFound):  # outside training mode, training sales are not found
        find_sales_for_return(store, cashier, str(sale.receipt_number))
    (found,) = find_sales_for_return(store, cashier, str(sale.receipt_number), training=True)
    assert found.training
    with pytest.raises(InvalidState):
        record_return(
            store, cashier, str(uuid.uuid4()), found.id, [found.lines[0].id], PaymentMethod.CASH
        )
    refund = record_return(
        store,
        cashier,
        str(uuid.uuid4()),
        found.id,
        [found.lines[0].id],
        PaymentMethod.CASH,
        training=True,
    )
    assert refund.training
    assert verify_store(store) == []


def test_a_stock_article_returned_to_the_workbench_is_back_on_the_shelf(store, cashier, make_item):
    bags = make_item(500, kind=ItemKind.STOCK, quantity=5, source=ItemSource.NEW_GOODS, name="Pose")
    found = _the_sale(store, cashier, _sell(store, cashier, bags))
    record_return(
        store,
        cashier,
        str(uuid.uuid4()),
        found.id,
        [found.lines[0].id],
        PaymentMethod.CASH,
        ItemDestination.REPAIR,
    )
    assert item_by_barcode(store, cashier, bags.barcode).quantity == 5


def test_cash_refunds_in_pieces_never_pay_out_more_than_the_whole(store, cashier, make_item):
    found = _the_sale(store, cashier, _sell(store, cashier, make_item(1050), make_item(1050)))
    assert found.total_ore == 2100
    paid_out = []
    for line in found.lines:
        refund = record_return(
            store, cashier, str(uuid.uuid4()), found.id, [line.id], PaymentMethod.CASH
        )
        paid_out.append(refund.total_ore + refund.rounding_ore)
    assert paid_out == [-1100, -1000] and sum(paid_out) == -2100
    assert verify_store(store) == []
