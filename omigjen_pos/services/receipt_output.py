"""Producing a sale's receipt (and the till's X/Z reports) on the till's printer,
or as a PDF, and recording it.

The order is what keeps the count honest (N12, N13): decide which receipt is
due (original or copy), produce it, and only then record it. A printer that is
off, out of paper or unreachable raises PrinterError before anything is
recorded, so the sale stays recorded with its original still due, and printing
again gives the original, not a copy. The cash drawer opens through the
receipt printer's drawer port (an ESC/POS pulse).

The PDF renderers (reportlab) are imported where a PDF is made, so the app
starts without loading them.
"""

from __future__ import annotations

import io
import os
import textwrap
from dataclasses import dataclass
from pathlib import Path

from omigjen_pos.config import data_dir
from omigjen_pos.domain.day_report import DayReport
from omigjen_pos.printing.day_report_text import day_report_text
from omigjen_pos.printing.printers import ReceiptPrinterConfig
from omigjen_pos.printing.receipt_document import ReceiptDocument
from omigjen_pos.printing.receipt_escpos import (
    drawer_kick_bytes,
    receipt_escpos_bytes,
    test_page_bytes,
    text_escpos_bytes,
)
from omigjen_pos.services.actors import Actor
from omigjen_pos.services.receipts import next_receipt, record_receipt_produced
from omigjen_pos.store.database import Store

ROLL_PAPER = {48: "80mm", 32: "58mm"}


@dataclass(frozen=True)
class ReceiptOutput:
    """Where this till's receipts go: its printer (None: PDF only) and the folder
    for PDF receipts (printer kind "pdf", electronic receipts, the fallback)."""

    printer: ReceiptPrinterConfig | None = None
    pdf_folder: Path | None = None

    @property
    def folder(self) -> Path:
        if self.printer is not None and self.printer.kind == "pdf" and self.printer.folder:
            return Path(self.printer.folder)
        return self.pdf_folder or data_dir() / "receipts"

    @property
    def prints_escpos(self) -> bool:
        return self.printer is not None and self.printer.escpos


@dataclass(frozen=True)
class ProducedReceipt:
    receipt: ReceiptDocument
    channel: str  # "escpos" or "pdf"
    pdf_path: Path | None = None


def produce_receipt(
    store: Store,
    actor: Actor,
    sale_id: int,
    output: ReceiptOutput,
    electronic: bool = False,
    open_drawer: bool = False,
) -> ProducedReceipt:
    """Produce the receipt due for the sale (the original, or the one copy) on
    the till's printer, or as a PDF when it has none, when the printer is a PDF
    folder, or when the customer asked for an electronic receipt."""
    receipt = next_receipt(store, actor, sale_id, electronic=electronic)
    if output.prints_escpos and not electronic:
        assert output.printer is not None
        data = receipt_escpos_bytes(receipt, output.printer.width_chars, open_drawer=open_drawer)
        output.printer.transport().send(data)
        record_receipt_produced(store, actor, receipt, sale_id, "escpos")
        return ProducedReceipt(receipt, "escpos")
    paper = (
        "A4"
        if electronic
        else ROLL_PAPER.get(output.printer.width_chars if output.printer else 48, "80mm")
    )
    path = save_receipt_pdf(receipt, output.folder, paper)
    record_receipt_produced(store, actor, receipt, sale_id, "pdf")
    if open_drawer:
        open_cash_drawer(output)
    return ProducedReceipt(receipt, "pdf", path)


def save_receipt_pdf(receipt: ReceiptDocument, folder: Path, paper: str = "80mm") -> Path:
    """Write the receipt's PDF into ``folder`` whole (a temporary file, then a
    rename), named by till and number: ``BRUKT-1-000042.pdf``, ``...-kopi.pdf``."""
    from omigjen_pos.printing.receipt_pdf import render_receipt_pdf

    folder.mkdir(parents=True, exist_ok=True)
    suffix = "-kopi" if receipt.copy else ("-trening" if receipt.training else "")
    path = folder / f"{receipt.till_code}-{receipt.receipt_number:06d}{suffix}.pdf"
    temporary = path.with_suffix(".tmp")
    with temporary.open("wb") as stream:
        render_receipt_pdf(receipt, stream, paper)
        stream.flush()
        os.fsync(stream.fileno())
    os.replace(temporary, path)
    return path


