"""Write every picture of the guides and docs from the running application.

    make screenshots                                   # both languages, all pictures
    .venv/bin/python docs/images/make_screenshots.py [--lang nb|en|both] [--only NAME ...]

What it does: a temporary SQLite store gets the demo centre with 14 trading
days of history (``services.history``, as ``omigjen-pos demo --days 14`` makes
it), each evening every till's day closed with a Z-report by the shop's
manager, and the second-hand shop's two markdown rules. For each language a
copy of that store (made by ``omigjen-pos backup``'s own service) is opened and
the demo users work through a Friday, 27 November 2026, on the real screens,
offscreen: the login screen; Kari counts the float, scans three items, gives a
discount, takes a split payment and opens a return; Rune registers items; Marte
searches the stock, prints labels, closes the day and reads the journal and the
settings; Siri reads the reports; the set-up wizard is walked to its summary.
Each state is grabbed (``QWidget.grab``) with the app's style sheet: windows at
1366 x 800 (the workspace of a manager needs 1363 px), dialogs at their own size.

Files: ``guide-<name>.png`` (bokmål), ``guide-<name>.en.png`` (English); the
reports and settings pictures keep their names (``reports-screen.png``,
``settings-till.png``, ``settings-shop.png``; ``.en.png`` in English) and are
made by ``make_reports_screenshot.grab`` and ``make_settings_screenshots.grab``;
the receipts (always Norwegian) by ``make_receipt_samples``.

The day is pinned: the services read a simulated clock (``store.types.simulated_clock``),
in the background calls too (``ClockedTasks`` runs each call of the app's
``TaskRunner`` in the script's context), and local times are Oslo's, so dates,
receipt numbers and figures come out the same every run. Only what the screens
read from the wall clock themselves moves (the reports' "updated" time).
"""

from __future__ import annotations

import argparse
import contextvars
import os
import shutil
import sys
import tempfile
import time as wall_time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime, time, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))  # the other make_*.py scripts

import make_receipt_samples  # noqa: E402
import make_reports_screenshot  # noqa: E402
import make_settings_screenshots  # noqa: E402
from PySide6.QtCore import QItemSelectionModel, Qt, QThreadPool  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402
from sqlalchemy import func, select  # noqa: E402

from omigjen_pos.app import build_main_window, load_style  # noqa: E402
from omigjen_pos.domain.business_day import OSLO  # noqa: E402
from omigjen_pos.domain.items import ItemKind, ItemSource, ItemStatus  # noqa: E402
from omigjen_pos.domain.roles import Screen  # noqa: E402
from omigjen_pos.first_run import new_centre_file  # noqa: E402
from omigjen_pos.services import users  # noqa: E402
from omigjen_pos.services.actors import Actor  # noqa: E402
from omigjen_pos.services.backup import backup_sqlite  # noqa: E402
from omigjen_pos.services.demo import DEMO_SHOPS, demo_manager_for  # noqa: E402
from omigjen_pos.services.history import seed_demo_with_history, trading_days  # noqa: E402
from omigjen_pos.services.inventory.markdown_rules import replace_markdown_rules  # noqa: E402
from omigjen_pos.services.receipt_output import ReceiptOutput  # noqa: E402
from omigjen_pos.services.reports.day_report import x_report, z_report  # noqa: E402
from omigjen_pos.services.simulation import simulate_sales  # noqa: E402
from omigjen_pos.services.store_setup import Store, open_and_upgrade  # noqa: E402
from omigjen_pos.store.models import Item, Sale, SaleLine, Shop, Till  # noqa: E402
from omigjen_pos.store.types import SimulatedClock, simulated_clock  # noqa: E402
from omigjen_pos.ui.i18n import install_language  # noqa: E402
from omigjen_pos.ui.screens.checkout.approval_dialog import ApprovalDialog  # noqa: E402
from omigjen_pos.ui.screens.checkout.checkout_screen import CheckoutScreen  # noqa: E402
from omigjen_pos.ui.screens.checkout.day_close_dialog import DENOMINATIONS  # noqa: E402
from omigjen_pos.ui.screens.inventory.inventory_screen import InventoryScreen  # noqa: E402
from omigjen_pos.ui.screens.inventory.label_dialog import LabelDialog  # noqa: E402
from omigjen_pos.ui.screens.journal.journal_screen import JournalScreen  # noqa: E402
from omigjen_pos.ui.setup.state import PageId  # noqa: E402
from omigjen_pos.ui.setup.wizard import SetupWizard  # noqa: E402
from omigjen_pos.ui.tasks import TaskRunner  # noqa: E402
from omigjen_pos.ui.workspace import Workspace  # noqa: E402

