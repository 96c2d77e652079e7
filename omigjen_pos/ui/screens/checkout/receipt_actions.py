"""The receipt after a sale or return, a print-again key, and the cash drawer.

Printing runs off the GUI thread (a network printer may take seconds to time
out). A printer that fails leaves the sale recorded and its original receipt
still due: the cashier sees why and presses Ctrl+P to print it again, which
prints the original, not a copy. Ctrl+P after a printed receipt prints the one
copy (KOPI); a second copy is refused with a message.
"""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from omigjen_pos.domain.errors import InvalidState, PrinterError
from omigjen_pos.printing.receipt_document import ReceiptDocument
from omigjen_pos.services.checkout.views import SaleSummary
from omigjen_pos.services.receipt_output import (
    ProducedReceipt,
    ReceiptOutput,
    open_cash_drawer,
    produce_receipt,
)
from omigjen_pos.services.receipts import next_receipt, record_receipt_produced
from omigjen_pos.ui.messages import describe_error


class ReceiptActions(QObject):
    """Owned by the checkout screen."""

    def __init__(self, screen, output: ReceiptOutput) -> None:
        super().__init__(screen)
        self._screen = screen
        self.output = output
        self.last_sale: SaleSummary | None = None
        self.last_receipt: ReceiptDocument | None = None

    @property
    def _system_printer(self) -> bool:
        return self.output.printer is not None and self.output.printer.kind == "system"

    def after_sale(self, sale: SaleSummary, cash: bool, electronic: bool = False) -> None:
        """The receipt of a sale just recorded (and the drawer, for cash)."""
        self.last_sale = sale
        self._produce(sale.sale_id, electronic=electronic, open_drawer=cash)

    def print_again(self) -> None:
        """Ctrl+P: the original if it never came out, else the one copy."""
        if self.last_sale is None:
            self._screen.message.setText(self.tr("No sale on this till yet to print."))
            return
        self._produce(self.last_sale.sale_id, electronic=False, open_drawer=False)

    def _produce(self, sale_id: int, electronic: bool, open_drawer: bool) -> None:
        screen, output = self._screen, self.output
        store, actor = screen.store, screen.actor
        if self._system_printer and not electronic:
            screen.tasks.run(
                lambda: next_receipt(store, actor, sale_id),
                lambda receipt: self._print_on_system_printer(receipt, sale_id),
                self._failed,
            )
            return
        screen.tasks.run(
            lambda: produce_receipt(store, actor, sale_id, output, electronic, open_drawer),
            self._produced,
            self._failed,
        )

    def _print_on_system_printer(self, receipt: ReceiptDocument, sale_id: int) -> None:
        """Qt prints on the GUI thread: the PDF, page by page, on the default printer."""
        info = QPrinterInfo.defaultPrinter()
        if info.isNull():
            self._failed(PrinterError("system", "not_found", "no default printer"))
            return
        # Loaded here, not with the till: reportlab and the PDF rasteriser take a while.
        from omigjen_pos.printing.receipt_pdf import render_receipt_pdf
        from omigjen_pos.ui.screens.inventory.label_dialog import print_pdf

        pdf = BytesIO()
        render_receipt_pdf(receipt, pdf, "A4")  # an office printer: A4 sheets
        printer = QPrinter(info)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        try:
            print_pdf(pdf.getvalue(), printer)
        except OSError as error:
            self._failed(PrinterError(info.printerName(), "io", str(error)))
            return
        store, actor = self._screen.store, self._screen.actor
        self._screen.tasks.run(
            lambda: record_receipt_produced(store, actor, receipt, sale_id, "system"),
            lambda _none: self._produced(ProducedReceipt(receipt, "system")),
            self._failed,
        )

    def _produced(self, produced: ProducedReceipt) -> None:
        self.last_receipt = produced.receipt
        receipt = produced.receipt
        if produced.pdf_path is not None:
            note = self.tr("Receipt {number} saved as PDF: {path}").format(
                number=receipt.receipt_number, path=str(Path(produced.pdf_path))
            )
        elif receipt.copy:
            note = self.tr("Copy of receipt {number} printed.").format(
                number=receipt.receipt_number
            )
        else:
            note = self.tr("Receipt {number} printed.").format(number=receipt.receipt_number)
        self._screen.receipt_note.setText(note)

    def _failed(self, error: Exception) -> None:
        if isinstance(error, PrinterError):
            text = self.tr(
                "The receipt printer ({printer}) did not print: {reason}. The sale is "
                "recorded. Check power and paper, then press Ctrl+P to print the receipt."
            ).format(printer=error.printer, reason=self._reason(error.reason))
        elif isinstance(error, InvalidState) and error.what == "receipt":
            text = self.tr(
                "The receipt and its one copy are already printed; no more copies (the law "
                "allows one)."
            )
        else:
            text = describe_error(error)
        self._screen.receipt_note.setText("")
        self._screen.show_message(text)

    def _reason(self, reason: str) -> str:
        return {
            "unreachable": self.tr("it cannot be reached on the network"),
            "refused": self.tr("it refused the connection"),
            "timeout": self.tr("it did not answer in time"),
            "reset": self.tr("it broke off the connection"),
            "not_found": self.tr("it is not connected"),
            "busy": self.tr("another program is using it"),
            "permission": self.tr("this computer may not use it"),
        }.get(reason, self.tr("it reported an error"))

    def open_drawer(self) -> None:
        """The drawer pulse, for an opening without a sale that was just recorded."""
        output = self.output
        self._screen.tasks.run(lambda: open_cash_drawer(output), self._drawer_opened, self._failed)

    def _drawer_opened(self, opened: bool) -> None:
        if not opened:
            self._screen.receipt_note.setText(
                self.tr("No receipt printer drives the drawer here: open it with its key.")
            )
