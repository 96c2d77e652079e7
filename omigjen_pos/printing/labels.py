"""Shelf and item labels as PDF: price, name, barcode and colour tag.

The caller decides everything printed (translated condition, tag colour and
text); this module only lays it out and draws it, with reportlab's standard
Helvetica, which covers æ ø å Æ Ø Å. Nothing is written to ``output`` until the
whole document is drawn, so a cancelled or failed run leaves no half PDF.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.colors import HexColor, black
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from omigjen_pos.domain.money import format_kr
from omigjen_pos.printing.barcode_drawing import (
    draw_ean,
    encode_ean,
    fit_module_width,
    snap_up,
)
from omigjen_pos.printing.label_layouts import (
    SHEETS,
    STYLES,
    Font,
    LabelLayout,
    LabelStyle,
    Sheet,
    ascent,
    descent,
    fit_lines,
)

__all__ = ["TAG_COLOURS", "LabelDocument", "LabelLayout", "LabelsCancelled", "render_labels_pdf"]

FONT = "Helvetica"
BOLD = "Helvetica-Bold"
GAP = 1.5  # points between stacked blocks of text
# Print-friendly tones of the physical tag colours the centre uses.
TAG_COLOURS = {
    "blue": HexColor("#1f5fbf"),
    "green": HexColor("#2e9e44"),
    "yellow": HexColor("#f5d000"),
    "red": HexColor("#d62828"),
    "orange": HexColor("#f28c1c"),
    "purple": HexColor("#7b3fa0"),
    "white": HexColor("#ffffff"),
}


@dataclass(frozen=True)
class LabelDocument:
    """One label, everything already decided by the caller."""

    shop_name: str
    item_name: str
    price_ore: int  # integer øre
    barcode: str  # EAN-13 or EAN-8 digits, check digit included
    condition: str | None  # translated text, e.g. "Pent brukt"; None for stock articles
    tag_colour: str | None  # a key of TAG_COLOURS, or None
    tag_text: str | None  # e.g. "Uke 48" or "Gul lapp"; printed small

    def __post_init__(self) -> None:
        if self.tag_colour is not None and self.tag_colour not in TAG_COLOURS:
            raise ValueError(f"unknown tag colour {self.tag_colour!r}")


class LabelsCancelled(Exception):
    """The progress callback asked to stop; nothing was written."""


def render_labels_pdf(
    labels: Sequence[LabelDocument],
    layout: LabelLayout,
    output: BinaryIO | str | Path,
    start_position: int = 1,
    progress: Callable[[int, int], bool] | None = None,
) -> int:
    """Writes a PDF; returns pages written.

    ``start_position`` (1..24 on A4, only 1 on the roll) skips used labels on a
    half-used sheet: position 1 is top-left, counting left-to-right, then
    top-to-bottom. ``progress(done, total)`` is called after each label; when it
    returns False, drawing stops and :class:`LabelsCancelled` is raised.
    Raises ValueError for an empty list, a start position out of range, or a
    barcode that is not a valid EAN-13/EAN-8 number.
    """
    sheet, style = SHEETS[LabelLayout(layout)], STYLES[LabelLayout(layout)]
    if not 1 <= start_position <= sheet.positions:
        raise ValueError(f"start position {start_position} outside 1-{sheet.positions}")
    if not labels:
        raise ValueError("no labels to print")
    canvas = Canvas(
        str(output) if isinstance(output, Path) else output,
        pagesize=(sheet.page_width, sheet.page_height),
        pageCompression=1,
    )
    canvas.setTitle("Labels")
    _define_swatches(canvas, {label.tag_colour for label in labels if label.tag_colour}, style)
    for done, (label, slot) in enumerate(_slots(labels, start_position - 1, sheet), start=1):
        if slot == 0 and done > 1:
            canvas.showPage()
        _draw_label_at(canvas, label, sheet, style, slot)
        if progress is not None and progress(done, len(labels)) is False:
            raise LabelsCancelled
    canvas.showPage()
    canvas.save()
    return math.ceil((start_position - 1 + len(labels)) / sheet.positions)


def _slots(
    labels: Sequence[LabelDocument], first: int, sheet: Sheet
) -> Iterator[tuple[LabelDocument, int]]:
    """Each label with its 0-based position on its page."""
    for index, label in enumerate(labels, start=first):
        yield label, index % sheet.positions


def _draw_label_at(
    canvas: Canvas, label: LabelDocument, sheet: Sheet, style: LabelStyle, slot: int
) -> None:
    canvas.saveState()
    canvas.translate(*sheet.label_origin(slot))
    _draw_label(canvas, label, sheet.label_width, sheet.label_height, style)
    canvas.restoreState()


def _draw_label(
    canvas: Canvas, label: LabelDocument, width: float, height: float, style: LabelStyle
) -> None:
    """Top: shop name, item name. Bottom left: barcode. Bottom right: tag, condition, price.

    Every block is measured before it is drawn, so nothing overlaps or leaves the label.
    """
    pad = style.padding
    inner = width - 2 * pad
    canvas.setFillColor(black)
    shop_baseline = height - pad - ascent(FONT, style.shop_size)
    _draw_fitted(canvas, label.shop_name, (FONT, style.shop_size), pad, shop_baseline, inner)
    name_top = shop_baseline + descent(FONT, style.shop_size) - GAP
    band_top = _draw_item_name(canvas, label.item_name, pad, name_top, inner, style) - 2 * GAP

    symbol = encode_ean(label.barcode)
    module = fit_module_width(symbol, style.module_width, inner * style.barcode_share, style.dot)
    bars_left = snap_up(pad, style.dot)
    bars_height = band_top - pad
    draw_ean(
        canvas, symbol, bars_left, pad, module, bars_height, style.digits_size, style.bar_reduction
    )

    column_left = bars_left + symbol.total_modules * module + GAP
    _draw_price_column(canvas, label, column_left, width - pad, pad, band_top, style)


def _draw_item_name(
    canvas: Canvas, name: str, x: float, top: float, width: float, style: LabelStyle
) -> float:
    """Item name in bold, wrapped to the style's lines; returns the bottom of its box."""
    lines = fit_lines(name, BOLD, style.name_size, width, style.name_lines)
    first_baseline = top - ascent(BOLD, style.name_size)
    canvas.setFont(BOLD, style.name_size)
    for number, line in enumerate(lines):
        canvas.drawString(x, first_baseline - number * style.name_leading, line)
    # The box keeps its full height with one line, so every label has the same layout.
    last_baseline = first_baseline - (style.name_lines - 1) * style.name_leading
    return last_baseline + descent(BOLD, style.name_size)


