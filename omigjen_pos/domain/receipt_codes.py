"""The code that identifies a receipt at the till, for returns.

Printed as a barcode on every receipt: ``99`` + till id (4 digits) + receipt
number (8 digits), 14 digits in all. Digits only, because keyboard-wedge
scanners type letters and punctuation according to the till's keyboard layout;
14 digits never collide with an item's 13-digit EAN. A cashier without the
barcode types the receipt number, optionally after the till code
("BRUKT-1 123" or "BRUKT-1/123").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from omigjen_pos.domain.errors import InvalidInput

_CODE = re.compile(r"99(\d{4})(\d{8})")
_TYPED = re.compile(r"(?:([A-Za-z0-9][A-Za-z0-9-]*)\s*[ /]\s*)?(\d{1,8})")


@dataclass(frozen=True)
class ReceiptReference:
    number: int
    till_id: int | None = None  # from a scanned code
    till_code: str | None = None  # typed before the number


def receipt_code(till_id: int, number: int) -> str:
    if not (0 < till_id < 10_000 and 0 < number < 100_000_000):
        raise ValueError(f"no receipt code for till {till_id}, receipt {number}")
    return f"99{till_id:04d}{number:08d}"


def parse_receipt_reference(text: str) -> ReceiptReference:
    typed = text.strip()
    scanned = _CODE.fullmatch(typed)
    if scanned:
        return ReceiptReference(int(scanned[2]), till_id=int(scanned[1]))
    match = _TYPED.fullmatch(typed)
    if match is None or int(match[2]) == 0:
        raise InvalidInput("receipt", typed[:40], "a receipt number or a scanned receipt code")
    return ReceiptReference(int(match[2]), till_code=match[1].upper() if match[1] else None)
