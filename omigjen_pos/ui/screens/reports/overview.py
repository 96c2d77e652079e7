"""The overview tab: key figures in large type, then the charts, two abreast.

The per-shop chart appears only when the figures cover every shop (a centre
admin's choice); one bar for one shop would say nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from omigjen_pos.domain.money import format_kr
from omigjen_pos.services.reports.figures import ReportFigures
from omigjen_pos.ui.screens.reports.charts import AMBER, BLUE, ChartPanel

translate = QCoreApplication.translate


def norwegian() -> bool:
    """Whether the interface speaks Norwegian (i18n.install_language sets the locale)."""
    return QLocale().language() == QLocale.Language.NorwegianBokmal


def method_text(method: str) -> str:
    return {
        "cash": translate("ReportTexts", "Cash"),
        "card": translate("ReportTexts", "Card"),
        "vipps": translate("ReportTexts", "Vipps"),
        "gift_card": translate("ReportTexts", "Gift card"),
        "store_credit": translate("ReportTexts", "Store credit"),
    }.get(method, method)


def kroner(ore: int) -> float:
    return ore / 100


class KeyFigure(QFrame):
    """One number that matters, large, with a line of detail under it."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keyFigure")
        self.setAccessibleName(title)
        heading = QLabel(title)
        heading.setObjectName("keyFigureTitle")
        self.value = QLabel("–")
        self.value.setObjectName("keyFigureValue")
        self.value.setAccessibleName(title)
        self.detail = QLabel("")
        self.detail.setObjectName("keyFigureDetail")
        layout = QVBoxLayout(self)
        layout.setSpacing(2)
        layout.addWidget(heading)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)

    def show_value(self, value: str, detail: str = "") -> None:
        self.value.setText(value)
        self.detail.setText(detail)
        self.setAccessibleDescription(f"{value} {detail}".strip())


class OverviewTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Overview"))
        self.net_sales = KeyFigure(self.tr("Net sales"))
        self.receipts = KeyFigure(self.tr("Receipts"))
        self.average_receipt = KeyFigure(self.tr("Average receipt"))
        self.returns = KeyFigure(self.tr("Returns"))
        self.shelf_days = KeyFigure(self.tr("Days on the shelf"))
        tiles = QHBoxLayout()
        for tile in (
            self.net_sales,
            self.receipts,
            self.average_receipt,
            self.returns,
            self.shelf_days,
        ):
            tiles.addWidget(tile, 1)

        no_sales = self.tr("No sales in this period.")
        self.hours_chart = ChartPanel(self.tr("Sales per hour"), no_sales)
        self.payments_chart = ChartPanel(self.tr("Payment mix"), no_sales)
        self.categories_chart = ChartPanel(self.tr("Sales per category"), no_sales)
        self.shops_chart = ChartPanel(self.tr("Sales per shop"), no_sales)
        self.days_chart = ChartPanel(
            self.tr("Items registered and sold per day"),
            self.tr("No items registered or sold in this period."),
        )
        self.shelf_chart = ChartPanel(
            self.tr("Days from intake to sale, per category"),
            self.tr("No reused items sold in this period."),
        )
        self.charts = [
            self.hours_chart,
            self.payments_chart,
            self.categories_chart,
            self.shops_chart,
            self.days_chart,
            self.shelf_chart,
        ]
        self._shops_shown = False  # until figures of every shop come
        self._grid = QGridLayout()
        self._grid.setSpacing(10)
        holder = QWidget()
        holder.setObjectName("chartsHolder")
        holder.setLayout(self._grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(holder)
        scroll.setAccessibleName(self.tr("Charts"))
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 6, 0, 0)
        root.addLayout(tiles)
        root.addWidget(scroll, 1)
        self._arrange()

    def _arrange(self) -> None:
        """Lay the charts out two to a row, in order, without holes."""
        for chart in self.charts:
            self._grid.removeWidget(chart)
        shown = [c for c in self.charts if c is not self.shops_chart or self._shops_shown]
        for position, chart in enumerate(shown):
            self._grid.addWidget(chart, position // 2, position % 2)
        self.shops_chart.setVisible(self._shops_shown)  # in the grid first: never a window
        self._grid.setColumnStretch(0, 1)
        self._grid.setColumnStretch(1, 1)

    def show_figures(self, figures: ReportFigures) -> None:
        self._show_key_figures(figures)
        self._show_hours(figures)
        self._show_categories(figures)
        self._show_shops(figures)
        self._show_payments(figures)
        self._show_days(figures)
        self._show_shelf_time(figures)

    def _show_key_figures(self, figures: ReportFigures) -> None:
        totals, locale = figures.totals, QLocale()
        self.net_sales.show_value(
            format_kr(totals.net_ore),
            self.tr("VAT {vat}").format(vat=format_kr(totals.vat_ore)),
        )
        self.receipts.show_value(locale.toString(totals.receipts), self.tr("sales receipts"))
        self.average_receipt.show_value(
            format_kr(totals.average_receipt_ore), self.tr("per sales receipt")
        )
        self.returns.show_value(
            format_kr(totals.returns_ore),
            self.tr("Return receipts: {count}").format(
                count=locale.toString(totals.return_receipts)
            ),
        )
        shelf = figures.shelf_time
        if shelf.items:
            self.shelf_days.show_value(
                self.tr("{days} days").format(days=locale.toString(shelf.average_days, "f", 1)),
                self.tr("Average over {count} items sold").format(
                    count=locale.toString(shelf.items)
                ),
            )
        else:
            self.shelf_days.show_value("–", self.tr("no reused items sold"))

    def _show_hours(self, figures: ReportFigures) -> None:
        if not figures.hours:
            self.hours_chart.show_empty()
            return
        by_hour = {figure.hour: figure for figure in figures.hours}
        hours = range(min(by_hour), max(by_hour) + 1)  # quiet hours in between show as gaps
        values = [by_hour[h].net_ore if h in by_hour else 0 for h in hours]
        self.hours_chart.show_bars(
            [f"{hour:02d}" for hour in hours],
            [kroner(value) for value in values],
            [format_kr(value) for value in values],
            self.tr("kr"),
        )

    def _show_categories(self, figures: ReportFigures) -> None:
        rows = figures.categories
        self.categories_chart.show_bars(
            [row.name_nb if norwegian() else row.name_en for row in rows],
            [kroner(row.net_ore) for row in rows],
            [format_kr(row.net_ore) for row in rows],
            self.tr("kr"),
            horizontal=True,
        )

    def _show_shops(self, figures: ReportFigures) -> None:
        every_shop = figures.shop_id is None
        if self._shops_shown != every_shop:
            self._shops_shown = every_shop
            self._arrange()
        rows = figures.shops
        self.shops_chart.show_bars(
            [row.name for row in rows],
            [kroner(row.net_ore) for row in rows],
            [format_kr(row.net_ore) for row in rows],
            self.tr("kr"),
            horizontal=True,
            colour=BLUE,
        )

    def _show_payments(self, figures: ReportFigures) -> None:
        rows = [row for row in figures.payments if row.sales_ore > 0]
        self.payments_chart.show_donut(
            [method_text(row.method) for row in rows],
            [row.sales_ore for row in rows],
            [format_kr(row.sales_ore) for row in rows],
        )

    def _show_days(self, figures: ReportFigures) -> None:
        days = figures.days
        self.days_chart.show_lines(
            [day.day for day in days],
            [
                (self.tr("Registered"), [day.registered for day in days]),
                (self.tr("Sold"), [day.sold for day in days]),
            ],
        )

    def _show_shelf_time(self, figures: ReportFigures) -> None:
        rows = figures.shelf_time_by_category
        locale = QLocale()
        self.shelf_chart.show_bars(
            [row.name_nb if norwegian() else row.name_en for row in rows],
            [row.average_days for row in rows],
            [
                self.tr("{days} days").format(days=locale.toString(row.average_days, "f", 1))
                for row in rows
            ],
            self.tr("days"),
            horizontal=True,
            colour=AMBER,
        )
