"""Prices, discounts, VAT and cash rounding: the one place these rules are written down.

Everything is integer øre and basis points (2500 = 25 %); no floats. Every division
rounds half away from zero to the øre (``_div_round``). docs/money.md is the prose
version of this docstring, with worked examples.

1. Prices are VAT-inclusive (N23). A line's gross is unit price × quantity.
2. Line discount first: a percentage is ``round(gross × bp / 10000)``, an amount is
   capped at the gross, so a line never goes below 0.
3. Basket discount next: a percentage of, or an amount off, the sum of the line totals
   after line discounts, capped at that sum. It is shared among the lines in proportion
   to their totals by the largest-remainder method, so the shares add up to the basket
   discount exactly; equal remainders favour the earlier line. No share exceeds its line.
4. VAT per line, on the line's final total: ``vat = round(base × rate / (10000 + rate))``
   where the base is the total. Rates allowed: 2500, 1500, 1200 and 0 (N23).
5. Margin scheme (N24), used goods bought from a private person: the base is the margin,
   ``max(0, total − purchase price × quantity)``; the purchase price is required.
6. A shop that is not VAT-registered (N25) charges no VAT: base and VAT are 0 on every
   line, the margin scheme does not apply and every line is summarised at rate 0.
7. Summaries per (rate, margin scheme) are sums of the line figures, so lines, summaries
   and basket always agree to the øre.
8. Cash rounding (N26) is not part of the basket total: the checkout adds
   ``cash_rounding_ore`` to the cash part only and records it as its own amount.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from omigjen_pos.domain.money import ORE_PER_KRONE

BASIS_POINTS = 10_000
ALLOWED_RATES_BP = (2500, 1500, 1200, 0)


def _check_int(name: str, value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"{name} must be a whole number (øre or basis points), got {value!r}")


def _check_rate(rate_bp: int) -> None:
    _check_int("VAT rate", rate_bp)
    if rate_bp not in ALLOWED_RATES_BP:
        allowed = ", ".join(str(r) for r in ALLOWED_RATES_BP)
        raise ValueError(f"unknown VAT rate {rate_bp} bp; allowed: {allowed}")


def _div_round(numerator: int, denominator: int) -> int:
    """``numerator / denominator`` rounded half away from zero; ``denominator`` > 0."""
    quotient, remainder = divmod(abs(numerator), denominator)
    if 2 * remainder >= denominator:
        quotient += 1
    return -quotient if numerator < 0 else quotient


@dataclass(frozen=True)
class Discount:
    """A percentage or an amount off; at most one of the two is non-zero."""

    percent_bp: int = 0  # 0..10000
    amount_ore: int = 0  # >= 0, kroner off the line (or basket) total

    def __post_init__(self) -> None:
        _check_int("discount percent", self.percent_bp)
        _check_int("discount amount", self.amount_ore)
        if not 0 <= self.percent_bp <= BASIS_POINTS:
            raise ValueError(f"a discount is between 0 and 100 %, got {self.percent_bp} bp")
        if self.amount_ore < 0:
            raise ValueError(f"a discount amount cannot be negative, got {self.amount_ore} øre")
        if self.percent_bp and self.amount_ore:
            raise ValueError("a discount is a percentage or an amount, not both")

    def off(self, amount_ore: int) -> int:
        """The øre this discount takes off ``amount_ore`` (>= 0), never more than it."""
        if self.percent_bp:
            return _div_round(amount_ore * self.percent_bp, BASIS_POINTS)
        return min(self.amount_ore, amount_ore)


@dataclass(frozen=True)
class LineInput:
    unit_price_ore: int  # VAT-inclusive price per unit as charged (after markdown/override)
    quantity: int  # >= 1
    vat_rate_bp: int  # 2500, 1500, 1200 or 0
    margin_scheme: bool = False  # used goods bought from a private person (N24)
    purchase_price_ore: int | None = None  # per unit; required when margin_scheme
    discount: Discount | None = None

    def __post_init__(self) -> None:
        _check_int("unit price", self.unit_price_ore)
        _check_int("quantity", self.quantity)
        if self.unit_price_ore < 0:
            raise ValueError(f"a price cannot be negative, got {self.unit_price_ore} øre")
        if self.quantity < 1:
            raise ValueError(f"quantity must be at least 1, got {self.quantity}")
        _check_rate(self.vat_rate_bp)
        if self.purchase_price_ore is not None:
            _check_int("purchase price", self.purchase_price_ore)
            if self.purchase_price_ore < 0:
                raise ValueError(f"a purchase price cannot be negative: {self.purchase_price_ore}")
        elif self.margin_scheme:
            raise ValueError("a margin-scheme line needs the purchase price (N24)")

    @property
    def gross_ore(self) -> int:
        return self.unit_price_ore * self.quantity


@dataclass(frozen=True)
class PricedLine:
    gross_ore: int  # unit_price * quantity
    line_discount_ore: int  # from the line's own discount
    basket_discount_ore: int  # this line's share of the basket discount
    total_ore: int  # what the customer pays for the line, VAT included
    vat_base_ore: int  # total_ore, the margin for margin-scheme lines, 0 when no VAT
    vat_ore: int
    rate_bp: int = 0  # the rate applied: the line's rate, 0 in a shop without VAT
    margin_scheme: bool = False  # whether the margin scheme was applied

    @property
    def net_ore(self) -> int:
        return self.total_ore - self.vat_ore

    @property
    def discount_ore(self) -> int:
        return self.line_discount_ore + self.basket_discount_ore


@dataclass(frozen=True)
class VatSummary:
    rate_bp: int
    total_ore: int  # sum of line totals at this rate, VAT included
    base_ore: int  # sum of the lines' VAT bases
    vat_ore: int
    margin_scheme: bool = False  # margin-scheme lines are summarised apart from the others


@dataclass(frozen=True)
class PricedBasket:
    lines: tuple[PricedLine, ...]
    total_ore: int  # sum of line totals (before cash rounding)
    vat_ore: int
    discount_ore: int  # line + basket discounts
    vat_summaries: tuple[VatSummary, ...]  # one per (rate, margin scheme), rate descending

    @property
    def gross_ore(self) -> int:
        return sum(line.gross_ore for line in self.lines)

    @property
    def net_ore(self) -> int:
        return self.total_ore - self.vat_ore


def vat_included(total_ore: int, rate_bp: int) -> int:
    """VAT contained in a VAT-inclusive amount, rounded half away from zero to the øre.

    ``vat_included(12500, 2500) == 2500``; symmetric for negative amounts (refunds).
    """
    _check_int("amount", total_ore)
    _check_rate(rate_bp)
    return _div_round(total_ore * rate_bp, BASIS_POINTS + rate_bp)


def cash_rounding_ore(amount_ore: int) -> int:
    """The øre to add so a cash amount becomes whole kroner (N26).

    Nearest krone; exactly 50 øre rounds away from zero: 14 925 -> -25, 14 950 -> +50,
    14 949 -> -49, -14 950 -> -50 (a refund of 149,50 is paid out as 150,00), 0 -> 0.
    """
    _check_int("amount", amount_ore)
    ore = abs(amount_ore) % ORE_PER_KRONE
    rounding = ORE_PER_KRONE - ore if 2 * ore >= ORE_PER_KRONE else -ore
    return -rounding if amount_ore < 0 else rounding


def allocate(amount_ore: int, weights: Sequence[int]) -> tuple[int, ...]:
    """Split ``amount_ore`` (>= 0) in proportion to ``weights`` (>= 0), exactly.

    Largest-remainder method: each share is rounded down, and the øre left over go one
    each to the largest remainders, the earlier weight first on a tie. When
    ``amount_ore <= sum(weights)`` no share exceeds its weight. All-zero weights take 0.
    """
    whole = sum(weights)
    if whole == 0 or amount_ore == 0:
        return tuple(0 for _ in weights)
    splits = [divmod(amount_ore * weight, whole) for weight in weights]
    shares = [share for share, _ in splits]
    left_over = amount_ore - sum(shares)
    by_remainder = sorted(range(len(weights)), key=lambda i: (-splits[i][1], i))
    for index in by_remainder[:left_over]:
        shares[index] += 1
    return tuple(shares)


def _line_discount(line: LineInput) -> int:
    return line.discount.off(line.gross_ore) if line.discount else 0


def _finish(line: LineInput, line_discount: int, basket_share: int, registered: bool) -> PricedLine:
    total = line.gross_ore - line_discount - basket_share
    margin = registered and line.margin_scheme
    if not registered:
        base = 0
    elif margin:
        assert line.purchase_price_ore is not None  # checked by LineInput
        base = max(0, total - line.purchase_price_ore * line.quantity)
    else:
        base = total
    rate = line.vat_rate_bp if registered else 0
    return PricedLine(
        gross_ore=line.gross_ore,
        line_discount_ore=line_discount,
        basket_discount_ore=basket_share,
        total_ore=total,
        vat_base_ore=base,
        vat_ore=vat_included(base, rate),
        rate_bp=rate,
        margin_scheme=margin,
    )


def price_line(line: LineInput, vat_registered: bool = True) -> PricedLine:
    """One line on its own: its own discount, then VAT (no basket discount)."""
    return _finish(line, _line_discount(line), 0, vat_registered)


def summarise(lines: Sequence[PricedLine]) -> tuple[VatSummary, ...]:
    """One summary per (rate, margin scheme), rate descending, ordinary before margin."""
    sums: dict[tuple[int, bool], tuple[int, int, int]] = {}
    for line in lines:
        key = (line.rate_bp, line.margin_scheme)
        total, base, vat = sums.get(key, (0, 0, 0))
        sums[key] = (total + line.total_ore, base + line.vat_base_ore, vat + line.vat_ore)
    order = sorted(sums, key=lambda key: (-key[0], key[1]))
    return tuple(VatSummary(rate, *sums[rate, margin], margin) for rate, margin in order)


def price_basket(
    lines: Sequence[LineInput],
    basket_discount: Discount | None = None,
    vat_registered: bool = True,
) -> PricedBasket:
    """Line discounts, then the basket discount shared over the lines, then VAT per line."""
    line_discounts = [_line_discount(line) for line in lines]
    after_line = [line.gross_ore - off for line, off in zip(lines, line_discounts, strict=True)]
    basket_off = basket_discount.off(sum(after_line)) if basket_discount else 0
    shares = allocate(basket_off, after_line)
    priced = tuple(
        _finish(line, off, share, vat_registered)
        for line, off, share in zip(lines, line_discounts, shares, strict=True)
    )
    return PricedBasket(
        lines=priced,
        total_ore=sum(line.total_ore for line in priced),
        vat_ore=sum(line.vat_ore for line in priced),
        discount_ore=sum(line.discount_ore for line in priced),
        vat_summaries=summarise(priced),
    )
