"""A return at the till: find the receipt, tick the lines, choose the refund.

Scan the receipt's barcode or type its number (with the till code if several
tills have that number). Lines already returned are shown but cannot be ticked.
The dialog only collects the choice; the screen records the return with the
UUID made when the dialog opened, so a retry records it once.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from omigjen_pos.domain.money import format_kr
from omigjen_pos.services.checkout.returns import ItemDestination, ReturnableSale
from omigjen_pos.ui.forms import dialog_buttons, error_label, named_combo, named_line_edit
from omigjen_pos.ui.messages import describe_error
from omigjen_pos.ui.tasks import TaskRunner


class ReturnDialog(QDialog):
    # sale id, line ids, refund method, destination, reference, return UUID
    requested = Signal(int, list, str, str, str, str)

    def __init__(
        self,
        find: Callable[[str], list[ReturnableSale]],
        tasks: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._find, self._tasks = find, tasks
        self.return_uuid = str(uuid.uuid4())
        self.sales: list[ReturnableSale] = []
        self._looked_up = ""
        self.setWindowTitle(self.tr("Return"))
        self.setAccessibleName(self.tr("Return"))
        self.setMinimumSize(600, 480)
        self.receipt = named_line_edit(
            self.tr("Receipt"), self.tr("scan the receipt, or type its number")
        )
        self.receipt.returnPressed.connect(self.look_up)
        self.receipt.textChanged.connect(self._forget_found)
        self.sale_choice = named_combo(self.tr("Which sale"), [])
        self.sale_choice.currentIndexChanged.connect(self._show_lines)
        self.lines = QListWidget()
        self.lines.setAccessibleName(self.tr("Lines to return"))
        self.refund = named_combo(
            self.tr("Refund to"),
            [
                (self.tr("Cash"), "cash"),
                (self.tr("Card"), "card"),
                (self.tr("Vipps"), "vipps"),
                (self.tr("Store credit (tilgodelapp)"), "store_credit"),
            ],
        )
        self.destination = named_combo(
            self.tr("The items go"),
            [
                (self.tr("Back into stock"), ItemDestination.STOCK.value),
                (self.tr("To the workbench for a look or repair"), ItemDestination.REPAIR.value),
                (self.tr("To disposal"), ItemDestination.DISPOSAL.value),
            ],
        )
        self.reference = named_line_edit(
            self.tr("Card or Vipps reference"), self.tr("from the terminal or the app")
        )
        self.message = error_label(self.tr("Message"))
        # Enter in the receipt field finds the receipt, then refunds (look_up).
        buttons, self.ok_button = dialog_buttons(
            self.tr("Refund (Enter)"), self.submit, self.tr("Back (Esc)"), self.reject, False
        )
        self.ok_button.setObjectName("primaryKey")
        self.ok_button.setEnabled(False)
        form = self._form = QFormLayout()
        for field in (self.receipt, self.sale_choice):
            form.addRow(field.accessibleName(), field)
        form.setRowVisible(self.sale_choice, False)  # the row, label and all
        choices = QFormLayout()
        for field in (self.refund, self.reference, self.destination):
            choices.addRow(field.accessibleName(), field)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.lines, 1)
        layout.addLayout(choices)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.receipt.setFocus()

    def _forget_found(self) -> None:
        """Another number typed: what was found for the old one can no longer be refunded."""
        self.sales, self._looked_up = [], ""
        self.lines.clear()
        self.sale_choice.clear()
        self._form.setRowVisible(self.sale_choice, False)
        self.ok_button.setEnabled(False)

    def look_up(self) -> None:
        """Enter finds the receipt; Enter again, once its lines show, refunds them."""
        typed = self.receipt.text()
        if not typed.strip():
            return
        if typed == self._looked_up and self.sale is not None:
            self.submit()
            return
        self._looked_up = typed
        self.message.clear()
        self._tasks.run(
            lambda: self._find(typed),
            lambda sales: self._found(typed, sales),
            self._not_found,
            owner=self,
        )

    def _found(self, typed: str, sales: list[ReturnableSale]) -> None:
        if typed != self.receipt.text():
            return  # the cashier typed another number meanwhile
        self.sales = sales
        self.sale_choice.blockSignals(True)
        self.sale_choice.clear()
        for sale in sales:
            self.sale_choice.addItem(
                self.tr("{till} receipt {number}, {when}, {total}").format(
                    till=sale.till_code,
                    number=sale.receipt_number,
                    when=sale.created_at.astimezone().strftime("%d.%m.%Y %H:%M"),
                    total=format_kr(sale.total_ore),
                )
            )
        self.sale_choice.blockSignals(False)
        self._form.setRowVisible(self.sale_choice, len(sales) > 1)
        self._show_lines()

    def _not_found(self, error: Exception) -> None:
        self.sales = []
        self.lines.clear()
        self.ok_button.setEnabled(False)
        self.message.setText(describe_error(error))

    @property
    def sale(self) -> ReturnableSale | None:
        index = self.sale_choice.currentIndex()
        return self.sales[index] if 0 <= index < len(self.sales) else None

    def _show_lines(self) -> None:
        self.lines.clear()
        sale = self.sale
        if sale is None:
            return
        for line in sale.lines:
            text = f"{line.description}  ·  {line.quantity} ·  {format_kr(line.total_ore)}"
            entry = QListWidgetItem(text)
            entry.setData(Qt.ItemDataRole.UserRole, line.id)
            if line.returned:
                entry.setText(self.tr("{line} (already returned)").format(line=text))
                entry.setFlags(Qt.ItemFlag.NoItemFlags)
            else:
                entry.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                entry.setCheckState(Qt.CheckState.Checked)
            self.lines.addItem(entry)
        self.ok_button.setEnabled(any(not line.returned for line in sale.lines))
        if not self.ok_button.isEnabled():
            self.message.setText(self.tr("Every line of this receipt is already returned."))

    def chosen_line_ids(self) -> list[int]:
        return [
            self.lines.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.lines.count())
            if self.lines.item(row).checkState() == Qt.CheckState.Checked
        ]

    def submit(self) -> None:
        sale, line_ids = self.sale, self.chosen_line_ids()
        if sale is None or not line_ids:
            self.message.setText(self.tr("Tick the lines the customer brings back."))
            return
        self.requested.emit(
            sale.id,
            line_ids,
            self.refund.currentData(),
            self.destination.currentData(),
            self.reference.text(),
            self.return_uuid,
        )
        self.accept()
