"""Sales exports (XLSX and CSV) on SQLite and PostgreSQL: every sheet adds up to
the database to the øre, training sales stay out, returns are negative rows."""

from __future__ import annotations

import csv
import io
import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from omigjen_pos.cli import main
from omigjen_pos.domain.business_day import OSLO, business_date
from omigjen_pos.domain.errors import InvalidInput, NotFound, PermissionDenied
from omigjen_pos.domain.item_rules import ItemDraft
from omigjen_pos.domain.items import ItemSource
from omigjen_pos.domain.journal_events import EventType
from omigjen_pos.domain.pricing import Discount
from omigjen_pos.domain.settlement import Tender
from omigjen_pos.services import users
from omigjen_pos.services.checkout.basket import open_basket, scan_item
from omigjen_pos.services.checkout.line_changes import discount_basket, discount_line
from omigjen_pos.services.checkout.returns import find_sales_for_return, record_return
from omigjen_pos.services.checkout.sale import complete_sale
from omigjen_pos.services.exports import SalesExportQuery, collect_sales, export_sales
from omigjen_pos.services.exports.sales_export import output_paths
from omigjen_pos.services.inventory.registration import list_categories, register_item
from omigjen_pos.services.store_setup import open_and_upgrade
from omigjen_pos.store.models import JournalEntry, Payment, PaymentMethod, Sale, SaleLine, Shop
from omigjen_pos.store.types import simulated_clock, utcnow

SHEETS = ["Salgslinjer", "Kvitteringer", "Betalinger", "Mva", "Varegrupper"]
CSV_TABLES = ["kvitteringer", "betalinger", "mva", "varegrupper"]

# ---------------------------------------------------------------- the trading


@dataclass(frozen=True)
class Trading:
    today: date
    past: date  # the business date of one BRUKT sale made weeks before
    brukt_manager: users.Actor
    hjerte_manager: users.Actor
    cashier: users.Actor
    admin: users.Actor
    formula_name: str
    voucher_code: str

    def period(self, shop: str | None) -> SalesExportQuery:
        """Everything: the old sale and today's (a day either side of midnight)."""
        return SalesExportQuery(shop, self.past, self.today + timedelta(days=1))


def _sell(store, actor, items, tenders, training=False, line_discount=None, basket_off=0):
    basket = open_basket(store, actor, training=training)
    for item in items:
        basket = scan_item(store, actor, basket.id, item.barcode)
    if line_discount is not None:
        discount_line(store, actor, basket.id, basket.lines[0].id, line_discount)
    if basket_off:
        discount_basket(store, actor, basket.id, Discount(amount_ore=basket_off))
    return complete_sale(store, actor, basket.id, tenders)


@pytest.fixture
def trading(store) -> Trading:
    """BRUKT: a sale with a line and a basket discount paid by card and cash
    (rounded), a margin-scheme item with a zero-rated book by Vipps, two returns
    of the first sale (cash, rounded; store credit), a training sale, and a sale
    forty days ago. HJERTE (not VAT-registered): one sale in cash."""
    categories = {c.code: c.id for c in list_categories(store)}
    manager = users.login(store, "BRUKT-1", 103, "1234")
    cashier = users.login(store, "BRUKT-1", 101, "1111")
    hjerte = users.login(store, "HJERTE-1", 302, "6666")
    admin = users.login(store, "BRUKT-2", 900, "9999")

    def item(actor, price, name, category="MOBLER", **more):
        draft = ItemDraft(
            category_id=categories[category],
            name=name,
            price_ore=price,
            source=more.pop("source", ItemSource.DONATION),
            **more,
        )
        return register_item(store, actor, draft)

    formula = "=1+1 lampe"
    today = business_date(utcnow())
    past = today - timedelta(days=40)
    with simulated_clock(datetime.combine(past, time(11, 30), tzinfo=OSLO)):
        _sell(store, cashier, [item(manager, 5000, "Krakk")], [Tender("card", 5000)])

    chair, table = item(manager, 14950, "Spisestol"), item(manager, 30000, formula)
    first = _sell(
        store,
        cashier,
        [chair, table],
        [Tender("card", 20000, reference="831122"), Tender("cash", tendered_ore=30000)],
        line_discount=Discount(percent_bp=1000),
        basket_off=1075,
    )
    bought = item(
        manager,
        34900,
        "Vinterjakke",
        "KLAR",
        source=ItemSource.BOUGHT_PRIVATE,
        purchase_price_ore=10000,
    )
    book = item(manager, 4990, "Sofies verden", "BOKER")
    _sell(store, cashier, [bought, book], [Tender("vipps", 39890, reference="VIPPS-77")])

    found = find_sales_for_return(store, cashier, f"BRUKT-1 {first.receipt_number}")[0]
    chair_line, table_line = found.lines
    record_return(store, cashier, str(uuid.uuid4()), found.id, [chair_line.id], PaymentMethod.CASH)
    credit = record_return(
        store,
        cashier,
        str(uuid.uuid4()),
        found.id,
        [table_line.id],
        PaymentMethod.STORE_CREDIT,
    )
    _sell(store, cashier, [item(manager, 99900, "Treningsvare")], [Tender("cash")], training=True)

    _sell(store, hjerte, [item(hjerte, 12350, "Barnejakke", "KLAR")], [Tender("cash")])
    return Trading(today, past, manager, hjerte, cashier, admin, formula, credit.voucher_code)


