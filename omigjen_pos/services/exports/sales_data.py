"""The figures of a sales export, summed by the database: what the totals rows of
every sheet say, and what the GUI and tests compare against.

Training sales are not sales and are left out. Returns are in, with their
negative amounts, so every sum is a net figure. Dates are business dates
(Europe/Oslo), ``first`` and ``last`` included.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, case, func, select
from sqlalchemy.orm import Session

from omigjen_pos.domain.errors import InvalidInput, NotFound
from omigjen_pos.store.database import Store
from omigjen_pos.store.models import (
    Category,
    Payment,
    PaymentMethod,
    Sale,
    SaleKind,
    SaleLine,
    Shop,
)


@dataclass(frozen=True)
class SalesExportQuery:
    """Which sales: one shop's (by code) or, with ``shop_code`` None, the whole
    centre's, from business date ``first`` to ``last`` inclusive."""

    shop_code: str | None  # None = whole centre
    first: date
    last: date

    def __post_init__(self) -> None:
        if self.first > self.last:
            raise InvalidInput(
                "period", f"{self.first} to {self.last}", "the first day is after the last"
            )


@dataclass(frozen=True)
class ShopInfo:
    id: int
    code: str
    name: str
    org_number: str
    vat_registered: bool


@dataclass(frozen=True)
class PaymentTotal:
    shop_code: str
    method: str  # PaymentMethod value: "cash", "card", ...
    saft_code: str
    payments: int
    amount_ore: int


@dataclass(frozen=True)
class VatTotal:
    """One shop's lines at one VAT code, rate and margin-scheme flag."""

    shop_code: str
    vat_code: str
    rate_bp: int
    margin_scheme: bool
    lines: int
    base_ore: int
    vat_ore: int
    total_ore: int


@dataclass(frozen=True)
class GroupTotal:
    """One shop's lines in one SAF-T article group and category."""

    shop_code: str
    article_group: str
    category_code: str  # "" for a line without a category
    category_name: str
    lines: int
    quantity: int
    total_ore: int
    vat_ore: int


@dataclass(frozen=True)
class LineSums:
    """Sums over every sale line of the export."""

    lines: int
    quantity: int
    discount_ore: int
    total_ore: int
    vat_base_ore: int
    vat_ore: int


@dataclass(frozen=True)
class SalesTotals:
    """Counts and sums over the whole export (returns count as receipts)."""

    receipts: int
    sales: int
    returns: int
    lines: int
    payments: int
    total_ore: int  # before cash rounding, VAT included
    vat_ore: int
    vat_base_ore: int
    discount_ore: int
    rounding_ore: int
    payments_ore: dict[str, int]  # by payment method

    @property
    def paid_ore(self) -> int:
        """What changed hands: the total with the cash rounding."""
        return self.total_ore + self.rounding_ore


@dataclass(frozen=True)
class SalesData:
    query: SalesExportQuery
    shops: tuple[ShopInfo, ...]  # the shops in scope, by code
    totals: SalesTotals
    lines: LineSums
    payments: tuple[PaymentTotal, ...]  # by shop, then method
    vat: tuple[VatTotal, ...]  # by shop, code, rate, margin flag
    groups: tuple[GroupTotal, ...]  # by shop, article group, category


def collect_sales(session_or_store: Session | Store, query: SalesExportQuery) -> SalesData:
    """The export's figures, computed by the database (nothing is loaded row by row)."""
    if isinstance(session_or_store, Session):
        return _collect(session_or_store, query)
    with session_or_store.reading() as session:
        return _collect(session, query)


def shops_in_scope(session: Session, shop_code: str | None) -> tuple[ShopInfo, ...]:
    """The shop with this code, or every shop of the centre; NotFound for a wrong code."""
    statement = select(Shop).order_by(Shop.code)
    if shop_code is not None:
        statement = statement.where(Shop.code == shop_code.strip().upper())
    shops = tuple(
        ShopInfo(s.id, s.code, s.name, s.org_number, s.vat_registered)
        for s in session.scalars(statement)
    )
    if shop_code is not None and not shops:
        raise NotFound("shop", shop_code)
    return shops


def sale_filter(query: SalesExportQuery, shops: tuple[ShopInfo, ...]) -> list[ColumnElement]:
    """The WHERE of every query of the export: real sales and returns of the
    shops in scope, on the business dates asked for."""
    conditions = [
        Sale.training.is_(False),
        Sale.business_date >= query.first,
        Sale.business_date <= query.last,
    ]
    if query.shop_code is not None:
        conditions.append(Sale.shop_id.in_([shop.id for shop in shops]))
    return conditions


