"""A manager's PIN on the spot, for a price cut beyond the cashier's limit.

The manager types their user number and PIN on the till; the check runs off the
GUI thread, wrong PINs count towards the lock-out as at login, and the service
that uses the approval logs who gave it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from omigjen_pos.services.users import Approval
from omigjen_pos.ui.forms import dialog_buttons, error_label, named_line_edit
from omigjen_pos.ui.messages import describe_error
from omigjen_pos.ui.tasks import TaskRunner


class ApprovalDialog(QDialog):
    approved = Signal(object)  # Approval

    def __init__(
        self,
        why: str,
        approve: Callable[[int, str], Approval],
        tasks: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._approve, self._tasks = approve, tasks
        self.setWindowTitle(self.tr("Manager approval"))
        self.setAccessibleName(self.tr("Manager approval"))
        self.setMinimumWidth(440)
        reason = QLabel(why)
        reason.setWordWrap(True)
        self.number = named_line_edit(self.tr("Manager's user number"), "")
        self.pin = named_line_edit(self.tr("Manager's PIN"), "")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = error_label(self.tr("Message"))
        # Enter in the number moves to the PIN (it must not spend a PIN attempt);
        # Enter in the PIN approves.
        buttons, self.ok_button = dialog_buttons(
            self.tr("Approve (Enter)"), self.submit, self.tr("Back (Esc)"), self.reject, False
        )
        self.number.returnPressed.connect(self.pin.setFocus)
        self.pin.returnPressed.connect(self.submit)
        form = QFormLayout()
        form.addRow(self.number.accessibleName(), self.number)
        form.addRow(self.pin.accessibleName(), self.pin)
        layout = QVBoxLayout(self)
        layout.addWidget(reason)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.number.setFocus()

    def submit(self) -> None:
        number_text, pin = self.number.text().strip(), self.pin.text()
        if not (number_text.isascii() and number_text.isdigit() and len(number_text) <= 6):
            self.message.setText(self.tr("Type the manager's user number."))
            self.number.setFocus()
            return
        self.ok_button.setEnabled(False)
        self._tasks.run(lambda: self._approve(int(number_text), pin), self._approved, self._refused)

    def _approved(self, approval: Approval) -> None:
        self.approved.emit(approval)
        self.accept()

    def _refused(self, error: Exception) -> None:
        self.ok_button.setEnabled(True)
        self.pin.clear()
        self.pin.setFocus()
        self.message.setText(describe_error(error))
