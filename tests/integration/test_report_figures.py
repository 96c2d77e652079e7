"""Report figures and reuse figures, on SQLite and PostgreSQL, against sums done by hand.

Two Oslo business days in June 2025 (summer time, UTC+2) at BRUKT, with a
training sale, a return, a stock article, a sale on the next day after 1 a.m.
Oslo time (still the 10th in UTC) and one just after UTC midnight, one sale at
HJERTE, and one at BRUKT after the period.
"""

from __future__ import annotations

import csv
import io
import uuid
from datetime import UTC, date, datetime

import pytest
from pypdf import PdfReader

from omigjen_pos.domain.errors import InvalidInput, PermissionDenied
from omigjen_pos.domain.item_rules import ItemDraft
from omigjen_pos.domain.items import ItemKind, ItemSource
from omigjen_pos.domain.settlement import Tender
from omigjen_pos.services import users
from omigjen_pos.services.checkout.basket import open_basket, scan_item
from omigjen_pos.services.checkout.returns import find_sales_for_return, record_return
from omigjen_pos.services.checkout.sale import complete_sale
from omigjen_pos.services.inventory.registration import list_categories, register_item
from omigjen_pos.services.reports.figures import (
    CategoryFigure,
    DayFigure,
    HourFigure,
    PaymentFigure,
    ReportPeriod,
    ShopFigure,
    Totals,
    load_figures,
    report_shops,
)
from omigjen_pos.services.reports.reuse import reuse_figures, write_reuse_csv, write_reuse_pdf
from omigjen_pos.store.models import PaymentMethod
from omigjen_pos.store.types import simulated_clock

PERIOD = ReportPeriod(date(2025, 6, 10), date(2025, 6, 11))


def utc(day: int, hour: int, minute: int) -> datetime:
    return datetime(2025, 6, day, hour, minute, tzinfo=UTC)


class Centre:
    """The demo centre's people, and the June trading written through the services."""

    def __init__(self, store) -> None:
        self.store = store
        self.cashier = users.login(store, "BRUKT-1", 101, "1111")
        self.manager = users.login(store, "BRUKT-1", 103, "1234")
        self.admin = users.login(store, "BRUKT-1", 900, "9999")
        self.volunteer = users.login(store, "HJERTE-1", 301, "5555")
        self.hjerte_manager = users.login(store, "HJERTE-1", 302, "6666")
        self.categories = {c.code: c.id for c in list_categories(store)}

    def item(self, actor, category, name, price_ore, intake, weight=None, **more):
        draft = ItemDraft(
            category_id=self.categories[category],
            name=name,
            price_ore=price_ore,
            source=more.pop("source", ItemSource.DONATION),
            weight_grams=weight,
            intake_date=intake,
            **more,
        )
        return register_item(self.store, actor, draft)

    def sell(self, at, actor, items, tenders, training=False):
        with simulated_clock(at):
            basket = open_basket(self.store, actor, training=training)
            for item in items:
                basket = scan_item(self.store, actor, basket.id, item.barcode)
            return complete_sale(self.store, actor, basket.id, tenders)

    def give_back(self, at, actor, sale, barcode, method):
        with simulated_clock(at):
            (found,) = find_sales_for_return(
                self.store, actor, f"{sale.till_code} {sale.receipt_number}"
            )
            line = next(line for line in found.lines if line.barcode == barcode)
            return record_return(self.store, actor, str(uuid.uuid4()), found.id, [line.id], method)

    def trade(self) -> None:
        m, june = self.manager, date
        chair = self.item(m, "MOBLER", "Spisestol", 14950, june(2025, 6, 1), 4500)
        book = self.item(m, "BOKER", "Roman", 4500, june(2025, 6, 10), 300)
        lamp = self.item(m, "ELEKTRO", "Lampe", 34900, june(2025, 6, 5))  # no weight
        bag = self.item(
            m,
            "SPORT",
            "Pose",
            500,
            june(2025, 6, 10),
            kind=ItemKind.STOCK,
            quantity=10,
            source=ItemSource.NEW_GOODS,
        )
        table = self.item(m, "MOBLER", "Bord", 30000, june(2025, 6, 11), 20000)
        radio = self.item(m, "ELEKTRO", "Radio", 9950, june(2025, 5, 20), 1500)
        practice = self.item(m, "MOBLER", "Øvestol", 20000, june(2025, 6, 10), 5000)
        later = self.item(m, "MOBLER", "Krakk", 5000, june(2025, 6, 10), 2000)
        sweater = self.item(self.hjerte_manager, "KLAR", "Genser", 12000, june(2025, 6, 9), 600)

        cash = Tender("cash")
        first = self.sell(utc(10, 8, 15), self.cashier, [chair, book], [Tender("card", 19450)])
        self.sell(utc(10, 9, 40), self.cashier, [lamp, bag], [cash])  # 11:40
        self.sell(utc(10, 10, 0), self.cashier, [practice], [cash], training=True)
        self.give_back(utc(10, 12, 5), self.cashier, first, book.barcode, PaymentMethod.CASH)
        self.sell(utc(10, 11, 0), self.volunteer, [sweater], [Tender("card", 12000)])  # HJERTE
        # 01:50 on the 11th in Oslo, still the 10th in UTC; then 02:10, the 11th in both.
        self.sell(utc(10, 23, 50), self.cashier, [table], [Tender("vipps", 30000)])
        self.sell(utc(11, 0, 10), self.cashier, [radio], [cash])  # 99,50 paid as 100,00
        self.sell(utc(12, 10, 0), self.cashier, [later], [cash])  # after the period