# ------------------------------------------------------ what the database says


@dataclass(frozen=True)
class Expected:
    receipts: int
    lines: int
    total: int
    vat: int
    discount: int
    rounding: int
    line_discount: int
    quantity: int
    vat_base: int
    by_method: dict[str, int]
    by_rate: dict[tuple[str, int, bool], tuple[int, int, int]]  # base, VAT, total

    @property
    def paid(self) -> int:
        return self.total + self.rounding


def expected(store, query: SalesExportQuery) -> Expected:
    """The sums the export must give, asked of the database in its own words."""
    real = [
        Sale.training.is_(False),
        Sale.business_date.between(query.first, query.last),
    ]
    if query.shop_code:
        real.append(
            Sale.shop_id == select(Shop.id).where(Shop.code == query.shop_code).scalar_subquery()
        )
    with store.reading() as session:
        receipts, total, vat, discount, rounding = session.execute(
            select(
                func.count(),
                func.sum(Sale.total_ore),
                func.sum(Sale.vat_ore),
                func.sum(Sale.discount_ore),
                func.sum(Sale.rounding_ore),
            ).where(*real)
        ).one()
        lines, line_discount, quantity, base = session.execute(
            select(
                func.count(),
                func.sum(SaleLine.discount_ore),
                func.sum(SaleLine.quantity),
                func.sum(SaleLine.vat_base_ore),
            )
            .join(Sale, SaleLine.sale_id == Sale.id)
            .where(*real)
        ).one()
        by_method = {
            method.value: int(amount)
            for method, amount in session.execute(
                select(Payment.method, func.sum(Payment.amount_ore))
                .join(Sale, Payment.sale_id == Sale.id)
                .where(*real)
                .group_by(Payment.method)
            )
        }
        by_rate = {
            (code, rate, bool(margin)): (int(b), int(v), int(t))
            for code, rate, margin, b, v, t in session.execute(
                select(
                    SaleLine.vat_code,
                    SaleLine.vat_rate_bp,
                    SaleLine.margin_scheme,
                    func.sum(SaleLine.vat_base_ore),
                    func.sum(SaleLine.vat_ore),
                    func.sum(SaleLine.line_total_ore),
                )
                .join(Sale, SaleLine.sale_id == Sale.id)
                .where(*real)
                .group_by(SaleLine.vat_code, SaleLine.vat_rate_bp, SaleLine.margin_scheme)
            )
        }
    return Expected(
        receipts,
        lines,
        *(int(x or 0) for x in (total, vat, discount, rounding, line_discount, quantity, base)),
        by_method,
        by_rate,
    )


# ------------------------------------------------------------ reading it back


def ore(value) -> int:
    """A spreadsheet's kroner (int, float or Decimal) back to øre, exactly."""
    return int((Decimal(str(value)) * 100).to_integral_value())


def sheet_table(sheet) -> tuple[list[str], list[dict], list[dict]]:
    """(headers, data rows, totals rows): the totals come after one empty row."""
    rows = list(sheet.iter_rows(values_only=True))
    headers = list(rows[0])
    data, totals, in_totals = [], [], False
    for row in rows[1:]:
        if all(value is None for value in row):
            in_totals = True
            continue
        (totals if in_totals else data).append(dict(zip(headers, row, strict=True)))
    return headers, data, totals


