"""Reuse figures for the municipality: what got a new life in a period.

Per shop and category: how many unique reused items were sold (net of
returns: an item sold and brought back does not count, one sold again counts
once), their weight in kilograms as registered, and what they sold for
(line totals including VAT, after discounts). Stock articles (bags, spare
parts, new goods) are not reuse and are left out, as are training sales.
Items registered without a weight are counted, and named in the total, but
add nothing to the kilograms.

The figures go to the municipality as CSV for Norwegian Excel (semicolons,
comma decimals, UTF-8 with a byte order mark) or as a printable A4 PDF page
titled "Ombruk i perioden …". Both are in Norwegian: that is who reads them.
Files are written beside their destination and moved into place when whole.
"""

from __future__ import annotations

import csv
import io
import os
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO, TextIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from sqlalchemy import case, func, select

from omigjen_pos.domain.business_day import OSLO
from omigjen_pos.domain.items import ItemKind
from omigjen_pos.domain.money import format_amount, format_kr
from omigjen_pos.services.actors import Actor
from omigjen_pos.services.reports.figures import ReportPeriod, report_scope, sale_conditions
from omigjen_pos.store.database import Store
from omigjen_pos.store.models import Category, Centre, Item, Sale, SaleLine, Shop
from omigjen_pos.store.types import utcnow

CSV_COLUMNS = ("Butikk", "Kategori", "Gjenstander", "Vekt (kg)", "Uten vekt", "Verdi (kr)")


@dataclass(frozen=True)
class ReuseRow:
    shop_id: int
    shop_code: str
    shop_name: str
    category_id: int | None
    category_name_nb: str
    category_name_en: str
    items: int  # unique items sold, net of returns
    weight_grams: int  # of those with a registered weight
    items_without_weight: int
    value_ore: int  # what they sold for, VAT included


@dataclass(frozen=True)
class ReuseFigures:
    period: ReportPeriod
    centre_name: str
    shop_name: str | None  # None: every shop of the centre
    rows: tuple[ReuseRow, ...]
    made_at: datetime
    made_by: str

    @property
    def items(self) -> int:
        return sum(row.items for row in self.rows)

    @property
    def weight_grams(self) -> int:
        return sum(row.weight_grams for row in self.rows)

    @property
    def items_without_weight(self) -> int:
        return sum(row.items_without_weight for row in self.rows)

    @property
    def value_ore(self) -> int:
        return sum(row.value_ore for row in self.rows)


def reuse_figures(
    store: Store, actor: Actor, shop_id: int | None, period: ReportPeriod
) -> ReuseFigures:
    """The period's reuse figures of one shop, or of all (centre admins only)."""
    shop_id = report_scope(actor, shop_id)
    units = SaleLine.quantity
    statement = (
        select(
            Shop.id,
            Shop.code,
            Shop.name,
            SaleLine.category_id,
            Category.name_nb,
            Category.name_en,
            func.sum(units),
            func.sum(units * func.coalesce(Item.weight_grams, 0)),
            func.sum(case((Item.weight_grams.is_(None), units), else_=0)),
            func.sum(SaleLine.line_total_ore),
        )
        .join(Sale, Sale.id == SaleLine.sale_id)
        .join(Shop, Shop.id == Sale.shop_id)
        .join(Item, Item.id == SaleLine.item_id)
        .outerjoin(Category, Category.id == SaleLine.category_id)
        .where(*sale_conditions(shop_id, period), Item.kind == ItemKind.UNIQUE)
        .group_by(
            Shop.id,
            Shop.code,
            Shop.name,
            SaleLine.category_id,
            Category.name_nb,
            Category.name_en,
        )
    )
    with store.reading() as session:
        rows = [
            ReuseRow(
                shop,
                code,
                name,
                category_id,
                name_nb or "Uten kategori",
                name_en or "No category",
                int(items),
                int(grams),
                int(unweighed),
                int(value),
            )
            for shop, code, name, category_id, name_nb, name_en, items, grams, unweighed, value in (
                session.execute(statement)
            )
            if items or value  # sold and returned again: nothing left to count
        ]
        centre = session.scalar(select(Centre.name).order_by(Centre.id).limit(1)) or ""
        shop_name = (
            None if shop_id is None else session.scalar(select(Shop.name).where(Shop.id == shop_id))
        )
    rows.sort(key=lambda row: (row.shop_name, row.category_name_nb))
    return ReuseFigures(period, centre, shop_name, tuple(rows), utcnow(), actor.name)


