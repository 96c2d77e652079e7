"""First run on a real centre: the set-up wizard, then the login screen of the
new centre. Part of the composition root (app.py starts it for ``--setup`` and
for a configured store that holds no centre yet).

The store the wizard opened is remembered as ``database_url`` in settings.toml
(written readable by its owner only: a PostgreSQL URL may hold the password),
so the next start opens it without asking. Nothing here is shown to the user,
so it holds no translated text; the log names the server, never the password.
"""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QApplication

from omigjen_pos.app import build_main_window
from omigjen_pos.config import SettingsError, data_dir, save_settings
from omigjen_pos.domain.errors import NotFound
from omigjen_pos.services.receipt_output import ReceiptOutput
from omigjen_pos.services.store_setup import Store
from omigjen_pos.ui.main_window import MainWindow
from omigjen_pos.ui.setup.wizard import SetupWizard

log = logging.getLogger(__name__)
NEW_CENTRE_FILE = "omigjen-senter.sqlite3"


def new_centre_file() -> str:
    """A SQLite file for a new centre in the data folder, never the demo's file."""
    folder = data_dir()
    path, number = folder / NEW_CENTRE_FILE, 1
    while path.exists():
        number += 1
        path = folder / f"omigjen-senter-{number}.sqlite3"
    return str(path)


class FirstRun:
    """The wizard; when it completes, the main window on the store it set up."""

    def __init__(
        self,
        initial_url: str | None,
        till_code: str | None,
        receipt_output: ReceiptOutput | None = None,
    ) -> None:
        self._till_code, self._receipt_output = till_code, receipt_output
        self.wizard = SetupWizard(initial_url, new_centre_file())
        self.window: MainWindow | None = None
        self.wizard.completed.connect(self._open_login)

    @property
    def store(self) -> Store | None:
        return self.wizard.store

    def _open_login(self, store: Store, url: str) -> None:
        remember_store(url, store.server)
        try:
            window = build_main_window(store, self._till_code, False, self._receipt_output)
        except NotFound:
            # The till of the settings is not one of this centre's: let the login screen ask.
            log.warning("till %s is not in the store %s", self._till_code, store.server)
            window = build_main_window(store, None, False, self._receipt_output)
        self.window = window
        window.show()

    def close(self) -> None:
        if self.store is not None:
            self.store.close()


def remember_store(url: str, server: str) -> None:
    try:
        path = save_settings({"database_url": url})
    except (SettingsError, OSError):
        log.warning("could not remember the store %s in the settings file", server, exc_info=True)
        return
    log.info("the store %s is remembered in %s", server, path)


def run_first_run(
    app: QApplication,
    initial_url: str | None,
    till_code: str | None,
    receipt_output: ReceiptOutput | None,
) -> int:
    first_run = FirstRun(initial_url, till_code, receipt_output)
    first_run.wizard.show()
    try:
        return app.exec()
    finally:
        first_run.close()
