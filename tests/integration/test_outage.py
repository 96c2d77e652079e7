"""The cable between a till and PostgreSQL pulled in the middle of a payment.

The till's store is opened through a loopback TCP proxy the test controls
(tests/support/tcp_proxy.py), so the shared server is never stopped: the proxy
cuts every connection at the moment the test picks. What must hold after the
cable is back and the cashier presses Pay again: the sale is recorded exactly
once, under the number the till was given, receipt numbers have no gap and
``verify_store`` finds nothing. Everything is checked through a second store
that talks to the server directly.
"""

import itertools
import os
import threading
import uuid

import pytest
from sqlalchemy import func, select

from omigjen_pos.domain.errors import ItemUnavailable, StoreUnavailable
from omigjen_pos.domain.item_rules import ItemDraft
from omigjen_pos.domain.items import ItemSource, ItemStatus
from omigjen_pos.domain.journal_events import EventType
from omigjen_pos.domain.settlement import Tender
from omigjen_pos.services import users
from omigjen_pos.services.checkout.basket import open_basket, scan_item
from omigjen_pos.services.checkout.sale import complete_sale
from omigjen_pos.services.inventory.registration import list_categories, register_item
from omigjen_pos.services.verify import verify_store
from omigjen_pos.store import database
from omigjen_pos.store.database import open_store
from omigjen_pos.store.models import Basket, BasketState, Item, JournalEntry, Sale, SaleLine
from tests.support.tcp_proxy import TcpProxy

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.parametrize("backend", ["postgresql"], indirect=True, scope="session"),
]

TENDERS = [Tender("cash", tendered_ore=100000)]


@pytest.fixture
def proxy(store):
    """A cable to the server of ``store`` that the test can pull out."""
    with TcpProxy(store.url.host or "127.0.0.1", store.url.port or 5432) as cable:
        yield cable
    assert not [t.name for t in threading.enumerate() if t.name.startswith("tcp-proxy")]


@pytest.fixture
def till(store, proxy, monkeypatch):
    """The till's own store: the same database as ``store``, through the proxy.

    No TLS, so the proxy can see the COMMIT go by; short timeouts so a mistake
    fails the test in seconds instead of hanging it."""
    monkeypatch.setattr(database, "PG_CONNECT_TIMEOUT_S", 2)
    monkeypatch.setattr(database, "PG_STATEMENT_TIMEOUT_MS", 5000)
    url = store.url.set(
        host="127.0.0.1",
        port=proxy.port,
        query={"sslmode": "disable", "gssencmode": "disable"},
    )
    opened = open_store(url.render_as_string(hide_password=False))
    yield opened
    opened.close()


@pytest.fixture
def cashier(till):
    return users.login(till, "BRUKT-1", 101, "1111")


@pytest.fixture
def barcodes(store):
    """Fresh unique items (the office registers them, straight to the server)."""
    manager = users.login(store, "BRUKT-1", 103, "1234")
    category = {c.code: c.id for c in list_categories(store)}["MOBLER"]

    def make(count: int) -> list[str]:
        return [
            register_item(
                store,
                manager,
                ItemDraft(
                    category_id=category,
                    name=f"Stol {n}",
                    price_ore=10000 + 125 * (n % 100),
                    source=ItemSource.DONATION,
                ),
            ).barcode
            for n in range(count)
        ]

    return make


def ring_up(till, cashier, barcodes: list[str]) -> tuple[int, str]:
    basket = open_basket(till, cashier)
    for barcode in barcodes:
        scan_item(till, cashier, basket.id, barcode)
    return basket.id, basket.uuid


def sales_with_uuid(store, basket_uuid: str) -> list[Sale]:
    with store.reading() as session:
        return list(session.scalars(select(Sale).where(Sale.uuid == basket_uuid)))


