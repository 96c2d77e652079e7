"""How far a cashier may cut a price alone.

A price cut is anything that makes a line (or the basket) cost less than what
was asked when it was scanned: a price typed over, a line discount, a basket
discount. Markdown rules are not cuts: they set the asked price. Each shop sets
a limit in basis points of the asked price; a bigger cut needs a manager's PIN
on the spot, and who approved it is logged.
"""

from __future__ import annotations

BASIS_POINTS = 10_000


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
