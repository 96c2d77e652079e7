"""Noticing that the store is gone, and when it is back.

A screen that gets StoreUnavailable calls ``report_lost``; the watch shows
nothing itself but pings the store every few seconds off the GUI thread and
emits ``back`` once it answers, so the screen can retry what it was doing.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from omigjen_pos.domain.errors import StoreUnavailable
from omigjen_pos.services.store_setup import Store
from omigjen_pos.ui.tasks import TaskRunner

RETRY_MS = 2000


class StoreWatch(QObject):
    lost = Signal(object)  # the StoreUnavailable
    back = Signal()

    def __init__(
        self,
        store: Store,
        tasks: TaskRunner,
        parent: QObject | None = None,
        retry_ms: int = RETRY_MS,
    ) -> None:
        super().__init__(parent)
        self._store, self._tasks = store, tasks
        self.online = True
        self._pinging = False
        self._timer = QTimer(self, interval=retry_ms)
        self._timer.timeout.connect(self._ping)

    def report_lost(self, error: StoreUnavailable) -> None:
        if self.online:
            self.online = False
            self._timer.start()
        self.lost.emit(error)

    def _ping(self) -> None:
        if self._pinging:
            return
        self._pinging = True
        self._tasks.run(self._store.ping, self._answered, self._still_gone)

    def _answered(self, _none: object) -> None:
        self._pinging = False
        if not self.online:
            self.online = True
            self._timer.stop()
            self.back.emit()

    def _still_gone(self, error: Exception) -> None:
        self._pinging = False
        if isinstance(error, StoreUnavailable):
            self.lost.emit(error)
