"""The till's other keys on the real widgets: find, price check, quantity,
discounts with a manager's PIN, returns, the cash drawer and vouchers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select, update

from omigjen_pos.domain.journal_events import EventType
from omigjen_pos.domain.settlement import Tender
from omigjen_pos.services import users
from omigjen_pos.services.checkout.drawer import record_opening_float
from omigjen_pos.store.models import (
    CashMovement,
    Item,
    JournalEntry,
    Payment,
    PaymentMethod,
    Sale,
    Shop,
    Voucher,
    ZReport,
)
from omigjen_pos.ui.screens.checkout.approval_dialog import ApprovalDialog
from omigjen_pos.ui.screens.checkout.checkout_screen import CheckoutScreen
from omigjen_pos.ui.screens.checkout.day_close_dialog import DayCloseDialog
from omigjen_pos.ui.screens.checkout.item_search_dialog import ItemSearchDialog
from omigjen_pos.ui.screens.checkout.return_dialog import ReturnDialog
from omigjen_pos.ui.screens.checkout.value_dialog import ValueDialog
from omigjen_pos.ui.tasks import TaskRunner
from tests.ui.helpers import WAIT_MS, in_stock_barcodes, type_scan


def focus_on(qtbot, dialog, widget) -> None:
    qtbot.waitExposed(dialog)
    dialog.activateWindow()  # a window manager would; offscreen Qt has none
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=WAIT_MS)


def key(qtbot, name, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), name, modifier)


def journal(store, event) -> list[JournalEntry]:
    with store.reading() as session:
        return list(session.scalars(select(JournalEntry).where(JournalEntry.event_type == event)))


def item_named(store, fragment):
    with store.reading() as session:
        return session.execute(
            select(Item.barcode, Item.name, Item.price_ore).where(
                Item.shop_id == 1, Item.status == "in_stock", Item.name.contains(fragment)
            )
        ).first()


def test_f2_finds_an_item_by_name_and_enter_puts_it_in_the_sale(qtbot, till, sqlite_store):
    barcode, name, _ = item_named(sqlite_store, "")
    key(qtbot, Qt.Key.Key_F2)
    dialog = till.counter.dialog
    assert isinstance(dialog, ItemSearchDialog)
    focus_on(qtbot, dialog, dialog.field)
    qtbot.keyClicks(dialog.field, name[2:8])
    qtbot.waitUntil(lambda: dialog.results.count() > 0, timeout=WAIT_MS)
    # Down/Up move in the list while the typing stays in the field.
    wanted = next(
        row
        for row in range(dialog.results.count())
        if dialog.results.item(row).data(Qt.ItemDataRole.UserRole) == barcode
    )
    for _ in range(wanted):
        key(qtbot, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is dialog.field
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: till.model.rowCount() == 1, timeout=WAIT_MS)
    assert till.model.line(0).barcode == barcode


def test_f3_checks_a_price_without_selling_and_journals_it(qtbot, till, sqlite_store):
    [(barcode, price)] = in_stock_barcodes(sqlite_store, 1)
    key(qtbot, Qt.Key.Key_F3)
    type_scan(qtbot, barcode)
    qtbot.waitUntil(
        lambda: "Price check:" in till.last_item.text() and "\n" in till.last_item.text(),
        timeout=WAIT_MS,
    )
    assert f"{price // 100}" in till.last_item.text().replace("\u00a0", "").replace(" ", "")
    assert till.basket is None and len(journal(sqlite_store, EventType.PRICE_LOOKUP)) == 1
    type_scan(qtbot, barcode)  # the next scan sells again
    qtbot.waitUntil(lambda: till.model.rowCount() == 1, timeout=WAIT_MS)


def test_a_discount_beyond_the_limit_takes_a_managers_pin_on_the_spot(qtbot, till, sqlite_store):
    [(barcode, price)] = in_stock_barcodes(sqlite_store, 1)
    type_scan(qtbot, barcode)
    qtbot.waitUntil(lambda: till.model.rowCount() == 1, timeout=WAIT_MS)
    key(qtbot, Qt.Key.Key_F8)
    ask = till.lines.dialog
    assert isinstance(ask, ValueDialog)
    focus_on(qtbot, ask, ask.field)
    qtbot.keyClicks(ask.field, "hundre")
    key(qtbot, Qt.Key.Key_Return)
    assert ask.isVisible() and ask.message.text()  # unreadable: said, and nothing sent
    ask.field.clear()
    qtbot.keyClicks(ask.field, "50 %")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(till.lines.dialog, ApprovalDialog), timeout=WAIT_MS)
    approval = till.lines.dialog
    focus_on(qtbot, approval, approval.number)
    qtbot.keyClicks(approval.number, "103")
    key(qtbot, Qt.Key.Key_Tab)
    qtbot.keyClicks(approval.pin, "9999")  # wrong
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Wrong PIN" in approval.message.text(), timeout=WAIT_MS)
    assert till.basket.total_ore == price
    qtbot.keyClicks(approval.pin, "1234")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: till.basket.total_ore == price - price // 2, timeout=WAIT_MS)
    assert "Discounts" in till.discount.text()
    (entry,) = journal(sqlite_store, EventType.DISCOUNT)
    assert "Marte" in entry.summary


def test_f10_returns_a_line_by_receipt_number_and_the_item_goes_back(qtbot, till, sqlite_store):
    [(barcode, price)] = in_stock_barcodes(sqlite_store, 1)
    type_scan(qtbot, barcode)
    qtbot.waitUntil(lambda: till.model.rowCount() == 1, timeout=WAIT_MS)
    till.complete([Tender("cash")])
    qtbot.waitUntil(lambda: "Receipt 1" in till.last_item.text(), timeout=WAIT_MS)
    till.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is till.scan_field, timeout=WAIT_MS)
    key(qtbot, Qt.Key.Key_F10)
    dialog = till.counter.dialog
    assert isinstance(dialog, ReturnDialog)
    focus_on(qtbot, dialog, dialog.receipt)
    qtbot.keyClicks(dialog.receipt, "1")
    key(qtbot, Qt.Key.Key_Return)  # finds the receipt
    qtbot.waitUntil(lambda: dialog.lines.count() == 1, timeout=WAIT_MS)
    assert dialog.isVisible()
    # One sale under that number: no chooser, and no label "Which sale" over nothing.
    chooser_label = dialog._form.labelForField(dialog.sale_choice)
    assert not dialog.sale_choice.isVisible() and not chooser_label.isVisible()
    key(qtbot, Qt.Key.Key_Return)  # refunds the ticked line, in cash, back to stock
    qtbot.waitUntil(lambda: "Return receipt 2" in till.last_item.text(), timeout=WAIT_MS)
    with sqlite_store.reading() as session:
        sales = session.execute(select(Sale.kind, Sale.total_ore).order_by(Sale.id)).all()
        status = session.scalar(select(Item.status).where(Item.barcode == barcode))
    assert [(k.value, total) for k, total in sales] == [("sale", price), ("return", -price)]
    assert status.value == "in_stock"


def test_store_credit_from_a_return_pays_the_next_sale(qtbot, till, sqlite_store):
    (first, price), (second, second_price) = in_stock_barcodes(sqlite_store, 2)
    type_scan(qtbot, first)
    qtbot.waitUntil(lambda: till.model.rowCount() == 1, timeout=WAIT_MS)
    till.complete([Tender("cash")])
    qtbot.waitUntil(lambda: "Receipt 1" in till.last_item.text(), timeout=WAIT_MS)
    till.counter.ask_return()
    dialog = till.counter.dialog
    focus_on(qtbot, dialog, dialog.receipt)
    qtbot.keyClicks(dialog.receipt, "BRUKT-1 1")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.lines.count() == 1, timeout=WAIT_MS)
    dialog.refund.setCurrentIndex(dialog.refund.findData("store_credit"))
    dialog.receipt.setFocus()
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Tilgodelapp code" in till.last_item.text(), timeout=WAIT_MS)
    with sqlite_store.reading() as session:
        code = session.scalars(select(Voucher.code)).one()
    till.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is till.scan_field, timeout=WAIT_MS)
    type_scan(qtbot, second)
    qtbot.waitUntil(lambda: till.model.rowCount() == 1, timeout=WAIT_MS)
    key(qtbot, Qt.Key.Key_F12)
    pay = till.payment_dialog
    focus_on(qtbot, pay, pay.cash_tendered)
    key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is pay.voucher_code
    qtbot.keyClicks(pay.voucher_code, code)
    key(qtbot, Qt.Key.Key_Return)  # looks the code up; does not pay
    qtbot.waitUntil(lambda: "Balance" in pay.voucher_info.text(), timeout=WAIT_MS)
    assert pay.isVisible() and pay.voucher_amount.text()
    key(qtbot, Qt.Key.Key_Backtab)
    key(qtbot, Qt.Key.Key_Return)  # the rest in cash, exact
    qtbot.waitUntil(lambda: "Receipt 3" in till.last_item.text(), timeout=WAIT_MS)
    with sqlite_store.reading() as session:
        sale_id = session.scalar(select(Sale.id).where(Sale.receipt_number == 3))
        paid = dict(
            session.execute(
                select(Payment.method, Payment.amount_ore).where(Payment.sale_id == sale_id)
            ).all()
        )
    assert paid[PaymentMethod.STORE_CREDIT] == min(price, second_price)


def test_ctrl_d_records_a_pay_out_with_its_reason(qtbot, till, sqlite_store):
    key(qtbot, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    dialog = till.counter.dialog
    focus_on(qtbot, dialog, dialog.kind)
    dialog.kind.setCurrentIndex(dialog.kind.findData("pay_out"))
    dialog.amount.setFocus()
    qtbot.keyClicks(dialog.amount, "85,50")
    key(qtbot, Qt.Key.Key_Return)  # to the reason
    assert QApplication.focusWidget() is dialog.reason
    key(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible() and "Say why" in dialog.message.text()
    qtbot.keyClicks(dialog.reason, "Melk til kaffen")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Pay-out" in till.last_item.text(), timeout=WAIT_MS)
    with sqlite_store.reading() as session:
        rows = session.execute(
            select(CashMovement.kind, CashMovement.amount_ore, CashMovement.reason).where(
                CashMovement.kind != "opening_float"
            )
        ).all()
    assert [(k.value, a, r) for k, a, r in rows] == [("pay_out", 8550, "Melk til kaffen")]


def test_a_manager_counts_the_drawer_and_takes_the_z_report(qtbot, manager_till, sqlite_store):
    till = manager_till
    [(barcode, price)] = in_stock_barcodes(sqlite_store, 1)
    type_scan(qtbot, barcode)
    qtbot.waitUntil(lambda: till.model.rowCount() == 1, timeout=WAIT_MS)
    till.complete([Tender("cash")])
    qtbot.waitUntil(lambda: "Receipt 1:" in till.last_item.text(), timeout=WAIT_MS)
    key(qtbot, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    dialog = till.counter.dialog
    assert isinstance(dialog, DayCloseDialog)
    qtbot.waitUntil(lambda: "X-RAPPORT" in dialog.preview.toPlainText(), timeout=WAIT_MS)
    dialog.z_button.click()  # nothing counted: a Z keeps its count, so 0 must be typed
    assert "Count the drawer first" in dialog.message.text()
    expected = dialog.report.expected_cash_ore
    assert expected == 150000 + price + (-price % 100 if price % 100 >= 50 else -(price % 100))
    dialog.counts[1000].setValue(1)
    dialog.counts[500].setValue(1)
    assert "Difference" in dialog.difference.text()
    dialog.z_button.click()
    qtbot.waitUntil(lambda: "Z-RAPPORT 1" in dialog.preview.toPlainText(), timeout=WAIT_MS)
    assert not dialog.z_button.isEnabled()
    with sqlite_store.reading() as session:
        stored = session.scalars(select(ZReport)).one()
    assert (stored.number, stored.counted_cash_ore) == (1, 150000)
    assert "PDF" in dialog.message.text()


def test_a_cashier_has_no_close_the_day_key(qtbot, till):
    key(qtbot, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert till.counter.dialog is None and not till.day_close_button.isVisible()


def test_a_cashier_closes_the_day_where_the_shop_lets_cashiers(qtbot, sqlite_store):
    """shop.cashiers_may_close_day: the key is there from the next login, and works."""
    with sqlite_store.writing() as session:
        session.execute(
            update(Shop).where(Shop.code == "BRUKT").values(cashiers_may_close_day=True)
        )
    cashier = users.login(sqlite_store, "BRUKT-1", 101, "1111")
    record_opening_float(sqlite_store, cashier, 150000)
    till = CheckoutScreen(sqlite_store, cashier, TaskRunner())
    qtbot.addWidget(till)
    till.show()
    qtbot.waitExposed(till)
    assert till.day_close_button.isVisible() and till.day_close_button.isEnabled()
    till.activateWindow()  # a window manager would; offscreen Qt has none
    qtbot.waitUntil(lambda: QApplication.focusWidget() is till.scan_field, timeout=WAIT_MS)
    key(qtbot, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    dialog = till.counter.dialog
    assert isinstance(dialog, DayCloseDialog)
    qtbot.waitUntil(lambda: "X-RAPPORT" in dialog.preview.toPlainText(), timeout=WAIT_MS)
    dialog.one_amount.setText("1500")
    dialog.z_button.click()
    qtbot.waitUntil(lambda: "Z-RAPPORT 1" in dialog.preview.toPlainText(), timeout=WAIT_MS)
    with sqlite_store.reading() as session:
        assert session.scalars(select(ZReport.user_id)).one() == cashier.user_id
    qtbot.waitUntil(lambda: not till.tasks.busy, timeout=WAIT_MS)
