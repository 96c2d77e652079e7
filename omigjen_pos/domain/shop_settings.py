"""Rules for the settings a shop's manager changes: the receipt footer and the
cashiers' price-cut limit.

The footer is printed centred under every receipt of the shop (return policy,
opening hours). It must fit an 80 mm roll: at most ``FOOTER_MAX_LINES`` lines of
at most ``FOOTER_LINE_WIDTH`` characters, the characters a line of an 80 mm
printer's normal font (printing/printers.PAPER_WIDTHS); a 58 mm printer wraps
them. Blank lines are not printed, so they are not kept either.
"""

from __future__ import annotations

from collections.abc import Sequence

from omigjen_pos.domain.errors import InvalidInput
from omigjen_pos.domain.markdowns import TAG_COLOURS, MarkdownBasis, MarkdownRule
from omigjen_pos.domain.pricing import BASIS_POINTS
from omigjen_pos.domain.text import CONTROL_CHARACTERS, has_control_characters

FOOTER_MAX_LINES = 6
FOOTER_LINE_WIDTH = 48

FOOTER_TOO_MANY_LINES = f"at most {FOOTER_MAX_LINES} lines"
FOOTER_LINE_TOO_LONG = f"at most {FOOTER_LINE_WIDTH} characters a line"
LIMIT_OUT_OF_RANGE = "from 0 to 100 %"
MARKDOWN_MAX_DAYS = 3650  # ten years on the shelf
MARKDOWN_PERCENT = "above 0 and at most 100 %"
MARKDOWN_DAYS = f"a whole number of days from 0 to {MARKDOWN_MAX_DAYS}"
MARKDOWN_COLOUR = "one of the tag colours"
MARKDOWN_TWICE = "two rules for the same age or colour"


def footer_lines(text: str) -> list[str]:
    """The lines ``text`` prints as: each stripped, blank ones left out."""
    return [line.strip() for line in text.replace("\r\n", "\n").split("\n") if line.strip()]


def check_receipt_footer(text: str) -> str:
    """The footer as it is stored (``footer_lines`` joined by line breaks), or
    InvalidInput("receipt_footer") when it holds a control character (a tab
    too), has too many lines or a line too long for an 80 mm receipt."""
    if has_control_characters(text.replace("\r\n", "\n"), lines_allowed=True) or "\t" in text:
        raise InvalidInput("receipt_footer", text, CONTROL_CHARACTERS)
    lines = footer_lines(text)
    if len(lines) > FOOTER_MAX_LINES:
        raise InvalidInput("receipt_footer", text, FOOTER_TOO_MANY_LINES)
    if any(len(line) > FOOTER_LINE_WIDTH for line in lines):
        raise InvalidInput("receipt_footer", text, FOOTER_LINE_TOO_LONG)
    return "\n".join(lines)


def check_price_cut_limit(limit_bp: int) -> int:
    """A cashier's price-cut limit in basis points, 0 (every cut needs a
    manager) to 10 000 (any cut), or InvalidInput("cashier_price_cut_limit")."""
    if isinstance(limit_bp, bool) or not isinstance(limit_bp, int):
        raise InvalidInput("cashier_price_cut_limit", str(limit_bp), LIMIT_OUT_OF_RANGE)
    if not 0 <= limit_bp <= BASIS_POINTS:
        raise InvalidInput("cashier_price_cut_limit", str(limit_bp), LIMIT_OUT_OF_RANGE)
    return limit_bp


def markdown_rule(
    basis: MarkdownBasis, percent_bp: int, days: int | None = None, colour: str | None = None
) -> MarkdownRule:
    """A markdown rule as a manager sets it up, or InvalidInput("markdown_rules")
    saying what to correct (MarkdownRule itself raises ValueError)."""
    if not 0 < percent_bp <= BASIS_POINTS:
        raise InvalidInput("markdown_rules", str(percent_bp), MARKDOWN_PERCENT)
    if basis is MarkdownBasis.INTAKE_AGE:
        if days is None or not 0 <= days <= MARKDOWN_MAX_DAYS:
            raise InvalidInput("markdown_rules", str(days), MARKDOWN_DAYS)
        return MarkdownRule(basis, percent_bp, min_days=days)
    if colour not in TAG_COLOURS:
        raise InvalidInput("markdown_rules", str(colour), MARKDOWN_COLOUR)
    return MarkdownRule(basis, percent_bp, tag_colour=colour)


def check_markdown_rules(rules: Sequence[MarkdownRule]) -> tuple[MarkdownRule, ...]:
    """``rules`` in a stable order (age rules by days, then colour rules), or
    InvalidInput("markdown_rules") when two rules have the same age or colour:
    the larger markdown would win anyway, so the other is a mistake."""
    seen: set[tuple[MarkdownBasis, int | str | None]] = set()
    for rule in rules:
        age = rule.basis is MarkdownBasis.INTAKE_AGE
        key = (rule.basis, rule.min_days if age else rule.tag_colour)
        if key in seen:
            raise InvalidInput("markdown_rules", str(key[1]), MARKDOWN_TWICE)
        seen.add(key)
    return tuple(
        sorted(
            rules,
            key=lambda r: (
                r.basis is not MarkdownBasis.INTAKE_AGE,
                r.min_days or 0,
                TAG_COLOURS.index(r.tag_colour) if r.tag_colour in TAG_COLOURS else 0,
            ),
        )
    )
