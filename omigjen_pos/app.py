"""Composition root of the GUI: settings -> store -> services -> window.

Opening the store happens before any window exists, so it may block; a store
that cannot be opened is explained in a dialog and the app exits with status 2,
like the command line.
"""

from __future__ import annotations

import argparse
import logging
import sys
from importlib.resources import files

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from omigjen_pos import __version__
from omigjen_pos.config import (
    SettingsError,
    load_settings,
    resolve_database_url,
    resolve_language,
)
from omigjen_pos.domain.errors import InvalidInput, OmigjenError, StoreTooNew, StoreUnavailable
from omigjen_pos.logging_setup import configure_logging
from omigjen_pos.printing.printers import printer_from_settings
from omigjen_pos.services import tills as till_service
from omigjen_pos.services.actors import TillInfo
from omigjen_pos.services.receipt_output import ReceiptOutput
from omigjen_pos.services.store_setup import Store, open_and_upgrade, summarise_store
from omigjen_pos.ui.error_dialog import install_error_handler
from omigjen_pos.ui.i18n import install_language
from omigjen_pos.ui.main_window import MainWindow
from omigjen_pos.ui.messages import describe_error

log = logging.getLogger(__name__)
translate = QApplication.translate
EXIT_STORE = 2


def load_style(app: QApplication) -> None:
    app.setStyleSheet((files("omigjen_pos.resources") / "style.qss").read_text(encoding="utf-8"))


def create_application(language: str) -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Omigjen POS")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Omigjen")
    app.setDesktopFileName("omigjen-pos")  # ties the window to packaging/linux's .desktop entry
    icon = files("omigjen_pos.resources") / "icons" / "omigjen-pos.png"
    app.setWindowIcon(QIcon(str(icon)))
    install_language(app, language)
    load_style(app)
    return app


def _choose_till(store: Store, wanted: str | None) -> tuple[list[TillInfo], TillInfo | None]:
    tills = till_service.list_tills(store)
    if wanted is None:
        return tills, None
    return tills, till_service.find_till(store, wanted)


def build_main_window(
    store: Store,
    till_code: str | None,
    seed_if_empty: bool,
    receipt_output: ReceiptOutput | None = None,
) -> MainWindow:
    """Everything between an open store and a window ready to show."""
    summary = summarise_store(store)
    if summary.is_empty and seed_if_empty:
        from omigjen_pos.services.demo import seed_demo_centre

        seed_demo_centre(store)
        summary = summarise_store(store)
    if summary.is_empty or summary.tills == 0:
        raise OmigjenError("the store has no centre and no tills yet")
    tills, fixed = _choose_till(store, till_code)
    hints = []
    if summary.is_demo:  # a real centre's till does not load the demo (nor what it imports)
        from omigjen_pos.services.demo import demo_login_hints

        hints = demo_login_hints()
    window = MainWindow(store, tills, fixed, hints, receipt_output=receipt_output)
    till_service.record_app_start(store, window.login_screen.till_code)
    return window


def run_gui(args: argparse.Namespace) -> int:
    try:
        settings = load_settings()
    except SettingsError as exc:
        print(f"omigjen-pos: {exc}", file=sys.stderr)
        return EXIT_STORE
    log_path = configure_logging()
    try:
        # [receipt_printer] in the settings file; none: receipts are saved as PDFs.
        output = ReceiptOutput(printer_from_settings(settings.extra.get("receipt_printer")))
    except InvalidInput as exc:
        print(f"omigjen-pos: settings, receipt_printer: {exc}", file=sys.stderr)
        return EXIT_STORE
    language = resolve_language(args.lang, settings)
    app = create_application(language)
    install_error_handler(app, log_path)  # an unexpected error: logged, and a calm dialog
    resolved = resolve_database_url(args.database_url, settings)
    till_code = args.till or settings.till_code
    if getattr(args, "setup", False):  # --setup: the wizard, for a new store or another one
        from omigjen_pos.first_run import run_first_run

        return run_first_run(app, None if resolved.is_default else resolved.url, till_code, output)
    try:
        store, _ = open_and_upgrade(resolved.url)
    except (StoreUnavailable, StoreTooNew) as exc:
        QMessageBox.critical(None, translate("App", "Omigjen POS"), describe_error(exc))
        return EXIT_STORE
    try:
        # A newcomer's first start on the default file gets the demo centre; a
        # configured (shared) store is never filled with demo data by accident.
        window = build_main_window(store, till_code, resolved.is_default, output)
    except OmigjenError as exc:
        if type(exc) is OmigjenError and summarise_store(store).is_empty:
            # A configured store without a centre: set the centre up there.
            from omigjen_pos.first_run import run_first_run

            store.close()
            return run_first_run(app, resolved.url, till_code, output)
        QMessageBox.critical(None, translate("App", "Omigjen POS"), describe_error(exc))
        store.close()
        return EXIT_STORE
    if getattr(args, "quit_when_ready", False):
        from omigjen_pos.ui.ready_probe import report_first_paint

        report_first_paint(window.login_screen, window.close)
    window.show()
    try:
        return app.exec()
    finally:
        store.close()
