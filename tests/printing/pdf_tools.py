"""Helpers for the label tests: build labels, render real PDFs, read them back.

Reading back goes through independent tools: pypdfium2 rasterises a page as a
printer driver would, zxing-cpp scans the bars as a till scanner would, and
pypdf extracts the text and where it was drawn.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

import pypdfium2 as pdfium
import zxingcpp
from PIL import Image
from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from omigjen_pos.domain.barcodes import in_store_ean13
from omigjen_pos.printing.labels import LabelDocument, LabelLayout, render_labels_pdf

COLOURS = ["blue", "green", "yellow", "red", "orange", "purple", "white", None]

# Avery L7159 (3 x 8 on A4), written out here rather than taken from the code under test.
A4_LEFT_MM, A4_TOP_MM = 7.21, 12.9
A4_COLUMN_PITCH_MM, A4_ROW_PITCH_MM = 66.04, 33.9
A4_LABEL_MM = (63.5, 33.9)


def sample_labels(count: int) -> list[LabelDocument]:
    """Distinct in-store numbers spread over shops and serials (up to 80), varied content."""
    return [
        LabelDocument(
            shop_name=f"Omigjen butikk {index % 5 + 1}",
            item_name=f"Gjenstand nr. {index} – kopp, skål og fat",
            price_ore=(index + 1) * 1_950,
            barcode=in_store_ean13(index % 99 + 1, 1 + index * 12_345_679),
            condition="Pent brukt" if index % 2 else "Som ny",
            tag_colour=COLOURS[index % len(COLOURS)],
            tag_text=f"Uke {index % 52 + 1}",
        )
        for index in range(count)
    ]


def render(labels, layout: LabelLayout, **kwargs) -> bytes:
    buffer = io.BytesIO()
    render_labels_pdf(labels, layout, buffer, **kwargs)
    return buffer.getvalue()


def rasterise(pdf: bytes, dpi: float, thermal: bool = False) -> list[Image.Image]:
    """Greyscale page images; ``thermal`` gives 1-bit dots without smoothing, like a
    direct thermal head."""
    document = pdfium.PdfDocument(pdf)
    options = {"no_smoothpath": True, "no_smoothtext": True} if thermal else {}
    pages = [page.render(scale=dpi / 72, grayscale=True, **options).to_pil() for page in document]
    document.close()
    if thermal:
        pages = [page.point(lambda value: 255 if value >= 128 else 0) for page in pages]
    return pages


@dataclass(frozen=True)
class Scan:
    text: str
    format: str
    box: tuple[int, int, int, int]  # left, top, right, bottom in pixels


def scan(image: Image.Image) -> list[Scan]:
    """Every symbol zxing reads at the image's own resolution.

    zxing would also retry on images it halves itself: that simulates a scanner
    of half the tested dpi, where a module is under two pixels and EAN's single
    check digit can let a misread through, which is not what a test at a given
    dpi is asking about.
    """
    found = []
    for result in zxingcpp.read_barcodes(image, try_downscale=False):
        corners = [
            result.position.top_left,
            result.position.top_right,
            result.position.bottom_right,
            result.position.bottom_left,
        ]
        xs, ys = [p.x for p in corners], [p.y for p in corners]
        found.append(Scan(result.text, str(result.format), (min(xs), min(ys), max(xs), max(ys))))
    return found


def a4_cell_px(slot: int, dpi: float) -> tuple[int, int, int, int]:
    """Pixel box (left, top, right, bottom) of a 0-based A4 label position."""
    row, column = divmod(slot, 3)
    left = A4_LEFT_MM + column * A4_COLUMN_PITCH_MM
    top = A4_TOP_MM + row * A4_ROW_PITCH_MM
    scale = dpi / 25.4
    width, height = A4_LABEL_MM
    return (
        round(left * scale),
        round(top * scale),
        round((left + width) * scale),
        round((top + height) * scale),
    )


def a4_cell_pt(slot: int) -> tuple[float, float, float, float]:
    """PDF box (left, bottom, right, top) in points of a 0-based A4 label position."""
    row, column = divmod(slot, 3)
    left = (A4_LEFT_MM + column * A4_COLUMN_PITCH_MM) * mm
    top = (297 - A4_TOP_MM - row * A4_ROW_PITCH_MM) * mm
    return left, top - A4_LABEL_MM[1] * mm, left + A4_LABEL_MM[0] * mm, top


@dataclass(frozen=True)
class DrawnText:
    text: str
    left: float
    right: float
    baseline: float
    size: float


def drawn_text(pdf: bytes, page: int = 0) -> list[DrawnText]:
    """Every piece of text on a page with the horizontal extent it was drawn over."""
    pieces: list[DrawnText] = []
    char_space = [0.0]

    def before(operator, operands, cm, tm):
        if operator == b"Tc":
            char_space[0] = float(operands[0])

    def visit(text, cm, tm, font, size):
        text = text.rstrip("\n")
        if not text or not font:
            return
        base_font = str(font["/BaseFont"]).lstrip("/")
        width = stringWidth(text, base_font, size) + char_space[0] * (len(text) - 1)
        left = cm[0] * tm[4] + cm[4]
        baseline = cm[3] * tm[5] + cm[5]
        pieces.append(DrawnText(text, left, left + width * cm[0], baseline, size))

    PdfReader(io.BytesIO(pdf)).pages[page].extract_text(
        visitor_operand_before=before, visitor_text=visit
    )
    return pieces


def page_text(pdf: bytes, page: int = 0) -> str:
    return PdfReader(io.BytesIO(pdf)).pages[page].extract_text()
