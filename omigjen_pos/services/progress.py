"""Telling a long job's caller how far it has come: ``progress(done, total)``.

The exports call it from the worker thread; the GUI passes it on to a progress
bar through a signal, and may raise from it to cancel (the job then leaves no file).
"""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, int], None]


class ProgressCounter:
    """Counts what was written and reports it to ``progress``, if any."""

    def __init__(self, progress: Progress | None) -> None:
        self._progress = progress
        self._done = self._total = 0

    def start(self, total: int) -> None:
        self._total = total
        self.advance(0)

    def advance(self, count: int) -> None:
        self._done += count
        if self._progress is not None:
            self._progress(self._done, self._total)
