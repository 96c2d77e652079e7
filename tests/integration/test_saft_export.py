"""SAF-T Cash Register export on SQLite and PostgreSQL (N19, N20): the file is
valid against Skatteetaten's XSD, its transactions add up to the sales export
and the database to the øre, every journal event is there with its predefined
code, X/Z reports whole, signatures verify, and an invalid file never leaves
the export."""

from __future__ import annotations

import io
import json
import re
import uuid
from collections import Counter, defaultdict
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from lxml import etree
from sqlalchemy import func, select

from omigjen_pos.cli import main
from omigjen_pos.domain.business_day import business_date
from omigjen_pos.domain.errors import InvalidInput, NotFound, PermissionDenied, WrongPin
from omigjen_pos.domain.item_rules import ItemDraft
from omigjen_pos.domain.items import ItemSource
from omigjen_pos.domain.journal_events import EventType
from omigjen_pos.domain.settlement import Tender
from omigjen_pos.services import users
from omigjen_pos.services.checkout.basket import open_basket, scan_item
from omigjen_pos.services.checkout.line_changes import override_price
from omigjen_pos.services.checkout.returns import find_sales_for_return, record_return
from omigjen_pos.services.checkout.sale import complete_sale
from omigjen_pos.services.checkout.training import switch_training_mode
from omigjen_pos.services.exports import SalesExportQuery, collect_sales
from omigjen_pos.services.inventory.registration import list_categories, register_item
from omigjen_pos.services.reports.day_report import x_report, z_report
from omigjen_pos.services.saft import SaftInvalid, export_saft, saft_schema, validate_saft
from omigjen_pos.services.saft import writer as saft_writer
from omigjen_pos.services.saft.schema import NAMESPACE
from omigjen_pos.services.signing import public_key_pem, signature_is_valid, text_to_sign
from omigjen_pos.services.store_setup import open_and_upgrade
from omigjen_pos.services.tills import record_app_start, record_app_stop
from omigjen_pos.store.models import JournalEntry, Payment, PaymentMethod, Sale, Shop, Till
from omigjen_pos.store.types import utcnow
from tests.integration.test_day_reports import a_busy_day
from tests.integration.test_week_totals import trade_a_week

NS = {"s": NAMESPACE}
DEFAULT_NAME = re.compile(r"SAF-T Cash Register_(\d{9})_(\d{14})\.xml")
EXAMPLE = (
    Path(__file__).resolve().parents[3]
    / "shared"
    / "saft"
    / "ExampleFile SAF-T Cash Register_999999999_20210330104000.xml"
)


# ------------------------------------------------------------------ reading a file


def ore(text: str | None) -> int:
    return int(Decimal(text or "0") * 100)


def parse(path: Path) -> etree._Element:
    tree = etree.parse(str(path))
    saft_schema().assertValid(tree)  # the whole tree, not only the export's streaming check
    return tree.getroot()


def find(element, tag: str):
    return element.find(f"s:{tag}", NS)


def text_of(element, tag: str) -> str | None:
    return element.findtext(f"s:{tag}", namespaces=NS)


def all_of(element, xpath: str) -> list:
    return element.xpath(xpath, namespaces=NS)


def basics(root) -> dict[str, tuple[str, str | None]]:
    """basicID -> (basicType, predefinedBasicID)."""
    return {
        text_of(b, "basicID"): (text_of(b, "basicType"), text_of(b, "predefinedBasicID"))
        for b in all_of(root, "//s:basics/s:basic")
    }


def transactions(root) -> list[dict]:
    found = []
    for register in all_of(root, "//s:cashregister"):
        till = text_of(register, "registerID")
        for t in all_of(register, "s:cashtransaction"):
            found.append(
                {
                    "till": till,
                    "element": t,
                    "nr": int(text_of(t, "nr")),
                    "id": text_of(t, "transID"),
                    "type": text_of(t, "transType"),
                    "in": text_of(t, "transAmntIn"),
                    "ex": text_of(t, "transAmntEx"),
                    "date": text_of(t, "transDate"),
                    "time": text_of(t, "transTime"),
                    "training": text_of(t, "trainingID") == "true",
                    "signature": text_of(t, "signature"),
                    "key": text_of(t, "keyVersion"),
                }
            )
    return found


