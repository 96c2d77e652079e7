"""The one way the GUI runs a service call off the GUI thread.

A call that may take more than a moment (a PIN check, a database round trip,
an export) runs on Qt's thread pool; its result or error comes back on the GUI
thread, where the callbacks run. Widgets never wait on the database.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


def _still_there(callback: Callable, owner: QObject | None = None) -> bool:
    """False when the callback is a method of a widget, or the call's ``owner``,
    that has been deleted since the call started (the user logged out, the
    dialog closed): drop the answer."""
    if owner is not None and not shiboken6.isValid(owner):
        return False
    bound_to = getattr(callback, "__self__", None)
    return not isinstance(bound_to, QObject) or shiboken6.isValid(bound_to)


class _JobSignals(QObject):
    done = Signal(int, object)
    failed = Signal(int, object)


class _Job(QRunnable):
    def __init__(self, job_id: int, call: Callable[[], Any], signals: _JobSignals) -> None:
        super().__init__()
        self._job_id = job_id
        self._call = call
        self._signals = signals

    def run(self) -> None:
        try:
            result = self._call()
        except Exception as exc:  # delivered to the caller's error handler
            self._signals.failed.emit(self._job_id, exc)
        else:
            self._signals.done.emit(self._job_id, result)


class TaskRunner(QObject):
    """Runs callables in the background; lives on the GUI thread."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool.globalInstance()
        self._signals = _JobSignals()
        # Bound methods of a QObject: Qt queues these onto this object's (GUI) thread.
        self._signals.done.connect(self._on_done)
        self._signals.failed.connect(self._on_failed)
        self._pending: dict[
            int, tuple[Callable[[Any], None], Callable[[Exception], None], QObject | None]
        ] = {}
        self._ids = itertools.count(1)

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def run(
        self,
        call: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None],
        owner: QObject | None = None,
    ) -> None:
        """Run ``call`` off the GUI thread; its answer goes to ``on_done`` or
        ``on_error`` on the GUI thread, unless the callback's widget or ``owner``
        (give it when the callbacks are lambdas) was deleted meanwhile."""
        job_id = next(self._ids)
        self._pending[job_id] = (on_done, on_error, owner)
        if len(self._pending) == 1:
            self.busy_changed.emit(True)
        self._pool.start(_Job(job_id, call, self._signals))

    def _finish(self, job_id: int):
        callbacks = self._pending.pop(job_id)
        if not self._pending:
            self.busy_changed.emit(False)
        return callbacks

    @Slot(int, object)
    def _on_done(self, job_id: int, result: object) -> None:
        on_done, _, owner = self._finish(job_id)
        if _still_there(on_done, owner):
            on_done(result)

    @Slot(int, object)
    def _on_failed(self, job_id: int, error: object) -> None:
        _, on_error, owner = self._finish(job_id)
        if not isinstance(error, Exception):  # pragma: no cover - defensive
            error = RuntimeError(repr(error))
        log.debug("background call failed", exc_info=error)
        if _still_there(on_error, owner):
            on_error(error)
