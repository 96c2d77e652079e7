"""The set-up wizard, walked as a manager would: from an empty store to the
login screen of the new centre, and on into it with the new manager's PIN."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QWidget, QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from omigjen_pos.config import load_settings
from omigjen_pos.domain.errors import InvalidInput
from omigjen_pos.first_run import FirstRun
from omigjen_pos.services.centre_setup import create_centre
from omigjen_pos.services.store_connection import prepare_store, sqlite_url
from omigjen_pos.services.store_setup import open_and_upgrade, summarise_store
from omigjen_pos.store.models import Item
from omigjen_pos.ui.setup.state import PageId
from omigjen_pos.ui.setup.texts import describe_setup_error
from omigjen_pos.ui.setup.wizard import SetupWizard
from tests.conftest import PostgresServer
from tests.integration.test_centre_setup import DRAFT
from tests.support.password_postgres import free_port
from tests.ui.helpers import WAIT_MS, listed_numbers, log_in, wait_for_user_list

StartSetup = Callable[..., FirstRun]


@pytest.fixture
def start_setup(qtbot: QtBot, tmp_path, monkeypatch) -> Iterator[StartSetup]:
    """Start the wizard as ``omigjen-pos --setup`` does, with a settings folder of
    the test's own; close what it opened afterwards."""
    monkeypatch.setenv("OMIGJEN_CONFIG_DIR", str(tmp_path / "config"))
    runs: list[FirstRun] = []

    def start(initial_url: str | None = None, till_code: str | None = None) -> FirstRun:
        run = FirstRun(initial_url, till_code)
        runs.append(run)
        qtbot.addWidget(run.wizard)
        run.wizard.show()
        qtbot.waitExposed(run.wizard)
        run.wizard.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is run.wizard, timeout=WAIT_MS)
        return run

    yield start
    QThreadPool.globalInstance().waitForDone(WAIT_MS)
    for run in runs:
        if run.window is not None:
            run.window.close()  # journals the app stop while the store is open
        run.close()


def enter(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def wait_for_page(qtbot: QtBot, wizard: SetupWizard, page: PageId) -> None:
    qtbot.waitUntil(lambda: wizard.currentId() == page, timeout=WAIT_MS)


def retype(qtbot: QtBot, field: QWidget, text: str) -> None:
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, text)


def next_enabled(wizard: SetupWizard) -> bool:
    return wizard.button(QWizard.WizardButton.NextButton).isEnabled()


# --- the whole walk ---------------------------------------------------------------


