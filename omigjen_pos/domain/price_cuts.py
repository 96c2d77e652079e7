"""How far a cashier may cut a price alone.

A price cut is anything that makes a line (or the basket) cost less than what
was asked when it was scanned: a price typed over, a line discount, a basket
discount. Markdown rules are not cuts: they set the asked price. Each shop sets
a limit in basis points of the asked price; a bigger cut needs a manager's PIN
on the spot, and who approved it is logged.
"""

from __future__ import annotations

import re
from decimal import Decimal

from omigjen_pos.domain.errors import InvalidInput
from omigjen_pos.domain.money import parse_kroner
from omigjen_pos.domain.pricing import BASIS_POINTS, Discount

_PERCENT = re.compile(r"(?=.*[0-9])[0-9]{0,6}(?:\.[0-9]{0,8})?")  # "10", "12.5", ".5"


def cut_bp(asked_ore: int, charged_ore: int) -> int:
    """The cut as basis points of the asked amount, rounded up so that a cut a
    hair above the limit is never shown as equal to it. 0 when nothing is cut."""
    if asked_ore <= 0 or charged_ore >= asked_ore:
        return 0
    return -(-(asked_ore - charged_ore) * BASIS_POINTS // asked_ore)


def within_limit(asked_ore: int, charged_ore: int, limit_bp: int) -> bool:
    """True when a cashier may charge ``charged_ore`` for what was asked at
    ``asked_ore`` without a manager. Exact integer comparison, no rounding."""
    if charged_ore >= asked_ore:
        return True
    return (asked_ore - charged_ore) * BASIS_POINTS <= limit_bp * asked_ore


def parse_discount(text: str) -> Discount:
    """A discount as a cashier types it: ``10 %`` (or ``10%``, ``12,5 %``) is a
    percentage, anything else an amount in kroner (``50``, ``49,50``)."""
    typed = text.strip()
    if typed.endswith("%"):
        number = typed[:-1].strip().replace(",", ".")
        # Plain ASCII digits: Decimal alone would also read "1e9", "NaN", "sNaN",
        # "1_0" and other scripts' digits, and some of those raise on arithmetic.
        if not _PERCENT.fullmatch(number):
            raise InvalidInput("discount", typed, "a percentage such as 10 %")
        basis_points = Decimal(number) * 100
        if basis_points != basis_points.to_integral_value():
            raise InvalidInput("discount", typed, "a percentage such as 10 %")
        if not 0 < basis_points <= BASIS_POINTS:
            raise InvalidInput("discount", typed, "between 0 and 100 %")
        return Discount(percent_bp=int(basis_points))
    amount = parse_kroner(typed, "discount")
    if amount <= 0:
        raise InvalidInput("discount", typed, "an amount above zero")
    return Discount(amount_ore=amount)