@pytest.fixture(scope="module")
def traded(store_factory):
    """One store with the June trading for the whole module, per backend."""
    store = store_factory.demo()
    centre = Centre(store)
    centre.trade()
    yield centre
    store.close()


def test_totals_net_the_return_and_leave_out_training(traded):
    figures = load_figures(traded.store, traded.manager, traded.manager.shop_id, PERIOD)
    assert figures.totals == Totals(
        sales_ore=19450 + 35400 + 30000 + 9950,
        returns_ore=-4500,
        vat_ore=2990 + 6980 + 100 + 6000 + 1990,  # 25 % of the goods; books are zero-rated
        rounding_ore=50,
        receipts=4,
        return_receipts=1,
    )
    assert figures.totals.net_ore == 90300
    assert figures.totals.average_receipt_ore == 94800 // 4


def test_sales_per_hour_are_in_oslo_time_across_utc_midnight(traded):
    figures = load_figures(traded.store, traded.manager, traded.manager.shop_id, PERIOD)
    assert figures.hours == (
        HourFigure(1, 30000, 1),  # 23:50 UTC on the 10th
        HourFigure(2, 9950, 1),  # 00:10 UTC on the 11th
        HourFigure(10, 19450, 1),
        HourFigure(11, 35400, 1),
        HourFigure(14, -4500, 0),  # the return: money out, no sales receipt
    )


def test_sales_per_category_largest_first(traded):
    figures = load_figures(traded.store, traded.manager, traded.manager.shop_id, PERIOD)
    ids = traded.categories
    assert [(f.code, f.quantity, f.net_ore) for f in figures.categories] == [
        ("MOBLER", 2, 44950),
        ("ELEKTRO", 2, 44850),
        ("SPORT", 1, 500),
        ("BOKER", 0, 0),  # sold and returned
    ]
    assert figures.categories[0] == CategoryFigure(
        ids["MOBLER"], "MOBLER", "Møbler", "Furniture", "04003", 2, 44950
    )


def test_payment_mix_separates_takings_and_refunds(traded):
    figures = load_figures(traded.store, traded.manager, traded.manager.shop_id, PERIOD)
    assert figures.payments == (
        PaymentFigure("cash", 35400 + 10000, -4500),
        PaymentFigure("vipps", 30000, 0),
        PaymentFigure("card", 19450, 0),
    )


def test_items_registered_and_sold_per_day(traded):
    figures = load_figures(traded.store, traded.manager, traded.manager.shop_id, PERIOD)
    # Registered by intake date: book, bag, the training chair and the stool on the
    # 10th, the table on the 11th. Sold: chair, book, lamp, bag less the book; table, radio.
    assert figures.days == (DayFigure(date(2025, 6, 10), 4, 3), DayFigure(date(2025, 6, 11), 1, 2))


def test_days_from_intake_to_sale_count_kept_reused_items_only(traded):
    figures = load_figures(traded.store, traded.manager, traded.manager.shop_id, PERIOD)
    # chair 9 days, lamp 5, table 0, radio 22; the returned book and the bag do not count.
    overall = figures.shelf_time
    assert (overall.items, overall.total_days, overall.average_days) == (4, 36, 9.0)
    assert [(s.name_en, s.items, s.total_days) for s in figures.shelf_time_by_category] == [
        ("Electronics", 2, 27),
        ("Furniture", 2, 9),
    ]


