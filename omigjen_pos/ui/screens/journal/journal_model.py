"""A lazy table over the journal: pages of rows, loaded as the list scrolls.

The view asks ``canFetchMore``/``fetchMore`` when its last row comes into
sight; the model then loads the next page (``PAGE`` entries after the last one
it holds) through the TaskRunner, off the GUI thread, and appends it when it
arrives. Nothing in ``data()`` touches the database, so scrolling never waits,
and a journal of a million entries opens with its first page only.

Each new filter starts a new generation: a page that arrives for an older one
is dropped, so a slow answer never mixes into a newer list.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from omigjen_pos.services.journal_view import PAGE, JournalRow
from omigjen_pos.ui.screens.journal.event_names import event_text
from omigjen_pos.ui.tasks import TaskRunner

Index = QModelIndex | QPersistentModelIndex
_NO_PARENT = QModelIndex()

# Loads the page after the entry with this id (None: the first page), off the GUI thread.
PageLoader = Callable[[int | None], list[JournalRow]]

TIME, SHOP, TILL, USER, EVENT, CODE, SUMMARY = range(7)


class JournalTableModel(QAbstractTableModel):
    ROW_ROLE = Qt.ItemDataRole.UserRole

    page_loaded = Signal(int)  # rows now held
    load_failed = Signal(object)  # the exception

    def __init__(
        self, tasks: TaskRunner, page_size: int = PAGE, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._page_size = page_size
        self._rows: list[JournalRow] = []
        self._loader: PageLoader | None = None
        self._generation = 0
        self._loading = False
        self._complete = True  # no more pages to ask for
        self._headers = [
            self.tr("Time"),
            self.tr("Shop"),
            self.tr("Till"),
            self.tr("User"),
            self.tr("Event"),
            self.tr("SAF-T"),
            self.tr("Summary"),
        ]

    # --- contents ------------------------------------------------------------

    def set_loader(self, loader: PageLoader) -> None:
        """Forget the rows held and load the first page through ``loader``."""
        self.beginResetModel()
        self._generation += 1
        self._rows = []
        self._loader = loader
        self._loading = False
        self._complete = False
        self.endResetModel()
        self._load_next()

    @property
    def loading(self) -> bool:
        return self._loading

    @property
    def complete(self) -> bool:
        """True when every matching entry is held (the last page was short)."""
        return self._complete

    def entry(self, row: int) -> JournalRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def _load_next(self) -> None:
        if self._loading or self._complete or self._loader is None:
            return
        self._loading = True
        generation, loader = self._generation, self._loader
        before = self._rows[-1].id if self._rows else None
        self._tasks.run(
            lambda: loader(before),
            lambda rows: self._arrived(generation, rows),
            lambda error: self._failed(generation, error),
            owner=self,
        )

    def _arrived(self, generation: int, rows: list[JournalRow]) -> None:
        if generation != self._generation:
            return  # for a filter no longer shown
        self._loading = False
        self._complete = len(rows) < self._page_size
        if rows:
            first = len(self._rows)
            self.beginInsertRows(_NO_PARENT, first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        self.page_loaded.emit(len(self._rows))

    def _failed(self, generation: int, error: Exception) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self._complete = True  # no retry loop; a new filter or Refresh tries again
        self.load_failed.emit(error)

    # --- Qt's model contract -------------------------------------------------

    def canFetchMore(self, parent: Index = _NO_PARENT) -> bool:
        return not parent.isValid() and not self._loading and not self._complete

    def fetchMore(self, parent: Index = _NO_PARENT) -> None:
        if not parent.isValid():
            self._load_next()

    def rowCount(self, parent: Index = _NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._rows)

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
        row = self.entry(index.row()) if index.isValid() else None
        if row is None:
            return None
        if role == self.ROW_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == SUMMARY:
            return row.summary
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == EVENT:
            return self.tr("SAF-T event {code}").format(code=row.saft_event_code)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            row.occurred_at.strftime("%d.%m.%Y %H:%M:%S"),
            row.shop_code,
            row.till_code,
            row.user_name,
            event_text(row.event_type),
            row.saft_event_code,
            row.summary,
        )[index.column()]
