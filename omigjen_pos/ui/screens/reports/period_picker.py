"""Choosing the period a report covers: a named period or any two dates.

The named periods count from the business date today (Europe/Oslo). Editing
either date turns the choice into "Custom"; choosing a named period fills the
dates in. ``changed`` fires once per change, with the period to show.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from enum import StrEnum

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from omigjen_pos.services.reports.figures import ReportPeriod

DATE_FORMAT = "dd.MM.yyyy"


class PeriodChoice(StrEnum):
    TODAY = "today"
    YESTERDAY = "yesterday"
    THIS_WEEK = "this_week"
    THIS_MONTH = "this_month"
    LAST_MONTH = "last_month"
    THIS_YEAR = "this_year"
    CUSTOM = "custom"


def period_for(choice: PeriodChoice, today: date) -> ReportPeriod:
    """The dates of a named period; weeks start on Monday, as in Norway."""
    if choice is PeriodChoice.YESTERDAY:
        yesterday = today - timedelta(days=1)
        return ReportPeriod(yesterday, yesterday)
    if choice is PeriodChoice.THIS_WEEK:
        return ReportPeriod(today - timedelta(days=today.weekday()), today)
    if choice is PeriodChoice.THIS_MONTH:
        return ReportPeriod(today.replace(day=1), today)
    if choice is PeriodChoice.LAST_MONTH:
        last = today.replace(day=1) - timedelta(days=1)
        return ReportPeriod(last.replace(day=1), last)
    if choice is PeriodChoice.THIS_YEAR:
        return ReportPeriod(today.replace(month=1, day=1), today)
    return ReportPeriod(today, today)


class PeriodPicker(QWidget):
    changed = Signal(object)  # ReportPeriod

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self._filling = False
        self.choice = QComboBox()
        self.choice.setAccessibleName(self.tr("Period"))
        for text, choice in (
            (self.tr("Today"), PeriodChoice.TODAY),
            (self.tr("Yesterday"), PeriodChoice.YESTERDAY),
            (self.tr("This week"), PeriodChoice.THIS_WEEK),
            (self.tr("This month"), PeriodChoice.THIS_MONTH),
            (self.tr("Last month"), PeriodChoice.LAST_MONTH),
            (self.tr("This year"), PeriodChoice.THIS_YEAR),
            (self.tr("Custom"), PeriodChoice.CUSTOM),
        ):
            self.choice.addItem(text, choice)
        self.first = self._date_edit(self.tr("From date"))
        self.last = self._date_edit(self.tr("To date"))
        period_label = QLabel(self.tr("&Period:"))
        period_label.setBuddy(self.choice)
        from_label = QLabel(self.tr("&From"))
        from_label.setBuddy(self.first)
        to_label = QLabel(self.tr("&to"))
        to_label.setBuddy(self.last)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (period_label, self.choice, from_label, self.first, to_label, self.last):
            row.addWidget(widget)
        self.choice.currentIndexChanged.connect(self._chose)
        self.first.dateChanged.connect(self._dates_edited)
        self.last.dateChanged.connect(self._dates_edited)
        self.choose(PeriodChoice.TODAY)

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setAccessibleName(name)
        edit.setDisplayFormat(DATE_FORMAT)
        edit.setCalendarPopup(True)
        return edit

    def period(self) -> ReportPeriod:
        first, last = self.first.date().toPython(), self.last.date().toPython()
        return ReportPeriod(min(first, last), max(first, last))

    def choose(self, choice: PeriodChoice) -> None:
        self.choice.setCurrentIndex(self.choice.findData(choice))
        self._chose()

    def set_dates(self, first: date, last: date) -> None:
        """Custom dates, as if typed: one ``changed``."""
        self._fill(ReportPeriod(first, last))
        self._dates_edited()

    def _chose(self) -> None:
        choice = PeriodChoice(self.choice.currentData())
        if choice is PeriodChoice.CUSTOM:
            return  # keep the dates shown; the user edits them next
        self._fill(period_for(choice, self._today()))
        self.changed.emit(self.period())

    def _fill(self, period: ReportPeriod) -> None:
        self._filling = True
        try:
            self.first.setDate(QDate(period.first))
            self.last.setDate(QDate(period.last))
        finally:
            self._filling = False

    def _dates_edited(self) -> None:
        if self._filling:
            return
        custom = self.choice.findData(PeriodChoice.CUSTOM)
        if self.choice.currentIndex() != custom:
            self.choice.blockSignals(True)
            self.choice.setCurrentIndex(custom)
            self.choice.blockSignals(False)
        self.changed.emit(self.period())
