import barcode
import pytest
from hypothesis import given
from hypothesis import strategies as st

from omigjen_pos.domain.barcodes import in_store_ean13, is_valid_ean, validate_ean
from omigjen_pos.domain.errors import InvalidInput


@given(st.integers(1, 99), st.integers(1, 999_999_999))
def test_in_store_numbers_carry_the_check_digit_python_barcode_computes(shop, serial):
    code = in_store_ean13(shop, serial)
    assert len(code) == 13 and code.startswith("2")
    assert barcode.get("ean13", code[:12]).get_fullcode() == code


def test_shop_and_serial_are_readable_from_the_number():
    assert in_store_ean13(7, 42)[:12] == "207000000042"


@pytest.mark.parametrize(("shop", "serial"), [(0, 1), (100, 1), (1, 0), (1, 10**9)])
def test_out_of_range_shop_or_serial_is_refused(shop, serial):
    with pytest.raises(ValueError):
        in_store_ean13(shop, serial)


@pytest.mark.parametrize("code", ["7038010009457", "5901234123457", "96385074", "036000291452"])
def test_manufacturer_numbers_with_right_check_digit_are_accepted(code):
    assert is_valid_ean(code)


@pytest.mark.parametrize(
    "code", ["7038010009458", "590123412345", "abcdefgh", "123", "703801000945³"]
)
def test_numbers_with_wrong_check_digit_are_refused(code):
    with pytest.raises(InvalidInput):
        validate_ean(code)
