"""EAN-13 and EAN-8 symbols drawn as vector bars on a reportlab canvas.

python-barcode encodes the number: its module string ('1' bar, '0' space)
decides every bar. This module only turns modules into rectangles, keeps the
quiet zones blank and sets the human-readable digits under the bars, EAN style.
"""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass

import barcode
from reportlab.lib.colors import black
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

DIGITS_FONT = "Helvetica"
# Quiet zones (left, right) in modules, from the GS1 General Specifications.
QUIET_ZONES = {13: (11, 7), 8: (7, 7)}
DIGIT_MODULES = 7  # every EAN digit is 7 modules wide
EDGE_GUARD = 3  # 101
CENTRE_GUARD = 5  # 01010
_BARCODE_KINDS = {13: "ean13", 8: "ean8"}
_BARS = re.compile("1+")


@dataclass(frozen=True)
class EanSymbol:
    code: str  # all digits, check digit included
    modules: str  # guards and digits as '1'/'0', quiet zones not included

    @property
    def quiet_left(self) -> int:
        return QUIET_ZONES[len(self.code)][0]

    @property
    def total_modules(self) -> int:
        left, right = QUIET_ZONES[len(self.code)]
        return left + len(self.modules) + right

    @property
    def right_group_start(self) -> int:
        """First module after the centre guard."""
        return len(self.modules) // 2 + CENTRE_GUARD // 2 + 1

    def in_guard(self, module: int) -> bool:
        centre = len(self.modules) // 2 - CENTRE_GUARD // 2
        return (
            module < EDGE_GUARD
            or module >= len(self.modules) - EDGE_GUARD
            or centre <= module < centre + CENTRE_GUARD
        )

    def digit_groups(self) -> tuple[str, str, str]:
        """(digit left of the bars, digits under the left half, under the right half)."""
        if len(self.code) == 13:
            return self.code[0], self.code[1:7], self.code[7:]
        return "", self.code[:4], self.code[4:]


def encode_ean(code: str) -> EanSymbol:
    """Modules of an EAN-13 or EAN-8 number.

    Raises ValueError when ``code`` is not one, or its check digit is wrong.
    """
    kind = _BARCODE_KINDS.get(len(code))
    if kind is None or not (code.isascii() and code.isdigit()):
        raise ValueError(f"barcode {code!r} is neither EAN-13 nor EAN-8 digits")
    # python-barcode computes the check digit itself; it must agree with the label's.
    symbol = barcode.get_barcode_class(kind)(code[:-1])
    if symbol.get_fullcode() != code:
        raise ValueError(f"barcode {code} has a wrong check digit ({symbol.get_fullcode()})")
    return EanSymbol(code, symbol.build()[0])


def fit_module_width(
    symbol: EanSymbol, preferred: float, available: float, dot: float | None
) -> float:
    """The preferred X-dimension, narrowed to fit ``available`` width and snapped down to
    whole printer dots when a dot is given (and at least one dot wide)."""
    width = min(preferred, available / symbol.total_modules)
    if dot and width >= dot:
        width = math.floor(width / dot + 1e-9) * dot
    return width


def snap_up(value: float, dot: float | None) -> float:
    """``value`` moved right to the next printer dot edge, so bars start on whole dots."""
    return math.ceil(value / dot - 1e-9) * dot if dot else value


def draw_ean(
    canvas: Canvas,
    symbol: EanSymbol,
    x: float,
    y: float,
    module_width: float,
    height: float,
    digits_size: float,
    bar_reduction: float = 0.0,
) -> None:
    """Draw the symbol with its quiet zones starting at ``x``; ``y`` is the digits' baseline
    and ``y + height`` the top of the bars. Each bar loses ``bar_reduction`` of its width,
    half on each side, so the spaces gain what ink spread takes from them."""
    size = _digits_size(module_width, digits_size)
    bars_x = x + symbol.quiet_left * module_width
    bar_bottom = y + size * 0.85  # above the digits
    guard_bottom = y + size * 0.35  # guards reach down between the digit groups
    canvas.saveState()
    canvas.setFillColor(black)
    # One rectangle per run of dark modules: adjacent rectangles would leave
    # hairline gaps when anti-aliased.
    for run in _BARS.finditer(symbol.modules):
        bottom = guard_bottom if symbol.in_guard(run.start()) else bar_bottom
        left = bars_x + run.start() * module_width + bar_reduction / 2
        width = (run.end() - run.start()) * module_width - bar_reduction
        canvas.rect(left, bottom, width, y + height - bottom, stroke=0, fill=1)
    _draw_digits(canvas, symbol, bars_x, y, module_width, size)
    canvas.restoreState()


def _digits_size(module_width: float, wanted: float) -> float:
    """Largest size up to ``wanted`` whose digits fit a 7-module slot."""
    per_point = _digit_width(1)
    return min(wanted, 0.92 * DIGIT_MODULES * module_width / per_point)


def _draw_digits(
    canvas: Canvas, symbol: EanSymbol, bars_x: float, y: float, module_width: float, size: float
) -> None:
    lead, left, right = symbol.digit_groups()
    canvas.setFont(DIGITS_FONT, size)
    if lead:  # EAN-13's first digit sits in the left quiet zone
        canvas.drawRightString(bars_x - module_width, y, lead)
    _draw_group(canvas, left, bars_x + EDGE_GUARD * module_width, y, module_width, size)
    group_x = bars_x + symbol.right_group_start * module_width
    _draw_group(canvas, right, group_x, y, module_width, size)


def _draw_group(
    canvas: Canvas, digits: str, x: float, y: float, module_width: float, size: float
) -> None:
    """Digits centred each under its own 7 modules; one string keeps it one word of text."""
    advance = _digit_width(size)
    spacing = DIGIT_MODULES * module_width - advance
    canvas.drawString(x + spacing / 2, y, digits, charSpace=spacing)


@functools.lru_cache(maxsize=64)
def _digit_width(size: float) -> float:
    """The advance of a digit (all digits are as wide in Helvetica), measured once per size."""
    return stringWidth("0", DIGITS_FONT, size)
