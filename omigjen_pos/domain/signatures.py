"""The signed text of a cash transaction (N20), as Skatteetaten's checking tool
rebuilds it: ``previousSignature;transDate;transTime;nr;transAmntIn;transAmntEx``.

The first transaction of a chain uses "0" as the previous signature. Dates and
times are the local (Norwegian) time of the transaction; amounts are kroner
with two decimals and a dot, negative for returns. The signature itself is
RSA-SHA1 (PKCS #1 v1.5) over the UTF-8 bytes, in base64; the signing is done
by services/signing.py with the shop's key.
"""

from __future__ import annotations

from datetime import datetime

FIRST_PREVIOUS = "0"


def _kroner(amount_ore: int) -> str:
    sign = "-" if amount_ore < 0 else ""
    whole, ore = divmod(abs(amount_ore), 100)
    return f"{sign}{whole}.{ore:02d}"


def signed_text(
    previous_signature: str | None,
    local_time: datetime,
    number: int,
    amount_incl_vat_ore: int,
    amount_excl_vat_ore: int,
) -> str:
    return ";".join(
        (
            previous_signature or FIRST_PREVIOUS,
            local_time.strftime("%Y-%m-%d"),
            local_time.strftime("%H:%M:%S"),
            str(number),
            _kroner(amount_incl_vat_ore),
            _kroner(amount_excl_vat_ore),
        )
    )
