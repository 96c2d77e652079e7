"""Benchmark stores: the demo centre, then N items and M sale lines of history.

``python -m bench.generate --backend sqlite --items 100000 --lines 300000`` builds
(or finds in the cache) a store; ``--clean`` removes every cached store. The
benchmarks call :func:`working_copy`, which hands out a throw-away copy of a
cached store, so what a run writes never reaches the next run.

What a generated store holds:

- the demo centre's structure from ``seed_demo_centre`` (shops, tills, users,
  categories, signing keys), seeded at the first day of the history;
- ``items`` items: 70 % of the unique items sold in the history, the rest on
  the shelves (intake in the last 120 days, tag colours by intake week); 1 % are
  counted stock articles, sold over and over;
- ``lines`` sale lines over ``years`` years of trading days (Monday-Saturday,
  within the demo centre's opening hours), spread over the shops by their share
  of items and over each shop's tills. Per sale: a completed basket, the sale
  (gapless receipt number per till), its lines (VAT and the margin scheme as
  domain/pricing.py computes them), payments (cash with cash rounding, card,
  Vipps, split), a receipt print and the journal's SALE_COMPLETED and
  SALES_RECEIPT entries;
- per till and trading day: the opening float (cash movement and journal) and
  a Z-report (stored whole, grand totals carried on, and journaled), so an X- or
  Z-report taken today covers today only, as in a centre that closes its days;
- counters set: receipt and Z numbers per till, barcode serials per shop.

:func:`add_trading_day` writes one more day onto a working copy (sales on one
till, signed, the day left open) for the benchmarks that close a day.

The history is **not signed**: RSA-signing a million sales one after the other
takes minutes. The shops' signing keys are dated when generation ends, so the
history counts as "sold before the shop had a key" (as in a store upgraded past
revision 0005), which ``omigjen-pos verify`` accepts; the first sale after it
starts the chain with "0" through the real signing path. ``verify`` finds no
breach in a generated store.

Rows are written in bulk: SQLAlchemy Core executemany in batches on SQLite
(foreign keys, journal and sync off while loading), psycopg 3 COPY on
PostgreSQL (``session_replication_role = replica`` skips the foreign-key
triggers, which needs a superuser as on the test server). Secondary indexes
are dropped before the load and built after it, and the FTS5 index is rebuilt
in one pass.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sys
import tempfile
import time
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from itertools import count
from pathlib import Path

import psycopg
from psycopg import sql
from sqlalchemy import create_engine, func, select

from omigjen_pos.domain.barcodes import in_store_ean13
from omigjen_pos.domain.business_day import OSLO
from omigjen_pos.domain.day_report import CountAmount, DayReport
from omigjen_pos.domain.items import Condition, ItemKind, ItemSource, ItemStatus
from omigjen_pos.domain.journal_events import EventType, saft_event_code
from omigjen_pos.domain.markdowns import tag_colour_for
from omigjen_pos.domain.money import format_kr
from omigjen_pos.domain.orgnr import format_orgnr
from omigjen_pos.domain.payment_names import payment_name
from omigjen_pos.domain.pricing import cash_rounding_ore, vat_included
from omigjen_pos.domain.roles import Role
from omigjen_pos.domain.settlement import Tender, settle
from omigjen_pos.domain.signatures import signed_text
from omigjen_pos.services.checkout.line_pricing import NOT_REGISTERED_VAT_CODE
from omigjen_pos.services.checkout.sale import SAFT_PAYMENT_CODES, receipt_counter
from omigjen_pos.services.counters import shop_barcode_counter
from omigjen_pos.services.demo import DEMO_SHOPS, DEMO_USERS, seed_demo_centre
from omigjen_pos.services.demo_catalogue import DemoItem, generate_demo_items
from omigjen_pos.services.history import opening_hours
from omigjen_pos.services.signing import newest_private_key, sign_text
from omigjen_pos.services.store_setup import open_and_upgrade
from omigjen_pos.store.migrate import upgrade_to_head
from omigjen_pos.store.models import (
    Category,
    Sale,
    SequenceCounter,
    Shop,
    Till,
    User,
    VatCodeRow,
    ZReport,
)
from omigjen_pos.store.types import simulated_clock

GENERATOR_VERSION = 1  # part of every cache key: bump when the generated data changes
CACHE_DIR = Path(__file__).resolve().with_name(".cache")
PG_ADMIN_URL = os.environ.get(
    "OMIGJEN_BENCH_PG_URL",
    os.environ.get("OMIGJEN_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/test"),
)
PG_PREFIX = "omigjen_bench_"  # every database the benchmarks create; `make bench-clean` drops them
BACKENDS = ("sqlite", "postgresql")

SHOP_SHARES = (("BRUKT", 0.7), ("HJERTE", 0.2), ("REP", 0.1))  # of items and of sale lines
SOLD_SHARE = 0.7  # of the unique items: sold in the history
STOCK_ARTICLE_SHARE = 0.01  # of a shop's items: counted stock articles (at least 5)
SHELF_DAYS = 120  # items on the shelves were taken in within this many days
SALE_SIZES = (1, 2, 3, 4)
SALE_SIZE_WEIGHTS = (45, 30, 15, 10)
OPENING_FLOAT_ORE = 1_500_00
BATCH_ROWS = 20_000


@dataclass(frozen=True)
class Size:
    """What to generate; its ``key`` names the cached store."""

    items: int
    lines: int
    years: int = 3
    seed: int = 2026

    def __post_init__(self) -> None:
        if not 1_000 <= self.items <= 5_000_000:
            raise ValueError(f"items must be 1,000-5,000,000, got {self.items}")
        if not 0 <= self.lines <= 20_000_000:
            raise ValueError(f"lines must be 0-20,000,000, got {self.lines}")
        if not 1 <= self.years <= 10:
            raise ValueError(f"years must be 1-10, got {self.years}")

    @property
    def key(self) -> str:
        """Names the cached store: a new generator version is a new store. A new
        schema revision is not: :func:`cached_store` upgrades the store as the app
        would, so an added index does not cost a regeneration."""
        return f"v{GENERATOR_VERSION}_{self.items}i_{self.lines}l_{self.years}y_s{self.seed}"

    @property
    def label(self) -> str:
        return short_count(self.items)


def short_count(number: int) -> str:
    """10000 -> "10k", 1000000 -> "1M"."""
    for divisor, suffix in ((1_000_000, "M"), (1_000, "k")):
        if number >= divisor and number % divisor == 0:
            return f"{number // divisor}{suffix}"
    return str(number)


def size_for(items: int, lines: int | None = None, years: int = 3) -> Size:
    """The benchmarks' sizes: three sale lines per item unless told otherwise."""
    return Size(items, 3 * items if lines is None else lines, years)


