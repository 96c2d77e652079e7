"""The journal screen's "Export CSV…" row: every entry the filters match, with
its content, as a CSV file for Norwegian Excel (services/journal_view).

The export runs off the GUI thread; its ``progress`` callback arrives on the
worker thread and is passed on to the progress bar through a signal. Cancel
makes the next callback raise, which stops the export and leaves no file.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from omigjen_pos.services.actors import Actor
from omigjen_pos.services.journal_view import JournalQuery, export_journal_csv
from omigjen_pos.services.store_setup import Store
from omigjen_pos.ui.messages import describe_error
from omigjen_pos.ui.tasks import TaskRunner


class ExportCancelled(Exception):
    """Raised from the progress callback when the user presses Cancel."""


class _Progress(QObject):
    moved = Signal(int, int)  # done, total; emitted on the worker thread


class JournalExportRow(QWidget):
    finished = Signal()  # the export ended, written, failed or cancelled

    def __init__(
        self,
        store: Store,
        actor: Actor,
        tasks: TaskRunner,
        query: Callable[[], JournalQuery],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store, self._actor, self._tasks = store, actor, tasks
        self._query = query  # the filters shown on the screen
        self._cancel = threading.Event()
        self._progress = _Progress(self)
        self._progress.moved.connect(self._moved)
        self.written: int | None = None  # entries in the last file written
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.export_button.setAccessibleName(self.tr("Export the entries shown as a CSV file"))
        self.export_button.clicked.connect(self._ask)
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
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.message, 2)

    @property
    def running(self) -> bool:
        return not self.export_button.isEnabled()

    def _ask(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        query = self._query()
        name = f"journal-{(query.shop_code or 'alle').lower()}.csv"
        path, _chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the journal"),
            str(Path(folder) / name),
            self.tr("CSV files for Excel (*.csv)"),
        )
        if path:
            self.export_to(Path(path).with_suffix(".csv"))

    def export_to(self, path: Path) -> None:
        """Export the entries the screen's filters match to ``path``."""
        query = self._query()
        store, actor, cancel, progress = self._store, self._actor, self._cancel, self._progress
        cancel.clear()

        def report(done: int, total: int) -> None:
            if cancel.is_set():
                raise ExportCancelled
            progress.moved.emit(done, total)

        self.written = None
        self.export_button.setEnabled(False)
        self.progress.setRange(0, 0)  # busy until the count is known
        self.progress.show()
        self.cancel_button.show()
        self.message.setText(self.tr("Exporting…"))
        self._tasks.run(
            lambda: (export_journal_csv(store, actor, query, path, report), path),
            self._done,
            self._failed,
        )

    def _moved(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))

    def _finish(self) -> None:
        self.export_button.setEnabled(True)
        self.progress.hide()
        self.cancel_button.hide()
        self.finished.emit()

    def _done(self, result: tuple[int, Path]) -> None:
        written, path = result
        self.written = written
        self.message.setText(
            self.tr("{count} entries exported to {path}").format(count=written, path=path)
        )
        self._finish()

    def _failed(self, error: Exception) -> None:
        if isinstance(error, ExportCancelled):
            self.message.setText(self.tr("Export cancelled; no file was written."))
        else:
            self.message.setText(describe_error(error))
        self._finish()
