"""Finding an item by name at the till, for a label that will not scan.

Type part of a name: matches appear as you type (off the GUI thread, the newest
answer wins). Up and Down move in the list without leaving the field; Enter
puts the chosen item into the sale.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from omigjen_pos.domain.money import format_kr
from omigjen_pos.services.inventory.rows import ItemRow
from omigjen_pos.ui.forms import dialog_buttons, named_line_edit
from omigjen_pos.ui.messages import describe_error
from omigjen_pos.ui.tasks import TaskRunner

TYPING_PAUSE_MS = 200


class ItemSearchDialog(QDialog):
    chosen = Signal(str)  # barcode

    def __init__(
        self,
        search: Callable[[str], list[ItemRow]],
        tasks: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._search, self._tasks = search, tasks
        self._asked = 0
        self._shown_text: str | None = None  # the text the listed results are for
        self._choose_when_shown = False
        self.setWindowTitle(self.tr("Find an item"))
        self.setAccessibleName(self.tr("Find an item"))
        self.setMinimumSize(560, 420)
        self.field = named_line_edit(
            self.tr("Search for an item"), self.tr("part of the name, e.g. lampe")
        )
        self.field.installEventFilter(self)
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Items found"))
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.results.itemActivated.connect(lambda _item: self.choose())
        self.message = QLabel()
        self.message.setAccessibleName(self.tr("Message"))
        self._timer = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._timer.timeout.connect(self._run_search)
        self.field.textChanged.connect(lambda _text: self._timer.start())
        buttons, _add = dialog_buttons(
            self.tr("Add to sale (Enter)"), self.choose, self.tr("Back (Esc)"), self.reject, True
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.field)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.field.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}.get(event.key())
            if step and self.results.count():
                row = max(0, min(self.results.count() - 1, self.results.currentRow() + step))
                self.results.setCurrentRow(row)
                return True
        return super().eventFilter(watched, event)

    def _run_search(self) -> None:
        self._timer.stop()
        self._asked += 1
        asked, text = self._asked, self.field.text()
        self._tasks.run(
            lambda: self._search(text),
            lambda rows: self._show(asked, text, rows),
            lambda error: self._failed(asked, error),
            owner=self,
        )

    def _show(self, asked: int, text: str, rows: list[ItemRow]) -> None:
        if asked != self._asked:
            return  # an older answer; the cashier has typed on since
        self._shown_text = text
        self.results.clear()
        for row in rows:
            entry = QListWidgetItem(f"{row.name}  ·  {format_kr(row.price_ore)}  ·  {row.barcode}")
            entry.setData(Qt.ItemDataRole.UserRole, row.barcode)
            self.results.addItem(entry)
        if rows:
            self.results.setCurrentRow(0)
            self.message.setText(
                self.tr("{count} found. Up/Down to choose.").format(count=len(rows))
            )
        elif self.field.text().strip():
            self.message.setText(self.tr("Nothing in stock matches. Try a shorter word."))
        else:
            self.message.clear()
        if self._choose_when_shown:
            self._choose_when_shown = False
            self.choose()

    def _failed(self, asked: int, error: Exception) -> None:
        if asked == self._asked:
            self.message.setText(describe_error(error))

    def choose(self) -> None:
        if self._shown_text != self.field.text():
            # Enter came before the results of what is typed now: choose from those.
            self._choose_when_shown = True
            self._run_search()
            return
        current = self.results.currentItem()
        if current is None:
            return
        self.chosen.emit(current.data(Qt.ItemDataRole.UserRole))
        self.accept()
