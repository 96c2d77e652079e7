"""The cashier's screen: scan, see the line and the total at once, pay.

The scan field has the focus whenever nothing else needs it. Scans are sent to
the store one at a time, in the order they came, off the GUI thread: a burst
from a fast scanner never opens two baskets or loses a code. Keys: Enter scans,
F4 removes the chosen line, F9 cancels the basket, F12 takes payment.
"""

from __future__ import annotations

from collections import deque

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from omigjen_pos.domain.errors import ItemUnavailable
from omigjen_pos.domain.money import format_kr
from omigjen_pos.domain.roles import Action
from omigjen_pos.domain.settlement import Tender
from omigjen_pos.services.actors import Actor
from omigjen_pos.services.checkout.basket import (
    cancel_basket,
    open_basket,
    remove_line,
    scan_item,
    unfinished_basket,
)
from omigjen_pos.services.checkout.drawer import needs_opening_float, record_opening_float
from omigjen_pos.services.checkout.parking import list_parked, park_basket, resume_basket
from omigjen_pos.services.checkout.sale import complete_sale
from omigjen_pos.services.checkout.training import switch_training_mode
from omigjen_pos.services.checkout.views import BasketView, SaleSummary
from omigjen_pos.services.store_setup import Store
from omigjen_pos.ui.messages import describe_error
from omigjen_pos.ui.screens.checkout.basket_model import BasketModel
from omigjen_pos.ui.screens.checkout.opening_float import OpeningFloatPanel
from omigjen_pos.ui.screens.checkout.payment_dialog import PaymentDialog
from omigjen_pos.ui.tasks import TaskRunner


