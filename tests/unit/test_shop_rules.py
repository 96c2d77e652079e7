"""What a shop's settings may be (domain/shop_settings.py), without a database."""

import pytest

from omigjen_pos.domain.errors import InvalidInput
from omigjen_pos.domain.markdowns import MarkdownBasis, MarkdownRule
from omigjen_pos.domain.shop_settings import (
    FOOTER_LINE_WIDTH,
    MARKDOWN_COLOUR,
    MARKDOWN_DAYS,
    MARKDOWN_PERCENT,
    check_markdown_rules,
    check_price_cut_limit,
    check_receipt_footer,
    footer_lines,
    markdown_rule,
)

AGE, TAG = MarkdownBasis.INTAKE_AGE, MarkdownBasis.TAG_COLOUR


def test_the_footer_is_stored_as_it_prints():
    assert check_receipt_footer("\r\n  Takk!  \r\n\r\n Åpent 10–18 \n") == "Takk!\nÅpent 10–18"
    assert check_receipt_footer("") == ""
    assert footer_lines(" a \n\n b") == ["a", "b"]


def test_a_footer_line_as_wide_as_the_paper_fits_and_one_more_does_not():
    assert check_receipt_footer("x" * FOOTER_LINE_WIDTH) == "x" * FOOTER_LINE_WIDTH
    with pytest.raises(InvalidInput):
        check_receipt_footer("x" * (FOOTER_LINE_WIDTH + 1))


@pytest.mark.parametrize("limit", [0, 2000, 10000])
def test_limits_from_nothing_to_everything(limit: int):
    assert check_price_cut_limit(limit) == limit


@pytest.mark.parametrize("limit", [-1, 10001, True, 20.0])
def test_other_limits_are_refused(limit):
    with pytest.raises(InvalidInput) as refused:
        check_price_cut_limit(limit)
    assert refused.value.field == "cashier_price_cut_limit"


def test_markdown_rules_as_a_manager_types_them():
    assert markdown_rule(AGE, 2500, days=30) == MarkdownRule(AGE, 2500, min_days=30)
    assert markdown_rule(TAG, 10000, colour="red") == MarkdownRule(TAG, 10000, tag_colour="red")
    for args, reason in (
        ((AGE, 0, 30, None), MARKDOWN_PERCENT),
        ((AGE, 10001, 30, None), MARKDOWN_PERCENT),
        ((AGE, 2500, -1, None), MARKDOWN_DAYS),
        ((AGE, 2500, 3651, None), MARKDOWN_DAYS),
        ((TAG, 2500, None, "white"), MARKDOWN_COLOUR),
    ):
        with pytest.raises(InvalidInput) as refused:
            markdown_rule(*args)
        assert refused.value.reason == reason


def test_rules_come_back_in_order_age_first():
    yellow, blue = (
        MarkdownRule(TAG, 4000, tag_colour="yellow"),
        MarkdownRule(TAG, 1000, tag_colour="blue"),
    )
    day60, day30 = MarkdownRule(AGE, 5000, min_days=60), MarkdownRule(AGE, 2500, min_days=30)

    assert check_markdown_rules([yellow, day60, blue, day30]) == (day30, day60, blue, yellow)
    with pytest.raises(InvalidInput):
        check_markdown_rules([yellow, MarkdownRule(TAG, 1000, tag_colour="yellow")])
