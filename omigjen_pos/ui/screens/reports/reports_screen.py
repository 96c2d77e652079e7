"""The reports screen: a period and a shop, key figures and charts, reuse figures.

Figures load off the GUI thread when the screen is first shown and again for
every change of period or shop (typing a date waits a moment first); a thin
busy bar runs meanwhile and only the newest answer is shown. Centre admins
choose any shop or all of them; a shop manager sees their own shop.

The "Export sales…" row at the bottom exports the same period and shop for
the accountant (sales_export_row.py). Room is left for the X/Z reports panel:
it goes in as another tab of ``tabs``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime

from PySide6.QtCore import QTime, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from omigjen_pos.domain.business_day import business_date
from omigjen_pos.services.actors import Actor
from omigjen_pos.services.reports.figures import (
    ReportFigures,
    ReportPeriod,
    ShopOption,
    load_figures,
    report_shops,
)
from omigjen_pos.services.reports.reuse import ReuseFigures, period_text, reuse_figures
from omigjen_pos.services.store_setup import Store
from omigjen_pos.ui.forms import error_label
from omigjen_pos.ui.messages import describe_error
from omigjen_pos.ui.screens.reports.overview import OverviewTab
from omigjen_pos.ui.screens.reports.period_picker import PeriodPicker
from omigjen_pos.ui.screens.reports.reuse_tab import ReuseTab
from omigjen_pos.ui.screens.reports.sales_export_row import SalesExportRow
from omigjen_pos.ui.tasks import TaskRunner

RELOAD_DELAY_MS = 250


def oslo_today() -> date:
    return business_date(datetime.now(UTC))


class ReportsScreen(QWidget):
    def __init__(
        self,
        store: Store,
        actor: Actor,
        tasks: TaskRunner,
        today: Callable[[], date] = oslo_today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store, self._actor, self.tasks = store, actor, tasks
        self._serial = 0
        self._started = False
        self.loads = 0  # answers shown: tests and the status line count on it
        self.figures: ReportFigures | None = None
        self.setAccessibleName(self.tr("Reports"))

        self.period = PeriodPicker(today)
        self.shop = QComboBox()
        self.shop.setAccessibleName(self.tr("Shop"))
        if actor.centre_admin:
            self.shop.addItem(self.tr("All shops"), None)
            self._shop_codes: dict[int | None, str | None] = {None: None}
        else:
            self.shop.addItem(actor.till.shop_name, actor.shop_id)
            self._shop_codes = {actor.shop_id: actor.till.shop_code}
            self.shop.setEnabled(False)
            self.shop.setToolTip(self.tr("Managers see the figures of their own shop."))
        shop_label = QLabel(self.tr("&Shop:"))
        shop_label.setBuddy(self.shop)
        self.refresh_button = QPushButton(self.tr("Refresh (F5)"))
        self.refresh_button.setAccessibleName(self.tr("Refresh the figures"))
        self.refresh_button.clicked.connect(self.reload)
        QShortcut(QKeySequence("F5"), self, activated=self.reload)
        self.busy = QProgressBar()
        self.busy.setObjectName("reportsBusy")
        self.busy.setAccessibleName(self.tr("Loading figures"))
        self.busy.setRange(0, 0)  # no end known: a moving bar
        self.busy.setTextVisible(False)
        self.busy.setMaximumWidth(160)
        self.busy.hide()
        self.status = QLabel()
        self.status.setObjectName("reportsStatus")
        self.status.setAccessibleName(self.tr("Figures shown"))
        self.message = error_label(self.tr("Reports message"))

        self.overview = OverviewTab()
        self.reuse = ReuseTab(tasks)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Reports"))
        self.tabs.addTab(self.overview, self.tr("Overview"))
        self.tabs.addTab(self.reuse, self.tr("Reuse figures"))
        self.sales_export = SalesExportRow(store, actor, tasks, self._selection)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RELOAD_DELAY_MS)
        self._timer.timeout.connect(self.reload)
        self.period.changed.connect(lambda _period: self._timer.start())
        self.shop.currentIndexChanged.connect(self.reload)
        self._layout(shop_label)

    def _layout(self, shop_label: QLabel) -> None:
        controls = QHBoxLayout()
        controls.addWidget(self.period)
        controls.addSpacing(16)
        controls.addWidget(shop_label)
        controls.addWidget(self.shop, 1)
        controls.addWidget(self.refresh_button)
        corner = QWidget()  # beside the tabs: what is shown, and the busy bar
        status = QHBoxLayout(corner)
        status.setContentsMargins(12, 0, 4, 4)
        status.addWidget(self.busy)
        status.addWidget(self.status)
        self.tabs.setCornerWidget(corner)
        root = QVBoxLayout(self)
        root.addLayout(controls)
        root.addWidget(self.message)
        root.addWidget(self.tabs, 1)
        root.addWidget(self.sales_export)

    def _selection(self) -> tuple[ReportPeriod, str | None]:
        """The period and shop shown, the shop by code (None: every shop)."""
        return self.current_period(), self._shop_codes.get(self.current_shop_id())

    # --- loading -------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._started:  # the first look: nothing is read before it
            self._started = True
            if self._actor.centre_admin:
                self._load_shops()
            self.reload()

    def _load_shops(self) -> None:
        store, actor = self._store, self._actor
        self.tasks.run(lambda: report_shops(store, actor), self._show_shops, self._show_error)

    def _show_shops(self, shops: list[ShopOption]) -> None:
        self.shop.blockSignals(True)  # the choice stays "All shops": no reload
        for shop in shops:
            self.shop.addItem(shop.name, shop.id)
            self._shop_codes[shop.id] = shop.code
        self.shop.blockSignals(False)

    def current_period(self) -> ReportPeriod:
        return self.period.period()

    def current_shop_id(self) -> int | None:
        return self.shop.currentData()

    def reload(self) -> None:
        self._timer.stop()
        self._serial += 1
        serial, period, shop_id = self._serial, self.current_period(), self.current_shop_id()
        store, actor = self._store, self._actor
        self.busy.show()

        def load() -> tuple[ReportFigures, ReuseFigures]:
            return (
                load_figures(store, actor, shop_id, period),
                reuse_figures(store, actor, shop_id, period),
            )

        self.tasks.run(
            load,
            lambda answer: self._show(serial, *answer),
            lambda error: self._failed(serial, error),
            owner=self,
        )

    def _show(self, serial: int, figures: ReportFigures, reuse: ReuseFigures) -> None:
        if serial != self._serial:
            return  # an older answer after a newer question
        self.busy.hide()
        self.message.clear()
        self.figures = figures
        self.overview.show_figures(figures)
        self.reuse.show_figures(reuse)
        self.loads += 1
        self.status.setText(
            self.tr("{shop}, {period} · updated {time}").format(
                shop=self.shop.currentText(),
                period=period_text(figures.period),
                time=QTime.currentTime().toString("HH:mm"),
            )
        )

    def _failed(self, serial: int, error: Exception) -> None:
        if serial == self._serial:
            self.busy.hide()
            self._show_error(error)

    def _show_error(self, error: Exception) -> None:
        self.message.setText(describe_error(error))
