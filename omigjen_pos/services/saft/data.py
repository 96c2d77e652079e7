"""What goes into one shop's SAF-T file for a period, read from the store.

Everything is read inside the caller's read transaction (one snapshot). The
small tables (users, categories, VAT codes, tills) are read whole; the large
ones come in batches: events and transactions by keyset pages per till (so
other queries can run between pages), articles as one streamed query.

The period is in business dates (Europe/Oslo), both ends included: a sale
belongs to it by its business date, as in the sales export (``collect_sales``),
and a journal entry by the Oslo date of the moment it happened.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, case, func, select
from sqlalchemy.orm import Session

from omigjen_pos.domain.business_day import OSLO
from omigjen_pos.domain.errors import NotFound
from omigjen_pos.domain.journal_events import EventType
from omigjen_pos.domain.roles import Role
from omigjen_pos.store.models import (
    Category,
    Item,
    JournalEntry,
    Payment,
    ReceiptPrint,
    Sale,
    SaleLine,
    Shop,
    Till,
    User,
    UserRole,
    VatCodeRow,
)

REPORT_EVENTS = (EventType.X_REPORT, EventType.Z_REPORT)


@dataclass(frozen=True)
class Period:
    first: date
    last: date

    @property
    def start(self) -> datetime:
        """The first moment of ``first`` in Oslo."""
        return datetime.combine(self.first, time(0), tzinfo=OSLO)

    @property
    def end(self) -> datetime:
        """The first moment after ``last`` in Oslo."""
        return datetime.combine(self.last + timedelta(days=1), time(0), tzinfo=OSLO)


@dataclass(frozen=True)
class ShopFacts:
    id: int
    code: str
    name: str
    org_number: str
    vat_registered: bool
    address_line: str
    postal_code: str
    city: str
    created_at: datetime


@dataclass(frozen=True)
class TillFacts:
    id: int
    code: str
    name: str
    events: int
    transactions: int


@dataclass(frozen=True)
class UserFacts:
    id: int
    number: int
    name: str
    created_at: datetime
    centre_admin: bool


@dataclass(frozen=True)
class CategoryFacts:
    id: int
    code: str
    name: str
    article_group: str


@dataclass(frozen=True)
class VatFacts:
    code: str
    rate_bp: int
    description: str


@dataclass
class Transaction:
    """A sale or return with its lines, payments and receipts produced."""

    sale: Any  # a row of Sale columns (see _SALE_COLUMNS)
    lines: list[Any] = field(default_factory=list)
    payments: list[Any] = field(default_factory=list)
    originals: int = 0  # original receipts produced (0 or 1)
    copies: int = 0  # copy receipts produced (0 or 1)
    returned: Any = None  # for a return: (till_id, receipt_number, training) of the sale


_SALE_COLUMNS = (
    Sale.id,
    Sale.kind,
    Sale.training,
    Sale.receipt_number,
    Sale.created_at,
    Sale.business_date,
    Sale.cashier_user_id,
    Sale.total_ore,
    Sale.vat_ore,
    Sale.discount_ore,
    Sale.rounding_ore,
    Sale.original_sale_id,
    Sale.signature,
    Sale.signature_key_version,
)
_LINE_COLUMNS = (
    SaleLine.sale_id,
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
    SaleLine.purchase_price_ore,
)


def load_shop(session: Session, shop_code: str) -> ShopFacts:
    shop = session.scalar(select(Shop).where(Shop.code == shop_code.strip().upper()))
    if shop is None:
        raise NotFound("shop", shop_code)
    return ShopFacts(
        shop.id,
        shop.code,
        shop.name,
        shop.org_number,
        shop.vat_registered,
        shop.address_line,
        shop.postal_code,
        shop.city,
        shop.created_at,
    )


class SaftSource:
    """The queries of one export: ``shop`` and ``period`` fixed."""

    def __init__(self, session: Session, shop: ShopFacts, period: Period) -> None:
        self.session = session
        self.shop = shop
        self.period = period

    # -- what is in scope --------------------------------------------------------

    def _sales(self) -> list[ColumnElement]:
        return [
            Sale.shop_id == self.shop.id,
            Sale.business_date >= self.period.first,
            Sale.business_date <= self.period.last,
        ]

    def _journal(self, till_ids: list[int]) -> list[ColumnElement]:
        return [
            JournalEntry.till_id.in_(till_ids),
            JournalEntry.occurred_at >= self.period.start,
            JournalEntry.occurred_at < self.period.end,
        ]

    def tills(self) -> list[TillFacts]:
        """The shop's cash registers: every active till, and any other that did
        something in the period; with how many events and transactions each has."""
        session = self.session
        rows = session.execute(
            select(Till.id, Till.code, Till.name, Till.active)
            .where(Till.shop_id == self.shop.id)
            .order_by(Till.code)
        ).all()
        ids = [row.id for row in rows]
        events = dict(
            session.execute(
                select(JournalEntry.till_id, func.count())
                .where(*self._journal(ids))
                .group_by(JournalEntry.till_id)
            ).all()
        )
        sales = dict(
            session.execute(
                select(Sale.till_id, func.count()).where(*self._sales()).group_by(Sale.till_id)
            ).all()
        )
        return [
            TillFacts(row.id, row.code, row.name, events.get(row.id, 0), sales.get(row.id, 0))
            for row in rows
            if row.active or events.get(row.id) or sales.get(row.id)
        ]

    def entries_without_till(self) -> int:
        """The shop's journal entries of the period made away from a till: the
        file has no place for them (events belong to a cash register)."""
        return int(
            self.session.scalar(
                select(func.count()).where(
                    JournalEntry.shop_id == self.shop.id,
                    JournalEntry.till_id.is_(None),
                    JournalEntry.occurred_at >= self.period.start,
                    JournalEntry.occurred_at < self.period.end,
                )
            )
            or 0
        )

    def till_codes(self) -> dict[int, str]:
        return dict(self.session.execute(select(Till.id, Till.code)).all())

    def users(self) -> dict[int, UserFacts]:
        return {
            row.id: UserFacts(row.id, row.number, row.name, row.created_at, row.is_centre_admin)
            for row in self.session.execute(
                select(User.id, User.number, User.name, User.created_at, User.is_centre_admin)
            )
        }

    def roles(self) -> dict[int, set[Role]]:
        """Each user's roles in the shop."""
        held: dict[int, set[Role]] = defaultdict(set)
        for user_id, role in self.session.execute(
            select(UserRole.user_id, UserRole.role).where(UserRole.shop_id == self.shop.id)
        ):
            held[user_id].add(role)
        return held

    def users_named(self, till_ids: list[int]) -> set[int]:
        """Every user an event or a transaction of the file names."""
        in_journal = self.session.scalars(
            select(JournalEntry.user_id)
            .where(*self._journal(till_ids), JournalEntry.user_id.is_not(None))
            .distinct()
        )
        selling = self.session.scalars(
            select(Sale.cashier_user_id).where(*self._sales()).distinct()
        )
        return set(in_journal) | set(selling)

    def event_codes(self, till_ids: list[int]) -> list[tuple[EventType, str]]:
        return [
            (event, code)
            for event, code in self.session.execute(
                select(JournalEntry.event_type, JournalEntry.saft_event_code)
                .where(*self._journal(till_ids))
                .distinct()
            )
        ]

    def payment_codes(self) -> list[tuple[str, str]]:
        return [
            (method.value, code)
            for method, code in self.session.execute(
                select(Payment.method, Payment.saft_payment_code)
                .join(Sale, Payment.sale_id == Sale.id)
                .where(*self._sales())
                .distinct()
            )
        ]

    def categories(self) -> list[CategoryFacts]:
        return [
            CategoryFacts(*row)
            for row in self.session.execute(
                select(
                    Category.id, Category.code, Category.name_nb, Category.saft_article_group
                ).order_by(Category.code)
            )
        ]

    def line_groups(self) -> set[str]:
        """The article groups the lines of the period carry."""
        return set(
            self.session.scalars(
                select(SaleLine.saft_article_group)
                .join(Sale, SaleLine.sale_id == Sale.id)
                .where(*self._sales())
                .distinct()
            )
        )

    def vat_codes(self) -> list[VatFacts]:
        return [
            VatFacts(*row)
            for row in self.session.execute(
                select(VatCodeRow.standard_code, VatCodeRow.rate_bp, VatCodeRow.description_nb)
            )
        ]

    def margin_vat_codes(self) -> set[str]:
        """The VAT codes that margin-scheme lines of the period carry."""
        return set(
            self.session.scalars(
                select(SaleLine.vat_code)
                .join(Sale, SaleLine.sale_id == Sale.id)
                .where(*self._sales(), SaleLine.margin_scheme.is_(True))
                .distinct()
            )
        )

    # -- the large parts, in batches ---------------------------------------------

    def articles(self, batch: int) -> Iterator[list[Any]]:
        """Each article (barcode) sold or returned in the period, as on the first
        line that carries it: barcode, description, category, article group,
        when the item was registered and when that line was sold."""
        first_line = (
            select(SaleLine.barcode.label("barcode"), func.min(SaleLine.id).label("line_id"))
            .join(Sale, SaleLine.sale_id == Sale.id)
            .where(*self._sales(), SaleLine.barcode != "")
            .group_by(SaleLine.barcode)
            .subquery()
        )
        statement = (
            select(
                first_line.c.barcode,
                SaleLine.description,
                SaleLine.category_id,
                SaleLine.saft_article_group,
                Item.created_at.label("registered_at"),
                Sale.created_at.label("sold_at"),
            )
            .join(SaleLine, SaleLine.id == first_line.c.line_id)
            .join(Sale, SaleLine.sale_id == Sale.id)
            .outerjoin(Item, SaleLine.item_id == Item.id)
            .order_by(first_line.c.barcode)
            .execution_options(yield_per=batch)
        )
        yield from self.session.execute(statement).partitions()

    def events(self, till_id: int, batch: int) -> Iterator[list[Any]]:
        """The till's journal entries of the period, oldest first; the payload only
        of X- and Z-reports (receipts carry whole receipt texts, not needed here)."""
        after = 0
        while True:
            rows = self.session.execute(
                select(
                    JournalEntry.id,
                    JournalEntry.occurred_at,
                    JournalEntry.event_type,
                    JournalEntry.saft_event_code,
                    JournalEntry.user_id,
                    JournalEntry.summary,
                    case(
                        (JournalEntry.event_type.in_(REPORT_EVENTS), JournalEntry.payload_json),
                        else_=None,
                    ).label("report_json"),
                    Sale.till_id.label("sale_till_id"),
                    Sale.receipt_number,
                    Sale.training,
                )
                .outerjoin(Sale, JournalEntry.sale_id == Sale.id)
                .where(*self._journal([till_id]), JournalEntry.id > after)
                .order_by(JournalEntry.id)
                .limit(batch)
            ).all()
            if not rows:
                return
            yield rows
            after = rows[-1].id

    def transactions(self, till_id: int, training: bool, batch: int) -> Iterator[list[Transaction]]:
        """The till's sales and returns of one number series (real or training)
        in the period, by receipt number. Each page is read along the receipt
        numbers' unique index (till, series, number), so the series is named and
        not only the training flag: without it SQLite and PostgreSQL read and
        sorted the whole period once per page (0.07-0.1 s a page at a million
        items, a minute or more for a busy shop's year; bench/bench_saft.py)."""
        after = 0
        while True:
            sales = self.session.execute(
                select(*_SALE_COLUMNS)
                .where(
                    *self._sales(),
                    Sale.till_id == till_id,
                    Sale.receipt_series == ("training" if training else "sale"),
                    Sale.training.is_(training),
                    Sale.receipt_number > after,
                )
                .order_by(Sale.receipt_number)
                .limit(batch)
            ).all()
            if not sales:
                return
            yield self._complete([Transaction(sale) for sale in sales])
            after = sales[-1].receipt_number

    def _complete(self, transactions: list[Transaction]) -> list[Transaction]:
        session = self.session
        by_id = {t.sale.id: t for t in transactions}
        ids = list(by_id)
        for line in session.execute(
            select(*_LINE_COLUMNS)
            .where(SaleLine.sale_id.in_(ids))
            .order_by(SaleLine.sale_id, SaleLine.line_number)
        ):
            by_id[line.sale_id].lines.append(line)
        for payment in session.execute(
            select(
                Payment.sale_id,
                Payment.method,
                Payment.saft_payment_code,
                Payment.amount_ore,
                Payment.reference,
            )
            .where(Payment.sale_id.in_(ids))
            .order_by(Payment.id)
        ):
            by_id[payment.sale_id].payments.append(payment)
        for sale_id, copy, count in session.execute(
            select(ReceiptPrint.sale_id, ReceiptPrint.copy, func.count())
            .where(ReceiptPrint.sale_id.in_(ids))
            .group_by(ReceiptPrint.sale_id, ReceiptPrint.copy)
        ):
            if copy:
                by_id[sale_id].copies = int(count)
            else:
                by_id[sale_id].originals = int(count)
        originals = {t.sale.original_sale_id for t in transactions} - {None}
        if originals:
            returned = {
                row.id: (row.till_id, row.receipt_number, row.training)
                for row in session.execute(
                    select(Sale.id, Sale.till_id, Sale.receipt_number, Sale.training).where(
                        Sale.id.in_(originals)
                    )
                )
            }
            for transaction in transactions:
                transaction.returned = returned.get(transaction.sale.original_sale_id)
        return transactions