@pytest.mark.usefixtures("norwegian")
def test_walks_from_an_empty_store_to_the_login_screen_of_the_new_centre(
    qtbot: QtBot, start_setup: StartSetup, tmp_path
):
    store_file = tmp_path / "vik.sqlite3"
    run = start_setup(sqlite_url(store_file))
    wizard = run.wizard
    assert wizard.choice.sqlite.isChecked()
    assert wizard.button(QWizard.WizardButton.NextButton).text() == "Neste >"

    # Where the store lives: SQLite, the file given on the command line.
    assert wizard.choice.file.text() == str(store_file)
    enter(qtbot, wizard.choice.file)
    wait_for_page(qtbot, wizard, PageId.CENTRE)

    # The centre.
    page = wizard.centre
    qtbot.keyClicks(page.name, "Gjenbrukssenteret i Vik")
    qtbot.keyClicks(page.address, "Storgata 2")
    qtbot.keyClicks(page.postal_code, "6893")
    qtbot.keyClicks(page.city, "Vik i Sogn")
    enter(qtbot, page.city)
    wait_for_page(qtbot, wizard, PageId.SHOPS)

    # The shops: a wrong check digit shows at once and keeps Next off.
    shops = wizard.shops
    first = shops.rows[0]
    qtbot.keyClicks(first.code, "bruk")
    qtbot.keyClicks(first.name, "Vik Bruktbutikk")
    qtbot.keyClicks(first.org_number, "974 760 674")
    assert first.code.text() == "BRUK"
    assert "ikke et gyldig org.nr." in first.message.text()
    assert not next_enabled(wizard)
    qtbot.keyClick(first.org_number, Qt.Key.Key_Backspace)
    qtbot.keyClicks(first.org_number, "3")
    assert first.message.text() == "✓ 974 760 673 er et gyldig org.nr."
    qtbot.mouseClick(shops.add_button, Qt.MouseButton.LeftButton)
    second = shops.rows[1]
    qtbot.keyClicks(second.code, "SYKKEL")
    qtbot.keyClicks(second.name, "Vik Sykkelverksted")
    qtbot.keyClicks(second.org_number, "923609016")
    qtbot.keyClick(second.vat, Qt.Key.Key_Space)  # a small shop, not VAT registered
    assert not second.vat.isChecked()
    assert next_enabled(wizard)
    enter(qtbot, second.org_number)
    wait_for_page(qtbot, wizard, PageId.TILLS)

    # Two tills in the second-hand shop.
    qtbot.keyClick(wizard.tills.counts["BRUK"], Qt.Key.Key_Up)
    enter(qtbot, wizard.tills.counts["BRUK"])
    wait_for_page(qtbot, wizard, PageId.CATEGORIES)

    # Every default category but toys.
    qtbot.keyClick(wizard.categories.boxes["LEKER"], Qt.Key.Key_Space)
    enter(qtbot, wizard.categories.boxes["LEKER"])
    wait_for_page(qtbot, wizard, PageId.MANAGER)

    # The first manager; two different PINs are caught.
    manager = wizard.manager
    qtbot.keyClicks(manager.name, "Liv Leder")
    qtbot.keyClicks(manager.number, "500")
    qtbot.keyClicks(manager.pin, "2468")
    qtbot.keyClicks(manager.pin_again, "2467")
    assert "ulike" in manager.message.text()
    assert not next_enabled(wizard)
    qtbot.keyClick(manager.pin_again, Qt.Key.Key_Backspace)
    qtbot.keyClicks(manager.pin_again, "8")
    assert manager.message.text() == ""
    enter(qtbot, manager.pin_again)
    wait_for_page(qtbot, wizard, PageId.SUMMARY)

    summary = wizard.summary.text.text()
    assert "Gjenbrukssenteret i Vik, Storgata 2, 6893, Vik i Sogn" in summary
    assert "BRUK – Vik Bruktbutikk, org.nr. 974 760 673 MVA; kasser BRUK-1, BRUK-2" in summary
    assert "SYKKEL – Vik Sykkelverksted, org.nr. 923 609 016; kasser SYKKEL-1" in summary
    assert "Leker" not in summary and "Bøker" in summary

    # Finish: the centre is created, and its login screen opens.
    enter(qtbot, wizard.summary)
    qtbot.waitUntil(lambda: run.window is not None, timeout=WAIT_MS)
    assert not wizard.isVisible()
    window = run.window
    assert window is not None and window.isVisible()
    wait_for_user_list(qtbot, window)
    assert listed_numbers(window.login_screen) == [500]
    assert window.login_screen.till_code == "BRUK-1"

    workspace = log_in(qtbot, window, 500, "2468")

    assert workspace.actor.name == "Liv Leder"
    assert "Kasse" in workspace.screen_titles()
    # The next start opens this store without asking.
    assert load_settings().database_url == sqlite_url(store_file)


# --- PostgreSQL ---------------------------------------------------------------------


