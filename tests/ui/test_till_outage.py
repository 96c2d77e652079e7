"""The till screen when the cable to PostgreSQL is pulled, on the real widgets.

The screen's store goes through a loopback proxy the test controls
(tests/support/tcp_proxy.py); what the server holds is read through a second
store that talks to it directly. What must hold for the cashier: the basket
stays on screen, the red banner says the database is gone, nothing scanned is
lost, and once the cable is back the till finishes by itself what it was doing,
recording a sale exactly once.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import QThreadPool

from omigjen_pos.domain.settlement import Tender
from omigjen_pos.services import users
from omigjen_pos.services.checkout.basket_copy import BasketCopy, load_basket_copy
from omigjen_pos.services.checkout.drawer import record_opening_float
from omigjen_pos.services.store_setup import Store
from omigjen_pos.services.verify import verify_store
from omigjen_pos.store import database
from omigjen_pos.store.database import open_store
from omigjen_pos.store.models import BasketState
from omigjen_pos.ui.screens.checkout import checkout_screen
from omigjen_pos.ui.screens.checkout.checkout_screen import CheckoutScreen
from omigjen_pos.ui.store_watch import StoreWatch
from omigjen_pos.ui.tasks import TaskRunner
from tests.support.tcp_proxy import TcpProxy
from tests.support.till_stores import (
    basket_quantities,
    basket_with_uuid,
    new_stock_article,
    proxied_url,
    sales_with_uuid,
    sold_barcodes,
)
from tests.ui.helpers import WAIT_MS, in_stock_barcodes

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.parametrize("backend", ["postgresql"], indirect=True, scope="session"),
]

RETRY_MS = 200  # the watch pings this often while the store is gone (the app: 2 s)
BACK_MS = 5000  # from the cable back in to the till done: a few pings and one call
TILL = "BRUKT-1"


@pytest.fixture
def proxy(store: Store) -> Iterator[TcpProxy]:
    """A cable to the server of ``store`` that the test can pull out."""
    with TcpProxy(store.url.host or "127.0.0.1", store.url.port or 5432) as cable:
        yield cable
    assert not [t.name for t in threading.enumerate() if t.name.startswith("tcp-proxy")]


@pytest.fixture
def till_store(store: Store, proxy: TcpProxy, monkeypatch) -> Iterator[Store]:
    """The till's own store: the same database as ``store``, through the proxy, with
    short timeouts so a mistake fails the test in seconds instead of hanging it."""
    monkeypatch.setattr(database, "PG_CONNECT_TIMEOUT_S", 2)
    monkeypatch.setattr(database, "PG_STATEMENT_TIMEOUT_MS", 5000)
    opened = open_store(proxied_url(store, proxy))
    yield opened
    opened.close()


@pytest.fixture
def screen(qtbot, store: Store, till_store: Store, proxy: TcpProxy, monkeypatch):
    """Kari (cashier 101) at BRUKT-1, the day's float counted, on the proxied store;
    its StoreWatch retries every RETRY_MS (through the watch's own ``retry_ms``)."""
    monkeypatch.setattr(
        checkout_screen, "StoreWatch", functools.partial(StoreWatch, retry_ms=RETRY_MS)
    )
    actor = users.login(till_store, TILL, 101, "1111")
    record_opening_float(store, actor, 150000)
    tasks = TaskRunner()
    # Not qtbot.addWidget: pytest-qt would delete the screen before this teardown,
    # its watch with it, and the answers of calls still on their way would be lost.
    till = CheckoutScreen(till_store, actor, tasks)
    try:
        till.show()
        qtbot.waitExposed(till)
        qtbot.waitUntil(lambda: not tasks.busy, timeout=WAIT_MS)
        assert till.watch._timer.interval() == RETRY_MS
        yield till
        # Whatever the test left: the cable back in, so the till finishes what it was
        # doing and every call (the watch's too) ends before the store is closed.
        proxy.disarm()
        proxy.restore()
        qtbot.waitUntil(
            lambda: till.watch.online and not till.busy and not tasks.busy, timeout=WAIT_MS
        )
    finally:
        QThreadPool.globalInstance().waitForDone(WAIT_MS)
        till.close()
        shiboken6.delete(till)


def ring_up(qtbot, till: CheckoutScreen, codes: list[str]) -> str:
    """Scan ``codes`` and wait for them on screen; the basket's UUID."""
    for code in codes:
        till.scan(code)
    qtbot.waitUntil(lambda: till.model.rowCount() == len(codes) and not till.busy, timeout=WAIT_MS)
    assert barcodes_on_screen(till) == codes
    assert till.basket is not None
    return till.basket.uuid


def barcodes_on_screen(till: CheckoutScreen) -> list[str]:
    return [till.model.line(row).barcode for row in range(till.model.rowCount())]


def wait_for_outage(qtbot, till: CheckoutScreen) -> None:
    qtbot.waitUntil(lambda: till.outage_banner.isVisible(), timeout=WAIT_MS)
    assert not till.watch.online
    assert not till.pay_button.isEnabled()
    assert "cannot be reached" in till.outage_banner.text()


def test_a_payment_whose_commit_landed_but_whose_answer_was_lost_is_recorded_once(
    qtbot, screen, store, proxy
):
    codes = [code for code, _ in in_stock_barcodes(store, 2)]
    basket_uuid = ring_up(qtbot, screen, codes)
    completed = []
    screen.sale_completed.connect(completed.append)

    fired = proxy.cut_after_client_sends(b"COMMIT")
    screen.complete([Tender("cash")])
    wait_for_outage(qtbot, screen)
    assert fired.is_set()
    # The basket stays on screen, though the server did record the sale.
    assert barcodes_on_screen(screen) == codes
    assert "Receipt" not in screen.last_item.text()
    assert len(sales_with_uuid(store, basket_uuid)) == 1

    proxy.restore()
    qtbot.waitUntil(
        lambda: not screen.outage_banner.isVisible() and "Receipt 1" in screen.last_item.text(),
        timeout=BACK_MS,
    )
    assert screen.watch.online and screen.basket is None and screen.model.rowCount() == 0
    assert [sale.uuid for sale in completed] == [basket_uuid]
    [sale] = sales_with_uuid(store, basket_uuid)
    assert (sale.id, sale.receipt_number) == (completed[0].sale_id, 1)
    assert sold_barcodes(store, sale.id) == sorted(codes)
    assert load_basket_copy(TILL) is None  # paid: the disk copy is gone
    assert verify_store(store) == []


def test_a_scan_made_while_a_payment_waits_for_the_store_starts_the_next_sale(
    qtbot, screen, store, proxy
):
    """The cable is out when F12 is pressed, and the cashier scans one more item.

    The payment was sent for the basket as it was (two items), so the till keeps the
    new scan in its queue (and on its disk) until that payment is recorded, and then
    rings it up as the first line of the next sale: nothing is lost and nothing is
    paid twice, but the item is not part of the sale the customer paid for."""
    (first, second, third) = [code for code, _ in in_stock_barcodes(store, 3)]
    basket_uuid = ring_up(qtbot, screen, [first, second])
    completed = []
    screen.sale_completed.connect(completed.append)

    proxy.cut()
    screen.complete([Tender("cash")])
    wait_for_outage(qtbot, screen)
    assert sales_with_uuid(store, basket_uuid) == []
    assert basket_with_uuid(store, basket_uuid).state is BasketState.OPEN

    screen.scan(third)
    copy = load_basket_copy(TILL)
    assert copy is not None and (copy.uuid, copy.pending) == (basket_uuid, (third,))
    assert barcodes_on_screen(screen) == [first, second]  # waiting, not applied, not lost
    assert screen.busy

    proxy.restore()
    qtbot.waitUntil(lambda: len(completed) == 1, timeout=BACK_MS)
    qtbot.waitUntil(
        lambda: barcodes_on_screen(screen) == [third] and not screen.busy, timeout=WAIT_MS
    )
    assert not screen.outage_banner.isVisible()
    [sale] = sales_with_uuid(store, basket_uuid)
    assert (sale.uuid, sale.receipt_number) == (completed[0].uuid, 1)
    assert sold_barcodes(store, sale.id) == sorted([first, second])
    next_uuid = screen.basket.uuid
    assert next_uuid != basket_uuid
    assert basket_with_uuid(store, next_uuid).state is BasketState.OPEN
    assert load_basket_copy(TILL) == BasketCopy(next_uuid, False, ())

    # The next sale is an ordinary one.
    screen.complete([Tender("cash")])
    qtbot.waitUntil(lambda: len(completed) == 2, timeout=WAIT_MS)
    assert "Receipt 2" in screen.last_item.text()
    [next_sale] = sales_with_uuid(store, next_uuid)
    assert sold_barcodes(store, next_sale.id) == [third]
    assert verify_store(store) == []


def test_a_unique_item_whose_scan_landed_but_whose_answer_was_lost_is_on_screen_once(
    qtbot, screen, store, proxy
):
    """The till sends the scan again once the store is back; the store refuses it as
    already in this basket, so the item is there once. (The cashier then sees that
    refusal, "already in this sale", in red with a beep, for a scan made once.)"""
    (first, second) = [code for code, _ in in_stock_barcodes(store, 2)]
    basket_uuid = ring_up(qtbot, screen, [first])

    fired = proxy.cut_after_client_sends(b"COMMIT")
    screen.scan(second)
    wait_for_outage(qtbot, screen)
    assert fired.is_set()
    assert basket_quantities(store, basket_uuid) == {first: 1, second: 1}  # it did land
    assert barcodes_on_screen(screen) == [first]
    assert load_basket_copy(TILL).pending == (second,)

    proxy.restore()
    qtbot.waitUntil(
        lambda: screen.watch.online and not screen.busy and screen.model.rowCount() == 2,
        timeout=BACK_MS,
    )
    assert barcodes_on_screen(screen) == [first, second]
    assert basket_quantities(store, basket_uuid) == {first: 1, second: 1}
    assert load_basket_copy(TILL).pending == ()
    screen.complete([Tender("cash")])
    qtbot.waitUntil(lambda: "Receipt 1" in screen.last_item.text(), timeout=WAIT_MS)
    [sale] = sales_with_uuid(store, basket_uuid)
    assert sold_barcodes(store, sale.id) == sorted([first, second])
    assert verify_store(store) == []


def test_a_stock_article_whose_scan_landed_but_whose_answer_was_lost_is_counted_once(
    qtbot, screen, store, proxy
):
    [first] = [code for code, _ in in_stock_barcodes(store, 1)]
    article = new_stock_article(store)
    basket_uuid = ring_up(qtbot, screen, [first])

    fired = proxy.cut_after_client_sends(b"COMMIT")
    screen.scan(article)
    wait_for_outage(qtbot, screen)
    assert fired.is_set()
    assert basket_quantities(store, basket_uuid) == {first: 1, article: 1}  # it did land

    proxy.restore()
    qtbot.waitUntil(
        lambda: screen.watch.online and not screen.busy and screen.model.rowCount() == 2,
        timeout=BACK_MS,
    )
    assert [(line.barcode, line.quantity) for line in screen.basket.lines] == [
        (first, 1),
        (article, 1),
    ]
    assert basket_quantities(store, basket_uuid) == {first: 1, article: 1}


def scan_during_outage(qtbot, till: CheckoutScreen, proxy: TcpProxy, codes: list[str]) -> None:
    """Cable out, then a burst of scans: the first is sent and fails, the rest queue."""
    proxy.cut()
    for code in codes:
        till.scan(code)
    wait_for_outage(qtbot, till)
    qtbot.waitUntil(lambda: not till.tasks.busy, timeout=WAIT_MS)
    assert till.basket is None and till.model.rowCount() == 0


def test_scans_made_while_the_store_is_gone_wait_and_are_applied_in_order_once_it_is_back(
    qtbot, screen, store, proxy
):
    codes = [code for code, _ in in_stock_barcodes(store, 3)]
    scan_during_outage(qtbot, screen, proxy, codes)
    copy = load_basket_copy(TILL)
    assert copy is not None and copy.uuid and sorted(copy.pending) == sorted(codes)
    assert basket_with_uuid(store, copy.uuid) is None

    proxy.restore()
    qtbot.waitUntil(
        lambda: screen.model.rowCount() == 3 and not screen.busy and screen.watch.online,
        timeout=BACK_MS,
    )
    assert not screen.outage_banner.isVisible()
    assert barcodes_on_screen(screen) == codes
    assert screen.basket.uuid == copy.uuid
    assert load_basket_copy(TILL) == BasketCopy(copy.uuid, False, ())


def test_the_disk_copy_lists_scans_made_while_the_store_is_gone_in_the_order_made(
    qtbot, screen, store, proxy
):
    codes = [code for code, _ in in_stock_barcodes(store, 3)]
    scan_during_outage(qtbot, screen, proxy, codes)
    assert load_basket_copy(TILL).pending == tuple(codes)
