"""A receipt as PDF: on 80 mm or 58 mm roll paper, or in a column on A4.

Everything printed comes from the :class:`ReceiptDocument`, in the order of its
plain text (``receipt_text``); this module only lays it out like a thermal
receipt: marks in larger bold type at the top and the bottom, the title and the
shop, the sale's lines with their amounts right-aligned in one column, totals,
payments, the VAT table, notes, the footer and a Code 128 barcode of the
receipt's code for returns.

The layout is measured first and drawn afterwards: a roll page is exactly as
tall as its content (no blank tail, nothing clipped), and an A4 receipt too
long for one page continues on the next. Only reportlab's built-in Helvetica
is used (it covers æ ø å); a character outside its Windows-1252 set is printed
as its unaccented letter or "?". Nothing is written to ``output`` until the
whole document is drawn.
"""

from __future__ import annotations

import io
import math
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.colors import black
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from omigjen_pos.printing.label_layouts import THERMAL_DOT, ascent, descent, fit_lines
from omigjen_pos.printing.receipt_document import ReceiptDocument, kr, rate_text

__all__ = ["PAPERS", "Paper", "render_receipt_pdf"]

FONT = "Helvetica"
BOLD = "Helvetica-Bold"
ITALIC = "Helvetica-Oblique"
LEADING = 1.25  # line height as a multiple of the type size
# Acrobat's largest page side (200 in); a longer roll receipt goes on to a second page.
MAX_PAGE_SIDE = 14_400.0
CODE128_QUIET = 10  # modules of blank on each side of the bars
_NO_WRAP = 10_000  # fit_lines' line limit when text must wrap, never be cut


@dataclass(frozen=True)
class Paper:
    """Page geometry and type sizes of one paper; all numbers in PDF points."""

    page_width: float
    column_width: float  # the printable width the receipt is laid out in
    page_height: float | None  # None: roll paper, the page is as tall as the receipt
    top_margin: float
    bottom_margin: float
    body: float  # lines, amounts, payments
    small: float  # notes
    title: float
    total: float  # TOTALT and Å BETALE
    mark: float  # KOPI, IKKE KVITTERING FOR KJØP, TRENING
    gap: float  # between sections
    indent: float  # quantity, discount and margin-scheme lines under an item
    module: float  # the barcode's preferred module (X-dimension)
    min_module: float  # narrowest module printed; a longer code may overflow rather than shrink
    bar_height: float
    bar_reduction: float  # bars drawn this much narrower for ink spread
    dot: float | None  # printer dot to snap bars to (thermal roll)

    @property
    def roll(self) -> bool:
        return self.page_height is None

    @property
    def column_left(self) -> float:
        return (self.page_width - self.column_width) / 2


def _roll(page_mm: float, printable_mm: float, body: float, max_dots: int) -> Paper:
    return Paper(
        page_width=page_mm * mm,
        column_width=printable_mm * mm,
        page_height=None,
        top_margin=3 * mm,
        bottom_margin=5 * mm,
        body=body,
        small=body - 1,
        title=body + 2.5,
        total=body + 1.5,
        mark=body + 4.5,
        gap=body * 0.6,
        indent=3 * mm,
        module=max_dots * THERMAL_DOT,
        min_module=2 * THERMAL_DOT,  # 0.25 mm: two dots of a 203 dpi head
        bar_height=11 * mm,
        bar_reduction=THERMAL_DOT / 4,  # keeps a 2-dot bar at 2 dots, not 3
        dot=THERMAL_DOT,
    )


PAPERS: dict[str, Paper] = {
    "80mm": _roll(80, 72, 8.5, 3),
    "58mm": _roll(58, 48, 7.5, 2),
    # For a receipt saved or e-mailed as PDF: the roll's layout in a column at the
    # top of the page, a little larger for reading on a screen or office paper.
    "A4": Paper(
        page_width=A4[0],
        column_width=90 * mm,
        page_height=A4[1],
        top_margin=20 * mm,
        bottom_margin=20 * mm,
        body=9.5,
        small=8.5,
        title=13,
        total=11,
        mark=15,
        gap=6,
        indent=3.5 * mm,
        module=0.33 * mm,
        min_module=0.25 * mm,
        bar_height=12 * mm,
        bar_reduction=0.03 * mm,
        dot=None,
    ),
}


# -- rows: measured first, drawn afterwards -------------------------------------------


@dataclass(frozen=True)
class _Span:
    text: str
    font: str
    size: float
    align: str  # "left" (x is its left edge), "right" (right edge) or "centre"
    x: float  # from the column's left edge


