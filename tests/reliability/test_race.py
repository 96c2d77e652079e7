"""Race test (issue 8, item 2): eight till processes selling, parking and returning
from one small pool of unique items on PostgreSQL. Each item is sold at most once
at any time, every till's receipt numbers are gapless, and no child meets a
deadlock it does not get over.

CI runs 2 rounds of 8 children with 12 sales each; ``OMIGJEN_RACE_ROUNDS=50``
is the long mode, ``OMIGJEN_RACE_SALES`` the sales per child and round,
``OMIGJEN_RACE_SEED`` replays the children's choices. See docs/reliability.md.

The deadlock tests below make PostgreSQL pick a real deadlock victim and show
that ``Store.write_retrying`` runs its transaction again, and that a sale and a
return count stock articles in item order, whatever order they were scanned in.
"""

from __future__ import annotations

import logging
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import event, select
from sqlalchemy.exc import DBAPIError, IntegrityError

from omigjen_pos.domain.settlement import Tender
from omigjen_pos.services.checkout.basket import open_basket, scan_item
from omigjen_pos.services.checkout.returns import find_sales_for_return, record_return
from omigjen_pos.services.checkout.sale import complete_sale
from omigjen_pos.services.counters import draw_numbers
from omigjen_pos.store.models import Item, PaymentMethod, SequenceCounter
from tests.support import race_harness as harness
from tests.support.till_stores import new_stock_article


@pytest.mark.postgres
def test_eight_tills_race_for_one_small_pool(postgres, tmp_path) -> None:
    url = postgres.url_for(postgres.create("race"))
    stock_barcodes = harness.prepare_store(url)
    seed = harness.default_seed()
    report = harness.run_race(
        url, harness.default_rounds(), harness.default_sales(), seed, tmp_path
    )
    problems, figures = harness.check_race(url, report, stock_barcodes)
    print(f"\n{report.summary()}; " + ", ".join(f"{v} {k}" for k, v in figures.items()))
    assert problems == [], f"race seed {seed}:\n  " + "\n  ".join(problems)
    # The race must have happened: sales, parks and returns, tills refused items
    # another till had just taken, returned items sold again.
    assert report.total("sales") > 0
    assert report.total("parks") > 0
    assert report.total("returns") > 0
    assert report.total("refused_scans") > 0
    assert figures["resales"] > 0


@pytest.fixture
def pg_store(postgres):
    from omigjen_pos.services.store_setup import open_and_upgrade

    store, _ = open_and_upgrade(postgres.url_for(postgres.create("deadlock")))
    with store.writing() as session:
        for name in ("race:a", "race:b"):
            draw_numbers(session, name)
    yield store
    store.close()


def _crossed_writers(store, attempts: int) -> list[int | BaseException]:
    """Two threads draw counters a then b, and b then a; on their first attempt
    both hold their first row before asking for the second, which is a deadlock
    PostgreSQL ends by rolling one of them back. Each thread's result: the
    number of attempts its transaction took, or the error it raised."""
    both_hold_one = threading.Barrier(2)

    def writer(first: str, second: str) -> int | BaseException:
        tries = 0

        def cross(session) -> int:
            nonlocal tries
            tries += 1
            draw_numbers(session, first)
            if tries == 1:
                both_hold_one.wait(timeout=20)
            draw_numbers(session, second)
            return tries

        try:
            return store.write_retrying(cross, attempts=attempts)
        except DBAPIError as exc:
            return exc

    with ThreadPoolExecutor(2) as pool:
        futures = [pool.submit(writer, "race:a", "race:b"), pool.submit(writer, "race:b", "race:a")]
        return [future.result(timeout=60) for future in futures]


def _counters(store) -> dict[str, int]:
    with store.reading() as session:
        return dict(
            session.execute(
                select(SequenceCounter.name, SequenceCounter.value).where(
                    SequenceCounter.name.like("race:%")
                )
            ).all()
        )


@pytest.mark.postgres
def test_a_real_deadlock_is_retried_and_both_transactions_land(pg_store, caplog) -> None:
    with caplog.at_level(logging.WARNING, logger="omigjen_pos.store.database"):
        results = _crossed_writers(pg_store, attempts=4)
    # One went through at once, the deadlock victim on its second attempt.
    assert sorted(results) == [1, 2], results
    # Each counter was drawn once by each transaction: the victim's first attempt
    # left nothing behind, the retry nothing twice.
    assert _counters(pg_store) == {"race:a": 3, "race:b": 3}
    (warning,) = [r.getMessage() for r in caplog.records if harness.RETRY_LOGGED in r.getMessage()]
    assert "deadlock (SQLSTATE 40P01)" in warning and "attempt 1 of 4" in warning


@pytest.mark.postgres
def test_without_a_retry_the_same_writers_deadlock(pg_store) -> None:
    """The control: the crossing above is a real deadlock, not a slow lock."""
    results = _crossed_writers(pg_store, attempts=1)
    errors = [r for r in results if isinstance(r, BaseException)]
    assert len(errors) == 1 and 1 in results, results
    assert getattr(errors[0].orig, "sqlstate", None) == "40P01"
    assert _counters(pg_store) == {"race:a": 2, "race:b": 2}


@pytest.mark.postgres
def test_other_errors_are_not_retried(pg_store) -> None:
    tries = 0

    def duplicate(session) -> None:
        nonlocal tries
        tries += 1
        session.add(SequenceCounter(name="race:a", value=0))
        session.flush()

    with pytest.raises(IntegrityError):
        pg_store.write_retrying(duplicate)
    assert tries == 1


def test_stock_articles_are_counted_in_item_order(store, cashier) -> None:
    """Stock articles are not held by a basket, so two tills may sell the same
    ones at once; a sale and a return update them in item order, whatever the
    scan order, so two such transactions never wait on each other in a circle."""
    first, second = (new_stock_article(store, 50) for _ in range(2))
    with store.reading() as session:
        ids = dict(session.execute(select(Item.barcode, Item.id)).all())
    updated: list[int] = []

    def watch(_conn, clause, _multiparams, _params, _options) -> None:
        compiled = clause.compile() if hasattr(clause, "compile") else None
        if compiled is not None and str(compiled).startswith("UPDATE item SET quantity"):
            updated.append(compiled.params["id_1"])

    event.listen(store.engine, "before_execute", watch)
    try:
        basket = open_basket(store, cashier)
        for barcode in (second, first, second):
            basket = scan_item(store, cashier, basket.id, barcode)
        sale = complete_sale(store, cashier, basket.id, [Tender("card", basket.total_ore)])
        assert updated == sorted([ids[first], ids[second]])
        updated.clear()
        (returnable,) = find_sales_for_return(store, cashier, f"{sale.receipt_number}")
        record_return(
            store,
            cashier,
            "return-in-item-order",
            returnable.id,
            [line.id for line in reversed(returnable.lines)],
            PaymentMethod.CARD,
        )
        assert updated == sorted([ids[first], ids[second]])
    finally:
        event.remove(store.engine, "before_execute", watch)
