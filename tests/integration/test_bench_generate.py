"""The benchmark stores (bench/generate.py) are stores the app accepts: a small one
is generated on each backend, checked by `verify`, and sold from through the real
services, whose first signed sale chains onto the unsigned history; a trading day
added onto a store (bench_close_day.py) is valid and the same on a store with
history and on one without. No timing."""

from datetime import date, timedelta

from sqlalchemy import func, select

from bench.generate import Size, add_trading_day, build_store
from omigjen_pos.domain.items import ItemKind, ItemStatus
from omigjen_pos.domain.settlement import Tender
from omigjen_pos.services import users
from omigjen_pos.services.checkout.basket import open_basket, scan_item
from omigjen_pos.services.checkout.sale import complete_sale
from omigjen_pos.services.exports.sales_export import SalesExportQuery, collect_sales
from omigjen_pos.services.reports.day_report import x_report
from omigjen_pos.services.verify import verify_store
from omigjen_pos.store.models import Item, JournalEntry, Sale, SaleLine, ZReport

SIZE = Size(items=1_000, lines=1_500, years=1)


def test_a_generated_store_is_valid_and_the_till_sells_on_from_it(store_factory, backend):
    url = store_factory.new_url("bench")
    report = build_store(url, SIZE, backend)
    assert report.items == SIZE.items
    assert 0.95 * SIZE.lines <= report.lines <= SIZE.lines  # a stock article twice is one line
    store = store_factory.open(url)
    with store.reading() as session:
        assert session.scalar(select(func.count()).select_from(Item)) == SIZE.items
        assert session.scalar(select(func.count()).select_from(SaleLine)) == report.lines
        assert session.scalar(select(func.count()).select_from(ZReport)) == report.z_reports
        journaled = session.scalar(select(func.count()).select_from(JournalEntry))
        assert journaled >= report.journal_entries
        assert session.scalar(select(func.max(Sale.business_date))) < date.today()
    assert verify_store(store) == []

    manager = users.login(store, "BRUKT-1", 103, "1234")
    assert x_report(store, manager).sales.count == 0  # every past day has its Z-report
    cashier = users.login(store, "BRUKT-1", 101, "1111")
    with store.reading() as session:
        barcodes = session.scalars(
            select(Item.barcode)
            .where(
                Item.shop_id == cashier.shop_id,
                Item.status == ItemStatus.IN_STOCK,
                Item.kind == ItemKind.UNIQUE,
            )
            .limit(2)
        ).all()
    basket = open_basket(store, cashier)
    for barcode in barcodes:
        basket = scan_item(store, cashier, basket.id, barcode)
    sale = complete_sale(store, cashier, basket.id, [Tender("cash")])
    with store.reading() as session:
        assert session.get(Sale, sale.sale_id).signature
    assert verify_store(store) == []  # the new chain starts after the unsigned history


def test_an_added_day_is_valid_and_the_same_with_or_without_history(store_factory, backend):
    day = date.today() + timedelta(days=1)
    totals = []
    for size in (SIZE, Size(items=1_000, lines=0, years=1)):
        url = store_factory.new_url("day")
        build_store(url, size, backend)
        added = add_trading_day(url, day, sales=300)
        store = store_factory.open(url)
        assert verify_store(store) == []  # signed, chained, counters moved on
        with store.reading() as session:
            day_sales = collect_sales(session, SalesExportQuery("BRUKT", day, day)).totals
        assert day_sales.receipts == added.sales == 300
        assert day_sales.lines == added.lines
        assert added.last_receipt - added.first_receipt == 299
        manager = users.login(store, "BRUKT-1", 103, "1234")
        assert x_report(store, manager).sales.count == 300  # the day is open: no Z yet
        totals.append(day_sales)
    assert totals[0] == totals[1]
