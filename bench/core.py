"""What every benchmark shares: the run's context, results and their rows.

A benchmark is a module ``bench/bench_<name>.py`` with a function
``run(ctx: Context) -> list[Result]``; the runner finds it by its file name
(README.md, "Adding a benchmark").
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from typing import Any

from bench.generate import (
    BACKENDS,
    Size,
    postgres_available,
    short_count,
    size_for,
    working_copy,
)
from bench.timing import Samples

SMALL_ITEMS = 10_000
LARGE_ITEMS = {False: 1_000_000, True: 100_000}  # by quick


@dataclass
class Result:
    """One row of the report. ``figure_ms`` is a median; ``floor_ms`` what it is
    compared with (a floor measured in the same run, or the small store's figure);
    ``ratio`` is figure / floor unless the benchmark says otherwise."""

    name: str
    figure_ms: float
    target: str  # how the target reads in the table, e.g. "≤4x floor"
    met: bool
    floor_ms: float | None = None
    floor_name: str = ""
    ratio: float | None = None
    p99_ms: float | None = None
    backend: str = ""
    details: dict[str, Any] = field(default_factory=dict)
    unit: str = "ms"  # of figure and floor: "MB" for a memory figure (bench_saft.py)

    @classmethod
    def against(
        cls,
        name: str,
        figure: Samples,
        floor: Samples,
        limit: float,
        target: str,
        backend: str = "",
        floor_name: str = "floor",
        with_p99: bool = False,
        details: dict[str, Any] | None = None,
    ) -> Result:
        ratio = figure.median_ms / floor.median_ms
        return cls(
            name=name,
            figure_ms=figure.median_ms,
            p99_ms=figure.p99_ms if with_p99 else None,
            floor_ms=floor.median_ms,
            floor_name=floor_name,
            ratio=ratio,
            target=target,
            met=ratio <= limit,
            backend=backend,
            details={"figure": figure.summary(), "floor": floor.summary(), **(details or {})},
        )

    def row(self) -> str:
        unit = f"{self.unit:<2}"
        figure = f"{self.figure_ms:9.2f} {unit}"
        figure += f" (p99 {self.p99_ms:.1f})" if self.p99_ms is not None else " " * 11
        floor = f"{self.floor_ms:9.2f} {unit}" if self.floor_ms is not None else " " * 12
        ratio = f"{self.ratio:6.2f}x" if self.ratio is not None else " " * 7
        met = "met" if self.met else "NOT MET"
        return f"{self.name:<34} {figure} {floor} {ratio}  {self.target:<30} {met}"

    def as_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "backend": self.backend,
            "figure_median_ms": round(self.figure_ms, 4),
            "p99_ms": None if self.p99_ms is None else round(self.p99_ms, 4),
            "floor_median_ms": None if self.floor_ms is None else round(self.floor_ms, 4),
            "floor": self.floor_name,
            "ratio": None if self.ratio is None else round(self.ratio, 4),
            "target": self.target,
            "met": self.met,
            "unit": self.unit,
            "details": self.details,
        }


HEADER = f"{'benchmark':<34} {'figure (median)':<23} {'floor':<12} {'ratio':<7}  {'target':<30} met"


class Context:
    """What a benchmark gets: the run's sizes, backends and repetitions, and
    stores (working copies of cached generated stores, kept for the whole run and
    shared by the benchmarks; the cached originals are never written)."""

    def __init__(
        self,
        quick: bool,
        backends: tuple[str, ...] = BACKENDS,
        log: Callable[[str], None] = print,
        items: tuple[int, int] | None = None,
    ) -> None:
        self.quick = quick
        self.log = log
        small, large = items or (SMALL_ITEMS, LARGE_ITEMS[quick])
        self.small = size_for(small)
        self.large = size_for(large)
        self.skipped: dict[str, str] = {}
        available = []
        for backend in backends:
            why = postgres_available() if backend == "postgresql" else None
            if why is None:
                available.append(backend)
            else:
                self.skipped[backend] = why
                log(f"skipping {backend}: {why}")
        self.backends = tuple(available)
        self._stack = ExitStack()
        self._stores: dict[tuple[str, Size], object] = {}
        self._qt_app = None

    def repeat(self, full: int, quick: int) -> int:
        return quick if self.quick else full

    def label(self, size: Size) -> str:
        return short_count(size.items)

    def store_url(self, backend: str, size: Size) -> str:
        """A working copy of the generated store of ``size``, made once per run."""
        key = (backend, size)
        if key not in self._stores:
            self.log(f"  preparing {backend} store of {self.label(size)} items")
            self._stores[key] = self._stack.enter_context(working_copy(backend, size, self.log))
        return self._stores[key]  # type: ignore[return-value]

    @contextmanager
    def opened(self, backend: str, size: Size) -> Iterator[Any]:
        """The working copy opened as the app opens it (services.store_setup)."""
        from omigjen_pos.services.store_setup import open_and_upgrade

        store, _ = open_and_upgrade(self.store_url(backend, size))
        try:
            yield store
        finally:
            store.close()

    def qt_app(self):
        """The one QApplication of the run, offscreen."""
        if self._qt_app is None:
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
            from PySide6.QtWidgets import QApplication

            self._qt_app = QApplication.instance() or QApplication([])
        return self._qt_app

    def close(self) -> None:
        self._stack.close()
