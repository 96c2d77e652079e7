"""One value typed at the till (a quantity, a price, a discount, a reason).

The dialog parses what is typed with the domain's own parser and says what is
wrong under the field; only a readable value leaves it. Enter confirms, Esc
goes back to the basket.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from omigjen_pos.domain.errors import InvalidInput
from omigjen_pos.ui.forms import (
    clear_marks,
    dialog_buttons,
    error_label,
    mark_invalid,
    named_line_edit,
)
from omigjen_pos.ui.messages import describe_invalid


class ValueDialog(QDialog):
    chosen = Signal(object)

    def __init__(
        self,
        title: str,
        label: str,
        hint: str,
        parse: Callable[[str], object],
        parent: QWidget | None = None,
        initial: str = "",
    ) -> None:
        super().__init__(parent)
        self._parse = parse
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setMinimumWidth(420)
        self.field = named_line_edit(label, hint)
        self.field.setText(initial)
        self.field.selectAll()
        self.message = error_label(self.tr("Message"))
        buttons, _ok = dialog_buttons(
            self.tr("OK (Enter)"), self.submit, self.tr("Back (Esc)"), self.reject, True
        )
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(label))
        layout.addWidget(self.field)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.field.setFocus()

    def submit(self) -> None:
        clear_marks([self.field], self.message)
        try:
            value = self._parse(self.field.text())
        except InvalidInput as error:
            mark_invalid(self.field, self.message, describe_invalid(error))
            return
        self.chosen.emit(value)
        self.accept()
