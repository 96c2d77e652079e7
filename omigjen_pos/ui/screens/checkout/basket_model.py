"""The basket as a table: one row per line, replaced whole after each change."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from omigjen_pos.domain.money import format_amount
from omigjen_pos.services.checkout.views import BasketLineView, BasketView

Index = QModelIndex | QPersistentModelIndex
_NO_PARENT = QModelIndex()


class BasketModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lines: tuple[BasketLineView, ...] = ()
        self._headers = [self.tr("Item"), self.tr("Qty"), self.tr("Price"), self.tr("Sum")]

    def show(self, basket: BasketView | None) -> None:
        self.beginResetModel()
        self._lines = basket.lines if basket else ()
        self.endResetModel()

    def line(self, row: int) -> BasketLineView:
        return self._lines[row]

    def rowCount(self, parent: Index = _NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = _NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line = self._lines[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return line.name
        if column == 1:
            return str(line.quantity)
        if column == 2:
            price = format_amount(line.unit_price_ore)
            if line.price_overridden:
                price = self.tr("{price} (new price)").format(price=price)
            elif line.marked_down:
                price = self.tr("{price} (marked down)").format(price=price)
            if line.discount_ore:
                price += " " + self.tr("−{amount} discount").format(
                    amount=format_amount(line.discount_ore)
                )
            return price
        return format_amount(line.total_ore)
