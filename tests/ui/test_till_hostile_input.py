"""Bad input at the real till (issue 8, item 4): hostile strings pasted into the
scan field and the quantity, price and discount dialogs are refused on screen
with a message a cashier can act on, and neither the basket nor the store
changes. A handful of fixed strings: the property tests with many more are in
tests/reliability/test_hostile_input.py."""

from __future__ import annotations

from PySide6.QtCore import Qt

from omigjen_pos.domain.item_rules import ItemDraft
from omigjen_pos.domain.items import ItemKind, ItemSource
from omigjen_pos.services import users
from omigjen_pos.services.inventory.registration import list_categories, register_item
from omigjen_pos.ui.screens.checkout.value_dialog import ValueDialog
from tests.support.bad_input import LONGEST_MESSAGE, changed_tables, snapshot
from tests.ui.helpers import WAIT_MS, type_scan

HOSTILE = (
    "\x00",
    "2000000000012\x00",
    "'; DROP TABLE sale; --",
    "x" * 10_000,
    "\u202e123",
    "٣٤٥",
    "9" * 5000,
    "🛋️🪑",
    "e\u0301\u0301\u0301",
    "\x1b[2J",
    "1e999999 %",
    "sNaN %",
    "²",
)  # no lone surrogate: a QLineEdit cannot hold one (it comes back empty)
GENERIC = "Something went wrong"


def _stock_article(store) -> str:
    manager = users.login(store, "BRUKT-1", 103, "1234")
    category = {c.code: c.id for c in list_categories(store)}["MOBLER"]
    draft = ItemDraft(
        category_id=category,
        name="Stoltrekk",
        price_ore=4_900,
        source=ItemSource.NEW_GOODS,
        kind=ItemKind.STOCK,
        quantity=50,
    )
    return register_item(store, manager, draft).barcode


def _scan_with_article(qtbot, till, store) -> None:
    type_scan(qtbot, _stock_article(store))
    qtbot.waitUntil(lambda: till.model.rowCount() == 1, timeout=WAIT_MS)


def _paste_and_enter(qtbot, till, text: str) -> str:
    till.message.clear()
    till.scan_field.setText(text)  # pasted: a keyboard cannot type a NUL
    qtbot.keyClick(till.scan_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(till.message.text()) and not till.tasks.busy, timeout=WAIT_MS)
    return till.message.text()


def test_hostile_text_in_the_scan_field_and_the_line_dialogs_changes_nothing(
    qtbot, till, sqlite_store
):
    _scan_with_article(qtbot, till, sqlite_store)
    basket = till.basket
    before = snapshot(sqlite_store)

    for text in HOSTILE:
        shown = _paste_and_enter(qtbot, till, text)
        assert GENERIC not in shown and len(shown) <= LONGEST_MESSAGE, (text[:20], shown)
        assert till.model.rowCount() == 1

    plain, shift = Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier
    # Quantity, new price, discount on the line, discount on the sale.
    keys = (
        (Qt.Key.Key_F5, plain),
        (Qt.Key.Key_F11, plain),
        (Qt.Key.Key_F8, plain),
        (Qt.Key.Key_F8, shift),
    )
    for key, modifier in keys:
        for text in HOSTILE:
            qtbot.keyClick(till.scan_field, key, modifier)
            dialog = till.lines.dialog
            assert isinstance(dialog, ValueDialog) and dialog.isVisible()
            dialog.field.setText(text)
            qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
            said = dialog.message.text()
            assert dialog.isVisible() and said, (key, text[:20])
            assert GENERIC not in said and len(said) <= LONGEST_MESSAGE, said
            dialog.reject()
            qtbot.waitUntil(lambda: not till.tasks.busy, timeout=WAIT_MS)

    qtbot.waitUntil(lambda: not till.tasks.busy, timeout=WAIT_MS)
    assert till.basket == basket
    assert changed_tables(before, snapshot(sqlite_store)) == []


def test_a_nul_in_the_scan_field_is_explained_in_norwegian(qtbot, norwegian, till, sqlite_store):
    _scan_with_article(qtbot, till, sqlite_store)
    before = snapshot(sqlite_store)
    shown = _paste_and_enter(qtbot, till, "2000000000012\x00")
    assert shown.startswith("Strekkode:") and "kontrolltegn" in shown, shown
    shown = _paste_and_enter(qtbot, till, "7" * 10_000)
    assert shown.startswith("Ukjent strekkode") and len(shown) <= LONGEST_MESSAGE, shown
    assert till.model.rowCount() == 1
    assert changed_tables(before, snapshot(sqlite_store)) == []
