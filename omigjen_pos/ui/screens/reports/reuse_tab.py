"""The reuse figures tab: per shop and category, items given a new life, their
weight and value, with the total last; saved as CSV or PDF for the municipality.

The table is small by nature (shops × categories), so its model holds every
row. Files are written off the GUI thread; the message line says where.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QStandardPaths,
    Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from omigjen_pos.domain.money import format_kr
from omigjen_pos.services.reports.reuse import ReuseFigures, write_reuse_csv, write_reuse_pdf
from omigjen_pos.ui.messages import describe_error
from omigjen_pos.ui.screens.reports.overview import norwegian
from omigjen_pos.ui.tasks import TaskRunner

Index = QModelIndex | QPersistentModelIndex
_NO_PARENT = QModelIndex()
_NUMBERS = (2, 3, 4)  # right-aligned columns


class ReuseTableModel(QAbstractTableModel):
    """Rows of the reuse figures, and a bold total row under them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._figures: ReuseFigures | None = None
        self._headers = [
            self.tr("Shop"),
            self.tr("Category"),
            self.tr("Items"),
            self.tr("Weight (kg)"),
            self.tr("Value"),
        ]

    def set_figures(self, figures: ReuseFigures | None) -> None:
        self.beginResetModel()
        self._figures = figures
        self.endResetModel()

    def rowCount(self, parent: Index = _NO_PARENT) -> int:
        if parent.isValid() or self._figures is None:
            return 0
        return len(self._figures.rows) + 1  # the total

    def columnCount(self, parent: Index = _NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self._figures is None:
            return None
        total = index.row() == len(self._figures.rows)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._total_cell(index.column()) if total else self._cell(index)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in _NUMBERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and total:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _cell(self, index: Index) -> str:
        assert self._figures is not None
        row, locale = self._figures.rows[index.row()], QLocale()
        return [
            row.shop_name,
            row.category_name_nb if norwegian() else row.category_name_en,
            locale.toString(row.items),
            locale.toString(row.weight_grams / 1000, "f", 1),
            format_kr(row.value_ore),
        ][index.column()]

    def _total_cell(self, column: int) -> str:
        assert self._figures is not None
        figures, locale = self._figures, QLocale()
        return [
            self.tr("Total"),
            "",
            locale.toString(figures.items),
            locale.toString(figures.weight_grams / 1000, "f", 1),
            format_kr(figures.value_ore),
        ][column]


class ReuseTab(QWidget):
    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self.figures: ReuseFigures | None = None
        self.setAccessibleName(self.tr("Reuse figures"))
        explanation = QLabel(
            self.tr(
                "Reused items sold in the period, less returns: how many, their registered "
                "weight and what they sold for. Training sales and stock articles are left out."
            )
        )
        explanation.setWordWrap(True)
        self.model = ReuseTableModel(self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Reuse figures per shop and category"))
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for the buttons
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.unweighed = QLabel()
        self.unweighed.setAccessibleName(self.tr("Items without weight"))
        self.save_csv_button = QPushButton(self.tr("Save CSV…"))
        self.save_csv_button.setAccessibleName(self.tr("Save the reuse figures as CSV"))
        self.save_csv_button.clicked.connect(self._ask_csv)
        self.save_pdf_button = QPushButton(self.tr("Save PDF…"))
        self.save_pdf_button.setAccessibleName(self.tr("Save the reuse figures as PDF"))
        self.save_pdf_button.clicked.connect(self._ask_pdf)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Reuse message"))
        notes = QVBoxLayout()
        notes.addWidget(self.unweighed)
        notes.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addLayout(notes, 1)
        buttons.addWidget(self.save_csv_button)
        buttons.addWidget(self.save_pdf_button)
        root = QVBoxLayout(self)
        root.addWidget(explanation)
        root.addWidget(self.table, 1)
        root.addLayout(buttons)
        self.show_figures(None)

    def show_figures(self, figures: ReuseFigures | None) -> None:
        self.figures = figures
        self.model.set_figures(figures)
        for button in (self.save_csv_button, self.save_pdf_button):
            button.setEnabled(figures is not None)
        missing = figures.items_without_weight if figures else 0
        self.unweighed.setText(
            self.tr("{count} items have no registered weight and add nothing to the kg.").format(
                count=QLocale().toString(missing)
            )
            if missing
            else ""
        )

    # --- saving ------------------------------------------------------------------

    def suggested_name(self, suffix: str) -> str:
        assert self.figures is not None
        period = self.figures.period
        return f"ombruk-{period.first.isoformat()}-{period.last.isoformat()}.{suffix}"

    def _ask_path(self, suffix: str, kind: str) -> str:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save reuse figures"),
            str(Path(folder) / self.suggested_name(suffix)),
            kind,
        )
        return path

    def _ask_csv(self) -> None:
        if self.figures is not None and (path := self._ask_path("csv", self.tr("CSV (*.csv)"))):
            self.save_csv(path)

    def _ask_pdf(self) -> None:
        if self.figures is not None and (path := self._ask_path("pdf", self.tr("PDF (*.pdf)"))):
            self.save_pdf(path)

    def save_csv(self, path: str | Path) -> None:
        """Write the figures shown as CSV to ``path``, off the GUI thread."""
        self._save(path, write_reuse_csv)

    def save_pdf(self, path: str | Path) -> None:
        self._save(path, write_reuse_pdf)

    def _save(self, path: str | Path, write) -> None:
        figures = self.figures
        if figures is None:
            return
        self.message.setText(self.tr("Saving…"))
        self._tasks.run(
            lambda: write(figures, path),
            lambda _done: self.message.setText(self.tr("Saved to {path}").format(path=path)),
            lambda error: self.message.setText(describe_error(error)),
            owner=self,
        )