@dataclass(frozen=True)
class _TextRow:
    spans: tuple[_Span, ...]
    height: float

    def draw(self, canvas: Canvas, left: float, top: float) -> None:
        biggest = max(self.spans, key=lambda span: span.size)
        box = ascent(biggest.font, biggest.size) - descent(biggest.font, biggest.size)
        baseline = top - (self.height - box) / 2 - ascent(biggest.font, biggest.size)
        for span in self.spans:
            canvas.setFont(span.font, span.size)
            draw = {
                "left": canvas.drawString,
                "right": canvas.drawRightString,
                "centre": canvas.drawCentredString,
            }[span.align]
            draw(left + span.x, baseline, span.text)


@dataclass(frozen=True)
class _Space:
    height: float

    def draw(self, canvas: Canvas, left: float, top: float) -> None:
        pass


@dataclass(frozen=True)
class _Rule:
    width: float
    height: float

    def draw(self, canvas: Canvas, left: float, top: float) -> None:
        canvas.saveState()
        canvas.setLineWidth(0.6)
        canvas.setDash(1.5, 1.5)
        y = top - self.height / 2
        canvas.line(left, y, left + self.width, y)
        canvas.restoreState()


@dataclass(frozen=True)
class _Barcode:
    """Code 128 bars centred in the column, the code's characters under them."""

    code: str
    pattern: str  # reportlab's widths: upper case bars, lower case spaces, A = 1 module
    module: float
    column_width: float
    bar_height: float
    digits_size: float
    bar_reduction: float
    dot: float | None

    @property
    def height(self) -> float:
        return self.bar_height + self.digits_size * 1.6

    @property
    def total_modules(self) -> int:
        return sum(_widths(self.pattern)) + 2 * CODE128_QUIET

    def draw(self, canvas: Canvas, left: float, top: float) -> None:
        width = self.total_modules * self.module
        x = left + (self.column_width - width) / 2 + CODE128_QUIET * self.module
        if self.dot:
            x = math.ceil(x / self.dot - 1e-9) * self.dot
        bars_left = x
        bottom = top - self.bar_height
        canvas.saveState()
        canvas.setFillColor(black)
        for element, modules in zip(self.pattern, _widths(self.pattern), strict=True):
            run = modules * self.module
            if element.isupper():
                canvas.rect(
                    x + self.bar_reduction / 2,
                    bottom,
                    run - self.bar_reduction,
                    self.bar_height,
                    stroke=0,
                    fill=1,
                )
            x += run
        canvas.setFont(FONT, self.digits_size)
        canvas.drawCentredString(
            (bars_left + x) / 2, bottom - self.digits_size * 1.25, _printable(self.code)
        )
        canvas.restoreState()


_Row = _TextRow | _Space | _Rule | _Barcode


def _widths(pattern: str) -> list[int]:
    return [ord(element.upper()) - ord("A") + 1 for element in pattern]


# -- the receipt as rows ----------------------------------------------------------------