@dataclass
class GenerationReport:
    size: Size
    backend: str
    seconds: float = 0.0
    items: int = 0
    sales: int = 0
    lines: int = 0
    journal_entries: int = 0
    z_reports: int = 0
    trading_days: int = 0
    phases: dict[str, float] = field(default_factory=dict)

    def line(self) -> str:
        phases = ", ".join(f"{name} {seconds:.1f}s" for name, seconds in self.phases.items())
        return (
            f"{self.backend} {self.size.key}: {self.items} items, {self.sales} sales, "
            f"{self.lines} lines, {self.journal_entries} journal entries, "
            f"{self.z_reports} Z-reports over {self.trading_days} days in {self.seconds:.1f}s "
            f"({phases})"
        )


Progress = Callable[[str], None]


def _quiet(_message: str) -> None:
    pass


# --- the tables written in bulk ------------------------------------------------
# Per column: None, or how SQLite needs it ("dt" a moment, "d" a date, "b" a flag).

_TABLES_SPEC = {
    "item": (
        "id shop_id kind barcode name description category_id condition price_ore "
        "purchase_price_ore margin_scheme:b vat_code source weight_grams intake_date:d "
        "tag_colour shelf notes status quantity reserved_basket_id registered_by_user_id "
        "created_at:dt updated_at:dt"
    ),
    "basket": (
        "id uuid shop_id till_id user_id state training:b basket_discount_ore "
        "discount_percent_bp created_at:dt updated_at:dt"
    ),
    "sale": (
        "id uuid shop_id till_id cashier_user_id kind training:b receipt_series receipt_number "
        "business_date:d created_at:dt total_ore vat_ore discount_ore rounding_ore "
        "signature signature_key_version"
    ),
    "sale_line": (
        "id sale_id line_number item_id barcode description category_id saft_article_group "
        "quantity unit_price_ore price_overridden:b discount_ore line_total_ore vat_code "
        "vat_rate_bp vat_base_ore vat_ore margin_scheme:b purchase_price_ore"
    ),
    "payment": "id sale_id method saft_payment_code amount_ore tendered_ore change_ore reference",
    "receipt_print": "id sale_id copy:b user_id produced_at:dt channel",
    "cash_movement": "id shop_id till_id user_id kind amount_ore reason created_at:dt",
    "z_report": (
        "id shop_id till_id user_id number business_date:d created_at:dt last_journal_id "
        "counted_cash_ore expected_cash_ore content_json"
    ),
    "journal_entry": (
        "id occurred_at:dt shop_id till_id user_id event_type saft_event_code sale_id summary "
        "payload_json"
    ),
}
_TABLES: dict[str, tuple[tuple[str, str | None], ...]] = {
    table: tuple((word.partition(":")[0], word.partition(":")[2] or None) for word in spec.split())
    for table, spec in _TABLES_SPEC.items()
}


def _sqlite_moment(value: datetime) -> str:
    """SQLAlchemy's SQLite DATETIME text of a UTC moment (store/types.UtcDateTime);
    every moment generated here is made in UTC."""
    return value.isoformat(" ", "microseconds")[:26]


def _sqlite_converter(columns: tuple[tuple[str, str | None], ...]):
    converters = []
    for position, (_name, kind) in enumerate(columns):
        if kind == "dt":
            converters.append((position, _sqlite_moment))
        elif kind == "d":
            converters.append((position, date.isoformat))
        elif kind == "b":
            converters.append((position, int))
    if not converters:
        return tuple

    def convert(row: tuple) -> tuple:
        values = list(row)
        for position, function in converters:
            value = values[position]
            if value is not None:
                values[position] = function(value)
        return tuple(values)

    return convert


class _Sink:
    """Rows buffered per table and written in batches of ``batch_rows`` (None:
    all at :meth:`flush`, which writes the tables in the order of ``_TABLES``, a
    row's references first, for a store whose foreign keys are checked)."""

    def __init__(
        self, write: Callable[[str, list[tuple]], None], batch_rows: int | None = BATCH_ROWS
    ) -> None:
        self._write = write
        self._batch_rows = batch_rows
        self._rows: dict[str, list[tuple]] = defaultdict(list)
        self.written: dict[str, int] = defaultdict(int)

    def add(self, table: str, row: tuple) -> None:
        rows = self._rows[table]
        rows.append(row)
        if self._batch_rows is not None and len(rows) >= self._batch_rows:
            self._flush(table)

    def _flush(self, table: str) -> None:
        rows = self._rows[table]
        if rows:
            self._write(table, rows)
            self.written[table] += len(rows)
            self._rows[table] = []

    def flush(self) -> None:
        for table in _TABLES:
            self._flush(table)


# --- the plan -------------------------------------------------------------------


@dataclass
class _Category:
    id: int
    default_vat_code: str
    saft_article_group: str
    name_nb: str


@dataclass
class _ShopPlan:
    id: int
    code: str
    name: str
    org_number: str
    vat_registered: bool
    barcode_number: int
    tills: list[tuple[int, str]]  # (id, code)
    cashiers: list[tuple[int, str]]  # (user id, name)
    manager: tuple[int, str]
    items: int = 0
    stock_articles: list[list] = field(default_factory=list)  # item rows, quantity counted
    unique_pool: list[DemoItem] = field(default_factory=list)
    sold_budget: int = 0
    sold: int = 0
    sale_sizes: list[int] = field(default_factory=list)
    unique_share: float = 0.0
    next_serial: int = 1
    last_serial: int = 0

    def barcode(self) -> str:
        serial = self.next_serial
        self.next_serial += 1
        return in_store_ean13(self.barcode_number, serial)


@dataclass
class _TillDay:
    """One till's trading day, for its Z-report."""

    shop: _ShopPlan
    till_id: int
    till_code: str
    cashier: tuple[int, str]
    report: DayReport
    cash_ore: int = 0
    first_at: datetime | None = None
    last_at: datetime | None = None


def _report_json(report: DayReport) -> str:
    """``report.to_json()``, without dataclasses.asdict's deep copies (thousands of these)."""
    data = {}
    for name, value in vars(report).items():
        if isinstance(value, CountAmount):
            value = {"count": value.count, "amount_ore": value.amount_ore}
        elif (
            isinstance(value, dict)
            and value
            and isinstance(next(iter(value.values())), CountAmount)
        ):
            value = {k: {"count": v.count, "amount_ore": v.amount_ore} for k, v in value.items()}
        data[name] = value
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def trading_days_back(today: date, years: int) -> list[date]:
    """Every day the demo centre was open in the ``years`` years before ``today``."""
    first = today - timedelta(days=365 * years)
    days = []
    day = first
    while day < today:
        if opening_hours(day) is not None:
            days.append(day)
        day += timedelta(days=1)
    return days


# --- building -------------------------------------------------------------------


