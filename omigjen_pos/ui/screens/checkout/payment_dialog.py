"""Taking payment: card, Vipps, tilgodelapp or gift card and cash in any mix,
change shown large.

The dialog only collects the tenders and shows what they come to (through the
same settlement rules the sale uses); the screen records the sale. A voucher
code is looked up by the screen (``voucher_lookup``) and its balance shown
before it can pay. Enter confirms, Esc goes back to the basket.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from omigjen_pos.domain.errors import InvalidInput, NotFound, PaymentMismatch
from omigjen_pos.domain.money import format_kr, parse_kroner
from omigjen_pos.domain.pricing import cash_rounding_ore
from omigjen_pos.domain.settlement import Settlement, Tender, settle
from omigjen_pos.services.checkout.vouchers import VoucherView
from omigjen_pos.ui.forms import named_line_edit
from omigjen_pos.ui.messages import describe_error

KRONE = 100


QUICK_PER_ROW = 3


def quick_cash_amounts(due_ore: int) -> list[int]:
    """Exact, next 50, next 100, then the 200, 500 and 1000 notes that cover it."""
    exact = due_ore + cash_rounding_ore(due_ore)
    amounts = [exact]
    for step in (50 * KRONE, 100 * KRONE):
        amounts.append(-(-exact // step) * step)
    amounts += [note for note in (200 * KRONE, 500 * KRONE, 1000 * KRONE) if note >= exact]
    return sorted(set(a for a in amounts if a > 0))


class PaymentDialog(QDialog):
    voucher_lookup = Signal(str)  # a code typed or scanned: the screen answers show_voucher

    def __init__(self, total_ore: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.total_ore = total_ore
        self._voucher: VoucherView | None = None
        self.setWindowTitle(self.tr("Payment"))
        self.setAccessibleName(self.tr("Payment"))
        self.setMinimumWidth(520)
        self.due = QLabel(self.tr("To pay: {amount}").format(amount=format_kr(total_ore)))
        self.due.setObjectName("bigAmount")
        self.card_amount = named_line_edit(self.tr("Card amount"), self.tr("kroner, empty if none"))
        self.card_reference = named_line_edit(
            self.tr("Card reference"), self.tr("from the card terminal")
        )
        self.vipps_amount = named_line_edit(
            self.tr("Vipps amount"), self.tr("kroner, empty if none")
        )
        self.vipps_reference = named_line_edit(self.tr("Vipps reference"), "")
        self.cash_tendered = named_line_edit(
            self.tr("Cash received"), self.tr("kroner, empty if exact")
        )
        self.voucher_code = named_line_edit(
            self.tr("Tilgodelapp or gift card"), self.tr("scan or type the code, then Enter")
        )
        self.voucher_code.returnPressed.connect(self._look_up_voucher)
        self.voucher_code.textChanged.connect(self._voucher_code_changed)
        self.voucher_amount = named_line_edit(
            self.tr("Voucher amount"), self.tr("kroner, at most the balance")
        )
        self.voucher_info = QLabel()
        self.voucher_info.setAccessibleName(self.tr("Voucher balance"))
        self.electronic_receipt = QCheckBox(self.tr("Receipt as PDF instead of paper"))
        self.electronic_receipt.setAccessibleName(self.electronic_receipt.text())
        self.quick = QGridLayout()  # rows of QUICK_PER_ROW: long amounts are never cut
        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("Cash due and rounding"))
        self.change = QLabel()
        self.change.setObjectName("bigAmount")
        self.change.setAccessibleName(self.tr("Change"))
        self.message = QLabel()
        self.message.setObjectName("errorMessage")
        self.message.setAccessibleName(self.tr("Message"))
        self.ok_button = QPushButton(self.tr("Complete sale (Enter)"))
        self.ok_button.setObjectName("primaryKey")
        self.ok_button.setAccessibleName(self.ok_button.text())
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self._confirm)
        cancel = QPushButton(self.tr("Back (Esc)"))
        cancel.setAccessibleName(cancel.text())
        cancel.clicked.connect(self.reject)
        for field in (self.card_amount, self.vipps_amount, self.cash_tendered, self.voucher_amount):
            field.textChanged.connect(self._update)
        self._layout(cancel)
        self._update()
        self.cash_tendered.setFocus()

    def _layout(self, cancel: QPushButton) -> None:
        form = QFormLayout()
        for field in (
            self.card_amount,
            self.card_reference,
            self.vipps_amount,
            self.vipps_reference,
            self.cash_tendered,
            self.voucher_code,
            self.voucher_amount,
        ):
            form.addRow(field.accessibleName(), field)
        form.addRow("", self.voucher_info)
        form.addRow("", self.electronic_receipt)
        buttons = QHBoxLayout()
        buttons.addWidget(cancel)
        buttons.addStretch(1)
        buttons.addWidget(self.ok_button)
        root = QVBoxLayout(self)
        root.addWidget(self.due)
        root.addLayout(form)
        root.addLayout(self.quick)
        root.addWidget(self.summary)
        root.addWidget(self.change)
        root.addWidget(self.message)
        root.addLayout(buttons)

    # --- reading ----------------------------------------------------------------

    def _amount(self, field: QLineEdit, name: str) -> int | None:
        text = field.text().strip()
        return parse_kroner(text, name) if text else None

    def tenders(self) -> list[Tender]:
        """The payments as typed; raises InvalidInput for an unreadable amount."""
        tenders = []
        card = self._amount(self.card_amount, "card")
        if card:
            tenders.append(Tender("card", card, reference=self.card_reference.text()))
        vipps = self._amount(self.vipps_amount, "vipps")
        if vipps:
            tenders.append(Tender("vipps", vipps, reference=self.vipps_reference.text()))
        voucher = self._amount(self.voucher_amount, "voucher")
        if voucher:
            if self._voucher is None:
                raise InvalidInput("voucher", self.voucher_code.text(), "look up the voucher first")
            tenders.append(Tender(self._voucher.kind.value, voucher, reference=self._voucher.code))
        other = sum(t.amount_ore or 0 for t in tenders)
        if other < self.total_ore or self.cash_tendered.text().strip():
            tenders.append(Tender("cash", tendered_ore=self._amount(self.cash_tendered, "cash")))
        return tenders

    # --- vouchers ---------------------------------------------------------------

    def keyPressEvent(self, event) -> None:
        """Enter in the voucher code looks the code up; it must not also pay."""
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and self.voucher_code.hasFocus():
            event.accept()
            return
        super().keyPressEvent(event)

    def _look_up_voucher(self) -> None:
        code = self.voucher_code.text().strip()
        if code:
            self.voucher_info.setText(self.tr("Looking up the voucher..."))
            self.voucher_lookup.emit(code)

    def _voucher_code_changed(self) -> None:
        self._voucher = None
        self.voucher_info.clear()

    def show_voucher(self, voucher: VoucherView) -> None:
        """The screen's answer: the voucher's balance, and as much of it as is due."""
        if voucher.code != self.voucher_code.text().strip():
            return  # the cashier typed another code meanwhile
        self._voucher = voucher
        self.voucher_info.setText(
            self.tr("Balance {amount}").format(amount=format_kr(voucher.balance_ore))
        )
        try:
            others = sum(t.amount_ore or 0 for t in self.tenders() if t.method in ("card", "vipps"))
        except InvalidInput:
            others = 0
        use = max(0, min(voucher.balance_ore, self.total_ore - others))
        self.voucher_amount.setText(f"{use // KRONE},{use % KRONE:02d}" if use else "")
        if not voucher.balance_ore:
            self.voucher_info.setText(self.tr("This voucher is used up."))

    def voucher_failed(self, error: Exception) -> None:
        self._voucher = None
        self.voucher_info.setText(
            self.tr("No tilgodelapp or gift card with that code in this shop.")
            if isinstance(error, NotFound)
            else describe_error(error)
        )

    def preview(self) -> Settlement:
        return settle(self.total_ore, self.tenders())

    def _update(self) -> None:
        self.message.clear()
        self._refresh_quick_buttons()
        try:
            settled = self.preview()
        except (InvalidInput, PaymentMismatch, ValueError) as error:
            self.change.clear()
            self.summary.clear()
            self.ok_button.setEnabled(False)
            if self.cash_tendered.text().strip() or isinstance(error, InvalidInput):
                self.message.setText(self.tr("Not enough to pay the total yet."))
            return
        cash = [p for p in settled.payments if p.method == "cash"]
        if cash:
            self.summary.setText(
                self.tr("Cash due {due} (rounding {rounding})").format(
                    due=format_kr(cash[0].amount_ore), rounding=format_kr(settled.rounding_ore)
                )
            )
        else:
            self.summary.clear()
        self.change.setText(
            self.tr("Change: {amount}").format(amount=format_kr(settled.change_ore))
        )
        self.ok_button.setEnabled(True)

    def _refresh_quick_buttons(self) -> None:
        while self.quick.count():
            widget = self.quick.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        try:
            other = sum(t.amount_ore or 0 for t in self.tenders() if t.method != "cash")
        except InvalidInput:
            return
        rest = self.total_ore - other
        if rest <= 0:
            return
        for index, amount in enumerate(quick_cash_amounts(rest)):
            button = QPushButton(format_kr(amount))
            button.setAccessibleName(
                self.tr("Cash received {amount}").format(amount=format_kr(amount))
            )
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, a=amount: self._take_cash(a))
            self.quick.addWidget(button, *divmod(index, QUICK_PER_ROW))

    def _take_cash(self, amount_ore: int) -> None:
        self.cash_tendered.setText(f"{amount_ore // KRONE},{amount_ore % KRONE:02d}")
        self._confirm()

    def _confirm(self) -> None:
        try:
            self.preview()
        except (InvalidInput, PaymentMismatch) as error:
            self.message.setText(
                self.tr("Not enough to pay the total yet.")
                if isinstance(error, PaymentMismatch)
                else self.tr("Type amounts in kroner, e.g. 149,50.")
            )
            return
        self.accept()
