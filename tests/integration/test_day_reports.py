"""X- and Z-reports on SQLite and PostgreSQL: every figure N1-N8 names, checked
against the sales themselves; one Z per till per day; each Z covers exactly what
happened since the previous one; grand totals carry on (N7, N9)."""

import json
import threading
import uuid
from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select

from omigjen_pos.domain.business_day import OSLO
from omigjen_pos.domain.errors import InvalidState, PermissionDenied
from omigjen_pos.domain.journal_events import EventType
from omigjen_pos.domain.pricing import Discount
from omigjen_pos.domain.settlement import Tender
from omigjen_pos.printing.day_report_text import day_report_text
from omigjen_pos.services.checkout.basket import cancel_basket, open_basket, scan_item
from omigjen_pos.services.checkout.drawer import (
    record_no_sale,
    record_opening_float,
    record_pay_in,
    record_pay_out,
)
from omigjen_pos.services.checkout.line_changes import discount_line, remove_line
from omigjen_pos.services.checkout.lookup import look_up_price
from omigjen_pos.services.checkout.returns import find_sales_for_return, record_return
from omigjen_pos.services.checkout.sale import complete_sale
from omigjen_pos.services.journal import record_by
from omigjen_pos.services.receipts import next_receipt, record_receipt_produced
from omigjen_pos.services.reports.day_report import x_report, z_report, z_report_copy
from omigjen_pos.store.models import JournalEntry, Payment, PaymentMethod, Sale, ZReport
from omigjen_pos.store.types import simulated_clock


def sell(store, actor, *items, tenders=None, training=False):
    basket = open_basket(store, actor, training=training)
    for item in items:
        basket = scan_item(store, actor, basket.id, item.barcode)
    return complete_sale(store, actor, basket.id, tenders or [Tender("cash")])


def a_busy_day(store, cashier, make_item):
    """Every kind of event a report counts, with known amounts."""
    record_opening_float(store, cashier, 150000)
    sell(store, cashier, make_item(14950))  # cash, rounded to 150
    sell(store, cashier, make_item(30000), tenders=[Tender("card", 30000, reference="1")])
    basket = scan_item(store, cashier, open_basket(store, cashier).id, make_item(20000).barcode)
    basket = discount_line(store, cashier, basket.id, basket.lines[0].id, Discount(amount_ore=2000))
    complete_sale(store, cashier, basket.id, [Tender("vipps", 18000, reference="V")])
    returned = sell(store, cashier, make_item(5000))
    (found,) = find_sales_for_return(store, cashier, f"BRUKT-1 {returned.receipt_number}")
    record_return(
        store, cashier, str(uuid.uuid4()), found.id, [found.lines[0].id], PaymentMethod.CASH
    )
    sell(store, cashier, make_item(9900), training=True)
    voided = scan_item(store, cashier, open_basket(store, cashier).id, make_item(4200).barcode)
    cancel_basket(store, cashier, voided.id, "kunden ombestemte seg")
    corrected = open_basket(store, cashier)
    corrected = scan_item(store, cashier, corrected.id, make_item(1000).barcode)
    corrected = scan_item(store, cashier, corrected.id, make_item(700).barcode)
    remove_line(store, cashier, corrected.id, corrected.lines[1].id)
    complete_sale(store, cashier, corrected.id, [Tender("cash")])
    look_up_price(store, cashier, make_item(100).barcode)
    record_pay_in(store, cashier, 50000, "Veksel fra banken")
    record_pay_out(store, cashier, 8550, "Melk")
    record_no_sale(store, cashier, "Veksle")
    copied = sell(store, cashier, make_item(2500))
    for _ in range(2):
        receipt = next_receipt(store, cashier, copied.sale_id)
        record_receipt_produced(store, cashier, receipt, copied.sale_id, "pdf")


def test_a_z_report_counts_every_event_and_matches_the_sales(store, cashier, manager, make_item):
    a_busy_day(store, cashier, make_item)
    report = z_report(store, manager, 250000)
    assert (report.kind, report.number, report.till_code) == ("Z", 1, "BRUKT-1")
    assert (report.sales.count, report.sales.amount_ore) == (
        6,
        14950 + 30000 + 18000 + 5000 + 1000 + 2500,
    )
    assert (report.returns.count, report.returns.amount_ore) == (1, -5000)
    with store.reading() as session:
        real = session.scalars(select(Sale).where(Sale.training.is_(False))).all()
        paid = dict(
            session.execute(
                select(Payment.method, func.sum(Payment.amount_ore))
                .join(Sale, Payment.sale_id == Sale.id)
                .where(Sale.training.is_(False))
                .group_by(Payment.method)
            ).all()
        )
    assert report.net_ore == sum(sale.total_ore for sale in real)
    assert report.vat_ore == sum(sale.vat_ore for sale in real)
    assert report.rounding_ore == sum(sale.rounding_ore for sale in real)
    assert {name: figure.amount_ore for name, figure in report.per_payment.items()} == {
        "Kontant": paid[PaymentMethod.CASH],
        "Bankkort": paid[PaymentMethod.CARD],
        "Vipps": paid[PaymentMethod.VIPPS],
    }
    assert sum(vat for _, vat, _ in report.vat_per_rate.values()) == report.vat_ore
    assert sum(f.amount_ore for f in report.per_article_group.values()) == report.net_ore
    assert report.per_cashier["Kari Kasserer"].amount_ore == report.net_ore
    assert report.opening_float_ore == 150000
    assert report.pay_ins == [("Veksel fra banken", 50000)]
    assert report.pay_outs == [("Melk", 8550)]
    assert report.drawer_openings == 1
    assert (report.discounts.count, report.discounts.amount_ore) == (1, 2000)
    assert (report.voids.count, report.voids.amount_ore) == (1, 4200)
    assert (report.line_corrections.count, report.line_corrections.amount_ore) == (1, 700)
    assert report.price_lookups == 1
    assert (report.copies.count, report.copies.amount_ore) == (1, 2500)
    assert (report.training.count, report.training.amount_ore) == (1, 9900)
    cash = paid[PaymentMethod.CASH]
    assert report.expected_cash_ore == 150000 + cash + 50000 - 8550
    assert report.cash_difference_ore == 250000 - report.expected_cash_ore
    assert report.grand_sales_ore == report.sales.amount_ore
    assert report.grand_net_ore == report.net_ore
    text = day_report_text(report)
    for field in (
        "Z-RAPPORT 1",
        "Org.nr. 921 467 710 MVA",
        "Kasse BRUKT-1",
        "Vekselkasse",
        "Skuffåpninger uten salg",
        "Linjekorreksjoner (1)",
        "Prisoppslag",
        "Treningskvitteringer (1)",
        "GRANDTOTALER",
        "Melk: 85,50",
    ):
        assert field in text, field
    with store.reading() as session:
        stored = session.scalars(select(ZReport)).one()
        journaled = session.scalars(
            select(JournalEntry.payload_json).where(JournalEntry.event_type == EventType.Z_REPORT)
        ).one()
    assert json.loads(stored.content_json)["net_ore"] == report.net_ore
    assert json.loads(journaled)["number"] == 1  # the whole report is in the journal (N17)


