"""Timing on a shared, noisy machine: perf_counter_ns, warm-up, median and p99.

Absolute times on a busy two-core box move with everyone else's work, so a
figure is always compared with something measured in the same run. When two
things are compared, :func:`interleaved` runs them in turn (A B, B A, A B, ...),
so a burst of noise lands on both instead of on one of them.
"""

from __future__ import annotations

import gc
import math
import statistics
from collections.abc import Callable
from dataclasses import dataclass
from time import perf_counter_ns


@dataclass(frozen=True)
class Samples:
    """Durations of one measured thing, in nanoseconds."""

    ns: tuple[int, ...]

    @property
    def count(self) -> int:
        return len(self.ns)

    @property
    def median_ms(self) -> float:
        return statistics.median(self.ns) / 1e6

    @property
    def p99_ms(self) -> float:
        """Nearest-rank 99th percentile: with fewer than 100 samples, the slowest."""
        ordered = sorted(self.ns)
        rank = max(1, math.ceil(0.99 * len(ordered)))
        return ordered[rank - 1] / 1e6

    @property
    def min_ms(self) -> float:
        return min(self.ns) / 1e6

    def summary(self) -> dict[str, float | int]:
        return {
            "count": self.count,
            "median_ms": round(self.median_ms, 4),
            "p99_ms": round(self.p99_ms, 4),
            "min_ms": round(self.min_ms, 4),
        }


def time_once(call: Callable[[], object]) -> int:
    started = perf_counter_ns()
    call()
    return perf_counter_ns() - started


def interleaved(
    calls: dict[str, Callable[[], object]],
    repeat: int,
    warmup: int = 3,
    between: Callable[[], object] | None = None,
) -> dict[str, Samples]:
    """Each call ``warmup`` times unmeasured, then ``repeat`` times measured, the
    calls taking turns, in the given order one round and the reverse the next
    (A B, B A, ...), so neither always finds the caches warmed by the other.
    ``between`` runs after every round, outside the timing (to start a new
    basket, say). The garbage collector runs between calls, not inside one."""
    taken: dict[str, list[int]] = {name: [] for name in calls}
    order = list(calls.items())
    for round_number in range(warmup + repeat):
        for name, call in order if round_number % 2 == 0 else reversed(order):
            gc.collect()
            gc.disable()
            try:
                elapsed = time_once(call)
            finally:
                gc.enable()
            if round_number >= warmup:
                taken[name].append(elapsed)
        if between is not None:
            between()
    return {name: Samples(tuple(ns)) for name, ns in taken.items()}


def measure(call: Callable[[], object], repeat: int, warmup: int = 3) -> Samples:
    return interleaved({"only": call}, repeat, warmup)["only"]
