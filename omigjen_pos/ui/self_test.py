"""The Qt half of ``omigjen-pos --self-test`` (``services/self_test.py`` runs the
store half and calls ``gui_checks`` after it).

What a frozen build can lose here: Qt's platform plugins (the native one, xcb
or windows, and offscreen), the Norwegian catalogue among the package's
resources, the style sheet, QtPrintSupport, and the Qt modules the screens
import (QtCharts for the reports). The last check builds the main window on the
self-test's store and opens the manager's workspace, every screen of it, without
showing it.

Without a screen (Linux with neither ``DISPLAY`` nor ``WAYLAND_DISPLAY``, and
``QT_QPA_PLATFORM`` unset) Qt runs on its offscreen platform, so a build server
can run the check. Nothing here changes the application's language or style:
the catalogue is loaded into a translator of its own, the style sheet is set on
the window only.
"""

from __future__ import annotations

import os
import sys
import time
from importlib.resources import files
from pathlib import Path

import shiboken6
from PySide6.QtCore import QLibraryInfo, QThreadPool, QTranslator
from PySide6.QtGui import QGuiApplication, QPainter
from PySide6.QtWidgets import QApplication

from omigjen_pos.services.self_test import SelfTest, StoreRun
from omigjen_pos.ui.i18n import qm_path

# A string of the login screen and its bokmål translation in the shipped catalogue.
TRANSLATION_PROBE = ("LoginScreen", "Log in", "Logg inn")
WAIT_SECONDS = 20  # for the window's first answers from the store


def native_platform() -> str:
    if sys.platform.startswith("win"):
        return "windows"
    if sys.platform == "darwin":
        return "cocoa"
    return "xcb"


def has_display() -> bool:
    if not sys.platform.startswith("linux"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def gui_checks(test: SelfTest, run: StoreRun) -> None:
    if not test.check("Qt platform", _start_qt):
        for name in ("Norwegian translation", "print support", "main window"):
            test.skip(name, "Qt did not start")
        return
    test.check("Norwegian translation", _translation)
    test.check("print support", lambda: _print_support(run.folder))
    if run.store is None or run.actor is None:
        test.skip("main window", "the store checks failed")
    else:
        test.check("main window", lambda: _main_window(run))


def _platform_plugins() -> tuple[Path, list[str]]:
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    names = sorted(
        path.stem.removeprefix("lib").removeprefix("q")
        for path in folder.glob("*")
        if path.suffix in (".so", ".dll", ".dylib")
    )
    return folder, names


def _start_qt() -> str:
    if "QT_QPA_PLATFORM" not in os.environ and not has_display():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    folder, names = _platform_plugins()
    missing = [name for name in ("offscreen", native_platform()) if name not in names]
    if missing:
        raise RuntimeError(f"no {' or '.join(missing)} plugin in {folder} (found {names})")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    if not isinstance(app, QApplication):
        raise RuntimeError(f"a {type(app).__name__} runs already; widgets need a QApplication")
    return f"running on {QGuiApplication.platformName()}; platform plugins: {', '.join(names)}"


def _translation() -> str:
    context, source, expected = TRANSLATION_PROBE
    path = Path(qm_path("nb"))
    translator = QTranslator()
    if not translator.load(str(path)):
        raise RuntimeError(f"cannot load {path}")
    got = translator.translate(context, source)
    if got != expected:
        raise RuntimeError(f"{path.name} translates {source!r} as {got!r}, not {expected!r}")
    return f"{path.name} ({path.stat().st_size / 1000:.0f} kB) translates {source!r} as {got!r}"


def _print_support(folder: Path) -> str:
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    path = folder / "qprinter.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    painter = QPainter()
    if not painter.begin(printer):
        raise RuntimeError("QPrinter would not start a page")
    painter.drawText(100, 100, "Omigjen POS")
    painter.end()
    data = path.read_bytes() if path.exists() else b""
    if not data.startswith(b"%PDF-"):
        raise RuntimeError(f"QPrinter wrote no PDF to {path}")
    printers = QPrinterInfo.availablePrinterNames()
    return f"QPrinter writes a PDF; system printers: {', '.join(printers) or 'none'}"


def _main_window(run: StoreRun) -> str:
    from PySide6.QtCharts import QChartView

    from omigjen_pos.services import tills as till_service
    from omigjen_pos.services.demo import demo_login_hints
    from omigjen_pos.ui.main_window import MainWindow

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    style = (files("omigjen_pos.resources") / "style.qss").read_text(encoding="utf-8")
    tills = till_service.list_tills(run.store)
    fixed = till_service.find_till(run.store, run.actor.till.code)
    window = MainWindow(run.store, tills, fixed, demo_login_hints())
    try:
        window.setStyleSheet(style)
        users = _wait_for(app, lambda: window.login_screen.user_list.count())
        if not users:
            raise RuntimeError("the login screen listed no users")
        window.open_workspace(run.actor)
        workspace = window.workspace
        assert workspace is not None
        _wait_for(app, lambda: False, seconds=0.5)  # let the screens' first loads land
        charts = len(workspace.findChildren(QChartView))
        if not charts:
            raise RuntimeError("the reports screen has no chart")
        image = window.grab().toImage()
        if image.isNull() or image.width() < 100:
            raise RuntimeError("the window does not draw")
        return (
            f"login screen lists {users} users; workspace of {run.actor.name}: "
            f"{', '.join(workspace.screen_titles())}; {charts} charts; "
            f"drawn at {image.width()}x{image.height()} with the style sheet"
        )
    finally:
        # No answer from the store may arrive at a deleted widget: wait, deliver, delete.
        QThreadPool.globalInstance().waitForDone(WAIT_SECONDS * 1000)
        QApplication.processEvents()
        shiboken6.delete(window)


def _wait_for(app: QApplication, condition, seconds: float = WAIT_SECONDS):
    """Process events until ``condition()`` is true or the time is up; its last value."""
    deadline = time.monotonic() + seconds
    value = condition()
    while not value and time.monotonic() < deadline:
        app.processEvents()
        QThreadPool.globalInstance().waitForDone(20)
        value = condition()
    return value
