"""Printed barcodes scan back to the numbers on the labels, on every page and position."""

from __future__ import annotations

import pytest

from omigjen_pos.printing.labels import LabelDocument, LabelLayout
from tests.printing.pdf_tools import a4_cell_px, rasterise, render, sample_labels, scan

LABEL_COUNT = 30


@pytest.fixture(scope="module")
def labels() -> list[LabelDocument]:
    return sample_labels(LABEL_COUNT)


@pytest.fixture(scope="module")
def roll_pdf(labels) -> bytes:
    return render(labels, LabelLayout.ROLL_62X29)


@pytest.fixture(scope="module")
def a4_pdf(labels) -> bytes:
    return render(labels, LabelLayout.A4_3X8)


def test_the_sample_numbers_are_distinct(labels):
    assert len({label.barcode for label in labels}) == LABEL_COUNT


@pytest.mark.parametrize(
    ("dpi", "thermal"),
    [(300, False), (203, True), (300, True)],
    ids=["300dpi-smooth", "203dpi-thermal", "300dpi-thermal"],
)
def test_every_roll_label_scans_as_its_own_number(labels, roll_pdf, dpi, thermal):
    pages = rasterise(roll_pdf, dpi, thermal=thermal)
    assert len(pages) == LABEL_COUNT
    scanned = [[found.text for found in scan(page)] for page in pages]
    assert scanned == [[label.barcode] for label in labels]


def test_every_a4_position_scans_as_its_label_number(labels, a4_pdf):
    pages = rasterise(a4_pdf, 300)
    assert len(pages) == 2
    decoded = {}
    for page_number, page in enumerate(pages):
        for slot in range(24):
            found = scan(page.crop(a4_cell_px(slot, 300)))
            if found:
                decoded[page_number * 24 + slot] = [hit.text for hit in found]
    assert decoded == {index: [label.barcode] for index, label in enumerate(labels)}


def test_whole_a4_sheet_scans_to_the_same_set(labels, a4_pdf):
    first_sheet = rasterise(a4_pdf, 300)[0]
    assert {found.text for found in scan(first_sheet)} == {label.barcode for label in labels[:24]}


@pytest.mark.parametrize("layout", list(LabelLayout))
def test_stock_article_ean8_scans(layout):
    stock = LabelDocument("Omigjen", "Batterier AA 4-pk", 4_900, "96385074", None, None, None)
    pdf = render([stock], layout)
    dpi, thermal = (203, True) if layout is LabelLayout.ROLL_62X29 else (300, False)
    found = scan(rasterise(pdf, dpi, thermal=thermal)[0])
    assert [(hit.text, hit.format) for hit in found] == [("96385074", "EAN-8")]


def test_bars_are_whole_thermal_dots_on_the_roll(roll_pdf):
    # At 203 dpi a module is two dots: every bar and space run across the
    # middle of the symbol is 2, 4, 6 or 8 dots wide, never an odd width.
    page = rasterise(roll_pdf, 203, thermal=True)[0]
    found = scan(page)[0]
    left, top, right, bottom = found.box
    row = [page.getpixel((x, (top + bottom) // 2)) for x in range(left, right + 1)]
    runs = _run_lengths(row)
    assert runs and all(length in (2, 4, 6, 8) for length in runs[1:-1])


def _run_lengths(row: list[int]) -> list[int]:
    runs, previous = [], None
    for value in row:
        if value == previous:
            runs[-1] += 1
        else:
            runs.append(1)
            previous = value
    return runs