def assert_recorded_once(store, sold: dict[str, list[str]]) -> None:
    """Each basket (uuid: barcodes) is exactly one sale of exactly its items, with
    one journal row; the till's numbers run 1..N; verify finds nothing."""
    with store.reading() as session:
        for basket_uuid, codes in sold.items():
            [sale] = session.scalars(select(Sale).where(Sale.uuid == basket_uuid)).all()
            lines = session.scalars(select(SaleLine.barcode).where(SaleLine.sale_id == sale.id))
            assert sorted(lines) == sorted(codes)
            journal = session.scalar(
                select(func.count())
                .select_from(JournalEntry)
                .where(
                    JournalEntry.sale_id == sale.id,
                    JournalEntry.event_type == EventType.SALE_COMPLETED,
                )
            )
            assert journal == 1
            basket = session.scalars(select(Basket).where(Basket.uuid == basket_uuid)).one()
            assert basket.state is BasketState.COMPLETED
        all_codes = [c for codes in sold.values() for c in codes]
        statuses = session.scalars(select(Item.status).where(Item.barcode.in_(all_codes)))
        assert set(statuses) == {ItemStatus.SOLD}
        per_item = session.execute(
            select(SaleLine.barcode, func.count())
            .where(SaleLine.barcode.in_(all_codes))
            .group_by(SaleLine.barcode)
        ).all()
        assert sorted(per_item) == sorted((c, 1) for c in all_codes)
        numbers = session.scalars(
            select(Sale.receipt_number).where(Sale.training.is_(False)).order_by(Sale.id)
        ).all()
        assert sorted(numbers) == list(range(1, len(numbers) + 1))
        assert len(numbers) == len(sold)  # and no stray sale of anything else
    assert verify_store(store) == []


def test_a_commit_that_landed_but_whose_answer_was_lost_is_recorded_once(
    store, till, proxy, cashier, barcodes
):
    codes = barcodes(2)
    basket_id, basket_uuid = ring_up(till, cashier, codes)

    fired = proxy.cut_after_client_sends(b"COMMIT")
    with pytest.raises(StoreUnavailable):
        complete_sale(till, cashier, basket_id, TENDERS)
    assert fired.is_set()
    # The server did commit: the office sees the sale the till was never told about.
    [landed] = sales_with_uuid(store, basket_uuid)
    # Pressing Pay while the cable is still out fails cleanly, and writes nothing.
    with pytest.raises(StoreUnavailable):
        complete_sale(till, cashier, basket_id, TENDERS)

    proxy.restore()
    again = complete_sale(till, cashier, basket_id, TENDERS)
    assert (again.sale_id, again.uuid, again.receipt_number) == (
        landed.id,
        basket_uuid,
        landed.receipt_number,
    )
    paid = landed.total_ore + landed.rounding_ore
    assert (again.total_ore, again.change_ore) == (landed.total_ore, 100000 - paid)
    assert complete_sale(till, cashier, basket_id, TENDERS) == again  # and again
    assert_recorded_once(store, {basket_uuid: codes})


@pytest.mark.parametrize("where", ["at-insert", "at-commit", "before-pay"])
def test_a_sale_whose_commit_never_reached_the_server_is_recorded_on_retry(
    store, till, proxy, cashier, barcodes, where
):
    codes = barcodes(2)
    basket_id, basket_uuid = ring_up(till, cashier, codes)

    if where == "before-pay":
        proxy.cut()  # the cable is already out when Pay is pressed
        fired = None
    else:  # out just as the sale's INSERT or its COMMIT would reach the server
        fired = proxy.cut_before_client_sends(
            b"INSERT INTO sale " if where == "at-insert" else b"COMMIT"
        )
    with pytest.raises(StoreUnavailable):
        complete_sale(till, cashier, basket_id, TENDERS)
    assert fired is None or fired.is_set()
    # Nothing landed: no sale, the basket still open and still holding its items.
    assert sales_with_uuid(store, basket_uuid) == []
    with store.reading() as session:
        assert session.get(Basket, basket_id).state is BasketState.OPEN
        held = session.scalars(select(Item.reserved_basket_id).where(Item.barcode.in_(codes)))
        assert set(held) == {basket_id}

    proxy.restore()
    sale = complete_sale(till, cashier, basket_id, TENDERS)
    assert (sale.uuid, sale.receipt_number) == (basket_uuid, 1)
    assert_recorded_once(store, {basket_uuid: codes})


# What happens to the cable just before a call at the till.
CALM, FLAP, OUT, LOST_BEFORE, LOST_AFTER = "calm", "flap", "out", "before", "after"
SCHEDULE = (CALM, FLAP, OUT, LOST_BEFORE, LOST_AFTER)


