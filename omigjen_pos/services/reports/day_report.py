"""The X-report (any time, changes nothing) and the Z-report (closes the till's day).

What a report covers is read from the journal: every journal entry of the till
after the previous Z-report's last entry, up to the newest. Sales and returns
come in through their completion entries, cash movements and counted events
(drawer openings, line corrections, price look-ups, voids, copies) through
theirs. So a Z covers exactly what happened since the previous Z, across
midnight or a missed day, and nothing twice (N9). The Z transaction locks the
till's receipt counter first, so a sale committing at that moment is either in
this report or in the next, never lost between them.

Every report produced is journaled whole (N17); a Z-report is also stored whole
(``z_report.content_json``) with its number (a counter per till, gapless) and
business date (at most one per till per day, refused by the database too).
Grand totals (N7) carry on from the previous Z's.
"""

from __future__ import annotations

import json
from collections import defaultdict

from sqlalchemy import ColumnElement, and_, case, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from omigjen_pos.domain.business_day import OSLO, business_date
from omigjen_pos.domain.day_report import CountAmount, DayReport
from omigjen_pos.domain.errors import InvalidInput, InvalidState, NotFound, PermissionDenied
from omigjen_pos.domain.journal_events import EventType
from omigjen_pos.domain.money import format_kr
from omigjen_pos.domain.orgnr import format_orgnr
from omigjen_pos.domain.payment_names import payment_name
from omigjen_pos.domain.roles import Action, may
from omigjen_pos.services.actors import Actor
from omigjen_pos.services.checkout.sale import receipt_counter
from omigjen_pos.services.counters import draw_numbers
from omigjen_pos.services.journal import lock_till_journal, record_by
from omigjen_pos.store.database import Store
from omigjen_pos.store.models import (
    Category,
    JournalEntry,
    Payment,
    PaymentMethod,
    Sale,
    SaleKind,
    SaleLine,
    SequenceCounter,
    Shop,
    Till,
    User,
    ZReport,
)
from omigjen_pos.store.types import utcnow

MAX_COUNTED_CASH_ORE = 10_000_000_00


def _require_close_day(session: Session, actor: Actor) -> None:
    """Raise PermissionDenied unless ``actor`` may take X- and Z-reports on their
    till: managers (and centre admins) always, cashiers where the shop allows it
    (``shop.cashiers_may_close_day``). The setting is read now, in the caller's
    transaction, not taken from the login: a shop that withdraws it is obeyed at once."""
    allowed = session.scalar(select(Shop.cashiers_may_close_day).where(Shop.id == actor.shop_id))
    if not may(actor.roles, Action.CLOSE_DAY, actor.centre_admin, bool(allowed)):
        raise PermissionDenied(actor.name, Action.CLOSE_DAY.value, actor.till.shop_code)


def x_report(store: Store, actor: Actor) -> DayReport:
    """What the till has done since its last Z-report; changes nothing but the
    journal, which records that an X-report was produced, with its content."""
    with store.writing() as session:
        _require_close_day(session, actor)
        report = _build(session, actor, "X")
        record_by(
            session,
            actor,
            EventType.X_REPORT,
            f"X-rapport {actor.till.code}: {format_kr(report.net_ore)}",
            payload=json.loads(report.to_json()),
        )
        return report


