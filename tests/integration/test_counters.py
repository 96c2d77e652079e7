"""Numbers drawn for receipts and barcodes: in order, no gaps, no clashes."""

import threading

import pytest

from omigjen_pos.services.counters import draw_numbers


def test_numbers_come_in_order_from_one(store):
    with store.writing() as session:
        assert list(draw_numbers(session, "till:1:receipt")) == [1]
        assert list(draw_numbers(session, "till:1:receipt", 3)) == [2, 3, 4]
        assert list(draw_numbers(session, "till:2:receipt")) == [1]


def test_a_rolled_back_transaction_gives_its_number_back(store):
    with store.writing() as session:
        draw_numbers(session, "till:1:receipt")
    with pytest.raises(RuntimeError), store.writing() as session:
        assert list(draw_numbers(session, "till:1:receipt")) == [2]
        raise RuntimeError("sale failed half-way")
    with store.writing() as session:
        assert list(draw_numbers(session, "till:1:receipt")) == [2]


def test_tills_drawing_at_the_same_time_never_share_a_number(store):
    drawn: list[int] = []
    lock = threading.Lock()
    errors: list[Exception] = []

    def till() -> None:
        try:
            for _ in range(25):
                with store.writing() as session:
                    number = draw_numbers(session, "shop:1:barcode")[0]
                with lock:
                    drawn.append(number)
        except Exception as exc:  # reported below, not swallowed
            errors.append(exc)

    threads = [threading.Thread(target=till) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with store.reading() as session:
        from omigjen_pos.store.models import SequenceCounter

        already = session.get(SequenceCounter, "shop:1:barcode").value - len(drawn)
    assert sorted(drawn) == list(range(already + 1, already + 101))
