"""The main window: built on the store, login -> workspace -> login, journal of the
app's own life, and what every till must offer (accessible names, finger-sized buttons)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFrame, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from omigjen_pos.app import build_main_window, load_style
from omigjen_pos.domain.errors import OmigjenError
from omigjen_pos.domain.journal_events import EventType
from omigjen_pos.services.store_setup import Store, open_and_upgrade, summarise_store
from omigjen_pos.store.models import Centre, Till
from omigjen_pos.ui.main_window import MainWindow
from tests.ui.conftest import OpenWindow
from tests.ui.helpers import (
    WAIT_MS,
    journal,
    listed_numbers,
    log_in,
    till_id,
    user_id,
    wait_until_idle,
)

MIN_BUTTON_HEIGHT = 48


@pytest.fixture
def empty_sqlite_store(tmp_path: Path) -> Iterator[Store]:
    """A migrated store with no centre, like a newcomer's first start."""
    store, _ = open_and_upgrade(f"sqlite:///{tmp_path}/x.sqlite3")
    yield store
    store.close()


def shows_login_screen(window: MainWindow) -> bool:
    return window.centralWidget().currentWidget() is window.login_screen


# --- logging out ----------------------------------------------------------------


def test_log_out_button_returns_to_the_login_screen(qtbot: QtBot, open_window: OpenWindow):
    window = open_window()
    workspace = log_in(qtbot, window, 101, "1111")

    qtbot.mouseClick(workspace.logout_button, Qt.MouseButton.LeftButton)

    assert shows_login_screen(window)
    assert window.workspace is None and window.actor is None
    wait_until_idle(qtbot, window)
    assert 101 in listed_numbers(window.login_screen)


def test_log_out_is_recorded_in_the_journal(
    qtbot: QtBot, open_window: OpenWindow, sqlite_store: Store
):
    window = open_window(till_code="BRUKT-2")
    workspace = log_in(qtbot, window, 101, "1111")

    qtbot.mouseClick(workspace.logout_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: len(journal(sqlite_store, EventType.LOGOUT)) == 1, timeout=WAIT_MS)
    (row,) = journal(sqlite_store, EventType.LOGOUT)
    assert (row.user_id, row.till_id) == (
        user_id(sqlite_store, 101),
        till_id(sqlite_store, "BRUKT-2"),
    )


