"""Trading history for the demo centre: what `omigjen-pos demo --days N` writes.

The history is backdated, not faked: a simulated clock (``store.types.simulated_clock``)
stands at each past trading day while the real services run, so every row gets
that day's times and business date exactly as a till would have written them.
The centre is set up at the first day's opening. Then each day: new donations go
on the shelves, every till's cashier logs in and counts the opening float, the
day's customers come one at a time in time order across all tills (each one
rung up by ``simulate_sales``, through the same checkout services as the till
screen), and the cashiers log out before closing. The centre keeps the
hours its receipts print: Monday to Friday 10-18, Saturday 10-16, closed on
Sundays. Today is left untouched, so each till still starts today with its
opening float.

History goes only into an empty store: rows written before it would otherwise
precede it in the journal and the receipt numbering.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import exists, select

from omigjen_pos.domain.business_day import OSLO, business_date
from omigjen_pos.services import users
from omigjen_pos.services.actors import Actor
from omigjen_pos.services.checkout.drawer import needs_opening_float, record_opening_float
from omigjen_pos.services.demo import (
    DEMO_SHOPS,
    ITEMS_PER_SHOP,
    SeedReport,
    demo_cashiers_for,
    restock_demo_shop,
    seed_demo_centre,
)
from omigjen_pos.services.simulation import MAX_LINES, simulate_sales
from omigjen_pos.store.database import Store
from omigjen_pos.store.models import Centre, Sale, Shop
from omigjen_pos.store.types import SimulatedClock, simulated_clock, utcnow

DEFAULT_SEED = 2026
MAX_DAYS = 366
OPENING_FLOAT_ORE = 1_500_00
SALES_PER_TILL_AND_DAY = (8, 25)
OPENS = time(10)
CLOSES_ON_SATURDAY = time(16)
CLOSES = time(18)
FIRST_SALE_AFTER = timedelta(minutes=5)  # after opening: the tills are being set up
LAST_SALE_BEFORE = timedelta(minutes=20)  # before closing: the last customers are served

_OPEN, _SALE, _CLOSE = 0, 1, 2  # events at the same moment come in this order


def opening_hours(day: date) -> tuple[datetime, datetime] | None:
    """When the demo centre opens and closes on ``day``; None on Sundays."""
    if day.weekday() == 6:
        return None
    closes = CLOSES_ON_SATURDAY if day.weekday() == 5 else CLOSES
    return datetime.combine(day, OPENS, tzinfo=OSLO), datetime.combine(day, closes, tzinfo=OSLO)


def trading_days(days: int, today: date) -> list[date]:
    """The last ``days`` days the centre was open before ``today``, oldest first."""
    found: list[date] = []
    day = today
    while len(found) < days:
        day -= timedelta(days=1)
        if opening_hours(day) is not None:
            found.append(day)
    return found[::-1]


@dataclass
class HistoryReport:
    days: list[date] = field(default_factory=list)
    tills: int = 0
    sales: int = 0
    voids: int = 0
    parks: int = 0
    returns: int = 0
    refused_scans: int = 0
    items_added: int = 0  # donations put on the shelves: each morning, and for today
    ran_out: list[tuple[str, date]] = field(default_factory=list)  # (shop, day)


@dataclass
class DemoOutcome:
    seed: SeedReport
    history: HistoryReport | None  # None: the store was not empty, so no history
    had_history: bool = False  # the demo centre already has sales before today


def seed_demo_with_history(
    store: Store,
    days: int,
    items_per_shop: int = ITEMS_PER_SHOP,
    seed: int = DEFAULT_SEED,
    today: date | None = None,
    progress: Callable[[int, int, date], None] | None = None,
) -> DemoOutcome:
    """Seed the demo centre and give it ``days`` trading days of history before
    ``today`` (the Oslo date). In a store that is not empty, only seed what is
    missing. The same seed gives the same history on the same days."""
    if not 1 <= days <= MAX_DAYS:
        raise ValueError(f"days must be 1-{MAX_DAYS}, got {days}")
    today = today or business_date(utcnow())
    with store.reading() as session:
        empty = not session.scalar(select(exists().where(Centre.id.is_not(None))))
    if not empty:
        report = seed_demo_centre(store, items_per_shop, today)
        return DemoOutcome(report, None, _has_history(store, today))
    history = HistoryReport(days=trading_days(days, today))
    first_hours = opening_hours(history.days[0])
    assert first_hours is not None  # trading days are open days
    with simulated_clock(first_hours[0]) as clock:  # set up at the first day's opening
        report = seed_demo_centre(store, items_per_shop, history.days[0])
        rng = random.Random(f"{seed}:history")
        for number, day in enumerate(history.days, start=1):
            _trade_one_day(store, clock, rng, number, day, items_per_shop, history)
            if progress:
                progress(number, len(history.days), day)
    for demo in DEMO_SHOPS:  # today's shelves, at the real time
        history.items_added += restock_demo_shop(store, demo.code, items_per_shop, today)
    return DemoOutcome(report, history)


def _has_history(store: Store, today: date) -> bool:
    codes = [demo.code for demo in DEMO_SHOPS]
    with store.reading() as session:
        return bool(
            session.scalar(
                select(
                    exists()
                    .where(Sale.shop_id == Shop.id, Shop.code.in_(codes))
                    .where(Sale.business_date < today)
                )
            )
        )


def _trade_one_day(
    store: Store,
    clock: SimulatedClock,
    rng: random.Random,
    number: int,
    day: date,
    items_per_shop: int,
    history: HistoryReport,
) -> None:
    hours = opening_hours(day)
    assert hours is not None
    opens, closes = hours
    clock.advance_to(opens)
    tills = [(demo.code, code) for demo in DEMO_SHOPS for code in demo.till_codes]
    history.tills = len(tills)
    planned = {code: rng.randint(*SALES_PER_TILL_AND_DAY) for _, code in tills}
    for demo in DEMO_SHOPS:
        # Enough on the shelves that no till can run dry (a sale takes at most
        # MAX_LINES items), and never fewer than a freshly seeded shop has.
        need = MAX_LINES * sum(planned[code] for code in demo.till_codes)
        history.items_added += restock_demo_shop(store, demo.code, max(items_per_shop, need), day)

    selling_time = int((closes - opens - FIRST_SALE_AFTER - LAST_SALE_BEFORE).total_seconds())
    # (when, what, shop, till, value): value is the cashier (log in) or the sale's seed
    events: list[tuple[datetime, int, str, str, int]] = []
    for index, (shop_code, till_code) in enumerate(tills):
        cashier = (number + index) % len(demo_cashiers_for(shop_code))
        events.append(
            (opens + timedelta(seconds=rng.randint(0, 240)), _OPEN, shop_code, till_code, cashier)
        )
        for _ in range(planned[till_code]):
            at = opens + FIRST_SALE_AFTER + timedelta(seconds=rng.randrange(selling_time))
            events.append((at, _SALE, shop_code, till_code, rng.randrange(2**32)))
        closing = closes - timedelta(seconds=rng.randint(60, 600))
        events.append((closing, _CLOSE, shop_code, till_code, 0))
    events.sort(key=lambda event: event[:2])

    actors: dict[str, Actor] = {}
    sold_out: set[str] = set()
    for at, what, shop_code, till_code, value in events:
        clock.advance_to(at)
        if what == _OPEN:
            user_number, pin = demo_cashiers_for(shop_code)[value]
            actor = users.login(store, till_code, user_number, pin)
            if needs_opening_float(store, actor):
                record_opening_float(store, actor, OPENING_FLOAT_ORE)
            actors[till_code] = actor
        elif what == _CLOSE:
            users.logout(store, actors.pop(till_code))
        elif shop_code not in sold_out:
            result = simulate_sales(store, actors[till_code], 1, seed=value)
            history.sales += result.sales
            history.voids += result.voids
            history.parks += result.parks
            history.returns += result.returns
            history.refused_scans += result.refused_scans
            if result.stopped_early:
                sold_out.add(shop_code)
                history.ran_out.append((shop_code, day))
