"""The settings screen: this till's settings.toml and the shop's settings in the
store, changed as a manager would, with real printers on loopback sockets."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from omigjen_pos.domain.journal_events import EventType
from omigjen_pos.domain.markdowns import MarkdownBasis, MarkdownRule
from omigjen_pos.domain.settlement import Tender
from omigjen_pos.services import users
from omigjen_pos.services.actors import Actor
from omigjen_pos.services.checkout.drawer import record_opening_float
from omigjen_pos.services.inventory.markdown_rules import list_markdown_rules
from omigjen_pos.services.shop_settings import read_shop_settings
from omigjen_pos.services.store_setup import Store
from omigjen_pos.ui.screens.checkout.checkout_screen import CheckoutScreen
from omigjen_pos.ui.screens.inventory.inventory_screen import InventoryScreen
from omigjen_pos.ui.screens.settings.settings_screen import SettingsScreen
from omigjen_pos.ui.screens.settings.shop_page import ShopSettingsPage
from omigjen_pos.ui.tasks import TaskRunner
from omigjen_pos.ui.workspace import Workspace
from tests.support.fake_printer import FakeNetworkPrinter, read_escpos
from tests.ui.conftest import OpenWindow
from tests.ui.helpers import WAIT_MS, in_stock_barcodes, journal, log_in


@pytest.fixture
def config_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """This test's own settings.toml: what one test saves never reaches another."""
    folder = tmp_path / "config"
    monkeypatch.setenv("OMIGJEN_CONFIG_DIR", str(folder))
    return folder


def settings_file(folder: Path) -> dict:
    return tomllib.loads((folder / "settings.toml").read_text(encoding="utf-8"))


def open_settings(qtbot: QtBot, store: Store, actor: Actor) -> SettingsScreen:
    screen = SettingsScreen(store, actor, TaskRunner())
    qtbot.addWidget(screen)
    screen.resize(1100, 900)
    screen.show()
    qtbot.waitExposed(screen)
    if screen.shop_page is not None:
        page = screen.shop_page
        qtbot.waitUntil(lambda: page.settings is not None, timeout=WAIT_MS)
    return screen


def settings_screen_of(workspace: Workspace) -> SettingsScreen:
    workspace.navigation.setCurrentRow(workspace.screen_titles().index("Administration"))
    screen = workspace.pages.currentWidget()
    assert isinstance(screen, SettingsScreen)
    return screen


def click(qtbot: QtBot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def save_shop(qtbot: QtBot, page: ShopSettingsPage) -> None:
    saves = page.saves
    click(qtbot, page.save_button)
    qtbot.waitUntil(lambda: page.saves > saves, timeout=WAIT_MS)


def type_over(qtbot: QtBot, field, text: str) -> None:
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, text)


def visible_texts(widget) -> str:
    texts = [label.text() for label in widget.findChildren(QLabel)]
    texts += [field.text() for field in widget.findChildren(QLineEdit)]
    return "\n".join(texts)


