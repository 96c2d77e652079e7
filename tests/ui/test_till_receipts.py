"""The receipt after a sale at the till, on a real network printer socket and as
PDF: a dead printer never loses the sale, and printing again gives the original,
then the one copy, then a refusal (N12, N13)."""

from __future__ import annotations

import socket

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from omigjen_pos.domain.settlement import Tender
from omigjen_pos.printing.printers import ReceiptPrinterConfig
from omigjen_pos.services import users
from omigjen_pos.services.checkout.drawer import record_opening_float
from omigjen_pos.services.receipt_output import ReceiptOutput
from omigjen_pos.store.models import ReceiptPrint, Sale
from omigjen_pos.ui.screens.checkout.checkout_screen import CheckoutScreen
from omigjen_pos.ui.tasks import TaskRunner
from tests.support.fake_printer import FakeNetworkPrinter, read_escpos
from tests.ui.helpers import WAIT_MS, in_stock_barcodes, type_scan


def till_with(qtbot, store, output: ReceiptOutput) -> CheckoutScreen:
    actor = users.login(store, "BRUKT-1", 101, "1111")
    record_opening_float(store, actor, 150000)
    screen = CheckoutScreen(store, actor, TaskRunner(), output=output)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    screen.activateWindow()  # a window manager would; offscreen Qt has none
    qtbot.waitUntil(lambda: QApplication.focusWidget() is screen.scan_field, timeout=WAIT_MS)
    return screen


def sell_one(qtbot, screen, store) -> None:
    [(barcode, _)] = in_stock_barcodes(store, 1)
    type_scan(qtbot, barcode)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1, timeout=WAIT_MS)
    screen.complete([Tender("cash")])
    qtbot.waitUntil(lambda: "Receipt 1:" in screen.last_item.text(), timeout=WAIT_MS)


def prints_of(store) -> list[tuple[bool, str]]:
    with store.reading() as session:
        return [
            (copy, channel)
            for copy, channel in session.execute(
                select(ReceiptPrint.copy, ReceiptPrint.channel).order_by(ReceiptPrint.id)
            )
        ]


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]  # nobody listens once the probe is closed


def test_a_cash_sale_prints_its_receipt_and_opens_the_drawer(qtbot, sqlite_store):
    with FakeNetworkPrinter() as printer:
        output = ReceiptOutput(
            ReceiptPrinterConfig("network", host=printer.host, port=printer.port)
        )
        screen = till_with(qtbot, sqlite_store, output)
        sell_one(qtbot, screen, sqlite_store)
        qtbot.waitUntil(lambda: "printed" in screen.receipt_note.text(), timeout=WAIT_MS)
        [job] = printer.jobs(1)
    printout = read_escpos(job)
    assert "SALGSKVITTERING" in printout.text and "Kvittering 1" in printout.text
    assert job.startswith(b"\x1b@\x1bp")  # initialise, then the drawer pulse
    assert prints_of(sqlite_store) == [(False, "escpos")]


def test_a_dead_printer_keeps_the_sale_and_ctrl_p_prints_the_original_then_a_copy(
    qtbot, sqlite_store
):
    output = ReceiptOutput(ReceiptPrinterConfig("network", host="127.0.0.1", port=closed_port()))
    screen = till_with(qtbot, sqlite_store, output)
    sell_one(qtbot, screen, sqlite_store)
    qtbot.waitUntil(lambda: "Ctrl+P" in screen.message.text(), timeout=WAIT_MS)
    with sqlite_store.reading() as session:
        assert len(session.scalars(select(Sale)).all()) == 1  # recorded all the same
    assert prints_of(sqlite_store) == []

    with FakeNetworkPrinter() as printer:  # the printer is back
        screen.receipts.output = ReceiptOutput(
            ReceiptPrinterConfig("network", host=printer.host, port=printer.port)
        )
        qtbot.keyClick(screen.scan_field, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: "Receipt 1 printed" in screen.receipt_note.text(), timeout=WAIT_MS)
        qtbot.keyClick(screen.scan_field, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: "Copy of receipt 1" in screen.receipt_note.text(), timeout=WAIT_MS)
        original, copy = printer.jobs(2)
    assert "KOPI" not in read_escpos(original).text
    assert "KOPI" in read_escpos(copy).text and "IKKE KVITTERING FOR KJØP" in read_escpos(copy).text
    qtbot.keyClick(screen.scan_field, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "no more copies" in screen.message.text(), timeout=WAIT_MS)
    assert prints_of(sqlite_store) == [(False, "escpos"), (True, "escpos")]


def test_without_a_printer_the_receipt_is_saved_as_a_pdf(qtbot, sqlite_store, tmp_path):
    screen = till_with(qtbot, sqlite_store, ReceiptOutput(pdf_folder=tmp_path / "receipts"))
    sell_one(qtbot, screen, sqlite_store)
    qtbot.waitUntil(lambda: "PDF" in screen.receipt_note.text(), timeout=WAIT_MS)
    [pdf] = (tmp_path / "receipts").glob("*.pdf")
    assert pdf.name == "BRUKT-1-000001.pdf" and pdf.read_bytes().startswith(b"%PDF")
    assert prints_of(sqlite_store) == [(False, "pdf")]
