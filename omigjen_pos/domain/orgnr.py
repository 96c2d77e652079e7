"""Norwegian organisation numbers (organisasjonsnummer): nine digits, mod-11."""

from __future__ import annotations

_WEIGHTS = (3, 2, 7, 6, 5, 4, 3, 2)


def orgnr_check_digit(first_eight: str) -> int | None:
    """The ninth digit for eight leading digits, or None when no valid one exists."""
    remainder = sum(int(d) * w for d, w in zip(first_eight, _WEIGHTS, strict=True)) % 11
    check = 11 - remainder
    if check == 11:
        return 0
    if check == 10:
        return None
    return check


def is_valid_orgnr(text: str) -> bool:
    digits = text.replace(" ", "")
    if len(digits) != 9 or not digits.isdigit():
        return False
    return orgnr_check_digit(digits[:8]) == int(digits[8])


def format_orgnr(digits: str) -> str:
    """``912345674`` -> ``912 345 674``, as printed on receipts."""
    return f"{digits[0:3]} {digits[3:6]} {digits[6:9]}"