def test_a_manager_changes_the_footer_and_the_limit_and_the_next_receipt_shows_it(
    qtbot: QtBot, open_window: OpenWindow, sqlite_store: Store, config_folder: Path
):
    config_folder.mkdir()
    (config_folder / "settings.toml").write_text(
        'till_code = "BRUKT-1"\n\n[custom]\nkeep = "me"\n', encoding="utf-8"
    )
    marte = users.login(sqlite_store, "BRUKT-1", 103, "1234")
    record_opening_float(sqlite_store, marte, 150000)
    window = open_window(till_code="BRUKT-1")
    workspace = log_in(qtbot, window, 103, "1234")
    screen = settings_screen_of(workspace)
    assert screen.tab_titles() == ["This till (BRUKT-1)", "The shop"]
    till, shop = screen.till_page, screen.shop_page
    assert shop is not None
    qtbot.waitUntil(lambda: shop.settings is not None, timeout=WAIT_MS)

    with FakeNetworkPrinter() as printer:
        # This till: its receipt printer, used at once.
        till.receipt_kind.setCurrentIndex(till.receipt_kind.findData("network"))
        type_over(qtbot, till.receipt_host, printer.host)
        type_over(qtbot, till.receipt_port, str(printer.port))
        click(qtbot, till.save_button)
        qtbot.waitUntil(lambda: "Saved in" in till.message.text(), timeout=WAIT_MS)
        # The shop: the footer and how far a cashier may cut a price alone.
        screen.tabs.setCurrentIndex(1)
        shop.footer.setFocus()
        shop.footer.selectAll()
        qtbot.keyClicks(shop.footer, "Takk for handelen!")
        qtbot.keyClick(shop.footer, Qt.Key.Key_Return)
        qtbot.keyClicks(shop.footer, "Bytte innen 30 dager mot kvittering.")
        type_over(qtbot, shop.limit, "15")
        save_shop(qtbot, shop)
        assert "Saved for Omigjen Bruktbutikk" in shop.message.text()
        assert shop.message.ok

        # The next sale at the till: its receipt on the printer just saved.
        workspace.navigation.setCurrentRow(0)
        checkout = workspace.pages.currentWidget()
        assert isinstance(checkout, CheckoutScreen)
        [(barcode, _)] = in_stock_barcodes(sqlite_store, 1)
        checkout.scan(barcode)
        qtbot.waitUntil(lambda: checkout.model.rowCount() == 1, timeout=WAIT_MS)
        checkout.complete([Tender("cash")])
        qtbot.waitUntil(lambda: checkout.receipts.last_receipt is not None, timeout=WAIT_MS)
        [job] = printer.jobs(1)

    printed = read_escpos(job).text
    assert "Takk for handelen!" in printed
    assert "Bytte innen 30 dager mot kvittering." in printed
    assert "Byttes innen 14 dager" not in printed  # the old footer
    saved = read_shop_settings(sqlite_store, marte)
    assert saved.receipt_footer == "Takk for handelen!\nBytte innen 30 dager mot kvittering."
    assert saved.cashier_price_cut_limit_bp == 1500
    assert len(journal(sqlite_store, EventType.MASTER_DATA_CHANGE)) == 2
    written = settings_file(config_folder)
    assert written["receipt_printer"] == {
        "kind": "network",
        "host": "127.0.0.1",
        "port": printer.port,
        "paper": "80mm",
    }
    assert (written["till_code"], written["custom"]) == ("BRUKT-1", {"keep": "me"})
    assert window._receipt_output.printer.port == printer.port  # the next login too


def test_a_cashier_has_no_settings_screen_and_never_the_shop_tab(
    qtbot: QtBot, open_window: OpenWindow, sqlite_store: Store, config_folder: Path
):
    window = open_window(till_code="BRUKT-1")
    workspace = log_in(qtbot, window, 101, "1111")
    assert "Administration" not in workspace.screen_titles()

    kari = users.login(sqlite_store, "BRUKT-1", 101, "1111")
    screen = open_settings(qtbot, sqlite_store, kari)

    assert screen.tab_titles() == ["This till (BRUKT-1)"]
    assert screen.shop_page is None
    assert not screen.findChildren(ShopSettingsPage)


def test_test_print_reaches_the_network_printer_without_saving(
    qtbot: QtBot, sqlite_store: Store, config_folder: Path
):
    marte = users.login(sqlite_store, "BRUKT-1", 103, "1234")
    screen = open_settings(qtbot, sqlite_store, marte)
    till = screen.till_page
    till.receipt_kind.setCurrentIndex(till.receipt_kind.findData("network"))
    till.receipt_paper.setCurrentIndex(till.receipt_paper.findData("58mm"))

    with FakeNetworkPrinter() as printer:
        type_over(qtbot, till.receipt_host, printer.host)
        type_over(qtbot, till.receipt_port, str(printer.port))
        click(qtbot, till.test_receipt_button)
        qtbot.waitUntil(lambda: "sent to" in till.receipt_result.text(), timeout=WAIT_MS)
        [job] = printer.jobs(1)

    page = read_escpos(job)
    assert "Æ Ø Å æ ø å" in page.text
    assert "32 tegn per linje" in page.text  # the paper chosen in the form
    assert f"127.0.0.1:{printer.port}" in till.receipt_result.text()
    assert till.receipt_result.ok
    assert not (config_folder / "settings.toml").exists()  # a test print saves nothing


def test_a_printer_that_drops_the_job_is_reported_in_red(
    qtbot: QtBot, sqlite_store: Store, config_folder: Path
):
    marte = users.login(sqlite_store, "BRUKT-1", 103, "1234")
    screen = open_settings(qtbot, sqlite_store, marte)
    till = screen.till_page
    till.receipt_kind.setCurrentIndex(till.receipt_kind.findData("network"))

    with FakeNetworkPrinter("close") as printer:
        type_over(qtbot, till.receipt_host, printer.host)
        type_over(qtbot, till.receipt_port, str(printer.port))
        click(qtbot, till.test_receipt_button)
        qtbot.waitUntil(lambda: till.test_receipt_button.isEnabled(), timeout=WAIT_MS)

    assert not till.receipt_result.ok
    assert "did not print" in till.receipt_result.text()


