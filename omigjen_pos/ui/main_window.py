"""The main window: the login screen, then the screens the user's roles allow.

The workspace and its screens (and what they import: reports, exports, PDFs)
are loaded at the first login, not before the login screen is shown. The till's
own (workspace, checkout screen, receipt PDF) are imported a moment after the login screen
is on screen, while the cashier types the PIN, so the first login does not wait
for them either.
"""

from __future__ import annotations

import importlib
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from omigjen_pos.services import tills as till_service
from omigjen_pos.services import users
from omigjen_pos.services.actors import Actor, TillInfo
from omigjen_pos.services.receipt_output import ReceiptOutput
from omigjen_pos.services.store_setup import Store
from omigjen_pos.ui.login.login_screen import LoginScreen
from omigjen_pos.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from omigjen_pos.services.demo import DemoLoginHint
    from omigjen_pos.ui.workspace import Workspace

log = logging.getLogger(__name__)
# What most logins open, and the first sale's receipt PDF (reportlab): imported
# while the login screen waits for a PIN.
PRELOADED_MODULES = (
    "omigjen_pos.ui.workspace",
    "omigjen_pos.ui.screens.checkout.checkout_screen",
    "omigjen_pos.printing.receipt_pdf",
)
PRELOAD_DELAY_MS = 300


class MainWindow(QMainWindow):
    def __init__(
        self,
        store: Store,
        tills: list[TillInfo],
        fixed_till: TillInfo | None,
        demo_hints: list[DemoLoginHint],
        parent: QWidget | None = None,
        receipt_output: ReceiptOutput | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._receipt_output = receipt_output or ReceiptOutput()
        self.tasks = TaskRunner(self)
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Omigjen POS"))
        self.resize(1200, 800)
        self.login_screen = LoginScreen(store, self.tasks, tills, fixed_till, demo_hints)
        self.login_screen.logged_in.connect(self.open_workspace)
        self.workspace: Workspace | None = None
        self._stack = QStackedWidget()
        self._stack.addWidget(self.login_screen)
        self.setCentralWidget(self._stack)
        self._preloaded = False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._preloaded:
            self._preloaded = True
            QTimer.singleShot(PRELOAD_DELAY_MS, self._preload)

    def _preload(self) -> None:
        for name in PRELOADED_MODULES:
            importlib.import_module(name)

    def open_workspace(self, actor: Actor) -> None:
        from omigjen_pos.ui.workspace import Workspace

        self.actor = actor
        self.workspace = Workspace(actor, self._store, self.tasks, self._receipt_output)
        self.workspace.logout_requested.connect(self.log_out)
        self.workspace.receipt_output_changed.connect(self._use_receipt_output)
        self._stack.addWidget(self.workspace)
        self._stack.setCurrentWidget(self.workspace)

    def _use_receipt_output(self, output: ReceiptOutput) -> None:
        self._receipt_output = output  # the next user's workspace prints there too

    def log_out(self) -> None:
        actor, workspace = self.actor, self.workspace
        if actor is None or workspace is None:
            return
        self.actor, self.workspace = None, None
        self._stack.setCurrentWidget(self.login_screen)
        self._stack.removeWidget(workspace)
        workspace.deleteLater()
        self.login_screen.reset()
        self.tasks.run(
            lambda: users.logout(self._store, actor), lambda _: None, self.login_screen.show_error
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        try:
            if self.actor is not None:
                # Quitting while logged in still closes the session in the journal.
                actor, self.actor = self.actor, None
                users.logout(self._store, actor)
            till_service.record_app_stop(self._store, self.login_screen.till_code)
        except Exception:
            # A lost connection must not keep the window from closing.
            log.exception("could not record the app stop in the journal")
        super().closeEvent(event)
