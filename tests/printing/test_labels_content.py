"""What a label says, where it sits on the page, and how the renderer refuses or stops."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm

from omigjen_pos.domain.barcodes import in_store_ean13
from omigjen_pos.printing.label_layouts import fit_lines
from omigjen_pos.printing.labels import (
    LabelDocument,
    LabelLayout,
    LabelsCancelled,
    render_labels_pdf,
)
from tests.printing.pdf_tools import (
    a4_cell_pt,
    a4_cell_px,
    drawn_text,
    page_text,
    rasterise,
    render,
    sample_labels,
    scan,
)

JAM = LabelDocument(
    shop_name="Omigjen Grønland",
    item_name="Blåbærsyltetøy Æ Ø Å",
    price_ore=14_950,
    barcode=in_store_ean13(7, 42),
    condition="Pent brukt",
    tag_colour="yellow",
    tag_text="Uke 48",
)
LONG_NAME = (
    "Stor gammeldags kommode i heltre eik med tre dype skuffer, messingbeslag, "
    "løse hyllebrett og nøkkel til øverste skuff, restaurert av frivillige på verkstedet"
)
LONG = LabelDocument(
    shop_name="Omigjen Alnabru gjenbrukssenter, avdeling møbler og interiør",
    item_name=LONG_NAME,
    price_ore=1_234_550,
    barcode=in_store_ean13(12, 999_999_999),
    condition="Brukt, med synlige merker etter mange års bruk på hytta",
    tag_colour="white",
    tag_text="Gul lapp fra lageret i andre etasje",
)
ROLL_BOX = (0.0, 0.0, 62 * mm, 29 * mm)


@pytest.mark.parametrize("layout", list(LabelLayout))
def test_label_text_reads_back_with_norwegian_letters(layout):
    text = page_text(render([JAM], layout))
    for expected in ("Omigjen Grønland", "Blåbærsyltetøy Æ Ø Å", "149,50", "Pent brukt", "Uke 48"):
        assert expected in text


def test_price_is_grouped_in_thousands_and_printed_largest():
    pieces = drawn_text(render([LONG], LabelLayout.ROLL_62X29))
    price = next(piece for piece in pieces if piece.text.startswith("kr "))
    assert price.text == "kr 12 345,50"  # no-break space drawn as a plain space
    assert price.size == max(piece.size for piece in pieces)


@pytest.mark.parametrize(
    ("layout", "start", "box"),
    [(LabelLayout.ROLL_62X29, 1, ROLL_BOX), (LabelLayout.A4_3X8, 6, a4_cell_pt(5))],
)
def test_long_texts_are_shortened_and_stay_inside_the_label(layout, start, box):
    pdf = render([LONG], layout, start_position=start)
    text = page_text(pdf)
    assert "…" in text
    assert "restaurert av frivillige" not in text
    left, bottom, right, top = box
    pieces = drawn_text(pdf)
    assert len(pieces) >= 8  # shop, two name lines, three digit groups, tag, condition, price
    for piece in pieces:
        assert left <= piece.left and piece.right <= right, piece
        assert bottom <= piece.baseline and piece.baseline + piece.size * 0.75 <= top, piece


def test_a_long_item_name_takes_two_lines_and_ends_with_an_ellipsis():
    lines = fit_lines(LONG_NAME, "Helvetica-Bold", 8.5, 50 * mm, 2)
    assert len(lines) == 2 and lines[1].endswith("…")
    assert LONG_NAME.startswith(lines[0])
    assert fit_lines("Kopp", "Helvetica-Bold", 8.5, 50 * mm, 2) == ["Kopp"]
    unbroken = fit_lines("Ø" * 80, "Helvetica", 8, 20 * mm, 2)
    assert len(unbroken) == 2 and unbroken[1].endswith("…")


def test_roll_pages_are_62_by_29_mm_one_label_each():
    pdf = render(sample_labels(3), LabelLayout.ROLL_62X29)
    pages = PdfReader(io.BytesIO(pdf)).pages
    assert len(pages) == 3
    for page in pages:
        assert float(page.mediabox.width) == pytest.approx(62 * mm, abs=0.5)
        assert float(page.mediabox.height) == pytest.approx(29 * mm, abs=0.5)


def test_a4_pages_are_a4():
    page = PdfReader(io.BytesIO(render([JAM], LabelLayout.A4_3X8))).pages[0]
    assert float(page.mediabox.width) == pytest.approx(210 * mm, abs=0.5)
    assert float(page.mediabox.height) == pytest.approx(297 * mm, abs=0.5)


def test_start_position_5_prints_in_row_2_column_2():
    pdf = render([JAM], LabelLayout.A4_3X8, start_position=5)
    page = rasterise(pdf, 300)[0]
    [found] = scan(page)
    assert found.text == JAM.barcode
    cell_left, cell_top, cell_right, cell_bottom = a4_cell_px(4, 300)
    left, top, right, bottom = found.box
    assert cell_left < left < right < cell_right
    assert cell_top < top < bottom < cell_bottom


@pytest.mark.parametrize(
    ("count", "start", "pages"), [(24, 1, 1), (25, 1, 2), (1, 24, 1), (2, 24, 2), (48, 1, 2)]
)
def test_a4_sheets_needed(count, start, pages):
    buffer = io.BytesIO()
    labels = sample_labels(count)
    written = render_labels_pdf(labels, LabelLayout.A4_3X8, buffer, start_position=start)
    assert written == pages == len(PdfReader(buffer).pages)


@pytest.mark.parametrize("start", [0, 25, -1])
def test_start_position_outside_the_sheet_is_refused(start):
    with pytest.raises(ValueError, match="start position"):
        render([JAM], LabelLayout.A4_3X8, start_position=start)


def test_a_roll_has_only_position_1():
    with pytest.raises(ValueError, match="start position"):
        render([JAM], LabelLayout.ROLL_62X29, start_position=2)


def test_progress_returning_false_cancels_and_writes_nothing(tmp_path):
    calls = []

    def progress(done, total):
        calls.append((done, total))
        return done < 3

    target = tmp_path / "labels.pdf"
    with pytest.raises(LabelsCancelled):
        render_labels_pdf(sample_labels(10), LabelLayout.ROLL_62X29, target, progress=progress)
    assert calls == [(1, 10), (2, 10), (3, 10)]
    assert not target.exists()


def test_progress_sees_every_label_and_a_path_gets_the_pdf(tmp_path):
    calls = []
    target = tmp_path / "labels.pdf"
    written = render_labels_pdf(
        sample_labels(4), "a4-3x8", target, progress=lambda done, total: calls.append(done) or True
    )
    assert written == 1 and calls == [1, 2, 3, 4]
    assert target.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize(
    "barcode",
    ["2070000000420", "207000000042", "96385075", "2O70000000421", "９６３８５０７４", ""],
)
def test_a_barcode_that_is_not_a_valid_ean_is_refused(barcode):
    label = LabelDocument("Omigjen", "Kopp", 2_000, barcode, None, None, None)
    with pytest.raises(ValueError, match="barcode"):
        render([label], LabelLayout.ROLL_62X29)


def test_unknown_tag_colour_and_empty_list_are_refused():
    with pytest.raises(ValueError, match="tag colour"):
        LabelDocument("Omigjen", "Kopp", 2_000, "96385074", None, "pink", None)
    with pytest.raises(ValueError, match="no labels"):
        render([], LabelLayout.A4_3X8)