def z_report(store: Store, actor: Actor, counted_cash_ore: int | None) -> DayReport:
    """Close the till's day: the report since the last Z, numbered, stored whole
    and journaled. A second Z on the same business day is refused."""
    try:
        with store.writing() as session:
            _require_close_day(session, actor)
            if counted_cash_ore is not None and not 0 <= counted_cash_ore <= MAX_COUNTED_CASH_ORE:
                raise InvalidInput(
                    "counted_cash", str(counted_cash_ore), "between 0 and ten million kroner"
                )
            # Everything in flight on this till commits first and lands in this
            # report; anything after waits for this one and lands in the next.
            _lock_receipt_counter(session, actor.till.id)
            lock_till_journal(session, actor.till.id, exclusive=True)
            today = business_date(utcnow())
            taken = session.scalar(
                select(ZReport.number).where(
                    ZReport.till_id == actor.till.id, ZReport.business_date == today
                )
            )
            if taken is not None:
                raise InvalidState("Z-report", taken, "taken today", "taken again")
            report = _build(session, actor, "Z")
            report.number = draw_numbers(session, f"till:{actor.till.id}:z")[0]
            report.counted_cash_ore = counted_cash_ore
            session.add(
                ZReport(
                    shop_id=actor.shop_id,
                    till_id=actor.till.id,
                    user_id=actor.user_id,
                    number=report.number,
                    business_date=today,
                    last_journal_id=report.last_journal_id,
                    counted_cash_ore=counted_cash_ore,
                    expected_cash_ore=report.expected_cash_ore,
                    content_json=report.to_json(),
                )
            )
            session.flush()
            record_by(
                session,
                actor,
                EventType.Z_REPORT,
                f"Z-rapport {report.number} {actor.till.code}: {format_kr(report.net_ore)}",
                payload=json.loads(report.to_json()),
            )
            return report
    except IntegrityError as clash:  # another Z for this till won the race today
        raise InvalidState("Z-report", actor.till.code, "taken today", "taken again") from clash


def z_report_copy(store: Store, actor: Actor, number: int) -> DayReport:
    """A Z-report as it was taken, to print again marked KOPI; journaled (13018)."""
    with store.writing() as session:
        _require_close_day(session, actor)
        content = session.scalar(
            select(ZReport.content_json).where(
                ZReport.till_id == actor.till.id, ZReport.number == number
            )
        )
        if content is None:
            raise NotFound("Z-report", number)
        record_by(
            session,
            actor,
            EventType.REPORT_COPY,
            f"Kopi av Z-rapport {number} {actor.till.code}",
            payload={"z_report": number},
        )
    return DayReport.from_json(content)


def _lock_receipt_counter(session: Session, till_id: int) -> None:
    session.execute(
        select(SequenceCounter.name)
        .where(SequenceCounter.name.in_([receipt_counter(till_id, False), f"till:{till_id}:z"]))
        .with_for_update()
    ).all()


def _build(session: Session, actor: Actor, kind: str) -> DayReport:
    till = session.get(Till, actor.till.id)
    shop = session.get(Shop, actor.shop_id)
    assert till is not None and shop is not None
    previous = session.scalars(
        select(ZReport).where(ZReport.till_id == till.id).order_by(ZReport.number.desc()).limit(1)
    ).first()
    since = previous.last_journal_id if previous else 0
    now = utcnow()
    report = DayReport(
        kind=kind,
        shop_name=shop.name,
        org_number=format_orgnr(shop.org_number),
        vat_registered=shop.vat_registered,
        till_code=till.code,
        produced_at=now.isoformat(),
        produced_by=actor.name,
        business_date=business_date(now).isoformat(),
    )
    entries = session.scalars(
        select(JournalEntry)
        .where(JournalEntry.till_id == till.id, JournalEntry.id > since)
        .order_by(JournalEntry.id)
    ).all()
    report.last_journal_id = entries[-1].id if entries else since
    if entries:
        report.first_event_at = entries[0].occurred_at.astimezone(OSLO).isoformat()
        report.last_event_at = entries[-1].occurred_at.astimezone(OSLO).isoformat()
    # Each entry's payload parsed once, for the counts and for the cash.
    payloads = [json.loads(entry.payload_json) if entry.payload_json else {} for entry in entries]
    sale_ids = _count_events(report, entries, payloads)
    _add_sales(session, report, sale_ids)
    report.expected_cash_ore = _expected_cash(session, report, entries, payloads)
    _carry_grand_totals(report, previous)
    return report