class _Builder:
    def __init__(self, url: str, size: Size, progress: Progress) -> None:
        self.url = url
        self.size = size
        self.progress = progress
        self.rng = random.Random(f"{size.seed}:bench")
        self.today = datetime.now(OSLO).date()
        self.report: GenerationReport | None = None

    # The structure: migrations and the demo centre, through the app's own code.
    def seed(self, first_day: date) -> None:
        hours = opening_hours(first_day)
        assert hours is not None
        store, _ = open_and_upgrade(self.url)
        try:
            with simulated_clock(hours[0] - timedelta(hours=2)):
                seed_demo_centre(store, items_per_shop=0, today=first_day)
            with store.reading() as session:
                self._read_structure(session)
        finally:
            store.close()

    def _read_structure(self, session) -> None:
        self.rates = {
            code: rate
            for code, rate in session.execute(select(VatCodeRow.standard_code, VatCodeRow.rate_bp))
        }
        self.categories = {
            c.code: _Category(c.id, c.default_vat_code, c.saft_article_group, c.name_nb)
            for c in session.scalars(select(Category))
        }
        users = {u.number: (u.id, u.name) for u in session.scalars(select(User))}
        self.shops: list[_ShopPlan] = []
        for code, _share in SHOP_SHARES:
            shop = session.scalar(select(Shop).where(Shop.code == code))
            assert shop is not None
            demo_users = [d for d in DEMO_USERS if code in d.roles]
            tills = session.execute(
                select(Till.id, Till.code).where(Till.shop_id == shop.id).order_by(Till.code)
            ).all()
            self.shops.append(
                _ShopPlan(
                    id=shop.id,
                    code=code,
                    name=shop.name,
                    org_number=shop.org_number,
                    vat_registered=shop.vat_registered,
                    barcode_number=shop.barcode_number,
                    tills=[(t.id, t.code) for t in tills],
                    cashiers=[users[d.number] for d in demo_users if Role.CASHIER in d.roles[code]],
                    manager=next(
                        users[d.number] for d in demo_users if Role.MANAGER in d.roles[code]
                    ),
                )
            )

    def plan(self, days: list[date]) -> None:
        items_left, lines_left = self.size.items, self.size.lines
        for index, ((code, share), shop) in enumerate(zip(SHOP_SHARES, self.shops, strict=True)):
            last = index == len(self.shops) - 1
            shop.items = items_left if last else round(self.size.items * share)
            lines = lines_left if last else round(self.size.lines * share)
            items_left -= shop.items
            lines_left -= lines
            demo = next(d for d in DEMO_SHOPS if d.code == code)
            pool = generate_demo_items(
                {code: demo.categories}, shop.items + shop.items // 5 + 50, seed=self.size.seed
            )[code]
            stock_count = max(5, round(shop.items * STOCK_ARTICLE_SHARE))
            new_goods = [d for d in pool if d.source == ItemSource.NEW_GOODS.value]
            used = [d for d in pool if d.source != ItemSource.NEW_GOODS.value]
            # A shop without enough new goods counts some used things as stock articles.
            borrowed = max(0, stock_count - len(new_goods))
            stock = new_goods[:stock_count] + used[:borrowed]
            unique_count = shop.items - stock_count
            shop.unique_pool = used[borrowed : borrowed + unique_count]
            shop.unique_pool += [  # top up with repeats if the pool fell short
                self.rng.choice(used) for _ in range(unique_count - len(shop.unique_pool))
            ]
            shop.sold_budget = round(len(shop.unique_pool) * SOLD_SHARE)
            shop.stock_articles = [self._stock_article(shop, d, days[0]) for d in stock]
            total = 0
            while total < lines:
                size = min(self.rng.choices(SALE_SIZES, SALE_SIZE_WEIGHTS)[0], lines - total)
                shop.sale_sizes.append(size)
                total += size
            shop.unique_share = min(1.0, shop.sold_budget / lines) if lines else 0.0

    def _item_row(
        self,
        shop: _ShopPlan,
        demo: DemoItem,
        item_id: int,
        kind: ItemKind,
        status: ItemStatus,
        intake: date,
        sold_at: datetime | None,
        quantity: int = 1,
    ) -> list:
        source = ItemSource.NEW_GOODS if kind is ItemKind.STOCK else ItemSource(demo.source)
        registered = (
            datetime.combine(intake, datetime.min.time(), OSLO)
            + timedelta(hours=9, seconds=self.rng.randrange(8 * 3600))
        ).astimezone(UTC)
        return [
            item_id,
            shop.id,
            kind.value,
            shop.barcode(),
            demo.name,
            demo.description,
            self.categories[demo.category_code].id,
            None if kind is ItemKind.STOCK else Condition(demo.condition).value,
            demo.price_ore,
            demo.purchase_price_ore if kind is ItemKind.UNIQUE else None,
            source is ItemSource.BOUGHT_PRIVATE and shop.vat_registered,
            None,
            source.value,
            demo.weight_grams or None,
            intake,
            None if kind is ItemKind.STOCK else tag_colour_for(intake),
            demo.shelf,
            "",
            status.value,
            quantity,
            None,
            shop.manager[0],
            registered,
            sold_at or registered,
        ]

    def _stock_article(self, shop: _ShopPlan, demo: DemoItem, first_day: date) -> list:
        row = self._item_row(
            shop, demo, 0, ItemKind.STOCK, ItemStatus.IN_STOCK, first_day - timedelta(days=1), None
        )
        row[8] = demo.price_ore if demo.source == ItemSource.NEW_GOODS.value else 4900
        return row

    # The history, day by day, written as it is made.
    def history(self, days: list[date], sink: _Sink, first_ids: dict[str, int]) -> None:
        ids = {table: count(first_ids[table]) for table in _TABLES}
        for shop in self.shops:
            for row in shop.stock_articles:
                row[0] = next(ids["item"])
                sink.add("item", tuple(row))
        self.stock_sold: dict[int, int] = defaultdict(int)
        self.sales_made = 0
        receipt_numbers: dict[int, int] = defaultdict(int)
        z_numbers: dict[int, int] = defaultdict(int)
        grand: dict[int, list[int]] = defaultdict(lambda: [0, 0])
        offsets = {
            shop.id: [round(d * len(shop.sale_sizes) / len(days)) for d in range(len(days) + 1)]
            for shop in self.shops
        }
        started = time.perf_counter()
        for number, day in enumerate(days):
            self._one_day(day, number, offsets, ids, sink, receipt_numbers, z_numbers, grand)
            if number % max(1, len(days) // 10) == 0:
                self.progress(
                    f"  day {number + 1}/{len(days)} ({day}), "
                    f"{self.sales_made} sales, {time.perf_counter() - started:.0f}s"
                )
        self.receipt_numbers = receipt_numbers
        self.z_numbers = z_numbers
        # The items still on the shelves, newest last.
        on_shelf = []
        for shop in self.shops:
            for demo in shop.unique_pool[shop.sold :]:
                intake = self.today - timedelta(days=self.rng.randrange(SHELF_DAYS))
                on_shelf.append((intake, self.rng.random(), shop, demo))
        on_shelf.sort(key=lambda entry: (entry[0], entry[1]))
        for intake, _, shop, demo in on_shelf:
            row = self._item_row(
                shop, demo, next(ids["item"]), ItemKind.UNIQUE, ItemStatus.IN_STOCK, intake, None
            )
            sink.add("item", tuple(row))
        sink.flush()

    def _one_day(self, day, number, offsets, ids, sink, receipt_numbers, z_numbers, grand):
        opens, closes = (moment.astimezone(UTC) for moment in opening_hours(day))  # type: ignore[union-attr]
        first = opens + timedelta(minutes=5)
        span = (closes - timedelta(minutes=20) - first).total_seconds()
        rng = self.rng
        sales = []
        for shop in self.shops:
            start, end = offsets[shop.id][number], offsets[shop.id][number + 1]
            for size in shop.sale_sizes[start:end]:
                till = rng.choice(shop.tills)
                sales.append((rng.random() * span, shop, till, size))
        sales.sort(key=lambda entry: entry[0])
        till_days: dict[int, _TillDay] = {}
        for _, shop, (till_id, till_code), _ in sales:
            if till_id not in till_days:
                cashier = shop.cashiers[(number + till_id) % len(shop.cashiers)]
                till_days[till_id] = _TillDay(
                    shop, till_id, till_code, cashier, self._empty_report(shop, till_code, day)
                )
        for till_day in sorted(till_days.values(), key=lambda t: t.till_id):
            self._opening_float(till_day, opens + timedelta(minutes=2), ids, sink)
        last_at: dict[int, float] = {}
        for offset, _shop, (till_id, _), size in sales:
            offset = max(offset, last_at.get(till_id, -10.0) + 10.0)
            last_at[till_id] = offset
            receipt_numbers[till_id] += 1
            self._sale(
                till_days[till_id],
                first + timedelta(seconds=offset),
                receipt_numbers[till_id],
                size,
                day,
                ids,
                sink,
            )
        for till_day in sorted(till_days.values(), key=lambda t: t.till_id):
            z_numbers[till_day.till_id] += 1
            self._z_report(
                till_day,
                closes + timedelta(minutes=10),
                z_numbers[till_day.till_id],
                grand[till_day.till_id],
                day,
                ids,
                sink,
            )

    def _empty_report(self, shop: _ShopPlan, till_code: str, day: date) -> DayReport:
        return DayReport(
            kind="Z",
            shop_name=shop.name,
            org_number=format_orgnr(shop.org_number),
            vat_registered=shop.vat_registered,
            till_code=till_code,
            produced_at="",
            produced_by=shop.manager[1],
            business_date=day.isoformat(),
        )

    def _journal(self, sink, ids, at, till_day, event, summary, payload, sale_id=None) -> int:
        entry_id = next(ids["journal_entry"])
        sink.add(
            "journal_entry",
            (
                entry_id,
                at,
                till_day.shop.id,
                till_day.till_id,
                till_day.cashier[0]
                if event is not EventType.Z_REPORT
                else till_day.shop.manager[0],
                event.value,
                saft_event_code(event),
                sale_id,
                summary[:400],
                payload,
            ),
        )
        if till_day.first_at is None:
            till_day.first_at = at
        till_day.last_at = at
        till_day.report.last_journal_id = entry_id
        return entry_id

    def _opening_float(self, till_day: _TillDay, at: datetime, ids, sink) -> None:
        sink.add(
            "cash_movement",
            (
                next(ids["cash_movement"]),
                till_day.shop.id,
                till_day.till_id,
                till_day.cashier[0],
                "opening_float",
                OPENING_FLOAT_ORE,
                "",
                at,
            ),
        )
        self._journal(
            sink,
            ids,
            at,
            till_day,
            EventType.OPENING_FLOAT,
            f"Vekselkasse talt: {format_kr(OPENING_FLOAT_ORE)}",
            json.dumps({"amount_ore": OPENING_FLOAT_ORE, "reason": ""}),
        )
        till_day.report.opening_float_ore = OPENING_FLOAT_ORE
        till_day.cash_ore = OPENING_FLOAT_ORE

    def _sale(self, till_day: _TillDay, at: datetime, receipt_number: int, size, day, ids, sink):
        rng = self.rng
        shop = till_day.shop
        sale_id = next(ids["sale"])
        self.sales_made += 1
        lines: list[list] = []  # [item row (list), quantity]
        for _ in range(size):
            if shop.sold < shop.sold_budget and rng.random() < shop.unique_share:
                demo = shop.unique_pool[shop.sold]
                shop.sold += 1
                intake = day - timedelta(days=rng.randrange(60))
                row = self._item_row(
                    shop, demo, next(ids["item"]), ItemKind.UNIQUE, ItemStatus.SOLD, intake, at
                )
                sink.add("item", tuple(row))
                lines.append([row, 1])
            else:
                article = rng.choice(shop.stock_articles)
                if any(line[0] is article for line in lines):  # a line of its own if we can
                    article = rng.choice(shop.stock_articles)
                quantity = 2 if rng.random() < 0.1 else 1
                same = next((line for line in lines if line[0] is article), None)
                if same is not None:
                    same[1] += quantity
                else:
                    lines.append([article, quantity])
                self.stock_sold[article[0]] += quantity
        total = vat = 0
        sale_lines = []
        report = till_day.report
        for line_number, (row, quantity) in enumerate(lines, start=1):
            category = self._category_by_id[row[6]]
            price = row[8]
            line_total = price * quantity
            purchase = row[9]
            if shop.vat_registered:
                code = row[11] or category.default_vat_code
                margin = bool(row[10]) and purchase is not None
                rate = self.rates[code]
                base = max(0, line_total - purchase * quantity) if margin else line_total
                line_vat = vat_included(base, rate)
            else:
                code, margin, rate, base, line_vat = NOT_REGISTERED_VAT_CODE, False, 0, 0, 0
            total += line_total
            vat += line_vat
            sale_lines.append(
                (
                    next(ids["sale_line"]),
                    sale_id,
                    line_number,
                    row[0],
                    row[3],
                    row[4],
                    category.id,
                    category.saft_article_group,
                    quantity,
                    price,
                    False,
                    0,
                    line_total,
                    code,
                    rate,
                    base,
                    line_vat,
                    margin,
                    purchase if margin else None,
                )
            )
            key = f"{rate / 100:g} %" + (" bruktmoms" if margin else "")
            per_rate = report.vat_per_rate.setdefault(key, [0, 0, 0])
            per_rate[0] += base
            per_rate[1] += line_vat
            per_rate[2] += line_total
            group = f"{category.saft_article_group} {category.name_nb}"
            report.per_article_group.setdefault(group, CountAmount()).add(line_total)
        settlement = settle(total, self._tenders(total))
        basket_uuid = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        cashier_id, cashier_name = till_day.cashier
        basket_id = next(ids["basket"])
        sink.add(
            "basket",
            (
                basket_id,
                basket_uuid,
                shop.id,
                till_day.till_id,
                cashier_id,
                "completed",
                False,
                0,
                0,
                at - timedelta(seconds=30 + 20 * size),
                at,
            ),
        )
        sink.add(
            "sale",
            (
                sale_id,
                basket_uuid,
                shop.id,
                till_day.till_id,
                cashier_id,
                "sale",
                False,
                "sale",
                receipt_number,
                day,
                at,
                total,
                vat,
                0,
                settlement.rounding_ore,
                *self._signature(till_day, at, receipt_number, total, vat),
            ),
        )
        for sale_line in sale_lines:
            sink.add("sale_line", sale_line)
        for paid in settlement.payments:
            sink.add(
                "payment",
                (
                    next(ids["payment"]),
                    sale_id,
                    paid.method,
                    SAFT_PAYMENT_CODES[paid.method],  # type: ignore[index]
                    paid.amount_ore,
                    paid.tendered_ore,
                    paid.change_ore,
                    paid.reference,
                ),
            )
            report.per_payment.setdefault(payment_name(paid.method), CountAmount()).add(
                paid.amount_ore
            )
            if paid.method == "cash":
                till_day.cash_ore += paid.amount_ore
        payload = {
            "receipt_number": receipt_number,
            "total_ore": total,
            "vat_ore": vat,
            "rounding_ore": settlement.rounding_ore,
            "lines": len(lines),
            "basket": basket_uuid,
        }
        self._journal(
            sink,
            ids,
            at,
            till_day,
            EventType.SALE_COMPLETED,
            f"Salg {receipt_number}: {format_kr(total)}",
            json.dumps(payload, ensure_ascii=False),
            sale_id,
        )
        printed = at + timedelta(seconds=2)
        sink.add(
            "receipt_print",
            (next(ids["receipt_print"]), sale_id, False, cashier_id, printed, "system"),
        )
        receipt = self._receipt_text(
            till_day, receipt_number, at, sale_lines, total, vat, settlement
        )
        self._journal(
            sink,
            ids,
            printed,
            till_day,
            EventType.SALES_RECEIPT,
            f"Salgskvittering {receipt_number}: system",
            json.dumps({"channel": "system", "copy": False, "text": receipt}, ensure_ascii=False),
            sale_id,
        )
        report.sales.add(total)
        report.net_ore += total
        report.vat_ore += vat
        report.rounding_ore += settlement.rounding_ore
        report.per_cashier.setdefault(cashier_name, CountAmount()).add(total)

    def _signature(self, till_day, at, receipt_number, total, vat) -> tuple[str | None, int | None]:
        """(signature, key version) of a sale: the history is not signed (see above)."""
        return None, None

    def _tenders(self, total: int) -> list[Tender]:
        """As the demo's simulated customers pay (services/simulation.py)."""
        rng = self.rng
        choice = rng.random()
        if choice < 0.4:
            due = total + cash_rounding_ore(total)
            return [Tender("cash", tendered_ore=-(-due // 10_000) * 10_000)]
        if choice < 0.75:
            return [Tender("card", total, reference=f"{rng.randrange(10**6):06d}")]
        if choice < 0.85:
            return [Tender("vipps", total, reference=f"V{rng.randrange(10**8):08d}")]
        card = total // 2
        if card == 0:
            return [Tender("cash")]
        return [Tender("card", card, reference=f"{rng.randrange(10**6):06d}"), Tender("cash")]

    def _receipt_text(self, till_day, number, at, sale_lines, total, vat, settlement) -> str:
        """A short receipt body: as long as a real one, cheaper to make."""
        shop = till_day.shop
        local = at.astimezone(OSLO)
        out = [
            shop.name,
            f"Org.nr. {format_orgnr(shop.org_number)}{' MVA' if shop.vat_registered else ''}",
            "SALGSKVITTERING",
            f"Kvittering {number}  {local:%d.%m.%Y %H:%M}  {till_day.till_code}",
            "-" * 48,
        ]
        for line in sale_lines:
            out.append(f"{line[5][:30]:<30} {line[8]:>3} {format_kr(line[12]):>13}")
        out += [
            "-" * 48,
            f"{'TOTALT':<30} {format_kr(total):>17}",
            f"{'Herav mva':<30} {format_kr(vat):>17}",
        ]
        for paid in settlement.payments:
            out.append(f"{payment_name(paid.method):<30} {format_kr(paid.amount_ore):>17}")
        return "\n".join(out)

    def _z_report(self, till_day, at, number, grand, day, ids, sink) -> None:
        report = till_day.report
        report.number = number
        report.produced_at = at.astimezone(UTC).isoformat()
        report.net_ex_vat_ore = report.net_ore - report.vat_ore
        report.expected_cash_ore = till_day.cash_ore
        report.counted_cash_ore = till_day.cash_ore
        report.first_event_at = till_day.first_at.astimezone(OSLO).isoformat()  # type: ignore[union-attr]
        report.last_event_at = till_day.last_at.astimezone(OSLO).isoformat()  # type: ignore[union-attr]
        grand[0] += report.sales.amount_ore
        report.grand_sales_ore, report.grand_returns_ore = grand
        content = _report_json(report)
        sink.add(
            "z_report",
            (
                next(ids["z_report"]),
                till_day.shop.id,
                till_day.till_id,
                till_day.shop.manager[0],
                number,
                day,
                at,
                report.last_journal_id,
                till_day.cash_ore,
                till_day.cash_ore,
                content,
            ),
        )
        self._journal(
            sink,
            ids,
            at,
            till_day,
            EventType.Z_REPORT,
            f"Z-rapport {number} {till_day.till_code}: {format_kr(report.net_ore)}",
            content,
        )

    def counters(self) -> dict[str, int]:
        values = {}
        for shop in self.shops:
            values[shop_barcode_counter(shop.id)] = shop.next_serial - 1
            for till_id, _ in shop.tills:
                if self.receipt_numbers.get(till_id):
                    values[receipt_counter(till_id, False)] = self.receipt_numbers[till_id]
                if self.z_numbers.get(till_id):
                    values[f"till:{till_id}:z"] = self.z_numbers[till_id]
        return values

    def build(self, backend: str) -> GenerationReport:
        started = time.perf_counter()
        report = GenerationReport(self.size, backend)
        days = trading_days_back(self.today, self.size.years)
        report.trading_days = len(days)
        self.progress(f"generating {backend} store {self.size.key} ({len(days)} trading days)")
        phase = time.perf_counter()
        self.seed(days[0])
        self._category_by_id = {c.id: c for c in self.categories.values()}
        self.plan(days)
        report.phases["plan"] = time.perf_counter() - phase
        loader = _SqliteLoader(self.url) if backend == "sqlite" else _PostgresLoader(self.url)
        with loader:
            phase = time.perf_counter()
            loader.before_load()
            report.phases["prepare"] = time.perf_counter() - phase
            phase = time.perf_counter()
            sink = _Sink(loader.write)
            self.history(days, sink, loader.first_ids())
            loader.set_stock_quantities(
                {item_id: sold + 5 + item_id % 20 for item_id, sold in self._stock_counts().items()}
            )
            loader.set_counters(self.counters())
            report.phases["load"] = time.perf_counter() - phase
            phase = time.perf_counter()
            loader.after_load()
            report.phases["index"] = time.perf_counter() - phase
        report.items = sink.written["item"]
        report.sales = sink.written["sale"]
        report.lines = sink.written["sale_line"]
        report.journal_entries = sink.written["journal_entry"]
        report.z_reports = sink.written["z_report"]
        report.seconds = time.perf_counter() - started
        return report

    def _stock_counts(self) -> dict[int, int]:
        return {
            row[0]: self.stock_sold.get(row[0], 0)
            for shop in self.shops
            for row in shop.stock_articles
        }


# --- loaders, one per backend ------------------------------------------------------

_BIG_TABLES = tuple(_TABLES)


class _SqliteLoader:
    """Rows into a store being built (``bulk``: no journal, no sync, no foreign
    keys) or, with ``bulk=False``, into a store in use, as one ordinary write
    transaction (:func:`add_trading_day`)."""

    def __init__(self, url: str, bulk: bool = True) -> None:
        self.bulk = bulk
        self.engine = create_engine(url)
        self._converters = {table: _sqlite_converter(columns) for table, columns in _TABLES.items()}
        self._statements = {
            table: f"INSERT INTO {table} ({', '.join(c for c, _ in columns)}) "
            f"VALUES ({', '.join('?' for _ in columns)})"
            for table, columns in _TABLES.items()
        }

    def __enter__(self):
        self.connection = self.engine.connect()
        driver = self.connection.connection.driver_connection
        driver.isolation_level = None  # transactions by hand, as the app's engine does
        if not self.bulk:
            self.connection.exec_driver_sql("BEGIN IMMEDIATE")
            return self
        for pragma in (
            "journal_mode=DELETE",
            "synchronous=OFF",
            "foreign_keys=OFF",
            "cache_size=-1000000",
            "temp_store=MEMORY",
        ):
            self.connection.exec_driver_sql(f"PRAGMA {pragma}")
        self.connection.exec_driver_sql("BEGIN")
        return self

    def __exit__(self, kind, error, trace) -> None:
        try:
            if error is None:
                self.connection.exec_driver_sql("COMMIT")
                if self.bulk:
                    self.connection.exec_driver_sql("PRAGMA journal_mode=WAL")
            else:
                self.connection.exec_driver_sql("ROLLBACK")
        finally:
            self.connection.close()
            self.engine.dispose()

    def first_ids(self) -> dict[str, int]:
        return {
            table: (self.connection.exec_driver_sql(f"SELECT max(id) FROM {table}").scalar() or 0)
            + 1
            for table in _TABLES
        }

    def set_sequences(self) -> None:
        pass  # a rowid table goes on from its largest id

    def before_load(self) -> None:
        names = ", ".join(f"'{t}'" for t in _BIG_TABLES)
        self._indexes = self.connection.exec_driver_sql(
            f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
            f"AND tbl_name IN ({names})"
        ).all()
        for name, _ in self._indexes:
            self.connection.exec_driver_sql(f"DROP INDEX {name}")
        # The search index is filled in one pass after the load, not row by row.
        self.connection.exec_driver_sql("DROP TRIGGER item_fts_insert")

    def write(self, table: str, rows: list[tuple]) -> None:
        convert = self._converters[table]
        self.connection.exec_driver_sql(self._statements[table], [convert(r) for r in rows])

    def set_stock_quantities(self, quantities: dict[int, int]) -> None:
        self.connection.exec_driver_sql(
            "UPDATE item SET quantity = ? WHERE id = ?",
            [(quantity, item_id) for item_id, quantity in quantities.items()],
        )

    def set_counters(self, counters: dict[str, int]) -> None:
        self.connection.exec_driver_sql(
            "INSERT INTO sequence_counter (name, value) VALUES (?, ?) "
            "ON CONFLICT (name) DO UPDATE SET value = excluded.value",
            list(counters.items()),
        )

    def after_load(self) -> None:
        for _, create in self._indexes:
            self.connection.exec_driver_sql(create)
        self.connection.exec_driver_sql(
            "CREATE TRIGGER item_fts_insert AFTER INSERT ON item BEGIN "
            "INSERT INTO item_fts(rowid, name, description, barcode) "
            "VALUES (new.id, new.name, new.description, new.barcode); END"
        )
        self.connection.exec_driver_sql("INSERT INTO item_fts(item_fts) VALUES ('rebuild')")
        # signing_key is append-only (revision 0005): its triggers step aside for this.
        triggers = self.connection.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master "
            "WHERE type = 'trigger' AND tbl_name = 'signing_key'"
        ).all()
        for name, _ in triggers:
            self.connection.exec_driver_sql(f"DROP TRIGGER {name}")
        self.connection.exec_driver_sql(
            "UPDATE signing_key SET created_at = ?", (_sqlite_moment(datetime.now(UTC)),)
        )
        for _, create in triggers:
            self.connection.exec_driver_sql(create)


class _PostgresLoader:
    """As :class:`_SqliteLoader`: ``bulk`` skips the foreign-key triggers and
    vacuums at the end; ``bulk=False`` is one ordinary transaction, the tables
    written analysed before it commits."""

    def __init__(self, url: str, bulk: bool = True) -> None:
        self.bulk = bulk
        self.url = url.replace("postgresql+psycopg://", "postgresql://")
        self._statements = {
            table: sql.SQL("COPY {} ({}) FROM STDIN").format(
                sql.Identifier(table), sql.SQL(", ").join(sql.Identifier(c) for c, _ in columns)
            )
            for table, columns in _TABLES.items()
        }

    def __enter__(self):
        self.connection = psycopg.connect(self.url)
        if self.bulk:
            self.connection.execute("SET session_replication_role = replica")  # no FK triggers
            self.connection.execute("SET maintenance_work_mem = '512MB'")
        return self

    def __exit__(self, kind, error, trace) -> None:
        try:
            if error is None and not self.bulk:
                for table in _TABLES:  # as autovacuum would soon: the plans see the new rows
                    self.connection.execute(sql.SQL("ANALYZE {}").format(sql.Identifier(table)))
                self.connection.commit()
            elif error is None:
                self.connection.commit()
                self.connection.autocommit = True
                self.connection.execute("VACUUM ANALYZE")
            else:
                self.connection.rollback()
        finally:
            self.connection.close()

    def first_ids(self) -> dict[str, int]:
        ids = {}
        for table in _TABLES:
            row = self.connection.execute(
                sql.SQL("SELECT max(id) FROM {}").format(sql.Identifier(table))
            ).fetchone()
            ids[table] = ((row[0] if row else None) or 0) + 1
        return ids

    def before_load(self) -> None:
        self._indexes = self.connection.execute(
            "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' "
            "AND tablename = ANY(%s) "
            "AND indexname NOT IN (SELECT conname FROM pg_constraint)",
            (list(_BIG_TABLES),),
        ).fetchall()
        for name, _ in self._indexes:
            self.connection.execute(sql.SQL("DROP INDEX {}").format(sql.Identifier(name)))

    def write(self, table: str, rows: list[tuple]) -> None:
        with self.connection.cursor() as cursor, cursor.copy(self._statements[table]) as copy:
            for row in rows:
                copy.write_row(row)

    def set_stock_quantities(self, quantities: dict[int, int]) -> None:
        with self.connection.cursor() as cursor:
            cursor.executemany(
                "UPDATE item SET quantity = %s WHERE id = %s",
                [(quantity, item_id) for item_id, quantity in quantities.items()],
            )

    def set_counters(self, counters: dict[str, int]) -> None:
        with self.connection.cursor() as cursor:
            cursor.executemany(
                "INSERT INTO sequence_counter (name, value) VALUES (%s, %s) "
                "ON CONFLICT (name) DO UPDATE SET value = excluded.value",
                list(counters.items()),
            )

    def after_load(self) -> None:
        for _, create in self._indexes:
            self.connection.execute(create)  # type: ignore[arg-type]
        self.set_sequences()
        self.connection.execute("UPDATE signing_key SET created_at = now()")

    def set_sequences(self) -> None:
        """The id sequences past the ids written."""
        for table in _TABLES:
            self.connection.execute(
                sql.SQL(
                    "SELECT setval(pg_get_serial_sequence({name}, 'id'), "
                    "(SELECT coalesce(max(id), 1) FROM {table}))"
                ).format(name=sql.Literal(table), table=sql.Identifier(table))
            )


def build_store(
    url: str, size: Size, backend: str, progress: Progress = _quiet
) -> GenerationReport:
    """Build a benchmark store into ``url``, an empty database (no schema yet)."""
    report = _Builder(url, size, progress).build(backend)
    progress(report.line())
    return report


# --- one more trading day, on a store that exists ----------------------------------

DAY_SALES = 2_000


@dataclass(frozen=True)
class AddedDay:
    day: date
    till_code: str
    sales: int
    lines: int
    first_receipt: int
    last_receipt: int


def add_trading_day(
    url: str,
    day: date,
    sales: int = DAY_SALES,
    till_code: str = "BRUKT-1",
    seed: int = 2026,
) -> AddedDay:
    """Write one trading day onto an existing generated store (a working copy,
    never a cached store): ``sales`` sales on one till, within the demo centre's
    opening hours of ``day`` (Saturday's on a Sunday), spread evenly; the
    opening float first; the day left open (no Z-report). The rows are made by
    the generator's own builders, so they are what the history is (baskets,
    lines, payments, receipt prints, journal), except that every sale is signed
    through the real signing text and the shop's key, chained to the till's
    previous sale, as a till would have signed it. Every line sells a unique
    item made for this day (registered, as in the history, up to 60 days
    before), so the day does not depend on what is on the shelves: with the
    same ``seed`` it is the same day on any store, ids, barcodes and receipt
    numbers apart. Ids go on from the store's largest; the till's receipt
    counter and the shop's barcode counter are moved on.

    Refused (ValueError) unless ``day`` is after every sale and Z-report of the
    till's shop: the day must be the shop's newest."""
    return _DayBuilder(url, seed).add(day, sales, till_code)


class _DayBuilder(_Builder):
    def __init__(self, url: str, seed: int) -> None:
        super().__init__(url, Size(1_000, 0, seed=seed), _quiet)

    def add(self, day: date, sales: int, till_code: str) -> AddedDay:
        self.rng = random.Random(f"{self.size.seed}:{day.isoformat()}")  # a day of its own
        backend = "sqlite" if self.url.startswith("sqlite") else "postgresql"
        store, _ = open_and_upgrade(self.url)
        try:
            with store.reading() as session:
                self._read_structure(session)
                shop, till_id = next(
                    (shop, till_id)
                    for shop in self.shops
                    for till_id, code in shop.tills
                    if code == till_code
                )
                self._check_newest(session, shop, day)
                counters: dict[str, int] = {
                    name: value
                    for name, value in session.execute(
                        select(SequenceCounter.name, SequenceCounter.value)
                    )
                }
                first_receipt = counters.get(receipt_counter(till_id, False), 0) + 1
                self._previous = session.scalar(
                    select(Sale.signature).where(
                        Sale.till_id == till_id,
                        Sale.receipt_series == "sale",
                        Sale.receipt_number == first_receipt - 1,
                    )
                )
                self._key_version, self._key = newest_private_key(session, shop.id)
        finally:
            store.close()
        shop.next_serial = counters.get(shop_barcode_counter(shop.id), 0) + 1
        self._category_by_id = {c.id: c for c in self.categories.values()}
        sizes = self.rng.choices(SALE_SIZES, SALE_SIZE_WEIGHTS, k=sales)
        self._plan_unique_lines(shop, sum(sizes))
        self.stock_sold, self.sales_made = defaultdict(int), 0
        hours = opening_hours(day) or opening_hours(day - timedelta(days=1))
        assert hours is not None
        opens, closes = (datetime.combine(day, moment.timetz()) for moment in hours)
        start = (opens + timedelta(minutes=5)).astimezone(UTC)
        step = (closes - timedelta(minutes=20) - opens - timedelta(minutes=5)) / sales
        till_day = _TillDay(
            shop, till_id, till_code, shop.cashiers[0], self._empty_report(shop, till_code, day)
        )
        loader_class = _SqliteLoader if backend == "sqlite" else _PostgresLoader
        with loader_class(self.url, bulk=False) as loader:
            ids = {table: count(next_id) for table, next_id in loader.first_ids().items()}
            sink = _Sink(loader.write, batch_rows=None)  # foreign keys are checked
            self._opening_float(till_day, start - timedelta(minutes=3), ids, sink)
            for number, size in enumerate(sizes):
                at = start + step * number + timedelta(seconds=self.rng.random())
                self._sale(till_day, at, first_receipt + number, size, day, ids, sink)
            sink.flush()
            last_receipt = first_receipt + sales - 1
            loader.set_counters(
                {
                    receipt_counter(till_id, False): last_receipt,
                    shop_barcode_counter(shop.id): shop.next_serial - 1,
                }
            )
            loader.set_sequences()
        return AddedDay(
            day, till_code, sales, sink.written["sale_line"], first_receipt, last_receipt
        )

    def _check_newest(self, session, shop: _ShopPlan, day: date) -> None:
        newest = max(
            session.scalar(select(func.max(Sale.business_date)).where(Sale.shop_id == shop.id))
            or date.min,
            session.scalar(
                select(func.max(ZReport.business_date)).where(ZReport.shop_id == shop.id)
            )
            or date.min,
        )
        if newest >= day:
            raise ValueError(f"{shop.code} has sales or a Z-report on {newest}, not before {day}")

    def _plan_unique_lines(self, shop: _ShopPlan, lines: int) -> None:
        """Every line a unique item of its own: ``_sale`` takes them in turn."""
        demo = next(d for d in DEMO_SHOPS if d.code == shop.code)
        pool = generate_demo_items({shop.code: demo.categories}, lines + 50, seed=self.size.seed)
        used = [d for d in pool[shop.code] if d.source != ItemSource.NEW_GOODS.value]
        shop.unique_pool = [used[n % len(used)] for n in range(lines)]
        shop.sold, shop.sold_budget, shop.unique_share = 0, lines, 1.0

    def _signature(self, till_day, at, receipt_number, total, vat) -> tuple[str | None, int | None]:
        """Signed as services/signing.py signs, chained to the till's previous sale."""
        text = signed_text(self._previous, at.astimezone(OSLO), receipt_number, total, total - vat)
        signature = sign_text(self._key, text)
        self._previous = signature
        return signature, self._key_version


# --- the cache ----------------------------------------------------------------------


def _pg_admin() -> psycopg.Connection:
    return psycopg.connect(PG_ADMIN_URL, autocommit=True, connect_timeout=5)


def pg_url(name: str) -> str:
    base, _, _ = PG_ADMIN_URL.rpartition("/")
    return f"{base}/{name}".replace("postgresql://", "postgresql+psycopg://", 1)


def _pg_exists(name: str) -> bool:
    with _pg_admin() as admin:
        return (
            admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone()
            is not None
        )


def _pg_drop(name: str) -> None:
    with _pg_admin() as admin:
        admin.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
        )


def postgres_available() -> str | None:
    """None when the benchmark server answers, else why not."""
    try:
        _pg_admin().close()
    except psycopg.OperationalError as exc:
        return f"PostgreSQL not reachable at {PG_ADMIN_URL}: {str(exc).strip()}"
    return None


def cached_store(backend: str, size: Size, progress: Progress = _quiet) -> str:
    """The URL of the cached store of ``size``, generated first if missing. Never
    write to it: take a :func:`working_copy`."""
    if backend == "sqlite":
        CACHE_DIR.mkdir(exist_ok=True)
        path = CACHE_DIR / f"{size.key}.sqlite3"
        if not path.exists():
            building = path.with_suffix(".building")
            for leftover in CACHE_DIR.glob(f"{building.name}*"):
                leftover.unlink()
            build_store(f"sqlite:///{building}", size, backend, progress)
            building.rename(path)
        return _upgraded(f"sqlite:///{path}")
    name = PG_PREFIX + size.key
    if not _pg_exists(name):
        building = name + "_building"
        _pg_drop(building)
        with _pg_admin() as admin:
            admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(building)))
        try:
            build_store(pg_url(building), size, backend, progress)
        except BaseException:
            _pg_drop(building)
            raise
        with _pg_admin() as admin:
            admin.execute(
                sql.SQL("ALTER DATABASE {} RENAME TO {}").format(
                    sql.Identifier(building), sql.Identifier(name)
                )
            )
    return _upgraded(pg_url(name))


