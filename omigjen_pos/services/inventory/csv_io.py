"""The CSV format of a shop's items: the columns, the words each accepts, and
reading a file into checked item drafts. docs/cli.md describes it for people.

Reading is strict and explains itself: each refused row becomes a RowProblem
that names its line as a spreadsheet shows it (the header is line 1), the column
as the file spells it, the value and the reason.
"""

from __future__ import annotations

import csv
import io
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TypeVar

from omigjen_pos.domain.errors import InvalidInput, quote_value
from omigjen_pos.domain.item_rules import ItemDraft, check_draft, parse_kilograms
from omigjen_pos.domain.items import Condition, ItemKind, ItemSource
from omigjen_pos.domain.money import parse_kroner
from omigjen_pos.store.models import Category

# Column -> the header names accepted for it (compared case-insensitively,
# with spaces and hyphens read as underscores).
COLUMNS: dict[str, tuple[str, ...]] = {
    "name": ("name", "navn"),
    "category": ("category", "kategori"),
    "price": ("price", "pris"),
    "condition": ("condition", "tilstand"),
    "source": ("source", "kilde"),
    "purchase_price": ("purchase_price", "innkjøpspris", "innkjopspris"),
    "weight_kg": ("weight_kg", "vekt_kg"),
    "description": ("description", "beskrivelse"),
    "shelf": ("shelf", "hylle"),
    "notes": ("notes", "notater"),
    "quantity": ("quantity", "antall"),
    "barcode": ("barcode", "strekkode"),
    "intake_date": ("intake_date", "inntaksdato"),
    "kind": ("kind", "type"),
}
REQUIRED = ("name", "category", "price")

# What an export writes, in this order (csv_export.py).
EXPORT_COLUMNS = (
    "barcode",
    "name",
    "category",
    "status",
    "price",
    "current_price",
    "condition",
    "source",
    "quantity",
    "intake_date",
    "shelf",
    "shop",
    "sold_receipt",
)

CONDITIONS = {
    "as new": Condition.AS_NEW,
    "som ny": Condition.AS_NEW,
    "good": Condition.GOOD,
    "pent brukt": Condition.GOOD,
    "fair": Condition.FAIR,
    "brukt": Condition.FAIR,
    "for parts": Condition.FOR_PARTS,
    "for deler": Condition.FOR_PARTS,
}
SOURCES = {
    "donation": ItemSource.DONATION,
    "gave": ItemSource.DONATION,
    "bought private": ItemSource.BOUGHT_PRIVATE,
    "kjøpt": ItemSource.BOUGHT_PRIVATE,
    "kjopt": ItemSource.BOUGHT_PRIVATE,
    "repaired": ItemSource.REPAIRED,
    "reparert": ItemSource.REPAIRED,
    "consignment": ItemSource.CONSIGNMENT,
    "kommisjon": ItemSource.CONSIGNMENT,
    "new goods": ItemSource.NEW_GOODS,
    "ny": ItemSource.NEW_GOODS,
}
KINDS = {
    "unique": ItemKind.UNIQUE,
    "unik": ItemKind.UNIQUE,
    "stock": ItemKind.STOCK,
    "lager": ItemKind.STOCK,
    "lagervare": ItemKind.STOCK,
}
# Fields check_draft names in InvalidInput -> the column they came from.
_FIELD_COLUMNS = {"weight": "weight_kg"}
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_NORWEGIAN_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
T = TypeVar("T")


@dataclass(frozen=True)
class RowProblem:
    """Why a line of the file cannot be imported. ``column`` is the header as the
    file spells it ("" when the problem is the whole line or file)."""

    line: int
    column: str
    value: str
    reason: str

    def __str__(self) -> str:
        where = f"line {self.line}"
        if self.column and self.value:
            return f"{where}: {self.column} {quote_value(self.value)}: {self.reason}"
        if self.column:
            return f"{where}: {self.column}: {self.reason}"
        return f"{where}: {self.reason}"


