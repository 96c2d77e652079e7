"""The till's own copy of its basket, for a crash in the middle of an outage."""

from omigjen_pos.services.checkout.basket_copy import (
    BasketCopy,
    forget_basket_copy,
    load_basket_copy,
    save_basket_copy,
)


def test_a_saved_copy_reads_back_and_is_forgotten(tmp_path):
    copy = BasketCopy("6f1c0c1e-0000-4000-8000-000000000001", False, ("2010000000017",))
    save_basket_copy("BRUKT-1", copy, tmp_path)
    assert load_basket_copy("BRUKT-1", tmp_path) == copy
    assert load_basket_copy("BRUKT-2", tmp_path) is None
    forget_basket_copy("BRUKT-1", tmp_path)
    assert load_basket_copy("BRUKT-1", tmp_path) is None
    forget_basket_copy("BRUKT-1", tmp_path)  # twice is fine


def test_a_damaged_copy_is_ignored_not_a_crash(tmp_path):
    for damage in ("{not json", "[]", '{"pending": []}', ""):
        (tmp_path / "BRUKT-1.json").write_text(damage, encoding="utf-8")
        assert load_basket_copy("BRUKT-1", tmp_path) is None


def test_an_odd_till_code_cannot_leave_the_folder(tmp_path):
    save_basket_copy("../../etc/x", BasketCopy("u"), tmp_path / "baskets")
    assert [p.name for p in (tmp_path / "baskets").iterdir()] == ["______etc_x.json"]