def test_ctrl_l_logs_out(qtbot: QtBot, open_window: OpenWindow, sqlite_store: Store):
    window = open_window()
    workspace = log_in(qtbot, window, 101, "1111")

    qtbot.keyClick(workspace.navigation, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    assert shows_login_screen(window)
    qtbot.waitUntil(lambda: len(journal(sqlite_store, EventType.LOGOUT)) == 1, timeout=WAIT_MS)


def test_after_logging_out_the_next_user_can_log_in(
    qtbot: QtBot, open_window: OpenWindow, sqlite_store: Store
):
    window = open_window()
    workspace = log_in(qtbot, window, 101, "1111")
    qtbot.mouseClick(workspace.logout_button, Qt.MouseButton.LeftButton)
    wait_until_idle(qtbot, window)

    workspace = log_in(qtbot, window, 103, "1234")

    assert workspace.actor.user_number == 103
    assert len(journal(sqlite_store, EventType.LOGIN)) == 2


# --- building the window on a store ------------------------------------------------


def test_an_empty_store_gets_the_demo_centre_when_seeding_is_allowed(
    qtbot: QtBot, empty_sqlite_store: Store
):
    window = build_main_window(empty_sqlite_store, None, seed_if_empty=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)

    summary = summarise_store(empty_sqlite_store)
    assert summary.is_demo and summary.shops == 3 and summary.tills == 4
    panel = window.login_screen.findChild(QFrame, "demoPanel")
    assert panel is not None and panel.isVisible()
    qtbot.waitUntil(lambda: window.login_screen.user_list.count() > 0, timeout=WAIT_MS)


def test_an_empty_store_is_refused_and_left_empty_when_seeding_is_not_allowed(
    empty_sqlite_store: Store,
):
    with pytest.raises(OmigjenError) as raised:
        build_main_window(empty_sqlite_store, None, seed_if_empty=False)

    # Exactly the base class: run_gui opens the set-up wizard for it, not a store error.
    assert type(raised.value) is OmigjenError
    assert summarise_store(empty_sqlite_store).is_empty


def test_a_store_that_is_not_the_demo_centre_shows_no_demo_pins(
    open_window: OpenWindow, sqlite_store: Store
):
    with sqlite_store.writing() as session:
        for centre in session.query(Centre):
            centre.is_demo = False

    window = open_window()

    assert window.login_screen.findChild(QFrame, "demoPanel") is None


def test_a_configured_till_that_was_deactivated_is_refused_with_an_explanation(
    sqlite_store: Store,
):
    with sqlite_store.writing() as session:
        session.execute(update(Till).where(Till.code == "BRUKT-2").values(active=False))

    with pytest.raises(OmigjenError):  # run_gui explains these in a dialog
        build_main_window(sqlite_store, "BRUKT-2", seed_if_empty=False)


# --- the app's own life in the journal -------------------------------------------------


def test_building_the_window_records_app_start_on_its_till(qtbot: QtBot, sqlite_store: Store):
    assert journal(sqlite_store, EventType.APP_START) == []

    window = build_main_window(sqlite_store, "REP-1", seed_if_empty=False)
    qtbot.addWidget(window)

    starts = journal(sqlite_store, EventType.APP_START)
    assert [row.till_id for row in starts] == [till_id(sqlite_store, "REP-1")]
    wait_until_idle(qtbot, window)


def test_closing_the_window_records_app_stop(qtbot: QtBot, open_window: OpenWindow, sqlite_store):
    window = open_window(till_code="HJERTE-1")
    assert journal(sqlite_store, EventType.APP_STOP) == []

    window.close()

    stops = journal(sqlite_store, EventType.APP_STOP)
    assert [row.till_id for row in stops] == [till_id(sqlite_store, "HJERTE-1")]


def test_closing_the_window_while_logged_in_logs_out_before_the_app_stops(
    qtbot: QtBot, open_window: OpenWindow, sqlite_store: Store
):
    window = open_window()
    log_in(qtbot, window, 101, "1111")

    window.close()

    logout, stop = (
        journal(sqlite_store, EventType.LOGOUT),
        journal(sqlite_store, EventType.APP_STOP),
    )
    assert [row.user_id for row in logout] == [user_id(sqlite_store, 101)]
    assert len(stop) == 1 and logout[0].id < stop[0].id


# --- accessibility and touch ------------------------------------------------------


def unnamed_focusable_widgets(root: QWidget) -> list[str]:
    focusable = [
        w
        for w in root.findChildren(QWidget)
        if w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.isVisibleTo(root)
    ]
    assert focusable, "nothing focusable found; the check would prove nothing"
    return [f"{type(w).__name__} {w.objectName()!r}" for w in focusable if not w.accessibleName()]


def short_buttons(root: QWidget) -> list[str]:
    buttons = [b for b in root.findChildren(QPushButton) if b.isVisible()]
    assert buttons, "no visible buttons found; the check would prove nothing"
    return [f"{b.text()!r}: {b.height()} px" for b in buttons if b.height() < MIN_BUTTON_HEIGHT]


def test_every_focusable_widget_of_the_login_screen_has_an_accessible_name(
    open_window: OpenWindow,
):
    window = open_window()

    assert unnamed_focusable_widgets(window.login_screen) == []


def test_every_focusable_widget_of_the_workspace_has_an_accessible_name(
    qtbot: QtBot, open_window: OpenWindow
):
    window = open_window()

    workspace = log_in(qtbot, window, 103, "1234")  # the manager sees every screen

    assert unnamed_focusable_widgets(workspace) == []


def test_every_button_is_at_least_48_px_high_with_the_style_sheet(
    qtbot: QtBot, open_window: OpenWindow
):
    load_style(QApplication.instance())
    window = open_window()
    assert short_buttons(window) == []

    workspace = log_in(qtbot, window, 103, "1234")
    qtbot.waitUntil(lambda: workspace.logout_button.isVisible(), timeout=WAIT_MS)

    assert short_buttons(window) == []