# --------------------------------------------------------------------- the trading


def trade_today(store, cashier, manager, make_item) -> None:
    """Every kind of event and transaction the till makes, today on BRUKT-1: the
    busy day of the report tests, a margin-scheme sale, a price override, a
    return to store credit spent again, training on and off, a wrong PIN, an
    X- and a Z-report, a logout, the app started and stopped."""
    record_app_start(store, "BRUKT-1")
    a_busy_day(store, cashier, make_item)
    categories = {c.code: c.id for c in list_categories(store)}
    jacket = register_item(
        store,
        manager,
        ItemDraft(
            category_id=categories["KLAR"],
            name="Vinterjakke",
            price_ore=34900,
            source=ItemSource.BOUGHT_PRIVATE,
            purchase_price_ore=10000,
        ),
    )
    basket = scan_item(store, cashier, open_basket(store, cashier).id, jacket.barcode)
    lamp = make_item(20000, name="Lampe")
    basket = scan_item(store, cashier, basket.id, lamp.barcode)
    basket = override_price(store, cashier, basket.id, basket.lines[1].id, 18000)
    sold = complete_sale(store, cashier, basket.id, [Tender("card", 52900, reference="4711")])
    (found,) = find_sales_for_return(store, cashier, f"BRUKT-1 {sold.receipt_number}")
    lamp_line = next(line for line in found.lines if line.barcode == lamp.barcode)
    credit = record_return(
        store, cashier, str(uuid.uuid4()), found.id, [lamp_line.id], PaymentMethod.STORE_CREDIT
    )
    basket = scan_item(store, cashier, open_basket(store, cashier).id, make_item(30000).barcode)
    complete_sale(
        store,
        cashier,
        basket.id,
        [Tender("store_credit", 18000, reference=credit.voucher_code), Tender("cash")],
    )
    switch_training_mode(store, manager, True)
    switch_training_mode(store, manager, False)
    with pytest.raises(WrongPin):
        users.login(store, "BRUKT-1", 102, "0000")
    x_report(store, manager)
    z_report(store, manager, 0)
    users.logout(store, cashier)
    record_app_stop(store, "BRUKT-1")


@pytest.fixture
def week(store, cashier, manager, make_item) -> tuple[date, date]:
    """A simulated week on BRUKT's two tills with a Z each day, then today."""
    _, first, _ = trade_a_week(store)
    trade_today(store, cashier, manager, make_item)
    return first, business_date(utcnow())


# ----------------------------------------------------------------------- the tests


