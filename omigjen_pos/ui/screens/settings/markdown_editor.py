"""The shop's markdown rules as rows a manager can add, change and remove:
"after 30 days on the shelf, 25 % off", "yellow tags, 50 % off"."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from omigjen_pos.domain.markdowns import TAG_COLOURS, MarkdownBasis, MarkdownRule
from omigjen_pos.domain.pricing import BASIS_POINTS
from omigjen_pos.domain.shop_settings import MARKDOWN_MAX_DAYS, markdown_rule


class RuleRow(QWidget):
    remove_requested = Signal(object)  # this row

    def __init__(self, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.basis = QComboBox()
        self.basis.addItem(self.tr("Days on the shelf"), MarkdownBasis.INTAKE_AGE.value)
        self.basis.addItem(self.tr("Tag colour"), MarkdownBasis.TAG_COLOUR.value)
        self.days = QSpinBox()
        self.days.setRange(0, MARKDOWN_MAX_DAYS)
        self.days.setValue(30)
        self.days.setPrefix(self.tr("after "))
        self.days.setSuffix(self.tr(" days"))
        self.colour = QComboBox()
        for colour in TAG_COLOURS:
            self.colour.addItem(self.colour_name(colour), colour)
        self.percent = QDoubleSpinBox()
        self.percent.setDecimals(1)
        self.percent.setRange(0.1, 100.0)
        self.percent.setValue(25.0)
        self.percent.setSuffix(self.tr(" % off"))
        self.remove = QPushButton(self.tr("Remove"))
        self.remove.setAutoDefault(False)
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.basis)
        row.addWidget(self.days)
        row.addWidget(self.colour)
        row.addWidget(self.percent)
        row.addStretch(1)
        row.addWidget(self.remove)
        self.basis.currentIndexChanged.connect(self._show_basis)
        self._show_basis()
        self.set_number(number)

    def set_number(self, number: int) -> None:
        """Screen readers (and tests) tell the rows apart by their number."""
        self.basis.setAccessibleName(self.tr("Rule {number}: kind").format(number=number))
        self.days.setAccessibleName(self.tr("Rule {number}: days").format(number=number))
        self.colour.setAccessibleName(self.tr("Rule {number}: colour").format(number=number))
        self.percent.setAccessibleName(self.tr("Rule {number}: percent off").format(number=number))
        self.remove.setAccessibleName(self.tr("Remove rule {number}").format(number=number))

    def colour_name(self, colour: str) -> str:
        return {
            "blue": self.tr("Blue tags"),
            "green": self.tr("Green tags"),
            "yellow": self.tr("Yellow tags"),
            "red": self.tr("Red tags"),
            "orange": self.tr("Orange tags"),
            "purple": self.tr("Purple tags"),
        }.get(colour, colour)

    def _show_basis(self) -> None:
        by_age = self.basis.currentData() == MarkdownBasis.INTAKE_AGE.value
        self.days.setVisible(by_age)
        self.colour.setVisible(not by_age)

    def show_rule(self, rule: MarkdownRule) -> None:
        self.basis.setCurrentIndex(self.basis.findData(rule.basis.value))
        if rule.min_days is not None:
            self.days.setValue(rule.min_days)
        if rule.tag_colour is not None:
            self.colour.setCurrentIndex(max(self.colour.findData(rule.tag_colour), 0))
        self.percent.setValue(rule.percent_bp / 100)

    def rule(self) -> MarkdownRule:
        """Raises InvalidInput("markdown_rules")."""
        basis = MarkdownBasis(self.basis.currentData())
        percent_bp = min(round(self.percent.value() * 100), BASIS_POINTS)
        if basis is MarkdownBasis.INTAKE_AGE:
            return markdown_rule(basis, percent_bp, days=self.days.value())
        return markdown_rule(basis, percent_bp, colour=self.colour.currentData())


class MarkdownRulesEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Markdown rules"))
        self.rows: list[RuleRow] = []
        self._rows_box = QVBoxLayout()
        self.empty = QLabel(self.tr("No markdowns: items keep their label price."))
        self.add_button = QPushButton(self.tr("Add rule"))
        self.add_button.setAccessibleName(self.tr("Add a markdown rule"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self._add_and_focus)
        note = QLabel(
            self.tr(
                "The largest markdown that fits an item applies; rules never add up. "
                "Prices are rounded down to whole kroner; stock articles keep their price."
            )
        )
        note.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.addWidget(self.empty)
        root.addLayout(self._rows_box)
        root.addLayout(buttons)
        root.addWidget(note)

    def set_rules(self, rules: tuple[MarkdownRule, ...] | list[MarkdownRule]) -> None:
        for row in list(self.rows):
            self._drop(row)
        for rule in rules:
            self.add_row().show_rule(rule)
        self.empty.setVisible(not self.rows)

    def add_row(self) -> RuleRow:
        row = RuleRow(len(self.rows) + 1)
        row.remove_requested.connect(self._remove)
        self.rows.append(row)
        self._rows_box.addWidget(row)
        self.empty.setVisible(False)
        self.changed.emit()
        return row

    def _add_and_focus(self) -> None:
        self.add_row().basis.setFocus()

    def _remove(self, row: RuleRow) -> None:
        self._drop(row)
        for number, left in enumerate(self.rows, start=1):
            left.set_number(number)
        self.empty.setVisible(not self.rows)
        self.add_button.setFocus()
        self.changed.emit()

    def _drop(self, row: RuleRow) -> None:
        self.rows.remove(row)
        self._rows_box.removeWidget(row)
        row.hide()
        row.deleteLater()

    def rules(self) -> list[MarkdownRule]:
        """The rules as the rows show them; raises InvalidInput("markdown_rules")."""
        return [row.rule() for row in self.rows]
