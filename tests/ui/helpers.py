"""Steps the GUI tests share: waiting for the TaskRunner, typing like a user,
reading the journal. Tests may read the store directly; the app's ui package may not."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from omigjen_pos.domain.journal_events import EventType
from omigjen_pos.services.store_setup import Store
from omigjen_pos.store.models import Item, JournalEntry, Till, User
from omigjen_pos.ui.login.login_screen import LoginScreen
from omigjen_pos.ui.main_window import MainWindow
from omigjen_pos.ui.workspace import Workspace

# Generous, so a slow CI machine does not fail; a passing wait returns at once.
WAIT_MS = 10_000


def wait_until_idle(qtbot: QtBot, window: MainWindow) -> None:
    """Until every background call of the window (PIN check, user list) is back."""
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=WAIT_MS)


def wait_for_user_list(qtbot: QtBot, window: MainWindow) -> None:
    screen = window.login_screen
    qtbot.waitUntil(lambda: not window.tasks.busy and screen.user_list.count() > 0, timeout=WAIT_MS)


def listed_numbers(screen: LoginScreen) -> list[int]:
    return [
        screen.user_list.item(row).data(Qt.ItemDataRole.UserRole)
        for row in range(screen.user_list.count())
    ]


def listed_text_of(screen: LoginScreen, number: int) -> str:
    for row in range(screen.user_list.count()):
        item = screen.user_list.item(row)
        if item.data(Qt.ItemDataRole.UserRole) == number:
            return item.text()
    raise AssertionError(f"user {number} is not in the list {listed_numbers(screen)}")


def type_user_number(qtbot: QtBot, screen: LoginScreen, number: int) -> None:
    """Select whatever the number field holds and type over it, as a user would."""
    qtbot.keyClick(screen.number_field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(screen.number_field, str(number))


def type_pin_and_enter(qtbot: QtBot, screen: LoginScreen, pin: str) -> None:
    qtbot.keyClicks(screen.pin_field, pin)
    qtbot.keyClick(screen.pin_field, Qt.Key.Key_Return)


def try_pin(qtbot: QtBot, window: MainWindow, number: int, pin: str) -> None:
    """Type a number and a PIN, press Enter, and wait for the answer."""
    screen = window.login_screen
    type_user_number(qtbot, screen, number)
    type_pin_and_enter(qtbot, screen, pin)
    wait_until_idle(qtbot, window)


def log_in(qtbot: QtBot, window: MainWindow, number: int, pin: str) -> Workspace:
    wait_for_user_list(qtbot, window)
    try_pin(qtbot, window, number, pin)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=WAIT_MS)
    assert window.workspace is not None
    return window.workspace


def journal(store: Store, event: EventType) -> list[JournalEntry]:
    with store.reading() as session:
        return list(
            session.scalars(
                select(JournalEntry)
                .where(JournalEntry.event_type == event)
                .order_by(JournalEntry.id)
            )
        )


def user_id(store: Store, number: int) -> int:
    with store.reading() as session:
        return session.scalars(select(User.id).where(User.number == number)).one()


def till_id(store: Store, code: str) -> int:
    with store.reading() as session:
        return session.scalars(select(Till.id).where(Till.code == code)).one()


def in_stock_barcodes(store: Store, count: int, shop_id: int = 1) -> list[tuple[str, int]]:
    """Barcodes and prices of unique items a till of the shop can sell now."""
    with store.reading() as session:
        rows = session.execute(
            select(Item.barcode, Item.price_ore)
            .where(Item.shop_id == shop_id, Item.kind == "unique", Item.status == "in_stock")
            .order_by(Item.id)
            .limit(count)
        ).all()
    return [(code, price) for code, price in rows]


def type_scan(qtbot: QtBot, barcode: str) -> None:
    """A keyboard-wedge scanner: digits typed fast, then Enter, into the focused field."""
    qtbot.keyClicks(QApplication.focusWidget(), barcode)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
