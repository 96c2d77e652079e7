"""Tables to an XLSX workbook (openpyxl, write-only: rows go to disk as they come).

What Norwegian Excel expects: money as real numbers in kroner with a thousands
separator and two decimals (``#,##0.00``: Excel shows it as ``1 234,50`` in a
Norwegian locale; the format code in the file is always written the English
way), dates and times as real dates (``dd.mm.yyyy``, ``hh:mm:ss``), a bold,
frozen header row with a filter, columns wide enough to read. Totals come after
one empty row, in bold, outside the filter's range so sorting leaves them last.
Text is always stored as text, so an item called "=1+1" never becomes a formula.
"""

from __future__ import annotations

from contextlib import suppress
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import BinaryIO

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from omigjen_pos.services.exports.tables import NO, YES, Kind, Table

MONEY_FORMAT = "#,##0.00"
DATE_FORMAT = "dd.mm.yyyy"
TIME_FORMAT = "hh:mm:ss"
DATETIME_FORMAT = "dd.mm.yyyy hh:mm:ss"
_FORMATS = {
    Kind.MONEY: MONEY_FORMAT,
    Kind.DATE: DATE_FORMAT,
    Kind.TIME: TIME_FORMAT,
    Kind.DATETIME: DATETIME_FORMAT,
}
_BOLD = Font(bold=True)


class XlsxWriter:
    """A workbook filled sheet by sheet, rows streamed to temporary files, and
    assembled into the XLSX file only by ``save``: so the sheets can be filled
    inside a database transaction and the file zipped after it has ended."""

    def __init__(self) -> None:
        self._workbook = Workbook(write_only=True)

    def add(self, table: Table) -> None:
        """A sheet for ``table``, after those added before."""
        _write_sheet(self._workbook, table)

    def save(self, output: BinaryIO | Path) -> None:
        self._workbook.save(output)

    def discard(self) -> None:
        """Close the sheets of an abandoned workbook and delete their temporary
        files, which openpyxl would otherwise keep until the process ends."""
        for sheet in self._workbook.worksheets:
            with suppress(Exception):
                if not sheet.closed:
                    sheet.close()
            with suppress(Exception):
                sheet._writer.cleanup()


def write_xlsx(output: BinaryIO | Path, tables: list[Table]) -> None:
    """One sheet per table, in order, saved to ``output`` (a path or a binary stream)."""
    writer = XlsxWriter()
    try:
        for table in tables:
            writer.add(table)
        writer.save(output)
    except BaseException:
        writer.discard()
        raise


def _write_sheet(workbook: Workbook, table: Table) -> None:
    sheet = workbook.create_sheet(table.title)
    kinds = [column.kind for column in table.columns]
    for number, column in enumerate(table.columns, start=1):
        sheet.column_dimensions[get_column_letter(number)].width = column.width
    sheet.freeze_panes = "A2"
    sheet.append([_cell(sheet, column.header, Kind.TEXT, bold=True) for column in table.columns])
    last = 1
    for row in table.rows:
        sheet.append([_cell(sheet, value, kind) for value, kind in zip(row, kinds, strict=True)])
        last += 1
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(kinds))}{last}"
    if table.totals:
        sheet.append([])
        for row in table.totals:
            sheet.append(
                [
                    _cell(sheet, value, kind, bold=True)
                    for value, kind in zip(row, kinds, strict=True)
                ]
            )


def _cell(sheet, value: object, kind: Kind, bold: bool = False) -> object:
    """A cell when it needs a style; a plain value (cheaper) when it does not."""
    if value is None:
        return None
    plain = isinstance(value, str) and not value.startswith("=")
    if not bold and (plain or (kind is Kind.INT and isinstance(value, int))):
        return value
    cell = WriteOnlyCell(sheet)
    if isinstance(value, str):
        cell.value = value
        cell.data_type = "s"  # never a formula, whatever the text starts with
    else:
        cell.value = _number(value, kind)
        if kind in _FORMATS:
            cell.number_format = _FORMATS[kind]
    if bold:
        cell.font = _BOLD
    return cell


def _number(value: object, kind: Kind) -> object:
    if kind is Kind.MONEY:
        return Decimal(int(value)).scaleb(-2)  # øre -> kroner, exact in the file
    if kind is Kind.FLAG:
        return YES if value else NO
    if isinstance(value, date | datetime | time | int | Decimal):
        return value
    return str(value)
