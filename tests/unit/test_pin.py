import pytest

from omigjen_pos.domain.errors import InvalidInput
from omigjen_pos.domain.pin import hash_pin, validate_pin, verify_pin


def test_the_right_pin_verifies_and_a_wrong_one_does_not():
    stored = hash_pin("2580")
    assert verify_pin("2580", stored)
    assert not verify_pin("2581", stored)


def test_the_same_pin_hashes_differently_each_time_and_never_in_clear():
    first, second = hash_pin("1111"), hash_pin("1111")
    assert first != second
    assert "1111" not in first and first.startswith("scrypt$")


@pytest.mark.parametrize("pin", ["123", "123456789", "12a4", "", " 1234"])
def test_pins_are_four_to_eight_digits(pin):
    with pytest.raises(InvalidInput):
        validate_pin(pin)


def test_a_damaged_hash_never_verifies():
    assert not verify_pin("1111", "not-a-hash")
    assert not verify_pin("1111", "md5$1$2$3$abc$def")