def test_a_week_on_two_tills_validates_and_adds_up_to_the_sales(store, manager, week, tmp_path):
    first, last = week
    # The journal as the export will see it (the export's own entry comes after).
    with store.reading() as session:
        shop_id = session.scalar(select(Shop.id).where(Shop.code == "BRUKT"))
        till_ids = session.scalars(select(Till.id).where(Till.shop_id == shop_id)).all()
        journal = {
            str(entry_id): (event.value, code)
            for entry_id, event, code in session.execute(
                select(
                    JournalEntry.id, JournalEntry.event_type, JournalEntry.saft_event_code
                ).where(JournalEntry.till_id.in_(till_ids))
            )
        }
    calls = []
    summary = export_saft(
        store,
        manager,
        "BRUKT",
        first,
        last,
        tmp_path,
        progress=lambda done, total: calls.append((done, total)),
        batch_size=7,  # several pages of events and transactions per till
    )
    assert DEFAULT_NAME.fullmatch(summary.path.name).group(1) == "921467710"
    assert summary.path.parent == tmp_path and summary.path.exists()
    assert [p.name for p in tmp_path.iterdir()] == [summary.path.name]  # no partial left
    assert calls[-1][0] == calls[-1][1] == summary.events + summary.transactions + summary.training
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)
    root = parse(summary.path)

    # The sales export and the database say the same as the file.
    sales = collect_sales(store, SalesExportQuery("BRUKT", first, last))
    totals = sales.totals
    assert totals.returns >= 2 and summary.training == 1 and summary.unsigned == 0
    assert (
        summary.transactions,
        summary.returns,
        summary.lines,
        summary.total_ore,
        summary.vat_ore,
        summary.rounding_ore,
        summary.paid_ore,
    ) == (
        totals.receipts,
        totals.returns,
        totals.lines,
        totals.total_ore,
        totals.vat_ore,
        totals.rounding_ore,
        totals.paid_ore,
    )
    codes = basics(root)
    real = [t for t in transactions(root) if not t["training"]]
    assert len(real) == totals.receipts
    assert sum(ore(t["in"]) for t in real) == totals.total_ore
    vat = sum(ore(v) for t in real for v in all_of(t["element"], "s:vat/s:vatAmnt/text()"))
    assert vat == totals.vat_ore
    rounding = sum(ore(text_of(find(t["element"], "rounding"), "roundingAmnt")) for t in real)
    assert rounding == totals.rounding_ore
    line_totals = [
        ore(a) for t in real for a in all_of(t["element"], "s:ctLine/s:lineAmntIn/text()")
    ]
    assert (len(line_totals), sum(line_totals)) == (sales.lines.lines, sales.lines.total_ore)
    paid: Counter[str] = Counter()
    for t in real:
        for payment in all_of(t["element"], "s:payment"):
            paid[codes[text_of(payment, "paymentType")][1]] += ore(text_of(payment, "paidAmnt"))
    assert dict(paid) == {p.saft_code: p.amount_ore for p in sales.payments}
    with store.reading() as session:
        db_total, db_vat = session.execute(
            select(func.sum(Sale.total_ore), func.sum(Sale.vat_ore)).where(
                Sale.shop_id == shop_id, Sale.training.is_(False)
            )
        ).one()
    assert (summary.total_ore, summary.vat_ore) == (db_total, db_vat)

    # Transaction types, training, returns, margin scheme, vouchers.
    kinds = Counter(codes[t["type"]][1] for t in transactions(root))
    assert kinds == {"11001": totals.sales, "11006": totals.returns, "11999": 1}
    (training,) = [t for t in transactions(root) if t["training"]]
    assert training["id"].startswith("BRUKT-1-T") and codes[training["type"]][0] == "11"
    ids = {t["id"] for t in transactions(root)}
    refs = all_of(root, "//s:cashtransaction/s:refID/text()")
    assert len(refs) == totals.returns and set(refs) <= ids
    details = {
        text_of(d, "vatCode"): text_of(d, "standardVatCode")
        for d in all_of(root, "//s:vatCodeDetail")
    }
    assert details["3M"] == "3" and details["3"] == "3"
    (margin,) = all_of(root, "//s:ctLine[s:vat/s:vatCode='3M' and s:lineAmntIn='349.00']")
    assert text_of(margin, "costPrice") == "100.00"
    assert text_of(find(margin, "vat"), "vatAmnt") == "49.80"  # 249 kr margin, 25/125 of it
    assert text_of(find(margin, "vat"), "vatBasAmnt") == "199.20"
    assert all_of(root, "//s:ctLine/s:discount[s:dscTp='LINEDISCOUNT']")
    (credit,) = all_of(root, "//s:payment[s:paymentType='STORE_CREDIT' and s:paidAmnt='180.00']")
    assert text_of(credit, "paymentRefID").startswith("****")
    articles = set(all_of(root, "//s:articles/s:article/s:artID/text()"))
    assert set(all_of(root, "//s:ctLine/s:artID/text()")) == articles
    employees = set(all_of(root, "//s:employees/s:employee/s:empID/text()"))
    assert {"101", "102", "103"} <= employees
    assert set(all_of(root, "//s:event/s:empID/text()")) <= employees

    # Every journal entry of the shop's tills, with the code the journal stored.
    events = {
        text_of(e, "eventID"): codes[text_of(e, "eventType")] + (text_of(e, "eventType"),)
        for e in all_of(root, "//s:event")
    }
    assert set(events) == set(journal) and summary.events == len(journal)
    for entry_id, (basic_type, predefined, basic_id) in events.items():
        event, code = journal[entry_id]
        assert (basic_type, predefined, basic_id) == ("13", code, event.upper()), entry_id
    produced = {event for event, _ in journal.values()}
    assert produced >= {
        e.value
        for e in (
            EventType.APP_START,
            EventType.APP_STOP,
            EventType.LOGIN,
            EventType.LOGOUT,
            EventType.LOGIN_FAILED,
            EventType.OPENING_FLOAT,
            EventType.SALE_COMPLETED,
            EventType.RETURN_COMPLETED,
            EventType.SALES_RECEIPT,
            EventType.COPY_RECEIPT,
            EventType.DRAWER_OPEN,
            EventType.PAY_IN,
            EventType.PAY_OUT,
            EventType.VOID,
            EventType.LINE_CORRECTION,
            EventType.DISCOUNT,
            EventType.PRICE_OVERRIDE,
            EventType.PRICE_LOOKUP,
            EventType.TRAINING_ON,
            EventType.TRAINING_OFF,
            EventType.X_REPORT,
            EventType.Z_REPORT,
        )
    }
    linked = all_of(root, "//s:event[s:eventType='SALE_COMPLETED']/s:transID/text()")
    assert set(linked) <= ids

    # X/Z reports whole; the Zs add up to the sales.
    reports = all_of(root, "//s:event/s:eventReport")
    z = [r for r in reports if text_of(r, "reportType") == "Z report"]
    assert len(z) == 15 and len(reports) == summary.reports == 15 + 7 * 2 + 1  # the Xs too
    assert len(set(all_of(root, "//s:eventReport/s:reportID/text()"))) == len(reports)
    assert (
        sum(ore(r.findtext("s:reportTotalCashSales/s:totalCashSaleAmnt", namespaces=NS)) for r in z)
        == totals.total_ore
    )
    for report in reports:
        net = ore(report.findtext("s:reportTotalCashSales/s:totalCashSaleAmnt", namespaces=NS))
        by_rate = all_of(report, "s:reportCashSalesVat/s:reportCashSaleVat")
        assert (
            sum(ore(text_of(r, "cashSaleAmnt")) + ore(text_of(r, "vatAmnt")) for r in by_rate)
            == net
        )
        groups = all_of(report, "s:reportArtGroups/s:reportArtGroup/s:artGroupAmnt/text()")
        assert sum(map(ore, groups)) == net
        for group in all_of(report, "s:reportArtGroups/s:reportArtGroup/s:artGroupID/text()"):
            assert codes[group][0] == "04"
        for method in all_of(report, "s:reportPayments/s:reportPayment/s:paymentType/text()"):
            assert codes[method][0] == "12"
    (today_z,) = [r for r in z if text_of(r, "reportDate") == last.isoformat()]
    assert text_of(today_z, "reportTrainingNum") == "1"
    assert today_z.findtext("s:reportPayOuts/s:reportPayOut/s:payOutType", namespaces=NS) == "Melk"

    # Signatures: the text rebuilt from the file is the signed text, and it verifies.
    keys: dict[str, str] = {}
    previous: dict[tuple[str, bool], dict[int, str]] = defaultdict(dict)
    for t in transactions(root):
        previous[t["till"], t["training"]][t["nr"]] = t["signature"]
    with store.reading() as session:
        for t in transactions(root):
            before = previous[t["till"], t["training"]].get(t["nr"] - 1, "0")
            rebuilt = ";".join((before, t["date"], t["time"], str(t["nr"]), t["in"], t["ex"]))
            sale = session.scalars(
                select(Sale)
                .join(Till, Sale.till_id == Till.id)
                .where(
                    Till.code == t["till"],
                    Sale.receipt_number == t["nr"],
                    Sale.training.is_(t["training"]),
                )
            ).one()
            assert rebuilt == text_to_sign(session, sale)
            if t["key"] not in keys:
                keys[t["key"]] = public_key_pem(store, "BRUKT", int(t["key"]))[1]
            assert signature_is_valid(keys[t["key"]], rebuilt, t["signature"]), t["id"]