class CheckoutScreen(QWidget):
    sale_completed = Signal(object)  # SaleSummary

    def __init__(
        self, store: Store, actor: Actor, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._store, self._actor, self._tasks = store, actor, tasks
        self.basket: BasketView | None = None
        self._queue: deque = deque()
        self.training = False
        self.payment_dialog: PaymentDialog | None = None
        self._working = False
        self.setAccessibleName(self.tr("Checkout"))
        self.scan_field = QLineEdit()
        self.scan_field.setObjectName("scanField")
        self.scan_field.setAccessibleName(self.tr("Scan or type a barcode"))
        self.scan_field.setPlaceholderText(self.tr("Scan or type a barcode, then Enter"))
        self.scan_field.returnPressed.connect(self._scan_typed)
        self.last_item = QLabel()
        self.last_item.setObjectName("lastItem")
        self.last_item.setAccessibleName(self.tr("Last scanned item"))
        self.last_item.setWordWrap(True)
        self.total = QLabel()
        self.total.setObjectName("bigAmount")
        self.total.setAccessibleName(self.tr("Total"))
        self.message = QLabel()
        self.message.setObjectName("errorMessage")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        self.training_banner = QLabel(self.tr("TRAINING MODE: not real sales"))
        self.training_banner.setObjectName("trainingBanner")
        self.training_banner.setAccessibleName(self.tr("Training mode"))
        self.training_banner.setVisible(False)
        self.float_panel = OpeningFloatPanel()
        self.float_panel.setVisible(False)
        self.float_panel.counted.connect(self._record_float)
        QShortcut(QKeySequence("Ctrl+T"), self, activated=self.toggle_training)
        self.model = BasketModel(self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Basket"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.pay_button = self._button(self.tr("Pay (F12)"), self.pay, "F12")
        self.pay_button.setObjectName("primaryKey")
        self.remove_button = self._button(self.tr("Remove line (F4)"), self.remove_selected, "F4")
        self.cancel_button = self._button(self.tr("Cancel sale (F9)"), self.ask_cancel, "F9")
        self.park_button = self._button(self.tr("Park (F6)"), self.park, "F6")
        self.resume_button = self._button(self.tr("Parked sales (F7)"), self.ask_resume, "F7")
        self._layout()
        self._show_basket(None)
        self._tasks.run(lambda: unfinished_basket(store, actor), self._restore, self._scan_failed)
        self._tasks.run(
            lambda: needs_opening_float(store, actor), self._ask_float_if_needed, self._scan_failed
        )

    def _ask_float_if_needed(self, needed: bool) -> None:
        """No sale until the day's opening float is counted (N4)."""
        self.float_panel.setVisible(needed)
        self.scan_field.setEnabled(not needed)
        if needed:
            self.float_panel.field.setFocus()

    def _record_float(self, amount_ore: int) -> None:
        store, actor = self._store, self._actor
        self._tasks.run(
            lambda: record_opening_float(store, actor, amount_ore),
            lambda _none: self._float_recorded(amount_ore),
            self._scan_failed,
        )

    def _float_recorded(self, amount_ore: int) -> None:
        self._ask_float_if_needed(False)
        self.last_item.setText(
            self.tr("Opening float {amount} recorded.").format(amount=format_kr(amount_ore))
        )
        self.scan_field.setFocus()

    def _restore(self, basket: BasketView | None) -> None:
        """A basket left open by a crash or power cut comes back on screen."""
        if basket is not None and self.basket is None:
            self._show_basket(basket)
            self.message.setText(
                self.tr(
                    "An unfinished sale from before was restored: finish it, or cancel it with F9."
                )
            )

    def _button(self, text: str, slot, key: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scan field keeps the focus
        button.clicked.connect(slot)
        QShortcut(QKeySequence(key), self, activated=slot)
        return button

    def _layout(self) -> None:
        side = QVBoxLayout()
        side.addWidget(self.last_item)
        side.addStretch(1)
        side.addWidget(self.total)
        side.addWidget(self.pay_button)
        body = QHBoxLayout()
        body.addWidget(self.table, 3)
        body.addLayout(side, 2)
        keys = QHBoxLayout()
        keys.addWidget(self.remove_button)
        keys.addWidget(self.park_button)
        keys.addWidget(self.resume_button)
        keys.addWidget(self.cancel_button)
        keys.addStretch(1)
        root = QVBoxLayout(self)
        root.addWidget(self.training_banner)
        root.addWidget(self.float_panel)
        root.addWidget(self.scan_field)
        root.addWidget(self.message)
        root.addLayout(body, 1)
        root.addLayout(keys)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.scan_field.setFocus()

    # --- scanning, one at a time and in order -------------------------------------

    def _scan_typed(self) -> None:
        code = self.scan_field.text().strip()
        self.scan_field.clear()
        if code:
            self.scan(code)

    def scan(self, barcode: str) -> None:
        self._queue.append(barcode)
        self._next()

    def _next(self) -> None:
        if self._working or not self._queue:
            return
        barcode = self._queue.popleft()
        self._working = True
        store, actor, basket, training = self._store, self._actor, self.basket, self.training

        def call() -> BasketView:
            basket_id = basket.id if basket else open_basket(store, actor, training).id
            return scan_item(store, actor, basket_id, barcode)

        self._tasks.run(call, self._scanned, self._scan_failed)

    def _scanned(self, basket: BasketView) -> None:
        self._working = False
        self.message.clear()
        self._show_basket(basket)
        last = basket.lines[-1] if basket.lines else None
        if last is not None:
            self.last_item.setText(f"{last.name}\n{format_kr(last.unit_price_ore)}")
        self._next()

    def _scan_failed(self, error: Exception) -> None:
        self._working = False
        QApplication.beep()
        self.message.setText(
            self._unavailable_text(error)
            if isinstance(error, ItemUnavailable)
            else describe_error(error)
        )
        self._next()

    def _unavailable_text(self, error: ItemUnavailable) -> str:
        if error.reason == "sold" and error.receipt_number:
            when = error.when.astimezone().strftime("%d.%m kl. %H:%M") if error.when else ""
            return self.tr(
                "The item is already sold on receipt {number}, {when}. "
                "Put it aside and call a manager."
            ).format(number=error.receipt_number, when=when)
        if error.reason == "reserved":
            return self.tr(
                "The item is in an open sale on till {till}. Finish or cancel that sale first."
            ).format(till=error.till_code or "?")
        if error.reason == "other_shop":
            return self.tr(
                "The item belongs to another shop ({shop}). It must be paid there."
            ).format(shop=error.shop_code)
        if error.reason == "already_in_basket":
            return self.tr("The item is already in this sale.")
        if error.reason == "out_of_stock":
            return self.tr("No more of this article in stock. Check the count.")
        if error.reason == "unknown":
            return self.tr("Unknown barcode {code}. Check the number or register the item.").format(
                code=error.barcode
            )
        return self.tr("The item cannot be sold ({state}). Call a manager.").format(
            state=error.reason
        )

    def _show_basket(self, basket: BasketView | None) -> None:
        self.basket = basket
        self.model.show(basket)
        self.total.setText(
            self.tr("Total {amount}").format(amount=format_kr(basket.total_ore if basket else 0))
        )
        has_lines = bool(basket and basket.lines)
        self.pay_button.setEnabled(has_lines)
        self.remove_button.setEnabled(has_lines)
        self.cancel_button.setEnabled(basket is not None)
        self.park_button.setEnabled(has_lines)
        self.resume_button.setEnabled(basket is None)

    # --- lines, cancelling, paying --------------------------------------------------

    def remove_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if self.basket is None or not self.basket.lines:
            return
        row = rows[0].row() if rows else len(self.basket.lines) - 1
        line_id, basket_id = self.model.line(row).id, self.basket.id
        store, actor = self._store, self._actor
        self._tasks.run(
            lambda: remove_line(store, actor, basket_id, line_id),
            self._show_basket,
            self._scan_failed,
        )

    def ask_cancel(self) -> None:
        if self.basket is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Cancel sale"), self.tr("Cancel this sale and put the items back?")
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.cancel()

    def cancel(self) -> None:
        if self.basket is None:
            return
        basket_id, store, actor = self.basket.id, self._store, self._actor
        self._tasks.run(
            lambda: cancel_basket(store, actor, basket_id),
            lambda _none: self._start_over(self.tr("Sale cancelled.")),
            self._scan_failed,
        )

    def park(self) -> None:
        if self.basket is None or not self.basket.lines or self._working:
            return
        basket_id, store, actor = self.basket.id, self._store, self._actor
        self._tasks.run(
            lambda: park_basket(store, actor, basket_id),
            lambda _none: self._start_over(self.tr("Sale parked (F7 to take it up).")),
            self._scan_failed,
        )

    def ask_resume(self) -> None:
        if self.basket is not None:
            return
        store, actor = self._store, self._actor
        self._tasks.run(lambda: list_parked(store, actor), self._choose_parked, self._scan_failed)

    def _choose_parked(self, parked: list) -> None:
        if not parked:
            self.message.setText(self.tr("No parked sales in this shop."))
            return
        labels = [
            self.tr("{till} · {cashier} · {lines} lines · {time}").format(
                till=p.till_code,
                cashier=p.cashier,
                lines=p.lines,
                time=p.parked_at.astimezone().strftime("%H:%M"),
            )
            for p in parked
        ]
        choice, ok = QInputDialog.getItem(
            self, self.tr("Parked sales"), self.tr("Take up which sale?"), labels, 0, False
        )
        if ok:
            self.resume(parked[labels.index(choice)].id)
        self.scan_field.setFocus()

    def resume(self, basket_id: int) -> None:
        store, actor = self._store, self._actor
        self._tasks.run(
            lambda: resume_basket(store, actor, basket_id), self._show_basket, self._scan_failed
        )

    def toggle_training(self) -> None:
        """Managers only, and only between sales: a basket keeps the mode it began in."""
        if not self._actor.may(Action.ADMINISTER_SHOP):
            self.message.setText(self.tr("Only a manager can switch training mode."))
            return
        if self.basket is not None:
            self.message.setText(self.tr("Finish or park this sale before switching."))
            return
        on, store, actor = not self.training, self._store, self._actor
        self._tasks.run(
            lambda: switch_training_mode(store, actor, on),
            lambda _none: self._training_switched(on),
            self._scan_failed,
        )

    def _training_switched(self, on: bool) -> None:
        self.training = on
        self.training_banner.setVisible(on)
        self.message.clear()

    def pay(self) -> None:
        if self.basket is None or not self.basket.lines or self._working:
            return
        # open(), not exec(): no nested event loop, so answers from the store keep coming.
        dialog = PaymentDialog(self.basket.total_ore, self)
        dialog.accepted.connect(lambda: self.complete(dialog.tenders()))
        dialog.finished.connect(lambda _result: self.scan_field.setFocus())
        dialog.finished.connect(dialog.deleteLater)
        self.payment_dialog = dialog
        dialog.open()

    def complete(self, tenders: list[Tender]) -> None:
        """Record the sale; a retry after an error records it once (basket UUID)."""
        if self.basket is None:
            return
        basket_id, store, actor = self.basket.id, self._store, self._actor
        self._working = True
        self.pay_button.setEnabled(False)
        self._tasks.run(
            lambda: complete_sale(store, actor, basket_id, tenders),
            self._completed,
            self._complete_failed,
        )

    def _completed(self, sale: SaleSummary) -> None:
        self._working = False
        self._start_over(
            self.tr("Receipt {number}: {total}. Change {change}.").format(
                number=sale.receipt_number,
                total=format_kr(sale.total_ore + sale.rounding_ore),
                change=format_kr(sale.change_ore),
            )
        )
        self.sale_completed.emit(sale)
        self._next()

    def _complete_failed(self, error: Exception) -> None:
        self._working = False
        self.pay_button.setEnabled(True)
        QApplication.beep()
        self.message.setText(describe_error(error))

    def _start_over(self, note: str) -> None:
        self._show_basket(None)
        self.last_item.setText(note)
        self.message.clear()
        self.scan_field.setFocus()
