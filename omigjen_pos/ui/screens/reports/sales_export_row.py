"""The reports screen's export row: the period and shop shown, as an XLSX
workbook or CSV files for the accountant (services/exports/sales_export), or as
the shop's SAF-T Cash Register file for the tax authority (services/saft).

The export runs off the GUI thread. Its ``progress`` callback arrives on the
worker thread, so it is passed on through a signal to the progress bar; Cancel
makes the next callback raise, which stops the export and leaves no file.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from omigjen_pos.services.actors import Actor
from omigjen_pos.services.exports import ExportSummary, SalesExportQuery, export_sales
from omigjen_pos.services.reports.figures import ReportPeriod
from omigjen_pos.services.saft import SaftSummary, export_saft
from omigjen_pos.services.store_setup import Store
from omigjen_pos.ui.messages import describe_error
from omigjen_pos.ui.tasks import TaskRunner


class ExportCancelled(Exception):
    """Raised from the progress callback when the user presses Cancel."""


class _Progress(QObject):
    moved = Signal(int, int)  # done, total; emitted on the worker thread


class SalesExportRow(QWidget):
    def __init__(
        self,
        store: Store,
        actor: Actor,
        tasks: TaskRunner,
        selection: Callable[[], tuple[ReportPeriod, str | None]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store, self._actor, self._tasks = store, actor, tasks
        self._selection = selection  # the period and shop code (None: all) shown
        self._cancel = threading.Event()
        self._progress = _Progress(self)
        self._progress.moved.connect(self._moved)
        self.export_button = QPushButton(self.tr("Export sales…"))
        self.export_button.setAccessibleName(
            self.tr("Export the sales of the period for the accountant")
        )
        self.export_button.clicked.connect(self._ask)
        self.saft_button = QPushButton(self.tr("SAF-T file…"))
        self.saft_button.setAccessibleName(
            self.tr("Export the shop's SAF-T Cash Register file for the period")
        )
        self.saft_button.clicked.connect(self._ask_saft)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Export progress"))
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancel export"))
        self.cancel_button.setAccessibleName(self.cancel_button.text())
        self.cancel_button.clicked.connect(self._cancel.set)
        self.cancel_button.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Export message"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.export_button)
        row.addWidget(self.saft_button)
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.message, 2)

    @property
    def running(self) -> bool:
        return self.progress.isVisible()

    def _ask(self) -> None:
        period, _shop = self._selection()
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = f"salg-{period.first.isoformat()}-{period.last.isoformat()}.xlsx"
        xlsx, csv = self.tr("Excel workbook (*.xlsx)"), self.tr("CSV files for Excel (*.csv)")
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export sales"), str(Path(folder) / name), f"{xlsx};;{csv}"
        )
        if path:
            fmt = "csv" if chosen == csv or path.lower().endswith(".csv") else "xlsx"
            self.export_to(Path(path).with_suffix(f".{fmt}"), fmt)

    def export_to(self, path: Path, fmt: str = "xlsx") -> None:
        """Export the shown period and shop to ``path`` (``xlsx`` or ``csv``)."""
        period, shop_code = self._selection()
        query = SalesExportQuery(shop_code, period.first, period.last)
        store, actor, report = self._store, self._actor, self._start()
        self._tasks.run(
            lambda: export_sales(store, actor, query, path, fmt, "comma", report),
            self._done,
            self._failed,
        )

    def _ask_saft(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the SAF-T file"), folder
        )
        if chosen:
            self.export_saft_to(Path(chosen))

    def export_saft_to(self, path: Path) -> None:
        """The shown shop's SAF-T file for the shown period, into ``path`` (a file,
        or a folder for Skatteetaten's default name). One shop at a time."""
        period, shop_code = self._selection()
        if shop_code is None:
            self.message.setText(self.tr("Choose one shop: a SAF-T file is per business."))
            return
        store, actor, report = self._store, self._actor, self._start()
        self._tasks.run(
            lambda: export_saft(store, actor, shop_code, period.first, period.last, path, report),
            self._saft_done,
            self._failed,
        )

    def _start(self) -> Callable[[int, int], None]:
        """Show the progress bar and Cancel; the callback the export reports to."""
        cancel, progress = self._cancel, self._progress
        cancel.clear()

        def report(done: int, total: int) -> None:
            if cancel.is_set():
                raise ExportCancelled
            progress.moved.emit(done, total)

        self.export_button.setEnabled(False)
        self.saft_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.message.setText(self.tr("Exporting…"))
        return report

    def _saft_done(self, summary: SaftSummary) -> None:
        self._finish()
        self.message.setText(
            self.tr("SAF-T file with {count} transactions written to {path}").format(
                count=summary.transactions, path=summary.path
            )
        )

    def _moved(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))

    def _finish(self) -> None:
        self.export_button.setEnabled(True)
        self.saft_button.setEnabled(True)
        self.progress.hide()
        self.cancel_button.hide()

    def _done(self, summary: ExportSummary) -> None:
        self._finish()
        self.message.setText(
            self.tr("{count} receipts exported to {path}").format(
                count=summary.receipts, path=summary.files[0]
            )
        )

    def _failed(self, error: Exception) -> None:
        self._finish()
        if isinstance(error, ExportCancelled):
            self.message.setText(self.tr("Export cancelled; no file was written."))
        else:
            self.message.setText(describe_error(error))
