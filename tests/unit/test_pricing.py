"""Pricing rules (N23-N26): worked examples by hand, then properties."""

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from omigjen_pos.domain.pricing import (
    Discount,
    LineInput,
    VatSummary,
    allocate,
    cash_rounding_ore,
    price_basket,
    price_line,
    vat_included,
)


def line(price, rate=2500, quantity=1, **kwargs):
    return LineInput(unit_price_ore=price, quantity=quantity, vat_rate_bp=rate, **kwargs)


# --- worked examples, figured by hand -------------------------------------------------


def test_a_25_percent_line_contains_one_fifth_vat():
    priced = price_line(line(14950))  # 149,50 kr: VAT 149,50 × 25/125 = 29,90
    assert (priced.total_ore, priced.vat_base_ore, priced.vat_ore, priced.net_ore) == (
        14950,
        14950,
        2990,
        11960,
    )


def test_a_15_percent_line_rounds_vat_to_the_nearest_ore():
    priced = price_line(line(4990, rate=1500))  # 49,90 × 15/115 = 6,5087 -> 6,51
    assert (priced.vat_ore, priced.net_ore) == (651, 4339)


def test_a_12_percent_line():
    priced = price_line(line(11200, rate=1200))  # 112,00 × 12/112 = 12,00
    assert priced.vat_ore == 1200


def test_a_zero_rate_book_has_no_vat_but_keeps_its_base():
    priced = price_line(line(19900, rate=0))
    assert (priced.total_ore, priced.vat_base_ore, priced.vat_ore) == (19900, 19900, 0)


def test_a_margin_scheme_line_takes_vat_out_of_the_margin_only():
    # bought for 100 kr from a private person, sold for 349 kr: margin 249, VAT 249 × 25/125
    priced = price_line(line(34900, margin_scheme=True, purchase_price_ore=10000))
    assert (priced.total_ore, priced.vat_base_ore, priced.vat_ore) == (34900, 24900, 4980)
    assert priced.margin_scheme


def test_a_margin_scheme_line_counts_the_purchase_price_per_unit():
    priced = price_line(line(34900, quantity=3, margin_scheme=True, purchase_price_ore=10000))
    assert (priced.vat_base_ore, priced.vat_ore) == (74700, 14940)


def test_a_margin_line_sold_below_purchase_price_has_no_vat():
    priced = price_line(line(8000, margin_scheme=True, purchase_price_ore=10000))
    assert (priced.total_ore, priced.vat_base_ore, priced.vat_ore) == (8000, 0, 0)


def test_a_shop_without_vat_registration_charges_no_vat():
    basket = price_basket([line(14950), line(4990, rate=1500)], vat_registered=False)
    assert [(pl.total_ore, pl.vat_base_ore, pl.vat_ore) for pl in basket.lines] == [
        (14950, 0, 0),
        (4990, 0, 0),
    ]
    assert basket.vat_summaries == (VatSummary(0, 19940, 0, 0),)


def test_the_margin_scheme_does_not_apply_in_a_shop_without_vat():
    priced = price_line(
        line(34900, margin_scheme=True, purchase_price_ore=10000), vat_registered=False
    )
    assert (priced.vat_base_ore, priced.vat_ore, priced.margin_scheme) == (0, 0, False)


def test_a_10_percent_line_discount_comes_off_the_gross():
    priced = price_line(line(14950, quantity=2, discount=Discount(percent_bp=1000)))
    # gross 299,00, 10 % = 29,90, total 269,10, VAT 269,10 / 5 = 53,82
    assert (priced.gross_ore, priced.line_discount_ore, priced.total_ore) == (29900, 2990, 26910)
    assert priced.vat_ore == 5382


def test_a_percent_line_discount_rounds_half_away_from_zero():
    priced = price_line(line(4925, discount=Discount(percent_bp=1000)))  # 4,925 -> 4,93
    assert priced.line_discount_ore == 493


def test_an_amount_line_discount_is_capped_at_the_gross():
    priced = price_line(line(5000, discount=Discount(amount_ore=8000)))
    assert (priced.line_discount_ore, priced.total_ore, priced.vat_ore) == (5000, 0, 0)


