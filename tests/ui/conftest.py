"""GUI fixtures: a real main window on a real demo store, shown offscreen.

Every test starts and ends with the app in English and without the style
sheet, so the language or style one test installs never leaks into the next,
and no window or background call outlives its test.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator

import pytest
import shiboken6
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from omigjen_pos.app import build_main_window
from omigjen_pos.services.store_setup import Store
from omigjen_pos.ui.i18n import install_language
from omigjen_pos.ui.main_window import MainWindow
from tests.ui.helpers import WAIT_MS, wait_for_user_list

OpenWindow = Callable[..., MainWindow]


def _plain(app: QApplication) -> None:
    install_language(app, "en")
    app.setStyleSheet("")


def _delete_windows() -> None:
    """Delete every window a test left, here on the GUI thread.

    A window kept alive by a reference cycle (a failed test's traceback, say) would
    otherwise be destroyed by whichever thread next runs the garbage collector, which
    may be a TaskRunner worker: deleting a widget there crashes the process.
    """
    for widget in QApplication.topLevelWidgets():
        if shiboken6.isValid(widget) and widget.parent() is None:
            shiboken6.delete(widget)
    gc.collect()


@pytest.fixture(autouse=True)
def clean_app(qapp: QApplication) -> Iterator[None]:
    _plain(qapp)
    yield
    # No background call may outlive its test; their answers go to live widgets.
    QThreadPool.globalInstance().waitForDone(WAIT_MS)
    QApplication.processEvents()
    _delete_windows()
    _plain(qapp)


@pytest.fixture
def norwegian(qapp: QApplication) -> Iterator[None]:
    """The default interface language. Install before any window is built."""
    assert install_language(qapp, "nb")
    yield
    install_language(qapp, "en")


@pytest.fixture
def open_window(qtbot: QtBot, sqlite_store: Store) -> Iterator[OpenWindow]:
    """Build the main window as the app does, show it and wait for the user list."""
    opened: list[MainWindow] = []  # qtbot holds windows weakly; the test may keep a child only

    def _open(
        store: Store | None = None, till_code: str | None = None, seed_if_empty: bool = False
    ) -> MainWindow:
        window = build_main_window(store or sqlite_store, till_code, seed_if_empty)
        qtbot.addWidget(window)  # closed (app_stop) after the test, before the store
        opened.append(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)
        wait_for_user_list(qtbot, window)
        return window

    yield _open
    QThreadPool.globalInstance().waitForDone(WAIT_MS)  # before the store is closed
