"""Kill a simulating till with SIGKILL at random moments and check the store after
every kill (issue 8, item 1; docs/reliability.md).

Each round starts ``python -m omigjen_pos --database-url URL simulate --till TILL
--sales N --seed S`` in a child process (BRUKT-1 and BRUKT-2 in turn), waits a
random delay drawn from the campaign's seeded generator and kills the child with
SIGKILL, wherever it is: importing, logging in, in the middle of a sale's
transaction or between two. Then the store is checked (``check_store``): SQLite
``PRAGMA integrity_check``, ``verify_store`` and the harness's own queries. A
campaign is reproduced exactly (up to the OS's scheduling) by its seed, which every
failure message prints.

Only the standard library is imported at the top; the application is imported by
the functions that need it.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from tests.support.long_mode import env_count, env_seed

REPO = Path(__file__).resolve().parents[2]
TILLS = ("BRUKT-1", "BRUKT-2")
SHOP = "BRUKT"
MANAGER, MANAGER_PIN = 103, "1234"  # the demo manager of BRUKT: takes the X-reports
ITEMS_PER_SHOP = 200
# A child may sell a hundred items before its kill on a fast disk: keep plenty.
RESTOCK_BELOW, RESTOCK_TO = 250, 400
RAN_OUT = "ran out of items to sell"  # simulate's own end when the shop is empty
SALES_PER_CHILD = 100_000  # never reached: the child is killed first
# A kill is drawn from the whole span of a child's life, most of it while sales are
# being rung up. The span is measured, not assumed: a calibration child sells one
# sale first, and the time it took (import, open, log in, sell: ~0.4 s on an idle
# laptop, several times that on a loaded CI machine) sets the windows.
EARLY_SHARE = 0.2
LATE_SPAN_S = 1.0  # after the first sale: time to ring up a few more
CHILD_END_TIMEOUT_S = 30.0


def default_kills(ci_default: int = 30) -> int:
    """Kills per dialect: OMIGJEN_CRASH_KILLS (the long mode, e.g. 300) or the CI count."""
    return env_count("OMIGJEN_CRASH_KILLS", ci_default)


def default_seed() -> int:
    """OMIGJEN_CRASH_SEED replays a campaign; otherwise a new one each run."""
    return env_seed("OMIGJEN_CRASH_SEED")


@dataclass
class Round:
    number: int
    till: str
    child_seed: int
    delay_s: float
    killed: bool = False
    returncode: int | None = None
    stderr: str = ""

    def describe(self) -> str:
        how = "killed" if self.killed else f"ended by itself with status {self.returncode}"
        return (
            f"round {self.number}: simulate --till {self.till} --seed {self.child_seed}, "
            f"{how} after {self.delay_s:.3f} s"
        )


@dataclass
class CampaignReport:
    seed: int
    dialect: str
    rounds: list[Round] = field(default_factory=list)
    stores: int = 0
    restocks: int = 0
    sales_seen: int = 0
    seconds: float = 0.0
    first_sale_s: float = 0.0  # the calibration child's time to its first sale

    @property
    def sales_by_killed_children(self) -> int:
        return self.sales_seen - (1 if self.first_sale_s else 0)  # less the calibration's

    @property
    def kills(self) -> int:
        return sum(1 for r in self.rounds if r.killed)


class CrashFailure(AssertionError):
    pass


def delay_windows(first_sale_s: float) -> tuple[tuple[float, float], tuple[float, float]]:
    """(early, late): before the first sale can land, and from a little before it
    to ``LATE_SPAN_S`` after it."""
    return (0.0, first_sale_s), (0.8 * first_sale_s, first_sale_s + LATE_SPAN_S)


def time_to_first_sale(url: str) -> float:
    """Run one child to the end of a single sale; the seconds it took."""
    rnd = Round(number=0, till=TILLS[0], child_seed=0, delay_s=CHILD_END_TIMEOUT_S)
    started = time.monotonic()
    run_child(url, rnd, sales=1)
    if rnd.killed or rnd.returncode != 0:
        raise CrashFailure(f"the calibration child failed: {rnd.describe()}\n{rnd.stderr}")
    return time.monotonic() - started


def run_child(url: str, rnd: Round, sales: int = SALES_PER_CHILD) -> Round:
    """Start the simulation and SIGKILL it after ``rnd.delay_s`` (unless it ended)."""
    command = [
        sys.executable,
        "-m",
        "omigjen_pos",
        "--database-url",
        url,
        "simulate",
        "--till",
        rnd.till,
        "--sales",
        str(sales),
        "--seed",
        str(rnd.child_seed),
    ]
    with tempfile.TemporaryFile() as err:
        child = subprocess.Popen(
            command, cwd=REPO, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=err
        )
        try:
            rnd.returncode = child.wait(timeout=rnd.delay_s)
        except subprocess.TimeoutExpired:
            os.kill(child.pid, signal.SIGKILL)
            rnd.returncode = child.wait(timeout=CHILD_END_TIMEOUT_S)
            rnd.killed = rnd.returncode == -signal.SIGKILL
        err.seek(0)
        rnd.stderr = err.read().decode(errors="replace")[-2000:]
    return rnd


def sqlite_path(url: str) -> str | None:
    prefix = "sqlite:///"
    return url[len(prefix) :] if url.startswith(prefix) else None


def _integrity(url: str) -> list[str]:
    import sqlite3

    path = sqlite_path(url)
    if path is None:
        return []
    with sqlite3.connect(path, timeout=30) as conn:
        rows = [row[0] for row in conn.execute("PRAGMA integrity_check")]
    conn.close()
    return [] if rows == ["ok"] else [f"PRAGMA integrity_check: {rows[:5]}"]


# Each query lists sales (or baskets) that break one invariant; the checks overlap
# verify_store's on purpose, written independently in plain SQL.
HARNESS_QUERIES = {
    "sale without lines": """SELECT s.id FROM sale s
        WHERE NOT EXISTS (SELECT 1 FROM sale_line l WHERE l.sale_id = s.id)""",
    "sale without payments": """SELECT s.id FROM sale s
        WHERE NOT EXISTS (SELECT 1 FROM payment p WHERE p.sale_id = s.id)""",
    "sale without its journal entry": """SELECT s.id FROM sale s
        WHERE NOT EXISTS (SELECT 1 FROM journal_entry j WHERE j.sale_id = s.id
            AND j.event_type = CASE s.kind WHEN 'return' THEN 'return_completed'
                                           ELSE 'sale_completed' END)""",
    "sale without signature": """SELECT s.id FROM sale s
        WHERE s.signature IS NULL OR s.signature = ''""",
    "completed basket without its sale": """SELECT b.id FROM basket b
        WHERE b.state = 'completed' AND NOT EXISTS (SELECT 1 FROM sale s WHERE s.uuid = b.uuid)""",
}


class StoreChecker:
    """The invariants checked after every kill, on one store."""

    def __init__(self, url: str) -> None:
        from omigjen_pos.services import users
        from omigjen_pos.services.store_setup import open_and_upgrade

        self.url = url
        self.store, _ = open_and_upgrade(url)
        self.managers = {
            till: users.login(self.store, till, MANAGER, MANAGER_PIN) for till in TILLS
        }

    def close(self) -> None:
        self.store.close()

    def check(self) -> tuple[list[str], int]:
        """(every breach found, the number of sales in the store)."""
        from sqlalchemy import text

        from omigjen_pos.services.reports.day_report import x_report
        from omigjen_pos.services.verify import verify_store

        problems = _integrity(self.url)
        problems += [f"verify: {breach}" for breach in verify_store(self.store)]
        with self.store.reading() as session:
            for name, query in HARNESS_QUERIES.items():
                ids = list(session.scalars(text(query)))
                if ids:
                    problems.append(f"{name}: ids {ids[:10]}")
            totals = dict(
                session.execute(
                    text(
                        "SELECT t.code, COALESCE(SUM(s.total_ore), 0) FROM till t "
                        "LEFT JOIN sale s ON s.till_id = t.id AND s.training = :f "
                        "GROUP BY t.code"
                    ),
                    {"f": False},
                ).all()
            )
            sales = session.scalar(text("SELECT COUNT(*) FROM sale")) or 0
            zs = session.scalar(text("SELECT COUNT(*) FROM z_report")) or 0
        if zs:
            problems.append(f"{zs} Z-reports in a store where none is taken")
        # No Z is taken here, so each till's X-report covers all its sales: its net
        # (counted from the journal) must be the sum of the sales' totals.
        for till, manager in self.managers.items():
            net = x_report(self.store, manager).net_ore
            if net != totals.get(till, 0):
                problems.append(
                    f"grand total {till}: X-report net {net} øre, sales sum {totals.get(till)} øre"
                )
        return problems, sales

    def restock_if_low(self) -> bool:
        from sqlalchemy import select

        from omigjen_pos.domain.business_day import business_date
        from omigjen_pos.services.demo import restock_demo_shop, sellable_items
        from omigjen_pos.store.models import Shop
        from omigjen_pos.store.types import utcnow

        with self.store.reading() as session:
            shop_id = session.scalar(select(Shop.id).where(Shop.code == SHOP))
            left = sellable_items(session, shop_id)
        if left >= RESTOCK_BELOW:
            return False
        restock_demo_shop(self.store, SHOP, RESTOCK_TO, business_date(utcnow()))
        return True


def run_campaign(
    dialect: str,
    new_store_url: Callable[[], str],
    kills: int,
    seed: int,
    kills_per_store: int = 25,
    drop_store: Callable[[str], None] | None = None,
) -> CampaignReport:
    """Kill ``kills`` children, checking after each; raise CrashFailure naming the
    seed and the round at the first breach. ``new_store_url`` gives a migrated demo
    store (``ITEMS_PER_SHOP`` items, no history); a fresh one every
    ``kills_per_store`` kills keeps the checks fast."""
    rng = random.Random(seed)
    report = CampaignReport(seed=seed, dialect=dialect)
    started = time.monotonic()
    checker: StoreChecker | None = None
    store_kills = 0
    store_sales = 0
    number = 0
    try:
        while report.kills < kills:
            if checker is None or store_kills >= kills_per_store:
                if checker is not None:
                    report.sales_seen += store_sales
                    checker.close()
                    if drop_store:
                        drop_store(checker.url)
                checker = StoreChecker(new_store_url())
                report.stores += 1
                store_kills = store_sales = 0
            if report.first_sale_s == 0.0:
                report.first_sale_s = time_to_first_sale(checker.url)
                early_window, late_window = delay_windows(report.first_sale_s)
            number += 1
            early = rng.random() < EARLY_SHARE
            low, high = early_window if early else late_window
            rnd = Round(
                number=number,
                till=TILLS[number % 2 - 1],  # BRUKT-1, BRUKT-2, BRUKT-1, ...
                child_seed=rng.randrange(10**6),
                delay_s=rng.uniform(low, high),
            )
            run_child(checker.url, rnd)
            report.rounds.append(rnd)
            store_kills += rnd.killed
            ran_out = rnd.returncode == 1 and RAN_OUT in rnd.stderr  # not a failure
            if not rnd.killed and rnd.returncode != 0 and not ran_out:
                raise CrashFailure(
                    f"{dialect} crash seed {seed}: {rnd.describe()}; the child failed:\n"
                    f"{rnd.stderr}"
                )
            problems, store_sales = checker.check()
            if problems:
                raise CrashFailure(
                    f"{dialect} crash seed {seed} (OMIGJEN_CRASH_SEED={seed} replays it): "
                    f"after {rnd.describe()}, store {checker.url}:\n  " + "\n  ".join(problems)
                )
            report.restocks += checker.restock_if_low()
        report.sales_seen += store_sales
    finally:
        if checker is not None:
            checker.close()
        report.seconds = time.monotonic() - started
    return report
