"""The cashier's screen: scan, see the line and the total at once, pay.

The scan field has the focus whenever nothing else needs it. Scans are sent to
the store one at a time, in the order they came, off the GUI thread: a burst
from a fast scanner never opens two baskets or loses a code. When the store
cannot be reached the basket stays on screen, a red banner says so, scans wait
in the queue (and in a copy on the till's disk), and everything goes through
once the store answers again; a payment sent meanwhile is retried with the
same basket, so it is recorded once.

Keys: Enter scans; F2 find an item by name; F3 price check; F4 remove the line;
F5 quantity; F6 park; F7 take up a parked sale; F8 discount on the line,
Shift+F8 on the sale; F9 cancel; F10 return; F11 new price; F12 pay;
Ctrl+D cash drawer (pay-in, pay-out, no sale); Ctrl+P print the receipt again;
Ctrl+T training (managers) and Ctrl+R close the day (managers, and cashiers
where the shop allows it).
"""

from __future__ import annotations

import uuid
from collections import deque

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QGridLayout,
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

from omigjen_pos.domain.errors import InvalidState, ItemUnavailable, StoreUnavailable
from omigjen_pos.domain.money import format_kr
from omigjen_pos.domain.roles import Action
from omigjen_pos.domain.settlement import Tender
from omigjen_pos.services.actors import Actor
from omigjen_pos.services.checkout.basket import (
    cancel_basket,
    open_basket,
    scan_item,
    unfinished_basket,
)
from omigjen_pos.services.checkout.basket_copy import (
    BasketCopy,
    forget_basket_copy,
    load_basket_copy,
    save_basket_copy,
)
from omigjen_pos.services.checkout.drawer import needs_opening_float, record_opening_float
from omigjen_pos.services.checkout.parking import list_parked, park_basket, resume_basket
from omigjen_pos.services.checkout.sale import complete_sale
from omigjen_pos.services.checkout.training import switch_training_mode
from omigjen_pos.services.checkout.views import BasketView, SaleSummary
from omigjen_pos.services.receipt_output import ReceiptOutput
from omigjen_pos.services.store_setup import Store
from omigjen_pos.ui.forms import error_label
from omigjen_pos.ui.messages import describe_error, quoted
from omigjen_pos.ui.screens.checkout.basket_model import BasketModel
from omigjen_pos.ui.screens.checkout.counter_actions import CounterActions
from omigjen_pos.ui.screens.checkout.line_actions import LineActions
from omigjen_pos.ui.screens.checkout.opening_float import OpeningFloatPanel
from omigjen_pos.ui.screens.checkout.payment_dialog import PaymentDialog
from omigjen_pos.ui.screens.checkout.receipt_actions import ReceiptActions
from omigjen_pos.ui.store_watch import StoreWatch
from omigjen_pos.ui.tasks import TaskRunner