def test_a_basket_discount_of_100_kr_is_shared_by_largest_remainder():
    basket = price_basket(
        [line(10000), line(20000), line(30000)], basket_discount=Discount(amount_ore=10000)
    )
    # exact shares 16,666… / 33,333… / 50,00: floors 16,66 / 33,33 / 50,00 leave 1 øre,
    # which goes to the largest remainder (2/3 øre, the first line)
    assert [pl.basket_discount_ore for pl in basket.lines] == [1667, 3333, 5000]
    assert [pl.total_ore for pl in basket.lines] == [8333, 16667, 25000]
    assert (basket.total_ore, basket.discount_ore) == (50000, 10000)


def test_equal_remainders_give_the_left_over_ore_to_the_earlier_line():
    assert allocate(1, [10000, 10000]) == (1, 0)
    assert allocate(2, [100, 100, 100]) == (1, 1, 0)


def test_the_basket_discount_comes_after_line_discounts():
    lines = [line(10000, discount=Discount(percent_bp=5000)), line(10000)]
    basket = price_basket(lines, basket_discount=Discount(percent_bp=1000))
    # after line discounts 50 + 100 = 150 kr; 10 % = 15 kr shared 5 / 10
    assert [pl.basket_discount_ore for pl in basket.lines] == [500, 1000]
    assert basket.discount_ore == 5000 + 1500
    assert basket.total_ore == 13500


def test_a_basket_amount_discount_is_capped_at_the_basket_total():
    basket = price_basket([line(3000), line(7000)], basket_discount=Discount(amount_ore=50000))
    assert [pl.total_ore for pl in basket.lines] == [0, 0]
    assert (basket.total_ore, basket.discount_ore, basket.vat_ore) == (0, 10000, 0)


def test_an_empty_basket_is_all_zero():
    basket = price_basket([], basket_discount=Discount(amount_ore=1000))
    assert (basket.lines, basket.total_ore, basket.vat_ore, basket.discount_ore) == ((), 0, 0, 0)
    assert basket.vat_summaries == ()


def test_summaries_are_per_rate_and_scheme_sorted_by_rate_descending():
    basket = price_basket(
        [
            line(19900, rate=0),
            line(34900, margin_scheme=True, purchase_price_ore=10000),
            line(4990, rate=1500),
            line(14950),
            line(10000),
        ]
    )
    assert basket.vat_summaries == (
        VatSummary(2500, 24950, 24950, 4990),
        VatSummary(2500, 34900, 24900, 4980, margin_scheme=True),
        VatSummary(1500, 4990, 4990, 651),
        VatSummary(0, 19900, 19900, 0),
    )
    assert basket.vat_ore == 4990 + 4980 + 651


def test_vat_included_is_symmetric_for_refunds():
    assert vat_included(14950, 2500) == 2990
    assert vat_included(-4990, 1500) == -651


@pytest.mark.parametrize(
    ("amount", "rounding"),
    [(14925, -25), (14950, 50), (14949, -49), (14951, 49), (-14950, -50), (-14925, 25), (0, 0)],
)
def test_cash_rounding_goes_to_the_nearest_krone_half_away_from_zero(amount, rounding):
    assert cash_rounding_ore(amount) == rounding


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: line(-1), "negative"),
        (lambda: line(100, quantity=0), "quantity"),
        (lambda: line(100, rate=2000), "unknown VAT rate"),
        (lambda: line(100, margin_scheme=True), "purchase price"),
        (lambda: line(100, margin_scheme=True, purchase_price_ore=-1), "negative"),
        (lambda: line(100.0), "whole number"),
        (lambda: Discount(percent_bp=1000, amount_ore=100), "not both"),
        (lambda: Discount(percent_bp=10001), "between 0 and 100"),
        (lambda: Discount(percent_bp=-1), "between 0 and 100"),
        (lambda: Discount(amount_ore=-1), "negative"),
        (lambda: vat_included(100, 2400), "unknown VAT rate"),
    ],
)
def test_bad_input_is_refused_with_a_clear_message(make, message):
    with pytest.raises(ValueError, match=message):
        make()


