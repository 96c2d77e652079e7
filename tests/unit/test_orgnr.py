import pytest

from omigjen_pos.domain.orgnr import format_orgnr, is_valid_orgnr
from omigjen_pos.services.demo import DEMO_SHOPS


@pytest.mark.parametrize("number", ["974760673", "923609016", "921467710"])
def test_real_format_org_numbers_pass_mod11(number):
    # 974760673 is Brønnøysundregistrene's own, 923609016 Equinor's.
    assert is_valid_orgnr(number)


@pytest.mark.parametrize("number", ["974760674", "12345678", "97476067a", "9747606733", ""])
def test_wrong_check_digit_or_length_is_refused(number):
    assert not is_valid_orgnr(number)


def test_demo_shops_have_valid_org_numbers():
    assert all(is_valid_orgnr(shop.org_number) for shop in DEMO_SHOPS)


def test_org_number_is_printed_in_groups_of_three():
    assert format_orgnr("974760673") == "974 760 673"