class RowRefused(Exception):
    """Raised while reading a row (or the header) the import cannot take."""

    def __init__(self, problem: RowProblem) -> None:
        super().__init__(str(problem))
        self.problem = problem


def read_csv_text(source: str | os.PathLike[str] | bytes, file_name: str | None) -> tuple[str, str]:
    """(text, name to report) of a path, the file's bytes or its text; a BOM is dropped.

    A ``str`` with a line break is the CSV text itself, any other ``str`` a path.
    """
    if isinstance(source, str) and ("\n" in source or "\r" in source):
        return source.removeprefix("\ufeff"), file_name or "(text)"
    if isinstance(source, bytes):
        raw, name = source, file_name or "(bytes)"
    else:
        path = Path(source)
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise InvalidInput("file", str(path), exc.strerror or str(exc)) from exc
        except ValueError as exc:  # a NUL in the path: no file can have that name
            raise InvalidInput("file", str(path), "no such file") from exc
        name = file_name or path.name
    try:
        return raw.decode("utf-8-sig"), name
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise InvalidInput(
            "file", name, f"not UTF-8 text (line {line}); save it as 'CSV UTF-8'"
        ) from exc


class CsvTable:
    """The header of the file and where each known column is."""

    def __init__(self, lines: list[list[str]], delimiter: str) -> None:
        self.delimiter = delimiter
        self.width = len(lines[0])
        self._lines = lines
        self.index: dict[str, int] = {}
        self.label: dict[str, str] = {}  # column -> header as the file spells it
        ignored: list[str] = []
        aliases = {alias: column for column, names in COLUMNS.items() for alias in names}
        for position, header in enumerate(lines[0]):
            column = aliases.get(_key(header))
            if column is None:
                if header.strip():
                    ignored.append(header.strip())
                continue
            if column in self.index:
                reason = f"the same column as {self.label[column]!r}"
                raise RowRefused(RowProblem(1, header.strip(), "", reason))
            self.index[column] = position
            self.label[column] = header.strip()
        self.ignored = tuple(ignored)
        for column in REQUIRED:
            if column not in self.index:
                names = " or ".join(repr(n) for n in COLUMNS[column])
                raise RowRefused(RowProblem(1, "", "", f"a column {names} is needed"))

    @classmethod
    def parse(cls, text: str) -> CsvTable:
        header = text.split("\n", 1)[0]
        delimiter = ";" if header.count(";") > header.count(",") else ","
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        lines: list[list[str]] = []
        try:
            lines.extend(reader)
        except csv.Error as exc:  # the record after the last one read is the bad one
            problem = RowProblem(len(lines) + 1, "", "", f"not readable as CSV: {exc}")
            raise RowRefused(problem) from exc
        if not lines or not any(cell.strip() for cell in lines[0]):
            raise RowRefused(RowProblem(1, "", "", "the header row is missing"))
        return cls(lines, delimiter)

    def records(self) -> Iterator[tuple[int, list[str]]]:
        """(line, cells) of each non-blank row; line 2 is the first below the header."""
        for line, cells in enumerate(self._lines[1:], start=2):
            if any(cell.strip() for cell in cells):
                yield line, cells

    def cell(self, cells: list[str], column: str) -> str:
        position = self.index.get(column)
        if position is None or position >= len(cells):
            return ""
        return cells[position].strip()

    def name_of(self, column: str) -> str:
        return self.label.get(column, column)


def _key(header: str) -> str:
    return re.sub(r"[\s\-]+", "_", header.strip().casefold())


def _words(value: str) -> str:
    return " ".join(value.casefold().replace("_", " ").replace("-", " ").split())


def category_lookup(categories: Iterable[Category]) -> dict[str, tuple[int, str]]:
    """Code (upper case) and both names (case-folded) -> (id, code)."""
    lookup: dict[str, tuple[int, str]] = {}
    for category in categories:
        entry = (category.id, category.code)
        lookup.setdefault(_words(category.name_nb), entry)
        lookup.setdefault(_words(category.name_en), entry)
        lookup[category.code.upper()] = entry
    return lookup


