"""The shop's stock: search as you type, filters, sorting, corrections, labels.

The search runs off the GUI thread and only the newest answer is shown, so
typing never waits for the database. The table is lazy (item_table_model.py):
the first page of ids comes first and is shown at once; the rest of the ids
(and the count) follow from a second query, added below the rows shown.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from omigjen_pos.domain.errors import InvalidInput
from omigjen_pos.domain.items import Condition, ItemSource, ItemStatus
from omigjen_pos.domain.money import format_amount, parse_kroner
from omigjen_pos.domain.roles import Action
from omigjen_pos.services.actors import Actor
from omigjen_pos.services.inventory.changes import (
    ItemEdit,
    QuantityReason,
    adjust_quantity,
    dispose_item,
    edit_item,
)
from omigjen_pos.services.inventory.registration import CategoryOption
from omigjen_pos.services.inventory.search import (
    ItemQuery,
    SortKey,
    fetch_item_rows,
    find_item_ids,
)
from omigjen_pos.services.store_setup import Store
from omigjen_pos.ui.forms import named_combo
from omigjen_pos.ui.item_texts import condition_text, source_text, status_text
from omigjen_pos.ui.messages import describe_error
from omigjen_pos.ui.screens.inventory.item_table_model import ItemTableModel
from omigjen_pos.ui.tasks import TaskRunner

SEARCH_DELAY_MS = 150
FIRST_PAGE = 200  # ids fetched first: more than a screenful and the model's first window
_AGES = ((None, None), (None, 7), (30, None), (60, None), (90, None))


def _enum(kind, value):
    """Qt hands enum data back as plain str; None means "all"."""
    return None if value is None else kind(value)


class StockScreen(QWidget):
    print_labels_requested = Signal(list)  # item ids

    def __init__(
        self,
        store: Store,
        actor: Actor,
        tasks: TaskRunner,
        categories: list[CategoryOption],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store, self._actor, self._tasks = store, actor, tasks
        self._search_serial = 0
        self._sort, self._descending = SortKey.NAME, False
        self.setAccessibleName(self.tr("Stock"))
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Search"))
        self.search.setPlaceholderText(self.tr("Search name, description or barcode…"))
        self.search.setClearButtonEnabled(True)
        self.category = self._filter(self.tr("Category"), [(c.name_nb, c.id) for c in categories])
        self.status = self._filter(self.tr("Status"), [(status_text(s), s) for s in ItemStatus])
        self.status.setCurrentIndex(self.status.findData(ItemStatus.IN_STOCK))
        self.condition = self._filter(
            self.tr("Condition"), [(condition_text(c), c) for c in Condition]
        )
        self.source = self._filter(self.tr("Source"), [(source_text(s), s) for s in ItemSource])
        self.age = QComboBox()
        self.age.setAccessibleName(self.tr("Time on the shelf"))
        for text, ages in zip(
            (
                self.tr("Any age"),
                self.tr("Under a week"),
                self.tr("Over 30 days"),
                self.tr("Over 60 days"),
                self.tr("Over 90 days"),
            ),
            _AGES,
            strict=True,
        ):
            self.age.addItem(text, ages)
        self.centre_wide = QCheckBox(self.tr("Whole centre"))
        self.centre_wide.setAccessibleName(self.tr("Search every shop in the centre"))
        self.count = QLabel()
        self.count.setAccessibleName(self.tr("Number of items found"))
        self.message = QLabel()
        self.message.setObjectName("errorMessage")
        self.message.setAccessibleName(self.tr("Message"))

        self.model = ItemTableModel(lambda ids: fetch_item_rows(store, ids), self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Items"))
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSortIndicator(
            1, self.table.horizontalHeader().sortIndicatorOrder()
        )

        may_edit = actor.may(Action.EDIT_ITEMS)
        self.price_button = self._action(self.tr("Change price…"), self._ask_price, may_edit)
        self.description_button = self._action(
            self.tr("Change description…"), self._ask_description, may_edit
        )
        self.dispose_button = self._action(
            self.tr("Dispose…"), lambda: self._ask_dispose(False), may_edit
        )
        self.recycle_button = self._action(
            self.tr("Recycle…"), lambda: self._ask_dispose(True), may_edit
        )
        self.quantity_button = self._action(self.tr("Count…"), self._ask_quantity, may_edit)
        self.labels_button = self._action(self.tr("Print labels…"), self._request_labels, True)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        for combo in (self.category, self.status, self.condition, self.source, self.age):
            combo.currentIndexChanged.connect(self.run_search)
        self.centre_wide.toggled.connect(self.run_search)
        self._layout()
        self.model.on_sort = self._sort_by  # after setSortingEnabled, which sorts at once
        self.run_search()

    def _filter(self, name: str, entries: list[tuple[str, object]]) -> QComboBox:
        return named_combo(name, entries, (self.tr("All: {what}").format(what=name.lower()), None))

    def _action(self, text: str, slot, enabled: bool) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text)
        button.setEnabled(enabled)
        button.clicked.connect(slot)
        return button

    def _layout(self) -> None:
        filters = QHBoxLayout()
        for widget in (
            self.category,
            self.status,
            self.condition,
            self.source,
            self.age,
            self.centre_wide,
        ):
            filters.addWidget(widget)
        actions = QHBoxLayout()
        for button in (
            self.price_button,
            self.description_button,
            self.quantity_button,
            self.dispose_button,
            self.recycle_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.labels_button)
        root = QVBoxLayout(self)
        root.addWidget(self.search)
        root.addLayout(filters)
        root.addWidget(self.table, 1)
        root.addWidget(self.count)
        root.addWidget(self.message)
        root.addLayout(actions)

    # --- searching -------------------------------------------------------------

    def query(self) -> ItemQuery:
        min_age, max_age = self.age.currentData()
        return ItemQuery(
            text=self.search.text(),
            category_id=self.category.currentData(),
            status=self.status.currentData(),
            condition=self.condition.currentData(),
            source=self.source.currentData(),
            min_age_days=min_age,
            max_age_days=max_age,
            centre_wide=self.centre_wide.isChecked(),
            sort=self._sort,
            descending=self._descending,
        )

    def run_search(self) -> None:
        self._timer.stop()
        self._search_serial += 1
        serial, query = self._search_serial, self.query()
        store, actor = self._store, self._actor
        self._tasks.run(
            lambda: find_item_ids(store, actor, query, limit=FIRST_PAGE),
            lambda ids: self._show_first_page(serial, query, ids),
            self._show_error,
            owner=self,  # a lambda: dropped if the screen is gone (logged out) meanwhile
        )

    def _show_first_page(self, serial: int, query: ItemQuery, ids: list[int]) -> None:
        if serial != self._search_serial:
            return  # an older search answered after a newer one was started
        self.model.set_ids(ids, show_shop=query.centre_wide)
        self.message.clear()
        if len(ids) < FIRST_PAGE:
            self._show_count(len(ids))
            return
        self.count.clear()  # until the rest has come
        store, actor = self._store, self._actor
        self._tasks.run(
            lambda: find_item_ids(store, actor, query),
            lambda all_ids: self._show_results(serial, all_ids),
            self._show_error,
            owner=self,
        )

    def _show_results(self, serial: int, ids: list[int]) -> None:
        if serial != self._search_serial:
            return
        self.model.extend_ids(ids)
        self._show_count(len(ids))

    def _show_count(self, count: int) -> None:
        self.count.setText(self.tr("{count} items").format(count=count))

    def _sort_by(self, key: SortKey, descending: bool) -> None:
        self._sort, self._descending = key, descending
        self.run_search()

    def _show_error(self, error: Exception) -> None:
        self.message.setText(describe_error(error))

    # --- corrections -----------------------------------------------------------

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.item_id(row) for row in rows]

    def _current(self):
        ids = self.selected_ids()
        if len(ids) != 1:
            self.message.setText(self.tr("Choose one item in the list first."))
            return None
        return self.model.item_row(self.model.row_of(ids[0]))

    def _run_change(self, item_id: int, call) -> None:
        self._tasks.run(call, lambda _result: self._changed(item_id), self._show_error)

    def _changed(self, item_id: int) -> None:
        self.model.refresh_rows([item_id])
        self.message.clear()

    def change_price(self, item_id: int, typed: str) -> None:
        try:
            price = parse_kroner(typed, "price")
        except InvalidInput as error:
            self._show_error(error)
            return
        store, actor = self._store, self._actor
        self._run_change(
            item_id, lambda: edit_item(store, actor, item_id, ItemEdit(price_ore=price))
        )

    def change_description(self, item_id: int, text: str) -> None:
        store, actor = self._store, self._actor
        self._run_change(
            item_id, lambda: edit_item(store, actor, item_id, ItemEdit(description=text.strip()))
        )

    def dispose(self, item_id: int, reason: str, recycled: bool) -> None:
        store, actor = self._store, self._actor
        self._run_change(item_id, lambda: dispose_item(store, actor, item_id, reason, recycled))

    def adjust(self, item_id: int, delta: int, reason: QuantityReason) -> None:
        store, actor = self._store, self._actor
        self._run_change(item_id, lambda: adjust_quantity(store, actor, item_id, delta, reason))

    def _ask_price(self) -> None:
        item = self._current()
        if item is None:
            return
        typed, ok = QInputDialog.getText(
            self,
            self.tr("Change price"),
            self.tr("New price for {name} (kroner):").format(name=item.name),
            text=format_amount(item.list_price_ore),
        )
        if ok:
            self.change_price(item.id, typed)

    def _ask_description(self) -> None:
        item = self._current()
        if item is None:
            return
        text, ok = QInputDialog.getMultiLineText(
            self, self.tr("Change description"), item.name, item.description
        )
        if ok:
            self.change_description(item.id, text)

    def _ask_dispose(self, recycled: bool) -> None:
        item = self._current()
        if item is None:
            return
        title = self.tr("Recycle item") if recycled else self.tr("Dispose of item")
        reason, ok = QInputDialog.getText(
            self, title, self.tr("Why does {name} leave the stock?").format(name=item.name)
        )
        if ok:
            self.dispose(item.id, reason, recycled)

    def _ask_quantity(self) -> None:
        item = self._current()
        if item is None:
            return
        reasons = {
            self.tr("Stock count"): QuantityReason.COUNT,
            self.tr("Damaged"): QuantityReason.DAMAGE,
            self.tr("Found"): QuantityReason.FOUND,
            self.tr("Delivery received"): QuantityReason.RECEIVED,
        }
        delta, ok = QInputDialog.getInt(
            self,
            self.tr("Count"),
            self.tr("Change in quantity for {name} (now {quantity}):").format(
                name=item.name, quantity=item.quantity
            ),
            0,
            -1_000_000,
            1_000_000,
        )
        if not ok or delta == 0:
            return
        reason, ok = QInputDialog.getItem(
            self, self.tr("Count"), self.tr("Reason:"), list(reasons), 0, False
        )
        if ok:
            self.adjust(item.id, delta, reasons[reason])

    def _request_labels(self) -> None:
        ids = self.selected_ids()
        if not ids:
            QMessageBox.information(
                self, self.tr("Print labels"), self.tr("Select the items to print labels for.")
            )
            return
        self.print_labels_requested.emit(ids)