@pytest.mark.postgres
def test_a_postgresql_store_with_a_centre_goes_straight_to_its_login_screen(
    qtbot: QtBot, start_setup: StartSetup, postgres: PostgresServer
):
    url = postgres.url_for(postgres.create("wizard"))
    store = prepare_store(url)
    create_centre(store, DRAFT)
    store.close()
    run = start_setup(url)
    wizard = run.wizard
    assert wizard.choice.postgres.isChecked()
    enter(qtbot, wizard.choice.postgres)
    wait_for_page(qtbot, wizard, PageId.POSTGRES)
    assert wizard.postgres.database.text() == url.rsplit("/", 1)[1]

    qtbot.mouseClick(wizard.postgres.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not wizard.postgres.checking, timeout=WAIT_MS)
    assert "«Gjenbrukssenteret i Vik»" in wizard.postgres.result.text()
    enter(qtbot, wizard.postgres.user)
    wait_for_page(qtbot, wizard, PageId.EXISTING)
    assert "Gjenbrukssenteret i Vik" in wizard.existing.text.text()

    enter(qtbot, wizard.existing)

    qtbot.waitUntil(lambda: run.window is not None, timeout=WAIT_MS)
    window = run.window
    assert window is not None
    wait_for_user_list(qtbot, window)
    assert log_in(qtbot, window, 500, "2468").actor.till.code == "BRUK-1"
    assert load_settings().database_url == url


def test_test_connection_says_nothing_answers_on_a_closed_port(
    qtbot: QtBot, start_setup: StartSetup
):
    port = free_port()
    run = start_setup(f"postgresql://postgres@127.0.0.1:{port}/omigjen")
    wizard = run.wizard
    enter(qtbot, wizard.choice.postgres)
    wait_for_page(qtbot, wizard, PageId.POSTGRES)

    enter(qtbot, wizard.postgres.password)  # Next tests the connection first
    qtbot.waitUntil(lambda: not wizard.postgres.checking, timeout=WAIT_MS)

    assert wizard.currentId() == PageId.POSTGRES
    assert wizard.postgres.result.text() == (
        f"Nothing answers at 127.0.0.1, port {port}. Check the host and the port, "
        "and that PostgreSQL is running there."
    )


@pytest.mark.postgres
def test_a_missing_database_can_be_created_from_the_wizard(
    qtbot: QtBot, start_setup: StartSetup, postgres: PostgresServer
):
    name = f"omigjen_wizard_new_{free_port()}"
    run = start_setup(postgres.url_for(name))
    wizard = run.wizard
    enter(qtbot, wizard.choice.postgres)
    wait_for_page(qtbot, wizard, PageId.POSTGRES)
    page = wizard.postgres
    try:
        qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not page.checking, timeout=WAIT_MS)
        assert f"no database «{name}»" in page.result.text()
        assert page.create_button.isVisible()

        qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not page.checking, timeout=WAIT_MS)

        assert page.result.text() == (
            "Connected. The database is empty: the set-up will create the tables."
        )
        assert not page.create_button.isVisible()
        enter(qtbot, page.user)
        wait_for_page(qtbot, wizard, PageId.CENTRE)
    finally:
        QThreadPool.globalInstance().waitForDone(WAIT_MS)
        postgres.drop(name)


# --- SQLite ----------------------------------------------------------------------------


def test_a_sqlite_file_that_holds_a_centre_is_not_set_up_again(
    qtbot: QtBot, start_setup: StartSetup, tmp_path
):
    url = sqlite_url(tmp_path / "vik.sqlite3")
    store, _ = open_and_upgrade(url)
    create_centre(store, DRAFT)
    store.close()
    run = start_setup(url)

    enter(qtbot, run.wizard.choice.file)
    qtbot.waitUntil(lambda: not run.wizard.choice.checking, timeout=WAIT_MS)

    assert run.wizard.currentId() == PageId.CHOICE
    assert run.wizard.choice.result.text() == (
        "The file already holds the centre «Gjenbrukssenteret i Vik». "
        "Choose another file name for a new centre."
    )


def test_without_a_store_named_the_wizard_offers_a_new_file_not_the_demo(
    start_setup: StartSetup,
):
    run = start_setup(None)

    assert run.wizard.choice.file.text().endswith("omigjen-senter.sqlite3")