TODAY = date(2026, 11, 27)  # a Friday; the history's days come before it
DAYS = 14
SIZE = (1366, 800)
# A fixed scratch folder, so the paths the screens show are the same every run.
SCRATCH = Path(tempfile.gettempdir()) / "omigjen-pos-screenshots"
SETTINGS = make_settings_screenshots.SETTINGS  # a network receipt printer, till BRUKT-1
STORE_SCENES = (
    "login",
    "checkout",
    "register",
    "stock",
    "day-close",
    "journal",
    "settings",
    "reports",
)
SCENES = (*STORE_SCENES, "setup", "receipts")


class ClockedTasks(TaskRunner):
    """The app's TaskRunner, whose background calls read the script's simulated
    clock: each call runs in a copy of the context it was started from."""

    def run(self, call, on_done, on_error, owner=None) -> None:
        context = contextvars.copy_context()
        super().run(lambda: context.run(call), on_done, on_error, owner)


def at(hour: int, minute: int) -> datetime:
    """A moment of TODAY in Oslo; minutes past 59 run on into the next hours."""
    return datetime.combine(TODAY, time(hour), tzinfo=OSLO) + timedelta(minutes=minute)


# --- waiting for the screens ---------------------------------------------------------


def wait(app: QApplication, done: Callable[[], bool], what: str, seconds: float = 30) -> None:
    deadline = wall_time.monotonic() + seconds
    while wall_time.monotonic() < deadline:
        # qWait, not processEvents alone: it also deletes what deleteLater() let go
        # of (the payment dialog's old quick-cash buttons), as the app's loop does.
        QTest.qWait(5)
        if done():
            return
    raise RuntimeError(f"timed out waiting for {what}")


def settle(app: QApplication, tasks: TaskRunner | None = None) -> None:
    """Until the background calls are back, then a moment for the layouts."""
    if tasks is not None:
        wait(app, lambda: not tasks.busy, "the background calls")
    QTest.qWait(60)


def type_into(widget: QWidget, text: str, enter: bool = False) -> None:
    """Keys as a user (or a barcode scanner) types them."""
    QTest.keyClicks(widget, text)
    if enter:
        QTest.keyClick(widget, Qt.Key.Key_Return)


# --- the store ---------------------------------------------------------------------------


def build_base_store(path: Path) -> None:
    """The demo centre with DAYS trading days before TODAY, every till's day closed
    with a Z-report each evening, and the markdown rules of the second-hand shop."""
    store, _ = open_and_upgrade(f"sqlite:///{path}")
    try:

        def close_the_day(_number: int, _total: int, _day: date) -> None:
            # Called after each day's trading, with the history's clock at closing time.
            for demo in DEMO_SHOPS:
                manager, pin = demo_manager_for(demo.code)
                for till in demo.till_codes:
                    actor = users.login(store, till, manager, pin)
                    z_report(store, actor, x_report(store, actor).expected_cash_ore)
                    users.logout(store, actor)

        with simulated_clock(at(9, 0)):
            outcome = seed_demo_with_history(store, DAYS, today=TODAY, progress=close_the_day)
            marte = users.login(store, "BRUKT-1", 103, "1234")
            replace_markdown_rules(store, marte, list(make_settings_screenshots.MARKDOWN_RULES))
            users.logout(store, marte)
        history = outcome.history
        assert history is not None, "the store was not empty"
        print(
            f"History: {len(history.days)} days from {history.days[0]}, "
            f"{history.sales} sales, {history.returns} returns"
        )
    finally:
        store.close()