def csv_table(path: Path, decimal: str) -> list[dict]:
    raw = path.read_bytes()
    if decimal == "comma":
        assert raw.startswith(b"\xef\xbb\xbf")  # Excel needs the BOM for æ ø å
        text = raw.decode("utf-8-sig")
    else:
        assert not raw.startswith(b"\xef\xbb\xbf")
        text = raw.decode("utf-8")
    assert text.count("\r\n") == text.count("\n")  # CRLF, every line
    delimiter = ";" if decimal == "comma" else ","
    return list(csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter))


def csv_ore(text: str, decimal: str) -> int:
    other = "." if decimal == "comma" else ","
    assert other not in text and " " not in text, text
    return ore(text.replace(",", "."))


# ------------------------------------------------------------------- the tests


def test_the_figures_are_the_database_sums_without_training(store, trading):
    query = trading.period(None)
    data = collect_sales(store, query)
    want = expected(store, query)
    totals = data.totals
    assert (totals.receipts, totals.sales, totals.returns) == (want.receipts, 4, 2)
    assert (totals.total_ore, totals.vat_ore, totals.rounding_ore) == (
        want.total,
        want.vat,
        want.rounding,
    )
    assert totals.rounding_ore != 0  # the scenario does round cash
    assert totals.payments_ore == want.by_method
    assert set(totals.payments_ore) == {"cash", "card", "vipps", "store_credit"}
    merged: dict = {}
    for v in data.vat:  # per shop in the export; the same keys summed over shops here
        key = (v.vat_code, v.rate_bp, v.margin_scheme)
        base, vat, total = merged.get(key, (0, 0, 0))
        merged[key] = (base + v.base_ore, vat + v.vat_ore, total + v.total_ore)
    assert merged == want.by_rate
    assert [shop.code for shop in data.shops] == ["BRUKT", "HJERTE", "REP"]


