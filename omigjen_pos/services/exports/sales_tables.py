"""The five tables of a sales export, with Norwegian headers:

Salgslinjer (one row per sale line), Kvitteringer (one per sale or return),
Betalinger (one per payment), Mva (per shop, VAT code, rate and margin flag) and
Varegrupper (per shop, SAF-T article group and category).

The first three are streamed from the database in batches (``yield_per``: a
server-side cursor on PostgreSQL), so a year of sales never sits in memory
whole; each checks, when it is done, that what it streamed adds up to the
figures of ``collect_sales``, so a file never carries totals its rows do not
have. The last two are small and come from those figures.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, aliased

from omigjen_pos.domain.business_day import OSLO
from omigjen_pos.services.exports.sales_columns import (
    GROUP_COLUMNS,
    KIND_NAMES,
    LINE_COLUMNS,
    METHOD_NAMES,
    PAYMENT_COLUMNS,
    RECEIPT_COLUMNS,
    VAT_COLUMNS,
)
from omigjen_pos.services.exports.sales_data import GroupTotal, SalesData, VatTotal, sale_filter
from omigjen_pos.services.exports.tables import NO, YES, Column, Row, Table
from omigjen_pos.store.models import (
    Category,
    Payment,
    PaymentMethod,
    Sale,
    SaleLine,
    Shop,
    Till,
    User,
)

BATCH = 1000
TOTAL = "Sum i alt"  # the grand total: always the last row of a sheet
SUBTOTAL = "Sum"  # a subtotal's label starts with this
# A voucher's code is worth money to whoever holds it: only its end is exported.
_VOUCHER_METHODS = {PaymentMethod.GIFT_CARD, PaymentMethod.STORE_CREDIT}
_VOUCHER_CODE_SHOWN = 4


class ExportMismatch(RuntimeError):
    """The rows streamed do not add up to the figures summed by the database."""


@dataclass(frozen=True)
class _Names:
    """The small tables, read once: ids to the codes and names a row shows."""

    shops: dict[int, str]
    tills: dict[int, str]
    cashiers: dict[int, tuple[int, str]]
    categories: dict[int, str]

    @classmethod
    def load(cls, session: Session) -> _Names:
        return cls(
            dict(session.execute(select(Shop.id, Shop.code)).all()),
            dict(session.execute(select(Till.id, Till.code)).all()),
            {
                user_id: (number, name)
                for user_id, number, name in session.execute(
                    select(User.id, User.number, User.name)
                )
            },
            dict(session.execute(select(Category.id, Category.name_nb)).all()),
        )


def sales_tables(
    session: Session,
    data: SalesData,
    advance: Callable[[int], None] = lambda rows: None,
    batch_size: int = BATCH,
) -> list[Table]:
    """The five tables in sheet order. The first three stream when iterated,
    in ``session``, calling ``advance(rows)`` after each batch."""
    names = _Names.load(session)
    stream = _Streamer(session, data, names, advance, batch_size)
    lines, totals = data.lines, data.totals
    return [
        Table(
            "Salgslinjer",
            LINE_COLUMNS,
            stream.lines(),
            [
                _labelled(
                    LINE_COLUMNS,
                    TOTAL,
                    Antall=lines.quantity,
                    Rabatt=lines.discount_ore,
                    Linjesum=lines.total_ore,
                    Mva_grunnlag=lines.vat_base_ore,
                    Mva=lines.vat_ore,
                )
            ],
        ),
        Table(
            "Kvitteringer",
            RECEIPT_COLUMNS,
            stream.receipts(),
            [
                _labelled(
                    RECEIPT_COLUMNS,
                    TOTAL,
                    Linjer=totals.lines,
                    Rabatt=totals.discount_ore,
                    Mva=totals.vat_ore,
                    Øreavrunding=totals.rounding_ore,
                    Betalt=totals.paid_ore,
                    **{"Sum inkl. mva": totals.total_ore},
                )
            ],
        ),
        Table("Betalinger", PAYMENT_COLUMNS, stream.payments(), _payment_totals(data)),
        Table("Mva", VAT_COLUMNS, _vat_rows(data), _vat_totals(data)),
        Table("Varegrupper", GROUP_COLUMNS, _group_rows(data), _group_totals(data)),
    ]


def _labelled(columns: tuple[Column, ...], label: str, **values: object) -> Row:
    """A totals row: ``label`` in the first column, values by header ("-" as "_")."""
    row: list[object] = [None] * len(columns)
    row[0] = label
    index = {column.header.replace("-", "_"): i for i, column in enumerate(columns)}
    for header, value in values.items():
        row[index[header]] = value
    return row


def _local(moment: datetime) -> datetime:
    """A stored UTC moment as Oslo wall-clock time to the second, naive
    (spreadsheets know no time zones)."""
    return moment.astimezone(OSLO).replace(tzinfo=None, microsecond=0)


def _masked(method: PaymentMethod, reference: str) -> str:
    if method in _VOUCHER_METHODS and len(reference) > _VOUCHER_CODE_SHOWN:
        return "*" * (len(reference) - _VOUCHER_CODE_SHOWN) + reference[-_VOUCHER_CODE_SHOWN:]
    return reference


def _percent(rate_bp: int) -> int:
    return rate_bp // 100  # every allowed rate is a whole percentage (domain/pricing.py)


class _Streamer:
    def __init__(
        self,
        session: Session,
        data: SalesData,
        names: _Names,
        advance: Callable[[int], None],
        batch_size: int,
    ) -> None:
        self._session = session
        self._data = data
        self._names = names
        self._advance = advance
        self._batch = batch_size
        self._where = sale_filter(data.query, data.shops)

    def _ordered(self, statement: Select, *last) -> Select:
        """Receipt order: date, shop, till, receipt number (then ``last``)."""
        return (
            statement.join(Shop, Sale.shop_id == Shop.id)
            .join(Till, Sale.till_id == Till.id)
            .where(*self._where)
            .order_by(Sale.business_date, Shop.code, Till.code, Sale.receipt_number, *last)
            .execution_options(yield_per=self._batch)
        )

    def _rows(self, statement: Select) -> Iterator[list]:
        for batch in self._session.execute(statement).partitions():
            yield batch
            self._advance(len(batch))

    def lines(self) -> Iterator[Row]:
        names = self._names
        statement = self._ordered(
            select(
                Sale.business_date,
                Sale.created_at,
                Sale.shop_id,
                Sale.till_id,
                Sale.receipt_number,
                Sale.kind,
                SaleLine.line_number,
                SaleLine.barcode,
                SaleLine.description,
                SaleLine.category_id,
                SaleLine.saft_article_group,
                SaleLine.quantity,
                SaleLine.unit_price_ore,
                SaleLine.discount_ore,
                SaleLine.line_total_ore,
                SaleLine.vat_code,
                SaleLine.vat_rate_bp,
                SaleLine.vat_base_ore,
                SaleLine.vat_ore,
                SaleLine.margin_scheme,
            ).join(Sale, SaleLine.sale_id == Sale.id),
            SaleLine.line_number,
        )
        count = total = 0
        for batch in self._rows(statement):
            for day, moment, shop, till, receipt, kind, number, *line in batch:
                barcode, text, category, group, quantity, unit, discount, line_total = line[:8]
                vat_code, rate, base, vat, margin = line[8:]
                count, total = count + 1, total + line_total
                yield (
                    day,
                    _local(moment).time(),
                    names.shops[shop],
                    names.tills[till],
                    receipt,
                    KIND_NAMES[kind],
                    number,
                    barcode,
                    text,
                    names.categories.get(category, ""),
                    group,
                    quantity,
                    unit,
                    discount,
                    line_total,
                    vat_code,
                    _percent(rate),
                    base,
                    vat,
                    YES if margin else NO,
                )
        _check("Salgslinjer", (count, total), (self._data.lines.lines, self._data.lines.total_ore))

    def receipts(self) -> Iterator[Row]:
        names = self._names
        original = aliased(Sale, name="original")
        lines = select(func.count(SaleLine.id)).where(SaleLine.sale_id == Sale.id).scalar_subquery()
        statement = self._ordered(
            select(
                Sale.business_date,
                Sale.created_at,
                Sale.shop_id,
                Sale.till_id,
                Sale.receipt_number,
                Sale.kind,
                lines,
                Sale.discount_ore,
                Sale.vat_ore,
                Sale.total_ore,
                Sale.rounding_ore,
                Sale.cashier_user_id,
                original.till_id,
                original.receipt_number,
            ).outerjoin(original, Sale.original_sale_id == original.id)
        )
        count = total = 0
        for batch in self._rows(statement):
            for day, moment, shop, till, receipt, kind, *figures in batch:
                line_count, discount, vat, sale_total, rounding, cashier, of_till, of_number = (
                    figures
                )
                count, total = count + 1, total + sale_total
                number, name = names.cashiers.get(cashier, (None, ""))
                returned = "" if of_number is None else f"{names.tills[of_till]} {of_number}"
                yield (
                    day,
                    _local(moment),
                    names.shops[shop],
                    names.tills[till],
                    receipt,
                    KIND_NAMES[kind],
                    line_count,
                    discount,
                    vat,
                    sale_total,
                    rounding,
                    sale_total + rounding,
                    name,
                    number,
                    returned,
                )
        totals = self._data.totals
        _check("Kvitteringer", (count, total), (totals.receipts, totals.total_ore))

    def payments(self) -> Iterator[Row]:
        names = self._names
        statement = self._ordered(
            select(
                Sale.business_date,
                Sale.created_at,
                Sale.shop_id,
                Sale.till_id,
                Sale.receipt_number,
                Sale.kind,
                Payment.method,
                Payment.saft_payment_code,
                Payment.amount_ore,
                Payment.reference,
            ).join(Sale, Payment.sale_id == Sale.id),
            Payment.id,
        )
        count = total = 0
        for batch in self._rows(statement):
            for day, moment, shop, till, receipt, kind, method, saft, amount, ref in batch:
                count, total = count + 1, total + amount
                yield (
                    day,
                    _local(moment),
                    names.shops[shop],
                    names.tills[till],
                    receipt,
                    KIND_NAMES[kind],
                    METHOD_NAMES.get(method.value, method.value),
                    saft,
                    amount,
                    _masked(method, ref),
                )
        totals = self._data.totals
        _check("Betalinger", (count, total), (totals.payments, totals.paid_ore))


def _check(table: str, streamed: tuple[int, int], summed: tuple[int, int]) -> None:
    if streamed != summed:
        raise ExportMismatch(
            f"{table}: the rows give {streamed[0]} rows and {streamed[1]} øre, "
            f"the database sums {summed[0]} and {summed[1]}"
        )


def _payment_totals(data: SalesData) -> list[Row]:
    """A subtotal per shop and payment method, then the grand total."""
    rows = [
        _labelled(
            PAYMENT_COLUMNS,
            SUBTOTAL,
            Butikk=p.shop_code,
            Betalingsmåte=METHOD_NAMES.get(p.method, p.method),
            SAF_T_kode=p.saft_code,
            Beløp=p.amount_ore,
        )
        for p in data.payments
    ]
    rows.append(_labelled(PAYMENT_COLUMNS, TOTAL, Beløp=data.totals.paid_ore))
    return rows


def _vat_rows(data: SalesData) -> Iterator[Row]:
    org = {shop.code: shop.org_number for shop in data.shops}
    for v in data.vat:
        yield (
            v.shop_code,
            org[v.shop_code],
            v.vat_code,
            _percent(v.rate_bp),
            YES if v.margin_scheme else NO,
            v.lines,
            v.base_ore,
            v.vat_ore,
            v.total_ore,
        )


def _vat_totals(data: SalesData) -> list[Row]:
    def summed(label: str, rows: list[VatTotal]) -> Row:
        return _labelled(
            VAT_COLUMNS,
            label,
            Linjer=sum(v.lines for v in rows),
            Grunnlag=sum(v.base_ore for v in rows),
            Mva=sum(v.vat_ore for v in rows),
            **{"Sum inkl. mva": sum(v.total_ore for v in rows)},
        )

    return _with_subtotals(list(data.vat), summed)


def _group_rows(data: SalesData) -> Iterator[Row]:
    for g in data.groups:
        yield (
            g.shop_code,
            g.article_group,
            g.category_code,
            g.category_name,
            g.lines,
            g.quantity,
            g.total_ore,
            g.vat_ore,
        )


def _group_totals(data: SalesData) -> list[Row]:
    def summed(label: str, rows: list[GroupTotal]) -> Row:
        return _labelled(
            GROUP_COLUMNS,
            label,
            Linjer=sum(g.lines for g in rows),
            Antall=sum(g.quantity for g in rows),
            Mva=sum(g.vat_ore for g in rows),
            **{"Sum inkl. mva": sum(g.total_ore for g in rows)},
        )

    return _with_subtotals(list(data.groups), summed)


def _with_subtotals(rows: list, summed: Callable[[str, list], Row]) -> list[Row]:
    """A "Sum SHOP" row per shop when there are several, then the grand total."""
    shops = sorted({row.shop_code for row in rows})
    totals = []
    if len(shops) > 1:
        for shop in shops:
            totals.append(summed(f"{SUBTOTAL} {shop}", [r for r in rows if r.shop_code == shop]))
    totals.append(summed(TOTAL, rows))
    return totals
