"""Rules for the shops and tills of a centre: codes people type, how many fit."""

from __future__ import annotations

import re

from omigjen_pos.domain.errors import InvalidInput
from omigjen_pos.domain.orgnr import is_valid_orgnr

# Each shop's in-store barcodes carry a two-digit shop number (domain/barcodes).
MAX_SHOPS = 99
MAX_TILLS_PER_SHOP = 20
_SHOP_CODE = re.compile(r"[A-Z0-9]{2,12}")


def normalise_shop_code(text: str) -> str:
    """``brukt`` -> ``BRUKT``: 2 to 12 letters A-Z or digits, typed on the command line."""
    code = text.strip().upper()
    if not _SHOP_CODE.fullmatch(code):
        raise InvalidInput("shop_code", text, "2 to 12 letters A-Z or digits")
    return code


def normalise_org_number(text: str) -> str:
    """``921 467 710`` -> ``921467710``; refused unless nine digits that pass mod-11."""
    digits = text.replace(" ", "").strip()
    if not is_valid_orgnr(digits):
        raise InvalidInput("org_number", text, "not a Norwegian organisation number")
    return digits


def till_codes(shop_code: str, count: int) -> list[str]:
    """``BRUKT``, 2 -> ``["BRUKT-1", "BRUKT-2"]``, as the demo centre names its tills."""
    if not 1 <= count <= MAX_TILLS_PER_SHOP:
        raise InvalidInput("tills", str(count), f"from 1 to {MAX_TILLS_PER_SHOP} tills")
    return [f"{shop_code}-{number}" for number in range(1, count + 1)]
