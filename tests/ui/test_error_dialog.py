"""An unexpected error: its traceback in the log file, one calm dialog on screen,
and the basket of the sale in progress kept on screen, on disk and in the store.

The errors are injected on purpose (a function of the till replaced by one that
raises RuntimeError): a fault injection, the only way to have a bug on cue.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, qWarning
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from omigjen_pos.domain.settlement import Tender
from omigjen_pos.logging_setup import configure_logging, stop_logging
from omigjen_pos.services.checkout.basket import unfinished_basket
from omigjen_pos.services.checkout.basket_copy import load_basket_copy
from omigjen_pos.services.store_setup import Store
from omigjen_pos.ui.error_dialog import ErrorDialog, ErrorReporter, install_error_handler
from omigjen_pos.ui.screens.checkout import checkout_screen, payment_dialog
from omigjen_pos.ui.screens.checkout.checkout_screen import CheckoutScreen
from tests.ui.helpers import WAIT_MS, in_stock_barcodes, type_scan

pytestmark = pytest.mark.qt_no_exception_capture  # the app's own hook is under test


@pytest.fixture
def reporter(qapp: QApplication) -> Iterator[ErrorReporter]:
    """The app's error handling as run_gui installs it, with a log file of the test's own."""
    level = logging.getLogger().level
    path = configure_logging()
    assert path is not None
    installed = install_error_handler(qapp, path)
    yield installed
    installed.uninstall()
    if installed.dialog is not None:
        installed.dialog.close()
    installed.deleteLater()
    stop_logging()
    logging.getLogger().setLevel(level)


def log_text(reporter: ErrorReporter) -> str:
    assert reporter.log_path is not None
    return reporter.log_path.read_text(encoding="utf-8")


def wait_for_dialog(qtbot: QtBot, reporter: ErrorReporter) -> ErrorDialog:
    qtbot.waitUntil(lambda: reporter.dialog is not None, timeout=WAIT_MS)
    dialog = reporter.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def fail(*_args, **_kwargs):
    raise RuntimeError("injected fault")


def two_lines_in(qtbot: QtBot, till: CheckoutScreen, store: Store) -> list[str]:
    codes = [code for code, _ in in_stock_barcodes(store, 2)]
    for code in codes:
        type_scan(qtbot, code)
        qtbot.waitUntil(lambda: not till.busy, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: till.model.rowCount() == 2, timeout=WAIT_MS)
    return codes


def assert_basket_kept(till: CheckoutScreen, store: Store, uuid: str, lines: int) -> None:
    assert till.basket is not None and till.basket.uuid == uuid
    assert till.model.rowCount() == lines  # on screen
    copy = load_basket_copy(till.actor.till.code)  # on the till's disk
    assert copy is not None and copy.uuid == uuid
    stored = unfinished_basket(store, till.actor)  # in the store
    assert stored is not None and stored.uuid == uuid and len(stored.lines) == lines


def test_an_error_inside_a_till_slot_shows_the_dialog_logs_it_and_keeps_the_basket(
    qtbot: QtBot,
    till: CheckoutScreen,
    sqlite_store: Store,
    reporter: ErrorReporter,
    monkeypatch: pytest.MonkeyPatch,
):
    two_lines_in(qtbot, till, sqlite_store)
    assert till.basket is not None
    uuid = till.basket.uuid
    monkeypatch.setattr(payment_dialog, "cash_rounding_ore", fail)

    qtbot.keyClick(till.scan_field, Qt.Key.Key_F12)  # Pay: the slot raises
    dialog = wait_for_dialog(qtbot, reporter)

    assert dialog.isModal()
    assert "the sale on the screen is kept" in dialog.body
    assert str(reporter.log_path) in dialog.where.text()
    assert "Traceback" not in dialog.body  # never on screen
    logged = log_text(reporter)
    assert "CRITICAL omigjen_pos.ui.error_dialog: unexpected error" in logged
    assert "Traceback (most recent call last)" in logged
    assert "RuntimeError: injected fault" in logged
    assert "in pay" in logged  # the slot that failed
    assert_basket_kept(till, sqlite_store, uuid, 2)

    # Nothing lost: with the fault gone the same sale is paid.
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: reporter.dialog is None, timeout=WAIT_MS)
    monkeypatch.undo()
    till.pay()
    assert till.payment_dialog is not None
    till.complete([Tender("cash")])
    qtbot.waitUntil(lambda: till.basket is None and not till.busy, timeout=WAIT_MS)
    assert "Receipt 1:" in till.last_item.text()
    assert load_basket_copy(till.actor.till.code) is None


def test_an_error_in_a_background_call_shows_the_dialog_and_keeps_the_basket(
    qtbot: QtBot,
    till: CheckoutScreen,
    sqlite_store: Store,
    reporter: ErrorReporter,
    monkeypatch: pytest.MonkeyPatch,
):
    two_lines_in(qtbot, till, sqlite_store)
    assert till.basket is not None
    uuid = till.basket.uuid
    [*_, (third, _)] = in_stock_barcodes(sqlite_store, 3)
    monkeypatch.setattr(checkout_screen, "scan_item", fail)  # a service failing in a worker

    type_scan(qtbot, third)
    wait_for_dialog(qtbot, reporter)

    assert "Something went wrong" in till.message.text()
    assert "RuntimeError: injected fault" in log_text(reporter)
    qtbot.waitUntil(lambda: not till.busy, timeout=WAIT_MS)
    assert_basket_kept(till, sqlite_store, uuid, 2)


def test_only_one_dialog_however_often_it_happens(
    qtbot: QtBot, reporter: ErrorReporter, qapp: QApplication
):
    for _ in range(3):
        try:
            raise RuntimeError("again and again")
        except RuntimeError as error:
            reporter.excepthook(RuntimeError, error, error.__traceback__)
    dialog = wait_for_dialog(qtbot, reporter)
    qtbot.waitUntil(lambda: dialog.count == 3, timeout=WAIT_MS)

    assert [w for w in qapp.topLevelWidgets() if isinstance(w, ErrorDialog) and w.isVisible()] == [
        dialog
    ]
    assert "It happened 3 times" in dialog.repeated.text()
    assert log_text(reporter).count("RuntimeError: again and again") == 3


def test_an_error_in_another_thread_reaches_the_dialog_on_the_gui_thread(
    qtbot: QtBot, reporter: ErrorReporter
):
    def work() -> None:
        raise ValueError("a worker broke")

    worker = threading.Thread(target=work, name="worker-1")
    worker.start()
    worker.join()
    dialog = wait_for_dialog(qtbot, reporter)

    assert dialog.thread() is QApplication.instance().thread()
    logged = log_text(reporter)
    assert "unexpected error in thread worker-1" in logged
    assert "ValueError: a worker broke" in logged


def test_qt_warnings_go_to_the_log(reporter: ErrorReporter):
    qWarning("a warning from Qt")

    assert "WARNING qt: a warning from Qt" in log_text(reporter)
    assert reporter.dialog is None  # a warning is not an error


def test_without_a_log_file_the_dialog_says_so(qtbot: QtBot, qapp: QApplication):
    reporter = ErrorReporter(None)
    reporter.notify()
    dialog = wait_for_dialog(qtbot, reporter)

    assert "could not be written" in dialog.where.text()
    dialog.close()


@pytest.mark.usefixtures("norwegian")
def test_the_dialog_speaks_norwegian(qtbot: QtBot, tmp_path: Path):
    reporter = ErrorReporter(tmp_path / "omigjen-pos.log")
    reporter.notify()
    dialog = wait_for_dialog(qtbot, reporter)

    assert dialog.windowTitle() == "Omigjen POS: noe gikk galt"
    assert "Salget på skjermen er tatt vare på" in dialog.body
    dialog.close()