def test_cancel_creates_nothing(qtbot: QtBot, start_setup: StartSetup, tmp_path):
    store_file = tmp_path / "vik.sqlite3"
    run = start_setup(sqlite_url(store_file))

    qtbot.mouseClick(
        run.wizard.button(QWizard.WizardButton.CancelButton), Qt.MouseButton.LeftButton
    )

    assert not run.wizard.isVisible() and run.window is None
    assert not store_file.exists()


def walk_quickly(qtbot: QtBot, run: FirstRun, finish: bool = True) -> None:
    """Every page filled in code, the least a centre needs, then Finish."""
    wizard = run.wizard
    enter(qtbot, wizard.choice.file)
    wait_for_page(qtbot, wizard, PageId.CENTRE)
    wizard.centre.name.setText("Kort senter")
    wizard.next()
    row = wizard.shops.rows[0]
    row.code.setText("KORT")
    row.name.setText("Kort butikk")
    row.org_number.setText("974760673")
    wizard.next()
    wizard.next()
    wizard.next()
    wizard.manager.name.setText("Kari Kort")
    wizard.manager.number.setText("7")
    wizard.manager.pin.setText("1357")
    wizard.manager.pin_again.setText("1357")
    wizard.next()
    assert wizard.currentId() == PageId.SUMMARY
    if finish:
        wizard.button(QWizard.WizardButton.FinishButton).click()
        qtbot.waitUntil(lambda: run.window is not None, timeout=WAIT_MS)


def test_the_new_centre_store_is_a_real_centre_not_the_demo(
    qtbot: QtBot, start_setup: StartSetup, tmp_path
):
    run = start_setup(sqlite_url(tmp_path / "kort.sqlite3"))

    walk_quickly(qtbot, run)

    summary = summarise_store(run.store)
    assert (summary.centre_name, summary.is_demo, summary.shops, summary.tills) == (
        "Kort senter",
        False,
        1,
        1,
    )
    assert summary.users == 1
    with run.store.reading() as session:
        assert session.scalar(select(func.count()).select_from(Item)) == 0


def test_a_till_in_the_settings_that_the_new_centre_lacks_leaves_the_choice_open(
    qtbot: QtBot, start_setup: StartSetup, tmp_path
):
    run = start_setup(sqlite_url(tmp_path / "kort.sqlite3"), till_code="BRUKT-1")

    walk_quickly(qtbot, run)

    assert run.window is not None
    screen = run.window.login_screen
    assert screen.till_choice.isVisible() and screen.till_code == "KORT-1"


@pytest.mark.usefixtures("norwegian")
def test_a_centre_made_meanwhile_by_someone_else_is_said_and_nothing_more_is_made(
    qtbot: QtBot, start_setup: StartSetup, tmp_path
):
    url = sqlite_url(tmp_path / "kort.sqlite3")
    run = start_setup(url)
    walk_quickly(qtbot, run, finish=False)
    other = prepare_store(url)  # another till finished first
    create_centre(other, DRAFT)

    qtbot.mouseClick(
        run.wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: not run.wizard.tasks.busy, timeout=WAIT_MS)

    assert run.wizard.isVisible() and run.window is None
    assert run.wizard.summary.message.text() == (
        "Denne databasen har allerede senteret «Gjenbrukssenteret i Vik». "
        "Velg en annen database eller fil for et nytt senter."
    )
    assert summarise_store(other).shops == 2  # the other centre's, nothing added
    other.close()


@pytest.mark.usefixtures("norwegian")
def test_a_wrong_org_number_from_the_service_is_said_in_norwegian():
    error = InvalidInput("org_number", "923609017", "not a Norwegian organisation number")

    assert describe_setup_error(error) == (
        "Org.nr.: ikke et gyldig norsk organisasjonsnummer (ni sifre, mod 11)"
    )
