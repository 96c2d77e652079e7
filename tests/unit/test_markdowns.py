from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from omigjen_pos.domain.markdowns import (
    TAG_COLOURS,
    MarkdownBasis,
    MarkdownRule,
    apply_markdown,
    current_price,
    intake_week_text,
    tag_colour_for,
)

TODAY = date(2026, 11, 27)
AFTER_30 = MarkdownRule(MarkdownBasis.INTAKE_AGE, 2500, min_days=30)
AFTER_60 = MarkdownRule(MarkdownBasis.INTAKE_AGE, 5000, min_days=60)
YELLOW = MarkdownRule(MarkdownBasis.TAG_COLOUR, 4000, tag_colour="yellow")


def test_no_rule_no_markdown():
    price = current_price(14950, TODAY - timedelta(days=200), "blue", [], TODAY)
    assert (price.price_ore, price.markdown_bp, price.is_marked_down) == (14950, 0, False)


def test_the_largest_applicable_rule_wins_and_rules_do_not_stack():
    rules = [AFTER_30, AFTER_60, YELLOW]
    assert current_price(20000, TODAY - timedelta(days=29), "blue", rules, TODAY).price_ore == 20000
    assert current_price(20000, TODAY - timedelta(days=30), "blue", rules, TODAY).price_ore == 15000
    assert (
        current_price(20000, TODAY - timedelta(days=45), "yellow", rules, TODAY).price_ore == 12000
    )
    assert (
        current_price(20000, TODAY - timedelta(days=61), "yellow", rules, TODAY).price_ore == 10000
    )


def test_marked_down_prices_are_rounded_down_to_whole_kroner():
    assert apply_markdown(14950, 2500) == 11200  # 112,125 kr -> 112 kr


@given(st.integers(0, 10**9), st.integers(0, 10_000))
def test_a_markdown_never_raises_the_price_and_never_leaves_ore(price, markdown_bp):
    reduced = apply_markdown(price, markdown_bp)
    assert 0 <= reduced <= price
    if markdown_bp:
        assert reduced % 100 == 0


@pytest.mark.parametrize(
    "bad",
    [
        dict(basis=MarkdownBasis.INTAKE_AGE, percent_bp=0, min_days=30),
        dict(basis=MarkdownBasis.INTAKE_AGE, percent_bp=2500),
        dict(basis=MarkdownBasis.TAG_COLOUR, percent_bp=2500, tag_colour="pink"),
        dict(basis=MarkdownBasis.TAG_COLOUR, percent_bp=10_001, tag_colour="red"),
    ],
)
def test_nonsense_rules_are_refused(bad):
    with pytest.raises(ValueError):
        MarkdownRule(**bad)


def test_tag_colours_rotate_by_intake_week():
    monday = date(2026, 11, 23)
    colours = [tag_colour_for(monday + timedelta(weeks=n)) for n in range(len(TAG_COLOURS))]
    assert sorted(colours) == sorted(TAG_COLOURS)
    assert tag_colour_for(monday) == tag_colour_for(monday + timedelta(days=6))
    assert intake_week_text(monday) == "48/26"
