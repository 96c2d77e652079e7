"""The workbench and the stock list, driven like a repairer and a manager would."""

from __future__ import annotations

from pathlib import Path

import pytest
import zxingcpp
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from omigjen_pos.config import data_dir
from omigjen_pos.domain.items import ItemSource, ItemStatus
from omigjen_pos.domain.journal_events import EventType
from omigjen_pos.services import users
from omigjen_pos.store.models import Item, JournalEntry
from omigjen_pos.ui.screens.inventory.inventory_screen import InventoryScreen
from omigjen_pos.ui.screens.inventory.label_dialog import print_pdf
from omigjen_pos.ui.tasks import TaskRunner
from tests.printing.pdf_tools import rasterise
from tests.ui.helpers import WAIT_MS

CHAIRS = [
    ("Spisestol i eik", "149,50", "4,5"),
    ("Gulvlampe i messing", "349", "3"),
    ("Kaffekopp Porsgrund", "45", "0,2"),
    ("Bokhylle Billy", "250", "22"),
    ("Ullgenser str. M", "120", "0,6"),
    ("Sykkelhjelm barn", "99,50", "0,4"),
    ("Brødrister Philips", "75", "1,1"),
    ("Lego Duplo-kasse", "300", "3,2"),
    ("Skøyter str. 38", "150", "1,5"),
    ("Hammer Fiskars", "80", "0,7"),
]


@pytest.fixture
def screen(qtbot, sqlite_store):
    actor = users.login(sqlite_store, "BRUKT-1", 103, "1234")
    tasks = TaskRunner()
    widget = InventoryScreen(sqlite_store, actor, tasks)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: not tasks.busy, timeout=WAIT_MS)
    widget.tasks = tasks
    yield widget
    qtbot.waitUntil(lambda: not tasks.busy, timeout=WAIT_MS)


def count_items(store) -> int:
    with store.reading() as session:
        return session.scalar(select(func.count()).select_from(Item))


def idle(qtbot, screen) -> None:
    qtbot.waitUntil(lambda: not screen.tasks.busy, timeout=WAIT_MS)


def test_ten_items_registered_from_the_keyboard_alone_each_get_a_label_that_scans(
    qtbot, screen, sqlite_store
):
    form = screen.registration
    before = count_items(sqlite_store)
    form.category.setFocus()
    qtbot.keyClicks(form.category, "Mø")  # type-ahead picks "Møbler"
    assert form.category.currentText() == "Møbler"
    barcodes: dict[str, str] = {}
    for name, price, weight in CHAIRS:
        qtbot.keyClicks(form.name, name)
        qtbot.keyClick(form.name, Qt.Key.Key_Tab)  # condition keeps "Good"
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        qtbot.keyClicks(QApplication.focusWidget(), price)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        qtbot.keyClicks(QApplication.focusWidget(), weight)
        with qtbot.waitSignal(form.registered, timeout=WAIT_MS) as saved:
            qtbot.keyClick(
                QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
            )
        row, printed = saved.args
        assert printed and row.name == name and name in form.last_saved.text()
        barcodes[name] = row.barcode
        qtbot.waitUntil(lambda row=row: row.barcode in screen.print_message.text(), timeout=WAIT_MS)
        assert QApplication.focusWidget() is form.name  # ready for the next item
        assert form.category.currentText() == "Møbler"  # kept
    assert count_items(sqlite_store) == before + 10
    assert len(set(barcodes.values())) == 10
    labels = Path(data_dir()) / "labels"
    for name, code in barcodes.items():
        pdf = (labels / f"{code}.pdf").read_bytes()
        decoded = {r.text for r in zxingcpp.read_barcodes(rasterise(pdf, 300)[0])}
        assert decoded == {code}, name


def test_a_bad_price_is_marked_on_the_field_and_nothing_is_saved(qtbot, screen, sqlite_store):
    form = screen.registration
    before = count_items(sqlite_store)
    form.category.setCurrentIndex(0)
    form.name.setText("Stol")
    form.price.setText("ti kroner")
    qtbot.keyClick(form.name, Qt.Key.Key_Return)
    assert form.price.property("invalid") is True
    assert "Price" in form.message.text() and "149,50" in form.message.text()
    idle(qtbot, screen)
    assert count_items(sqlite_store) == before


def test_without_a_category_nothing_is_saved(qtbot, screen, sqlite_store):
    form = screen.registration
    before = count_items(sqlite_store)
    form.name.setText("Stol")
    form.price.setText("100")
    form.save(print_label=False)
    assert form.category.property("invalid") is True
    idle(qtbot, screen)
    assert count_items(sqlite_store) == before


def test_purchase_price_is_asked_only_for_goods_bought_from_a_private_person(screen):
    form = screen.registration
    assert not form.purchase_price.isVisible()
    form.source.setCurrentIndex(form.source.findData(ItemSource.BOUGHT_PRIVATE))
    assert form.purchase_price.isVisible()


def test_double_enter_registers_one_item(qtbot, screen, sqlite_store):
    form = screen.registration
    form.category.setCurrentIndex(0)
    form.name.setText("Dobbel Enter-test")
    form.price.setText("10")
    before = count_items(sqlite_store)
    qtbot.keyClick(form.name, Qt.Key.Key_Return)
    form.name.setText("Dobbel Enter-test")
    qtbot.keyClick(form.name, Qt.Key.Key_Return)
    idle(qtbot, screen)
    assert count_items(sqlite_store) == before + 1


