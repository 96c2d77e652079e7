"""A table to export: named columns of a known kind, rows streamed, totals last.

The writers (``xlsx_writer``, ``csv_writer``) turn each kind into what their
format does best: XLSX gets real numbers, dates and times with a number format,
CSV gets plain text in the chosen decimal style. Values in a row are plain Python:
money as ``int`` øre, dates as ``date``, moments as naive local ``datetime``.
A text in a totals row ("Sum") is written as text whatever the column's kind;
None is an empty cell.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Kind(StrEnum):
    TEXT = "text"  # free text (names, descriptions): guarded against formulas
    CODE = "code"  # digits that are not a number: barcodes, SAF-T codes
    INT = "int"  # counts, receipt and line numbers, quantities, VAT rate in %
    MONEY = "money"  # int øre, written as kroner with two decimals
    DATE = "date"
    TIME = "time"
    DATETIME = "datetime"  # naive, Europe/Oslo wall-clock time
    FLAG = "flag"  # bool, written "ja" / "nei"


YES, NO = "ja", "nei"


@dataclass(frozen=True)
class Column:
    header: str
    kind: Kind
    width: float  # in characters, for XLSX


Row = Sequence[Any]


@dataclass
class Table:
    """One sheet of the workbook, or one CSV file."""

    title: str  # sheet name, and the CSV file's suffix in lower case
    columns: tuple[Column, ...]
    rows: Iterable[Row]
    totals: list[Row] = field(default_factory=list)  # written after the rows

    @property
    def file_suffix(self) -> str:
        return self.title.lower()