def test_xlsx_has_five_sheets_of_real_numbers_that_add_up(store, trading, tmp_path):
    query = trading.period(None)
    path = tmp_path / "salg.xlsx"
    summary = export_sales(store, trading.admin, query, path)
    want = expected(store, query)
    assert summary.files == (path,)
    assert (summary.receipts, summary.lines, summary.total_ore) == (
        want.receipts,
        want.lines,
        want.total,
    )
    book = load_workbook(path)
    assert book.sheetnames == SHEETS
    for sheet in book.worksheets:
        assert sheet.freeze_panes == "A2"
        assert all(cell.font.bold for cell in sheet[1])
        assert sheet.column_dimensions["A"].width >= 9

    headers, lines, (line_sum,) = sheet_table(book["Salgslinjer"])
    assert headers[:6] == ["Dato", "Klokkeslett", "Butikk", "Kasse", "Kvitteringsnr", "Type"]
    assert len(lines) == want.lines
    assert all(isinstance(row["Dato"], datetime) for row in lines)  # a real date
    assert all(isinstance(row["Klokkeslett"], time) for row in lines)
    assert all(isinstance(row["Linjesum"], int | float) for row in lines)
    money = book["Salgslinjer"]["O2"]
    assert money.number_format == "#,##0.00" and money.data_type == "n"
    assert book["Salgslinjer"]["A2"].number_format == "dd.mm.yyyy"
    assert sum(ore(row["Linjesum"]) for row in lines) == want.total == ore(line_sum["Linjesum"])
    assert sum(ore(row["Mva"]) for row in lines) == want.vat == ore(line_sum["Mva"])
    assert sum(ore(r["Mva-grunnlag"]) for r in lines) == want.vat_base
    assert sum(ore(row["Rabatt"]) for row in lines) == want.line_discount == want.discount
    assert sum(row["Antall"] for row in lines) == want.quantity == line_sum["Antall"]
    assert line_sum["Dato"] == "Sum i alt"
    assert not any(row["Beskrivelse"] == "Treningsvare" for row in lines)
    returned = [row for row in lines if row["Type"] == "retur"]
    assert len(returned) == 2 and all(ore(row["Linjesum"]) < 0 for row in returned)
    assert all(row["Antall"] == -1 for row in returned)
    margin = next(row for row in lines if row["Beskrivelse"] == "Vinterjakke")
    assert margin["Bruktmoms"] == "ja" and ore(margin["Mva-grunnlag"]) == 24900
    assert ore(margin["Mva"]) == 4980 and margin["Mva-sats %"] == 25
    book_line = next(row for row in lines if row["Beskrivelse"] == "Sofies verden")
    assert (book_line["Mva-kode"], book_line["Mva-sats %"], ore(book_line["Mva"])) == ("5", 0, 0)
    hjerte = next(row for row in lines if row["Butikk"] == "HJERTE")
    assert (hjerte["Mva-kode"], ore(hjerte["Mva"]), hjerte["Kategori"]) == ("6", 0, "Klær")
    assert isinstance(hjerte["Strekkode"], str) and len(hjerte["Strekkode"]) == 13
    old = [row for row in lines if row["Dato"].date() == trading.past]
    assert [row["Beskrivelse"] for row in old] == ["Krakk"]

    _, receipts, (receipt_sum,) = sheet_table(book["Kvitteringer"])
    assert len(receipts) == want.receipts
    assert all(isinstance(row["Tidspunkt"], datetime) for row in receipts)
    assert sum(ore(row["Sum inkl. mva"]) for row in receipts) == want.total
    assert sum(ore(row["Mva"]) for row in receipts) == want.vat == ore(receipt_sum["Mva"])
    assert sum(ore(row["Øreavrunding"]) for row in receipts) == want.rounding
    assert ore(receipt_sum["Øreavrunding"]) == want.rounding
    assert ore(receipt_sum["Betalt"]) == want.paid
    assert sum(ore(row["Rabatt"]) for row in receipts) == want.discount
    assert {row["Kasserer"] for row in receipts} == {"Kari Kasserer", "Per Styreleder"}
    refunds = [row for row in receipts if row["Type"] == "retur"]
    assert len(refunds) == 2 and all(row["Retur av"].startswith("BRUKT-1 ") for row in refunds)

    _, payments, payment_sums = sheet_table(book["Betalinger"])
    assert sum(ore(row["Beløp"]) for row in payments) == want.paid
    assert payment_sums[-1]["Dato"] == "Sum i alt" and ore(payment_sums[-1]["Beløp"]) == want.paid
    by_method: dict[str, int] = {}
    for row in payment_sums[:-1]:
        by_method[row["Betalingsmåte"]] = by_method.get(row["Betalingsmåte"], 0) + ore(row["Beløp"])
    names = {"cash": "Kontant", "card": "Bankkort", "vipps": "Vipps", "store_credit": "Tilgodelapp"}
    assert by_method == {names[method]: amount for method, amount in want.by_method.items()}
    assert {row["SAF-T-kode"] for row in payments} == {"12001", "12002", "12011", "12010"}
    credit = next(row for row in payments if row["Betalingsmåte"] == "Tilgodelapp")
    assert trading.voucher_code not in credit["Referanse"]  # a voucher code is money
    assert credit["Referanse"].endswith(trading.voucher_code[-4:])

    _, vat_rows, vat_sums = sheet_table(book["Mva"])
    merged: dict = {}
    for row in vat_rows:
        key = (row["Mva-kode"], row["Mva-sats %"] * 100, row["Bruktmoms"] == "ja")
        base, vat, total = merged.get(key, (0, 0, 0))
        merged[key] = (
            base + ore(row["Grunnlag"]),
            vat + ore(row["Mva"]),
            total + ore(row["Sum inkl. mva"]),
        )
    assert merged == want.by_rate
    assert [row["Butikk"] for row in vat_sums] == ["Sum BRUKT", "Sum HJERTE", "Sum i alt"]
    assert ore(vat_sums[-1]["Mva"]) == want.vat and ore(vat_sums[-1]["Grunnlag"]) == want.vat_base
    assert {row["Org.nr"] for row in vat_rows} == {"921467710", "998877652"}

    _, groups, group_sums = sheet_table(book["Varegrupper"])
    assert sum(ore(row["Sum inkl. mva"]) for row in groups) == want.total
    assert sum(row["Linjer"] for row in groups) == want.lines == group_sums[-1]["Linjer"]
    assert ore(group_sums[-1]["Mva"]) == want.vat
    assert {row["Varegruppe"] for row in groups} == {"04003"}


