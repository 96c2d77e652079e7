"""Barcode numbers for items the centre registers itself.

In-store EAN-13 (GS1 prefix 2, "restricted circulation"):

    2 SS NNNNNNNNN C
    | |  |         `- GS1 check digit
    | |  `----------- serial within the shop, 9 digits, from a database counter
    | `-------------- the shop's two-digit barcode number (01-99)
    `---------------- prefix 2: in-store numbers, never a manufacturer's

Shop number and serial together make a number unique in the centre; the serial
comes from a counter row that one transaction at a time can advance, so two
tills registering at once never get the same number.
"""

from __future__ import annotations

from omigjen_pos.domain.errors import InvalidInput

IN_STORE_PREFIX = "2"
MAX_SERIAL = 999_999_999


def ean_check_digit(first_digits: str) -> int:
    """GS1 check digit for the 7, 11, 12 or 13 digits before it."""
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(first_digits)))
    return (10 - total % 10) % 10


def in_store_ean13(shop_number: int, serial: int) -> str:
    if not 1 <= shop_number <= 99:
        raise ValueError(f"shop barcode number {shop_number} outside 01-99")
    if not 1 <= serial <= MAX_SERIAL:
        raise ValueError(f"serial {serial} outside 1-{MAX_SERIAL}")
    body = f"{IN_STORE_PREFIX}{shop_number:02d}{serial:09d}"
    return body + str(ean_check_digit(body))


def is_valid_ean(code: str) -> bool:
    """True for EAN-8, UPC-A, EAN-13 and GTIN-14 numbers with a correct check digit."""
    return (
        code.isascii()  # str.isdigit() also accepts "³"
        and code.isdigit()
        and len(code) in (8, 12, 13, 14)
        and (ean_check_digit(code[:-1]) == int(code[-1]))
    )


def validate_ean(code: str) -> str:
    cleaned = code.strip()
    if not is_valid_ean(cleaned):
        raise InvalidInput("barcode", code, "not a valid EAN/UPC number (check digit)")
    return cleaned


def validate_manufacturer_ean(code: str) -> str:
    """A manufacturer's number: valid, and not in the in-store range (prefix 2),
    which is ours and would one day collide with a number the shop draws itself."""
    cleaned = validate_ean(code)
    if len(cleaned) in (8, 12, 13) and cleaned.startswith(IN_STORE_PREFIX):
        raise InvalidInput("barcode", code, "an in-store number (prefix 2), not a manufacturer's")
    return cleaned