def _count_events(report: DayReport, entries, payloads) -> dict[EventType, list[int]]:
    """Counts from the journal itself; the sale ids of completions and copies."""
    sale_ids: dict[EventType, list[int]] = defaultdict(list)
    for entry, payload in zip(entries, payloads, strict=True):
        event = entry.event_type
        if event in (EventType.SALE_COMPLETED, EventType.RETURN_COMPLETED, EventType.COPY_RECEIPT):
            if entry.sale_id is not None:
                sale_ids[event].append(entry.sale_id)
        elif event is EventType.PAY_IN:
            report.pay_ins.append(
                (str(payload.get("reason", "")), int(payload.get("amount_ore", 0)))
            )
        elif event is EventType.PAY_OUT:
            report.pay_outs.append(
                (str(payload.get("reason", "")), int(payload.get("amount_ore", 0)))
            )
        elif event is EventType.DRAWER_OPEN:
            report.drawer_openings += 1
        elif event is EventType.VOID:
            report.voids.add(sum(int(line[2]) for line in payload.get("lines", [])))
        elif event is EventType.LINE_CORRECTION:
            unit = int(payload.get("unit_price_ore", 0))
            removed = payload.get("quantity", payload.get("from", 0) - payload.get("to", 0))
            report.line_corrections.add(unit * int(removed))
        elif event is EventType.PRICE_LOOKUP:
            report.price_lookups += 1
    return sale_ids


def _add_sales(session: Session, report: DayReport, sale_ids: dict[EventType, list[int]]) -> None:
    completed = sale_ids[EventType.SALE_COMPLETED] + sale_ids[EventType.RETURN_COMPLETED]
    sales = session.scalars(select(Sale).where(Sale.id.in_(completed))).all() if completed else []
    real = [sale for sale in sales if not sale.training]
    real_ids = [sale.id for sale in real]
    for sale in sales:
        if sale.training:
            report.training.add(sale.total_ore)
        elif sale.kind is SaleKind.RETURN:
            report.returns.add(sale.total_ore)
        else:
            report.sales.add(sale.total_ore)
    report.net_ore = sum(sale.total_ore for sale in real)
    report.vat_ore = sum(sale.vat_ore for sale in real)
    report.net_ex_vat_ore = report.net_ore - report.vat_ore
    report.rounding_ore = sum(sale.rounding_ore for sale in real)
    names = dict(session.execute(select(User.id, User.name)).all())
    for sale in real:
        report.per_cashier.setdefault(names.get(sale.cashier_user_id, "?"), CountAmount()).add(
            sale.total_ore
        )
    if real_ids:
        _add_lines(session, report, real_ids)
        _add_payments(session, report, real_ids)
    copied = sale_ids[EventType.COPY_RECEIPT]
    if copied:
        totals = dict(
            session.execute(select(Sale.id, Sale.total_ore).where(Sale.id.in_(copied))).all()
        )
        for sale_id in copied:
            report.copies.add(totals.get(sale_id, 0))


def _expected_cash(session: Session, report: DayReport, entries, payloads) -> int:
    """Cash that should be in the drawer: the latest opening float (a count of
    what was there, not cash added: a day without a Z does not add its float to
    the next day's), then cash payments and refunds, pay-ins and pay-outs after it."""
    completed = [
        entry.sale_id
        for entry in entries
        if entry.event_type in (EventType.SALE_COMPLETED, EventType.RETURN_COMPLETED)
        and entry.sale_id is not None
    ]
    cash_by_sale: dict[int, int] = {}
    if completed:
        cash_by_sale = {
            sale_id: int(amount)
            for sale_id, amount in session.execute(
                select(Payment.sale_id, func.sum(Payment.amount_ore))
                .join(Sale, Payment.sale_id == Sale.id)
                .where(
                    Payment.sale_id.in_(completed),
                    *_id_span(Payment.sale_id, Sale.id, completed),
                    Payment.method == PaymentMethod.CASH,
                    Sale.training.is_(False),
                )
                .group_by(Payment.sale_id)
            ).all()
        }
    cash = 0
    for entry, payload in zip(entries, payloads, strict=True):
        if entry.event_type is EventType.OPENING_FLOAT:
            cash = int(payload.get("amount_ore", 0))
            report.opening_float_ore = cash
        elif entry.event_type is EventType.PAY_IN:
            cash += int(payload.get("amount_ore", 0))
        elif entry.event_type is EventType.PAY_OUT:
            cash -= int(payload.get("amount_ore", 0))
        elif entry.sale_id in cash_by_sale and entry.event_type in (
            EventType.SALE_COMPLETED,
            EventType.RETURN_COMPLETED,
        ):
            cash += cash_by_sale[entry.sale_id]
    return cash


