"""The electronic journal for managers (N17): every event of the shop's tills,
newest first, filtered by till, kind of event, period and text; the selected
entry's content (a receipt, a report, the data of a price change) shown whole;
the entries found exported as CSV.

A shop manager reads their own shop; a centre admin chooses any shop or the
whole centre. All database work runs off the GUI thread; the list is lazy
(journal_model.py), so a journal of a million entries opens at once. The
journal is read only: nothing here changes or deletes an entry (N18).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime

from PySide6.QtCore import QDate, QItemSelection, Qt, QTimer
from PySide6.QtGui import QFontDatabase, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from omigjen_pos.domain.business_day import business_date
from omigjen_pos.services.actors import Actor
from omigjen_pos.services.journal_view import (
    PAGE,
    JournalQuery,
    JournalRow,
    JournalScope,
    fetch_journal_rows,
    find_journal_ids,
    journal_payload,
    journal_scope,
)
from omigjen_pos.services.store_setup import Store
from omigjen_pos.ui.forms import error_label, named_combo, named_line_edit
from omigjen_pos.ui.messages import describe_error
from omigjen_pos.ui.screens.journal.event_names import event_choices, event_text
from omigjen_pos.ui.screens.journal.journal_export import JournalExportRow
from omigjen_pos.ui.screens.journal.journal_model import SHOP, SUMMARY, TIME, JournalTableModel
from omigjen_pos.ui.tasks import TaskRunner

SEARCH_DELAY_MS = 300


def oslo_today() -> date:
    return business_date(datetime.now(UTC))


def load_page(
    store: Store, actor: Actor, query: JournalQuery, before: int | None, page: int = PAGE
) -> list[JournalRow]:
    """One page of the list: the next ids, then their rows (off the GUI thread)."""
    return fetch_journal_rows(store, find_journal_ids(store, actor, query, page, before=before))


class JournalScreen(QWidget):
    def __init__(
        self,
        store: Store,
        actor: Actor,
        tasks: TaskRunner,
        today: Callable[[], date] = oslo_today,
        page_size: int = PAGE,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store, self._actor, self.tasks = store, actor, tasks
        self._page_size = page_size
        self._started = False
        self._detail_serial = 0
        self.shown_query: JournalQuery | None = None  # the filters of the rows shown
        self.detail_loads = 0  # contents shown: tests wait on it
        self.setAccessibleName(self.tr("Journal"))

        self.shop = named_combo(self.tr("Shop"), [(actor.till.shop_code, actor.till.shop_code)])
        self.shop.setVisible(actor.centre_admin)  # a manager reads their own shop only
        self.till = named_combo(self.tr("Till"), [], (self.tr("All tills"), None))
        self._till_choices: list[tuple[str, str, str]] = []  # (code, text, shop code)
        self._events = event_choices()
        self.kind = named_combo(self.tr("Event"), [(text, None) for text, _ in self._events])
        self.period = QCheckBox(self.tr("Only from"))
        self.period.setAccessibleName(self.tr("Only entries of a period"))
        self.first = self._date_edit(self.tr("First day"), today())
        self.last = self._date_edit(self.tr("Last day"), today())
        self.first.setEnabled(False)
        self.last.setEnabled(False)
        self.to_label = QLabel(self.tr("to"))
        self.text = named_line_edit(
            self.tr("Search the journal"), self.tr("Search summary and content…")
        )
        self.text.setClearButtonEnabled(True)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setAccessibleName(self.tr("Refresh the list"))
        self.refresh_button.setToolTip(self.tr("Show entries added since (F5)"))
        self.refresh_button.clicked.connect(self.reload)

        self.model = JournalTableModel(tasks, page_size, self)
        self.model.page_loaded.connect(self._show_count)
        self.model.load_failed.connect(self._load_failed)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Journal entries"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # arrows move in the list, Tab leaves it
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(28)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(SUMMARY, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(TIME, 170)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.detail_title = QLabel(self.tr("Choose an entry to see its content."))
        self.detail_title.setWordWrap(True)
        self.detail_title.setAccessibleName(self.tr("Chosen entry"))
        self.detail = QPlainTextEdit()
        self.detail.setReadOnly(True)
        self.detail.setTabChangesFocus(True)
        self.detail.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.detail.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.detail.setAccessibleName(self.tr("Content of the chosen entry"))

        self.count = QLabel()
        self.count.setAccessibleName(self.tr("Number of entries shown"))
        self.message = error_label(self.tr("Message"))
        self.export_row = JournalExportRow(store, actor, tasks, self.query, self)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.reload)
        self.text.textChanged.connect(lambda _text: self._timer.start())
        self.shop.currentIndexChanged.connect(self._shop_changed)
        for combo in (self.till, self.kind):
            combo.currentIndexChanged.connect(self.reload)
        self.period.toggled.connect(self._period_toggled)
        for edit in (self.first, self.last):
            edit.dateChanged.connect(lambda _day: self._timer.start())
        QShortcut(QKeySequence("Ctrl+F"), self, activated=self._focus_search)
        QShortcut(QKeySequence("F5"), self, activated=self.reload)
        self._layout()

    def _date_edit(self, name: str, day: date) -> QDateEdit:
        edit = QDateEdit(QDate(day.year, day.month, day.day))
        edit.setAccessibleName(name)
        edit.setDisplayFormat("dd.MM.yyyy")
        edit.setCalendarPopup(True)
        inner = edit.findChild(QLineEdit)  # takes the focus and the typing: named too
        if inner is not None:
            inner.setAccessibleName(name)
        return edit

    def _layout(self) -> None:
        filters = QHBoxLayout()
        for widget in (self.shop, self.till, self.kind, self.period, self.first):
            filters.addWidget(widget)
        filters.addWidget(self.to_label)
        filters.addWidget(self.last)
        filters.addStretch(1)
        search = QHBoxLayout()
        search.addWidget(self.text, 1)
        search.addWidget(self.refresh_button)
        detail = QWidget()
        detail.setAccessibleName(self.tr("Entry"))
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.detail_title)
        detail_layout.addWidget(self.detail, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setAccessibleName(self.tr("Entries and content"))
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        root = QVBoxLayout(self)
        root.addLayout(search)
        root.addLayout(filters)
        root.addWidget(self.splitter, 1)
        root.addWidget(self.count)
        root.addWidget(self.message)
        root.addWidget(self.export_row)

    # --- starting ------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._started:  # the first look: nothing is read before it
            self._started = True
            self.start()

    def start(self) -> None:
        """Load the filter choices and the first page."""
        store, actor = self._store, self._actor
        self._started = True
        self.tasks.run(lambda: journal_scope(store, actor), self._show_scope, self._show_error)
        self.reload()

    def _show_scope(self, scope: JournalScope) -> None:
        self.shop.blockSignals(True)
        self.shop.clear()
        if scope.whole_centre:
            self.shop.addItem(self.tr("All shops"), None)
        for shop in scope.shops:
            self.shop.addItem(f"{shop.code} · {shop.name}", shop.code)
        self.shop.setCurrentIndex(max(0, self.shop.findData(scope.own_shop_code)))
        self.shop.blockSignals(False)
        retired = self.tr("retired")
        self._till_choices = [
            (
                till.code,
                f"{till.code} · {till.name}" + ("" if till.active else f" ({retired})"),
                till.shop_code,
            )
            for till in scope.tills
        ]
        self._fill_tills()

    def _fill_tills(self) -> None:
        shop, chosen = self.shop.currentData(), self.till.currentData()
        self.till.blockSignals(True)
        self.till.clear()
        self.till.addItem(self.tr("All tills"), None)
        for code, text, shop_code in self._till_choices:
            if shop is None or shop_code == shop:
                self.till.addItem(text, code)
        self.till.setCurrentIndex(max(0, self.till.findData(chosen)))
        self.till.blockSignals(False)

    def _shop_changed(self) -> None:
        self._fill_tills()
        self.reload()

    def _period_toggled(self, on: bool) -> None:
        self.first.setEnabled(on)
        self.last.setEnabled(on)
        self.reload()

    def _focus_search(self) -> None:
        self.text.setFocus()
        self.text.selectAll()

    # --- searching -----------------------------------------------------------------

    def query(self) -> JournalQuery:
        """The filters as they stand."""
        admin = self._actor.centre_admin
        shop = self.shop.currentData() if admin else self._actor.till.shop_code
        first = last = None
        if self.period.isChecked():
            first, last = self.first.date().toPython(), self.last.date().toPython()
        return JournalQuery(
            shop_code=shop,
            till_code=self.till.currentData(),
            events=self._events[max(0, self.kind.currentIndex())][1],
            text=self.text.text().strip(),
            first=first,
            last=last,
        )

    def reload(self) -> None:
        """Show the newest entries the filters match, from the first page."""
        self._timer.stop()
        query = self.query()
        if query.first and query.last and query.first > query.last:
            self.message.setText(self.tr("The first day is after the last day. Change the period."))
            return
        self.message.clear()
        self.shown_query = query
        self._show_detail(None)
        store, actor, page = self._store, self._actor, self._page_size
        self.count.setText(self.tr("Searching…"))
        self.model.set_loader(lambda before: load_page(store, actor, query, before, page))
        self.table.setColumnHidden(SHOP, not self._actor.centre_admin)

    def _show_count(self, rows: int) -> None:
        if self.model.complete:
            self.count.setText(self.tr("%n entries", "", rows))
        else:
            self.count.setText(self.tr("The newest %n entries; scroll for more", "", rows))

    def _show_error(self, error: Exception) -> None:
        self.message.setText(describe_error(error))

    def _load_failed(self, error: Exception) -> None:
        self.count.clear()
        self._show_error(error)

    # --- one entry -----------------------------------------------------------------

    def selected_entry(self) -> JournalRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.entry(rows[0].row()) if rows else None

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)
        self.table.setFocus()

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_detail(self.selected_entry())

    def _show_detail(self, entry: JournalRow | None) -> None:
        self._detail_serial += 1
        self.detail.clear()
        if entry is None:
            self.detail_title.setText(self.tr("Choose an entry to see its content."))
            return
        self.detail_title.setText(
            self.tr("{event} · {time} · {till} · {user}").format(
                event=event_text(entry.event_type),
                time=entry.occurred_at.strftime("%d.%m.%Y %H:%M:%S"),
                till=entry.till_code or "-",
                user=entry.user_name or "-",
            )
        )
        if not entry.has_payload:
            self.detail.setPlainText(entry.summary)
            self.detail_loads += 1
            return
        serial, store, actor = self._detail_serial, self._store, self._actor
        self.detail.setPlainText(self.tr("Loading…"))
        self.tasks.run(
            lambda: journal_payload(store, actor, entry.id),
            lambda text: self._show_payload(serial, text),
            lambda error: self._payload_failed(serial, error),
            owner=self,
        )

    def _show_payload(self, serial: int, text: str) -> None:
        if serial != self._detail_serial:
            return  # another entry was chosen meanwhile
        self.detail.setPlainText(text)
        self.detail_loads += 1

    def _payload_failed(self, serial: int, error: Exception) -> None:
        if serial == self._detail_serial:
            self.detail.clear()
            self._show_error(error)
