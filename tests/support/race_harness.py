"""Eight tills racing for one small pool of items on PostgreSQL (issue 8, item 2;
docs/reliability.md, "The race test").

Each round starts one ``python -m omigjen_pos simulate`` child per till of BRUKT
(BRUKT-1 to BRUKT-8), all at once, selling from a pool kept at about
``POOL_SIZE`` sellable items (mostly unique items, plus a few stock articles),
with high park and return shares so parks, returns and resales of returned items
happen in every round. While the children run, the parent tops the pool up again
(``restock_demo_shop``) whenever it falls low, so the tills keep fighting over a
small shelf instead of running dry. After each round ``verify_store`` must pass;
after the last, ``check_race`` looks at the whole history.

Only the standard library is imported at the top; the application is imported by
the functions that need it.
"""

from __future__ import annotations

import os
import random
import re
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from tests.support.long_mode import env_count, env_seed

REPO = Path(__file__).resolve().parents[2]
SHOP = "BRUKT"
TILLS = tuple(f"BRUKT-{number}" for number in range(1, 9))
POOL_SIZE = 36  # sellable items the pool is topped up to (the demo seeds as many)
RESTOCK_BELOW = 24
STOCK_ARTICLES = 4  # counted articles among them, never sold out
STOCK_QUANTITY = 100_000
PARK_SHARE = 0.2
RETURN_SHARE = 0.25
CHILD_TIMEOUT_S = 600.0
RAN_DRY = f"omigjen-pos: {SHOP} ran out of items to sell"
# What Store.write_retrying logs when PostgreSQL ends a transaction as a deadlock
# victim or a serialisation failure and it runs the transaction again.
RETRY_LOGGED = "runs again"
_REPORTED = re.compile(
    r"Recorded (\d+) sales? on (\S+) \((\d+) voids?, (\d+) parks?, (\d+) returns?, "
    r"(\d+) refused scans\)\."
)


def default_rounds(ci_default: int = 2) -> int:
    """Rounds of eight children: OMIGJEN_RACE_ROUNDS (the long mode) or the CI count."""
    return env_count("OMIGJEN_RACE_ROUNDS", ci_default)


def default_sales(ci_default: int = 12) -> int:
    """Sales per child and round: OMIGJEN_RACE_SALES or the CI count."""
    return env_count("OMIGJEN_RACE_SALES", ci_default)


def default_seed() -> int:
    """OMIGJEN_RACE_SEED replays the children's choices; otherwise a new seed."""
    return env_seed("OMIGJEN_RACE_SEED")


@dataclass
class ChildRun:
    round: int
    till: str
    seed: int
    data_dir: Path
    returncode: int | None = None
    stdout: str = ""
    stderr: str = ""
    sales: int = 0
    voids: int = 0
    parks: int = 0
    returns: int = 0
    refused_scans: int = 0

    def describe(self) -> str:
        return f"round {self.round}: simulate --till {self.till} --seed {self.seed}"

    @property
    def log(self) -> str:
        path = self.data_dir / "omigjen-pos.log"
        return path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""

    @property
    def retries(self) -> int:
        return self.log.count(RETRY_LOGGED)

    def problems(self) -> list[str]:
        """Why this child's run is not a clean one (empty when it is)."""
        found = []
        err = self.stderr.strip()
        # 0: all its sales made; 1 only when the shelf was empty at a moment.
        if not (self.returncode == 0 or (self.returncode == 1 and err == RAN_DRY)):
            found.append(f"exited with status {self.returncode}")
        for marker in ("Traceback", "deadlock", "unexpected error", "could not serialize"):
            if marker.lower() in err.lower():
                found.append(f"stderr mentions {marker!r}")
        if " ERROR " in self.log:
            found.append("its log has an ERROR")
        if _REPORTED.search(self.stdout) is None:
            found.append("printed no report")
        if not found:
            return []
        return [
            f"{self.describe()}: {', '.join(found)}\n    stdout: {self.stdout.strip()}\n"
            f"    stderr: {err[-1500:]}\n    log: {self.log[-3000:]}"
        ]

    def read_report(self) -> None:
        match = _REPORTED.search(self.stdout)
        if match is None:
            return
        sales, till, voids, parks, returns, refused = match.groups()
        assert till == self.till, (till, self.till)
        self.sales, self.voids, self.parks = int(sales), int(voids), int(parks)
        self.returns, self.refused_scans = int(returns), int(refused)


