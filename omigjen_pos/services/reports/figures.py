"""Sales figures for the reports screen: totals, hours, categories, shops,
payments, items in and out, and how long items wait on the shelf.

Every figure is one aggregate query (GROUP BY in the database) over the sales
of a period of business dates (Europe/Oslo dates, indexed), so a year of
trading answers in a moment and nothing row-by-row crosses the wire. Training
sales never count. A return is a sale of kind "return" with negative amounts
and quantities, so sums are already net of returns.

Who sees what: the caller needs VIEW_REPORTS. A centre admin sees any shop or
all of them (``shop_id=None``); anyone else sees only the shop of their till.

The hour of day is Oslo time. ``created_at`` is stored in UTC, so the query
groups by whole UTC hours since the epoch (at most about 24 × 366 groups a
year) and Python moves each group to its Oslo hour. Oslo's offset from UTC is
always whole hours, so no sale ever lands in the wrong hour.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import BigInteger, Integer, case, cast, extract, func, literal_column, select
from sqlalchemy.orm import Session, aliased

from omigjen_pos.domain.business_day import OSLO
from omigjen_pos.domain.errors import InvalidInput, PermissionDenied
from omigjen_pos.domain.items import ItemKind
from omigjen_pos.domain.roles import Action
from omigjen_pos.services.actors import Actor
from omigjen_pos.store.database import Store
from omigjen_pos.store.models import Category, Item, Payment, Sale, SaleKind, SaleLine, Shop

_SECONDS_PER_HOUR = 3600


@dataclass(frozen=True)
class ReportPeriod:
    """The business dates from ``first`` to ``last``, both included."""

    first: date
    last: date

    def __post_init__(self) -> None:
        if self.first > self.last:
            raise InvalidInput(
                "period", f"{self.first}–{self.last}", "the first day is after the last"
            )

    @property
    def days(self) -> list[date]:
        return [self.first + timedelta(days=n) for n in range((self.last - self.first).days + 1)]


@dataclass(frozen=True)
class ShopOption:
    id: int
    code: str
    name: str


@dataclass(frozen=True)
class Totals:
    sales_ore: int  # receipts of kind sale, before cash rounding
    returns_ore: int  # returns: zero or negative
    vat_ore: int  # net of returns
    rounding_ore: int  # cash rounding, net
    receipts: int  # sale receipts
    return_receipts: int

    @property
    def net_ore(self) -> int:
        return self.sales_ore + self.returns_ore

    @property
    def average_receipt_ore(self) -> int:
        """The average sale receipt, to the nearest øre (returns not counted)."""
        if not self.receipts:
            return 0
        return (2 * self.sales_ore + self.receipts) // (2 * self.receipts)


@dataclass(frozen=True)
class HourFigure:
    hour: int  # 0-23, Oslo time
    net_ore: int
    receipts: int


@dataclass(frozen=True)
class CategoryFigure:
    category_id: int | None  # None: lines sold without a category
    code: str
    name_nb: str
    name_en: str
    article_group: str  # SAF-T 04xxx
    quantity: int  # net of returns
    net_ore: int


@dataclass(frozen=True)
class ShopFigure:
    shop_id: int
    code: str
    name: str
    net_ore: int
    receipts: int


@dataclass(frozen=True)
class PaymentFigure:
    method: str  # PaymentMethod value
    sales_ore: int  # taken in on sale receipts
    refunds_ore: int  # paid out on returns: zero or negative

    @property
    def net_ore(self) -> int:
        return self.sales_ore + self.refunds_ore


@dataclass(frozen=True)
class DayFigure:
    day: date
    registered: int  # items with this intake date
    sold: int  # units sold on this business date, net of returns


@dataclass(frozen=True)
class ShelfTime:
    """Days from intake to sale of the unique items sold (and kept) in the period."""

    category_id: int | None  # None: the whole selection
    name_nb: str
    name_en: str
    items: int
    total_days: int

    @property
    def average_days(self) -> float:
        return self.total_days / self.items if self.items else 0.0


@dataclass(frozen=True)
class ReportFigures:
    period: ReportPeriod
    shop_id: int | None
    totals: Totals
    hours: tuple[HourFigure, ...]
    categories: tuple[CategoryFigure, ...]
    shops: tuple[ShopFigure, ...]
    payments: tuple[PaymentFigure, ...]
    days: tuple[DayFigure, ...]
    shelf_time: ShelfTime
    shelf_time_by_category: tuple[ShelfTime, ...]


def report_scope(actor: Actor, shop_id: int | None) -> int | None:
    """The shop the actor may see figures of: ``shop_id`` when allowed, else
    PermissionDenied. None (every shop) is for centre admins only."""
    actor.require(Action.VIEW_REPORTS)
    if actor.centre_admin or shop_id == actor.shop_id:
        return shop_id
    raise PermissionDenied(actor.name, Action.VIEW_REPORTS.value, actor.till.shop_code)


def report_shops(store: Store, actor: Actor) -> list[ShopOption]:
    """The shops the actor may pick: every shop for a centre admin, else their own."""
    actor.require(Action.VIEW_REPORTS)
    query = select(Shop.id, Shop.code, Shop.name).order_by(Shop.name)
    if not actor.centre_admin:
        query = query.where(Shop.id == actor.shop_id)
    with store.reading() as session:
        return [ShopOption(*row) for row in session.execute(query)]


def load_figures(
    store: Store, actor: Actor, shop_id: int | None, period: ReportPeriod
) -> ReportFigures:
    """Every figure of the reports screen, read in one transaction."""
    shop_id = report_scope(actor, shop_id)
    with store.reading() as session:
        overall, by_category = shelf_times(session, shop_id, period)
        return ReportFigures(
            period=period,
            shop_id=shop_id,
            totals=sales_totals(session, shop_id, period),
            hours=sales_per_hour(session, shop_id, period),
            categories=sales_per_category(session, shop_id, period),
            shops=sales_per_shop(session, shop_id, period),
            payments=payment_mix(session, shop_id, period),
            days=items_per_day(session, shop_id, period),
            shelf_time=overall,
            shelf_time_by_category=by_category,
        )


# --- one aggregate query per figure; callers check the scope first ----------------


def sale_conditions(shop_id: int | None, period: ReportPeriod) -> list:
    """Real (not training) sales and returns of the period, in the shop if given."""
    conditions = [
        Sale.training.is_(False),
        Sale.business_date >= period.first,
        Sale.business_date <= period.last,
    ]
    if shop_id is not None:
        conditions.append(Sale.shop_id == shop_id)
    return conditions


def _count_of(kind: SaleKind):
    return func.coalesce(func.sum(case((Sale.kind == kind, 1), else_=0)), 0)


def _sum_of(kind: SaleKind):
    return func.coalesce(func.sum(case((Sale.kind == kind, Sale.total_ore), else_=0)), 0)


def sales_totals(session: Session, shop_id: int | None, period: ReportPeriod) -> Totals:
    row = session.execute(
        select(
            _sum_of(SaleKind.SALE),
            _sum_of(SaleKind.RETURN),
            func.coalesce(func.sum(Sale.vat_ore), 0),
            func.coalesce(func.sum(Sale.rounding_ore), 0),
            _count_of(SaleKind.SALE),
            _count_of(SaleKind.RETURN),
        ).where(*sale_conditions(shop_id, period))
    ).one()
    return Totals(*(int(value) for value in row))


def _utc_hour(dialect: str):
    """Whole UTC hours since the epoch of a sale's ``created_at``. Constants are
    literal, not bound, so PostgreSQL sees the same expression in SELECT and
    GROUP BY."""
    per_hour = literal_column(str(_SECONDS_PER_HOUR))
    if dialect == "postgresql":
        return cast(func.floor(extract("epoch", Sale.created_at) / per_hour), BigInteger)
    # SQLite keeps "YYYY-MM-DD HH:MM:SS.ffffff" in UTC; strftime('%s') reads it as UTC.
    return cast(func.strftime(literal_column("'%s'"), Sale.created_at), Integer) // per_hour


def sales_per_hour(
    session: Session, shop_id: int | None, period: ReportPeriod
) -> tuple[HourFigure, ...]:
    """Net sales and sale receipts per Oslo hour of day, hours with any sale only."""
    bucket = _utc_hour(session.get_bind().dialect.name).label("utc_hour")
    rows = session.execute(
        select(bucket, func.sum(Sale.total_ore), _count_of(SaleKind.SALE))
        .where(*sale_conditions(shop_id, period))
        .group_by(bucket)
    ).all()
    net: dict[int, int] = defaultdict(int)
    receipts: dict[int, int] = defaultdict(int)
    for utc_hour, total, count in rows:
        hour = datetime.fromtimestamp(int(utc_hour) * _SECONDS_PER_HOUR, UTC).astimezone(OSLO).hour
        net[hour] += int(total)
        receipts[hour] += int(count)
    return tuple(HourFigure(hour, net[hour], receipts[hour]) for hour in sorted(net))


def sales_per_category(
    session: Session, shop_id: int | None, period: ReportPeriod
) -> tuple[CategoryFigure, ...]:
    """Net sales and units per category, the largest first."""
    net = func.sum(SaleLine.line_total_ore)
    rows = session.execute(
        select(
            SaleLine.category_id,
            Category.code,
            Category.name_nb,
            Category.name_en,
            func.max(SaleLine.saft_article_group),
            func.sum(SaleLine.quantity),
            net,
        )
        .join(Sale, Sale.id == SaleLine.sale_id)
        .outerjoin(Category, Category.id == SaleLine.category_id)
        .where(*sale_conditions(shop_id, period))
        .group_by(SaleLine.category_id, Category.code, Category.name_nb, Category.name_en)
    ).all()
    figures = [
        CategoryFigure(
            category_id,
            code or "",
            name_nb or "Uten kategori",
            name_en or "No category",
            group or "",
            int(quantity),
            int(total),
        )
        for category_id, code, name_nb, name_en, group, quantity, total in rows
    ]
    return tuple(sorted(figures, key=lambda f: (-f.net_ore, f.name_nb)))


def sales_per_shop(
    session: Session, shop_id: int | None, period: ReportPeriod
) -> tuple[ShopFigure, ...]:
    rows = session.execute(
        select(Shop.id, Shop.code, Shop.name, func.sum(Sale.total_ore), _count_of(SaleKind.SALE))
        .join(Sale, Sale.shop_id == Shop.id)
        .where(*sale_conditions(shop_id, period))
        .group_by(Shop.id, Shop.code, Shop.name)
        .order_by(Shop.name)
    ).all()
    return tuple(
        ShopFigure(shop, code, name, int(total), int(count))
        for shop, code, name, total, count in rows
    )


def payment_mix(
    session: Session, shop_id: int | None, period: ReportPeriod
) -> tuple[PaymentFigure, ...]:
    """Amounts settled per payment method (cash after rounding), the largest first."""
    rows = session.execute(
        select(Payment.method, Sale.kind, func.sum(Payment.amount_ore))
        .join(Sale, Sale.id == Payment.sale_id)
        .where(*sale_conditions(shop_id, period))
        .group_by(Payment.method, Sale.kind)
    ).all()
    sales: dict[str, int] = defaultdict(int)
    refunds: dict[str, int] = defaultdict(int)
    for method, kind, amount in rows:
        (sales if kind is SaleKind.SALE else refunds)[method.value] += int(amount)
    methods = set(sales) | set(refunds)
    figures = [PaymentFigure(m, sales[m], refunds[m]) for m in methods]
    return tuple(sorted(figures, key=lambda f: (-f.sales_ore, f.method)))


def items_per_day(
    session: Session, shop_id: int | None, period: ReportPeriod
) -> tuple[DayFigure, ...]:
    """Every day of the period: items registered (by intake date) and units sold."""
    registered_query = (
        select(Item.intake_date, func.count())
        .where(Item.intake_date >= period.first, Item.intake_date <= period.last)
        .group_by(Item.intake_date)
    )
    if shop_id is not None:
        registered_query = registered_query.where(Item.shop_id == shop_id)
    registered = {day: int(count) for day, count in session.execute(registered_query)}
    sold = {
        day: int(count)
        for day, count in session.execute(
            select(Sale.business_date, func.sum(SaleLine.quantity))
            .join(Sale, Sale.id == SaleLine.sale_id)
            .where(*sale_conditions(shop_id, period))
            .group_by(Sale.business_date)
        )
    }
    return tuple(DayFigure(day, registered.get(day, 0), sold.get(day, 0)) for day in period.days)


def _days_on_shelf(dialect: str):
    if dialect == "postgresql":
        return Sale.business_date - Item.intake_date  # date - date is whole days
    return cast(func.julianday(Sale.business_date) - func.julianday(Item.intake_date), Integer)


def shelf_times(
    session: Session, shop_id: int | None, period: ReportPeriod
) -> tuple[ShelfTime, tuple[ShelfTime, ...]]:
    """Days from intake to sale of unique items sold in the period and not
    returned since, overall and per category (the longest wait first)."""
    return_line = aliased(SaleLine)
    returned = select(return_line.id).where(return_line.returned_line_id == SaleLine.id).exists()
    days = _days_on_shelf(session.get_bind().dialect.name)
    rows = session.execute(
        select(
            SaleLine.category_id,
            Category.name_nb,
            Category.name_en,
            func.count(),
            func.coalesce(func.sum(days), 0),
        )
        .join(Sale, Sale.id == SaleLine.sale_id)
        .join(Item, Item.id == SaleLine.item_id)
        .outerjoin(Category, Category.id == SaleLine.category_id)
        .where(
            *sale_conditions(shop_id, period),
            Sale.kind == SaleKind.SALE,
            Item.kind == ItemKind.UNIQUE,
            ~returned,
        )
        .group_by(SaleLine.category_id, Category.name_nb, Category.name_en)
    ).all()
    by_category = [
        ShelfTime(category_id, name_nb or "Uten kategori", name_en or "No category", n, int(d))
        for category_id, name_nb, name_en, n, d in rows
    ]
    overall = ShelfTime(
        None,
        "Alle kategorier",
        "All categories",
        sum(s.items for s in by_category),
        sum(s.total_days for s in by_category),
    )
    ordered = sorted(by_category, key=lambda s: (-s.average_days, s.name_nb))
    return overall, tuple(ordered)