def row_draft(
    table: CsvTable,
    line: int,
    cells: list[str],
    categories: dict[str, tuple[int, str]],
    today: date,
) -> ItemDraft:
    """The checked draft of one row, or RowRefused naming the first bad column."""
    if any(cell.strip() for cell in cells[table.width :]):
        reason = f"more values than columns (the file is separated by {table.delimiter!r})"
        raise RowRefused(RowProblem(line, "", "", reason))

    def cell(column: str) -> str:
        return table.cell(cells, column)

    def refuse(column: str, reason: str) -> RowRefused:
        return RowRefused(RowProblem(line, table.name_of(column), cell(column), reason))

    def choose(column: str, words: dict[str, T], default: T) -> T:
        typed = cell(column)
        if not typed:
            return default
        found = words.get(_words(typed))
        if found is None:
            raise refuse(column, f"not one of {', '.join(sorted(words))}")
        return found

    try:
        for required in REQUIRED:
            if not cell(required):
                raise refuse(required, f"a {required} is needed")
        category = categories.get(cell("category").upper()) or categories.get(
            _words(cell("category"))
        )
        if category is None:
            known = ", ".join(sorted({code for _, code in categories.values()}))
            raise refuse("category", f"unknown category (codes: {known})")
        barcode = _digits(cell("barcode"))
        if barcode is None:
            raise refuse("barcode", "not a valid EAN/UPC number (digits only)")
        kind = choose("kind", KINDS, ItemKind.STOCK if barcode else ItemKind.UNIQUE)
        count = _digits(cell("quantity"))
        if count is None:
            raise refuse("quantity", "not a whole number of 0 or more")
        if len(count.lstrip("0")) > 9:  # before int(): a page of digits makes it raise
            raise refuse("quantity", "outside 0 to a million")
        quantity = int(count) if count else 1
        if kind is ItemKind.UNIQUE and quantity != 1:
            raise refuse("quantity", "a unique item is one thing; write 'stock' as its kind")
        intake = _intake_date(cell("intake_date"), today)
        if isinstance(intake, str):
            raise refuse("intake_date", intake)
        purchase = cell("purchase_price")
        draft = ItemDraft(
            category_id=category[0],
            name=cell("name"),
            price_ore=parse_kroner(cell("price"), "price"),
            source=choose("source", SOURCES, ItemSource.DONATION),
            kind=kind,
            condition=choose("condition", CONDITIONS, None),
            description=cell("description"),
            purchase_price_ore=parse_kroner(purchase, "purchase_price") if purchase else None,
            weight_grams=parse_kilograms(cell("weight_kg"), "weight_kg"),
            shelf=cell("shelf"),
            notes=cell("notes"),
            quantity=quantity,
            manufacturer_barcode=barcode or None,
            intake_date=intake,
        )
        return check_draft(draft)
    except InvalidInput as exc:
        raise refuse(_FIELD_COLUMNS.get(exc.field, exc.field), exc.reason) from exc


def _digits(typed: str) -> str | None:
    """The ASCII digits typed, spaces dropped; None if anything else is there.
    (``str.isdigit`` alone would pass superscripts, which ``int`` refuses.)"""
    cleaned = typed.replace(" ", "").replace("\u00a0", "")
    return cleaned if cleaned.isascii() and (cleaned.isdigit() or not cleaned) else None


def _intake_date(typed: str, today: date) -> date | str | None:
    """The date, None when empty (today), or why the text is no date."""
    if not typed:
        return None
    try:
        if _ISO_DATE.match(typed):
            found = date.fromisoformat(typed)
        elif match := _NORWEGIAN_DATE.match(typed):
            day, month, year = (int(part) for part in match.groups())
            found = date(year, month, day)
        else:
            return "not a date (YYYY-MM-DD or DD.MM.YYYY)"
    except ValueError:
        return "no such date"
    return "in the future" if found > today else found