class _Layout:
    """Turns the receipt into rows for one paper, in the order of ``receipt_text``."""

    def __init__(self, receipt: ReceiptDocument, paper: Paper) -> None:
        self.receipt = receipt
        self.paper = paper
        self.width = paper.column_width
        self.rows: list[_Row] = []
        amounts = [kr(line.total_ore) for line in receipt.lines]
        amounts += [kr(payment.amount_ore) for payment in receipt.payments]
        amounts += [kr(receipt.total_ore), kr(receipt.paid_ore), kr(receipt.change_ore)]
        # One column for all money: descriptions wrap before the widest amount.
        self.money_column = max(stringWidth(_printable(a), FONT, paper.body) for a in amounts)
        self.column_gap = 2 * mm

    # building blocks

    def space(self, factor: float = 1.0) -> None:
        self.rows.append(_Space(self.paper.gap * factor))

    def rule(self) -> None:
        self.rows.append(_Rule(self.width, self.paper.body))

    def centred(self, text: str, font: str = FONT, size: float | None = None) -> None:
        size = size or self.paper.body
        for part in _balanced(text, font, size, self.width):
            self.rows.append(
                _TextRow((_Span(part, font, size, "centre", self.width / 2),), size * LEADING)
            )

    def left(
        self, text: str, font: str = FONT, size: float | None = None, indent: float = 0
    ) -> None:
        size = size or self.paper.body
        for part in _wrap(text, font, size, self.width - indent):
            self.rows.append(_TextRow((_Span(part, font, size, "left", indent),), size * LEADING))

    def pair(
        self,
        text: str,
        amount: str,
        font: str = FONT,
        size: float | None = None,
        indent: float = 0,
    ) -> None:
        """``text`` wrapped on the left, ``amount`` against the right edge on its first line."""
        size = size or self.paper.body
        amount = _printable(amount)
        column = max(self.money_column * size / self.paper.body, stringWidth(amount, font, size))
        room = self.width - indent - column - self.column_gap
        for number, part in enumerate(_wrap(text, font, size, room)):
            spans = [_Span(part, font, size, "left", indent)]
            if number == 0:
                spans.append(_Span(amount, font, size, "right", self.width))
            self.rows.append(_TextRow(tuple(spans), size * LEADING))

    def apart(self, left: str, right: str) -> None:
        """Two texts on one line, or on two lines when they do not fit side by side."""
        size = self.paper.body
        left, right = _printable(left), _printable(right)
        needed = stringWidth(left, FONT, size) + self.column_gap + stringWidth(right, FONT, size)
        if needed <= self.width:
            spans = (
                _Span(left, FONT, size, "left", 0),
                _Span(right, FONT, size, "right", self.width),
            )
            self.rows.append(_TextRow(spans, size * LEADING))
        else:
            self.left(left)
            self.left(right)

    # the sections

    def build(self) -> list[_Row]:
        receipt, paper = self.receipt, self.paper
        self.marks()
        self.centred(receipt.title.upper(), BOLD, paper.title)
        self.space()
        self.centred(receipt.shop_name, BOLD, paper.body + 1)
        self.centred(receipt.org_line)
        for line in receipt.address_lines:
            self.centred(line)
        self.space()
        self.apart(f"Kasse {receipt.till_code}", f"Kvittering {receipt.receipt_number}")
        self.left(receipt.when)
        self.left(f"Betjent av {receipt.cashier}")
        self.rule()
        self.item_lines()
        self.rule()
        self.totals()
        self.payments()
        self.vat_table()
        for note in receipt.notes:
            self.space()
            self.left(note, size=paper.small)
        if receipt.footer:
            self.space(1.5)
            for line in receipt.footer:
                self.centred(line)
        self.barcode()
        self.marks(bottom=True)
        return self.rows

    def marks(self, bottom: bool = False) -> None:
        if not self.receipt.marks:
            return
        if bottom:
            self.space(1.5)
        for mark in self.receipt.marks:
            self.centred(mark, BOLD, self.paper.mark)
        if not bottom:
            self.space(1.5)

    def item_lines(self) -> None:
        indent = self.paper.indent
        for line in self.receipt.lines:
            self.pair(line.description, kr(line.total_ore))
            if line.quantity != 1:
                self.left(f"{line.quantity} × {kr(line.unit_price_ore)}", indent=indent)
            if line.discount_ore:
                self.left(f"Rabatt {kr(line.discount_ore)}", indent=indent)
            if line.margin_scheme:
                self.left("Bruktmoms (avanseordningen)", ITALIC, indent=indent)

    def totals(self) -> None:
        receipt, big = self.receipt, self.paper.total
        if receipt.discount_total_ore:
            self.pair("Rabatt totalt", kr(receipt.discount_total_ore))
        self.pair("TOTALT", kr(receipt.total_ore), BOLD, big)
        if receipt.rounding_ore:
            self.pair("Øreavrunding", kr(receipt.rounding_ore))
            due = "Å BETALE" if receipt.paid_ore >= 0 else "TILBAKE"
            self.pair(due, kr(receipt.paid_ore), BOLD, big)

    def payments(self) -> None:
        receipt = self.receipt
        if receipt.payments or receipt.change_ore:
            self.space()
        for payment in receipt.payments:
            self.pair(payment.label, kr(payment.amount_ore))
            if payment.reference:
                self.left(f"Ref. {payment.reference}", indent=self.paper.indent)
        if receipt.change_ore:
            self.pair("Veksel", kr(receipt.change_ore))

    def vat_table(self) -> None:
        vat_lines = self.receipt.vat_lines
        if not vat_lines:
            return
        size = self.paper.body
        vat_column = max(
            stringWidth(text, FONT, size)
            for text in ["Mva", *(_printable(kr(v.vat_ore)) for v in vat_lines)]
        )
        base_right = self.width - max(vat_column, self.money_column) - self.column_gap * 2

        def row(rate: str, base: str, vat: str, font: str) -> None:
            spans = (
                _Span(_printable(rate), font, size, "left", 0),
                _Span(_printable(base), font, size, "right", base_right),
                _Span(_printable(vat), font, size, "right", self.width),
            )
            self.rows.append(_TextRow(spans, size * LEADING))

        self.space()
        row("Mva-sats", "Grunnlag", "Mva", BOLD)
        for vat in vat_lines:
            row(rate_text(vat.rate_bp), kr(vat.base_ore), kr(vat.vat_ore), FONT)

    def barcode(self) -> None:
        code = self.receipt.barcode
        if not code:
            return
        symbol = Code128(code)
        if symbol.validate() != code:
            raise ValueError(f"receipt code {code!r} cannot be printed as Code 128")
        symbol.encode()
        pattern = symbol.decompose()
        paper = self.paper
        total = sum(_widths(pattern)) + 2 * CODE128_QUIET
        module = min(paper.module, self.width / total)
        if paper.dot:
            module = math.floor(module / paper.dot + 1e-9) * paper.dot
        module = max(module, paper.min_module)
        self.space(2)
        self.rows.append(
            _Barcode(
                code,
                pattern,
                module,
                self.width,
                paper.bar_height,
                paper.body,
                paper.bar_reduction,
                paper.dot,
            )
        )


