"""Cash in and out of the drawer outside a sale: pay-in, pay-out, no-sale opening.

Each needs a reason (N8, N5); a no-sale opening has no amount. The dialog only
collects the answer; the screen records it.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from omigjen_pos.domain.errors import InvalidInput
from omigjen_pos.domain.money import parse_kroner
from omigjen_pos.ui.forms import (
    clear_marks,
    dialog_buttons,
    error_label,
    mark_invalid,
    named_combo,
    named_line_edit,
)
from omigjen_pos.ui.messages import describe_invalid

PAY_IN, PAY_OUT, NO_SALE = "pay_in", "pay_out", "no_sale"


class CashDialog(QDialog):
    chosen = Signal(str, int, str)  # kind, amount in øre (0 for no sale), reason

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Cash drawer"))
        self.setAccessibleName(self.tr("Cash drawer"))
        self.setMinimumWidth(460)
        self.kind = named_combo(
            self.tr("What"),
            [
                (self.tr("Pay-in: cash put into the drawer"), PAY_IN),
                (self.tr("Pay-out: cash taken out of the drawer"), PAY_OUT),
                (self.tr("Open the drawer without a sale"), NO_SALE),
            ],
        )
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.amount = named_line_edit(self.tr("Amount"), self.tr("kroner, e.g. 200"))
        self.reason = named_line_edit(
            self.tr("Reason"), self.tr("e.g. change from the bank, bought milk")
        )
        self.reason.returnPressed.connect(self.submit)
        self.amount.returnPressed.connect(self.reason.setFocus)
        self.message = error_label(self.tr("Message"))
        # Enter in the amount moves to the reason; Enter in the reason records.
        buttons, _ok = dialog_buttons(
            self.tr("Record (Enter)"), self.submit, self.tr("Back (Esc)"), self.reject, False
        )
        form = QFormLayout()
        for field in (self.kind, self.amount, self.reason):
            form.addRow(field.accessibleName(), field)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.kind.setFocus()

    def _kind_changed(self) -> None:
        self.amount.setEnabled(self.kind.currentData() != NO_SALE)

    def submit(self) -> None:
        clear_marks([self.amount, self.reason], self.message)
        kind = self.kind.currentData()
        amount = 0
        if kind != NO_SALE:
            try:
                amount = parse_kroner(self.amount.text(), "amount")
            except InvalidInput as error:
                mark_invalid(self.amount, self.message, describe_invalid(error))
                return
            if amount <= 0:
                mark_invalid(self.amount, self.message, self.tr("Type an amount above zero."))
                return
        if not self.reason.text().strip():
            mark_invalid(self.reason, self.message, self.tr("Say why, for the day's report."))
            return
        self.chosen.emit(kind, amount, self.reason.text().strip())
        self.accept()
