"""The wizard's shops page: one row per shop (code, name, org. number, VAT
registered), rows added and removed; the org. number is checked (mod 11) as it
is typed, so a wrong digit shows before Next."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from omigjen_pos.domain.errors import InvalidInput
from omigjen_pos.domain.shops import MAX_SHOPS, normalise_shop_code
from omigjen_pos.services.centre_setup import ShopDraft
from omigjen_pos.ui.forms import error_label, named_line_edit
from omigjen_pos.ui.setup.texts import org_number_message


def _validator(pattern: str, parent: QWidget) -> QRegularExpressionValidator:
    return QRegularExpressionValidator(QRegularExpression(pattern), parent)


class ShopRow(QWidget):
    """One shop: its fields in a row, the org. number's message under them."""

    changed = Signal()
    remove_requested = Signal(object)  # ShopRow

    def __init__(self, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = named_line_edit(self.tr("Shop code {n}").format(n=number), self.tr("BRUKT"))
        self.code.setValidator(_validator("[A-Za-z0-9]{0,12}", self))
        self.code.textEdited.connect(self._upper_case)
        self.name = named_line_edit(
            self.tr("Shop name {n}").format(n=number), self.tr("e.g. Omigjen Bruktbutikk")
        )
        self.org_number = named_line_edit(
            self.tr("Org. number {n}").format(n=number), self.tr("9 digits")
        )
        self.org_number.setValidator(_validator("[0-9 ]{0,11}", self))
        self.vat = QCheckBox(self.tr("VAT registered"))
        self.vat.setAccessibleName(self.tr("VAT registered {n}").format(n=number))
        self.vat.setChecked(True)
        self.remove = QPushButton(self.tr("Remove"))
        self.remove.setAccessibleName(self.tr("Remove shop {n}").format(n=number))
        self.remove.setAutoDefault(False)
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))
        self.message = error_label(self.tr("Org. number {n} message").format(n=number))
        for field in (self.code, self.name, self.org_number):
            field.textChanged.connect(self._changed)
        self.vat.toggled.connect(self.changed)
        self.title = QLabel(self.tr("Shop {n}").format(n=number))
        self.title.setObjectName("rowTitle")
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setVerticalSpacing(2)
        layout.addWidget(self.title, 0, 0, 1, 5)
        for column, text in enumerate((self.tr("Code"), self.tr("Name"), self.tr("Org. number"))):
            layout.addWidget(QLabel(text), 1, column)
        for column, widget in enumerate(
            (self.code, self.name, self.org_number, self.vat, self.remove)
        ):
            layout.addWidget(widget, 2, column)
        layout.addWidget(self.message, 3, 0, 1, 5)
        layout.setColumnStretch(1, 3)
        layout.setColumnStretch(2, 2)
        layout.setColumnMinimumWidth(0, 140)

    def _upper_case(self, text: str) -> None:
        if text != text.upper():
            position = self.code.cursorPosition()
            self.code.setText(text.upper())
            self.code.setCursorPosition(position)

    def _changed(self) -> None:
        text, valid = org_number_message(self.org_number.text())
        self.message.setObjectName("okMessage" if valid else "errorMessage")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text)
        self.changed.emit()

    def is_complete(self) -> bool:
        try:
            normalise_shop_code(self.code.text())
        except InvalidInput:
            return False
        return bool(self.name.text().strip()) and org_number_message(self.org_number.text())[1]

    def draft(self, tills: int = 1) -> ShopDraft:
        return ShopDraft(
            code=self.code.text().strip().upper(),
            name=self.name.text().strip(),
            org_number=self.org_number.text().replace(" ", ""),
            vat_registered=self.vat.isChecked(),
            tills=tills,
        )


class ShopsPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Shops"))
        self.setSubTitle(
            self.tr(
                "Each shop is its own business with its own org. number, receipts and "
                "reports. The code (2 to 12 letters or digits) names its tills: BRUKT-1."
            )
        )
        self.rows: list[ShopRow] = []
        self._serial = 0
        self.add_button = QPushButton(self.tr("Add a shop"))
        self.add_button.setAccessibleName(self.add_button.text())
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_row)
        self.message = error_label(self.tr("Message"))
        self._rows_layout = QVBoxLayout()
        self._rows_layout.setSpacing(4)
        holder = QWidget()
        inner = QVBoxLayout(holder)
        inner.addLayout(self._rows_layout)
        inner.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.add_row()

    def add_row(self) -> ShopRow | None:
        if len(self.rows) >= MAX_SHOPS:
            return None
        self._serial += 1
        row = ShopRow(self._serial)
        row.changed.connect(self._rows_changed)
        row.remove_requested.connect(self.remove_row)
        self.rows.append(row)
        self._rows_layout.addWidget(row)
        self._order_tabs()
        self._rows_changed()
        row.code.setFocus()
        return row

    def remove_row(self, row: ShopRow) -> None:
        if len(self.rows) == 1:
            return  # a centre has at least one shop
        self.rows.remove(row)
        self._rows_layout.removeWidget(row)
        row.deleteLater()
        self._order_tabs()
        self._rows_changed()
        self.rows[-1].code.setFocus()

    def _order_tabs(self) -> None:
        chain: list[QWidget] = []
        for row in self.rows:
            chain += [row.code, row.name, row.org_number, row.vat, row.remove]
        chain.append(self.add_button)
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        for row in self.rows:
            row.remove.setEnabled(len(self.rows) > 1)

    def _rows_changed(self) -> None:
        codes = [row.code.text().strip().upper() for row in self.rows]
        twice = sorted({code for code in codes if code and codes.count(code) > 1})
        self.message.setText(
            self.tr("Two shops have the code {code}; each shop needs its own.").format(
                code=", ".join(twice)
            )
            if twice
            else ""
        )
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        codes = [row.code.text().strip().upper() for row in self.rows]
        unique = len(set(codes)) == len(codes)
        return unique and all(row.is_complete() for row in self.rows)

    def drafts(self) -> list[ShopDraft]:
        return [row.draft() for row in self.rows]