def _printable(text: str) -> str:
    """``text`` in the Windows-1252 characters Helvetica draws: other letters lose
    their accents (ł and the like become "?"); a no-break space becomes a space."""
    out = []
    for char in text.replace("\u00a0", " "):
        if _encodable(char):
            out.append(char)
            continue
        base = "".join(c for c in unicodedata.normalize("NFKD", char) if _encodable(c))
        out.append(base.strip() or "?")
    return "".join(out)


def _encodable(char: str) -> bool:
    try:
        char.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return char.isprintable() or char == " "


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Every word of ``text`` on lines of at most ``width``; a word wider than the
    line goes on over the next ones. An empty text still takes one line."""
    return fit_lines(_printable(text), font, size, width, _NO_WRAP) or [""]


def _balanced(text: str, font: str, size: float, width: float) -> list[str]:
    """``text`` wrapped to as few lines as at ``width``, but as even as they can be:
    "IKKE KVITTERING" / "FOR KJØP" rather than "IKKE KVITTERING FOR" / "KJØP"."""
    lines = _wrap(text, font, size, width)
    if len(lines) < 2:
        return lines
    narrow, wide = 0.0, width
    while wide - narrow > 0.5:
        middle = (narrow + wide) / 2
        if len(_wrap(text, font, size, middle)) == len(lines):
            wide = middle
        else:
            narrow = middle
    return _wrap(text, font, size, wide)


# -- pages ------------------------------------------------------------------------------


def _pages(rows: Sequence[_Row], room: float) -> list[list[_Row]]:
    """Rows split into pages of at most ``room`` points of content each."""
    pages: list[list[_Row]] = [[]]
    used = 0.0
    for row in rows:
        if pages[-1] and used + row.height > room:
            pages.append([])
            used = 0.0
        if not pages[-1] and isinstance(row, _Space):
            continue  # no page starts with blank space
        pages[-1].append(row)
        used += row.height
    return pages


def _draw_pages(canvas: Canvas, pages: Iterable[list[_Row]], paper: Paper) -> int:
    count = 0
    for rows in pages:
        content = sum(row.height for row in rows)
        if paper.page_height is None:
            height = paper.top_margin + content + paper.bottom_margin
        else:
            height = paper.page_height
        canvas.setPageSize((paper.page_width, height))
        top = height - paper.top_margin
        for row in rows:
            row.draw(canvas, paper.column_left, top)
            top -= row.height
        canvas.showPage()
        count += 1
    return count


def render_receipt_pdf(
    receipt: ReceiptDocument, output: BinaryIO | str | Path, paper: str = "80mm"
) -> int:
    """Write ``receipt`` as a PDF on ``paper`` ("80mm", "58mm" or "A4"); returns
    the number of pages (one, unless the receipt is longer than a page).

    Raises ValueError for an unknown paper or a barcode Code 128 cannot carry.
    """
    if paper not in PAPERS:
        raise ValueError(f"unknown receipt paper {paper!r}; use one of {', '.join(PAPERS)}")
    geometry = PAPERS[paper]
    rows = _Layout(receipt, geometry).build()
    page_side = geometry.page_height or MAX_PAGE_SIDE
    pages = _pages(rows, page_side - geometry.top_margin - geometry.bottom_margin)

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(geometry.page_width, page_side), pageCompression=1)
    canvas.setTitle(f"{receipt.title} {receipt.receipt_number}")
    canvas.setAuthor(receipt.shop_name)
    canvas.setCreator("Omigjen POS")
    count = _draw_pages(canvas, pages, geometry)
    canvas.save()
    _write(buffer.getvalue(), output)
    return count


def _write(pdf: bytes, output: BinaryIO | str | Path) -> None:
    if isinstance(output, str | Path):
        Path(output).write_bytes(pdf)
    else:
        output.write(pdf)