def through_outage(proxy, trouble: str, call):
    """Make ``call`` at the till with ``trouble`` on the cable; on StoreUnavailable
    put the cable back and call again, as a cashier pressing the key again would.
    Returns what ``call`` returned."""
    fired = threading.Event()
    if trouble == FLAP:
        proxy.cut()  # out and back in between two calls: the pooled connection is dead
        proxy.restore()
    elif trouble == OUT:
        proxy.cut()
    elif trouble == LOST_BEFORE:
        fired = proxy.cut_before_client_sends(b"COMMIT")
    elif trouble == LOST_AFTER:
        fired = proxy.cut_after_client_sends(b"COMMIT")
    failed = 0
    while True:
        try:
            result = call(retry=failed > 0)
            break
        except StoreUnavailable:
            failed += 1
            assert failed < 4, f"still failing after the cable came back ({trouble})"
            proxy.restore()
    proxy.disarm()
    if trouble in (LOST_BEFORE, LOST_AFTER):
        assert fired.is_set(), f"the {trouble} cut did not happen"
    # A cable out and back between calls goes unnoticed (pool pre-ping); a cut
    # during the call fails it once.
    assert failed == (0 if trouble in (CALM, FLAP) else 1), trouble
    return result


def scan(till, cashier, basket_id: int, barcode: str, retry: bool):
    """Scan; on a retry, "already in this basket" means the lost scan did land."""
    try:
        return scan_item(till, cashier, basket_id, barcode)
    except ItemUnavailable as refused:
        if retry and refused.reason == "already_in_basket":
            return None
        raise


def test_baskets_rung_up_while_the_connection_flaps_are_each_recorded_once(
    store, till, proxy, cashier, barcodes
):
    # 4 calls each (open, scan, scan, pay): each kind of trouble hits each call.
    # OMIGJEN_OUTAGE_BASKETS raises it for the long mode (docs/reliability.md).
    baskets = int(os.environ.get("OMIGJEN_OUTAGE_BASKETS", 5))
    codes = barcodes(2 * baskets)
    troubles = itertools.cycle(SCHEDULE)
    sold: dict[str, list[str]] = {}
    numbers = []
    for n in range(baskets):
        basket_uuid = str(uuid.uuid4())  # the till keeps it on disk, so opening is repeatable
        basket = through_outage(
            proxy,
            next(troubles),
            lambda retry, u=basket_uuid: open_basket(till, cashier, basket_uuid=u),
        )
        assert basket.uuid == basket_uuid
        mine = codes[2 * n : 2 * n + 2]
        for code in mine:
            through_outage(
                proxy,
                next(troubles),
                lambda retry, b=basket.id, c=code: scan(till, cashier, b, c, retry),
            )
        sale = through_outage(
            proxy,
            next(troubles),
            lambda retry, b=basket.id: complete_sale(till, cashier, b, TENDERS),
        )
        assert sale.uuid == basket_uuid
        numbers.append(sale.receipt_number)
        sold[basket_uuid] = mine
    assert numbers == list(range(1, baskets + 1))
    assert_recorded_once(store, sold)


def test_a_cut_at_any_step_of_the_payment_still_records_the_sale_once(
    store, till, proxy, cashier, barcodes
):
    """Sweep the cut over every request complete_sale makes (pre-ping, BEGIN,
    locks, inserts, COMMIT), each time before the request reaches the server and
    after it did but before its answer came back, until a cut armed that far
    along no longer falls inside the payment."""
    sold: dict[str, list[str]] = {}
    swept = []
    for step in range(1, 50):
        for forward in (False, True):
            [code] = barcodes(1)
            basket_id, basket_uuid = ring_up(till, cashier, [code])
            fired = proxy.cut_at_client_chunk(step, forward=forward)
            try:
                sale = complete_sale(till, cashier, basket_id, TENDERS)
            except StoreUnavailable:
                assert fired.is_set(), (step, forward)
                proxy.restore()
                sale = complete_sale(till, cashier, basket_id, TENDERS)
                swept.append((step, forward))
            else:
                assert not fired.is_set(), (step, forward)  # never a silent cut
                proxy.disarm()
            assert (sale.uuid, sale.receipt_number) == (basket_uuid, len(sold) + 1)
            sold[basket_uuid] = [code]
        if swept[-1][0] != step:
            break
    assert len(swept) >= 2 * 10  # every step of a payment, both ways
    assert_recorded_once(store, sold)