def produce_report(
    report: DayReport, output: ReceiptOutput, copy: bool = False, pdf_path: Path | None = None
) -> Path | None:
    """An X- or Z-report on the till's receipt printer, or as a PDF (always when
    ``pdf_path`` is given); returns the PDF's path when one was written."""
    from omigjen_pos.printing.text_pdf import render_text_pdf

    width = output.printer.width_chars if output.printer else 48
    text = day_report_text(report, width, copy)
    if pdf_path is None and output.prints_escpos:
        assert output.printer is not None
        output.printer.transport().send(text_escpos_bytes(text, width))
        return None
    if pdf_path is None:
        number = f"Z{report.number:04d}" if report.number else "X-" + report.produced_at[:19]
        suffix = "-kopi" if copy else ""
        pdf_path = output.folder / f"{report.till_code}-{number.replace(':', '')}{suffix}.pdf"
    pdf_path.parent.mkdir(parents=True, exist_ok=True)
    temporary = pdf_path.with_suffix(".tmp")
    render_text_pdf(text, temporary, ROLL_PAPER.get(width, "80mm"), f"{report.kind}-rapport")
    os.replace(temporary, pdf_path)
    return pdf_path


def open_cash_drawer(output: ReceiptOutput) -> bool:
    """Pulse the drawer through the receipt printer; False when the till has no
    ESC/POS printer to do it (the cashier opens the drawer with its key)."""
    if not output.prints_escpos:
        return False
    assert output.printer is not None
    output.printer.transport().send(drawer_kick_bytes())
    return True


def print_test_page(output: ReceiptOutput, open_drawer: bool = False) -> Path | None:
    """A test page (``omigjen-pos printer-test``) on the till's ESC/POS printer,
    with the drawer pulse first when ``open_drawer``; or, when the till's
    receipts are PDFs, as ``testutskrift.pdf`` in the receipts folder, whose
    path is returned. A "system" printer is the GUI's: it prints
    ``sample_page_pdf()``. Raises PrinterError or OSError."""
    from omigjen_pos.printing.text_pdf import render_text_pdf

    width = output.printer.width_chars if output.printer else 48
    if output.prints_escpos:
        assert output.printer is not None
        data = (drawer_kick_bytes() if open_drawer else b"") + test_page_bytes(width)
        output.printer.transport().send(data)
        return None
    path = output.folder / "testutskrift.pdf"
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    render_text_pdf(sample_page_text(width), temporary, ROLL_PAPER.get(width, "80mm"), "Test")
    os.replace(temporary, path)
    return path


def sample_page_text(width: int = 48) -> str:
    """What the test page says, for a PDF or an office printer: the same as the
    ESC/POS test page (æ ø å, a ruler of ``width`` characters)."""
    ruler = "".join("|" if i % 10 == 0 else "+" if i % 5 == 0 else "-" for i in range(1, width + 1))
    digits = "".join(str(i % 10) for i in range(1, width + 1))
    pangram = "Vår sære Zulu fra badeøya spilte jo whist og quickstep i min taxi."
    lines = [
        "Omigjen POS testutskrift",
        "",
        "Æ Ø Å æ ø å",
        *textwrap.wrap(pangram, width),
        "",
        ruler,
        digits,
        f"{width} tegn per linje",
    ]
    return "\n".join(lines) + "\n"


def sample_page_pdf(paper: str = "A4") -> bytes:
    """The test page as a PDF on ``paper`` (an office printer: A4)."""
    from omigjen_pos.printing.text_pdf import render_text_pdf

    buffer = io.BytesIO()
    render_text_pdf(sample_page_text(), buffer, paper, "Test")
    return buffer.getvalue()