def test_a_printer_address_with_a_port_in_it_is_refused_before_saving(
    qtbot: QtBot, sqlite_store: Store, config_folder: Path
):
    marte = users.login(sqlite_store, "BRUKT-1", 103, "1234")
    screen = open_settings(qtbot, sqlite_store, marte)
    till = screen.till_page
    till.receipt_kind.setCurrentIndex(till.receipt_kind.findData("network"))
    type_over(qtbot, till.receipt_host, "10.0.0.5:9100")

    click(qtbot, till.save_button)
    qtbot.waitUntil(lambda: not till.message.ok, timeout=WAIT_MS)

    assert "Port field" in till.message.text()
    assert till.receipt_host.property("invalid")
    assert not (config_folder / "settings.toml").exists()


def test_the_database_password_is_never_shown_and_kept_when_the_url_changes(
    qtbot: QtBot, sqlite_store: Store, config_folder: Path
):
    config_folder.mkdir()
    (config_folder / "settings.toml").write_text(
        'database_url = "postgresql://pos:hemmelig@server/omigjen"\nlanguage = "nb"\n',
        encoding="utf-8",
    )
    marte = users.login(sqlite_store, "BRUKT-1", 103, "1234")
    screen = open_settings(qtbot, sqlite_store, marte)
    till = screen.till_page

    assert till.url.text() == "postgresql://pos:***@server/omigjen"
    assert "hemmelig" not in visible_texts(screen)
    type_over(qtbot, till.url, "postgresql://pos:***@server2:5433/omigjen")
    till.language.setCurrentIndex(till.language.findData("en"))
    click(qtbot, till.save_button)
    qtbot.waitUntil(lambda: "Saved in" in till.message.text(), timeout=WAIT_MS)

    written = settings_file(config_folder)
    assert written["database_url"] == "postgresql://pos:hemmelig@server2:5433/omigjen"
    assert written["language"] == "en"
    assert "next start" in till.message.text()
    assert till.url.text() == "postgresql://pos:***@server2:5433/omigjen"
    assert "hemmelig" not in visible_texts(screen)


def test_test_connection_says_what_it_found(
    qtbot: QtBot, sqlite_store: Store, config_folder: Path, tmp_path: Path
):
    marte = users.login(sqlite_store, "BRUKT-1", 103, "1234")
    screen = open_settings(qtbot, sqlite_store, marte)
    till = screen.till_page

    type_over(qtbot, till.url, till.in_use.text())
    click(qtbot, till.test_store_button)
    qtbot.waitUntil(lambda: till.test_store_button.isEnabled(), timeout=WAIT_MS)
    assert "Omigjen ombrukssenter" in till.store_result.text()

    missing = tmp_path / "nowhere.sqlite3"
    type_over(qtbot, till.url, str(missing))
    click(qtbot, till.test_store_button)
    qtbot.waitUntil(lambda: "no Omigjen POS data" in till.store_result.text(), timeout=WAIT_MS)
    assert not missing.exists()  # a test connection makes nothing

    type_over(qtbot, till.url, "postgresql://pos:secret@127.0.0.1:1/omigjen")
    click(qtbot, till.test_store_button)
    qtbot.waitUntil(lambda: not till.store_result.ok, timeout=WAIT_MS)
    assert "127.0.0.1" in till.store_result.text()
    assert "secret" not in till.store_result.text()


def test_a_test_label_is_saved_in_the_chosen_folder_and_the_items_screen_uses_it(
    qtbot: QtBot, sqlite_store: Store, config_folder: Path, tmp_path: Path
):
    marte = users.login(sqlite_store, "BRUKT-1", 103, "1234")
    workspace = Workspace(marte, sqlite_store, TaskRunner())
    qtbot.addWidget(workspace)
    screen = settings_screen_of(workspace)
    till = screen.till_page
    folder = tmp_path / "etiketter"
    till.label_kind.setCurrentIndex(till.label_kind.findData("pdf"))
    type_over(qtbot, till.label_folder, str(folder))

    click(qtbot, till.test_label_button)
    qtbot.waitUntil(lambda: "Test label saved" in till.label_result.text(), timeout=WAIT_MS)
    assert (folder / "testetikett.pdf").read_bytes().startswith(b"%PDF")

    click(qtbot, till.save_button)
    qtbot.waitUntil(lambda: "Saved in" in till.message.text(), timeout=WAIT_MS)
    [inventory] = workspace.findChildren(InventoryScreen)
    assert inventory.labels_folder() == folder
    assert str(folder) in inventory.printer_label.text()
    QApplication.processEvents()


