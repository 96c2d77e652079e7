import pytest
from hypothesis import given
from hypothesis import strategies as st

from omigjen_pos.domain.errors import InvalidInput
from omigjen_pos.domain.money import format_amount, format_kr, parse_kroner

NBSP = "\u00a0"


def test_amounts_are_shown_the_norwegian_way():
    assert format_kr(123450) == f"kr{NBSP}1{NBSP}234,50"
    assert format_kr(5) == f"kr{NBSP}0,05"
    assert format_kr(-14950) == f"kr{NBSP}-149,50"


@pytest.mark.parametrize(
    ("typed", "ore"),
    [
        ("149,50", 14950),
        ("149.5", 14950),
        ("1 250", 125000),
        ("1\u00a0250,00", 125000),
        ("kr 99", 9900),
        ("99,-", 9900),
        ("0", 0),
        ("-20", -2000),
    ],
)
def test_typed_kroner_become_ore(typed, ore):
    assert parse_kroner(typed) == ore


@pytest.mark.parametrize("typed", ["", "abc", "1,234,5", "12,345", "1.250,00", "--1", "1e3"])
def test_unreadable_amounts_are_refused_with_the_field_named(typed):
    with pytest.raises(InvalidInput) as caught:
        parse_kroner(typed, field="price")
    assert caught.value.field == "price"


@given(st.integers(min_value=-(10**12), max_value=10**12))
def test_formatting_then_parsing_gives_back_the_same_ore(ore):
    assert parse_kroner(format_amount(ore)) == ore
