"""The cashier's price-cut limit and the receipt code printed for returns."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from omigjen_pos.domain.errors import InvalidInput
from omigjen_pos.domain.price_cuts import cut_bp, parse_discount, within_limit
from omigjen_pos.domain.pricing import Discount
from omigjen_pos.domain.receipt_codes import (
    ReceiptReference,
    parse_receipt_reference,
    receipt_code,
)

amounts = st.integers(min_value=1, max_value=10**9)
limits = st.integers(min_value=0, max_value=10_000)


@pytest.mark.parametrize(
    ("asked", "charged", "limit", "allowed"),
    [
        (10000, 8000, 2000, True),  # exactly 20 %
        (10000, 7999, 2000, False),  # one øre more
        (10000, 12000, 0, True),  # charging more is never a cut
        (10000, 0, 10000, True),
        (10000, 0, 9999, False),
    ],
)
def test_the_limit_is_exact(asked, charged, limit, allowed):
    assert within_limit(asked, charged, limit) is allowed


@given(amounts, st.integers(min_value=0, max_value=10**9), limits)
def test_within_the_limit_exactly_when_the_rounded_up_cut_is_not_above_it(asked, charged, limit):
    # cut_bp rounds up, so it may equal the limit for a cut a hair above it; it is
    # never below the true cut, and never above the limit for an allowed cut.
    if within_limit(asked, charged, limit):
        assert cut_bp(asked, charged) <= limit
    else:
        assert cut_bp(asked, charged) >= limit and charged < asked


@given(st.integers(min_value=1, max_value=9999), st.integers(min_value=1, max_value=10**8 - 1))
def test_a_receipt_code_reads_back_as_its_till_and_number(till_id, number):
    code = receipt_code(till_id, number)
    assert len(code) == 14 and code.isdigit()
    assert parse_receipt_reference(code) == ReceiptReference(number, till_id=till_id)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("123", ReceiptReference(123)),
        (" brukt-1 42 ", ReceiptReference(42, till_code="BRUKT-1")),
        ("BRUKT-1/42", ReceiptReference(42, till_code="BRUKT-1")),
    ],
)
def test_typed_receipt_numbers(typed, expected):
    assert parse_receipt_reference(typed) == expected


@pytest.mark.parametrize("typed", ["", "0", "abc", "1 2 3", "12345678901", "'; DROP TABLE sale"])
def test_unreadable_receipt_references_are_refused(typed):
    with pytest.raises(InvalidInput):
        parse_receipt_reference(typed)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("10 %", Discount(percent_bp=1000)),
        ("12,5%", Discount(percent_bp=1250)),
        ("100 %", Discount(percent_bp=10000)),
        ("50", Discount(amount_ore=5000)),
        ("49,50", Discount(amount_ore=4950)),
    ],
)
def test_discounts_as_typed(typed, expected):
    assert parse_discount(typed) == expected


@pytest.mark.parametrize("typed", ["", "%", "0 %", "101 %", "12,345 %", "nan %", "-5", "0", "x"])
def test_unreadable_discounts_are_refused(typed):
    with pytest.raises(InvalidInput):
        parse_discount(typed)