def test_an_empty_period_and_a_day_without_sales_give_valid_files(store, manager, tmp_path):
    long_ago = export_saft(store, manager, "BRUKT", date(2001, 1, 1), date(2001, 12, 31), tmp_path)
    root = parse(long_ago.path)
    assert (long_ago.transactions, long_ago.events, long_ago.articles) == (0, 0, 0)
    assert all_of(root, "//s:cashregister/s:registerID/text()") == ["BRUKT-1", "BRUKT-2"]
    assert text_of(find(root, "header"), "startDate") == "2001-01-01"

    x_report(store, manager)  # nothing sold: every required list gets a zero row
    z_report(store, manager, 0)
    today = business_date(utcnow())
    empty_day = export_saft(store, manager, "BRUKT", today, today, tmp_path / "today.xml")
    root = parse(empty_day.path)
    assert empty_day.transactions == 0 and empty_day.reports == 2
    for report in all_of(root, "//s:eventReport"):
        assert (
            report.findtext("s:reportArtGroups/s:reportArtGroup/s:artGroupID", namespaces=NS)
            == "04999"
        )
        assert (
            report.findtext("s:reportPayments/s:reportPayment/s:paymentType", namespaces=NS)
            == "CASH"
        )
        assert (
            report.findtext("s:reportCashSalesVat/s:reportCashSaleVat/s:vatCode", namespaces=NS)
            == "3"
        )


