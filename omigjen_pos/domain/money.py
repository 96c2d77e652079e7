"""Money as integer øre, and its Norwegian text form.

Amounts are always ``int`` øre in the domain and the database. Text is only
produced or parsed here, at the edge: ``kr 1 234,50`` out, ``149,50`` or
``1 250`` in.
"""

from __future__ import annotations

import re

from omigjen_pos.domain.errors import InvalidInput

ORE_PER_KRONE = 100
_NBSP = "\u00a0"
# ASCII digits only ("٣" or "𝟗" are digits to Python, not to a cashier), and at
# most 15 of them: more is no amount, and would not fit the database's integers.
_AMOUNT = re.compile(r"^(?P<sign>-)?(?P<kroner>[0-9]{1,15})(?:[.,](?P<ore>[0-9]{1,2}))?$")


def format_amount(ore: int) -> str:
    """``123450`` -> ``1 234,50`` (thin groups with a non-breaking space)."""
    sign = "-" if ore < 0 else ""
    kroner, rest = divmod(abs(ore), ORE_PER_KRONE)
    grouped = f"{kroner:,}".replace(",", _NBSP)
    return f"{sign}{grouped},{rest:02d}"


def format_kr(ore: int) -> str:
    """``123450`` -> ``kr 1 234,50``, as receipts and screens show money."""
    return f"kr{_NBSP}{format_amount(ore)}"


def parse_kroner(text: str, field: str = "amount") -> int:
    """Parse a kroner amount typed the Norwegian way into øre.

    Accepts ``149``, ``149,50``, ``149.5``, ``1 250``, ``1.250,00`` is refused
    (ambiguous thousands dot). Raises :class:`InvalidInput` on anything else.
    """
    cleaned = text.strip().replace(_NBSP, "").replace(" ", "")
    cleaned = re.sub(r"^kr\.?", "", cleaned, flags=re.IGNORECASE)
    cleaned = re.sub(r",-$", "", cleaned)
    match = _AMOUNT.match(cleaned)
    if not match:
        raise InvalidInput(field, text, "not an amount in kroner")
    ore_text = (match["ore"] or "0").ljust(2, "0")
    ore = int(match["kroner"]) * ORE_PER_KRONE + int(ore_text)
    return -ore if match["sign"] else ore