def test_a_centre_admin_sees_every_shop_and_a_manager_only_theirs(traded):
    store, admin, manager = traded.store, traded.admin, traded.manager
    everything = load_figures(store, admin, None, PERIOD)
    assert [(s.code, s.net_ore, s.receipts) for s in everything.shops] == [
        ("HJERTE", 12000, 1),
        ("BRUKT", 90300, 4),
    ]
    assert everything.totals.net_ore == 90300 + 12000
    hjerte = everything.shops[0].shop_id
    assert load_figures(store, admin, hjerte, PERIOD).shops == (
        ShopFigure(hjerte, "HJERTE", "Hjerterom Gjenbruk", 12000, 1),
    )
    assert [s.code for s in report_shops(store, admin)] == ["HJERTE", "BRUKT", "REP"]
    assert [s.code for s in report_shops(store, manager)] == ["BRUKT"]
    for shop_id in (None, hjerte):
        with pytest.raises(PermissionDenied):
            load_figures(store, manager, shop_id, PERIOD)
        with pytest.raises(PermissionDenied):
            reuse_figures(store, manager, shop_id, PERIOD)
    with pytest.raises(PermissionDenied):
        load_figures(store, traded.cashier, traded.cashier.shop_id, PERIOD)
    with pytest.raises(PermissionDenied):
        report_shops(store, traded.cashier)


def test_a_period_ends_on_its_last_day_and_cannot_run_backwards(traded):
    day = date(2025, 6, 12)
    only = load_figures(
        traded.store, traded.manager, traded.manager.shop_id, ReportPeriod(day, day)
    )
    assert (only.totals.sales_ore, only.totals.receipts) == (5000, 1)
    with pytest.raises(InvalidInput):
        ReportPeriod(day, date(2025, 6, 11))


def test_reuse_counts_unique_items_net_of_returns_with_weight_and_value(traded):
    figures = reuse_figures(traded.store, traded.manager, traded.manager.shop_id, PERIOD)
    assert [
        (r.category_name_nb, r.items, r.weight_grams, r.items_without_weight, r.value_ore)
        for r in figures.rows
    ] == [
        ("Elektronikk", 2, 1500, 1, 44850),  # the lamp has no weight
        ("Møbler", 2, 24500, 0, 44950),
    ]  # the book came back, the bag is a stock article, the practice chair was training
    assert (figures.items, figures.weight_grams, figures.value_ore) == (4, 26000, 89800)
    assert figures.shop_name == "Omigjen Bruktbutikk"
    everything = reuse_figures(traded.store, traded.admin, None, PERIOD)
    assert everything.shop_name is None
    assert [(r.shop_code, r.category_name_nb, r.items) for r in everything.rows] == [
        ("HJERTE", "Klær", 1),
        ("BRUKT", "Elektronikk", 2),
        ("BRUKT", "Møbler", 2),
    ]


def test_reuse_csv_opens_in_norwegian_excel(traded, tmp_path):
    figures = reuse_figures(traded.store, traded.admin, None, PERIOD)
    path = tmp_path / "ombruk.csv"
    write_reuse_csv(figures, path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs to read UTF-8
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert rows == [
        ["Butikk", "Kategori", "Gjenstander", "Vekt (kg)", "Uten vekt", "Verdi (kr)"],
        ["Hjerterom Gjenbruk", "Klær", "1", "0,600", "0", "120,00"],
        ["Omigjen Bruktbutikk", "Elektronikk", "2", "1,500", "1", "448,50"],
        ["Omigjen Bruktbutikk", "Møbler", "2", "24,500", "0", "449,50"],
        ["Sum", "", "5", "26,600", "1", "1018,00"],
    ]
    assert not list(tmp_path.glob(".*partial"))


def test_reuse_pdf_is_one_a4_page_with_title_table_and_totals(traded, tmp_path):
    figures = reuse_figures(traded.store, traded.admin, None, PERIOD)
    path = tmp_path / "ombruk.pdf"
    write_reuse_pdf(figures, path)
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    page = reader.pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (595, 842)
    text = " ".join(page.extract_text().split())
    assert "Ombruk i perioden 10.06.2025–11.06.2025" in text
    assert "Omigjen ombrukssenter · Alle butikker" in text
    for expected in ("Hjerterom Gjenbruk", "Klær", "Elektronikk", "Møbler", "kr 1 018,00"):
        assert expected in text
    assert "Sum 5 26,6" in text
    assert "1 av gjenstandene har ingen registrert vekt" in text
