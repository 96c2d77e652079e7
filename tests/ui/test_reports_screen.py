"""The reports screen, driven as a shop manager and a centre admin would, on a
demo centre with three trading days of history (``omigjen-pos demo --days 3``)."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QDateEdit, QTableView
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from omigjen_pos.domain.business_day import OSLO
from omigjen_pos.domain.money import format_kr
from omigjen_pos.services import users
from omigjen_pos.services.history import seed_demo_with_history
from omigjen_pos.services.saft import validate_saft
from omigjen_pos.store.models import Sale, Shop
from omigjen_pos.store.types import simulated_clock
from omigjen_pos.ui.screens.reports.period_picker import PeriodChoice, period_for
from omigjen_pos.ui.screens.reports.reports_screen import ReportsScreen
from omigjen_pos.ui.tasks import TaskRunner
from omigjen_pos.ui.workspace import Workspace
from tests.ui.helpers import WAIT_MS

TODAY = date(2026, 6, 12)  # a Friday; the history is Tuesday to Thursday
WEEK = period_for(PeriodChoice.THIS_WEEK, TODAY)


@pytest.mark.parametrize(
    ("choice", "today", "first", "last"),
    [
        (PeriodChoice.TODAY, date(2026, 1, 4), date(2026, 1, 4), date(2026, 1, 4)),
        (PeriodChoice.YESTERDAY, date(2026, 1, 1), date(2025, 12, 31), date(2025, 12, 31)),
        (PeriodChoice.THIS_WEEK, date(2026, 1, 4), date(2025, 12, 29), date(2026, 1, 4)),
        (PeriodChoice.THIS_WEEK, date(2026, 1, 5), date(2026, 1, 5), date(2026, 1, 5)),
        (PeriodChoice.THIS_MONTH, date(2026, 2, 14), date(2026, 2, 1), date(2026, 2, 14)),
        (PeriodChoice.LAST_MONTH, date(2026, 1, 15), date(2025, 12, 1), date(2025, 12, 31)),
        (PeriodChoice.LAST_MONTH, date(2026, 3, 31), date(2026, 2, 1), date(2026, 2, 28)),
        (PeriodChoice.THIS_YEAR, date(2026, 6, 12), date(2026, 1, 1), date(2026, 6, 12)),
    ],
)
def test_named_periods_count_from_today_with_weeks_from_monday(choice, today, first, last):
    period = period_for(choice, today)
    assert (period.first, period.last) == (first, last)


@pytest.fixture(scope="module")
def history_store(sqlite_demo_factory):
    """The demo centre with three days of trading before TODAY, built once."""
    store = sqlite_demo_factory.empty()
    with simulated_clock(datetime(2026, 6, 12, 9, 0, tzinfo=OSLO)):
        outcome = seed_demo_with_history(store, 3, items_per_shop=20, today=TODAY)
    assert outcome.history is not None and outcome.history.sales > 0
    yield store
    store.close()


def net_sales(store, first: date, last: date, shop_code: str | None = None) -> int:
    query = select(func.sum(Sale.total_ore)).where(
        Sale.business_date >= first, Sale.business_date <= last, Sale.training.is_(False)
    )
    if shop_code:
        query = query.join(Shop, Shop.id == Sale.shop_id).where(Shop.code == shop_code)
    with store.reading() as session:
        return int(session.scalar(query) or 0)


def open_reports(qtbot: QtBot, store, number: int, pin: str) -> ReportsScreen:
    actor = users.login(store, "BRUKT-1", number, pin)
    screen = ReportsScreen(store, actor, TaskRunner(), today=lambda: TODAY)
    qtbot.addWidget(screen)
    screen.resize(1100, 800)
    screen.show()
    qtbot.waitExposed(screen)
    wait_for_load(qtbot, screen, 1)
    return screen


def wait_for_load(qtbot: QtBot, screen: ReportsScreen, loads: int) -> None:
    qtbot.waitUntil(lambda: screen.loads >= loads and not screen.tasks.busy, timeout=WAIT_MS)
    assert screen.busy.isHidden()


def choose(qtbot: QtBot, screen: ReportsScreen, choice: PeriodChoice) -> None:
    before = screen.loads
    screen.period.choose(choice)
    wait_for_load(qtbot, screen, before + 1)


@pytest.fixture
def manager_screen(qtbot, history_store):
    """Marte, who manages BRUKT."""
    screen = open_reports(qtbot, history_store, 103, "1234")
    yield screen
    qtbot.waitUntil(lambda: not screen.tasks.busy, timeout=WAIT_MS)


@pytest.fixture
def admin_screen(qtbot, history_store):
    """Siri, the centre admin."""
    screen = open_reports(qtbot, history_store, 900, "9999")
    yield screen
    qtbot.waitUntil(lambda: not screen.tasks.busy, timeout=WAIT_MS)


def test_a_manager_opens_on_today_and_this_week_shows_charts_of_their_shop(
    qtbot, manager_screen, history_store
):
    screen, overview = manager_screen, manager_screen.overview
    assert screen.current_period() == period_for(PeriodChoice.TODAY, TODAY)
    assert not overview.hours_chart.has_data  # nothing sold yet today
    assert overview.net_sales.value.text() == format_kr(0)

    choose(qtbot, screen, PeriodChoice.THIS_WEEK)

    assert (screen.period.first.date(), screen.period.last.date()) == (
        QDate(2026, 6, 8),
        QDate(2026, 6, 12),
    )
    expected = net_sales(history_store, WEEK.first, WEEK.last, "BRUKT")
    assert expected > 0
    assert overview.net_sales.value.text() == format_kr(expected)
    for chart in (
        overview.hours_chart,
        overview.categories_chart,
        overview.payments_chart,
        overview.days_chart,
        overview.shelf_chart,
    ):
        assert chart.has_data, chart.title
        assert chart.chart.series(), chart.title
    assert overview.shops_chart.isHidden()  # one shop: no per-shop chart
    assert "10: kr" in overview.hours_chart.accessibleDescription()  # opens at 10
    assert screen.shop.count() == 1 and not screen.shop.isEnabled()
    assert screen.shop.currentText() == "Omigjen Bruktbutikk"


def test_custom_dates_reload_and_mark_the_period_custom(qtbot, manager_screen, history_store):
    screen = manager_screen
    before = screen.loads
    screen.period.first.setFocus()
    screen.period.first.setDate(QDate(2026, 6, 10))
    screen.period.last.setDate(QDate(2026, 6, 10))
    wait_for_load(qtbot, screen, before + 1)

    assert screen.period.choice.currentData() == PeriodChoice.CUSTOM
    day = date(2026, 6, 10)
    assert screen.figures is not None and screen.figures.period.first == day
    assert screen.overview.net_sales.value.text() == format_kr(
        net_sales(history_store, day, day, "BRUKT")
    )
    assert len(screen.figures.days) == 1


def test_f5_reloads(qtbot, manager_screen):
    before = manager_screen.loads
    qtbot.keyClick(manager_screen, Qt.Key.Key_F5)
    wait_for_load(qtbot, manager_screen, before + 1)


def test_a_centre_admin_sees_all_shops_and_can_narrow_to_one(qtbot, admin_screen, history_store):
    screen, overview = admin_screen, admin_screen.overview
    choose(qtbot, screen, PeriodChoice.THIS_MONTH)
    assert screen.shop.currentText() == "All shops"
    assert overview.net_sales.value.text() == format_kr(net_sales(history_store, *_month()))
    assert overview.shops_chart.isVisible() and overview.shops_chart.has_data
    assert "Hjerterom Gjenbruk: kr" in overview.shops_chart.accessibleDescription()

    qtbot.waitUntil(lambda: screen.shop.count() == 4, timeout=WAIT_MS)  # all + three shops
    before = screen.loads
    screen.shop.setCurrentIndex(screen.shop.findText("Hjerterom Gjenbruk"))
    wait_for_load(qtbot, screen, before + 1)

    assert overview.net_sales.value.text() == format_kr(
        net_sales(history_store, *_month(), "HJERTE")
    )
    assert overview.shops_chart.isHidden()
    assert screen.reuse.figures is not None
    assert {row.shop_code for row in screen.reuse.figures.rows} == {"HJERTE"}


def _month() -> tuple[date, date]:
    period = period_for(PeriodChoice.THIS_MONTH, TODAY)
    return period.first, period.last


def test_reuse_figures_are_shown_and_saved_as_csv_and_pdf(qtbot, manager_screen, tmp_path):
    screen = manager_screen
    choose(qtbot, screen, PeriodChoice.THIS_WEEK)
    screen.tabs.setCurrentWidget(screen.reuse)
    reuse = screen.reuse
    figures = reuse.figures
    assert figures is not None and figures.items > 0
    model = reuse.table.model()
    assert model.rowCount() == len(figures.rows) + 1
    assert model.index(model.rowCount() - 1, 0).data() == "Total"
    assert model.index(model.rowCount() - 1, 4).data() == format_kr(figures.value_ore)

    csv_path, pdf_path = tmp_path / "ombruk.csv", tmp_path / "ombruk.pdf"
    reuse.save_csv(csv_path)
    qtbot.waitUntil(lambda: "Saved to" in reuse.message.text(), timeout=WAIT_MS)
    reuse.save_pdf(pdf_path)
    qtbot.waitUntil(lambda: str(pdf_path) in reuse.message.text(), timeout=WAIT_MS)

    rows = list(csv.reader(io.StringIO(csv_path.read_text(encoding="utf-8-sig")), delimiter=";"))
    assert rows[0][0] == "Butikk" and rows[-1][0] == "Sum"
    assert rows[-1][2] == str(figures.items)
    text = " ".join(PdfReader(pdf_path).pages[0].extract_text().split())
    assert "Ombruk i perioden 08.06.2026–12.06.2026" in text
    assert "Omigjen Bruktbutikk" in text


def test_the_sales_shown_are_exported_with_a_progress_bar(qtbot, manager_screen, tmp_path):
    screen = manager_screen
    choose(qtbot, screen, PeriodChoice.THIS_WEEK)
    row, path = screen.sales_export, tmp_path / "salg.xlsx"
    row.export_to(path)
    assert row.progress.isVisible() and not row.export_button.isEnabled()
    qtbot.waitUntil(lambda: "exported to" in row.message.text(), timeout=WAIT_MS)
    assert path.stat().st_size > 0
    assert row.progress.isHidden() and row.export_button.isEnabled()


def test_the_shops_saf_t_file_is_exported_with_a_progress_bar(qtbot, manager_screen, tmp_path):
    screen = manager_screen
    choose(qtbot, screen, PeriodChoice.THIS_MONTH)
    row = screen.sales_export
    row.export_saft_to(tmp_path)
    assert row.progress.isVisible() and not row.saft_button.isEnabled()
    qtbot.waitUntil(lambda: "SAF-T file with" in row.message.text(), timeout=WAIT_MS)
    [written] = tmp_path.glob("SAF-T Cash Register_921467710_*.xml")
    validate_saft(written)  # raises if the file does not match Skatteetaten's schema
    assert row.saft_button.isEnabled()


def test_every_control_has_an_accessible_name_and_is_reached_by_tab(qtbot, manager_screen):
    screen = manager_screen
    controls = [
        *screen.findChildren(QComboBox),
        *screen.findChildren(QDateEdit),
        *screen.findChildren(QAbstractButton),
        *screen.findChildren(QTableView),
    ]
    controls = [c for c in controls if not c.objectName().startswith("qt_")]  # Qt's own parts
    assert controls
    assert [c for c in controls if not c.accessibleName()] == []
    focusable = {c for c in controls if c.isVisibleTo(screen) and c.isEnabled()}
    screen.period.choice.setFocus()
    qtbot.waitUntil(lambda: screen.period.choice.hasFocus(), timeout=WAIT_MS)
    reached = set()
    for _ in range(40):
        reached.add(screen.focusWidget())
        qtbot.keyClick(screen.focusWidget(), Qt.Key.Key_Tab)
    shown = {c for c in focusable if c.isVisible()}
    assert shown - reached == set()


@pytest.mark.parametrize(
    ("number", "pin", "has_reports"), [(101, "1111", False), (103, "1234", True)]
)
def test_a_cashier_has_no_reports_screen_and_a_manager_has_one(
    qtbot, history_store, number, pin, has_reports
):
    actor = users.login(history_store, "BRUKT-1", number, pin)
    tasks = TaskRunner()
    workspace = Workspace(actor, history_store, tasks)
    qtbot.addWidget(workspace)
    qtbot.waitUntil(lambda: not tasks.busy, timeout=WAIT_MS)  # the stock list's search
    pages = [workspace.pages.widget(i) for i in range(workspace.pages.count())]
    assert ("Reports" in workspace.screen_titles()) is has_reports
    assert any(isinstance(page, ReportsScreen) for page in pages) is has_reports


@pytest.mark.usefixtures("norwegian")
def test_the_screen_speaks_norwegian(qtbot, history_store):
    screen = open_reports(qtbot, history_store, 103, "1234")
    choose(qtbot, screen, PeriodChoice.THIS_WEEK)
    assert screen.tabs.tabText(1) == "Ombrukstall"
    assert screen.overview.payments_chart.title == "Betalingsmåter"
    legend = screen.overview.payments_chart.accessibleDescription()
    assert "Bankkort" in legend and "Kontant" in legend  # as receipts and exports say
    qtbot.waitUntil(lambda: not screen.tasks.busy, timeout=WAIT_MS)