def _draw_price_column(
    canvas: Canvas,
    label: LabelDocument,
    left: float,
    right: float,
    bottom: float,
    top: float,
    style: LabelStyle,
) -> None:
    """Tag at the top, condition under it, price at the bottom; all right-aligned."""
    width = right - left
    tag_bottom = _draw_tag(canvas, label, right, top, width, style)
    condition_baseline = tag_bottom - GAP - ascent(FONT, style.condition_size)
    if label.condition:
        condition_font = (FONT, style.condition_size)
        _draw_fitted(
            canvas, label.condition, condition_font, right, condition_baseline, width, True
        )
    room_top = condition_baseline + descent(FONT, style.condition_size) - GAP
    _draw_price(canvas, label.price_ore, right, bottom, width, room_top - bottom, style)


def _draw_price(
    canvas: Canvas,
    ore: int,
    right: float,
    bottom: float,
    width: float,
    height: float,
    style: LabelStyle,
) -> None:
    # Helvetica lacks a distinct no-break space; a plain one looks the same here.
    text = format_kr(ore).replace("\u00a0", " ")
    line_height = ascent(BOLD, 1) - descent(BOLD, 1)
    size = min(style.price_max_size, width / stringWidth(text, BOLD, 1), height / line_height)
    canvas.setFont(BOLD, size)
    canvas.drawRightString(right, bottom - descent(BOLD, size), text)


def _draw_tag(
    canvas: Canvas,
    label: LabelDocument,
    right: float,
    top: float,
    width: float,
    style: LabelStyle,
) -> float:
    """Colour swatch followed by the tag text, against the right edge; returns the bottom
    of the tag row."""
    if label.tag_colour is None and not label.tag_text:
        return top
    radius = style.swatch_radius
    centre_y = top - radius
    text_right = right
    if label.tag_text:
        room = width - (2 * radius + GAP if label.tag_colour else 0)
        baseline = centre_y - ascent(FONT, style.tag_size) * 0.5
        drawn = _draw_fitted(
            canvas, label.tag_text, (FONT, style.tag_size), right, baseline, room, True
        )
        text_right -= drawn + GAP
    if label.tag_colour:
        _draw_swatch(canvas, label.tag_colour, text_right - radius, centre_y)
    return top - 2 * radius


def _define_swatches(canvas: Canvas, colours: set[str], style: LabelStyle) -> None:
    """Each colour's swatch drawn once, as a PDF form that every label showing it
    refers to: a circle is four Bézier curves, a reference one line."""
    radius = style.swatch_radius
    for colour in sorted(colours):
        canvas.beginForm(_swatch_form(colour), -radius, -radius, radius, radius)
        canvas.setFillColor(TAG_COLOURS[colour])
        canvas.setStrokeColor(black)  # the outline keeps a white tag visible
        canvas.setLineWidth(0.4)
        canvas.circle(0, 0, radius - 0.2, stroke=1, fill=1)
        canvas.endForm()


def _swatch_form(colour: str) -> str:
    return f"swatch_{colour}"


def _draw_swatch(canvas: Canvas, colour: str, x: float, y: float) -> None:
    canvas.saveState()
    canvas.translate(x, y)
    canvas.doForm(_swatch_form(colour))
    canvas.restoreState()


def _draw_fitted(
    canvas: Canvas,
    text: str,
    font: Font,
    x: float,
    baseline: float,
    width: float,
    align_right: bool = False,
) -> float:
    """One line shortened with an ellipsis to ``width``; returns the width drawn."""
    lines = fit_lines(text, *font, width, 1)
    if not lines:
        return 0.0
    canvas.setFont(*font)
    draw = canvas.drawRightString if align_right else canvas.drawString
    draw(x, baseline, lines[0])
    return stringWidth(lines[0], *font)