def test_text_that_looks_like_a_formula_stays_text(store, trading, tmp_path):
    query = trading.period("BRUKT")
    export_sales(store, trading.brukt_manager, query, tmp_path / "s.xlsx")
    sheet = load_workbook(tmp_path / "s.xlsx")["Salgslinjer"]
    cells = [row[8] for row in sheet.iter_rows(min_row=2) if row[8].value == trading.formula_name]
    assert cells and all(cell.data_type == "s" for cell in cells)
    for decimal, shown in (("comma", "'" + trading.formula_name), ("dot", trading.formula_name)):
        path = tmp_path / f"{decimal}.csv"
        export_sales(store, trading.brukt_manager, query, path, "csv", decimal)
        texts = [row["Beskrivelse"] for row in csv_table(path, decimal)]
        assert shown in texts


@pytest.mark.parametrize("decimal", ["comma", "dot"])
def test_csv_files_add_up_in_either_decimal_style(store, trading, tmp_path, decimal):
    query = trading.period(None)
    path = tmp_path / "salg.csv"
    summary = export_sales(store, trading.admin, query, path, "csv", decimal)
    want = expected(store, query)
    assert summary.files == output_paths(path, "csv")
    assert [p.name for p in summary.files] == ["salg.csv"] + [f"salg-{t}.csv" for t in CSV_TABLES]

    lines = csv_table(path, decimal)
    assert len(lines) == want.lines  # rows only: no totals row for a program to trip on
    assert sum(csv_ore(row["Linjesum"], decimal) for row in lines) == want.total
    assert sum(csv_ore(row["Mva"], decimal) for row in lines) == want.vat
    assert sum(int(row["Antall"]) for row in lines) == want.quantity
    assert all(date.fromisoformat(row["Dato"]) for row in lines)
    assert {row["Type"] for row in lines} == {"salg", "retur"}
    jacket = next(row for row in lines if row["Beskrivelse"] == "Vinterjakke")
    assert jacket["Enhetspris"] == ("349,00" if decimal == "comma" else "349.00")

    receipts = csv_table(tmp_path / "salg-kvitteringer.csv", decimal)
    assert len(receipts) == want.receipts
    assert sum(csv_ore(row["Øreavrunding"], decimal) for row in receipts) == want.rounding
    assert sum(csv_ore(row["Betalt"], decimal) for row in receipts) == want.paid
    assert all(datetime.fromisoformat(row["Tidspunkt"]) for row in receipts)

    payments = csv_table(tmp_path / "salg-betalinger.csv", decimal)
    by_method: dict[str, int] = {}
    for row in payments:
        by_method[row["SAF-T-kode"]] = by_method.get(row["SAF-T-kode"], 0) + csv_ore(
            row["Beløp"], decimal
        )
    codes = {"cash": "12001", "card": "12002", "vipps": "12011", "store_credit": "12010"}
    assert by_method == {codes[m]: amount for m, amount in want.by_method.items()}

    vat = csv_table(tmp_path / "salg-mva.csv", decimal)
    assert sum(csv_ore(row["Mva"], decimal) for row in vat) == want.vat
    assert sum(csv_ore(row["Grunnlag"], decimal) for row in vat) == want.vat_base
    groups = csv_table(tmp_path / "salg-varegrupper.csv", decimal)
    assert sum(csv_ore(row["Sum inkl. mva"], decimal) for row in groups) == want.total


def test_a_period_takes_only_its_business_days(store, trading, tmp_path):
    past_only = SalesExportQuery("BRUKT", trading.past, trading.past)
    summary = export_sales(store, trading.brukt_manager, past_only, tmp_path / "p.xlsx")
    assert (summary.receipts, summary.total_ore, summary.payments_ore) == (1, 5000, {"card": 5000})
    recent = SalesExportQuery("BRUKT", trading.past + timedelta(days=1), trading.today)
    data = collect_sales(store, recent)
    assert data.totals.receipts == 4 and data.totals.total_ore == expected(store, recent).total
    nothing = SalesExportQuery("BRUKT", date(2001, 1, 1), date(2001, 12, 31))
    empty = export_sales(store, trading.brukt_manager, nothing, tmp_path / "e.xlsx")
    assert (empty.receipts, empty.total_ore) == (0, 0)
    _, rows, (total,) = sheet_table(load_workbook(tmp_path / "e.xlsx")["Salgslinjer"])
    assert rows == [] and ore(total["Linjesum"]) == 0