def _id_span(sale_id: ColumnElement, sale_pk: ColumnElement, sale_ids: list[int]) -> tuple:
    """The report's sales lie between its lowest and highest sale id. Said as
    well as the list, it lets the database read just that stretch by index:
    without it PostgreSQL planned sequential scans of every sale and sale line
    ever made for the 2,000 sales of a day at 100k items (bench_close_day.py)."""
    low, high = min(sale_ids), max(sale_ids)
    return sale_id.between(low, high), sale_pk.between(low, high)


def _add_lines(session: Session, report: DayReport, sale_ids: list[int]) -> None:
    rows = session.execute(
        select(
            SaleLine.saft_article_group,
            func.coalesce(Category.name_nb, ""),
            SaleLine.vat_rate_bp,
            SaleLine.margin_scheme,
            func.count(),
            func.sum(SaleLine.line_total_ore),
            func.sum(SaleLine.vat_base_ore),
            func.sum(SaleLine.vat_ore),
            func.sum(case((Sale.kind == SaleKind.SALE, SaleLine.discount_ore), else_=0)),
            func.sum(
                case((and_(Sale.kind == SaleKind.SALE, SaleLine.discount_ore != 0), 1), else_=0)
            ),
        )
        .join(Sale, SaleLine.sale_id == Sale.id)
        .outerjoin(Category, SaleLine.category_id == Category.id)
        .where(SaleLine.sale_id.in_(sale_ids), *_id_span(SaleLine.sale_id, Sale.id, sale_ids))
        .group_by(
            SaleLine.saft_article_group,
            Category.name_nb,
            SaleLine.vat_rate_bp,
            SaleLine.margin_scheme,
        )
    ).all()
    for group, category, rate, margin, count, total, base, vat, discount, discounted in rows:
        name = f"{group} {category}".strip()
        report.per_article_group.setdefault(name, CountAmount()).add(int(total or 0), int(count))
        key = f"{rate / 100:g} %" + (" bruktmoms" if margin else "")
        base_vat_total = report.vat_per_rate.setdefault(key, [0, 0, 0])
        base_vat_total[0] += int(base or 0)
        base_vat_total[1] += int(vat or 0)
        base_vat_total[2] += int(total or 0)
        report.discounts.add(int(discount or 0), int(discounted or 0))


def _add_payments(session: Session, report: DayReport, sale_ids: list[int]) -> None:
    rows = session.execute(
        select(Payment.method, func.count(), func.sum(Payment.amount_ore))
        .where(Payment.sale_id.in_(sale_ids))
        .group_by(Payment.method)
    ).all()
    for method, count, amount in rows:
        name = payment_name(method.value)
        report.per_payment.setdefault(name, CountAmount()).add(int(amount or 0), int(count))


def _carry_grand_totals(report: DayReport, previous: ZReport | None) -> None:
    """Grand totals from installation (N7): the previous Z's plus this period's."""
    if previous is not None:
        before = json.loads(previous.content_json)
        report.grand_sales_ore = int(before.get("grand_sales_ore", 0))
        report.grand_returns_ore = int(before.get("grand_returns_ore", 0))
    report.grand_sales_ore += report.sales.amount_ore
    report.grand_returns_ore += report.returns.amount_ore
