"""Closing the day: the Z-report and the day's XLSX export, with years of history
and without.

Measured, on two stores taking turns (``interleaved``): ``z_report`` as the
shop's manager takes it on the till (the till's journal since its previous Z
read, the sales, lines and payments summed, the report numbered, stored and
journaled; no counted cash given), and ``export_sales`` of the shop's day to an
XLSX file (summed by the database, five sheets streamed, zipped, renamed,
journaled), as the CLI's ``report z`` and ``export-sales --date`` call them.

The day: 2,000 sales on BRUKT-2 (bench/generate.py ``add_trading_day``: the
opening float, then sales signed and journaled as the history's are, every
line a unique item made for the day), the same on both stores apart from ids.
The stores: the run's large one (three years of history, every past day closed
with a Z) and, the figure compared with, a store with the demo centre and no
sales at all (1,000 items on the shelves). A Z is taken once per till and day,
so every round is a day of its own: the centre's next trading days after
today, written onto both stores outside the timing, each day's Z and export
run under the app's simulated clock at ten past closing. Before them, a Z on
the first of those days, with no sales, closes whatever the run's other
benchmarks did on the till, so each measured Z covers its day alone. Rounds:
1 warm-up and 8 measured (quick: 4). Target: with history at most 1.5x
without, for the Z, for the export, and for the two together (each round's sum).

The run's large store keeps the days it was given (on BRUKT-2, after today).
"""

from __future__ import annotations

import tempfile
from datetime import date, timedelta
from pathlib import Path

from bench.core import Context, Result
from bench.generate import DAY_SALES, Size, add_trading_day
from bench.timing import Samples, interleaved
from omigjen_pos.domain.business_day import business_date
from omigjen_pos.services import users
from omigjen_pos.services.exports.sales_export import SalesExportQuery, export_sales
from omigjen_pos.services.history import opening_hours
from omigjen_pos.services.reports.day_report import z_report
from omigjen_pos.store.types import simulated_clock, utcnow

TILL, SHOP, MANAGER, PIN = "BRUKT-2", "BRUKT", 103, "1234"
EMPTY = Size(1_000, 0)  # the demo centre, items on the shelves, no sales
LIMIT = 1.5
WHAT = ("z", "xlsx")


def run(ctx: Context) -> list[Result]:
    repeat, warmup = ctx.repeat(full=8, quick=4), 1
    results = []
    for backend in ctx.backends:
        with (
            ctx.opened(backend, ctx.large) as history,
            ctx.opened(backend, EMPTY) as empty,
            tempfile.TemporaryDirectory(prefix="omigjen-bench-close-") as folder,
        ):
            tills = {
                "history": _Till(history, ctx.store_url(backend, ctx.large), Path(folder)),
                "empty": _Till(empty, ctx.store_url(backend, EMPTY), Path(folder)),
            }
            days = _Days(tills, warmup + repeat)
            days.next()
            samples = interleaved(
                {
                    f"{name} {what}": getattr(till, what)
                    for name, till in tills.items()
                    for what in WHAT
                },
                repeat,
                warmup,
                between=days.next,
            )
        label = ctx.label(ctx.large)
        details = {"day_sales": DAY_SALES, "days": days.count, "lines_per_day": days.lines}
        figures = {
            "Z": (samples["history z"], samples["empty z"]),
            "XLSX": (samples["history xlsx"], samples["empty xlsx"]),
            "Z+XLSX": (_per_round_sum(samples, "history"), _per_round_sum(samples, "empty")),
        }
        for title, (with_history, without) in figures.items():
            results.append(
                Result.against(
                    f"closing {title} ({backend}, {label})",
                    with_history,
                    without,
                    LIMIT,
                    f"≤{LIMIT:g}x no history",
                    backend=backend,
                    floor_name="the same day on a store without history",
                    details=details,
                )
            )
    return results


def _per_round_sum(samples: dict[str, Samples], name: str) -> Samples:
    """Each round's Z and export of the same day, added up."""
    rounds = zip(*(samples[f"{name} {what}"].ns for what in WHAT), strict=True)
    return Samples(tuple(sum(round_ns) for round_ns in rounds))


class _Till:
    """BRUKT-2 of one store, its manager logged in."""

    def __init__(self, store, url: str, folder: Path) -> None:
        self.store = store
        self.url = url
        self.actor = users.login(store, TILL, MANAGER, PIN)
        self.output = folder / f"salg-{id(store)}.xlsx"
        self.day = date.min

    def z(self) -> None:
        with simulated_clock(_closing(self.day)):
            report = z_report(self.store, self.actor, None)
        assert report.sales.count == DAY_SALES, report.sales.count

    def xlsx(self) -> None:
        with simulated_clock(_closing(self.day)):
            summary = export_sales(
                self.store, self.actor, SalesExportQuery(SHOP, self.day, self.day), self.output
            )
        assert summary.receipts == DAY_SALES, summary.receipts


class _Days:
    """The centre's trading days after today, one per round, written onto every store."""

    def __init__(self, tills: dict[str, _Till], rounds: int) -> None:
        self.tills = tills
        self.rounds = rounds
        self.day = business_date(utcnow())
        self.count = 0
        self.lines = 0
        self._advance()
        for till in tills.values():  # a Z on a day of no sales: what the run did before is closed
            with simulated_clock(_closing(self.day)):
                z_report(till.store, till.actor, None)

    def _advance(self) -> None:
        self.day += timedelta(days=1)
        while opening_hours(self.day) is None:
            self.day += timedelta(days=1)

    def next(self) -> None:
        if self.count == self.rounds:
            return  # after the last round
        self._advance()
        for till in self.tills.values():
            self.lines = add_trading_day(till.url, self.day, DAY_SALES, TILL).lines
            till.day = self.day
        self.count += 1


def _closing(day: date):
    hours = opening_hours(day)
    assert hours is not None
    return hours[1] + timedelta(minutes=10)