def test_one_shop_only_its_own_figures(store, trading, tmp_path):
    query = trading.period("HJERTE")
    summary = export_sales(store, trading.hjerte_manager, query, tmp_path / "h.csv", "csv")
    assert summary.shop_codes == ("HJERTE",)
    assert (summary.receipts, summary.total_ore, summary.vat_ore) == (1, 12350, 0)
    assert (summary.rounding_ore, summary.payments_ore) == (50, {"cash": 12400})  # 123,50 -> 124
    rows = csv_table(tmp_path / "h.csv", "comma")
    assert {row["Butikk"] for row in rows} == {"HJERTE"}


def test_who_may_export_what(store, trading, tmp_path):
    path = tmp_path / "x.xlsx"
    with pytest.raises(PermissionDenied):
        export_sales(store, trading.cashier, trading.period("BRUKT"), path)
    with pytest.raises(PermissionDenied, match="HJERTE"):
        export_sales(store, trading.brukt_manager, trading.period("HJERTE"), path)
    with pytest.raises(PermissionDenied, match="whole centre"):
        export_sales(store, trading.brukt_manager, trading.period(None), path)
    assert not path.exists()
    assert export_sales(store, trading.brukt_manager, trading.period("brukt"), path).receipts == 5
    for shop in (None, "BRUKT", "HJERTE", "REP"):
        export_sales(store, trading.admin, trading.period(shop), path)  # from a BRUKT till
    with pytest.raises(NotFound):
        export_sales(store, trading.admin, trading.period("NOPE"), path)


def test_bad_requests_are_refused_before_anything_is_written(store, trading, tmp_path):
    with pytest.raises(InvalidInput):
        SalesExportQuery(None, trading.today, trading.past)
    path = tmp_path / "x.xlsx"
    with pytest.raises(InvalidInput):
        export_sales(store, trading.admin, trading.period(None), path, fmt="pdf")
    with pytest.raises(InvalidInput):
        export_sales(store, trading.admin, trading.period(None), path, "csv", decimal="tab")
    with pytest.raises(InvalidInput, match="missing"):
        export_sales(store, trading.admin, trading.period(None), tmp_path / "missing" / "x.xlsx")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_a_cancelled_export_leaves_the_old_files_alone(store, trading, tmp_path, fmt):
    path = tmp_path / f"salg.{fmt}"
    for target in output_paths(path, fmt):
        target.write_text("before")
    calls = []

    class Cancelled(Exception):
        pass

    def cancel(done, total):
        calls.append((done, total))
        if done:
            raise Cancelled  # what a cancel button's progress callback does

    with pytest.raises(Cancelled):
        export_sales(
            store, trading.admin, trading.period(None), path, fmt, batch_size=2, progress=cancel
        )
    assert all(target.read_text() == "before" for target in output_paths(path, fmt))
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        p.name for p in output_paths(path, fmt)
    )  # no partial file left behind
    assert calls[0][0] == 0


def test_rows_stream_in_batches_with_progress(store, trading, tmp_path):
    calls: list[tuple[int, int]] = []
    summary = export_sales(
        store,
        trading.admin,
        trading.period(None),
        tmp_path / "s.xlsx",
        batch_size=2,
        progress=lambda done, total: calls.append((done, total)),
    )
    total = summary.lines + summary.receipts + summary.payments
    assert calls[0] == (0, total) and calls[-1] == (total, total)
    dones = [done for done, _ in calls]
    assert dones == sorted(dones) and len(calls) > total // 2  # a call per batch of two


def test_a_sale_completed_during_an_export_is_wholly_out_of_it(store, trading, tmp_path):
    """One snapshot for the whole export: the rows and the totals agree even
    when a till completes a sale while the file is being written."""
    categories = {c.code: c.id for c in list_categories(store)}
    lamp = register_item(
        store,
        trading.brukt_manager,
        ItemDraft(categories["ELEKTRO"], "Lampe", 25000, ItemSource.DONATION),
    )
    sold = []

    def sell_meanwhile(done, total):
        if done and not sold:
            sold.append(_sell(store, trading.cashier, [lamp], [Tender("card", 25000)]))

    query = trading.period("BRUKT")
    before = collect_sales(store, query).totals
    during = export_sales(
        store,
        trading.brukt_manager,
        query,
        tmp_path / "s.xlsx",
        batch_size=1,
        progress=sell_meanwhile,
    )
    assert sold and (during.receipts, during.total_ore) == (before.receipts, before.total_ore)
    after = export_sales(store, trading.brukt_manager, query, tmp_path / "t.xlsx")
    assert (after.receipts, after.total_ore) == (before.receipts + 1, before.total_ore + 25000)


