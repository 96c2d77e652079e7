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
from omigjen_pos.services import users
from omigjen_pos.services.checkout.drawer import record_opening_float
from omigjen_pos.services.store_setup import Store
from omigjen_pos.ui.i18n import install_language
from omigjen_pos.ui.main_window import MainWindow
from omigjen_pos.ui.screens.checkout.checkout_screen import CheckoutScreen
from omigjen_pos.ui.tasks import TaskRunner
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
def own_data_folder(tmp_path, monkeypatch) -> None:
    """Each test its own data folder: a till's basket copy never leaks into the next."""
    monkeypatch.setenv("OMIGJEN_DATA_DIR", str(tmp_path / "data"))


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


def _till_screen(qtbot: QtBot, store: Store, till_code: str, number: int, pin: str):
    """The checkout screen of a logged-in user, the day's float already counted."""
    actor = users.login(store, till_code, number, pin)
    record_opening_float(store, actor, 150000)  # the day's first question, answered
    screen = CheckoutScreen(store, actor, TaskRunner())
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    return screen


@pytest.fixture
def till(qtbot: QtBot, sqlite_store: Store) -> Iterator[CheckoutScreen]:
    """Kari, a cashier, at BRUKT-1."""
    screen = _till_screen(qtbot, sqlite_store, "BRUKT-1", 101, "1111")
    yield screen
    qtbot.waitUntil(lambda: not screen.tasks.busy, timeout=WAIT_MS)


@pytest.fixture
def manager_till(qtbot: QtBot, sqlite_store: Store) -> Iterator[CheckoutScreen]:
    """Marte, a manager, at BRUKT-1."""
    screen = _till_screen(qtbot, sqlite_store, "BRUKT-1", 103, "1234")
    yield screen
    qtbot.waitUntil(lambda: not screen.tasks.busy, timeout=WAIT_MS)
