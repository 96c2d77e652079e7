"""Column types shared by the models."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, datetime, timedelta

from sqlalchemy import DateTime
from sqlalchemy.types import TypeDecorator


class UtcDateTime(TypeDecorator[datetime]):
    """A moment in time, stored as UTC and always handed back timezone-aware.

    SQLite keeps no time zone, PostgreSQL does; this type makes both behave the
    same so that business-date arithmetic (Europe/Oslo) never sees naive values.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UtcDateTime column")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


class SimulatedClock:
    """A stand-in for the wall clock: it moves only when told to, and by ``tick``
    at every reading, so the times it hands out always increase."""

    def __init__(self, start: datetime, tick: timedelta = timedelta(seconds=1)) -> None:
        if start.tzinfo is None:
            raise ValueError("a simulated clock needs a timezone-aware start")
        self._now = start.astimezone(UTC)
        self._tick = tick

    def read(self) -> datetime:
        moment = self._now
        self._now += self._tick
        return moment

    def advance_to(self, moment: datetime) -> None:
        """Move on to ``moment``; a clock never goes back, so an earlier one is ignored."""
        self._now = max(self._now, moment.astimezone(UTC))


_simulated: ContextVar[SimulatedClock | None] = ContextVar("omigjen_simulated_clock", default=None)


@contextmanager
def simulated_clock(
    start: datetime, tick: timedelta = timedelta(seconds=1)
) -> Iterator[SimulatedClock]:
    """Make ``utcnow`` read a simulated clock in this context (thread or task).

    It exists for the demo's backdated trading history (services.history) and
    for tests only; nothing a till runs sets it, so a till writes the real time.
    """
    clock = SimulatedClock(start, tick)
    token = _simulated.set(clock)
    try:
        yield clock
    finally:
        _simulated.reset(token)


def utcnow() -> datetime:
    """Now, in UTC: every timestamp the store writes comes from here (column
    defaults included), and inside ``simulated_clock`` it is the simulated time."""
    clock = _simulated.get()
    return datetime.now(UTC) if clock is None else clock.read()
