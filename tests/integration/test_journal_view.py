"""Reading the electronic journal (services/journal_view), on SQLite and PostgreSQL:
events made the way the tills make them (selling, logging in, price look-ups,
X-reports), found by shop, till, kind, text and Oslo business day, newest first
page after page, shown whole, exported as CSV and the export journaled (N17, N19)."""

from __future__ import annotations

import csv
import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from omigjen_pos.domain.business_day import OSLO
from omigjen_pos.domain.errors import InvalidInput, NotFound, PermissionDenied
from omigjen_pos.domain.journal_events import EventType
from omigjen_pos.domain.settlement import Tender
from omigjen_pos.printing.receipt_document import receipt_text
from omigjen_pos.services import users
from omigjen_pos.services.checkout.basket import open_basket, scan_item
from omigjen_pos.services.checkout.lookup import look_up_price
from omigjen_pos.services.checkout.sale import complete_sale
from omigjen_pos.services.inventory.search import ItemQuery, fetch_item_rows, find_item_ids
from omigjen_pos.services.journal import record_event
from omigjen_pos.services.journal_view import (
    JournalQuery,
    export_journal_csv,
    fetch_journal_rows,
    find_journal_ids,
    journal_payload,
    journal_scope,
    utc_bounds,
)
from omigjen_pos.services.receipts import next_receipt, record_receipt_produced
from omigjen_pos.services.reports.day_report import x_report
from omigjen_pos.store.models import JournalEntry
from omigjen_pos.store.types import simulated_clock

BRUKT = JournalQuery("BRUKT")


def brukt(*events: EventType, **filters) -> JournalQuery:
    return JournalQuery("BRUKT", events=events, **filters)


def found(store, actor, query):
    return fetch_journal_rows(store, find_journal_ids(store, actor, query))


def sell_with_receipt(store, actor, *items):
    """A cash sale, its receipt printed: what a till journals for a sale."""
    basket = open_basket(store, actor)
    for item in items:
        basket = scan_item(store, actor, basket.id, item.barcode)
    sale = complete_sale(store, actor, basket.id, [Tender("cash")])
    receipt = next_receipt(store, actor, sale.sale_id)
    record_receipt_produced(store, actor, receipt, sale.sale_id, "pdf")
    return sale, receipt_text(receipt)


def entries(store, ids=None) -> list[JournalEntry]:
    with store.reading() as session:
        statement = select(JournalEntry).order_by(JournalEntry.id)
        if ids is not None:
            statement = statement.where(JournalEntry.id.in_(ids))
        found = list(session.scalars(statement))
        session.expunge_all()
    return found


def newest_first(found: list[JournalEntry]) -> list[int]:
    return [e.id for e in sorted(found, key=lambda e: (e.occurred_at, e.id), reverse=True)]


@pytest.fixture
def admin(store):
    return users.login(store, "BRUKT-1", 900, "9999")


@pytest.fixture
def hjerte_manager(store):
    return users.login(store, "HJERTE-1", 302, "6666")


@pytest.fixture
def day_of_trading(store, cashier, manager, make_item, hjerte_manager):
    """A sale with its receipt, a price look-up and an X-report at BRUKT-1, a
    login at BRUKT-2 and a price look-up at HJERTE."""
    chair = make_item(14950, name="Spisestol i eik")
    lamp = make_item(30000, name="Gulvlampe messing")
    sale, text = sell_with_receipt(store, cashier, chair)
    look_up_price(store, cashier, lamp.barcode)
    ola = users.login(store, "BRUKT-2", 102, "2222")
    report = x_report(store, manager)
    ingrid = users.login(store, "HJERTE-1", 301, "5555")
    look_up_price(store, ingrid, any_barcode(store, hjerte_manager))
    return {"sale": sale, "receipt": text, "ola": ola, "report": report, "lamp": lamp}


def any_barcode(store, actor) -> str:
    return fetch_item_rows(store, find_item_ids(store, actor, ItemQuery(), limit=1))[0].barcode


# --- finding ---------------------------------------------------------------------


def test_a_shop_s_entries_come_newest_first_with_their_rows(store, manager, day_of_trading):
    ids = find_journal_ids(store, manager, BRUKT)

    own = [e for e in entries(store) if e.shop_id == manager.shop_id]
    assert ids == newest_first(own)
    rows = fetch_journal_rows(store, ids)
    assert [row.id for row in rows] == ids
    newest = rows[0]
    assert newest.event_type is EventType.X_REPORT and newest.saft_event_code == "13008"
    assert (newest.shop_code, newest.till_code, newest.user_name) == (
        "BRUKT",
        "BRUKT-1",
        "Marte Butikksjef",
    )
    assert newest.has_payload and newest.occurred_at.tzinfo is OSLO
    assert {row.shop_code for row in rows} == {"BRUKT"}
    logins = [row for row in rows if row.event_type is EventType.LOGIN]
    assert logins and not any(row.has_payload for row in logins)
    assert fetch_journal_rows(store, []) == []


