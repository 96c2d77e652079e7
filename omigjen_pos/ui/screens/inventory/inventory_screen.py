"""The inventory screen: the workbench form and the stock list, side by side in tabs.

"Save and print label" prints on this till's label printer: the one in its
settings (``[label_printer]``, set in the settings screen or by *Choose label
printer…* here, which is kept for the till). With none, or a PDF folder, the
label is saved as a PDF (in the data folder's ``labels/`` unless the settings
name a folder), so the repairer always gets it.
"""

from __future__ import annotations

import io
from pathlib import Path

from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from omigjen_pos.config import SettingsError
from omigjen_pos.printing.labels import LabelLayout
from omigjen_pos.services.actors import Actor
from omigjen_pos.services.inventory.labels import write_labels_pdf
from omigjen_pos.services.inventory.registration import list_categories
from omigjen_pos.services.inventory.rows import ItemRow
from omigjen_pos.services.store_setup import Store
from omigjen_pos.services.till_settings import (
    default_labels_folder,
    label_printer_in_settings,
    save_till_settings,
)
from omigjen_pos.ui.messages import describe_error
from omigjen_pos.ui.screens.inventory.label_dialog import LabelDialog, print_pdf
from omigjen_pos.ui.screens.inventory.registration_form import RegistrationForm
from omigjen_pos.ui.screens.inventory.stock_screen import StockScreen
from omigjen_pos.ui.tasks import TaskRunner


class InventoryScreen(QWidget):
    def __init__(
        self, store: Store, actor: Actor, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._store, self._tasks = store, tasks
        self.label_printer: QPrinter | None = None
        self.label_folder: Path = default_labels_folder()
        self._missing_printer = ""  # a printer the settings name that this computer lacks
        self.setAccessibleName(self.tr("Items"))
        categories = list_categories(store)
        self.registration = RegistrationForm(store, actor, tasks, categories)
        self.stock = StockScreen(store, actor, tasks, categories)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Inventory"))
        self.tabs.addTab(self.registration, self.tr("Register"))
        self.tabs.addTab(self.stock, self.tr("Stock"))
        self.printer_label = QLabel()
        self.printer_label.setAccessibleName(self.tr("Label printer"))
        choose = QPushButton(self.tr("Choose label printer…"))
        choose.setAccessibleName(choose.text())
        choose.clicked.connect(self._choose_printer)
        self.print_message = QLabel()
        self.print_message.setAccessibleName(self.tr("Label message"))
        printer_row = QHBoxLayout()
        printer_row.addWidget(self.printer_label, 1)
        printer_row.addWidget(choose)
        root = QVBoxLayout(self)
        root.addWidget(self.tabs, 1)
        root.addWidget(self.print_message)
        root.addLayout(printer_row)
        self.registration.registered.connect(self._registered)
        self.stock.print_labels_requested.connect(self.open_label_dialog)
        self.load_label_printer()

    def load_label_printer(self) -> None:
        """This till's label printer as its settings say (again after a save)."""
        config = label_printer_in_settings()
        self.label_printer, self._missing_printer = None, ""
        self.label_folder = default_labels_folder()
        if config is not None and config.kind == "pdf":
            self.label_folder = config.folder_path
        elif config is not None and config.kind == "system":
            info = QPrinterInfo.printerInfo(config.name)
            if info.isNull():
                self._missing_printer = config.name
            else:
                self.label_printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
        self._show_printer()

    def _show_printer(self) -> None:
        if self.label_printer is not None:
            self.printer_label.setText(
                self.tr("Label printer: {name}").format(name=self.label_printer.printerName())
            )
        elif self._missing_printer:
            text = self.tr(
                "Label printer {name} is not found on this computer; labels are saved as "
                "PDF in {folder}"
            )
            self.printer_label.setText(
                text.format(name=self._missing_printer, folder=self.labels_folder())
            )
        else:
            text = self.tr("Label printer: none chosen, labels are saved as PDF in {folder}")
            self.printer_label.setText(text.format(folder=self.labels_folder()))

    def labels_folder(self) -> Path:
        return self.label_folder

    def _choose_printer(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted:
            self.label_printer, self._missing_printer = printer, ""
            self._show_printer()
            self._keep_printer(printer.printerName())

    def _keep_printer(self, name: str) -> None:
        """The printer chosen is this till's label printer from now on."""
        try:
            save_till_settings({"label_printer": {"kind": "system", "name": name}})
        except SettingsError as error:
            text = self.tr(
                "The choice is used now but not kept: the settings file cannot be read ({detail})."
            )
            self.print_message.setText(text.format(detail=str(error)))
            return
        except OSError as error:
            self.print_message.setText(describe_error(error))
            return
        self.print_message.setText(
            self.tr("{name} is this till's label printer from now on.").format(name=name)
        )

    def _registered(self, row: ItemRow, print_label: bool) -> None:
        self.stock.run_search()
        if print_label:
            self.print_label_now(row)

    def print_label_now(self, row: ItemRow) -> None:
        """One roll label for a just-registered item, without any dialog."""
        store = self._store

        def render() -> bytes:
            buffer = io.BytesIO()
            write_labels_pdf(store, [row.id], LabelLayout.ROLL_62X29, buffer)
            return buffer.getvalue()

        self._tasks.run(render, lambda pdf: self._deliver_label(row, pdf), self._label_failed)

    def _deliver_label(self, row: ItemRow, pdf: bytes) -> None:
        try:
            if self.label_printer is not None:
                print_pdf(pdf, self.label_printer)
                text = self.tr("Label for {barcode} printed.").format(barcode=row.barcode)
            else:
                folder = self.labels_folder()
                folder.mkdir(parents=True, exist_ok=True)
                path = folder / f"{row.barcode}.pdf"
                path.write_bytes(pdf)
                text = self.tr("Label for {barcode} saved to {path}").format(
                    barcode=row.barcode, path=path
                )
        except OSError as error:
            self._label_failed(error)
            return
        self.print_message.setText(text)

    def _label_failed(self, error: Exception) -> None:
        self.print_message.setText(describe_error(error))

    def open_label_dialog(self, item_ids: list[int]) -> LabelDialog:
        dialog = LabelDialog(self._store, self._tasks, item_ids, self)
        dialog.open()
        return dialog
