"""PDF pages as pixels, for on-screen previews and for printers that take images.

PDFium (through pypdfium2) draws the pages; the GUI wraps the bytes in a QImage.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pypdfium2 as pdfium

POINTS_PER_INCH = 72


@dataclass(frozen=True)
class RasterPage:
    width: int
    height: int
    stride: int  # bytes per row
    rgb: bytes  # 8-bit RGB, rows top to bottom


def rasterise_pdf(pdf: bytes, dpi: float) -> Iterator[RasterPage]:
    document = pdfium.PdfDocument(pdf)
    try:
        for page in document:
            bitmap = page.render(scale=dpi / POINTS_PER_INCH, rev_byteorder=True)
            if bitmap.mode != "RGB":  # pragma: no cover - PDFium renders opaque pages as RGB
                raise ValueError(f"unexpected bitmap mode {bitmap.mode}")
            yield RasterPage(bitmap.width, bitmap.height, bitmap.stride, bytes(bitmap.buffer))
            page.close()
    finally:
        document.close()