def test_filter_by_kind_of_event(store, manager, day_of_trading):
    (row,) = found(store, manager, brukt(EventType.SALES_RECEIPT))
    assert row.event_type is EventType.SALES_RECEIPT and row.saft_event_code == "13012"
    assert row.summary.startswith("Salgskvittering")

    several = brukt(EventType.PRICE_LOOKUP, EventType.X_REPORT)
    kinds = [row.event_type for row in found(store, manager, several)]
    assert kinds == [EventType.X_REPORT, EventType.PRICE_LOOKUP]


def test_filter_by_till(store, manager, day_of_trading):
    ids = find_journal_ids(store, manager, JournalQuery("BRUKT", "brukt-2"))

    rows = fetch_journal_rows(store, ids)
    assert [(row.till_code, row.event_type, row.user_name) for row in rows] == [
        ("BRUKT-2", EventType.LOGIN, "Ola Frivillig")
    ]


def test_filter_by_text_in_the_summary_or_the_content(store, manager, day_of_trading):
    by_summary = found(store, manager, brukt(text="ola frivillig"))
    assert [row.event_type for row in by_summary] == [EventType.LOGIN]

    # The chair's name is in the receipt's text, not in the receipt's summary.
    by_content = found(store, manager, brukt(text="Spisestol i eik"))
    (receipt,) = [row for row in by_content if row.event_type is EventType.SALES_RECEIPT]
    assert "Spisestol" not in receipt.summary

    # LIKE's wildcards are plain characters here.
    assert found(store, manager, brukt(text="Spise%eik")) == []
    assert found(store, manager, brukt(text="Spise_tol")) == []


def test_dates_are_oslo_business_days(store, manager):
    # Winter time: Oslo is UTC+1, so 23:00 UTC is already the next day in Oslo.
    moments = [
        datetime(2020, 1, 14, 22, 59, 59, tzinfo=UTC),  # 14.01 23:59:59 in Oslo
        datetime(2020, 1, 14, 23, 0, 0, tzinfo=UTC),  # 15.01 00:00:00
        datetime(2020, 1, 15, 22, 59, 59, tzinfo=UTC),  # 15.01 23:59:59
        datetime(2020, 1, 15, 23, 0, 0, tzinfo=UTC),  # 16.01 00:00:00
    ]
    made = []
    for moment in moments:
        with simulated_clock(moment):
            users.login(store, "BRUKT-2", 102, "2222")
        made.append(entries(store)[-1].id)
    logins = [e for e in entries(store) if e.event_type is EventType.LOGIN]

    def days(first, last):
        query = JournalQuery("BRUKT", events=(EventType.LOGIN,), first=first, last=last)
        return find_journal_ids(store, manager, query)

    assert days(date(2020, 1, 15), date(2020, 1, 15)) == [made[2], made[1]]
    assert days(date(2020, 1, 14), date(2020, 1, 14)) == [made[0]]
    assert days(None, date(2020, 1, 15)) == [made[2], made[1], made[0]]
    later = [e for e in logins if e.occurred_at >= moments[3]]
    assert days(date(2020, 1, 16), None) == newest_first(later)
    assert made[3] in days(date(2020, 1, 16), None)
    (row,) = fetch_journal_rows(store, [made[1]])
    assert row.occurred_at == datetime(2020, 1, 15, 0, 0, tzinfo=OSLO)
    with pytest.raises(InvalidInput):
        days(date(2020, 1, 16), date(2020, 1, 15))


def test_the_day_summer_time_begins_has_23_hours():
    start, end = utc_bounds(date(2026, 3, 29), date(2026, 3, 29))
    assert start == datetime(2026, 3, 28, 23, 0, tzinfo=UTC)
    assert end == datetime(2026, 3, 29, 22, 0, tzinfo=UTC)
    assert utc_bounds(None, None) == (None, None)


