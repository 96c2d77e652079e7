"""A monospaced document (an X- or Z-report) as PDF: on a roll as long as the
text, or on A4 pages. Courier keeps the columns the text was laid out in;
reportlab's standard Courier covers æ ø å. Nothing is written to ``output``
until the whole document is drawn."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

FONT = "Courier"
MARGIN = 4 * mm
ROLL_WIDTHS = {"80mm": 80 * mm, "58mm": 58 * mm}


def render_text_pdf(
    text: str, output: BinaryIO | str | Path, paper: str = "80mm", title: str = ""
) -> None:
    lines = text.rstrip("\n").split("\n")
    columns = max((len(line) for line in lines), default=1)
    if paper in ROLL_WIDTHS:
        width = ROLL_WIDTHS[paper]
        size = (width - 2 * MARGIN) / (columns * 0.6)  # Courier is 0.6 em wide
        leading = size * 1.2
        pages = [lines]
        page_size = (width, 2 * MARGIN + leading * len(lines))
    elif paper == "A4":
        size, page_size = 9.0, A4
        leading = size * 1.2
        per_page = int((A4[1] - 2 * 15 * mm) // leading)
        pages = [lines[i : i + per_page] for i in range(0, len(lines), per_page)] or [[]]
    else:
        raise ValueError(f"unknown paper {paper!r}; use 80mm, 58mm or A4")
    buffer = BytesIO()
    canvas = Canvas(buffer, pagesize=page_size)
    canvas.setTitle(title)
    left = MARGIN if paper in ROLL_WIDTHS else (A4[0] - columns * size * 0.6) / 2
    top = page_size[1] - (MARGIN if paper in ROLL_WIDTHS else 15 * mm)
    for page in pages:
        canvas.setFont(FONT, size)
        for row, line in enumerate(page):
            canvas.drawString(left, top - leading * (row + 1) + leading * 0.2, line)
        canvas.showPage()
    canvas.save()
    data = buffer.getvalue()
    if isinstance(output, str | Path):
        Path(output).write_bytes(data)
    else:
        output.write(data)
