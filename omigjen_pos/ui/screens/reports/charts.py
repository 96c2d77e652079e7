"""The reports screen's charts (QtCharts): one ChartPanel per picture.

A panel holds a chart view, or a line saying there is nothing to draw. Its
accessible description lists what the chart shows in words, so a screen reader
(and a test) can read the figures the picture holds. Charts are redrawn whole
for every answer: they hold a few dozen points at most.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QHorizontalBarSeries,
    QLineSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QDateTime, QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QLabel, QStackedLayout, QToolTip, QWidget

GREEN = QColor("#1f7a4d")
BLUE = QColor("#1d6fb8")
AMBER = QColor("#e59a1c")
PALETTE = [GREEN, BLUE, AMBER, QColor("#8e4fa3"), QColor("#c2453d"), QColor("#5d8a9e")]
GRID = QColor("#e3e7ea")
LABELS = QColor("#3c4650")
CHART_HEIGHT = 270
_HALF_DAY_MS = 12 * 3600 * 1000


def _font(size: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(size)
    font.setBold(bold)
    return font


class ChartPanel(QWidget):
    """A titled chart, or a message where the chart has nothing to show."""

    def __init__(self, title: str, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.setObjectName("chartPanel")
        self.setAccessibleName(title)
        self.chart = QChart()
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart.setTitle(title)
        self.chart.setTitleFont(_font(15, bold=True))
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart.setBackgroundRoundness(6)
        self.chart.setLocalizeNumbers(True)  # "12 500" in Norwegian, "12,500" in English
        self.chart.legend().setFont(_font(12))
        self.view = QChartView(self.chart)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a picture: nothing to operate
        self.view.setAccessibleName(title)
        self.empty = QLabel(f"<b>{title}</b><br><br>{empty_text}")
        self.empty.setObjectName("chartEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setAccessibleName(title)
        self._stack = QStackedLayout(self)
        self._stack.addWidget(self.view)
        self._stack.addWidget(self.empty)
        self.setMinimumHeight(CHART_HEIGHT)

    @property
    def has_data(self) -> bool:
        return self._stack.currentWidget() is self.view

    def _reset(self) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        self.chart.legend().setVisible(False)

    def show_empty(self) -> None:
        self._reset()
        self.setAccessibleDescription(self.empty.text())
        self._stack.setCurrentWidget(self.empty)

    def _shown(self, described: Sequence[str]) -> None:
        self.setAccessibleDescription("; ".join(described))
        self._stack.setCurrentWidget(self.view)

    # --- kinds of chart --------------------------------------------------------

    def show_bars(
        self,
        labels: Sequence[str],
        values: Sequence[float],
        value_text: Sequence[str],
        unit: str,
        horizontal: bool = False,
        colour: QColor = GREEN,
    ) -> None:
        """One bar per label; ``value_text`` is each value as people read it.
        Horizontal bars run from the top, the first label uppermost."""
        self._reset()
        if not labels:
            self.show_empty()
            return
        bars = QBarSet(self.title)
        bars.setColor(colour)
        bars.setBorderColor(colour)
        order = list(reversed(range(len(labels)))) if horizontal else list(range(len(labels)))
        bars.append([float(values[i]) for i in order])
        bars.hovered.connect(
            lambda status, index: self._hover(
                status, labels[order[index]], value_text[order[index]]
            )
        )
        # A horizontal bar needs room for its label, or Qt cuts the label to "…".
        self.setMinimumHeight(
            max(CHART_HEIGHT, 70 + 26 * len(labels)) if horizontal else CHART_HEIGHT
        )
        series = QHorizontalBarSeries() if horizontal else QBarSeries()
        series.setBarWidth(0.7)
        series.append(bars)
        self.chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([labels[i] for i in order])
        categories.setLabelsFont(_font(12))
        categories.setLabelsColor(LABELS)
        categories.setGridLineVisible(False)
        amounts = self._value_axis(max(values), unit)
        if horizontal:
            self.chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
            self.chart.addAxis(amounts, Qt.AlignmentFlag.AlignBottom)
        else:
            self.chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
            self.chart.addAxis(amounts, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        series.attachAxis(amounts)
        self._shown([f"{label}: {text}" for label, text in zip(labels, value_text, strict=True)])

    def show_donut(
        self, labels: Sequence[str], values: Sequence[int], value_text: Sequence[str]
    ) -> None:
        """Shares of a whole; the legend names each slice with its percentage,
        hovering shows its amount (``value_text``)."""
        self._reset()
        whole = sum(value for value in values if value > 0)
        if whole <= 0:
            self.show_empty()
            return
        series = QPieSeries()
        series.setHoleSize(0.5)
        series.setPieSize(0.85)
        described = []
        for number, (label, value, text) in enumerate(zip(labels, values, value_text, strict=True)):
            if value <= 0:
                continue
            share = f"{label} {100 * value / whole:.0f} %"
            pie_slice = series.append(share, float(value))
            pie_slice.setColor(PALETTE[number % len(PALETTE)])
            pie_slice.setBorderColor(QColor("white"))
            pie_slice.hovered.connect(lambda on, s=share, t=text: self._hover(on, s, t))
            described.append(share)
        self.chart.addSeries(series)
        legend = self.chart.legend()
        legend.setVisible(True)
        legend.setAlignment(Qt.AlignmentFlag.AlignRight)
        self._shown(described)

    def show_lines(
        self, days: Sequence[date], series_values: Sequence[tuple[str, Sequence[int]]]
    ) -> None:
        """One line per (name, values) over ``days``, each value a count."""
        self._reset()
        if not days or not any(any(values) for _, values in series_values):
            self.show_empty()
            return
        moments = [QDateTime(datetime.combine(day, time(12))).toMSecsSinceEpoch() for day in days]
        axis_x = QDateTimeAxis()
        axis_x.setFormat("dd.MM")
        axis_x.setTickCount(min(len(days), 8) if len(days) > 1 else 2)
        axis_x.setLabelsFont(_font(12))
        axis_x.setLabelsColor(LABELS)
        axis_x.setGridLineColor(GRID)
        pad = 0 if len(days) > 1 else _HALF_DAY_MS  # one day: centre its point
        axis_x.setRange(
            QDateTime.fromMSecsSinceEpoch(moments[0] - pad),
            QDateTime.fromMSecsSinceEpoch(moments[-1] + pad),
        )
        top = max(max(values, default=0) for _, values in series_values)
        axis_y = self._value_axis(top, "")
        self.chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        described = []
        for number, (name, values) in enumerate(series_values):
            line = QLineSeries()
            line.setName(name)
            line.setPen(QPen(PALETTE[number % len(PALETTE)], 2.5))
            line.setPointsVisible(True)
            for moment, value in zip(moments, values, strict=True):
                line.append(float(moment), float(value))
            self.chart.addSeries(line)
            line.attachAxis(axis_x)
            line.attachAxis(axis_y)
            described.append(f"{name}: {sum(values)}")
        legend = self.chart.legend()
        legend.setVisible(True)
        legend.setAlignment(Qt.AlignmentFlag.AlignBottom)
        self._shown(described)

    def _value_axis(self, top: float, unit: str) -> QValueAxis:
        axis = QValueAxis()
        axis.setRange(0, max(float(top), 1.0))
        axis.applyNiceNumbers()
        axis.setLabelFormat("%.0f")
        axis.setLabelsFont(_font(11))
        axis.setLabelsColor(LABELS)
        axis.setGridLineColor(GRID)
        if unit:
            axis.setTitleText(unit)
            axis.setTitleFont(_font(11))
        return axis

    def _hover(self, on: bool, label: str, value: str) -> None:
        if on:
            QToolTip.showText(self.cursor().pos(), f"{label}: {value}" if value else label, self)
        else:
            QToolTip.hideText()