# --- CSV ---------------------------------------------------------------------------


def kilograms(grams: int, decimals: int = 3) -> str:
    """``12345`` -> ``12,345``: kilograms with a decimal comma."""
    return f"{grams / 1000:.{decimals}f}".replace(".", ",")


def _kroner(ore: int) -> str:
    """``123450`` -> ``1234,50``: no thousands separator, so Excel reads a number."""
    sign = "-" if ore < 0 else ""
    kroner, rest = divmod(abs(ore), 100)
    return f"{sign}{kroner},{rest:02d}"


def write_reuse_csv(figures: ReuseFigures, output: str | os.PathLike[str] | TextIO) -> None:
    """The table as CSV for Norwegian Excel, with a last "Sum" row. A stream
    must be a text stream opened with ``newline=""``; a path gets a BOM."""
    if not isinstance(output, (str, os.PathLike)):
        _write_csv(figures, output)
        return
    with _replacing(Path(output), "w", encoding="utf-8-sig", newline="") as stream:
        _write_csv(figures, stream)


def _write_csv(figures: ReuseFigures, stream: TextIO) -> None:
    writer = csv.writer(stream, delimiter=";", lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for row in figures.rows:
        writer.writerow(
            [
                row.shop_name,
                row.category_name_nb,
                row.items,
                kilograms(row.weight_grams),
                row.items_without_weight,
                _kroner(row.value_ore),
            ]
        )
    writer.writerow(
        [
            "Sum",
            "",
            figures.items,
            kilograms(figures.weight_grams),
            figures.items_without_weight,
            _kroner(figures.value_ore),
        ]
    )


@contextmanager
def _replacing(path: Path, mode: str, **options) -> Iterator:
    """A file written under a temporary name beside ``path`` and moved into place
    only when complete, so a failed write never leaves half a file."""
    partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
    try:
        with open(partial, mode, **options) as stream:
            yield stream
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


# --- PDF ---------------------------------------------------------------------------


def period_text(period: ReportPeriod) -> str:
    if period.first == period.last:
        return _date(period.first)
    return f"{_date(period.first)}–{_date(period.last)}"


def _date(day: date) -> str:
    return day.strftime("%d.%m.%Y")


def _printable(text: str) -> str:
    """Text Helvetica can draw (Windows-1252): other letters lose their accents,
    a no-break space becomes a space."""
    out = []
    for char in text.replace("\u00a0", " "):
        try:
            char.encode("cp1252")
            out.append(char)
        except UnicodeEncodeError:
            base = unicodedata.normalize("NFKD", char).encode("cp1252", "ignore").decode("cp1252")
            out.append(base or "?")
    return "".join(out)


def _paragraph(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(_printable(text)), style)


_BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13)
_SMALL = ParagraphStyle("small", parent=_BODY, fontSize=8.5, leading=11, textColor=colors.grey)
_TITLE = ParagraphStyle("title", parent=_BODY, fontName="Helvetica-Bold", fontSize=18, leading=22)
_CELL = ParagraphStyle("cell", parent=_BODY, fontSize=9.5, leading=12)
_CELL_BOLD = ParagraphStyle("cell_bold", parent=_CELL, fontName="Helvetica-Bold")
_GREEN = colors.HexColor("#2e6b3f")
_STRIPE = colors.HexColor("#eef4ef")


def write_reuse_pdf(figures: ReuseFigures, output: str | os.PathLike[str] | BinaryIO) -> None:
    """One A4 page (more if the table is long, the header repeated): the title
    with the period, who it covers, the table with its totals, and what the
    numbers mean. Nothing reaches ``output`` until the PDF is complete."""
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=20 * mm,
        bottomMargin=20 * mm,
        title=f"Ombruk i perioden {period_text(figures.period)}",
        author=figures.centre_name,
    )
    document.build(_story(figures))
    if isinstance(output, (str, os.PathLike)):
        with _replacing(Path(output), "wb") as stream:
            stream.write(buffer.getvalue())
    else:
        output.write(buffer.getvalue())