@dataclass
class RaceReport:
    seed: int
    rounds: int = 0
    children: list[ChildRun] = field(default_factory=list)
    restocks: int = 0
    items_added: int = 0
    seconds: float = 0.0

    def total(self, name: str) -> int:
        return sum(getattr(child, name) for child in self.children)

    @property
    def retries(self) -> int:
        return sum(child.retries for child in self.children)

    def summary(self) -> str:
        return (
            f"race: seed {self.seed}, {self.rounds} rounds x {len(TILLS)} processes, "
            f"{self.total('sales')} sales, {self.total('parks')} parks, "
            f"{self.total('returns')} returns, {self.total('voids')} voids, "
            f"{self.total('refused_scans')} refused scans, {self.restocks} restocks "
            f"({self.items_added} items), {self.retries} retried transactions, "
            f"{self.seconds:.1f} s"
        )


def prepare_store(url: str) -> list[str]:
    """The demo centre with ``POOL_SIZE`` items per shop, eight tills in BRUKT and
    ``STOCK_ARTICLES`` counted articles of ``STOCK_QUANTITY`` each (their barcodes
    are returned)."""
    from sqlalchemy import select

    from omigjen_pos.services.demo import seed_demo_centre
    from omigjen_pos.services.store_setup import open_and_upgrade
    from omigjen_pos.store.models import Shop, Till
    from tests.support.till_stores import new_stock_article

    store, _ = open_and_upgrade(url)
    try:
        seed_demo_centre(store, items_per_shop=POOL_SIZE - STOCK_ARTICLES)
        with store.writing() as session:
            shop_id = session.scalar(select(Shop.id).where(Shop.code == SHOP))
            known = set(session.scalars(select(Till.code)))
            session.add_all(
                Till(shop_id=shop_id, code=code, name=code) for code in TILLS if code not in known
            )
        return [new_stock_article(store, STOCK_QUANTITY) for _ in range(STOCK_ARTICLES)]
    finally:
        store.close()


class Restocker(threading.Thread):
    """Tops BRUKT up to ``POOL_SIZE`` sellable items whenever it falls below
    ``RESTOCK_BELOW``, while the children run."""

    def __init__(self, store) -> None:
        super().__init__(name="race-restocker", daemon=True)
        self.store = store
        self.stop = threading.Event()
        self.restocks = 0
        self.items_added = 0
        self.error: BaseException | None = None

    def top_up(self) -> None:
        from sqlalchemy import select

        from omigjen_pos.domain.business_day import business_date
        from omigjen_pos.services.demo import restock_demo_shop, sellable_items
        from omigjen_pos.store.models import Shop
        from omigjen_pos.store.types import utcnow

        with self.store.reading() as session:
            shop_id = session.scalar(select(Shop.id).where(Shop.code == SHOP))
            left = sellable_items(session, shop_id)
        if left < RESTOCK_BELOW:
            added = restock_demo_shop(self.store, SHOP, POOL_SIZE, business_date(utcnow()))
            self.restocks += 1
            self.items_added += added

    def run(self) -> None:
        try:
            while not self.stop.is_set():
                self.top_up()
                self.stop.wait(0.05)
        except BaseException as exc:  # handed to the test by finish()
            self.error = exc

    def finish(self) -> None:
        self.stop.set()
        self.join(timeout=60)
        if self.error is not None:
            raise self.error