def test_search_as_you_type_narrows_the_lazy_table(qtbot, qtmodeltester, screen):
    stock = screen.stock
    idle(qtbot, screen)
    everything = stock.model.rowCount()
    assert everything > 0
    qtbot.keyClicks(stock.search, "lampe")
    qtbot.waitUntil(lambda: 0 < stock.model.rowCount() < everything, timeout=WAIT_MS)
    for row in range(stock.model.rowCount()):
        name = stock.model.index(row, 1).data()
        assert "lampe" in name.lower()
    qtmodeltester.check(stock.model)


def test_centre_wide_search_adds_the_shop_column(qtbot, screen):
    stock = screen.stock
    columns = stock.model.columnCount()
    stock.status.setCurrentIndex(0)  # all statuses
    stock.centre_wide.setChecked(True)
    qtbot.waitUntil(lambda: stock.model.columnCount() == columns + 1, timeout=WAIT_MS)
    shops = {stock.model.index(r, columns).data() for r in range(stock.model.rowCount())}
    assert shops == {"BRUKT", "REP", "HJERTE"}


def test_clicking_the_price_header_sorts_by_price(qtbot, screen):
    stock = screen.stock
    idle(qtbot, screen)
    header = stock.table.horizontalHeader()
    click_at = QPoint(header.sectionViewportPosition(4) + 10, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=click_at)
    idle(qtbot, screen)
    prices = [stock.model.item_row(r).list_price_ore for r in range(stock.model.rowCount())]
    assert len(set(prices)) > 1
    assert prices == sorted(prices)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=click_at)
    idle(qtbot, screen)
    prices = [stock.model.item_row(r).list_price_ore for r in range(stock.model.rowCount())]
    assert prices == sorted(prices, reverse=True)


def test_a_price_change_from_the_stock_list_is_journaled_and_shown(qtbot, screen, sqlite_store):
    stock = screen.stock
    idle(qtbot, screen)
    item = stock.model.item_row(0)
    stock.change_price(item.id, "12,50")
    qtbot.waitUntil(lambda: stock.model.item_row(0).list_price_ore == 1250, timeout=WAIT_MS)
    assert stock.model.index(0, 4).data() == "12,50"
    with sqlite_store.reading() as session:
        events = session.scalars(select(JournalEntry.event_type)).all()
    assert EventType.PRICE_CHANGE in events


def test_recycling_from_the_stock_list_needs_a_reason(qtbot, screen):
    stock = screen.stock
    idle(qtbot, screen)
    item = stock.model.item_row(0)
    stock.dispose(item.id, "", recycled=True)
    qtbot.waitUntil(lambda: stock.message.text() != "", timeout=WAIT_MS)
    assert stock.model.item_row(0).status is ItemStatus.IN_STOCK
    stock.dispose(item.id, "Ødelagt bein", recycled=True)
    qtbot.waitUntil(lambda: stock.model.item_row(0).status is ItemStatus.RECYCLED, timeout=WAIT_MS)


def test_the_label_dialog_previews_and_saves_labels_that_scan(qtbot, screen, tmp_path):
    stock = screen.stock
    idle(qtbot, screen)
    ids = [stock.model.item_id(r) for r in range(3)]
    codes = {stock.model.item_row(r).barcode for r in range(3)}
    dialog = screen.open_label_dialog(ids)
    qtbot.waitUntil(lambda: dialog.pdf is not None, timeout=WAIT_MS)
    assert not dialog.preview.pixmap().isNull()
    assert not dialog.start.isEnabled()  # a roll has no start position
    dialog.layout_choice.setCurrentIndex(1)  # A4
    qtbot.waitUntil(lambda: dialog.pdf is not None and dialog.start.isEnabled(), timeout=WAIT_MS)
    target = tmp_path / "labels.pdf"
    dialog.save_to(str(target))
    decoded = {r.text for r in zxingcpp.read_barcodes(rasterise(target.read_bytes(), 300)[0])}
    assert decoded == codes
    dialog.close()


def test_printing_through_qt_keeps_the_labels_scannable(qtbot, screen, tmp_path):
    """The print path (PDF rasterised at the printer's resolution, painted on a
    QPrinter) checked with Qt's PDF printer instead of a physical one."""
    stock = screen.stock
    idle(qtbot, screen)
    dialog = screen.open_label_dialog([stock.model.item_id(0)])
    qtbot.waitUntil(lambda: dialog.pdf is not None, timeout=WAIT_MS)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A6))
    printer.setResolution(300)
    target = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(target))
    print_pdf(dialog.pdf, printer)
    decoded = {r.text for r in zxingcpp.read_barcodes(rasterise(target.read_bytes(), 300)[0])}
    assert decoded == {stock.model.item_row(0).barcode}
    dialog.close()


def test_the_red_mark_on_the_category_goes_once_a_category_is_chosen(qtbot, screen):
    form = screen.registration
    form.name.setText("Stol")
    form.price.setText("100")
    form.save(print_label=False)
    assert form.category.property("invalid") is True
    form.category.setCurrentIndex(0)
    with qtbot.waitSignal(form.registered, timeout=WAIT_MS):
        form.save(print_label=False)
    assert not form.category.property("invalid")