def test_changing_the_vat_registration_asks_first(
    qtbot: QtBot, sqlite_store: Store, config_folder: Path
):
    marte = users.login(sqlite_store, "BRUKT-1", 103, "1234")
    screen = open_settings(qtbot, sqlite_store, marte)
    page = screen.shop_page
    assert page is not None
    page.vat.setChecked(False)

    click(qtbot, page.save_button)
    question = page.vat_question
    assert question is not None and question.isVisible()
    assert question.defaultButton() is question.button(QMessageBox.StandardButton.No)
    click(qtbot, question.button(QMessageBox.StandardButton.No))
    assert read_shop_settings(sqlite_store, marte).vat_registered is True
    assert "Nothing saved" in page.message.text()

    click(qtbot, page.save_button)
    assert page.vat_question is not None
    saves = page.saves
    click(qtbot, page.vat_question.button(QMessageBox.StandardButton.Yes))
    qtbot.waitUntil(lambda: page.saves > saves, timeout=WAIT_MS)

    assert read_shop_settings(sqlite_store, marte).vat_registered is False
    assert "without VAT" in page.message.text()
    [entry] = journal(sqlite_store, EventType.MASTER_DATA_CHANGE)
    assert "Mva-registrert" in entry.summary


def test_a_footer_too_long_for_the_receipt_is_refused_and_nothing_is_saved(
    qtbot: QtBot, sqlite_store: Store, config_folder: Path
):
    marte = users.login(sqlite_store, "BRUKT-1", 103, "1234")
    screen = open_settings(qtbot, sqlite_store, marte)
    page = screen.shop_page
    assert page is not None
    page.footer.setPlainText("\n".join(f"Linje {n}" for n in range(1, 8)))
    page.limit.setValue(10.0)

    assert page.footer_hint.text().startswith("7 of 6 lines")
    save_shop(qtbot, page)

    assert not page.message.ok
    assert "at most 6 lines" in page.message.text()
    assert page.footer.property("invalid")
    settings = read_shop_settings(sqlite_store, marte)
    assert settings.cashier_price_cut_limit_bp == 2000  # nothing of the save
    assert journal(sqlite_store, EventType.MASTER_DATA_CHANGE) == []


def test_markdown_rules_are_added_and_saved(qtbot: QtBot, sqlite_store: Store, config_folder: Path):
    marte = users.login(sqlite_store, "BRUKT-1", 103, "1234")
    screen = open_settings(qtbot, sqlite_store, marte)
    page = screen.shop_page
    assert page is not None

    click(qtbot, page.markdowns.add_button)
    age = page.markdowns.rows[0]
    type_over(qtbot, age.days, "45")
    type_over(qtbot, age.percent, "30")
    click(qtbot, page.markdowns.add_button)
    colour = page.markdowns.rows[1]
    colour.basis.setCurrentIndex(colour.basis.findData(MarkdownBasis.TAG_COLOUR.value))
    colour.colour.setCurrentIndex(colour.colour.findData("yellow"))
    save_shop(qtbot, page)

    assert page.message.ok, page.message.text()
    assert set(list_markdown_rules(sqlite_store, marte.shop_id)) == {
        MarkdownRule(MarkdownBasis.INTAKE_AGE, 3000, min_days=45),
        MarkdownRule(MarkdownBasis.TAG_COLOUR, 2500, tag_colour="yellow"),
    }

    click(qtbot, page.markdowns.rows[0].remove)
    save_shop(qtbot, page)
    assert list_markdown_rules(sqlite_store, marte.shop_id) == [
        MarkdownRule(MarkdownBasis.TAG_COLOUR, 2500, tag_colour="yellow")
    ]


def test_a_centre_admin_chooses_the_shop(qtbot: QtBot, sqlite_store: Store, config_folder: Path):
    siri = users.login(sqlite_store, "BRUKT-1", 900, "9999")
    screen = open_settings(qtbot, sqlite_store, siri)
    page = screen.shop_page
    assert page is not None
    qtbot.waitUntil(lambda: page.shop.count() == 3, timeout=WAIT_MS)

    page.shop.setCurrentIndex(page.shop.findText("Hjerterom Gjenbruk (HJERTE)"))
    qtbot.waitUntil(lambda: page.settings.shop_code == "HJERTE", timeout=WAIT_MS)
    assert page.vat.isChecked() is False  # HJERTE is not VAT-registered
    page.close_day.setChecked(True)
    save_shop(qtbot, page)

    assert read_shop_settings(sqlite_store, siri, page.shop_id()).cashiers_may_close_day
    assert not read_shop_settings(sqlite_store, siri).cashiers_may_close_day  # BRUKT