def _story(figures: ReuseFigures) -> list:
    who = figures.shop_name or "Alle butikker"
    made = figures.made_at.astimezone(OSLO)
    story: list = [
        _paragraph(f"Ombruk i perioden {period_text(figures.period)}", _TITLE),
        Spacer(0, 2 * mm),
        _paragraph(f"{figures.centre_name} · {who}", _BODY),
        Spacer(0, 6 * mm),
        _table(figures),
        Spacer(0, 6 * mm),
    ]
    notes = [
        "Gjenstander: unike brukte gjenstander solgt i perioden, fratrukket returer. "
        "Vekt: registrert vekt ved inntak. Verdi: salgssum inkludert mva. etter rabatter. "
        "Treningssalg og lagervarer (poser, deler, nye varer) er ikke med."
    ]
    if figures.items_without_weight:
        notes.append(
            f"{figures.items_without_weight} av gjenstandene har ingen registrert vekt "
            "og er ikke med i vekten."
        )
    notes.append(f"Laget {made:%d.%m.%Y} kl. {made:%H:%M} av {figures.made_by}.")
    story += [_paragraph(note, _SMALL) for note in notes]
    return story


def _grouped_kg(grams: int) -> str:
    """``2304990`` -> ``2 305,0``: kilograms to one decimal, thousands spaced."""
    return f"{grams / 1000:,.1f}".replace(",", " ").replace(".", ",")


def _count(number: int) -> str:
    return f"{number:,}".replace(",", " ")


def _table(figures: ReuseFigures) -> Table:
    """The rows by shop (the shop named once), a subtotal under each shop when
    there are several, and the grand total last."""

    def cell(text: str, style: ParagraphStyle = _CELL) -> Paragraph:
        return _paragraph(text, style)

    data: list[list] = [["Butikk", "Kategori", "Gjenstander", "Vekt (kg)", "Verdi"]]
    subtotals: list[int] = []  # row numbers, drawn bold
    shops = sorted({row.shop_id for row in figures.rows}, key=lambda shop: _first(figures, shop))
    for shop in shops:
        rows = [row for row in figures.rows if row.shop_id == shop]
        for number, row in enumerate(rows):
            data.append(
                [
                    cell(row.shop_name if number == 0 else ""),
                    cell(row.category_name_nb),
                    _count(row.items),
                    _grouped_kg(row.weight_grams),
                    _printable(format_amount(row.value_ore)),
                ]
            )
        if len(shops) > 1:
            subtotals.append(len(data))
            data.append(
                [
                    cell(f"Sum {rows[0].shop_name}", _CELL_BOLD),
                    "",
                    _count(sum(r.items for r in rows)),
                    _grouped_kg(sum(r.weight_grams for r in rows)),
                    _printable(format_amount(sum(r.value_ore for r in rows))),
                ]
            )
    if not figures.rows:
        data.append([cell("Ingen salg av brukte gjenstander i perioden."), "", "", "", ""])
    data.append(
        [
            "Sum",
            "",
            _count(figures.items),
            _grouped_kg(figures.weight_grams),
            _printable(format_kr(figures.value_ore)),
        ]
    )
    table = Table(data, colWidths=[56 * mm, 40 * mm, 24 * mm, 24 * mm, 26 * mm], repeatRows=1)
    last = len(data) - 1
    style = [
        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9.5),
        ("FONT", (0, 1), (-1, -1), "Helvetica", 9.5),
        ("FONT", (0, last), (-1, last), "Helvetica-Bold", 10),
        ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
        ("BACKGROUND", (0, 0), (-1, 0), _GREEN),
        ("ALIGN", (2, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEABOVE", (0, last), (-1, last), 1, colors.black),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    for row in subtotals:
        style += [
            ("FONT", (2, row), (-1, row), "Helvetica-Bold", 9.5),
            ("LINEABOVE", (0, row), (-1, row), 0.5, colors.grey),
            ("BACKGROUND", (0, row), (-1, row), _STRIPE),
            ("SPAN", (0, row), (1, row)),
        ]
    if not figures.rows:
        style.append(("SPAN", (0, 1), (-1, 1)))
    table.setStyle(TableStyle(style))
    return table


def _first(figures: ReuseFigures, shop_id: int) -> int:
    return next(n for n, row in enumerate(figures.rows) if row.shop_id == shop_id)