def test_a_shop_outside_the_vat_act_validates_without_vat(store, tmp_path):
    volunteer = users.login(store, "HJERTE-1", 301, "5555")
    chair = register_item(
        store,
        volunteer,
        ItemDraft(
            category_id={c.code: c.id for c in list_categories(store)}["KLAR"],
            name="Barnejakke",
            price_ore=12350,
            source=ItemSource.DONATION,
        ),
    )
    basket = scan_item(store, volunteer, open_basket(store, volunteer).id, chair.barcode)
    complete_sale(store, volunteer, basket.id, [Tender("cash")])
    chair_man = users.login(store, "HJERTE-1", 302, "6666")
    z_report(store, chair_man, 12400)
    today = business_date(utcnow())
    summary = export_saft(store, chair_man, "HJERTE", today, today, tmp_path)
    root = parse(summary.path)
    assert DEFAULT_NAME.fullmatch(summary.path.name).group(1) == "998877652"
    company = find(root, "company")
    assert text_of(company, "companyIdent") == "998877652"
    assert text_of(company, "taxRegIdent") is None  # not VAT-registered: no MVA (N25)
    assert set(all_of(root, "//s:ctLine/s:vat/s:vatCode/text()")) == {"6"}
    assert all_of(root, "//s:reportCashSaleVat/s:vatCode/text()") == ["6"]
    totals = collect_sales(store, SalesExportQuery("HJERTE", today, today)).totals
    assert (summary.transactions, summary.total_ore, summary.vat_ore) == (1, totals.total_ore, 0)
    assert summary.rounding_ore == 50 and summary.paid_ore == 12400


def test_who_may_export_which_shop(store, cashier, manager, tmp_path):
    today = business_date(utcnow())
    with pytest.raises(PermissionDenied):
        export_saft(store, cashier, "BRUKT", today, today, tmp_path)
    with pytest.raises(PermissionDenied):
        export_saft(store, manager, "HJERTE", today, today, tmp_path)
    hjerte = users.login(store, "HJERTE-1", 302, "6666")
    with pytest.raises(PermissionDenied):
        export_saft(store, hjerte, "BRUKT", today, today, tmp_path)
    assert list(tmp_path.iterdir()) == []
    admin = users.login(store, "BRUKT-1", 900, "9999")
    summary = export_saft(store, admin, "hjerte", today, today, tmp_path)
    assert summary.shop_code == "HJERTE" and summary.path.exists()
    with pytest.raises(NotFound):
        export_saft(store, admin, "NOPE", today, today, tmp_path)
    with pytest.raises(InvalidInput):
        export_saft(store, admin, "BRUKT", today, today - timedelta(days=1), tmp_path)
    with store.reading() as session:
        entry = session.scalars(
            select(JournalEntry).where(JournalEntry.event_type == EventType.JOURNAL_EXPORT)
        ).one()
        hjerte_id = session.scalar(select(Shop.id).where(Shop.code == "HJERTE"))
    # An admin at another shop's till: the export is the exported shop's event, at no till.
    assert (entry.shop_id, entry.till_id, entry.user_id) == (hjerte_id, None, admin.user_id)


