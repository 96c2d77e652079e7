"""The journal screen, driven as a shop manager and a centre admin would: the
newest entries at once, filters, a receipt read whole, more entries as the list
scrolls, the CSV export with its progress bar; cashiers never see it."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from omigjen_pos.domain.journal_events import EventType
from omigjen_pos.domain.settlement import Tender
from omigjen_pos.printing.receipt_document import receipt_text
from omigjen_pos.services import users
from omigjen_pos.services.checkout.basket import open_basket, scan_item
from omigjen_pos.services.checkout.lookup import look_up_price
from omigjen_pos.services.checkout.sale import complete_sale
from omigjen_pos.services.journal_view import JournalQuery, find_journal_ids
from omigjen_pos.services.receipts import next_receipt, record_receipt_produced
from omigjen_pos.services.reports.day_report import x_report
from omigjen_pos.services.store_setup import Store
from omigjen_pos.ui.screens.journal import journal_export
from omigjen_pos.ui.screens.journal.event_names import event_text
from omigjen_pos.ui.screens.journal.journal_screen import JournalScreen
from omigjen_pos.ui.tasks import TaskRunner
from omigjen_pos.ui.workspace import Workspace
from tests.ui.conftest import OpenWindow
from tests.ui.helpers import WAIT_MS, in_stock_barcodes, journal, log_in


@pytest.fixture
def traded(sqlite_store: Store) -> dict:
    """A sale at BRUKT-1 with its receipt printed, price look-ups, an X-report."""
    kari = users.login(sqlite_store, "BRUKT-1", 101, "1111")
    (barcode, _price), (other, _) = in_stock_barcodes(sqlite_store, 2)
    basket = open_basket(sqlite_store, kari)
    basket = scan_item(sqlite_store, kari, basket.id, barcode)
    sale = complete_sale(sqlite_store, kari, basket.id, [Tender("cash")])
    receipt = next_receipt(sqlite_store, kari, sale.sale_id)
    record_receipt_produced(sqlite_store, kari, receipt, sale.sale_id, "pdf")
    for _ in range(3):
        look_up_price(sqlite_store, kari, other)
    marte = users.login(sqlite_store, "BRUKT-1", 103, "1234")
    x_report(sqlite_store, marte)
    return {"receipt": receipt_text(receipt), "manager": marte}


def open_journal(qtbot: QtBot, store: Store, actor, page_size: int = 200) -> JournalScreen:
    screen = JournalScreen(store, actor, TaskRunner(), page_size=page_size)
    qtbot.addWidget(screen)
    screen.resize(1200, 800)
    screen.show()
    qtbot.waitExposed(screen)
    wait_for_rows(qtbot, screen)
    return screen


def wait_for_rows(qtbot: QtBot, screen: JournalScreen) -> None:
    qtbot.waitUntil(lambda: not screen.tasks.busy and not screen.model.loading, timeout=WAIT_MS)


def shown_events(screen: JournalScreen) -> list[EventType]:
    model = screen.model
    return [model.entry(row).event_type for row in range(model.rowCount())]


def choose_event(qtbot: QtBot, screen: JournalScreen, text: str) -> None:
    index = screen.kind.findText(text)
    assert index >= 0, text
    screen.kind.setCurrentIndex(index)
    wait_for_rows(qtbot, screen)


def test_a_manager_opens_the_journal_from_the_workspace(
    qtbot: QtBot, open_window: OpenWindow, sqlite_store: Store
):
    window = open_window(till_code="BRUKT-1")
    workspace = log_in(qtbot, window, 103, "1234")

    titles = workspace.screen_titles()
    assert titles.index("Journal") == titles.index("Reports") + 1
    workspace.navigation.setCurrentRow(titles.index("Journal"))
    screen = workspace.pages.currentWidget()

    assert isinstance(screen, JournalScreen)
    qtbot.waitUntil(lambda: screen.model.rowCount() > 0, timeout=WAIT_MS)
    wait_for_rows(qtbot, screen)
    newest = screen.model.entry(0)
    assert newest.event_type is EventType.LOGIN and newest.user_name == "Marte Butikksjef"
    assert not screen.shop.isVisible()  # a manager reads their own shop only
    assert screen.table.isColumnHidden(1)


def test_the_newest_entries_show_and_the_filters_narrow_them(
    qtbot: QtBot, sqlite_store: Store, traded: dict
):
    screen = open_journal(qtbot, sqlite_store, traded["manager"])
    manager = traded["manager"]

    expected = find_journal_ids(sqlite_store, manager, JournalQuery("BRUKT"))
    model = screen.model
    assert [model.entry(row).id for row in range(model.rowCount())] == expected
    assert model.complete and str(len(expected)) in screen.count.text()
    assert model.data(model.index(0, 4)) == "X-report"

    choose_event(qtbot, screen, event_text(EventType.PRICE_LOOKUP))
    assert shown_events(screen) == [EventType.PRICE_LOOKUP] * 3

    choose_event(qtbot, screen, "All receipts")
    assert shown_events(screen) == [EventType.SALES_RECEIPT]

    choose_event(qtbot, screen, "All events")
    screen.till.setCurrentIndex(screen.till.findData("BRUKT-2"))
    wait_for_rows(qtbot, screen)
    assert model.rowCount() == 0 and "0" in screen.count.text()

    screen.till.setCurrentIndex(0)
    qtbot.keyClicks(screen.text, "Marte")  # searched a moment after the typing stops
    qtbot.waitUntil(lambda: screen.shown_query.text == "Marte", timeout=WAIT_MS)
    wait_for_rows(qtbot, screen)
    # Her login by its summary, her X-report by its content ("Tatt ut ... av Marte").
    assert shown_events(screen) == [EventType.X_REPORT, EventType.LOGIN]


def test_a_period_filter_by_oslo_days(qtbot: QtBot, sqlite_store: Store, traded: dict):
    screen = open_journal(qtbot, sqlite_store, traded["manager"])
    everything = screen.model.rowCount()

    screen.period.setChecked(True)  # today to today: everything happened today
    wait_for_rows(qtbot, screen)
    assert screen.first.isEnabled() and screen.model.rowCount() == everything

    screen.first.setDate(screen.first.date().addDays(1))  # from tomorrow to today
    qtbot.waitUntil(lambda: screen.message.text() != "", timeout=WAIT_MS)
    assert "first day is after the last day" in screen.message.text()

    screen.last.setDate(screen.first.date())
    qtbot.waitUntil(lambda: screen.message.text() == "", timeout=WAIT_MS)
    wait_for_rows(qtbot, screen)
    assert screen.model.rowCount() == 0


def test_selecting_a_receipt_shows_its_text_in_a_monospace_font(
    qtbot: QtBot, sqlite_store: Store, traded: dict
):
    screen = open_journal(qtbot, sqlite_store, traded["manager"])
    choose_event(qtbot, screen, event_text(EventType.SALES_RECEIPT))
    shown = screen.detail_loads

    screen.select_row(0)

    qtbot.waitUntil(lambda: screen.detail_loads > shown, timeout=WAIT_MS)
    assert screen.detail.toPlainText() == traded["receipt"]
    assert "SALGSKVITTERING" in screen.detail.toPlainText()
    assert QFontInfo(screen.detail.font()).fixedPitch()
    assert "Sales receipt" in screen.detail_title.text()

    choose_event(qtbot, screen, event_text(EventType.X_REPORT))
    screen.select_row(0)
    qtbot.waitUntil(lambda: "X-RAPPORT" in screen.detail.toPlainText(), timeout=WAIT_MS)

    choose_event(qtbot, screen, event_text(EventType.LOGIN))
    shown = screen.detail_loads
    screen.select_row(0)
    qtbot.waitUntil(lambda: screen.detail_loads > shown, timeout=WAIT_MS)
    assert screen.detail.toPlainText().startswith("Pålogging")  # no content: the summary


def test_the_list_loads_more_pages_as_it_scrolls(qtbot: QtBot, sqlite_store: Store, traded):
    manager = traded["manager"]
    barcode = in_stock_barcodes(sqlite_store, 1)[0][0]
    for _ in range(40):
        look_up_price(sqlite_store, manager, barcode)
    expected = find_journal_ids(sqlite_store, manager, JournalQuery("BRUKT"))

    screen = open_journal(qtbot, sqlite_store, manager, page_size=10)
    model = screen.model
    assert 10 <= model.rowCount() < len(expected) and not model.complete
    assert "scroll for more" in screen.count.text()

    for _ in range(20):
        if model.complete:
            break
        screen.table.scrollToBottom()
        qtbot.waitUntil(lambda: not model.loading, timeout=WAIT_MS)
        QApplication.processEvents()

    assert model.complete
    assert [model.entry(row).id for row in range(model.rowCount())] == expected


def test_export_with_progress_writes_the_file_and_journals_it(
    qtbot: QtBot, sqlite_store: Store, traded: dict, tmp_path: Path, monkeypatch
):
    screen = open_journal(qtbot, sqlite_store, traded["manager"])
    choose_event(qtbot, screen, event_text(EventType.PRICE_LOOKUP))
    row = screen.export_row
    path = tmp_path / "oppslag.csv"
    monkeypatch.setattr(
        journal_export.QFileDialog, "getSaveFileName", lambda *args, **kw: (str(path), "")
    )
    values: list[int] = []
    row.progress.valueChanged.connect(values.append)
    shown: list[bool] = []
    row.progress.valueChanged.connect(lambda _v: shown.append(row.progress.isVisible()))

    qtbot.mouseClick(row.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not row.running, timeout=WAIT_MS)

    assert row.written == 3 and "3 entries exported" in row.message.text()
    assert values and values[-1] == 3 and all(shown)
    assert not row.progress.isVisible() and not row.cancel_button.isVisible()
    with path.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream, delimiter=";"))
    assert [r["Hendelse"] for r in rows] == ["price_lookup"] * 3
    (export,) = journal(sqlite_store, EventType.JOURNAL_EXPORT)
    assert "3 hendelser" in export.summary and "price_lookup" in export.summary


def test_a_centre_admin_chooses_a_shop_or_the_whole_centre(
    qtbot: QtBot, sqlite_store: Store, traded: dict
):
    users.login(sqlite_store, "HJERTE-1", 302, "6666")
    admin = users.login(sqlite_store, "BRUKT-1", 900, "9999")
    screen = open_journal(qtbot, sqlite_store, admin)
    qtbot.waitUntil(lambda: screen.shop.count() > 2, timeout=WAIT_MS)

    assert screen.shop.isVisible() and not screen.table.isColumnHidden(1)
    assert screen.shop.currentData() == "BRUKT"
    screen.shop.setCurrentIndex(screen.shop.findData(None))  # All shops
    wait_for_rows(qtbot, screen)
    shops = {screen.model.entry(row).shop_code for row in range(screen.model.rowCount())}
    assert shops == {"BRUKT", "HJERTE"}
    assert screen.till.findData("HJERTE-1") > 0 and screen.till.findData("BRUKT-2") > 0

    screen.shop.setCurrentIndex(screen.shop.findData("HJERTE"))
    wait_for_rows(qtbot, screen)
    assert screen.till.findData("BRUKT-1") < 0
    assert [screen.model.entry(r).shop_code for r in range(screen.model.rowCount())] == ["HJERTE"]


def test_a_cashier_s_workspace_has_no_journal(qtbot: QtBot, sqlite_store: Store):
    kari = users.login(sqlite_store, "BRUKT-1", 101, "1111")
    tasks = TaskRunner()
    workspace = Workspace(kari, sqlite_store, tasks)
    qtbot.addWidget(workspace)
    qtbot.waitUntil(lambda: not tasks.busy, timeout=WAIT_MS)

    assert "Journal" not in workspace.screen_titles()
    assert workspace.findChildren(JournalScreen) == []


def test_a_refused_read_says_why_instead_of_showing_rows(qtbot: QtBot, sqlite_store: Store):
    kari = users.login(sqlite_store, "BRUKT-1", 101, "1111")  # a cashier, by mistake

    screen = open_journal(qtbot, sqlite_store, kari)

    assert screen.model.rowCount() == 0 and screen.count.text() == ""
    assert "Kari Kasserer has no role" in screen.message.text()


def test_every_control_is_named_and_reached_by_keyboard(
    qtbot: QtBot, sqlite_store: Store, traded: dict
):
    admin = users.login(sqlite_store, "BRUKT-1", 900, "9999")
    screen = open_journal(qtbot, sqlite_store, admin)
    screen.period.setChecked(True)
    wait_for_rows(qtbot, screen)

    focusable = [
        w
        for w in screen.findChildren(QWidget)
        if w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.isVisible()
    ]
    assert [type(w).__name__ for w in focusable if not w.accessibleName()] == []

    qtbot.keyClick(screen, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: screen.text.hasFocus(), timeout=WAIT_MS)
    reached = set()
    for _ in range(40):
        reached.add(QApplication.focusWidget())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    wanted = {
        screen.text,
        screen.shop,
        screen.till,
        screen.kind,
        screen.period,
        screen.first,
        screen.last,
        screen.table,
        screen.detail,
        screen.export_row.export_button,
    }
    assert wanted - reached == set()


@pytest.mark.usefixtures("norwegian")
def test_the_screen_speaks_norwegian(qtbot: QtBot, sqlite_store: Store, traded: dict):
    screen = open_journal(qtbot, sqlite_store, traded["manager"])

    assert screen.export_row.export_button.text() == "Eksporter CSV …"
    assert screen.kind.findText("Salgskvittering") >= 0
    assert screen.model.data(screen.model.index(0, 4)) == "X-rapport"
    assert screen.model.headerData(0, Qt.Orientation.Horizontal) == "Tidspunkt"
