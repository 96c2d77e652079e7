"""Choosing how labels come out: layout, start position, preview, print or PDF.

Rendering runs off the GUI thread with a progress bar and a cancel button, so
a thousand labels never freeze the window. Printing rasterises each PDF page at
the printer's resolution, which keeps the bars sharp on label printers.
"""

from __future__ import annotations

import io
import threading

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from omigjen_pos.printing.labels import LabelLayout, LabelsCancelled
from omigjen_pos.printing.pdf_raster import RasterPage, rasterise_pdf
from omigjen_pos.services.inventory.labels import write_labels_pdf
from omigjen_pos.services.store_setup import Store
from omigjen_pos.ui.messages import describe_error
from omigjen_pos.ui.tasks import TaskRunner

PREVIEW_DPI = 110


def page_image(page: RasterPage) -> QImage:
    image = QImage(page.rgb, page.width, page.height, page.stride, QImage.Format.Format_RGB888)
    return image.copy()  # own the pixels: ``page.rgb`` may go away


def print_pdf(pdf: bytes, printer: QPrinter) -> None:
    """Send every page of ``pdf`` to ``printer``, one printer page per PDF page."""
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(f"the printer {printer.printerName()} cannot start a job")
    try:
        for number, page in enumerate(rasterise_pdf(pdf, printer.resolution())):
            if number:
                printer.newPage()
            target = painter.viewport()
            image = page_image(page)
            scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(
                target.topLeft().x(),
                target.topLeft().y(),
                image.scaled(
                    scaled,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                ),
            )
    finally:
        painter.end()


class LabelDialog(QDialog):
    progress_changed = Signal(int, int)

    def __init__(
        self, store: Store, tasks: TaskRunner, item_ids: list[int], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._store, self._tasks, self._ids = store, tasks, item_ids
        self._pdf: bytes | None = None
        self._cancel = threading.Event()
        self.setWindowTitle(self.tr("Labels"))
        self.setAccessibleName(self.tr("Labels"))
        self.layout_choice = QComboBox()
        self.layout_choice.setAccessibleName(self.tr("Label layout"))
        self.layout_choice.addItem(self.tr("Roll 62 × 29 mm"), LabelLayout.ROLL_62X29)
        self.layout_choice.addItem(self.tr("A4 sheet 3 × 8"), LabelLayout.A4_3X8)
        self.start = QSpinBox()
        self.start.setRange(1, 24)
        self.start.setAccessibleName(self.tr("First free label on the sheet"))
        self.preview = QLabel()
        self.preview.setAccessibleName(self.tr("Preview"))
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(320, 200)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Progress"))
        self.status = QLabel()
        self.status.setObjectName("errorMessage")
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.save_button = QPushButton(self.tr("Save PDF…"))
        self.print_button = QPushButton(self.tr("Print…"))
        for button in (self.cancel_button, self.save_button, self.print_button):
            button.setAccessibleName(button.text())
        self.cancel_button.clicked.connect(self._cancel_or_close)
        self.save_button.clicked.connect(self._ask_save)
        self.print_button.clicked.connect(self._ask_print)
        self.layout_choice.currentIndexChanged.connect(self.render)
        self.start.valueChanged.connect(self.render)
        self.progress_changed.connect(self._show_progress)

        form = QFormLayout()
        form.addRow(self.tr("Layout"), self.layout_choice)
        form.addRow(self.tr("Start at label"), self.start)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        root = QVBoxLayout(self)
        root.addWidget(QLabel(self.tr("{count} labels").format(count=len(item_ids))))
        root.addLayout(form)
        root.addWidget(self.preview, 1)
        root.addWidget(self.progress)
        root.addWidget(self.status)
        root.addLayout(buttons)
        self.render()

    @property
    def pdf(self) -> bytes | None:
        return self._pdf

    def chosen_layout(self) -> LabelLayout:
        return LabelLayout(self.layout_choice.currentData())  # Qt returns the plain str

    def render(self) -> None:
        layout = self.chosen_layout()
        self.start.setEnabled(layout is LabelLayout.A4_3X8)
        start = self.start.value() if layout is LabelLayout.A4_3X8 else 1
        self._pdf = None
        self._cancel.clear()
        self._set_busy(True)
        store, ids, cancel = self._store, list(self._ids), self._cancel

        def render_pdf() -> bytes:
            buffer = io.BytesIO()

            def progress(done: int, total: int) -> bool:
                self.progress_changed.emit(done, total)  # queued to the GUI thread
                return not cancel.is_set()

            write_labels_pdf(store, ids, layout, buffer, start, progress)
            return buffer.getvalue()

        self._tasks.run(render_pdf, self._rendered, self._failed)

    def _show_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)

    def _rendered(self, pdf: bytes) -> None:
        self._pdf = pdf
        self._set_busy(False)
        first = next(rasterise_pdf(pdf, PREVIEW_DPI))
        self.preview.setPixmap(QPixmap.fromImage(page_image(first)))

    def _failed(self, error: Exception) -> None:
        self._set_busy(False)
        if isinstance(error, LabelsCancelled):
            self.status.setText(self.tr("Cancelled."))
        else:
            self.status.setText(describe_error(error))

    def _set_busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy)
        self.print_button.setEnabled(not busy)
        self.cancel_button.setText(self.tr("Stop") if busy else self.tr("Close"))

    def _cancel_or_close(self) -> None:
        if self._pdf is None and not self.save_button.isEnabled():
            self._cancel.set()
        else:
            self.reject()

    def save_to(self, path: str) -> None:
        if self._pdf is None:
            return
        with open(path, "wb") as file:
            file.write(self._pdf)
        self.status.setText(self.tr("Saved to {path}").format(path=path))

    def _ask_save(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save labels"), "etiketter.pdf", self.tr("PDF files (*.pdf)")
        )
        if path:
            self.save_to(path)

    def _ask_print(self) -> None:
        if self._pdf is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted:
            try:
                print_pdf(self._pdf, printer)
            except OSError as error:
                self.status.setText(describe_error(error))
                return
            self.accept()
