"""N18: the database itself refuses to change or delete the journal and sales."""

import uuid
from datetime import date

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from omigjen_pos.domain.journal_events import EventType
from omigjen_pos.services.journal import record_event
from omigjen_pos.store.models import (
    CashMovement,
    CashMovementKind,
    JournalEntry,
    Payment,
    PaymentMethod,
    ReceiptPrint,
    Sale,
    SaleKind,
    SaleLine,
    SigningKey,
    Till,
    User,
    Voucher,
    VoucherKind,
    VoucherUse,
    ZReport,
)

APPEND_ONLY = [
    "sale",
    "sale_line",
    "payment",
    "receipt_print",
    "cash_movement",
    "z_report",
    "journal_entry",
    "voucher",
    "voucher_use",
    "signing_key",
]


def _journal_row(store) -> int:
    with store.writing() as session:
        return record_event(session, EventType.PRICE_LOOKUP, "Prisundersøkelse").id


def test_a_journal_row_cannot_be_updated(store):
    entry_id = _journal_row(store)
    with pytest.raises(DBAPIError, match="append-only"), store.writing() as session:
        session.execute(
            text("UPDATE journal_entry SET summary = 'endret' WHERE id = :id"), {"id": entry_id}
        )
    with store.reading() as session:
        assert session.get(JournalEntry, entry_id).summary == "Prisundersøkelse"


def test_a_journal_row_cannot_be_deleted(store):
    entry_id = _journal_row(store)
    with pytest.raises(DBAPIError, match="append-only"), store.writing() as session:
        session.execute(text("DELETE FROM journal_entry WHERE id = :id"), {"id": entry_id})
    with store.reading() as session:
        assert session.get(JournalEntry, entry_id) is not None


def _one_row_in_every_append_only_table(store) -> dict[str, int]:
    """A finished sale with line, payment, receipt, a cash movement and a Z-report,
    written straight through the models (the checkout service comes later)."""
    today = date(2026, 11, 27)
    with store.writing() as session:
        till = session.scalars(select(Till).where(Till.code == "BRUKT-1")).one()
        user_id = session.scalars(select(User.id).where(User.number == 101)).one()
        common = {"shop_id": till.shop_id, "till_id": till.id}
        sale = Sale(
            uuid=str(uuid.uuid4()),
            cashier_user_id=user_id,
            kind=SaleKind.SALE,
            receipt_series="sale",
            receipt_number=1,
            business_date=today,
            total_ore=10000,
            vat_ore=2000,
            **common,
        )
        session.add(sale)
        session.flush()
        rows = [
            SaleLine(
                sale_id=sale.id,
                line_number=1,
                description="Spisestol",
                saft_article_group="04003",
                quantity=1,
                unit_price_ore=10000,
                line_total_ore=10000,
                vat_code="3",
                vat_rate_bp=2500,
                vat_base_ore=8000,
                vat_ore=2000,
            ),
            Payment(
                sale_id=sale.id,
                method=PaymentMethod.CASH,
                saft_payment_code="12001",
                amount_ore=10000,
            ),
            ReceiptPrint(sale_id=sale.id, copy=False, user_id=user_id, channel="pdf"),
            CashMovement(user_id=user_id, kind=CashMovementKind.PAY_IN, amount_ore=500, **common),
            ZReport(
                user_id=user_id,
                number=1,
                business_date=today,
                last_journal_id=0,
                expected_cash_ore=10000,
                content_json="{}",
                **common,
            ),
        ]
        voucher = Voucher(
            code="T-1",
            shop_id=sale.shop_id,
            kind=VoucherKind.STORE_CREDIT,
            amount_ore=5000,
            issued_sale_id=sale.id,
            issued_by_user_id=user_id,
        )
        session.add(voucher)
        session.flush()
        rows.append(VoucherUse(voucher_id=voucher.id, sale_id=sale.id, amount_ore=1000))
        session.add_all(rows)
        session.flush()
        signing_key = SigningKey(
            shop_id=sale.shop_id, version=99, public_key_pem="-", private_key_pem="-"
        )
        session.add(signing_key)
        session.flush()
        ids = {
            "sale": sale.id,
            "voucher": voucher.id,
            "signing_key": signing_key.id,
            **{type(row).__tablename__: row.id for row in rows},
        }
    ids["journal_entry"] = _journal_row(store)
    return ids


@pytest.mark.parametrize("table", APPEND_ONLY)
def test_every_append_only_table_refuses_update_and_delete(store, table):
    row_id = _one_row_in_every_append_only_table(store)[table]
    for statement in (
        f"UPDATE {table} SET id = id WHERE id = :id",
        f"DELETE FROM {table} WHERE id = :id",
    ):
        with pytest.raises(DBAPIError, match="append-only"), store.writing() as session:
            session.execute(text(statement), {"id": row_id})
    with store.reading() as session:
        assert (
            session.scalar(text(f"SELECT count(*) FROM {table} WHERE id = :id"), {"id": row_id})
            == 1
        )


def test_postgresql_refuses_truncate_of_the_journal(store):
    if store.dialect != "postgresql":
        pytest.skip("TRUNCATE is PostgreSQL's")
    _journal_row(store)
    with pytest.raises(DBAPIError, match="append-only"), store.writing() as session:
        session.execute(text("TRUNCATE journal_entry CASCADE"))


def test_the_guards_are_installed_on_every_append_only_table(store):
    if store.dialect == "sqlite":
        query = (
            "SELECT tbl_name FROM sqlite_master WHERE type = 'trigger' "
            "AND (name LIKE '%_no_update' OR name LIKE '%_no_delete')"
        )
    else:
        query = (
            "SELECT event_object_table FROM information_schema.triggers "
            "WHERE trigger_name LIKE '%append_only'"
        )
    with store.reading() as session:
        guarded = set(session.scalars(text(query)))
    assert guarded == set(APPEND_ONLY)