# --- properties ------------------------------------------------------------------------

rates = st.sampled_from([2500, 1500, 1200, 0])
discounts = st.one_of(
    st.none(),
    st.builds(Discount, percent_bp=st.integers(0, 10_000)),
    st.builds(Discount, amount_ore=st.integers(0, 10**6)),
)


@st.composite
def line_inputs(draw):
    margin = draw(st.booleans())
    return LineInput(
        unit_price_ore=draw(st.integers(0, 10**6)),
        quantity=draw(st.integers(1, 20)),
        vat_rate_bp=draw(rates),
        margin_scheme=margin,
        purchase_price_ore=draw(st.integers(0, 10**6)) if margin else None,
        discount=draw(discounts),
    )


baskets = st.lists(line_inputs(), max_size=12)


@given(baskets, discounts, st.booleans())
def test_basket_total_is_the_sum_of_line_totals_and_of_summary_totals(lines, discount, vat):
    basket = price_basket(lines, discount, vat)
    assert basket.total_ore == sum(pl.total_ore for pl in basket.lines)
    assert basket.total_ore == sum(s.total_ore for s in basket.vat_summaries)


@given(baskets, discounts, st.booleans())
def test_basket_vat_is_the_sum_of_line_vat_and_of_summary_vat(lines, discount, vat):
    basket = price_basket(lines, discount, vat)
    assert basket.vat_ore == sum(pl.vat_ore for pl in basket.lines)
    assert basket.vat_ore == sum(s.vat_ore for s in basket.vat_summaries)


@given(baskets, discounts, st.booleans())
def test_every_line_has_vat_between_zero_and_its_total(lines, discount, vat):
    for pl in price_basket(lines, discount, vat).lines:
        assert 0 <= pl.vat_ore <= pl.total_ore
        assert 0 <= pl.vat_base_ore <= pl.total_ore


@given(baskets, discounts)
def test_no_line_total_exceeds_its_gross_or_drops_below_zero(lines, discount):
    for pl in price_basket(lines, discount).lines:
        assert 0 <= pl.total_ore <= pl.gross_ore


@given(baskets, discounts)
def test_discounts_add_up_exactly(lines, discount):
    basket = price_basket(lines, discount)
    assert basket.discount_ore == sum(
        pl.line_discount_ore + pl.basket_discount_ore for pl in basket.lines
    )
    assert basket.total_ore == basket.gross_ore - basket.discount_ore


@given(baskets, discounts)
def test_basket_discount_shares_add_up_to_the_capped_discount(lines, discount):
    basket = price_basket(lines, discount)
    after_line = sum(pl.gross_ore - pl.line_discount_ore for pl in basket.lines)
    expected = discount.off(after_line) if discount else 0
    assert expected <= after_line
    assert sum(pl.basket_discount_ore for pl in basket.lines) == expected


@given(st.integers(0, 10**7), st.lists(st.integers(0, 10**6), min_size=1, max_size=12))
def test_allocated_shares_stay_within_one_ore_of_the_exact_share(amount, weights):
    shares = allocate(amount, weights)
    if sum(weights):
        assert sum(shares) == amount
        for share, weight in zip(shares, weights, strict=True):
            assert abs(share - Fraction(amount * weight, sum(weights))) < 1


@given(st.integers(-(10**9), 10**9))
def test_cash_rounding_gives_whole_kroner_and_moves_at_most_50_ore(amount):
    rounding = cash_rounding_ore(amount)
    assert (amount + rounding) % 100 == 0
    assert abs(rounding) <= 50


@given(st.integers(-(10**9), 10**9))
def test_cash_rounding_is_symmetric_for_refunds(amount):
    assert cash_rounding_ore(-amount) == -cash_rounding_ore(amount)


@given(st.integers(0, 10**7), st.integers(1, 20), discounts)
def test_vat_of_a_25_percent_line_is_a_fifth_of_its_total(price, quantity, discount):
    priced = price_line(line(price, quantity=quantity, discount=discount))
    assert abs(priced.vat_ore - Fraction(priced.total_ore, 5)) <= Fraction(1, 2)
