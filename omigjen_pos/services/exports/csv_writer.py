"""A table to a CSV stream, in one of two styles:

- ``comma`` (for Norwegian Excel): ``;`` between fields, decimal comma
  (``1234,50``), UTF-8 with a byte-order mark so Excel reads æ ø å, CRLF.
  A text that Excel would take for a formula (it starts with ``=``, ``+``, ``-``
  or ``@``) gets a leading apostrophe, as OWASP advises against CSV injection.
- ``dot`` (for programs): ``,`` between fields, decimal point (``1234.50``),
  UTF-8 without a byte-order mark, CRLF, text exactly as stored.

Both: quoting by RFC 4180 (only where needed), no thousands separator, a minus
sign for negative amounts, dates ``YYYY-MM-DD``, times ``HH:MM:SS``, moments
``YYYY-MM-DD HH:MM:SS`` (Europe/Oslo), flags ``ja``/``nei``. Only the rows are
written, never totals rows: a program importing the file would take them for
data.
"""

from __future__ import annotations

import csv
from datetime import date, datetime, time
from typing import TextIO

from omigjen_pos.domain.money import ORE_PER_KRONE
from omigjen_pos.services.exports.tables import NO, YES, Kind, Table

DECIMAL_STYLES = ("comma", "dot")
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_encoding(decimal: str) -> str:
    """The text encoding of a file in this style (the BOM is part of it)."""
    return "utf-8-sig" if decimal == "comma" else "utf-8"


def write_csv(stream: TextIO, table: Table, decimal: str) -> int:
    """Write the header and rows of ``table`` to ``stream`` (opened with
    ``newline=""`` and ``csv_encoding(decimal)``); returns the number of rows."""
    comma = decimal == "comma"
    writer = csv.writer(stream, delimiter=";" if comma else ",", lineterminator="\r\n")
    writer.writerow([column.header for column in table.columns])
    kinds = [column.kind for column in table.columns]
    written = 0
    for row in table.rows:
        writer.writerow([_text(value, kind, comma) for value, kind in zip(row, kinds, strict=True)])
        written += 1
    return written


def _text(value: object, kind: Kind, comma: bool) -> str:
    if value is None:
        return ""
    if kind is Kind.MONEY:
        return kroner(int(value), "," if comma else ".")
    if kind is Kind.FLAG and isinstance(value, bool):
        return YES if value else NO
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, date | time):
        return value.isoformat()
    text = str(value)
    if comma and kind is Kind.TEXT and text.startswith(_FORMULA_STARTS):
        return "'" + text
    return text


def kroner(ore: int, decimal: str) -> str:
    """``-123450`` -> ``-1234,50`` (or ``-1234.50``): no grouping, always two decimals."""
    sign = "-" if ore < 0 else ""
    whole, rest = divmod(abs(ore), ORE_PER_KRONE)
    return f"{sign}{whole}{decimal}{rest:02d}"