class CheckoutScreen(QWidget):
    sale_completed = Signal(object)  # SaleSummary

    def __init__(
        self,
        store: Store,
        actor: Actor,
        tasks: TaskRunner,
        parent: QWidget | None = None,
        output: ReceiptOutput | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.actor, self.tasks = store, actor, tasks
        self.basket: BasketView | None = None
        self._basket_uuid: str | None = None  # made at the first scan, kept through outages
        # Scans as (barcode, scan id): a scan sent again keeps its id (scan_item).
        self._queue: deque[tuple[str, str]] = deque()
        self._in_flight: tuple[str, str] | None = None
        self._restored_note = ""
        self._mode_after_basket: bool | None = None  # set while a restored basket is on
        self._pending_tenders: list[Tender] | None = None  # a payment waiting for the store
        self._electronic_receipt = False
        self.training = False
        self.payment_dialog: PaymentDialog | None = None
        self.watch = StoreWatch(store, tasks, self)
        self.watch.lost.connect(self._show_outage)
        self.watch.back.connect(self._store_back)
        self.lines = LineActions(self)
        self.counter = CounterActions(self)
        self.receipts = ReceiptActions(self, output or ReceiptOutput())
        self.setAccessibleName(self.tr("Checkout"))
        self._build_widgets()
        self._layout()
        self._show_basket(None)
        copy = load_basket_copy(actor.till.code)
        tasks.run(
            lambda: unfinished_basket(store, actor),
            lambda b: self._restore(b, copy),
            self.show_error,
        )
        tasks.run(
            lambda: needs_opening_float(store, actor), self._ask_float_if_needed, self.show_error
        )

    def _build_widgets(self) -> None:
        self.scan_field = QLineEdit()
        self.scan_field.setObjectName("scanField")
        self.scan_field.setAccessibleName(self.tr("Scan or type a barcode"))
        self.scan_field.setPlaceholderText(self.tr("Scan or type a barcode, then Enter"))
        self.scan_field.returnPressed.connect(self._scan_typed)
        self.last_item = QLabel()
        self.last_item.setObjectName("lastItem")
        self.last_item.setAccessibleName(self.tr("Last scanned item"))
        self.last_item.setWordWrap(True)
        self.receipt_note = QLabel()
        self.receipt_note.setAccessibleName(self.tr("Receipt"))
        self.receipt_note.setWordWrap(True)
        self.total = QLabel()
        self.total.setObjectName("bigAmount")
        self.total.setAccessibleName(self.tr("Total"))
        self.discount = QLabel()
        self.discount.setAccessibleName(self.tr("Discount"))
        self.message = error_label(self.tr("Message"))
        self.training_banner = QLabel(self.tr("TRAINING MODE: not real sales"))
        self.training_banner.setObjectName("trainingBanner")
        self.training_banner.setAccessibleName(self.tr("Training mode"))
        self.training_banner.setVisible(False)
        self.outage_banner = QLabel()
        self.outage_banner.setObjectName("outageBanner")
        self.outage_banner.setAccessibleName(self.tr("Database unreachable"))
        self.outage_banner.setWordWrap(True)
        self.outage_banner.setVisible(False)
        self.float_panel = OpeningFloatPanel()
        self.float_panel.setVisible(False)
        self.float_panel.counted.connect(self._record_float)
        QShortcut(QKeySequence("Ctrl+T"), self, activated=self.toggle_training)
        self.model = BasketModel(self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Basket"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Up and Down choose the line the line keys work on, from the scan field.
        QShortcut(QKeySequence(Qt.Key.Key_Up), self, activated=lambda: self._move_choice(-1))
        QShortcut(QKeySequence(Qt.Key.Key_Down), self, activated=lambda: self._move_choice(1))
        self.pay_button = self._button(self.tr("Pay (F12)"), self.pay, "F12")
        self.pay_button.setObjectName("primaryKey")
        self.remove_button = self._button(self.tr("Remove line (F4)"), self.remove_selected, "F4")
        self.quantity_button = self._button(self.tr("Quantity (F5)"), self.lines.ask_quantity, "F5")
        self.discount_button = self._button(
            self.tr("Discount (F8)"), self.lines.ask_line_discount, "F8"
        )
        self.basket_discount_button = self._button(
            self.tr("Discount on sale (Shift+F8)"), self.lines.ask_basket_discount, "Shift+F8"
        )
        self.price_button = self._button(self.tr("New price (F11)"), self.lines.ask_price, "F11")
        self.cancel_button = self._button(self.tr("Cancel sale (F9)"), self.ask_cancel, "F9")
        self.park_button = self._button(self.tr("Park (F6)"), self.park, "F6")
        self.resume_button = self._button(self.tr("Parked sales (F7)"), self.ask_resume, "F7")
        self.search_button = self._button(self.tr("Find item (F2)"), self.counter.ask_search, "F2")
        self.price_check_button = self._button(
            self.tr("Price check (F3)"), self.counter.start_price_check, "F3"
        )
        self.return_button = self._button(self.tr("Return (F10)"), self.counter.ask_return, "F10")
        self.drawer_button = self._button(
            self.tr("Cash drawer (Ctrl+D)"), self.counter.ask_cash, "Ctrl+D"
        )
        self.reprint_button = self._button(
            self.tr("Print receipt (Ctrl+P)"), self.receipts.print_again, "Ctrl+P"
        )
        self.day_close_button = self._button(
            self.tr("Close the day (Ctrl+R)"), self.counter.ask_day_close, "Ctrl+R"
        )
        self.day_close_button.setVisible(self.actor.may(Action.CLOSE_DAY))
        self.day_close_button.setEnabled(self.actor.may(Action.CLOSE_DAY))

    def _button(self, text: str, slot, key: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scan field keeps the focus
        button.clicked.connect(slot)
        # A key does what its button does, and nothing while the button is disabled.
        QShortcut(
            QKeySequence(key),
            self,
            activated=lambda: button.isEnabled() and not button.isHidden() and slot(),
        )
        return button

    def _layout(self) -> None:
        side = QVBoxLayout()
        side.addWidget(self.last_item)
        side.addWidget(self.receipt_note)
        side.addStretch(1)
        side.addWidget(self.discount)
        side.addWidget(self.total)
        side.addWidget(self.pay_button)
        body = QHBoxLayout()
        body.addWidget(self.table, 3)
        body.addLayout(side, 2)
        keys = QGridLayout()
        rows = (
            (
                self.search_button,
                self.price_check_button,
                self.remove_button,
                self.quantity_button,
                self.discount_button,
                self.basket_discount_button,
            ),
            (
                self.price_button,
                self.park_button,
                self.resume_button,
                self.cancel_button,
                self.return_button,
                self.drawer_button,
            ),
            (self.reprint_button, self.day_close_button),
        )
        for row, buttons in enumerate(rows):
            for column, button in enumerate(buttons):
                keys.addWidget(button, row, column)
        root = QVBoxLayout(self)
        root.addWidget(self.outage_banner)
        root.addWidget(self.training_banner)
        root.addWidget(self.float_panel)
        root.addWidget(self.scan_field)
        root.addWidget(self.message)
        root.addLayout(body, 1)
        root.addLayout(keys)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.scan_field.setFocus()

    @property
    def busy(self) -> bool:
        """A scan or a payment is on its way to the store (or waiting for it)."""
        return self._in_flight is not None or self._pending_tenders is not None

    # --- the day's opening float ---------------------------------------------------

    def _ask_float_if_needed(self, needed: bool) -> None:
        """No sale until the day's opening float is counted (N4)."""
        self.float_panel.setVisible(needed)
        self.scan_field.setEnabled(not needed)
        if needed:
            self.float_panel.field.setFocus()

    def _record_float(self, amount_ore: int) -> None:
        store, actor = self.store, self.actor
        self.tasks.run(
            lambda: record_opening_float(store, actor, amount_ore),
            lambda _none: self._float_recorded(amount_ore),
            self.show_error,
        )

    def _float_recorded(self, amount_ore: int) -> None:
        self._ask_float_if_needed(False)
        self.last_item.setText(
            self.tr("Opening float {amount} recorded.").format(amount=format_kr(amount_ore))
        )
        self.scan_field.setFocus()

    # --- a basket left by a crash ----------------------------------------------------

    def _restore(self, basket: BasketView | None, copy: BasketCopy | None) -> None:
        """A basket left open by a crash or power cut comes back on screen, with any
        scans the till had kept on its disk because the store was out of reach."""
        if self.basket is not None:
            return
        if basket is not None:
            self._show_basket(basket)
            self._basket_uuid = basket.uuid
            self._training_for_this_basket(basket.training)
        pending = copy.pending if copy and (basket is None or copy.uuid == basket.uuid) else ()
        if basket is not None or pending:
            self._restored_note = self.tr(
                "An unfinished sale from before was restored: finish it, or cancel it with F9."
            )
            self.message.setText(self._restored_note)
        if copy and pending:
            self._basket_uuid = copy.uuid
            self._training_for_this_basket(copy.training)
            scan_ids = copy.scan_ids or tuple(str(uuid.uuid4()) for _ in pending)
            self._queue.extend(zip(pending, scan_ids, strict=True))
            self._next()

    def _training_for_this_basket(self, training: bool) -> None:
        """A restored basket keeps the mode it began in, shown by the banner, and
        the till goes back to its own mode when that basket is done."""
        if training != self.training:
            self._mode_after_basket = self.training
            self.training = training
            self.training_banner.setVisible(training)

    # --- scanning, one at a time and in order -------------------------------------

    def _scan_typed(self) -> None:
        code = self.scan_field.text().strip()
        self.scan_field.clear()
        if not code:
            return
        if self.counter.price_check_pending:
            self.counter.check_price(code)
        else:
            self.scan(code)

    def scan(self, barcode: str) -> None:
        if self.float_panel.isVisible():  # N4: no sale before the float is counted
            self.message.setText(self.tr("Count the opening float first."))
            return
        self._queue.append((barcode, str(uuid.uuid4())))
        self._save_copy()
        self._next()

    def _next(self) -> None:
        if self.busy or not self._queue or not self.watch.online:
            return  # one at a time, none while paying, and none while the store is gone
        barcode, scan_id = self._in_flight = self._queue.popleft()
        if self.basket is None and self._basket_uuid is None:
            self._basket_uuid = str(uuid.uuid4())
            self._save_copy()
        store, actor, training = self.store, self.actor, self.training
        basket, basket_uuid = self.basket, self._basket_uuid

        def call() -> BasketView:
            basket_id = basket.id if basket else open_basket(store, actor, training, basket_uuid).id
            return scan_item(store, actor, basket_id, barcode, scan_id=scan_id)

        self.tasks.run(call, self._scanned, self._scan_failed)

    def _scanned(self, basket: BasketView) -> None:
        self._in_flight = None
        self.message.setText(self._restored_note)  # an error from before is done with
        self._show_basket(basket)
        self._basket_uuid = basket.uuid
        self._save_copy()
        last = basket.lines[-1] if basket.lines else None
        if last is not None:
            self.last_item.setText(f"{last.name}\n{format_kr(last.unit_price_ore)}")
        self._next()

    def _scan_failed(self, error: Exception) -> None:
        scan, self._in_flight = self._in_flight, None
        if isinstance(error, StoreUnavailable):
            if scan and scan[0]:
                # Not lost: sent again, with the same id, when the store is back.
                self._queue.appendleft(scan)
                self._save_copy()
            self.watch.report_lost(error)
            return
        if isinstance(error, InvalidState) and error.what == "basket" and scan and scan[0]:
            # The basket was paid (its answer lost) or parked elsewhere: this scan
            # starts a new sale instead of being refused for ever.
            self.basket, self._basket_uuid = None, None
            self._queue.appendleft(scan)
            self._save_copy()
            self._next()
            return
        self._save_copy()
        self.show_error(error)
        self._next()

    def show_message(self, text: str) -> None:
        """Something the cashier must act on: in red, with a beep."""
        QApplication.beep()
        self.message.setText(text)

    def show_error(self, error: Exception) -> None:
        """A refusal or failure, said in red with a beep; an outage shows the banner."""
        if isinstance(error, StoreUnavailable):
            self.watch.report_lost(error)
            return
        QApplication.beep()
        self.message.setText(
            self._unavailable_text(error)
            if isinstance(error, ItemUnavailable)
            else describe_error(error)
        )

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
                code=quoted(error.barcode)
            )
        return self.tr("The item cannot be sold ({state}). Call a manager.").format(
            state=error.reason
        )

    # --- the store gone and back ---------------------------------------------------

    def _show_outage(self, error: StoreUnavailable) -> None:
        self.outage_banner.setText(
            self.tr(
                "The database cannot be reached ({server}). Keep the customer's items: "
                "scans, payments and returns are kept and sent again by themselves."
            ).format(server=error.server)
        )
        self.outage_banner.setVisible(True)
        self.pay_button.setEnabled(False)

    def _store_back(self) -> None:
        self.outage_banner.setVisible(False)
        self.last_item.setText(self.tr("The database is back."))
        self.counter.retry_pending_return()
        if self._pending_tenders is not None:
            # The same basket: recorded once.
            self.complete(self._pending_tenders, self._electronic_receipt)
            return
        if self._basket_uuid is None:
            self._show_basket(self.basket)
            self._next()
            return
        # A scan whose answer was lost may have landed: show the basket as stored.
        store, actor, training, basket_uuid = (
            self.store,
            self.actor,
            self.training,
            self._basket_uuid,
        )
        self._in_flight = ("", "")  # hold the queue until the basket is shown
        self.tasks.run(
            lambda: open_basket(store, actor, training, basket_uuid),
            self._scanned,
            self._scan_failed,
        )

    def _save_copy(self) -> None:
        # In the order scanned: the one on its way to the store came before the queue.
        in_flight = [self._in_flight] if self._in_flight and self._in_flight[0] else []
        scans = in_flight + list(self._queue)
        if self._basket_uuid is None and not scans:
            return
        try:
            save_basket_copy(
                self.actor.till.code,
                BasketCopy(
                    self._basket_uuid or "",
                    self.training,
                    tuple(barcode for barcode, _ in scans),
                    tuple(scan_id for _, scan_id in scans),
                ),
            )
        except OSError as error:  # a full or read-only disk must not stop the sale
            self.message.setText(describe_error(error))

    # --- showing the basket -----------------------------------------------------------

    def _show_basket(self, basket: BasketView | None) -> None:
        chosen = self.table.selectionModel().selectedRows() if self.basket else []
        self.basket = basket
        self.model.show(basket)
        if chosen and basket and chosen[0].row() < len(basket.lines):
            self.table.selectRow(chosen[0].row())
        self.total.setText(
            self.tr("Total {amount}").format(amount=format_kr(basket.total_ore if basket else 0))
        )
        self.discount.setText(
            self.tr("Discounts {amount}").format(amount=format_kr(basket.discount_ore))
            if basket and basket.discount_ore
            else ""
        )
        has_lines = bool(basket and basket.lines)
        for button in (
            self.pay_button,
            self.remove_button,
            self.park_button,
            self.quantity_button,
            self.discount_button,
            self.basket_discount_button,
            self.price_button,
        ):
            button.setEnabled(has_lines and self.watch.online)
        self.cancel_button.setEnabled(basket is not None)
        self.resume_button.setEnabled(basket is None)
        self.return_button.setEnabled(basket is None)

    def show_changed_basket(self, basket: BasketView) -> None:
        self.message.clear()
        self._show_basket(basket)

    def _move_choice(self, step: int) -> None:
        count = self.model.rowCount()
        if not count:
            return
        rows = self.table.selectionModel().selectedRows()
        current = rows[0].row() if rows else count
        self.table.selectRow(max(0, min(count - 1, current + step)))

    # --- lines, cancelling, parking ---------------------------------------------------

    def remove_selected(self) -> None:
        self.lines.remove_chosen()

    def ask_cancel(self) -> None:
        if self.basket is None:
            return
        # No is the default: a scanner's Enter typed into the question keeps the sale.
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Cancel sale"),
            self.tr("Cancel this sale and put the items back?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.finished.connect(
            lambda result: result == QMessageBox.StandardButton.Yes and self.cancel()
        )
        box.finished.connect(box.deleteLater)
        self.cancel_question = box
        box.open()

    def cancel(self) -> None:
        if self.basket is None or self.busy:
            return
        basket_id, store, actor = self.basket.id, self.store, self.actor
        self.tasks.run(
            lambda: cancel_basket(store, actor, basket_id),
            lambda _none: self._start_over(self.tr("Sale cancelled.")),
            self.show_error,
        )

    def park(self) -> None:
        if self.basket is None or not self.basket.lines or self.busy:
            return
        basket_id, store, actor = self.basket.id, self.store, self.actor
        self.tasks.run(
            lambda: park_basket(store, actor, basket_id),
            lambda _none: self._start_over(self.tr("Sale parked (F7 to take it up).")),
            self.show_error,
        )

    def ask_resume(self) -> None:
        if self.basket is not None:
            return
        store, actor = self.store, self.actor
        self.tasks.run(lambda: list_parked(store, actor), self._choose_parked, self.show_error)

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
        store, actor = self.store, self.actor
        self.tasks.run(
            lambda: resume_basket(store, actor, basket_id), self._resumed, self.show_error
        )

    def _resumed(self, basket: BasketView) -> None:
        self._basket_uuid = basket.uuid
        self.show_changed_basket(basket)
        self._save_copy()

    def toggle_training(self) -> None:
        """Managers only, and only between sales: a basket keeps the mode it began in."""
        if not self.actor.may(Action.ADMINISTER_SHOP):
            self.message.setText(self.tr("Only a manager can switch training mode."))
            return
        if self.basket is not None or self.busy:
            self.message.setText(self.tr("Finish or park this sale before switching."))
            return
        on, store, actor = not self.training, self.store, self.actor
        self.tasks.run(
            lambda: switch_training_mode(store, actor, on),
            lambda _none: self._training_switched(on),
            self.show_error,
        )

    def _training_switched(self, on: bool) -> None:
        self.training = on
        self.training_banner.setVisible(on)
        self.message.clear()

    # --- paying -----------------------------------------------------------------------

    def pay(self) -> None:
        if self.basket is None or not self.basket.lines or self.busy:
            return
        if self._queue or not self.watch.online:
            self.message.setText(
                self.tr("Wait until every scan has reached the database, then pay.")
            )
            return
        # open(), not exec(): no nested event loop, so answers from the store keep coming.
        dialog = PaymentDialog(self.basket.total_ore, self)
        dialog.accepted.connect(
            lambda: self.complete(dialog.tenders(), dialog.electronic_receipt.isChecked())
        )
        dialog.voucher_lookup.connect(lambda code: self.counter.look_up_voucher(dialog, code))
        dialog.finished.connect(lambda _result: self.scan_field.setFocus())
        dialog.finished.connect(dialog.deleteLater)
        self.payment_dialog = dialog
        dialog.open()

    def complete(self, tenders: list[Tender], electronic_receipt: bool = False) -> None:
        """Record the sale; a retry (after an error or an outage) records it once.
        Its receipt follows: printed, or a PDF when the customer asked for one."""
        if self.basket is None:
            return
        basket_id, store, actor = self.basket.id, self.store, self.actor
        self._pending_tenders = tenders
        self._electronic_receipt = electronic_receipt
        self.scan_field.setEnabled(False)  # the next customer's items wait for this payment
        self.pay_button.setEnabled(False)
        self.tasks.run(
            lambda: complete_sale(store, actor, basket_id, tenders),
            self._completed,
            self._complete_failed,
        )

    def _completed(self, sale: SaleSummary) -> None:
        cash = any(tender.method == "cash" for tender in self._pending_tenders or ())
        self._pending_tenders = None
        self.scan_field.setEnabled(not self.float_panel.isVisible())
        self.receipts.after_sale(sale, cash, self._electronic_receipt)
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
        if isinstance(error, StoreUnavailable):
            # Kept: sent again, with the same basket, when the store answers.
            self.watch.report_lost(error)
            return
        self._pending_tenders = None
        self.scan_field.setEnabled(not self.float_panel.isVisible())
        self.pay_button.setEnabled(True)
        self.show_error(error)

    def _start_over(self, note: str) -> None:
        self._basket_uuid = None
        self._restored_note = ""
        if self._mode_after_basket is not None:
            self.training = self._mode_after_basket
            self.training_banner.setVisible(self.training)
            self._mode_after_basket = None
        forget_basket_copy(self.actor.till.code)
        self._show_basket(None)
        self.last_item.setText(note)
        self.message.clear()
        self.scan_field.setFocus()