def test_the_export_is_journaled_and_the_next_file_shows_it(store, manager, tmp_path):
    today = business_date(utcnow())
    first = export_saft(
        store, manager, "BRUKT", today - timedelta(days=6), today, tmp_path / "a.xml"
    )
    with store.reading() as session:
        entry = session.scalars(
            select(JournalEntry).where(JournalEntry.event_type == EventType.JOURNAL_EXPORT)
        ).one()
    assert entry.saft_event_code == "13020" and entry.till_id is not None
    assert entry.user_id == manager.user_id
    assert "a.xml" in entry.summary
    payload = json.loads(entry.payload_json)
    assert payload["file"] == "a.xml" and payload["first"] == str(today - timedelta(days=6))
    assert payload["last"] == str(today) and payload["shop"] == "BRUKT"
    assert first.path == tmp_path / "a.xml"
    second = export_saft(store, manager, "BRUKT", today, today, tmp_path / "b.xml")
    root = parse(second.path)
    (export_event,) = all_of(root, "//s:event[s:eventType='JOURNAL_EXPORT']")
    assert text_of(export_event, "eventID") == str(entry.id)
    assert basics(root)["JOURNAL_EXPORT"] == ("13", "13020")


def test_the_validator_names_the_first_problem_of_a_broken_document(tmp_path):
    broken = tmp_path / "broken.xml"
    broken.write_text(
        f'<?xml version="1.0"?><auditfile xmlns="{NAMESPACE}"><header>'
        "<fiscalYear>2026</fiscalYear><startDate>2026-13-01</startDate></header></auditfile>",
        encoding="utf-8",
    )
    with pytest.raises(SaftInvalid, match="startDate") as refused:
        validate_saft(broken)
    assert refused.value.file_name == "broken.xml"
    if EXAMPLE.exists():  # Skatteetaten's example validates; with a wrong reference it does not
        validate_saft(EXAMPLE)
        text = EXAMPLE.read_text(encoding="utf-8")
        wrong = tmp_path / "wrong.xml"
        wrong.write_text(text.replace("<eventType>POSEND</eventType>", "<eventType>X</eventType>"))
        with pytest.raises(SaftInvalid, match="eventType 'X' is not defined"):
            validate_saft(wrong)
    not_xml = tmp_path / "half.xml"
    not_xml.write_text(f'<auditfile xmlns="{NAMESPACE}"><header>', encoding="utf-8")
    with pytest.raises(SaftInvalid):
        validate_saft(not_xml)


def test_an_invalid_file_is_deleted_and_never_handed_out(
    store, cashier, manager, make_item, tmp_path, monkeypatch
):
    a_busy_day(store, cashier, make_item)
    today = business_date(utcnow())
    target = tmp_path / "saft.xml"
    target.write_text("an earlier file", encoding="utf-8")
    monkeypatch.setattr(saft_writer, "SOFTWARE_VERSION", "0.1.0-a-version-far-too-long")
    with pytest.raises(SaftInvalid, match="softwareVersion"):
        export_saft(store, manager, "BRUKT", today, today, target)
    assert [p.name for p in tmp_path.iterdir()] == ["saft.xml"]
    assert target.read_text(encoding="utf-8") == "an earlier file"
    monkeypatch.undo()

    def cancel(done, total):
        if done:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        export_saft(store, manager, "BRUKT", today, today, tmp_path, progress=cancel)
    assert [p.name for p in tmp_path.iterdir()] == ["saft.xml"]
    with store.reading() as session:
        exports = session.scalar(
            select(func.count()).where(JournalEntry.event_type == EventType.JOURNAL_EXPORT)
        )
    assert exports == 0  # nothing handed out, nothing journaled


