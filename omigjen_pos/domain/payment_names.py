"""What receipts, reports and exports call each payment method, in Norwegian.

Keyed by the method's stored value ("cash", "card", ...), so the domain needs
no store import; one table, so a receipt, a Z-report and an export agree.
"""

from __future__ import annotations

PAYMENT_NAMES = {
    "cash": "Kontant",
    "card": "Bankkort",
    "vipps": "Vipps",
    "gift_card": "Gavekort",
    "store_credit": "Tilgodelapp",
}


def payment_name(method: str) -> str:
    return PAYMENT_NAMES.get(str(method), str(method))