def run_round(
    url: str, number: int, sales: int, rng: random.Random, folder: Path
) -> list[ChildRun]:
    """One child per till, all started together; wait for every one of them."""
    runs = []
    processes = []
    for till in TILLS:
        run = ChildRun(number, till, rng.randrange(10**6), folder / f"r{number}-{till}")
        run.data_dir.mkdir(parents=True)
        env = dict(os.environ, OMIGJEN_DATA_DIR=str(run.data_dir))
        env.pop("OMIGJEN_DATABASE_URL", None)
        command = [
            sys.executable,
            "-m",
            "omigjen_pos",
            "--database-url",
            url,
            "simulate",
            "--till",
            till,
            "--sales",
            str(sales),
            "--seed",
            str(run.seed),
            "--park-share",
            str(PARK_SHARE),
            "--return-share",
            str(RETURN_SHARE),
        ]
        processes.append(
            subprocess.Popen(
                command,
                cwd=REPO,
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
        )
        runs.append(run)
    try:
        for run, process in zip(runs, processes, strict=True):
            run.stdout, run.stderr = process.communicate(timeout=CHILD_TIMEOUT_S)
            run.returncode = process.returncode
            run.read_report()
    finally:
        for process in processes:
            if process.poll() is None:  # a hung child: end it, then fail on its status
                process.kill()
                process.wait()
    return runs


def run_race(url: str, rounds: int, sales: int, seed: int, folder: Path) -> RaceReport:
    """``rounds`` rounds of eight children on the prepared store at ``url``;
    raise AssertionError naming the seed at the first child that fails or the
    first round after which ``verify_store`` finds a breach."""
    from omigjen_pos.services.store_setup import open_and_upgrade
    from omigjen_pos.services.verify import verify_store

    rng = random.Random(seed)
    report = RaceReport(seed=seed)
    started = time.monotonic()
    store, _ = open_and_upgrade(url)
    try:
        for number in range(1, rounds + 1):
            restocker = Restocker(store)
            restocker.top_up()
            restocker.start()
            try:
                runs = run_round(url, number, sales, rng, folder)
            finally:
                restocker.finish()
            report.children += runs
            report.rounds += 1
            report.restocks += restocker.restocks
            report.items_added += restocker.items_added
            failed = [problem for run in runs for problem in run.problems()]
            assert not failed, f"race seed {seed}: a child failed:\n" + "\n".join(failed)
            breaches = verify_store(store)
            assert breaches == [], f"race seed {seed}, after round {number}: " + "; ".join(
                map(str, breaches)
            )
    finally:
        store.close()
        report.seconds = time.monotonic() - started
    return report


def check_race(
    url: str, report: RaceReport, stock_barcodes: list[str]
) -> tuple[list[str], dict[str, int]]:
    """Every breach of the race's invariants in the finished store, and figures:
    unique items sold, resales (sold again after a return), sales with two or
    more of the counted ``stock_barcodes``."""
    from sqlalchemy import func, select

    from omigjen_pos.domain.items import ItemKind, ItemStatus
    from omigjen_pos.domain.journal_events import EventType
    from omigjen_pos.services.store_setup import open_and_upgrade
    from omigjen_pos.services.verify import verify_store
    from omigjen_pos.store.models import (
        Basket,
        BasketState,
        Item,
        JournalEntry,
        Sale,
        SaleKind,
        SaleLine,
        Till,
    )

    problems: list[str] = []
    store, _ = open_and_upgrade(url)
    try:
        problems += [f"verify: {breach}" for breach in verify_store(store)]
        with store.reading() as session:
            till_codes = dict(session.execute(select(Till.id, Till.code)).all())
            # Receipt numbers of each till and series are exactly 1..N.
            numbers: dict[tuple[str, str], list[int]] = {}
            for till_id, series, number in session.execute(
                select(Sale.till_id, Sale.receipt_series, Sale.receipt_number).order_by(
                    Sale.till_id, Sale.receipt_series, Sale.receipt_number
                )
            ):
                numbers.setdefault((till_codes[till_id], series), []).append(number)
            for (till, series), seen in numbers.items():
                if seen != list(range(1, len(seen) + 1)):
                    problems.append(f"receipt numbers of {till} ({series}) not 1..N: {seen[:20]}")
            # Each unique item's lines, in the order they were written, alternate
            # sale, return (of that very line), sale, ...: it is never on two
            # unreturned sale lines at once, and it is sold now iff its last is a sale.
            history: dict[int, list[tuple[SaleKind, int, int | None]]] = {}
            for item_id, kind, line_id, returned in session.execute(
                select(SaleLine.item_id, Sale.kind, SaleLine.id, SaleLine.returned_line_id)
                .join(Sale, SaleLine.sale_id == Sale.id)
                .join(Item, SaleLine.item_id == Item.id)
                .where(Item.kind == ItemKind.UNIQUE, Sale.training.is_(False))
                .order_by(SaleLine.item_id, Sale.id, SaleLine.id)
            ):
                history.setdefault(item_id, []).append((kind, line_id, returned))
            status = dict(
                session.execute(
                    select(Item.id, Item.status).where(Item.kind == ItemKind.UNIQUE)
                ).all()
            )
            resales = 0
            for item_id, lines in history.items():
                previous_sale = None
                for kind, line_id, returned in lines:
                    if kind is SaleKind.SALE:
                        if previous_sale is not None:
                            problems.append(f"item {item_id} sold twice without a return: {lines}")
                            break
                        previous_sale = line_id
                    else:
                        if previous_sale is None or returned != previous_sale:
                            problems.append(f"item {item_id} returned out of turn: {lines}")
                            break
                        previous_sale = None
                resales += sum(1 for kind, _, _ in lines if kind is SaleKind.SALE) - 1
                sold_now = previous_sale is not None
                if sold_now != (status[item_id] is ItemStatus.SOLD):
                    problems.append(f"item {item_id} is {status[item_id].value}: {lines}")
            # The registered stock articles: what is left is what was not sold.
            for item_id, barcode, left in session.execute(
                select(Item.id, Item.barcode, Item.quantity).where(Item.barcode.in_(stock_barcodes))
            ):
                net_sold = session.scalar(
                    select(func.coalesce(func.sum(SaleLine.quantity), 0))
                    .join(Sale, SaleLine.sale_id == Sale.id)
                    .where(SaleLine.item_id == item_id, Sale.training.is_(False))
                )
                if left != STOCK_QUANTITY - net_sold:
                    problems.append(
                        f"stock article {barcode}: {left} left, {net_sold} sold of {STOCK_QUANTITY}"
                    )
            # Sales that counted down two or more of them: the lock order matters there.
            per_sale = (
                select(SaleLine.sale_id)
                .join(Item, SaleLine.item_id == Item.id)
                .join(Sale, SaleLine.sale_id == Sale.id)
                .where(Item.barcode.in_(stock_barcodes), Sale.kind == SaleKind.SALE)
                .group_by(SaleLine.sale_id)
                .having(func.count() >= 2)
                .subquery()
            )
            multi_stock = session.scalar(select(func.count()).select_from(per_sale)) or 0
            # Nothing is left half-way: no open or parked basket, no item held.
            unfinished = session.scalar(
                select(func.count())
                .select_from(Basket)
                .where(Basket.state.in_([BasketState.OPEN, BasketState.PARKED]))
            )
            held = session.scalar(
                select(func.count()).select_from(Item).where(Item.reserved_basket_id.is_not(None))
            )
            if unfinished or held:
                problems.append(f"{unfinished} unfinished baskets, {held} items held")
            # What the children said they did is what the store holds, till by till.
            in_store: dict[str, dict[str, int]] = {till: {} for till in TILLS}
            for till_id, kind, count in session.execute(
                select(Sale.till_id, Sale.kind, func.count())
                .where(Sale.training.is_(False))
                .group_by(Sale.till_id, Sale.kind)
            ):
                name = "sales" if kind is SaleKind.SALE else "returns"
                in_store[till_codes[till_id]][name] = count
            for till_id, event, count in session.execute(
                select(JournalEntry.till_id, JournalEntry.event_type, func.count())
                .where(JournalEntry.event_type.in_([EventType.PARK, EventType.VOID]))
                .group_by(JournalEntry.till_id, JournalEntry.event_type)
            ):
                name = "parks" if event is EventType.PARK else "voids"
                in_store[till_codes[till_id]][name] = count
        for till in TILLS:
            said = {
                name: sum(getattr(c, name) for c in report.children if c.till == till)
                for name in ("sales", "returns", "parks", "voids")
            }
            held_by_store = {name: in_store[till].get(name, 0) for name in said}
            if said != held_by_store:
                problems.append(
                    f"{till}: the children reported {said}, the store holds {held_by_store}"
                )
    finally:
        store.close()
    return problems, {
        "unique items sold": len(history),
        "resales": resales,
        "sales with 2+ stock articles": multi_stock,
    }
