"""The opening float and pay-ins and pay-outs: counted, reasoned, journaled."""

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from omigjen_pos.domain.errors import InvalidInput
from omigjen_pos.domain.journal_events import EventType
from omigjen_pos.services import users
from omigjen_pos.services.checkout.drawer import (
    needs_opening_float,
    record_opening_float,
    record_pay_in,
    record_pay_out,
)
from omigjen_pos.store.models import CashMovement, JournalEntry, ZReport


def test_the_first_login_of_the_day_needs_an_opening_float_and_then_not(store, cashier):
    assert needs_opening_float(store, cashier)
    record_opening_float(store, cashier, 150000)
    assert not needs_opening_float(store, cashier)
    assert needs_opening_float(store, users.login(store, "BRUKT-2", 102, "2222"))


def test_tomorrow_needs_a_new_float(store, cashier):
    record_opening_float(store, cashier, 150000)
    tomorrow = datetime.now(UTC) + timedelta(days=1)
    assert needs_opening_float(store, cashier, now=tomorrow)


def test_a_z_report_after_the_float_asks_for_a_new_one(store, cashier):
    record_opening_float(store, cashier, 150000)
    with store.writing() as session:
        session.add(
            ZReport(
                shop_id=cashier.shop_id,
                till_id=cashier.till.id,
                user_id=cashier.user_id,
                number=1,
                business_date=datetime.now(UTC).date(),
                last_journal_id=0,
                expected_cash_ore=150000,
                content_json="{}",
                created_at=datetime.now(UTC) + timedelta(seconds=1),
            )
        )
    assert needs_opening_float(store, cashier, now=datetime.now(UTC) + timedelta(seconds=2))


def test_pay_ins_and_outs_need_a_reason_and_an_amount(store, cashier):
    with pytest.raises(InvalidInput, match="reason"):
        record_pay_out(store, cashier, 5000, "  ")
    with pytest.raises(InvalidInput, match="amount"):
        record_pay_in(store, cashier, 0, "veksel fra banken")
    record_pay_in(store, cashier, 50000, "veksel fra banken")
    record_pay_out(store, cashier, 12900, "kaffe til frivillige")
    with store.reading() as session:
        moved = session.execute(
            select(CashMovement.kind, CashMovement.amount_ore, CashMovement.reason).order_by(
                CashMovement.id
            )
        ).all()
        codes = session.scalars(
            select(JournalEntry.saft_event_code)
            .where(JournalEntry.event_type.in_([EventType.PAY_IN, EventType.PAY_OUT]))
            .order_by(JournalEntry.id)
        ).all()
    assert [(k.value, a, r) for k, a, r in moved] == [
        ("pay_in", 50000, "veksel fra banken"),
        ("pay_out", 12900, "kaffe til frivillige"),
    ]
    assert codes == ["13999", "13019"]