def _upgraded(url: str) -> str:
    """The cached store at this release's schema revision (a no-op when it is)."""
    engine = create_engine(url)
    try:
        upgrade_to_head(engine)
    finally:
        engine.dispose()
    return url


_copies = count(1)


@contextmanager
def working_copy(backend: str, size: Size, progress: Progress = _quiet) -> Iterator[str]:
    """A copy of the cached store of ``size`` to write to; removed afterwards."""
    pristine = cached_store(backend, size, progress)
    if backend == "sqlite":
        folder = Path(tempfile.mkdtemp(prefix="omigjen-bench-"))
        try:
            target = folder / "store.sqlite3"
            shutil.copyfile(pristine.removeprefix("sqlite:///"), target)
            yield f"sqlite:///{target}"
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        return
    name = f"{PG_PREFIX}run_{os.getpid()}_{next(_copies)}"
    _pg_drop(name)
    with _pg_admin() as admin:
        admin.execute(
            sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(
                sql.Identifier(name), sql.Identifier(PG_PREFIX + size.key)
            )
        )
    try:
        yield pg_url(name)
    finally:
        _pg_drop(name)


def clean(progress: Progress = print) -> None:
    """Remove every cached store: bench/.cache and the omigjen_bench_* databases."""
    if CACHE_DIR.exists():
        shutil.rmtree(CACHE_DIR)
        progress(f"removed {CACHE_DIR}")
    if postgres_available() is not None:
        progress("PostgreSQL not reachable: no databases dropped")
        return
    with _pg_admin() as admin:
        names = [
            row[0]
            for row in admin.execute(
                "SELECT datname FROM pg_database WHERE datname LIKE %s", (PG_PREFIX + "%",)
            )
        ]
    for name in names:
        _pg_drop(name)
        progress(f"dropped database {name}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backend", choices=BACKENDS, default="sqlite")
    parser.add_argument("--items", type=int, default=10_000)
    parser.add_argument("--lines", type=int, help="sale lines (default: 3 per item)")
    parser.add_argument("--years", type=int, default=3)
    parser.add_argument("--url", help="build into this empty database instead of the cache")
    parser.add_argument("--clean", action="store_true", help="remove every cached store")
    args = parser.parse_args(argv)
    if args.clean:
        clean()
        return 0
    size = size_for(args.items, args.lines, args.years)
    if args.url:
        build_store(args.url, size, args.backend, print)
    else:
        print(cached_store(args.backend, size, print))
    return 0


if __name__ == "__main__":
    sys.exit(main())
