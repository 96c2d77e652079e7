"""Text a person typed or a file held, checked before it is stored or looked up.

Control characters (NUL, escape, the C1 range) have no place in a name, a
reason, a reference or a code: they come from binary junk in a file, a
scanner's prefix or a paste from a terminal. PostgreSQL refuses NUL outright
("text fields cannot contain NUL"), SQLite would store it, so both stores are
kept free of them here, with a reason the user can act on. Lone surrogates
(what Python makes of bytes in a command line that are not UTF-8) count as
control characters too: no database can store them. Tab and line breaks are
allowed where a text may run over several lines (a description, notes).
"""

from __future__ import annotations

import re

from omigjen_pos.domain.errors import InvalidInput

CONTROL_CHARACTERS = "contains control characters"  # the reason InvalidInput carries

_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")  # categories Cc and Cs
_CONTROL_EXCEPT_LINES = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def has_control_characters(text: str, lines_allowed: bool = False) -> bool:
    """True if ``text`` holds a control character (tab and line breaks pass when
    ``lines_allowed``)."""
    pattern = _CONTROL_EXCEPT_LINES if lines_allowed else _CONTROL
    return pattern.search(text) is not None


def unstorable(text: str) -> bool:
    """True if no database can store ``text``: a NUL (PostgreSQL) or a lone
    surrogate (not UTF-8 at all)."""
    return _UNSTORABLE.search(text) is not None


def too_long(max_length: int) -> str:
    """The reason InvalidInput carries for a text longer than ``max_length``."""
    return f"at most {max_length} characters"


def check_text(
    field: str, text: str, max_length: int | None = None, lines_allowed: bool = False
) -> str:
    """``text`` stripped, or InvalidInput naming ``field`` when it holds a control
    character or is longer than ``max_length``."""
    cleaned = text.strip()
    if has_control_characters(cleaned, lines_allowed):
        raise InvalidInput(field, text, CONTROL_CHARACTERS)
    if max_length is not None and len(cleaned) > max_length:
        raise InvalidInput(field, text, too_long(max_length))
    return cleaned