def test_pages_continue_where_the_previous_one_ended(store, manager, make_item):
    lamp = make_item(30000, name="Gulvlampe")
    # Many entries in the same microsecond: the id decides among them.
    with simulated_clock(datetime(2020, 2, 2, 12, tzinfo=UTC), tick=timedelta(0)):
        for _ in range(9):
            look_up_price(store, manager, lamp.barcode)
    for _ in range(14):
        look_up_price(store, manager, lamp.barcode)
    everything = find_journal_ids(store, manager, BRUKT)

    pages, before = [], None
    while True:
        page = find_journal_ids(store, manager, BRUKT, 5, before=before)
        pages.append(page)
        if len(page) < 5:
            break
        before = page[-1]

    assert [i for page in pages for i in page] == everything
    assert all(len(page) == 5 for page in pages[:-1])
    assert everything == newest_first(entries(store, everything))
    assert len(everything) == len(set(everything)) >= 23
    with pytest.raises(NotFound):
        find_journal_ids(store, manager, BRUKT, 5, before=10**9)


def test_the_whole_centre_pages_across_shops_and_entries_of_no_shop(store, admin, day_of_trading):
    with store.writing() as session:
        record_event(session, EventType.SOFTWARE_UPDATE, "Databasen oppgradert (test)")
    everything = find_journal_ids(store, admin, JournalQuery(None))

    assert everything == newest_first(entries(store))
    pages, before = [], None
    while not pages or len(pages[-1]) == 3:
        pages.append(find_journal_ids(store, admin, JournalQuery(None), 3, before=before))
        before = pages[-1][-1] if pages[-1] else None
    assert [i for page in pages for i in page] == everything
    shops = {row.shop_code for row in fetch_journal_rows(store, everything)}
    assert shops == {"BRUKT", "HJERTE", ""}

    hjerte = fetch_journal_rows(store, find_journal_ids(store, admin, JournalQuery("HJERTE")))
    assert hjerte and {row.shop_code for row in hjerte} == {"HJERTE"}
    by_till = find_journal_ids(store, admin, JournalQuery(None, "HJERTE-1"))
    assert by_till == [row.id for row in hjerte]


# --- who may read what -----------------------------------------------------------------


def test_a_manager_of_brukt_never_sees_hjerte(store, manager, hjerte_manager, day_of_trading):
    seen = fetch_journal_rows(store, find_journal_ids(store, manager, BRUKT))
    assert "HJERTE" not in {row.shop_code for row in seen}
    assert find_journal_ids(store, manager, JournalQuery("BRUKT", text="Per Styreleder")) == []

    for query in (JournalQuery("HJERTE"), JournalQuery(None), JournalQuery("hjerte", "HJERTE-1")):
        with pytest.raises(PermissionDenied):
            find_journal_ids(store, manager, query)
    with pytest.raises(InvalidInput):  # another shop's till under one's own shop
        find_journal_ids(store, manager, JournalQuery("BRUKT", "HJERTE-1"))
    hjerte_entry = find_journal_ids(store, hjerte_manager, JournalQuery("HJERTE"), 1)[0]
    with pytest.raises(PermissionDenied):
        journal_payload(store, manager, hjerte_entry)

    scope = journal_scope(store, manager)
    assert [shop.code for shop in scope.shops] == ["BRUKT"] and not scope.whole_centre
    assert [till.code for till in scope.tills] == ["BRUKT-1", "BRUKT-2"]


def test_cashiers_may_not_read_the_journal(store, cashier, tmp_path):
    for call in (
        lambda: find_journal_ids(store, cashier, BRUKT),
        lambda: journal_scope(store, cashier),
        lambda: journal_payload(store, cashier, 1),
        lambda: export_journal_csv(store, cashier, BRUKT, tmp_path / "j.csv"),
    ):
        with pytest.raises(PermissionDenied):
            call()
    assert list(tmp_path.iterdir()) == []


def test_a_centre_admin_reads_any_shop(store, admin, day_of_trading):
    scope = journal_scope(store, admin)
    assert scope.whole_centre and {"BRUKT", "HJERTE", "REP"} <= {s.code for s in scope.shops}
    assert find_journal_ids(store, admin, JournalQuery("HJERTE"))
    with pytest.raises(NotFound):
        find_journal_ids(store, admin, JournalQuery("NOSUCH"))
    with pytest.raises(NotFound):
        find_journal_ids(store, admin, JournalQuery(None, "NOSUCH-1"))
    with pytest.raises(InvalidInput):
        find_journal_ids(store, admin, JournalQuery("HJERTE", "BRUKT-1"))


# --- one entry whole ---------------------------------------------------------------------


