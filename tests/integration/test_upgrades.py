"""A store made by every released schema revision upgrades to this release with
its sales intact, and the tills can go on selling on it (issue 8, item 6).

For each revision in the Alembic script directory (a new revision is covered
without touching this file), on SQLite and PostgreSQL: a database is migrated to
that revision only, filled by ``tests/support/old_stores.py`` with a small
trading history written against that revision's tables, then opened the way the
app and every command open a store (``open_and_upgrade``). Afterwards:

- the schema is the one a new store gets (the models, as Alembic compares them);
- every row of the history reads back as it was written: sales, lines,
  payments, vouchers, receipt prints, cash movements, counters, items, baskets,
  users, and the journal, which has gained only the software-update entry;
- the parked basket is taken up and sold, an item is scanned and sold, and a
  line of an old sale is returned, through the services;
- the append-only tables still refuse a DELETE (N18);
- ``verify_store`` finds nothing. Stores from before revision 0005 have unsigned
  sales (there were no keys); verify accepts exactly those, since they were sold
  before the shop's first key, which the first sale after the upgrade makes;
- the X-report of the till counts the old and the new sales and the cash.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import psycopg
import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, func, inspect, select, text
from sqlalchemy.exc import DBAPIError

from omigjen_pos import __version__
from omigjen_pos.domain.settlement import Tender
from omigjen_pos.services import users
from omigjen_pos.services.checkout.basket import open_basket, scan_item
from omigjen_pos.services.checkout.parking import resume_basket
from omigjen_pos.services.checkout.returns import record_return
from omigjen_pos.services.checkout.sale import complete_sale
from omigjen_pos.services.reports.day_report import x_report
from omigjen_pos.services.store_setup import open_and_upgrade
from omigjen_pos.services.verify import verify_store
from omigjen_pos.store.database import open_store
from omigjen_pos.store.migrate import alembic_config, head_revision, include_object
from omigjen_pos.store.models import Base, Sale, SaleLine
from tests.support.old_stores import (
    CASHIER,
    CASHIER_PIN,
    MANAGER,
    MANAGER_PIN,
    OPENING_FLOAT_ORE,
    migrate_to,
    write_history,
)

REVISIONS = [
    script.revision
    for script in reversed(list(ScriptDirectory.from_config(alembic_config()).walk_revisions()))
]

# Read with plain SQL before and after the upgrade; ids of other rows are
# replaced by what identifies them (a sale's uuid, a till's code).
SNAPSHOT = {
    "sales": """SELECT s.uuid, t.code, u.number, s.kind, s.training, s.receipt_series,
        s.receipt_number, s.business_date, s.created_at, s.total_ore, s.vat_ore,
        s.discount_ore, s.rounding_ore, s.signature, s.signature_key_version, o.uuid
        FROM sale s JOIN till t ON t.id = s.till_id JOIN app_user u ON u.id = s.cashier_user_id
        LEFT JOIN sale o ON o.id = s.original_sale_id
        ORDER BY t.code, s.receipt_series, s.receipt_number""",
    "sale lines": """SELECT s.uuid, l.line_number, l.item_id, l.barcode, l.description,
        l.category_id, l.saft_article_group, l.quantity, l.unit_price_ore, l.price_overridden,
        l.discount_ore, l.line_total_ore, l.vat_code, l.vat_rate_bp, l.vat_base_ore, l.vat_ore,
        l.margin_scheme, l.purchase_price_ore, rs.uuid, r.line_number
        FROM sale_line l JOIN sale s ON s.id = l.sale_id
        LEFT JOIN sale_line r ON r.id = l.returned_line_id LEFT JOIN sale rs ON rs.id = r.sale_id
        ORDER BY s.uuid, l.line_number""",
    "payments": """SELECT s.uuid, p.method, p.saft_payment_code, p.amount_ore, p.tendered_ore,
        p.change_ore, p.reference FROM payment p JOIN sale s ON s.id = p.sale_id
        ORDER BY s.uuid, p.id""",
    "receipt prints": """SELECT s.uuid, r.copy, r.user_id, r.produced_at, r.channel
        FROM receipt_print r JOIN sale s ON s.id = r.sale_id ORDER BY r.id""",
    "cash movements": """SELECT till_id, user_id, kind, amount_ore, reason, created_at
        FROM cash_movement ORDER BY id""",
    "counters": "SELECT name, value FROM sequence_counter ORDER BY name",
    "items": """SELECT id, shop_id, kind, barcode, name, category_id, price_ore, status,
        quantity, reserved_basket_id, intake_date FROM item ORDER BY id""",
    "baskets": """SELECT id, uuid, till_id, user_id, state, basket_discount_ore
        FROM basket ORDER BY id""",
    "basket lines": """SELECT basket_id, item_id, quantity, unit_price_ore, discount_ore
        FROM basket_line ORDER BY id""",
    "users": """SELECT u.number, u.name, u.pin_hash, u.active, r.shop_id, r.role
        FROM app_user u JOIN user_role r ON r.user_id = u.id ORDER BY u.number, r.role""",
    "shops and tills": """SELECT s.code, s.name, s.org_number, s.vat_registered,
        s.barcode_number, t.code, t.active FROM shop s JOIN till t ON t.shop_id = s.id
        ORDER BY t.code""",
}
VOUCHERS = """SELECT v.code, v.kind, v.amount_ore, s.uuid, u.amount_ore, us.uuid
    FROM voucher v LEFT JOIN sale s ON s.id = v.issued_sale_id
    LEFT JOIN voucher_use u ON u.voucher_id = v.id LEFT JOIN sale us ON us.id = u.sale_id
    ORDER BY v.code, u.id"""
SIGNING_KEYS = "SELECT shop_id, version, public_key_pem FROM signing_key ORDER BY id"
JOURNAL = """SELECT id, occurred_at, shop_id, till_id, user_id, event_type, saft_event_code,
    sale_id, summary, payload_json FROM journal_entry ORDER BY id"""


def snapshot(connection: Connection) -> dict[str, list[tuple]]:
    tables = set(inspect(connection).get_table_names())
    queries = dict(SNAPSHOT, journal=JOURNAL)
    if "voucher" in tables:
        queries["vouchers"] = VOUCHERS
    if "signing_key" in tables:
        queries["signing keys"] = SIGNING_KEYS
    return {
        name: [tuple(row) for row in connection.execute(text(sql))] for name, sql in queries.items()
    }


def test_every_revision_is_covered():
    assert REVISIONS[0] == "0001" and REVISIONS[-1] == head_revision()
    assert len(REVISIONS) >= 5


@pytest.fixture(scope="module")
def pg_scratch(postgres) -> Iterator[str]:
    """One database for every PostgreSQL case, emptied before each (below):
    creating and dropping a database costs the server a checkpoint each time,
    a new public schema almost nothing."""
    name = postgres.create("upg")
    yield name
    postgres.drop(name)


@pytest.fixture
def empty_url(backend, store_factory, request) -> str:
    """A database with nothing in it: a new SQLite file, or the scratch
    PostgreSQL database with its public schema dropped and made anew."""
    if backend == "sqlite":
        return store_factory.new_url("upg")
    postgres, name = request.getfixturevalue("postgres"), request.getfixturevalue("pg_scratch")
    with psycopg.connect(postgres.url_for(name), autocommit=True) as connection:
        connection.execute("DROP SCHEMA public CASCADE")  # the extension and function too
        connection.execute("CREATE SCHEMA public")
    return postgres.url_for(name)


@pytest.mark.parametrize("revision", REVISIONS)
def test_a_store_of_an_old_revision_upgrades_with_its_sales_intact(empty_url, revision):
    url = empty_url
    migrate_to(url, revision)
    old = open_store(url)
    try:
        with old.engine.begin() as connection:
            written = write_history(connection)
        with old.engine.connect() as connection:
            before = snapshot(connection)
    finally:
        old.close()
    assert len(before["sales"]) == written.sales >= 8
    assert sum(row[9] for row in before["sales"]) == written.total_ore
    assert [row[3] for row in before["sales"]].count("return") == written.returns >= 1
    assert written.vouchers == (1 if "vouchers" in before else 0)  # from 0003
    assert written.signed == (written.sales if "signing keys" in before else 0)  # from 0005

    store, upgrade = open_and_upgrade(url)
    try:
        assert (upgrade.from_revision, upgrade.to_revision) == (revision, head_revision())
        with store.engine.connect() as connection:
            after = snapshot(connection)
            options = {"compare_type": True, "include_object": include_object}
            context = MigrationContext.configure(connection, opts=options)
            assert compare_metadata(context, Base.metadata) == []  # as a new store's
        _history_is_intact(before, after, revision)
        _old_signatures_as_written(store, written)
        for table in ("sale", "sale_line", "payment", "journal_entry"):
            # N18 survives: SQLite loses a table's triggers when batch mode rebuilds it.
            with pytest.raises(DBAPIError, match="append-only"), store.writing() as session:
                session.execute(text(f"DELETE FROM {table}"))
        _tills_sell_on(store, written)
        assert verify_store(store) == []
    finally:
        store.close()


def _history_is_intact(before, after, revision) -> None:
    old_journal = before.pop("journal")
    new_journal = after.pop("journal")
    for name, rows in before.items():
        assert after[name] == rows, f"{name} changed by the upgrade from {revision}"
    assert new_journal[: len(old_journal)] == old_journal
    added = new_journal[len(old_journal) :]
    if revision == head_revision():
        assert added == []
    else:
        assert [(row[5], row[8]) for row in added] == [
            (
                "software_update",
                f"Databasen oppgradert fra {revision} til {head_revision()} "
                f"(Omigjen POS {__version__})",
            )
        ]


def _old_signatures_as_written(store, written) -> None:
    """Sales from before revision 0005 carry no signature; later ones all do."""
    with store.reading() as session:
        unsigned = session.scalar(
            select(func.count()).select_from(Sale).where(Sale.signature.is_(None))
        )
    assert (written.signed, unsigned) in ((0, written.sales), (written.sales, 0))


def _tills_sell_on(store, written) -> None:
    cashier = users.login(store, "BRUKT-1", CASHIER, CASHIER_PIN)
    parked = resume_basket(store, cashier, written.parked_basket_id)
    [line] = parked.lines
    assert (line.barcode, line.asked_price_ore, line.unit_price_ore) == (
        written.parked_barcode,
        29_900,
        29_900,
    )  # revision 0003 filled in the price asked for lines scanned before it
    resumed = complete_sale(store, cashier, parked.id, [Tender("card", 29_900, reference="T-9")])
    basket = scan_item(store, cashier, open_basket(store, cashier).id, written.for_sale_barcode)
    assert basket.total_ore == 17_500
    sold = complete_sale(store, cashier, basket.id, [Tender("cash", tendered_ore=20_000)])
    highest = written.highest_receipt["BRUKT-1"]
    assert (resumed.receipt_number, sold.receipt_number) == (highest + 1, highest + 2)
    assert sold.change_ore == 2_500
    users.logout(store, cashier)

    manager = users.login(store, "BRUKT-1", MANAGER, MANAGER_PIN)
    sale_key, line_number = written.returnable
    with store.reading() as session:
        line_id = session.scalar(
            select(SaleLine.id).where(
                SaleLine.sale_id == written.sale_ids[sale_key],
                SaleLine.line_number == line_number,
            )
        )
    refund = record_return(
        store, manager, str(uuid.uuid4()), written.sale_ids[sale_key], [line_id], "cash"
    )
    assert (refund.receipt_number, refund.total_ore, refund.rounding_ore) == (
        highest + 3,
        -124_950,
        -50,  # 1 249,50 kr paid out as 1 250 kr
    )
    report = x_report(store, manager)
    assert report.net_ore == written.totals_by_till["BRUKT-1"] + 29_900 + 17_500 - 124_950
    assert report.expected_cash_ore == (
        OPENING_FLOAT_ORE + written.cash_by_till["BRUKT-1"] + 17_500 - 125_000
    )
    users.logout(store, manager)
