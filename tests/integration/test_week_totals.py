"""A simulated week on two tills: every Z-report added up equals the sales export
and the database, per shop, per VAT rate and per payment method, to the øre."""

from collections import Counter
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, select

from omigjen_pos.domain.business_day import OSLO
from omigjen_pos.services import users
from omigjen_pos.services.checkout.drawer import record_opening_float
from omigjen_pos.services.demo import restock_demo_shop
from omigjen_pos.services.exports import SalesExportQuery, collect_sales
from omigjen_pos.services.reports.day_report import x_report, z_report
from omigjen_pos.services.simulation import simulate_sales
from omigjen_pos.services.verify import verify_store
from omigjen_pos.store.models import Payment, Sale, SaleLine, Shop
from omigjen_pos.store.types import simulated_clock

TILLS = (("BRUKT-1", 101, "1111"), ("BRUKT-2", 102, "2222"))
METHOD_NAMES = {
    "cash": "Kontant",
    "card": "Bankkort",
    "vipps": "Vipps",
    "gift_card": "Gavekort",
    "store_credit": "Tilgodelapp",
}


def trade_a_week(store) -> tuple[list, date, date]:
    first = date.today() - timedelta(days=8)
    reports = []
    for offset in range(7):
        day = first + timedelta(days=offset)
        opening = datetime.combine(day, time(10), tzinfo=OSLO)
        with simulated_clock(opening, timedelta(seconds=20)):
            restock_demo_shop(store, "BRUKT", 60, day)
            for number, (till, user, pin) in enumerate(TILLS):
                cashier = users.login(store, till, user, pin)
                record_opening_float(store, cashier, 100000)
                simulate_sales(store, cashier, 4, seed=offset * 10 + number)
            for till, _, _ in TILLS:
                manager = users.login(store, till, 103, "1234")
                expected = x_report(store, manager).expected_cash_ore
                reports.append(z_report(store, manager, expected))
    return reports, first, first + timedelta(days=6)


def test_a_week_of_z_reports_agrees_with_the_export_and_the_database(store):
    reports, first, last = trade_a_week(store)
    assert [report.number for report in reports] == [1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7]
    exported = collect_sales(store, SalesExportQuery("BRUKT", first, last))
    with store.reading() as session:
        real = (
            Sale.training.is_(False),
            Sale.shop_id == select(Shop.id).where(Shop.code == "BRUKT").scalar_subquery(),
        )
        total, vat, rounding = session.execute(
            select(
                func.sum(Sale.total_ore), func.sum(Sale.vat_ore), func.sum(Sale.rounding_ore)
            ).where(*real)
        ).one()
        payments = dict(
            session.execute(
                select(Payment.method, func.sum(Payment.amount_ore))
                .join(Sale, Payment.sale_id == Sale.id)
                .where(*real)
                .group_by(Payment.method)
            ).all()
        )
        per_rate = {
            (rate, margin): (int(base), int(vat_sum))
            for rate, margin, base, vat_sum in session.execute(
                select(
                    SaleLine.vat_rate_bp,
                    SaleLine.margin_scheme,
                    func.sum(SaleLine.vat_base_ore),
                    func.sum(SaleLine.vat_ore),
                )
                .join(Sale, SaleLine.sale_id == Sale.id)
                .where(*real)
                .group_by(SaleLine.vat_rate_bp, SaleLine.margin_scheme)
            ).all()
        }
        returns = session.scalar(select(func.count()).where(*real, Sale.kind == "return"))
    assert returns > 0  # the week had returns, so the sums are net figures

    # Totals: Z-reports, export, database.
    assert sum(r.net_ore for r in reports) == exported.totals.total_ore == total
    assert sum(r.vat_ore for r in reports) == exported.totals.vat_ore == vat
    assert sum(r.rounding_ore for r in reports) == exported.totals.rounding_ore == rounding

    # Per payment method.
    z_payments = Counter()
    for report in reports:
        for name, figure in report.per_payment.items():
            z_payments[name] += figure.amount_ore
    assert dict(z_payments) == {METHOD_NAMES[m.value]: int(a) for m, a in payments.items()}
    assert {METHOD_NAMES[m]: a for m, a in exported.totals.payments_ore.items()} == dict(z_payments)

    # Per VAT rate (margin-scheme lines apart).
    z_rates = Counter()
    for report in reports:
        for key, (base, vat_sum, _total) in report.vat_per_rate.items():
            z_rates[key, "base"] += base
            z_rates[key, "vat"] += vat_sum
    for (rate, margin), (base, vat_sum) in per_rate.items():
        key = f"{rate / 100:g} %" + (" bruktmoms" if margin else "")
        assert (z_rates[key, "base"], z_rates[key, "vat"]) == (base, vat_sum)
        export_rows = [v for v in exported.vat if v.rate_bp == rate and v.margin_scheme == margin]
        assert sum(v.base_ore for v in export_rows) == base
        assert sum(v.vat_ore for v in export_rows) == vat_sum

    # Grand totals carry on, and the store is sound.
    assert reports[-1].grand_net_ore + reports[-2].grand_net_ore == total
    assert verify_store(store) == []
