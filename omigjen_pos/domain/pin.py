"""PIN rules and hashing.

PINs are short, so the hash must be slow and salted: scrypt from the standard
library, with the parameters stored beside each hash so they can be raised later
without invalidating existing PINs.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os

from omigjen_pos.domain.errors import InvalidInput

MIN_PIN_LENGTH = 4
MAX_PIN_LENGTH = 8
MAX_FAILED_ATTEMPTS = 5

# n=2**14, r=8 costs about 16 MiB and tens of milliseconds per check: cheap for a
# login, expensive for someone trying all 10,000 four-digit PINs from a stolen store.
_N, _R, _P = 2**14, 8, 1


def validate_pin(pin: str) -> None:
    if not (pin.isdigit() and MIN_PIN_LENGTH <= len(pin) <= MAX_PIN_LENGTH):
        raise InvalidInput("pin", "*" * len(pin), f"{MIN_PIN_LENGTH}-{MAX_PIN_LENGTH} digits")


def _scrypt(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(pin.encode(), salt=salt, n=n, r=r, p=p, maxmem=64 * 1024 * 1024, dklen=32)


def hash_pin(pin: str) -> str:
    validate_pin(pin)
    salt = os.urandom(16)
    digest = _scrypt(pin, salt, _N, _R, _P)
    b64 = base64.b64encode
    return f"scrypt${_N}${_R}${_P}${b64(salt).decode()}${b64(digest).decode()}"


def verify_pin(pin: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    candidate = _scrypt(pin, base64.b64decode(salt), int(n), int(r), int(p))
    return hmac.compare_digest(candidate, base64.b64decode(digest))