# ------------------------------------------------------------- the command line


@pytest.fixture(scope="module")
def history_url(store_factory) -> str:
    """The demo centre with two days of trading history, as `demo --days 2` makes
    it; shared by the command-line tests, which only read its sales."""
    url = store_factory.new_url("export")
    assert main(["--database-url", url, "demo", "--items-per-shop", "20", "--days", "2"]) == 0
    return url


@pytest.fixture(autouse=True)
def no_pin_in_the_environment(monkeypatch):
    monkeypatch.delenv("OMIGJEN_PIN", raising=False)
    monkeypatch.setattr("sys.stdin", io.StringIO())  # no terminal to ask at


def test_the_command_exports_the_whole_centre_as_the_admin(history_url, tmp_path, capsys):
    path = tmp_path / "senter.xlsx"
    args = ["--database-url", history_url, "export", "sales", "--all"]
    code = main([*args, "--from", "2000-01-01", "--to", "2100-12-31", "-o", str(path)])
    out = capsys.readouterr().out
    assert code == 0, out
    assert out.startswith("Exported ") and "of the whole centre" in out and str(path) in out
    store, _ = open_and_upgrade(history_url)
    try:
        query = SalesExportQuery(None, date(2000, 1, 1), date(2100, 12, 31))
        want = expected(store, query)
    finally:
        store.close()
    assert want.receipts > 20
    book = load_workbook(path)
    _, rows, (total,) = sheet_table(book["Kvitteringer"])
    assert len(rows) == want.receipts and ore(total["Sum inkl. mva"]) == want.total
    assert ore(total["Øreavrunding"]) == want.rounding and f"{want.receipts} receipts" in out


def test_the_command_exports_a_shop_as_csv_for_its_manager(history_url, tmp_path, capsys):
    path = tmp_path / "brukt.csv"
    command = ["--database-url", history_url, "export", "sales", "--shop", "brukt"]
    period = ["--from", "2000-01-01", "--to", "2100-12-31"]
    code = main(
        [*command, *period, "--decimal", "dot", "-o", str(path), "--user", "103", "--pin", "1234"]
    )
    out = capsys.readouterr().out
    assert code == 0 and "of BRUKT" in out and "and 4 more files" in out
    assert {row["Butikk"] for row in csv_table(path, "dot")} == {"BRUKT"}


@pytest.mark.parametrize(
    ("when", "message"),
    [
        (["--date", "2026-13-01"], "not a date"),
        (["--date", "26.11.2026"], "not a date"),
        (["--from", "2026-11-26", "--to", "2026-11-01"], "after --to"),
        (["--from", "2026-11-26"], "give --date"),
        ([], "give --date"),
        (["--date", "2026-11-26", "--to", "2026-11-27"], "not both"),
    ],
)
def test_the_command_explains_a_bad_period(store_factory, tmp_path, capsys, when, message):
    url = store_factory.new_url("never-opened")  # refused before the store is opened
    args = ["--database-url", url, "export", "sales", "--shop", "BRUKT", *when]
    assert main([*args, "-o", str(tmp_path / "x.xlsx")]) == 1
    assert message in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_the_command_refuses_who_may_not(history_url, tmp_path, capsys):
    path = str(tmp_path / "x.xlsx")
    base = ["--database-url", history_url, "export", "sales", "--date", "2026-11-26", "-o", path]
    assert main([*base, "--shop", "BRUKT", "--user", "101", "--pin", "1111"]) == 1
    assert "may not view_reports" in capsys.readouterr().err
    assert main([*base, "--all", "--user", "103", "--pin", "1234"]) == 1
    assert "whole centre" in capsys.readouterr().err
    assert main([*base, "--shop", "NOPE"]) == 1
    assert "NOPE" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_:  # argparse: --shop or --all is required
        main(["--database-url", history_url, "export", "sales", "--date", "2026-11-26", "-o", path])
    assert exit_.value.code == 2
    assert list(tmp_path.iterdir()) == []


def test_an_export_is_journaled(store, manager, tmp_path):
    today = date.today()
    export_sales(store, manager, SalesExportQuery("BRUKT", today, today), tmp_path / "s.xlsx")
    with store.reading() as session:
        entry = session.scalars(
            select(JournalEntry).where(JournalEntry.event_type == EventType.SALES_EXPORT)
        ).one()
    assert entry.saft_event_code == "13999" and "s.xlsx" in entry.summary
