"""A lazy table over items: all matching ids, rows fetched a window at a time.

Like Anki's browser: the model holds only the ordered id list (cheap even for
500,000 items) and a bounded cache of rows. When the view asks for a row that
is not cached, the model fetches a window around it in one query by primary key.
A row's texts are formatted once, when it is first painted, not once per cell.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from omigjen_pos.domain.money import format_amount
from omigjen_pos.services.inventory.rows import ItemRow
from omigjen_pos.services.inventory.search import SortKey
from omigjen_pos.ui.item_texts import condition_text, status_text

WINDOW_BEFORE = 50
WINDOW_AFTER = 150
CACHE_LIMIT = 5_000

Index = QModelIndex | QPersistentModelIndex
_NO_PARENT = QModelIndex()
_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class ItemTableModel(QAbstractTableModel):
    ID_ROLE = Qt.ItemDataRole.UserRole

    def __init__(
        self, fetch_rows: Callable[[Sequence[int]], list[ItemRow]], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._fetch_rows = fetch_rows
        self._ids: list[int] = []
        self._cache: OrderedDict[int, ItemRow] = OrderedDict()
        self._texts: dict[int, tuple[str, ...]] = {}  # by item id, for cached rows only
        self.show_shop = False
        self.on_sort: Callable[[SortKey, bool], None] | None = None
        self._columns: list[tuple[str, SortKey | None]] = [
            (self.tr("Barcode"), SortKey.BARCODE),
            (self.tr("Name"), SortKey.NAME),
            (self.tr("Category"), SortKey.CATEGORY),
            (self.tr("Condition"), None),
            (self.tr("Price"), SortKey.PRICE),
            (self.tr("Status"), SortKey.STATUS),
            (self.tr("Intake"), SortKey.INTAKE),
            (self.tr("Shelf"), None),
            (self.tr("Shop"), None),
        ]

    # --- contents ------------------------------------------------------------

    def set_ids(self, ids: Sequence[int], show_shop: bool = False) -> None:
        self.beginResetModel()
        self._ids = list(ids)
        self._cache.clear()
        self._texts.clear()
        self.show_shop = show_shop
        self.endResetModel()

    def extend_ids(self, ids: Sequence[int]) -> None:
        """The whole result, after its first page was set: the rows beyond the
        page are added below it, and the rows shown stay as they are. If the
        store changed in between and the page is not the result's start, the
        result replaces the page."""
        shown = len(self._ids)
        if list(ids[:shown]) != self._ids:
            self.set_ids(ids, self.show_shop)
            return
        if len(ids) > shown:
            self.beginInsertRows(_NO_PARENT, shown, len(ids) - 1)
            self._ids.extend(ids[shown:])
            self.endInsertRows()

    def refresh_rows(self, ids: Sequence[int]) -> None:
        """Forget cached rows after an edit so the view shows the new values."""
        for item_id in ids:
            self._cache.pop(item_id, None)
            self._texts.pop(item_id, None)
        positions = [self._ids.index(i) for i in ids if i in self._ids]
        if positions:
            last = self.columnCount() - 1
            self.dataChanged.emit(self.index(min(positions), 0), self.index(max(positions), last))

    def item_id(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, item_id: int) -> int:
        return self._ids.index(item_id)

    def item_row(self, row: int) -> ItemRow | None:
        if not 0 <= row < len(self._ids):
            return None
        item_id = self._ids[row]
        if item_id not in self._cache:
            self._load_window(row)
        found = self._cache.get(item_id)
        if found is not None:
            self._cache.move_to_end(item_id)
        return found

    def _load_window(self, row: int) -> None:
        window = self._ids[max(0, row - WINDOW_BEFORE) : row + WINDOW_AFTER]
        for fetched in self._fetch_rows([i for i in window if i not in self._cache]):
            self._cache[fetched.id] = fetched
        while len(self._cache) > CACHE_LIMIT:
            evicted, _ = self._cache.popitem(last=False)
            self._texts.pop(evicted, None)

    # --- Qt's model contract -------------------------------------------------

    def rowCount(self, parent: Index = _NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = _NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._columns) - (0 if self.show_shop else 1)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < self.columnCount():
            return self._columns[section][0]
        return None

    def data(self, index: Index, role: int = _DISPLAY):
        if not index.isValid():
            return None
        if role == _DISPLAY:  # by far the most asked: kept short
            texts = self._texts_at(index.row())
            return None if texts is None else texts[index.column()]
        if role == self.ID_ROLE:
            return self._ids[index.row()]
        if role == _ALIGNMENT and index.column() == 4:
            return _RIGHT
        if role != _TOOLTIP:
            return None
        item = self.item_row(index.row())
        if item is None:
            return None
        if index.column() == 1 and item.description:
            return f"{item.name}\n{item.description}"
        texts = self._texts_at(index.row())
        return None if texts is None else texts[index.column()]

    def _texts_at(self, row: int) -> tuple[str, ...] | None:
        """The texts of the row at ``row``, formatted the first time it is shown."""
        if not 0 <= row < len(self._ids):
            return None
        item_id = self._ids[row]
        texts = self._texts.get(item_id)
        if texts is not None:
            self._cache.move_to_end(item_id)
            return texts
        item = self.item_row(row)
        if item is None:
            return None
        texts = self._texts[item_id] = self._row_texts(item)
        return texts

    def _row_texts(self, item: ItemRow) -> tuple[str, ...]:
        """Every column's text of ``item``, in column order."""
        if item.price_ore != item.list_price_ore:
            price = self.tr("{now} (was {was})").format(
                now=format_amount(item.price_ore), was=format_amount(item.list_price_ore)
            )
        else:
            price = format_amount(item.price_ore)
        return (
            item.barcode,
            item.name,
            item.category_name,
            condition_text(item.condition),
            price,
            status_text(item.status),
            item.intake_date.strftime("%d.%m.%Y"),
            item.shelf,
            item.shop_code,
        )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self._columns[column][1] if 0 <= column < len(self._columns) else None
        if key is not None and self.on_sort is not None:
            self.on_sort(key, order == Qt.SortOrder.DescendingOrder)