def test_an_entry_s_content_reads_as_it_was_printed(store, manager, day_of_trading):
    def only(event):
        return find_journal_ids(store, manager, brukt(event))[0]

    receipt = journal_payload(store, manager, only(EventType.SALES_RECEIPT))
    assert receipt == day_of_trading["receipt"]
    report = journal_payload(store, manager, only(EventType.X_REPORT))
    assert "X-RAPPORT" in report and "Kasse BRUKT-1" in report
    lookup = journal_payload(store, manager, only(EventType.PRICE_LOOKUP))
    assert json.loads(lookup) == {"barcode": day_of_trading["lamp"].barcode, "price_ore": 30000}
    assert '\n  "barcode"' in lookup  # indented for reading
    assert journal_payload(store, manager, only(EventType.LOGIN)) == ""
    with pytest.raises(NotFound):
        journal_payload(store, manager, 10**9)


# --- export ------------------------------------------------------------------------------


def read_csv(path: Path) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw  # BOM and CRLF for Excel
    with path.open(encoding="utf-8-sig", newline="") as stream:
        return list(csv.DictReader(stream, delimiter=";"))


def test_the_export_reads_back_whole_and_is_journaled(store, manager, day_of_trading, tmp_path):
    path = tmp_path / "journal.csv"
    expected = find_journal_ids(store, manager, BRUKT)
    steps: list[tuple[int, int]] = []

    written = export_journal_csv(store, manager, BRUKT, path, lambda d, t: steps.append((d, t)))

    rows = read_csv(path)
    assert written == len(rows) == len(expected)
    assert [int(row["Løpenr"]) for row in rows] == expected[::-1]  # oldest first
    assert steps[0] == (0, written) and steps[-1] == (written, written)
    receipt = next(row for row in rows if row["Hendelse"] == "sales_receipt")
    assert receipt["SAF-T-kode"] == "13012" and receipt["Butikk"] == "BRUKT"
    assert receipt["Kasse"] == "BRUKT-1" and receipt["Bruker"] == "Kari Kasserer"
    assert int(receipt["Salg"]) == day_of_trading["sale"].sale_id
    assert json.loads(receipt["Innhold"])["text"] == day_of_trading["receipt"]
    moment = datetime.strptime(receipt["Tidspunkt"], "%Y-%m-%d %H:%M:%S").replace(tzinfo=OSLO)
    (entry,) = entries(store, [int(receipt["Løpenr"])])
    assert abs(moment - entry.occurred_at) < timedelta(seconds=1)
    assert not list(tmp_path.glob(".*partial"))

    (export,) = found(store, manager, brukt(EventType.JOURNAL_EXPORT))
    assert export.saft_event_code == "13020" and export.user_name == "Marte Butikksjef"
    assert str(written) in export.summary and "butikk BRUKT" in export.summary
    content = json.loads(journal_payload(store, manager, export.id))
    assert content["count"] == written and content["shop"] == "BRUKT"
    assert content["file"] == "journal.csv"


def test_an_export_with_filters_writes_only_what_matches(store, manager, day_of_trading, tmp_path):
    query = JournalQuery("BRUKT", events=(EventType.PRICE_LOOKUP, EventType.LOGIN), text="Ola")
    path = tmp_path / "ola.csv"

    assert export_journal_csv(store, manager, query, path) == 1

    (row,) = read_csv(path)
    assert row["Hendelse"] == "login" and row["Innhold"] == ""
    (export,) = entries(store, find_journal_ids(store, manager, brukt(EventType.JOURNAL_EXPORT)))
    content = json.loads(export.payload_json)
    assert content["events"] == ["price_lookup", "login"] and content["search"] == "Ola"


def test_a_cancelled_or_refused_export_leaves_no_file_and_no_entry(
    store, manager, day_of_trading, tmp_path
):
    class Stop(Exception):
        pass

    def cancel(done: int, total: int) -> None:
        if done:
            raise Stop

    path = tmp_path / "journal.csv"
    with pytest.raises(Stop):
        export_journal_csv(store, manager, BRUKT, path, cancel)
    with pytest.raises(PermissionDenied):
        export_journal_csv(store, manager, JournalQuery("HJERTE"), path)
    with pytest.raises(InvalidInput):
        export_journal_csv(store, manager, BRUKT, tmp_path / "no" / "such" / "folder.csv")

    assert list(tmp_path.iterdir()) == []
    assert find_journal_ids(store, manager, brukt(EventType.JOURNAL_EXPORT)) == []


def test_a_centre_admin_exports_the_whole_centre(store, admin, day_of_trading, tmp_path):
    path = tmp_path / "centre.csv"
    expected = len(find_journal_ids(store, admin, JournalQuery(None)))

    assert export_journal_csv(store, admin, JournalQuery(None), path) == expected

    assert {row["Butikk"] for row in read_csv(path)} == {"BRUKT", "HJERTE"}
