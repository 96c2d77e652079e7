"""What a logged-in user works in: a header, the screens their roles allow.

Each screen's module is imported when a user who may see it logs in: a
cashier's first login does not load the reports, the journal's exports or the
settings' connection checks.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from omigjen_pos.domain.roles import Screen
from omigjen_pos.services.actors import Actor
from omigjen_pos.services.receipt_output import ReceiptOutput
from omigjen_pos.services.store_setup import Store
from omigjen_pos.ui.screens.placeholder import PlaceholderScreen
from omigjen_pos.ui.tasks import TaskRunner


class Workspace(QWidget):
    logout_requested = Signal()
    receipt_output_changed = Signal(object)  # ReceiptOutput, saved in the settings screen

    def __init__(
        self,
        actor: Actor,
        store: Store,
        tasks: TaskRunner,
        receipt_output: ReceiptOutput | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.actor = actor
        self._store, self._tasks = store, tasks
        self._receipt_output = receipt_output
        self.setAccessibleName(self.tr("Workspace"))
        who = QLabel(
            self.tr("{user} · {shop} · {till} ({code})").format(
                user=actor.name,
                shop=actor.till.shop_name,
                till=actor.till.name,
                code=actor.till.code,
            )
        )
        who.setObjectName("whoLabel")
        who.setAccessibleName(self.tr("Logged in as"))
        self.logout_button = QPushButton(self.tr("Log out"))
        self.logout_button.setAccessibleName(self.tr("Log out"))
        self.logout_button.setToolTip(self.tr("Log out (Ctrl+L)"))
        self.logout_button.clicked.connect(self.logout_requested)
        QShortcut(QKeySequence("Ctrl+L"), self, activated=self.logout_requested.emit)

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Screens"))
        self.navigation.setMaximumWidth(220)
        self.navigation.setMinimumWidth(180)  # a wide screen beside it must not cut the names
        self.pages = QStackedWidget()
        for screen in actor.screens:
            title, purpose = self._describe(screen)
            self.navigation.addItem(title)
            self.pages.addWidget(self._make_screen(screen, title, purpose))
        self.navigation.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.navigation.setCurrentRow(0)

        header = QHBoxLayout()
        header.addWidget(who, 1)
        header.addWidget(self.logout_button)
        body = QHBoxLayout()
        body.addWidget(self.navigation)
        body.addWidget(self.pages, 1)
        root = QVBoxLayout(self)
        root.addLayout(header)
        root.addLayout(body, 1)

    def _make_screen(self, screen: Screen, title: str, purpose: str) -> QWidget:
        if screen is Screen.INVENTORY:
            from omigjen_pos.ui.screens.inventory.inventory_screen import InventoryScreen

            return InventoryScreen(self._store, self.actor, self._tasks)
        if screen is Screen.CHECKOUT:
            from omigjen_pos.ui.screens.checkout.checkout_screen import CheckoutScreen

            return CheckoutScreen(self._store, self.actor, self._tasks, output=self._receipt_output)
        if screen is Screen.JOURNAL:
            from omigjen_pos.ui.screens.journal.journal_screen import JournalScreen

            return JournalScreen(self._store, self.actor, self._tasks)
        if screen is Screen.REPORTS:
            from omigjen_pos.ui.screens.reports.reports_screen import ReportsScreen

            return ReportsScreen(self._store, self.actor, self._tasks)
        if screen is Screen.ADMIN:
            from omigjen_pos.ui.screens.settings.settings_screen import SettingsScreen

            settings = SettingsScreen(self._store, self.actor, self._tasks)
            settings.receipt_output_changed.connect(self._use_receipt_output)
            settings.label_printer_changed.connect(self._use_label_printer)
            return settings
        return PlaceholderScreen(title, purpose)

    def _screens_of(self, kind: type[QWidget]) -> list:
        pages = (self.pages.widget(index) for index in range(self.pages.count()))
        return [page for page in pages if isinstance(page, kind)]

    def _use_receipt_output(self, output: ReceiptOutput) -> None:
        """A receipt printer saved in the settings prints the next receipt."""
        from omigjen_pos.ui.screens.checkout.checkout_screen import CheckoutScreen

        self._receipt_output = output
        for checkout in self._screens_of(CheckoutScreen):
            checkout.receipts.output = output
        self.receipt_output_changed.emit(output)

    def _use_label_printer(self) -> None:
        from omigjen_pos.ui.screens.inventory.inventory_screen import InventoryScreen

        for inventory in self._screens_of(InventoryScreen):
            inventory.load_label_printer()

    def screen_titles(self) -> list[str]:
        return [self.navigation.item(row).text() for row in range(self.navigation.count())]

    def _describe(self, screen: Screen) -> tuple[str, str]:
        if screen is Screen.CHECKOUT:
            return self.tr("Checkout"), self.tr("Selling at the till comes here.")
        if screen is Screen.INVENTORY:
            return self.tr("Items"), self.tr("Registering items and printing labels comes here.")
        if screen is Screen.REPORTS:
            return self.tr("Reports"), self.tr("X and Z reports and exports come here.")
        if screen is Screen.JOURNAL:
            return self.tr("Journal"), self.tr(
                "Every event of the tills: search it, read receipts and reports, export it."
            )
        return self.tr("Administration"), self.tr("Settings of this till and of the shop.")
