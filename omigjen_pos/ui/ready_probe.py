"""Says when a window is first on screen: the start-up benchmark's finish line.

``omigjen-pos --quit-when-ready`` (a hidden option) starts the GUI as usual and,
once the login screen has been painted for the first time, prints
``ready <nanoseconds>`` and closes the window. The time is CLOCK_MONOTONIC
(``time.monotonic_ns()``), one clock for every process on Linux, so
bench/bench_startup.py subtracts the moment it started the process;
bench/bare_window.py reports a bare PySide6 window the same way.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TextIO

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

READY = "ready"


class _FirstPaint(QObject):
    def __init__(self, widget: QWidget, then: Callable[[], object], stream: TextIO) -> None:
        super().__init__(widget)
        self._then, self._stream = then, stream
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # Runs once the whole frame (the widget's children too) is painted.
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        print(f"{READY} {time.monotonic_ns()}", file=self._stream, flush=True)
        self._then()


def report_first_paint(
    widget: QWidget, then: Callable[[], object], stream: TextIO | None = None
) -> None:
    """After ``widget``'s first paint: print ``ready <monotonic ns>``, then call ``then``."""
    _FirstPaint(widget, then, stream or sys.stdout)
