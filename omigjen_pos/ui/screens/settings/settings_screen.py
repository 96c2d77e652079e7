"""The settings screen: a tab for this till (everyone who reaches the screen) and
one for the shop (only with the right to administer it)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from omigjen_pos.domain.roles import Action
from omigjen_pos.services.actors import Actor
from omigjen_pos.services.store_setup import Store
from omigjen_pos.ui.screens.settings.common import scrolling
from omigjen_pos.ui.screens.settings.shop_page import ShopSettingsPage
from omigjen_pos.ui.screens.settings.till_page import TillSettingsPage
from omigjen_pos.ui.tasks import TaskRunner


class SettingsScreen(QWidget):
    receipt_output_changed = Signal(object)  # ReceiptOutput: the till's new receipt printer
    label_printer_changed = Signal()

    def __init__(
        self,
        store: Store,
        actor: Actor,
        tasks: TaskRunner,
        settings_file: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Settings"))
        title = QLabel(self.tr("Settings"))
        title.setObjectName("screenTitle")
        self.till_page = TillSettingsPage(store, tasks, settings_file)
        self.till_page.receipt_output_changed.connect(self.receipt_output_changed)
        self.till_page.label_printer_changed.connect(self.label_printer_changed)
        self.shop_page: ShopSettingsPage | None = None
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Settings"))
        self.tabs.addTab(
            scrolling(self.till_page),
            self.tr("This till ({code})").format(code=actor.till.code),
        )
        if actor.may(Action.ADMINISTER_SHOP):
            self.shop_page = ShopSettingsPage(store, actor, tasks)
            self.tabs.addTab(scrolling(self.shop_page), self.tr("The shop"))
        root = QVBoxLayout(self)
        root.addWidget(title)
        root.addWidget(self.tabs, 1)

    def tab_titles(self) -> list[str]:
        return [self.tabs.tabText(index) for index in range(self.tabs.count())]
