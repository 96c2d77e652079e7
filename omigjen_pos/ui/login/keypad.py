"""An on-screen numeric keypad for PINs and amounts, large enough for a finger."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QPushButton, QSizePolicy, QWidget

KEY_SIZE = 64


class NumericKeypad(QWidget):
    digit_pressed = Signal(str)
    backspace_pressed = Signal()
    enter_pressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Keypad"))
        grid = QGridLayout(self)
        grid.setSpacing(6)
        for index, digit in enumerate("123456789"):
            grid.addWidget(self._digit_key(digit), index // 3, index % 3)
        back = self._key("⌫", self.tr("Delete last digit"))
        back.clicked.connect(self.backspace_pressed)
        grid.addWidget(back, 3, 0)
        grid.addWidget(self._digit_key("0"), 3, 1)
        enter = self._key(self.tr("OK"), self.tr("Log in"))
        enter.setObjectName("primaryKey")
        enter.clicked.connect(self.enter_pressed)
        grid.addWidget(enter, 3, 2)

    def _key(self, label: str, accessible_name: str) -> QPushButton:
        button = QPushButton(label)
        button.setAccessibleName(accessible_name)
        button.setMinimumSize(KEY_SIZE, KEY_SIZE)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        # Keys must not steal focus from the field they type into.
        button.setFocusPolicy(button.focusPolicy().NoFocus)
        return button

    def _digit_key(self, digit: str) -> QPushButton:
        button = self._key(digit, digit)
        button.clicked.connect(lambda: self.digit_pressed.emit(digit))
        return button