def test_an_x_report_changes_nothing_and_a_second_z_the_same_day_is_refused(
    store, cashier, manager, make_item
):
    sell(store, cashier, make_item(10000))
    x = x_report(store, manager)
    assert x.kind == "X" and x.number is None and x.sales.amount_ore == 10000
    assert x_report(store, manager).sales.amount_ore == 10000  # still there: nothing closed
    z_report(store, manager, 10000)
    with pytest.raises(InvalidState):
        z_report(store, manager, 10000)
    with store.reading() as session:
        assert session.scalar(select(func.count()).select_from(ZReport)) == 1


def test_each_z_covers_exactly_what_happened_since_the_previous_one(
    store, cashier, manager, make_item
):
    day = datetime.now(OSLO).replace(hour=10, minute=0) - timedelta(days=3)
    with simulated_clock(day.astimezone()):
        sell(store, cashier, make_item(10000))
        first = z_report(store, manager, 0)
    with simulated_clock((day + timedelta(hours=20)).astimezone()):  # after midnight
        sell(store, cashier, make_item(2000))
    with simulated_clock((day + timedelta(days=2)).astimezone()):  # a day missed
        sell(store, cashier, make_item(3000))
        second = z_report(store, manager, 0)
    with simulated_clock((day + timedelta(days=3)).astimezone()):
        empty = z_report(store, manager, 0)
    assert (first.number, second.number, empty.number) == (1, 2, 3)
    assert (first.sales.amount_ore, second.sales.amount_ore) == (10000, 5000)
    assert (empty.sales.count, empty.net_ore, empty.expected_cash_ore) == (0, 0, 0)
    assert empty.grand_sales_ore == second.grand_sales_ore == 15000  # never reset (N7)
    assert "Salgskvitteringer (0)" in day_report_text(empty)


def test_a_z_report_can_be_printed_again_as_a_copy(store, cashier, manager, make_item):
    sell(store, cashier, make_item(10000))
    taken = z_report(store, manager, 10000)
    copy = z_report_copy(store, manager, 1)
    assert copy == taken
    text = day_report_text(copy, copy=True)
    assert text.count("KOPI") == 2 and "IKKE KVITTERING FOR KJØP" in text


def test_a_cashier_cannot_take_reports(store, cashier):
    with pytest.raises(PermissionDenied):
        z_report(store, cashier, 0)
    with pytest.raises(PermissionDenied):
        x_report(store, cashier)


def test_a_missed_z_does_not_add_the_first_days_float_to_the_drawer(
    store, cashier, manager, make_item
):
    day = datetime.now(OSLO).replace(hour=10, minute=0) - timedelta(days=2)
    with simulated_clock(day.astimezone()):
        record_opening_float(store, cashier, 150000)
        sell(store, cashier, make_item(10000))
    with simulated_clock((day + timedelta(days=1)).astimezone()):  # no Z the day before
        record_opening_float(store, cashier, 160000)
        sell(store, cashier, make_item(5000))
        report = x_report(store, manager)
    assert report.opening_float_ore == 160000  # what was counted in the drawer this morning
    assert report.expected_cash_ore == 160000 + 5000


def test_a_z_waits_for_a_pay_out_in_flight_and_reports_it(store, cashier, manager):
    written, release, reports = threading.Event(), threading.Event(), []

    def pay_out_slowly():
        with store.writing() as session:
            record_by(
                session,
                cashier,
                EventType.PAY_OUT,
                "Utbetaling 500 kr: Melk",
                payload={"amount_ore": 50000, "reason": "Melk"},
            )
            written.set()
            release.wait(10)

    slow = threading.Thread(target=pay_out_slowly)
    slow.start()
    assert written.wait(10)
    closing = threading.Thread(target=lambda: reports.append(z_report(store, manager, 0)))
    closing.start()
    closing.join(0.5)
    assert closing.is_alive()  # the Z waits for the pay-out to commit
    release.set()
    slow.join(10)
    closing.join(20)
    assert reports and reports[0].pay_outs == [("Melk", 50000)]
