"""Label stocks: where each label sits on a page, and the type sizes printed on it.

Two stocks are supported:

- a roll of 62 x 29 mm die-cut labels, one label a page, as Brother and Zebra
  label printers take it;
- A4 sheets of 3 x 8 labels of 63.5 x 33.9 mm (Avery L7159 and its unbranded
  twins). Avery L7160 has the same columns but 38.1 mm labels, and only 7 rows
  fit on A4; it would be a layout of its own (21 positions), not this one.

All numbers are PDF points (1/72 in), the unit reportlab draws in. Text is
fitted to its box here too, measured with the font's own metrics.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import getAscentDescent, stringWidth

Font = tuple[str, float]  # name and size, as Canvas.setFont takes them
ELLIPSIS = "…"

# One dot of a 203 dpi thermal label printer (the common Zebra resolution).
THERMAL_DOT = 72 / 203


class LabelLayout(StrEnum):
    ROLL_62X29 = "roll-62x29"  # one label per page, 62 x 29 mm
    A4_3X8 = "a4-3x8"  # A4 sheet, 3 columns x 8 rows (Avery L7159 geometry)


@dataclass(frozen=True)
class Sheet:
    """Page size and the grid of label positions on it."""

    page_width: float
    page_height: float
    label_width: float
    label_height: float
    columns: int = 1
    rows: int = 1
    left_margin: float = 0.0
    top_margin: float = 0.0
    column_pitch: float = 0.0
    row_pitch: float = 0.0

    @property
    def positions(self) -> int:
        return self.columns * self.rows

    def label_origin(self, slot: int) -> tuple[float, float]:
        """Bottom-left corner of the label in 0-based ``slot`` (left-to-right, top-to-bottom)."""
        row, column = divmod(slot, self.columns)
        x = self.left_margin + column * self.column_pitch
        top = self.page_height - self.top_margin - row * self.row_pitch
        return x, top - self.label_height


@dataclass(frozen=True)
class LabelStyle:
    """Spacing and type sizes of one label design."""

    padding: float  # blank border inside the label edge
    shop_size: float
    name_size: float
    name_leading: float
    name_lines: int
    price_max_size: float  # the price shrinks from here until it fits its column
    condition_size: float
    tag_size: float
    swatch_radius: float
    digits_size: float  # human-readable digits under the bars
    module_width: float  # preferred barcode X-dimension
    barcode_share: float  # largest part of the inner width the barcode may take
    # Bars are drawn this much narrower (bar width reduction) because toner and
    # thermal dots spread, and rasterisers round a bar's edges outwards.
    bar_reduction: float
    # Printer dot to snap bar edges to, when a page is exactly one label (roll):
    # whole-dot bars print without uneven widths on a thermal head.
    dot: float | None


SHEETS: dict[LabelLayout, Sheet] = {
    LabelLayout.ROLL_62X29: Sheet(62 * mm, 29 * mm, 62 * mm, 29 * mm),
    LabelLayout.A4_3X8: Sheet(
        page_width=A4[0],
        page_height=A4[1],
        label_width=63.5 * mm,
        label_height=33.9 * mm,
        columns=3,
        rows=8,
        left_margin=7.21 * mm,
        top_margin=12.9 * mm,
        column_pitch=66.04 * mm,
        row_pitch=33.9 * mm,
    ),
}

STYLES: dict[LabelLayout, LabelStyle] = {
    LabelLayout.ROLL_62X29: LabelStyle(
        padding=1.5 * mm,
        shop_size=6,
        name_size=8.5,
        name_leading=9.5,
        name_lines=2,
        price_max_size=22,
        condition_size=7,
        tag_size=6.5,
        swatch_radius=1.3 * mm,
        digits_size=6.5,
        module_width=2 * THERMAL_DOT,  # 0.250 mm, two dots at 203 dpi
        barcode_share=0.55,
        bar_reduction=THERMAL_DOT / 4,  # keeps a 2-dot bar at 2 dots, not 3
        dot=THERMAL_DOT,
    ),
    # Sheets go through office printers that may shift a few tenths of a
    # millimetre, so the border is wider and the bars a little wider too.
    LabelLayout.A4_3X8: LabelStyle(
        padding=2.5 * mm,
        shop_size=6.5,
        name_size=9.5,
        name_leading=10.5,
        name_lines=2,
        price_max_size=22,
        condition_size=7.5,
        tag_size=7,
        swatch_radius=1.5 * mm,
        digits_size=7,
        module_width=0.27 * mm,  # GS1 smallest retail magnification (80 %)
        barcode_share=0.55,
        bar_reduction=0.03 * mm,
        dot=None,
    ),
}


def fit_lines(text: str, font: str, size: float, width: float, max_lines: int) -> list[str]:
    """``text`` wrapped at spaces into at most ``max_lines`` lines of at most ``width``;
    the last kept line ends with an ellipsis when text had to be left out."""

    def fits(line: str) -> bool:
        return stringWidth(line, font, size) <= width

    if _ellipsis_width(font, size) > width:  # no room for even an ellipsis: draw nothing
        return []
    text = " ".join(text.split())
    if text and max_lines >= 1 and fits(text):  # the usual case: it fits on one line
        return [text]
    lines = _wrap(text, fits)
    if len(lines) <= max_lines:
        return lines
    kept = lines[:max_lines]
    kept[-1] = _with_ellipsis(kept[-1], fits)
    return kept


@functools.lru_cache(maxsize=64)
def _ellipsis_width(font: str, size: float) -> float:
    return stringWidth(ELLIPSIS, font, size)


def _wrap(text: str, fits: Callable[[str], bool]) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in text.split(" ") if text else []:
        candidate = f"{current} {word}" if current else word
        if fits(candidate):
            current = candidate
            continue
        if current:
            lines.append(current)
        current = word
        while not fits(current) and len(current) > 1:  # a word wider than the box: cut it
            cut = _longest_fitting_prefix(current, fits)
            lines.append(current[:cut])
            current = current[cut:]
    if current:
        lines.append(current)
    return lines


def _longest_fitting_prefix(word: str, fits: Callable[[str], bool]) -> int:
    cut = len(word) - 1
    while cut > 1 and not fits(word[:cut]):
        cut -= 1
    return cut


def _with_ellipsis(line: str, fits: Callable[[str], bool]) -> str:
    def shortened(text: str) -> str:
        # "skuffer…" reads better than "skuffer,…"
        return text.rstrip(" ,.;:-–") + ELLIPSIS

    while line and not fits(shortened(line)):
        line = line[:-1]
    return shortened(line)


def ascent(font: str, size: float) -> float:
    return getAscentDescent(font, size)[0]


def descent(font: str, size: float) -> float:
    """Negative: how far below the baseline the font reaches."""
    return getAscentDescent(font, size)[1]
