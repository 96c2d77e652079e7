"""Labels: a PDF of 1,000 item labels through the app's label code.

Measured: ``services.inventory.labels.write_labels_pdf`` as the label dialog
calls it (the items' rows fetched from the small SQLite store, each label laid
out, text fitted, the EAN-13 bars drawn by printing/barcode_drawing.py), into
memory, for the A4 sheet and for the roll.

The floor: the same 1,000 barcodes drawn with reportlab's canvas alone, on pages
of the same stock at the same positions, same page compression: one filled
rectangle per bar and the digits as text, from bar patterns worked out before
the clock starts. That is the least a PDF of those barcodes costs; everything
else on a label (names fitted, price, tag, condition, the layout) is what the
app adds. Target: at most 1.5x the floor.

(reportlab's own EAN-13 widget, ``createBarcodeDrawing("EAN13")`` drawn with
``renderPDF.draw``, is no floor: it took about five times as long as the app's
whole labels in a first run, docs/performance.md.)
"""

from __future__ import annotations

import io
import random
import re

from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import select

from bench.core import Context, Result
from bench.timing import interleaved
from omigjen_pos.domain.items import ItemStatus
from omigjen_pos.printing.barcode_drawing import encode_ean
from omigjen_pos.printing.label_layouts import SHEETS, STYLES, LabelLayout
from omigjen_pos.services.inventory.labels import write_labels_pdf
from omigjen_pos.store.models import Item, Shop

LABELS = 1_000
_BARS = re.compile("1+")
LIMIT = 1.5


def run(ctx: Context) -> list[Result]:
    repeat, warmup = ctx.repeat(10, 4), 2
    results = []
    with ctx.opened("sqlite", ctx.small) as store:
        ids, barcodes = _items(store)
        patterns = [(code, encode_ean(code).modules) for code in barcodes]
        for layout in (LabelLayout.A4_3X8, LabelLayout.ROLL_62X29):
            samples = interleaved(
                {
                    "app": lambda layout=layout: write_labels_pdf(store, ids, layout, io.BytesIO()),
                    "floor": lambda layout=layout: _reportlab_only(patterns, layout),
                },
                repeat,
                warmup,
            )
            results.append(
                Result.against(
                    f"labels ({layout.value}, {LABELS})",
                    samples["app"],
                    samples["floor"],
                    LIMIT,
                    f"≤{LIMIT:g}x reportlab alone",
                    backend="sqlite",
                    floor_name="the same bars and digits, reportlab canvas alone",
                )
            )
    return results


def _items(store) -> tuple[list[int], list[str]]:
    with store.reading() as session:
        rows = session.execute(
            select(Item.id, Item.barcode)
            .join(Shop, Item.shop_id == Shop.id)
            .where(Shop.code == "BRUKT", Item.status == ItemStatus.IN_STOCK)
        ).all()
    chosen = random.Random(3).sample(rows, LABELS)
    return [row.id for row in chosen], [row.barcode for row in chosen]


def _reportlab_only(patterns: list[tuple[str, str]], layout: LabelLayout) -> bytes:
    sheet, style = SHEETS[layout], STYLES[layout]
    module = style.module_width
    height = sheet.label_height * 0.45
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(sheet.page_width, sheet.page_height), pageCompression=1)
    for index, (code, modules) in enumerate(patterns):
        slot = index % sheet.positions
        if slot == 0 and index:
            canvas.showPage()
        x, y = sheet.label_origin(slot)
        left = x + style.padding + 11 * module  # EAN-13 left quiet zone
        bottom = y + style.padding + style.digits_size
        for run in _BARS.finditer(modules):
            canvas.rect(
                left + run.start() * module,
                bottom,
                (run.end() - run.start()) * module,
                height,
                stroke=0,
                fill=1,
            )
        canvas.setFont("Helvetica", style.digits_size)
        canvas.drawString(x + style.padding, y + style.padding, code[0])
        canvas.drawString(left + 3 * module, y + style.padding, code[1:7])
        canvas.drawString(left + 50 * module, y + style.padding, code[7:])
    canvas.showPage()
    canvas.save()
    return out.getvalue()