def in_stock(store: Store, shop_code: str, names: tuple[str, ...], count: int) -> list[str]:
    """Barcodes of ``count`` unique items in stock priced 150 to 1 200 kr: those whose
    names hold the ``names`` (words of the demo catalogue) first, then others, oldest first."""
    with store.reading() as session:
        rows = session.execute(
            select(Item.barcode, Item.name)
            .join(Shop, Shop.id == Item.shop_id)
            .where(
                Shop.code == shop_code,
                Item.kind == ItemKind.UNIQUE,
                Item.status == ItemStatus.IN_STOCK,
                Item.reserved_basket_id.is_(None),
                Item.price_ore.between(150_00, 1_200_00),
            )
            .order_by(Item.intake_date, Item.id)
        ).all()
    chosen: list[str] = []
    for wanted in names:
        match = next((b for b, n in rows if wanted.lower() in n.lower() and b not in chosen), None)
        if match:
            chosen.append(match)
    chosen += [barcode for barcode, _ in rows if barcode not in chosen]
    return chosen[:count]


def receipt_to_return(store: Store, till_code: str) -> int:
    """The number of yesterday's last receipt on the till with two or more lines."""
    with store.reading() as session:
        lines = (
            select(SaleLine.sale_id, func.count().label("lines"))
            .group_by(SaleLine.sale_id)
            .subquery()
        )
        return session.scalars(
            select(Sale.receipt_number)
            .join(Till, Till.id == Sale.till_id)
            .join(lines, lines.c.sale_id == Sale.id)
            .where(
                Till.code == till_code,
                Sale.kind == "sale",
                Sale.training.is_(False),
                Sale.business_date < TODAY,
                lines.c.lines >= 2,
            )
            .order_by(Sale.id.desc())
            .limit(1)
        ).one()


# --- the screens ----------------------------------------------------------------------