# Cash first, then card, Vipps, gift card, tilgodelapp: as the till offers them.
_METHOD_ORDER = {method.value: number for number, method in enumerate(PaymentMethod)}


def _sum(column) -> ColumnElement:
    return func.coalesce(func.sum(column), 0)


def _collect(session: Session, query: SalesExportQuery) -> SalesData:
    shops = shops_in_scope(session, query.shop_code)
    code_of = {shop.id: shop.code for shop in shops}
    where = sale_filter(query, shops)

    receipts, sales, total, vat, discount, rounding = session.execute(
        select(
            func.count(Sale.id),
            _sum(case((Sale.kind == SaleKind.SALE, 1), else_=0)),
            _sum(Sale.total_ore),
            _sum(Sale.vat_ore),
            _sum(Sale.discount_ore),
            _sum(Sale.rounding_ore),
        ).where(*where)
    ).one()
    line_sums = LineSums(
        *map(
            int,
            session.execute(
                select(
                    func.count(SaleLine.id),
                    _sum(SaleLine.quantity),
                    _sum(SaleLine.discount_ore),
                    _sum(SaleLine.line_total_ore),
                    _sum(SaleLine.vat_base_ore),
                    _sum(SaleLine.vat_ore),
                )
                .join(Sale, SaleLine.sale_id == Sale.id)
                .where(*where)
            ).one(),
        )
    )

    payments = tuple(
        PaymentTotal(code_of[shop_id], method.value, saft, int(count), int(amount))
        for shop_id, method, saft, count, amount in session.execute(
            select(
                Sale.shop_id,
                Payment.method,
                Payment.saft_payment_code,
                func.count(Payment.id),
                _sum(Payment.amount_ore),
            )
            .join(Sale, Payment.sale_id == Sale.id)
            .where(*where)
            .group_by(Sale.shop_id, Payment.method, Payment.saft_payment_code)
        )
    )
    vat_rows = tuple(
        VatTotal(code_of[shop_id], code, rate, bool(margin), *map(int, sums))
        for shop_id, code, rate, margin, *sums in session.execute(
            select(
                Sale.shop_id,
                SaleLine.vat_code,
                SaleLine.vat_rate_bp,
                SaleLine.margin_scheme,
                func.count(SaleLine.id),
                _sum(SaleLine.vat_base_ore),
                _sum(SaleLine.vat_ore),
                _sum(SaleLine.line_total_ore),
            )
            .join(Sale, SaleLine.sale_id == Sale.id)
            .where(*where)
            .group_by(Sale.shop_id, SaleLine.vat_code, SaleLine.vat_rate_bp, SaleLine.margin_scheme)
        )
    )
    groups = tuple(
        GroupTotal(code_of[shop_id], group, cat_code or "", cat_name or "", *map(int, sums))
        for shop_id, group, cat_code, cat_name, *sums in session.execute(
            select(
                Sale.shop_id,
                SaleLine.saft_article_group,
                Category.code,
                Category.name_nb,
                func.count(SaleLine.id),
                _sum(SaleLine.quantity),
                _sum(SaleLine.line_total_ore),
                _sum(SaleLine.vat_ore),
            )
            .join(Sale, SaleLine.sale_id == Sale.id)
            .outerjoin(Category, SaleLine.category_id == Category.id)
            .where(*where)
            .group_by(Sale.shop_id, SaleLine.saft_article_group, Category.code, Category.name_nb)
        )
    )
    by_method: dict[str, int] = {}
    for payment in payments:
        by_method[payment.method] = by_method.get(payment.method, 0) + payment.amount_ore
    totals = SalesTotals(
        receipts=int(receipts),
        sales=int(sales),
        returns=int(receipts) - int(sales),
        lines=line_sums.lines,
        payments=sum(p.payments for p in payments),
        total_ore=int(total),
        vat_ore=int(vat),
        vat_base_ore=line_sums.vat_base_ore,
        discount_ore=int(discount),
        rounding_ore=int(rounding),
        payments_ore=dict(sorted(by_method.items(), key=lambda item: _METHOD_ORDER[item[0]])),
    )
    return SalesData(
        query=query,
        shops=shops,
        totals=totals,
        lines=line_sums,
        payments=tuple(
            sorted(payments, key=lambda p: (p.shop_code, _METHOD_ORDER[p.method], p.saft_code))
        ),
        vat=tuple(
            sorted(vat_rows, key=lambda v: (v.shop_code, -v.rate_bp, v.vat_code, v.margin_scheme))
        ),
        groups=tuple(sorted(groups, key=lambda g: (g.shop_code, g.article_group, g.category_name))),
    )
