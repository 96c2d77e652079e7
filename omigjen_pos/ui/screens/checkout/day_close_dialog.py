"""Closing the till's day: the X-report on screen, the cash counted, the Z-report.

The manager counts the drawer by denomination (or types one amount); the dialog
shows the expected cash from the X-report and the difference as they count.
Taking the Z-report closes the day (once per day, N9) and prints it on the
till's receipt printer or saves it as PDF.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from omigjen_pos.domain.day_report import DayReport
from omigjen_pos.domain.errors import InvalidInput
from omigjen_pos.domain.money import format_kr, parse_kroner
from omigjen_pos.printing.day_report_text import day_report_text
from omigjen_pos.ui.forms import dialog_buttons, error_label, named_line_edit

# Norwegian notes and coins, in kroner.
DENOMINATIONS = (1000, 500, 200, 100, 50, 20, 10, 5, 1)


class DayCloseDialog(QDialog):
    z_requested = Signal(int)  # counted cash in øre

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report: DayReport | None = None
        self.setWindowTitle(self.tr("Close the day"))
        self.setAccessibleName(self.tr("Close the day"))
        self.setMinimumSize(860, 620)
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(self.tr("X-report"))
        self.preview.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.preview.setPlainText(self.tr("Loading the X-report..."))
        self.counts: dict[int, QSpinBox] = {}
        grid = QGridLayout()
        for row, kroner in enumerate(DENOMINATIONS):
            spin = QSpinBox()
            spin.setRange(0, 9999)
            spin.setAccessibleName(self.tr("Number of {kroner} kr").format(kroner=kroner))
            spin.valueChanged.connect(self._update)
            self.counts[kroner] = spin
            grid.addWidget(QLabel(f"{kroner} kr"), row, 0)
            grid.addWidget(spin, row, 1)
        self.one_amount = named_line_edit(
            self.tr("Or the whole count in kroner"), self.tr("e.g. 4 250")
        )
        self.one_amount.textChanged.connect(self._update)
        self.expected = QLabel()
        self.expected.setAccessibleName(self.tr("Expected cash"))
        self.counted = QLabel()
        self.counted.setObjectName("bigAmount")
        self.counted.setAccessibleName(self.tr("Counted cash"))
        self.difference = QLabel()
        self.difference.setAccessibleName(self.tr("Difference"))
        self.message = error_label(self.tr("Message"))
        buttons, self.z_button = dialog_buttons(
            self.tr("Take Z-report and close the day"),
            self._ask_z,
            self.tr("Back (Esc)"),
            self.reject,
            False,
        )
        self.z_button.setObjectName("primaryKey")
        self.z_button.setEnabled(False)
        counting = QVBoxLayout()
        counting.addWidget(QLabel(self.tr("Count the drawer")))
        counting.addLayout(grid)
        counting.addWidget(self.one_amount)
        counting.addWidget(self.expected)
        counting.addWidget(self.counted)
        counting.addWidget(self.difference)
        counting.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.preview, 3)
        body.addLayout(counting, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.counts[DENOMINATIONS[0]].setFocus()

    def show_report(self, report: DayReport) -> None:
        """The X-report (before) or the Z-report (after) on screen."""
        self.report = report
        self.preview.setPlainText(day_report_text(report))
        self.expected.setText(
            self.tr("Expected in the drawer: {amount}").format(
                amount=format_kr(report.expected_cash_ore)
            )
        )
        closed = report.kind == "Z"
        self.z_button.setEnabled(not closed)
        for spin in self.counts.values():
            spin.setEnabled(not closed)
        self.one_amount.setEnabled(not closed)
        self._update()

    def counted_ore(self) -> int:
        """The count: the one amount if typed, else the denominations; raises
        InvalidInput for an unreadable amount."""
        if self.one_amount.text().strip():
            amount = parse_kroner(self.one_amount.text(), "counted_cash")
            if amount < 0:
                raise InvalidInput(
                    "counted_cash", self.one_amount.text(), "not an amount in kroner"
                )
            return amount
        return sum(kroner * 100 * spin.value() for kroner, spin in self.counts.items())

    def _update(self) -> None:
        self.message.clear()
        try:
            counted = self.counted_ore()
        except InvalidInput:
            self.counted.setText(self.tr("Type the amount in kroner, e.g. 4 250."))
            self.difference.clear()
            return
        self.counted.setText(self.tr("Counted: {amount}").format(amount=format_kr(counted)))
        if self.report is not None and self.report.kind == "X":
            difference = counted - self.report.expected_cash_ore
            self.difference.setText(
                self.tr("Difference: {amount}").format(amount=format_kr(difference))
            )

    def _ask_z(self) -> None:
        try:
            counted = self.counted_ore()
        except InvalidInput:
            self.message.setText(self.tr("Type the amount in kroner, e.g. 4 250."))
            return
        nothing_counted = not self.one_amount.text().strip() and not any(
            spin.value() for spin in self.counts.values()
        )
        if nothing_counted:  # a Z keeps its count for ever: 0 must be typed, not assumed
            self.message.setText(self.tr("Count the drawer first; type 0 if it is empty."))
            return
        self.z_button.setEnabled(False)
        self.z_requested.emit(counted)

    def refused(self, text: str) -> None:
        self.z_button.setEnabled(self.report is not None and self.report.kind == "X")
        self.message.setText(text)
