"""The day's first question at a till: how much change is in the drawer (N4)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from omigjen_pos.domain.errors import InvalidInput
from omigjen_pos.domain.money import parse_kroner
from omigjen_pos.ui.forms import named_line_edit
from omigjen_pos.ui.messages import describe_invalid


class OpeningFloatPanel(QFrame):
    """Shown across the top of the till until the float is counted; sales wait."""

    counted = Signal(int)  # øre

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("floatPanel")
        self.setAccessibleName(self.tr("Opening float"))
        question = QLabel(
            self.tr("New day: count the change in the drawer and type the opening float.")
        )
        question.setWordWrap(True)
        self.field = named_line_edit(
            self.tr("Opening float in kroner"), self.tr("kroner, e.g. 1 500")
        )
        self.field.returnPressed.connect(self._submit)
        save = QPushButton(self.tr("Save float (Enter)"))
        save.setAccessibleName(save.text())
        save.clicked.connect(self._submit)
        self.message = QLabel()
        self.message.setObjectName("errorMessage")
        layout = QHBoxLayout(self)
        layout.addWidget(question, 2)
        layout.addWidget(self.field, 1)
        layout.addWidget(save)
        layout.addWidget(self.message, 1)

    def _submit(self) -> None:
        try:
            amount = parse_kroner(self.field.text(), "amount")
        except InvalidInput as error:
            self.message.setText(describe_invalid(error))
            return
        if amount < 0:
            self.message.setText(self.tr("The float cannot be negative."))
            return
        self.message.clear()
        self.counted.emit(amount)