# ------------------------------------------------------------- the command line


@pytest.fixture(scope="module")
def history_url(store_factory) -> str:
    url = store_factory.new_url("saft")
    assert main(["--database-url", url, "demo", "--items-per-shop", "20", "--days", "2"]) == 0
    return url


@pytest.fixture(autouse=True)
def no_pin_in_the_environment(monkeypatch):
    monkeypatch.delenv("OMIGJEN_PIN", raising=False)
    monkeypatch.setattr("sys.stdin", io.StringIO())


def test_the_command_writes_a_valid_file_as_the_shops_manager(
    history_url, tmp_path, capsys, monkeypatch
):
    monkeypatch.chdir(tmp_path)
    base = ["--database-url", history_url, "saft", "--shop", "brukt"]
    assert main([*base, "--from", "2000-01-01", "--to", "2100-12-31"]) == 0
    out = capsys.readouterr().out
    (written,) = tmp_path.iterdir()
    assert DEFAULT_NAME.fullmatch(written.name)
    assert f"to {written}" in out and "valid against the SAF-T schema" in out
    root = parse(written)
    store, _ = open_and_upgrade(history_url)
    try:
        totals = collect_sales(
            store, SalesExportQuery("BRUKT", date(2000, 1, 1), date(2100, 12, 31))
        ).totals
        with store.reading() as session:
            paid = session.scalar(
                select(func.sum(Payment.amount_ore))
                .join(Sale, Payment.sale_id == Sale.id)
                .join(Shop, Sale.shop_id == Shop.id)
                .where(Shop.code == "BRUKT", Sale.training.is_(False))
            )
    finally:
        store.close()
    real = transactions(root)
    assert totals.receipts > 0 and len(real) == totals.receipts
    assert sum(ore(t["in"]) for t in real) == totals.total_ore
    assert f"{totals.receipts} transactions" in out
    payments = [all_of(t["element"], "s:payment/s:paidAmnt/text()") for t in real]
    assert sum(ore(amount) for paid_of in payments for amount in paid_of) == paid
    assert text_of(find(root, "header"), "userID") == "103"  # the demo shop's manager

    named = tmp_path / "hjerte.xml"
    assert (
        main(
            [
                "--database-url",
                history_url,
                "saft",
                "--shop",
                "HJERTE",
                "--from",
                "2000-01-01",
                "--to",
                "2100-12-31",
                "-o",
                str(named),
            ]
        )
        == 0
    )
    parse(named)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--shop", "BRUKT", "--from", "2026-02-30", "--to", "2026-03-01"], "not a date"),
        (["--shop", "BRUKT", "--from", "2026-03-02", "--to", "2026-03-01"], "after --to"),
        (["--shop", "NOPE", "--from", "2026-03-01", "--to", "2026-03-01"], "NOPE"),
        (
            [
                "--shop",
                "BRUKT",
                "--from",
                "2026-03-01",
                "--to",
                "2026-03-01",
                "--user",
                "101",
                "--pin",
                "1111",
            ],
            "may not view_reports",
        ),
    ],
)
def test_the_command_refuses_what_it_cannot_do(history_url, tmp_path, capsys, args, message):
    output = tmp_path / "x.xml"
    assert main(["--database-url", history_url, "saft", *args, "-o", str(output)]) == 1
    assert message in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_the_command_fails_on_an_invalid_file_and_leaves_none(
    history_url, tmp_path, capsys, monkeypatch
):
    monkeypatch.setattr(saft_writer, "CURRENCY", "KRN")  # not an ISO 4217 code
    args = ["--shop", "REP", "--from", "2000-01-01", "--to", "2100-12-31", "-o", str(tmp_path)]
    assert main(["--database-url", history_url, "saft", *args]) == 1
    err = capsys.readouterr().err
    assert "is not valid" in err and "curCode" in err
    assert list(tmp_path.iterdir()) == []
