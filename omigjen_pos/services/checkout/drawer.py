"""Cash in the drawer outside sales: the opening float and pay-ins and pay-outs.

The first login of a till's day asks for the opening float (vekselkasse, N4):
a till needs one when it has none since its last Z-report and none today.
Pay-ins and pay-outs carry a reason and are listed by the X and Z reports (N8).
Every movement is a journal row as well as a cash_movement row.
"""

from __future__ import annotations

from datetime import datetime, time

from sqlalchemy import func, select

from omigjen_pos.domain.business_day import OSLO
from omigjen_pos.domain.errors import InvalidInput
from omigjen_pos.domain.journal_events import EventType
from omigjen_pos.domain.money import format_kr
from omigjen_pos.domain.roles import Action
from omigjen_pos.domain.text import check_text
from omigjen_pos.services.actors import Actor
from omigjen_pos.services.journal import record_by
from omigjen_pos.store.database import Store
from omigjen_pos.store.models import CashMovement, CashMovementKind, ZReport
from omigjen_pos.store.types import utcnow

MAX_CASH_ORE = 1_000_000_00  # a million kroner: more is a typing slip
MAX_REASON = 200  # cash_movement.reason


def _start_of_day(now: datetime) -> datetime:
    return datetime.combine(now.astimezone(OSLO).date(), time.min, tzinfo=OSLO)


def needs_opening_float(store: Store, actor: Actor, now: datetime | None = None) -> bool:
    """Whether the actor's till still needs the day's opening float counted."""
    actor.require(Action.SELL)
    now = now or utcnow()
    with store.reading() as session:
        last_z = session.scalar(
            select(func.max(ZReport.created_at)).where(ZReport.till_id == actor.till.id)
        )
        since = max(filter(None, (last_z, _start_of_day(now))))
        counted = session.scalar(
            select(func.count())
            .select_from(CashMovement)
            .where(
                CashMovement.till_id == actor.till.id,
                CashMovement.kind == CashMovementKind.OPENING_FLOAT,
                CashMovement.created_at >= since,
            )
        )
        return not counted


def _record(
    store: Store,
    actor: Actor,
    kind: CashMovementKind,
    amount_ore: int,
    reason: str,
    event: EventType,
    summary: str,
) -> None:
    actor.require(Action.SELL)
    no_amount = kind in (CashMovementKind.OPENING_FLOAT, CashMovementKind.DRAWER_OPEN_NO_SALE)
    if not 0 <= amount_ore <= MAX_CASH_ORE or (not no_amount and amount_ore == 0):
        raise InvalidInput("amount", str(amount_ore), "between 0 and a million kroner")
    with store.writing() as session:
        session.add(
            CashMovement(
                shop_id=actor.shop_id,
                till_id=actor.till.id,
                user_id=actor.user_id,
                kind=kind,
                amount_ore=amount_ore,
                reason=reason.strip(),
            )
        )
        record_by(
            session,
            actor,
            event,
            summary,
            payload={"amount_ore": amount_ore, "reason": reason.strip()},
        )


def record_opening_float(store: Store, actor: Actor, amount_ore: int) -> None:
    _record(
        store,
        actor,
        CashMovementKind.OPENING_FLOAT,
        amount_ore,
        "",
        EventType.OPENING_FLOAT,
        f"Vekselkasse talt: {format_kr(amount_ore)}",
    )


def record_pay_in(store: Store, actor: Actor, amount_ore: int, reason: str) -> None:
    _require_reason(reason)
    _record(
        store,
        actor,
        CashMovementKind.PAY_IN,
        amount_ore,
        reason,
        EventType.PAY_IN,
        f"Innbetaling {format_kr(amount_ore)}: {reason.strip()}",
    )


def record_pay_out(store: Store, actor: Actor, amount_ore: int, reason: str) -> None:
    _require_reason(reason)
    _record(
        store,
        actor,
        CashMovementKind.PAY_OUT,
        amount_ore,
        reason,
        EventType.PAY_OUT,
        f"Utbetaling {format_kr(amount_ore)}: {reason.strip()}",
    )


def record_no_sale(store: Store, actor: Actor, reason: str) -> None:
    """The drawer opened without a sale (change for a note, a check): needs a
    reason, is journaled (13005) and counted in the X and Z reports (N5)."""
    _require_reason(reason)
    _record(
        store,
        actor,
        CashMovementKind.DRAWER_OPEN_NO_SALE,
        0,
        reason,
        EventType.DRAWER_OPEN,
        f"Skuff åpnet uten salg: {reason.strip()}",
    )


def _require_reason(reason: str) -> None:
    if not check_text("reason", reason, MAX_REASON):
        raise InvalidInput("reason", reason, "say why cash goes in or out of the drawer")