class Shots:
    """One language's pictures, from one copy of the store, on the pinned day."""

    def __init__(
        self,
        app: QApplication,
        store: Store | None,
        clock: SimulatedClock | None,
        lang: str,
        out: Path,
    ) -> None:
        self.app, self.store, self.clock, self.lang, self.out = app, store, clock, lang, out
        self.suffix = "" if lang == "nb" else ".en"
        self.tasks = ClockedTasks()
        self.written: list[Path] = []

    def path(self, name: str) -> Path:
        return self.out / f"{name}{self.suffix}.png"

    def save(self, widget: QWidget, name: str) -> None:
        settle(self.app, self.tasks)
        path = self.path(name)
        if not widget.grab().save(str(path), "PNG"):
            raise RuntimeError(f"could not write {path}")
        self.written.append(path)
        print(f"Wrote {path}")

    def log_in(self, till: str, number: int, pin: str, moment: datetime) -> Actor:
        self.clock.advance_to(moment)
        return users.login(self.store, till, number, pin)

    def workspace(self, actor: Actor) -> Workspace:
        workspace = Workspace(actor, self.store, self.tasks, ReceiptOutput())
        workspace.resize(*SIZE)
        workspace.show()
        workspace.activateWindow()
        settle(self.app, self.tasks)
        return workspace

    def open_screen(self, workspace: Workspace, screen: Screen) -> QWidget:
        workspace.navigation.setCurrentRow(workspace.actor.screens.index(screen))
        settle(self.app, self.tasks)
        return workspace.pages.currentWidget()

    def log_out(self, workspace: Workspace) -> None:
        users.logout(self.store, workspace.actor)
        workspace.close()
        workspace.deleteLater()
        settle(self.app, self.tasks)

    # --- the login screen -------------------------------------------------------------

    def login(self) -> None:
        """The demo centre's login screen with Kari chosen and her PIN half typed."""
        self.clock.advance_to(at(9, 50))
        window = build_main_window(self.store, None, False)
        window.resize(*SIZE)
        window.show()
        screen = window.login_screen
        wait(self.app, lambda: screen.user_list.count() > 0, "the users")
        type_into(screen.number_field, "101")
        type_into(screen.pin_field, "11")
        self.save(window, "guide-login")
        window.close()  # journals the program's stop, as quitting does
        window.deleteLater()

    # --- the till ---------------------------------------------------------------------

    def checkout(self) -> None:
        store, app = self.store, self.app
        kari = self.log_in("BRUKT-1", 101, "1111", at(9, 55))
        workspace = self.workspace(kari)
        till = workspace.pages.currentWidget()
        assert isinstance(till, CheckoutScreen)
        wait(app, lambda: till.float_panel.isVisible(), "the opening float")
        type_into(till.float_panel.field, "1 500")
        self.save(workspace, "guide-checkout-float")
        QTest.keyClick(till.float_panel.field, Qt.Key.Key_Return)
        wait(app, lambda: not till.float_panel.isVisible(), "the float recorded")

        # The morning's customers, rung up through the till's own services.
        for number in range(12):
            self.clock.advance_to(at(10, 5 + number * 12))
            simulate_sales(store, kari, 1, seed=1000 + number)

        # Three items scanned, ten per cent off the first.
        self.clock.advance_to(at(12, 41))
        wanted = ("Platespiller", "lampe", "Kaffe", "stol")
        barcodes = in_stock(store, "BRUKT", wanted, 3)
        for barcode in barcodes:
            type_into(till.scan_field, barcode, enter=True)
            wait(app, lambda: not till.busy, "the scan")
        wait(app, lambda: till.basket is not None and len(till.basket.lines) == 3, "3 lines")
        till.table.selectRow(0)
        till.discount_button.click()
        dialog = till.lines.dialog
        type_into(dialog.field, "10 %", enter=True)
        wait(app, lambda: till.basket.discount_ore > 0, "the discount")
        self.save(workspace, "guide-checkout")

        # 30 % on the whole sale is more than a cashier may give: a manager approves.
        till.basket_discount_button.click()
        type_into(till.lines.dialog.field, "30 %", enter=True)
        wait(app, lambda: isinstance(till.lines.dialog, ApprovalDialog), "the approval dialog")
        approval = till.lines.dialog
        type_into(approval.number, "103")
        self.save(approval, "guide-approval")
        approval.reject()
        settle(app, self.tasks)

        # Paid by card and cash.
        till.pay_button.click()
        payment = till.payment_dialog
        total = till.basket.total_ore
        # 500 to 600 kr in cash, the rest by card. (With less cash the dialog shows
        # five or six quick-cash buttons, which it squeezes until their text is cut.)
        rest = total % 100_00 + 500_00
        assert total > rest + 100_00, "the three items cost too little for the split"
        type_into(payment.card_amount, format_kroner(total - rest))
        type_into(payment.card_reference, "BAX 4471 / 003915")
        type_into(payment.cash_tendered, format_kroner(-(-rest // 100_00) * 100_00))
        self.save(payment, "guide-payment")
        payment.ok_button.click()
        wait(app, lambda: till.basket is None and not till.busy, "the sale")
        settle(app, self.tasks)  # its receipt, saved as a PDF (no printer here)

        # A customer brings back yesterday's purchase.
        self.clock.advance_to(at(13, 12))
        number = receipt_to_return(store, "BRUKT-1")
        till.return_button.click()
        returning = till.counter.dialog
        type_into(returning.receipt, f"BRUKT-1 {number}", enter=True)
        wait(app, lambda: returning.lines.count() > 0, "the receipt's lines")
        self.save(returning, "guide-return")
        returning.reject()
        self.log_out(workspace)

    # --- the workbench ----------------------------------------------------------------

    def register(self) -> None:
        rune = self.log_in("BRUKT-2", 201, "3333", at(13, 30))
        workspace = self.workspace(rune)
        items = self.open_screen(workspace, Screen.INVENTORY)
        assert isinstance(items, InventoryScreen)
        form = items.registration
        choose(form.category, "Kjøkken")
        type_into(form.name, "Kaffetrakter, Moccamaster")
        type_into(form.price, "450")
        type_into(form.weight, "1,8")
        type_into(form.shelf, "K2")
        QTest.keyClick(form.shelf, Qt.Key.Key_Return)  # Enter saves
        wait(self.app, lambda: bool(form.last_saved.text()), "the first item saved")
        choose(form.category, "Elektronikk")
        type_into(form.name, "Radio, Tandberg Huldra 10")
        type_into(form.price, "599")
        type_into(form.weight, "8,5")
        form.source.setCurrentIndex(form.source.findData(ItemSource.REPAIRED))
        form.shelf.clear()
        type_into(form.shelf, "E1")
        type_into(form.notes, "Nye rør, testet")
        self.save(workspace, "guide-register")
        form.save(print_label=True)  # Ctrl+Enter: saved, and the label comes out
        settle(self.app, self.tasks)
        self.log_out(workspace)

    def stock(self) -> None:
        marte = self.log_in("BRUKT-1", 103, "1234", at(14, 5))
        workspace = self.workspace(marte)
        items = self.open_screen(workspace, Screen.INVENTORY)
        assert isinstance(items, InventoryScreen)
        items.tabs.setCurrentWidget(items.stock)
        stock = items.stock
        type_into(stock.search, "sykkel")
        stock.run_search()
        settle(self.app, self.tasks)
        QTest.qWait(400)  # the field's clear button fades in
        wait(self.app, lambda: stock.model.rowCount() > 0, "the items found")
        chosen = stock.table.selectionModel()
        for row in range(min(2, stock.model.rowCount())):
            chosen.select(
                stock.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )
        self.save(workspace, "guide-stock")
        stock.labels_button.click()
        dialog = items.findChild(LabelDialog)
        wait(self.app, lambda: dialog.pdf is not None, "the labels' preview")
        self.save(dialog, "guide-labels")
        dialog.reject()
        self.log_out(workspace)

    # --- the office -------------------------------------------------------------------

    def day_close(self) -> None:
        """Marte closes BRUKT-1's day: the X-report, the drawer counted, the Z."""
        marte = self.log_in("BRUKT-1", 103, "1234", at(17, 52))
        workspace = self.workspace(marte)
        till = workspace.pages.currentWidget()
        assert isinstance(till, CheckoutScreen)
        till.day_close_button.click()
        dialog = till.counter.dialog
        wait(self.app, lambda: dialog.report is not None, "the X-report")
        expected = dialog.report.expected_cash_ore // 100
        for kroner, count in drawer_count(expected).items():
            dialog.counts[kroner].setValue(count)  # the drawer as counted, note by note
        if not expected:  # only with --only: nothing sold, not even a float
            type_into(dialog.one_amount, "0")
        self.save(dialog, "guide-day-close")
        dialog.z_button.click()
        wait(self.app, lambda: dialog.report.kind == "Z", "the Z-report")
        dialog.accept()
        self.clock.advance_to(at(17, 58))
        journal = self.open_screen(workspace, Screen.JOURNAL)
        assert isinstance(journal, JournalScreen)
        wait(self.app, lambda: journal.model.rowCount() > 0, "the journal")
        row = next(
            row
            for row in range(journal.model.rowCount())
            if journal.model.entry(row).event_type == "z_report"
        )
        journal.select_row(row)
        wait(self.app, lambda: journal.detail_loads > 0, "the entry's content")
        self.save(workspace, "guide-journal")
        self.log_out(workspace)

    def settings(self) -> None:
        marte = self.log_in("BRUKT-1", 103, "1234", at(18, 5))
        make_settings_screenshots.grab(
            self.app, self.store, marte, self.out, self.suffix, self.tasks
        )
        self.written += [self.out / f"settings-{tab}{self.suffix}.png" for tab in ("till", "shop")]
        users.logout(self.store, marte)

    def reports(self) -> None:
        siri = self.log_in("BRUKT-1", 900, "9999", at(18, 10))
        path = self.out / f"reports-screen{self.suffix}.png"
        first = trading_days(DAYS, TODAY)[0]
        make_reports_screenshot.grab(
            self.app, self.store, siri, first, path, self.tasks, TODAY, SIZE
        )
        self.written.append(path)
        print(f"Wrote {path}")
        users.logout(self.store, siri)

    # --- the set-up wizard ------------------------------------------------------------

    def setup(self) -> None:
        wizard = SetupWizard(None, new_centre_file())
        wizard.show()
        settle(self.app)
        self.save(wizard, "guide-setup-store")

        wizard.choice.postgres.setChecked(True)
        wizard.next()
        wait(self.app, lambda: wizard.currentId() == PageId.POSTGRES, "the PostgreSQL page")
        page = wizard.postgres
        for field, text in (
            (page.host, "server.omigjen.local"),
            (page.database, "omigjen"),
            (page.user, "kasse"),
            (page.password, "hemmelig"),
        ):
            field.clear()  # some come filled in (port 5432, database omigjen)
            type_into(field, text)
        self.save(wizard, "guide-setup-postgres")

        wizard.back()
        wizard.choice.sqlite.setChecked(True)
        wizard.next()  # checks the new file first, then moves on
        wait(self.app, lambda: wizard.currentId() == PageId.CENTRE, "the centre page")
        centre = wizard.centre
        type_into(centre.name, "Gjenbrukssenteret i Vik")
        type_into(centre.address, "Storgata 2")
        type_into(centre.postal_code, "6893")
        type_into(centre.city, "Vik i Sogn")
        wizard.next()
        wait(self.app, lambda: wizard.currentId() == PageId.SHOPS, "the shops page")
        first = wizard.shops.rows[0]
        type_into(first.code, "BRUK")
        type_into(first.name, "Vik Bruktbutikk")
        type_into(first.org_number, "974 760 673")
        wizard.shops.add_button.click()
        second = wizard.shops.rows[1]
        type_into(second.code, "SYKKEL")
        type_into(second.name, "Vik Sykkelverksted")
        type_into(second.org_number, "923609016")
        second.vat.setChecked(False)
        self.save(wizard, "guide-setup-shops")

        wizard.next()
        wait(self.app, lambda: wizard.currentId() == PageId.TILLS, "the tills page")
        wizard.tills.counts["BRUK"].setValue(2)
        wizard.next()
        wait(self.app, lambda: wizard.currentId() == PageId.CATEGORIES, "the categories")
        wizard.next()
        wait(self.app, lambda: wizard.currentId() == PageId.MANAGER, "the manager page")
        manager = wizard.manager
        type_into(manager.name, "Liv Leder")
        type_into(manager.number, "500")
        type_into(manager.pin, "2468")
        type_into(manager.pin_again, "2468")
        wizard.next()
        wait(self.app, lambda: wizard.currentId() == PageId.SUMMARY, "the summary")
        self.save(wizard, "guide-setup-summary")
        wizard.reject()  # nothing is created
        wizard.deleteLater()
        settle(self.app)


def choose(combo, text: str) -> None:
    index = combo.findText(text)
    if index < 0:
        raise RuntimeError(f"no {text!r} in {combo.accessibleName()}")
    combo.setCurrentIndex(index)


def drawer_count(kroner: int) -> dict[int, int]:
    """Notes and coins that make ``kroner``, mixed as a drawer holds them."""
    usual = {1000: 1, 500: 3, 200: 5, 100: 8, 50: 6, 20: 10, 10: 12, 5: 6, 1: 20}
    counts = dict.fromkeys(DENOMINATIONS, 0)
    for limit in (usual, None):
        for value in DENOMINATIONS:
            take = kroner // value if limit is None else min(kroner // value, limit[value])
            counts[value] += take
            kroner -= take * value
    return counts


def format_kroner(ore: int) -> str:
    return f"{ore // 100},{ore % 100:02d}"


# --- the run -------------------------------------------------------------------------------


@contextmanager
def oslo_time() -> Iterator[None]:
    """Local time is Oslo's while the pictures are taken (the screens show local times)."""
    saved = os.environ.get("TZ")
    os.environ["TZ"] = "Europe/Oslo"
    if hasattr(wall_time, "tzset"):
        wall_time.tzset()
    try:
        yield
    finally:
        if saved is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = saved
        if hasattr(wall_time, "tzset"):
            wall_time.tzset()


@contextmanager
def scratch_folders(scratch: Path) -> Iterator[None]:
    """Settings and data of the run in ``scratch`` (a network receipt printer in its
    settings.toml), emptied before and removed after."""
    shutil.rmtree(scratch, ignore_errors=True)
    (scratch / "config").mkdir(parents=True)
    (scratch / "config" / "settings.toml").write_text(SETTINGS, encoding="utf-8")
    saved = {key: os.environ.get(key) for key in ("OMIGJEN_CONFIG_DIR", "OMIGJEN_DATA_DIR")}
    os.environ["OMIGJEN_CONFIG_DIR"] = str(scratch / "config")
    os.environ["OMIGJEN_DATA_DIR"] = str(scratch / "data")
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        shutil.rmtree(scratch, ignore_errors=True)


def run_language(
    app: QApplication, base: Path | None, lang: str, out: Path, scenes: set[str], scratch: Path
) -> list[Path]:
    """The pictures of one language: the store's scenes on a copy of ``base``, in the
    order of the day (each leaves the store as the next expects), then the wizard."""
    install_language(app, lang)
    load_style(app)
    written: list[Path] = []
    if base is not None:
        data = scratch / "data"
        shutil.rmtree(data, ignore_errors=True)
        data.mkdir(parents=True)
        target = data / "omigjen.sqlite3"  # the default store's name in the data folder
        backup_sqlite(f"sqlite:///{base}", target)
        store, _ = open_and_upgrade(f"sqlite:///{target}")
        try:
            with simulated_clock(at(9, 45)) as clock:
                shots = Shots(app, store, clock, lang, out)
                for name, scene in (
                    ("login", shots.login),
                    ("checkout", shots.checkout),
                    ("register", shots.register),
                    ("stock", shots.stock),
                    ("day-close", shots.day_close),  # and the journal after it
                    ("settings", shots.settings),
                    ("reports", shots.reports),
                ):
                    if name in scenes or (name == "day-close" and "journal" in scenes):
                        scene()
                written += shots.written
        finally:
            QThreadPool.globalInstance().waitForDone(30_000)
            store.close()
    if "setup" in scenes:
        wizard = Shots(app, None, None, lang, out)
        wizard.setup()
        written += wizard.written
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=["nb", "en", "both"], default="nb")
    parser.add_argument("--out", type=Path, default=HERE, help="default: docs/images")
    parser.add_argument(
        "--only", nargs="+", choices=SCENES, metavar="SCENE", help=f"some of: {', '.join(SCENES)}"
    )
    parser.add_argument(
        "--scratch",
        type=Path,
        default=SCRATCH,
        help=f"work folder, removed after (default {SCRATCH})",
    )
    args = parser.parse_args(argv)
    scenes = set(args.only or SCENES)
    started = wall_time.monotonic()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setCursorFlashTime(0)  # a text cursor that does not blink is in every picture
    written: list[Path] = []
    with oslo_time(), scratch_folders(args.scratch):
        base = None
        if scenes & set(STORE_SCENES):
            base = args.scratch / "base.sqlite3"
            build_base_store(base)
        for lang in ("nb", "en") if args.lang == "both" else (args.lang,):
            written += run_language(app, base, lang, args.out, scenes, args.scratch)
        if "receipts" in scenes:
            # Receipts are Norwegian whatever the interface says: one set.
            with simulated_clock(at(11, 0)):
                make_receipt_samples.main(["--out", str(args.out)])
    print(f"{len(written)} screenshots in {wall_time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
