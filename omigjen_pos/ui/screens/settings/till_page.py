"""Settings of this till (this machine's settings.toml): the database, the
receipt and label printers with a test print each, the interface language.

The printers are used as soon as they are saved; the database and the language
from the next start, and the page says so. A test print uses what the form
shows, saved or not, so a printer can be tried before it is kept.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from omigjen_pos.config import SettingsError
from omigjen_pos.domain.errors import InvalidInput, PrinterError
from omigjen_pos.printing.printers import DEFAULT_PORT, printer_from_settings
from omigjen_pos.services.receipt_output import (
    ReceiptOutput,
    print_test_page,
    sample_page_pdf,
)
from omigjen_pos.services.store_connection import (
    CheckOutcome,
    ConnectionCheck,
    check_connection,
)
from omigjen_pos.services.store_setup import Store
from omigjen_pos.services.till_settings import (
    TillSettings,
    default_labels_folder,
    default_store_url,
    label_printer_from_settings,
    masked_url,
    read_till_settings,
    restore_password,
    sample_label_pdf,
    save_sample_label,
    save_till_settings,
    store_in_use,
)
from omigjen_pos.ui.screens.inventory.label_dialog import print_pdf
from omigjen_pos.ui.screens.settings.common import (
    StatusLine,
    describe_refusal,
    left,
    mark,
    save_cancel_row,
    unmark,
)
from omigjen_pos.ui.setup.texts import describe_check
from omigjen_pos.ui.tasks import TaskRunner


class TillSettingsPage(QWidget):
    receipt_output_changed = Signal(object)  # ReceiptOutput
    label_printer_changed = Signal()

    def __init__(
        self,
        store: Store,
        tasks: TaskRunner,
        settings_file: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._file = settings_file
        self._in_use = store_in_use(store)
        self.settings: TillSettings | None = None
        self.setAccessibleName(self.tr("This till"))
        self._build_store_group()
        self._build_receipt_group()
        self._build_label_group()
        self._build_language_group()
        self.message = StatusLine(self.tr("Message"))
        self.save_button = QPushButton(self.tr("Save"))
        self.cancel_button = QPushButton(self.tr("Undo changes"))
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.load)
        root = QVBoxLayout(self)
        root.addWidget(self.store_group)
        printers = QHBoxLayout()
        printers.addWidget(self.receipt_group, 1)
        printers.addWidget(self.label_group, 1)
        root.addLayout(printers)
        root.addWidget(self.language_group)
        root.addStretch(1)
        root.addWidget(self.message)
        root.addLayout(save_cancel_row(self.save_button, self.cancel_button))
        self.load()

    # --- building ----------------------------------------------------------------------

    def _build_store_group(self) -> None:
        self.store_group = QGroupBox(self.tr("Database"))
        self.in_use = QLabel(self._in_use)
        self.in_use.setAccessibleName(self.tr("Database in use now"))
        self.in_use.setWordWrap(True)
        self.url = QLineEdit()
        self.url.setAccessibleName(self.tr("Database for the next start"))
        self.url.setPlaceholderText(
            self.tr("Empty: the SQLite file in this computer's data folder")
        )
        self.test_store_button = QPushButton(self.tr("Test connection"))
        self.test_store_button.setAccessibleName(self.test_store_button.text())
        self.test_store_button.setAutoDefault(False)
        self.test_store_button.clicked.connect(self.test_store)
        self.store_note = QLabel(
            self.tr(
                "A new database is used from the next start of Omigjen POS. The password "
                "is shown as ***; leave it so to keep it."
            )
        )
        self.store_note.setWordWrap(True)
        self.store_result = StatusLine(self.tr("Connection test"))
        row = QHBoxLayout()
        row.addWidget(self.url, 1)
        row.addWidget(self.test_store_button)
        form = QFormLayout(self.store_group)
        form.addRow(self.tr("In use now"), self.in_use)
        form.addRow(self.tr("Next start"), row)
        form.addRow(self.store_note)
        form.addRow(self.store_result)

    def _build_receipt_group(self) -> None:
        self.receipt_group = QGroupBox(self.tr("Receipt printer"))
        self.receipt_kind = QComboBox()
        self.receipt_kind.setAccessibleName(self.tr("Receipt printer"))
        for text, kind in (
            (self.tr("None: receipts are saved as PDF files"), "none"),
            (self.tr("PDF files in a folder"), "pdf"),
            (self.tr("Network receipt printer"), "network"),
            (self.tr("USB or serial receipt printer"), "device"),
            (self.tr("This computer's default printer (A4)"), "system"),
        ):
            self.receipt_kind.addItem(text, kind)
        self.receipt_host = QLineEdit()
        self.receipt_host.setAccessibleName(self.tr("Printer address"))
        self.receipt_host.setPlaceholderText("10.0.0.5")
        self.receipt_port = QSpinBox()
        self.receipt_port.setAccessibleName(self.tr("Port"))
        self.receipt_port.setRange(1, 65535)
        self.receipt_port.setValue(DEFAULT_PORT)
        self.receipt_port.setMaximumWidth(140)
        self.receipt_path = QLineEdit()
        self.receipt_path.setAccessibleName(self.tr("Device"))
        self.receipt_path.setPlaceholderText("/dev/usb/lp0, COM3")
        self.receipt_folder = QLineEdit()
        self.receipt_folder.setAccessibleName(self.tr("Receipt folder"))
        self.receipt_paper = QComboBox()
        self.receipt_paper.setAccessibleName(self.tr("Paper"))
        self.receipt_paper.addItem(self.tr("80 mm roll"), "80mm")
        self.receipt_paper.addItem(self.tr("58 mm roll"), "58mm")
        self.test_receipt_button = QPushButton(self.tr("Test print"))
        self.test_receipt_button.setAccessibleName(self.tr("Test print on the receipt printer"))
        self.test_receipt_button.setAutoDefault(False)
        self.test_receipt_button.clicked.connect(self.test_receipt_printer)
        self.receipt_result = StatusLine(self.tr("Receipt printer test"))
        self.receipt_form = QFormLayout(self.receipt_group)
        self.receipt_form.addRow(self.tr("Printer"), self.receipt_kind)
        self.receipt_form.addRow(self.tr("Address"), self.receipt_host)
        self.receipt_form.addRow(self.tr("Port"), self.receipt_port)
        self.receipt_form.addRow(self.tr("Device"), self.receipt_path)
        self.receipt_form.addRow(
            self.tr("Folder"), self._with_browse(self.receipt_folder, self.tr("Receipt folder"))
        )
        self.receipt_form.addRow(self.tr("Paper"), self.receipt_paper)
        self.receipt_form.addRow(left(self.test_receipt_button))
        self.receipt_form.addRow(self.receipt_result)
        self.receipt_kind.currentIndexChanged.connect(self._show_receipt_rows)

    def _build_label_group(self) -> None:
        self.label_group = QGroupBox(self.tr("Label printer"))
        self.label_kind = QComboBox()
        self.label_kind.setAccessibleName(self.tr("Label printer"))
        for text, kind in (
            (self.tr("None: labels are saved as PDF files"), "none"),
            (self.tr("PDF files in a folder"), "pdf"),
            (self.tr("A printer of this computer"), "system"),
        ):
            self.label_kind.addItem(text, kind)
        self.label_folder = QLineEdit()
        self.label_folder.setAccessibleName(self.tr("Label folder"))
        self.label_printer_name = QComboBox()
        self.label_printer_name.setEditable(True)
        self.label_printer_name.setAccessibleName(self.tr("Label printer name"))
        self.label_printer_name.addItems(QPrinterInfo.availablePrinterNames())
        self.test_label_button = QPushButton(self.tr("Test label"))
        self.test_label_button.setAccessibleName(self.tr("Print a test label"))
        self.test_label_button.setAutoDefault(False)
        self.test_label_button.clicked.connect(self.test_label_printer)
        self.label_result = StatusLine(self.tr("Label printer test"))
        self.label_form = QFormLayout(self.label_group)
        self.label_form.addRow(self.tr("Printer"), self.label_kind)
        self.label_form.addRow(
            self.tr("Folder"), self._with_browse(self.label_folder, self.tr("Label folder"))
        )
        self.label_form.addRow(self.tr("Printer name"), self.label_printer_name)
        self.label_form.addRow(
            QLabel(self.tr("Labels print on 62 × 29 mm rolls; A4 sheets from the label dialog."))
        )
        self.label_form.addRow(left(self.test_label_button))
        self.label_form.addRow(self.label_result)
        self.label_kind.currentIndexChanged.connect(self._show_label_rows)

    def _build_language_group(self) -> None:
        self.language_group = QGroupBox(self.tr("Language"))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Interface language"))
        self.language.addItem("Norsk bokmål", "nb")
        self.language.addItem("English", "en")
        self.language.setMaximumWidth(320)
        form = QFormLayout(self.language_group)
        form.addRow(self.tr("Interface language"), self.language)
        note = QLabel(
            self.tr("Used from the next start. Receipts, labels and reports are always Norwegian.")
        )
        note.setWordWrap(True)
        form.addRow(note)

    def _with_browse(self, field: QLineEdit, title: str) -> QWidget:
        button = QPushButton(self.tr("Choose…"))
        button.setAccessibleName(self.tr("Choose a folder for {what}").format(what=title))
        button.setAutoDefault(False)

        def browse() -> None:
            folder = QFileDialog.getExistingDirectory(self, title, field.text())
            if folder:
                field.setText(folder)

        button.clicked.connect(browse)
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(field, 1)
        row.addWidget(button)
        return holder

    def _show_receipt_rows(self) -> None:
        kind = self.receipt_kind.currentData()
        shown = {
            self.receipt_host: kind == "network",
            self.receipt_port: kind == "network",
            self.receipt_path: kind == "device",
            self.receipt_folder.parentWidget(): kind == "pdf",
            self.receipt_paper: kind in ("network", "device", "pdf"),
        }
        for widget, visible in shown.items():
            self.receipt_form.setRowVisible(widget, visible)

    def _show_label_rows(self) -> None:
        kind = self.label_kind.currentData()
        self.label_form.setRowVisible(self.label_folder.parentWidget(), kind == "pdf")
        self.label_form.setRowVisible(self.label_printer_name, kind == "system")
        self.label_folder.setPlaceholderText(str(default_labels_folder()))

    # --- the form and the file -----------------------------------------------------------

    def load(self) -> None:
        """The form as the settings file says (Cancel: throw the edits away)."""
        self._clear()
        try:
            settings = read_till_settings(self._file)
        except SettingsError as error:  # a broken file: say so, keep the form usable
            self.message.show_problem(describe_refusal(error))
            return
        self.settings = settings
        self.url.setText(masked_url(settings.database_url) if settings.database_url else "")
        receipt = settings.receipt_printer
        self._choose(self.receipt_kind, str(receipt.get("kind", "none")))
        self.receipt_host.setText(str(receipt.get("host", "")))
        port = receipt.get("port", DEFAULT_PORT)
        self.receipt_port.setValue(port if isinstance(port, int) else DEFAULT_PORT)
        self.receipt_path.setText(str(receipt.get("path", "")))
        self.receipt_folder.setText(str(receipt.get("folder", "")))
        self._choose(self.receipt_paper, str(receipt.get("paper", "80mm")).replace(" ", ""))
        label = settings.label_printer
        self._choose(self.label_kind, str(label.get("kind", "none")))
        self.label_folder.setText(str(label.get("folder", "")))
        self.label_printer_name.setCurrentText(str(label.get("name", "")))
        self._choose(self.language, settings.language)
        self._show_receipt_rows()
        self._show_label_rows()

    @staticmethod
    def _choose(combo: QComboBox, data: str) -> None:
        index = combo.findData(data)
        combo.setCurrentIndex(max(index, 0))

    def receipt_printer_table(self) -> dict[str, object]:
        """The receipt printer as the form shows it, as a settings table."""
        kind = self.receipt_kind.currentData()
        table: dict[str, object] = {"kind": kind}
        if kind == "network":
            table |= {"host": self.receipt_host.text(), "port": self.receipt_port.value()}
        elif kind == "device":
            table["path"] = self.receipt_path.text()
        elif kind == "pdf":
            table["folder"] = self.receipt_folder.text()
        if kind in ("network", "device", "pdf"):
            table["paper"] = self.receipt_paper.currentData()
        return table

    def label_printer_table(self) -> dict[str, object]:
        kind = self.label_kind.currentData()
        table: dict[str, object] = {"kind": kind}
        if kind == "pdf":
            table["folder"] = self.label_folder.text()
        elif kind == "system":
            table["name"] = self.label_printer_name.currentText()
        return table

    def _wanted_url(self) -> str | None:
        """The URL typed, with a password shown as *** put back; None: unchanged."""
        saved = self.settings.database_url if self.settings else None
        shown = masked_url(saved) if saved else ""
        typed = self.url.text().strip()
        if typed == shown:
            return None
        return restore_password(typed, saved)

    def changes(self) -> dict[str, object]:
        changes: dict[str, object] = {
            "language": self.language.currentData(),
            "receipt_printer": self.receipt_printer_table(),
            "label_printer": self.label_printer_table(),
        }
        url = self._wanted_url()
        if url is not None:
            changes["database_url"] = url
        return changes

    def save(self) -> None:
        self._clear()
        changes, path = self.changes(), self._file
        self.save_button.setEnabled(False)
        self._tasks.run(
            lambda: save_till_settings(changes, path),
            lambda saved: self._saved(saved, "database_url" in changes),
            self._save_failed,
        )

    def _saved(self, settings: TillSettings, url_changed: bool) -> None:
        before = self.settings
        self.save_button.setEnabled(True)
        self.load()
        parts = [self.tr("Saved in {path}.").format(path=settings.path)]
        parts.append(self.tr("The printers are used from now on."))
        if url_changed or (before is not None and before.language != settings.language):
            parts.append(self.tr("The database and the language change at the next start."))
        self.message.show_ok(" ".join(parts))
        self.receipt_output_changed.emit(
            ReceiptOutput(printer_from_settings(settings.receipt_printer))
        )
        self.label_printer_changed.emit()

    def _save_failed(self, error: Exception) -> None:
        self.save_button.setEnabled(True)
        self._show_refusal(error, self.message)

    def _show_refusal(self, error: Exception, line: StatusLine) -> None:
        fields = {
            "database_url": self.url,
            "host": self.receipt_host,
            "port": self.receipt_port,
            "path": self.receipt_path,
        }
        field = fields.get(error.field) if isinstance(error, InvalidInput) else None
        if field is not None:
            mark(field)
        line.show_problem(describe_refusal(error))

    def _clear(self) -> None:
        unmark([self.url, self.receipt_host, self.receipt_port, self.receipt_path])
        for line in (self.message, self.store_result, self.receipt_result, self.label_result):
            line.clear()

    # --- tests of the connection and the printers -------------------------------------

    def test_store(self) -> None:
        self.store_result.show_ok(self.tr("Connecting…"))
        saved = self.settings.database_url if self.settings else None
        typed = self.url.text().strip()
        url = restore_password(typed, saved) if typed else default_store_url()
        self.test_store_button.setEnabled(False)
        self._tasks.run(lambda: check_connection(url), self._store_tested, self._store_failed)

    def _store_tested(self, check: ConnectionCheck) -> None:
        """What the set-up wizard's check found, said for a till already running."""
        self.test_store_button.setEnabled(True)
        if check.outcome is CheckOutcome.HAS_CENTRE:
            text = self.tr("Connected to {server}: {centre}.")
        elif check.outcome is CheckOutcome.NO_CENTRE:
            text = self.tr("Connected to {server}. It has no centre yet.")
        elif check.outcome is CheckOutcome.EMPTY and not check.host:
            text = self.tr(
                "There is no Omigjen POS data in {server} yet. A new, empty store would be "
                "made there at the next start."
            )
        elif check.outcome is CheckOutcome.EMPTY:
            text = self.tr(
                "Connected to {server}. It holds no Omigjen POS data yet; the next start "
                "prepares it."
            )
        else:
            self.store_result.show_problem(describe_check(check))
            return
        self.store_result.show_ok(text.format(server=check.server, centre=check.centre_name))

    def _store_failed(self, error: Exception) -> None:
        self.test_store_button.setEnabled(True)
        self._show_refusal(error, self.store_result)

    def test_receipt_printer(self) -> None:
        self.receipt_result.clear()
        try:
            printer = printer_from_settings(self.receipt_printer_table())
        except InvalidInput as error:
            self._show_refusal(error, self.receipt_result)
            return
        if printer is not None and printer.kind == "system":
            self._print_on_system(sample_page_pdf(), QPrinterInfo.defaultPrinter(), "")
            return
        output = ReceiptOutput(printer)
        self.test_receipt_button.setEnabled(False)
        self.receipt_result.show_ok(self.tr("Printing…"))
        self._tasks.run(
            lambda: print_test_page(output),
            lambda path: self._receipt_printed(path, output),
            self._receipt_failed,
        )

    def _receipt_printed(self, path: Path | None, output: ReceiptOutput) -> None:
        self.test_receipt_button.setEnabled(True)
        if path is not None:
            self.receipt_result.show_ok(
                self.tr("Test page saved as {path}.").format(path=str(path))
            )
            return
        assert output.printer is not None
        self.receipt_result.show_ok(
            self.tr("Test page sent to {printer}. Check the æ ø å and the ruler.").format(
                printer=output.printer.transport().name
            )
        )

    def _receipt_failed(self, error: Exception) -> None:
        self.test_receipt_button.setEnabled(True)
        self.receipt_result.show_problem(self._printer_problem(error))

    def _printer_problem(self, error: Exception) -> str:
        if not isinstance(error, PrinterError):
            return describe_refusal(error)
        reason = {
            "unreachable": self.tr("it cannot be reached on the network"),
            "refused": self.tr("it refused the connection"),
            "timeout": self.tr("it did not answer in time"),
            "reset": self.tr("it broke off the connection"),
            "not_found": self.tr("it is not connected"),
            "busy": self.tr("another program is using it"),
            "permission": self.tr("this computer may not use it"),
        }.get(error.reason, self.tr("it reported an error"))
        return self.tr(
            "The printer {printer} did not print: {reason}. Check that it is on, has paper "
            "and is connected, and check the address."
        ).format(printer=error.printer, reason=reason)

    def test_label_printer(self) -> None:
        self.label_result.clear()
        try:
            config = label_printer_from_settings(self.label_printer_table())
        except InvalidInput as error:
            self._show_refusal(error, self.label_result)
            return
        if config is not None and config.kind == "system":
            info = QPrinterInfo.printerInfo(config.name)
            self._print_on_system(sample_label_pdf(), info, config.name, label=True)
            return
        self.test_label_button.setEnabled(False)
        self._tasks.run(lambda: save_sample_label(config), self._label_saved, self._label_failed)

    def _label_saved(self, path: Path) -> None:
        self.test_label_button.setEnabled(True)
        self.label_result.show_ok(self.tr("Test label saved as {path}.").format(path=str(path)))

    def _label_failed(self, error: Exception) -> None:
        self.test_label_button.setEnabled(True)
        self.label_result.show_problem(describe_refusal(error))

    def _print_on_system(
        self, pdf: bytes, info: QPrinterInfo, name: str, label: bool = False
    ) -> None:
        """Qt prints on the GUI thread; a test page is one page."""
        line = self.label_result if label else self.receipt_result
        if info.isNull():
            line.show_problem(
                self.tr("There is no printer called {name} on this computer.").format(name=name)
                if name
                else self.tr("This computer has no default printer.")
            )
            return
        try:
            print_pdf(pdf, QPrinter(info, QPrinter.PrinterMode.HighResolution))
        except OSError as error:
            line.show_problem(describe_refusal(error))
            return
        line.show_ok(self.tr("Test page sent to {printer}.").format(printer=info.printerName()))
