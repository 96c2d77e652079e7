"""Receipts as PDF on 80 mm and 58 mm rolls and on A4, from real sales on SQLite and
PostgreSQL: every field the plain text has is printed (read back with pypdf), the
receipt's code scans back (PDFium at a thermal head's 203 dpi, then zxing), the
roll is as long as the receipt and exactly as wide as the paper."""

from __future__ import annotations

import dataclasses
import io
import itertools
import re
import uuid

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from omigjen_pos.domain.business_day import OSLO
from omigjen_pos.domain.item_rules import ItemDraft
from omigjen_pos.domain.items import ItemKind, ItemSource
from omigjen_pos.domain.pricing import Discount
from omigjen_pos.domain.receipt_codes import receipt_code
from omigjen_pos.domain.settlement import Tender
from omigjen_pos.printing.receipt_document import (
    NOT_A_RECEIPT,
    ReceiptDocument,
    kr,
    rate_text,
)
from omigjen_pos.printing.receipt_pdf import PAPERS, render_receipt_pdf
from omigjen_pos.services import users
from omigjen_pos.services.checkout.basket import open_basket, scan_item
from omigjen_pos.services.checkout.line_changes import discount_line, set_quantity
from omigjen_pos.services.checkout.returns import find_sales_for_return, record_return
from omigjen_pos.services.checkout.sale import complete_sale
from omigjen_pos.services.inventory.registration import list_categories, register_item
from omigjen_pos.services.receipts import MARGIN_NOTE, next_receipt, record_receipt_produced
from omigjen_pos.store.models import PaymentMethod
from tests.printing.pdf_tools import DrawnText, drawn_text, rasterise, scan

ALL_PAPERS = ("80mm", "58mm", "A4")
ROLLS = {"80mm": (80, 72), "58mm": (58, 48)}  # paper and printable width, mm
CODE128_MODULES = 112  # start C, 7 digit pairs, check character and stop (13)
THERMAL_DPI = 203
CASH = (Tender("cash"),)
MONEY = re.compile(r"-?\d{1,3}(?: \d{3})*,\d\d")


# -- people, items and sales ------------------------------------------------------------


@pytest.fixture(scope="module")
def store(store_factory):
    """One demo-centre store per backend for the whole module (conftest's ``store`` is
    one per test): every test makes its own items and sales, and each PostgreSQL
    database costs a second or more to create and drop. The logins are shared too:
    a PIN check is slow on purpose."""
    opened = store_factory.demo()
    yield opened
    opened.close()


@pytest.fixture(scope="module")
def cashier(store):
    return users.login(store, "BRUKT-1", 101, "1111")


@pytest.fixture(scope="module")
def manager(store):
    return users.login(store, "BRUKT-1", 103, "1234")


@pytest.fixture(scope="module")
def make_item(store, manager):
    categories = {c.code: c.id for c in list_categories(store)}

    def make(price_ore=10_000, actor=None, category="MOBLER", **changes):
        draft = dict(
            category_id=categories[category],
            name="Spisestol",
            price_ore=price_ore,
            source=ItemSource.DONATION,
        )
        return register_item(store, actor or manager, ItemDraft(**(draft | changes)))

    return make


def sell(store, actor, *items, tenders=CASH, training=False, discount=None):
    """Scan ``items`` (an item, or (item, quantity) for a stock article) and pay."""
    basket = open_basket(store, actor, training=training)
    for entry in items:
        item, quantity = entry if isinstance(entry, tuple) else (entry, 1)
        basket = scan_item(store, actor, basket.id, item.barcode)
        if quantity != 1:
            basket = set_quantity(store, actor, basket.id, basket.lines[-1].id, quantity)
    if discount:
        basket = discount_line(store, actor, basket.id, basket.lines[0].id, discount)
    return complete_sale(store, actor, basket.id, list(tenders))


# -- reading the PDF back ---------------------------------------------------------------


def render(receipt: ReceiptDocument, paper: str) -> bytes:
    buffer = io.BytesIO()
    render_receipt_pdf(receipt, buffer, paper)
    return buffer.getvalue()


def text_of(pdf: bytes) -> str:
    """Every page's text, all runs of white space made one space."""
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    return [
        (float(page.mediabox.width), float(page.mediabox.height))
        for page in PdfReader(io.BytesIO(pdf)).pages
    ]


def pieces_of(pdf: bytes) -> list[DrawnText]:
    """The first page's text as drawn; pypdf puts a space before some pieces that
    were not drawn with one, so it comes off again (a space is 0.278 em in Helvetica)."""
    pieces = []
    for piece in drawn_text(pdf):
        text = piece.text.lstrip(" ")
        cut = (len(piece.text) - len(text)) * 0.278 * piece.size
        pieces.append(dataclasses.replace(piece, text=text, right=piece.right - cut))
    return pieces


def money(ore: int) -> str:
    return kr(ore).replace("\u00a0", " ")


def printed_fields(receipt: ReceiptDocument) -> list[str]:
    """What the plain text of ``receipt`` holds, as the PDF's text should read it."""
    fields = [
        receipt.title.upper(),
        receipt.shop_name,
        receipt.org_line,
        *receipt.address_lines,
        f"Kasse {receipt.till_code}",
        f"Kvittering {receipt.receipt_number}",
        receipt.when,
        f"Betjent av {receipt.cashier}",
        f"TOTALT {money(receipt.total_ore)}",
        *receipt.footer,
        *(" ".join(note.split()) for note in receipt.notes),
    ]
    for line in receipt.lines:
        fields.append(f"{line.description} {money(line.total_ore)}")
        if line.quantity != 1:
            fields.append(f"{line.quantity} × {money(line.unit_price_ore)}")
        if line.discount_ore:
            fields.append(f"Rabatt {money(line.discount_ore)}")
    if receipt.discount_total_ore:
        fields.append(f"Rabatt totalt {money(receipt.discount_total_ore)}")
    if receipt.rounding_ore:
        due = "Å BETALE" if receipt.paid_ore >= 0 else "TILBAKE"
        fields += [
            f"Øreavrunding {money(receipt.rounding_ore)}",
            f"{due} {money(receipt.paid_ore)}",
        ]
    for payment in receipt.payments:
        fields.append(f"{payment.label} {money(payment.amount_ore)}")
        if payment.reference:
            fields.append(f"Ref. {payment.reference}")
    if receipt.change_ore:
        fields.append(f"Veksel {money(receipt.change_ore)}")
    if receipt.vat_lines:
        fields.append("Mva-sats Grunnlag Mva")
    for vat in receipt.vat_lines:
        fields.append(f"{rate_text(vat.rate_bp)} {money(vat.base_ore)} {money(vat.vat_ore)}")
    if receipt.barcode:
        fields.append(receipt.barcode)
    return fields


def scanned(pdf: bytes, paper: str) -> list[tuple[str, str]]:
    """What a scanner reads off the first page: a 203 dpi thermal head's dots on a
    roll, a 200 dpi office print of A4."""
    thermal = paper in ROLLS
    page = rasterise(pdf, THERMAL_DPI if thermal else 200, thermal=thermal)[0]
    return [(hit.text, hit.format) for hit in scan(page)]


def check_receipt(receipt: ReceiptDocument, *expected: str) -> dict[str, bytes]:
    """Render ``receipt`` on every paper and check it all: the plain text's fields,
    ``expected`` literally, the marks twice, the barcode scanning back. Returns the PDFs."""
    pdfs = {}
    for paper in ALL_PAPERS:
        pdf = pdfs[paper] = render(receipt, paper)
        text = text_of(pdf)
        for field in [*printed_fields(receipt), *expected]:
            assert field in text, f"{paper}: {field!r} missing from {text!r}"
        margin_lines = sum(line.margin_scheme for line in receipt.lines)
        assert text.count("Bruktmoms (avanseordningen)") == margin_lines, paper
        for mark in receipt.marks:
            assert text.count(mark) == 2, f"{paper}: {mark} not at the top and the bottom"
        if not receipt.marks:
            assert NOT_A_RECEIPT not in text
        code = [(receipt.barcode, "Code 128")] if receipt.barcode else []
        assert scanned(pdf, paper) == code, paper
    return pdfs


# -- the eight kinds of receipt ---------------------------------------------------------


def test_a_plain_cash_sale(store, cashier, make_item):
    chair = make_item(14_950, name="Spisestol i eik")
    sale = sell(store, cashier, chair, tenders=[Tender("cash", tendered_ore=20_000)])
    receipt = next_receipt(store, cashier, sale.sale_id)
    assert receipt.barcode == receipt_code(cashier.till.id, sale.receipt_number)
    check_receipt(
        receipt,
        "SALGSKVITTERING",
        "Omigjen Bruktbutikk",
        "Org.nr. 921 467 710 MVA",
        "Kasse BRUKT-1",
        f"Kvittering {sale.receipt_number}",
        sale.created_at.astimezone(OSLO).strftime("%d.%m.%Y %H:%M"),
        "Betjent av Kari Kasserer",
        "Spisestol i eik 149,50",
        "TOTALT 149,50",
        "Øreavrunding 0,50",
        "Å BETALE 150,00",
        "Kontant 200,00",
        "Veksel 50,00",
        "Mva-sats Grunnlag Mva 25 % 119,60 29,90",
        "Byttes innen 14 dager mot kvittering.",
    )


def test_a_split_card_and_cash_payment_with_rounding(store, cashier, make_item):
    bags = make_item(
        1_500,
        category="KJOKKEN",
        name="Handlenett",
        kind=ItemKind.STOCK,
        condition=None,
        source=ItemSource.NEW_GOODS,
        quantity=10,
    )
    book = make_item(9_950, category="BOKER", name="Sult")
    sale = sell(
        store,
        cashier,
        make_item(30_000, name="Bokhylle"),
        book,
        (bags, 2),
        tenders=[Tender("card", 20_000, reference="T-778899"), Tender("cash")],
    )
    check_receipt(
        next_receipt(store, cashier, sale.sale_id),
        "Bokhylle 300,00",
        "Sult 99,50",
        "Handlenett 30,00 2 × 15,00",
        "TOTALT 429,50",
        "Øreavrunding 0,50",
        "Å BETALE 430,00",
        "Bankkort 200,00 Ref. T-778899 Kontant 230,00",
        "25 % 264,00 66,00",  # the chair and the bags
        "0 % 99,50 0,00",  # books are zero-rated
    )


def test_a_discount_on_its_line_and_in_total(store, cashier, make_item):
    sale = sell(store, cashier, make_item(20_000), discount=Discount(percent_bp=1000))
    check_receipt(
        next_receipt(store, cashier, sale.sale_id),
        "Spisestol 180,00 Rabatt 20,00",
        "Rabatt totalt 20,00 TOTALT 180,00",
        "25 % 144,00 36,00",
    )


def test_a_margin_scheme_line_shows_no_vat_but_says_so(store, cashier, make_item):
    bought = make_item(
        50_000, name="Kommode", source=ItemSource.BOUGHT_PRIVATE, purchase_price_ore=20_000
    )
    sale = sell(store, cashier, bought, make_item(10_000, name="Speil"))
    receipt = next_receipt(store, cashier, sale.sale_id)
    assert MARGIN_NOTE in receipt.notes
    check_receipt(
        receipt,
        "Kommode 500,00 Bruktmoms (avanseordningen) Speil 100,00",
        "Mva-sats Grunnlag Mva 25 % 80,00 20,00",  # the mirror only
        "Varer merket bruktmoms selges etter avanseordningen",
    )


def test_a_shop_that_is_not_vat_registered(store, make_item):
    volunteer = users.login(store, "HJERTE-1", 301, "5555")
    chair = users.login(store, "HJERTE-1", 302, "6666")
    jacket = make_item(9_900, actor=chair, category="KLAR", name="Barnejakke")
    sale = sell(store, volunteer, jacket, tenders=[Tender("cash", tendered_ore=10_000)])
    receipt = next_receipt(store, volunteer, sale.sale_id)
    pdfs = check_receipt(
        receipt,
        "Hjerterom Gjenbruk Org.nr. 998 877 652 Gjenbruksveien 1",
        "Kasse HJERTE-1",
        "Betjent av Ingrid Hjelper",
        "Barnejakke 99,00 TOTALT 99,00",
        "Kontant 100,00 Veksel 1,00",
        "Selger er ikke registrert i Merverdiavgiftsregisteret.",
    )
    for pdf in pdfs.values():
        assert "MVA" not in text_of(pdf) and "Mva-sats" not in text_of(pdf)


def test_a_return(store, cashier, make_item):
    sale = sell(store, cashier, make_item(14_950, name="Lenestol"))
    (found,) = find_sales_for_return(store, cashier, f"BRUKT-1 {sale.receipt_number}")
    refund = record_return(
        store, cashier, str(uuid.uuid4()), found.id, [found.lines[0].id], PaymentMethod.CASH
    )
    receipt = next_receipt(store, cashier, refund.sale_id)
    assert receipt.barcode == receipt_code(cashier.till.id, refund.receipt_number)
    check_receipt(
        receipt,
        "RETURKVITTERING",
        f"Kvittering {refund.receipt_number}",
        "Lenestol -149,50",
        "TOTALT -149,50 Øreavrunding -0,50 TILBAKE -150,00",
        "Kontant -150,00",
        f"Retur av kvittering {sale.receipt_number}",
    )


def test_a_copy_is_marked_in_larger_type(store, cashier, make_item):
    sale = sell(store, cashier, make_item(), tenders=[Tender("vipps", 10_000, reference="V-42")])
    original = next_receipt(store, cashier, sale.sale_id)
    record_receipt_produced(store, cashier, original, sale.sale_id, "pdf")
    copy = next_receipt(store, cashier, sale.sale_id)
    assert copy.marks == ("KOPI", NOT_A_RECEIPT)
    pdfs = check_receipt(copy, "KOPI IKKE KVITTERING FOR KJØP SALGSKVITTERING", "Vipps 100,00")
    for paper, pdf in pdfs.items():
        pieces = pieces_of(pdf)
        size = {piece.text: piece.size for piece in pieces}
        marks = sorted((p for p in pieces if p.text == "KOPI"), key=lambda p: -p.baseline)
        assert len(marks) == 2, paper
        assert all(mark.size > size["SALGSKVITTERING"] > size["Vipps"] for mark in marks), paper
        top, bottom = marks
        assert top.baseline == max(piece.baseline for piece in pieces), paper
        below = [p.baseline for p in pieces if p.baseline < bottom.baseline]
        assert all(p.text.startswith(("IKKE", "FOR")) for p in pieces if p.baseline in below)


def test_a_training_sale_is_marked_and_has_no_code(store, cashier, make_item):
    sale = sell(store, cashier, make_item(), training=True)
    receipt = next_receipt(store, cashier, sale.sale_id)
    assert receipt.training and receipt.barcode == ""
    check_receipt(receipt, "TRENING IKKE KVITTERING FOR KJØP SALGSKVITTERING")


# -- paper, layout and the barcode's print quality --------------------------------------


def test_rolls_are_as_wide_as_the_paper_and_as_long_as_the_receipt(store, cashier, make_item):
    one = next_receipt(store, cashier, sell(store, cashier, make_item()).sale_id)
    five_items = [make_item(1_000 * n, name=f"Ting nummer {n}") for n in range(1, 6)]
    five = next_receipt(store, cashier, sell(store, cashier, *five_items).sale_id)
    for paper, (paper_mm, printable_mm) in ROLLS.items():
        assert PAPERS[paper].column_width == pytest.approx(printable_mm * mm)
        (short,), (long,) = page_sizes(render(one, paper)), page_sizes(render(five, paper))
        assert short[0] == long[0] == pytest.approx(paper_mm * mm, abs=0.01)
        # Four more item lines, each at least one line of body type high.
        assert long[1] - short[1] >= 4 * PAPERS[paper].body, paper
    for receipt in (one, five):
        assert page_sizes(render(receipt, "A4")) == [pytest.approx(A4, abs=0.01)]


@pytest.mark.parametrize("paper", ROLLS)
def test_the_roll_has_no_blank_tail_and_nothing_clipped(store, cashier, make_item, paper):
    sale = sell(store, cashier, make_item(name="Sofa " + "med puter " * 12))
    pdf = render(next_receipt(store, cashier, sale.sale_id), paper)
    ((width, height),) = page_sizes(pdf)
    left, right = (width - PAPERS[paper].column_width) / 2, (width + PAPERS[paper].column_width) / 2
    for piece in pieces_of(pdf):
        assert left - 0.01 <= piece.left and piece.right <= right + 0.01, piece
        assert piece.baseline - 0.25 * piece.size >= 0 and piece.baseline + piece.size <= height
    page = rasterise(pdf, THERMAL_DPI, thermal=True)[0]
    ink = page.point(lambda value: 255 - value).getbbox()  # box of the dark dots
    assert ink is not None
    dots_per_mm = THERMAL_DPI / 25.4
    assert ink[1] <= 5 * dots_per_mm  # the first line is at the top
    # The barcode's digits end the roll: under them only the margin the tear bar needs.
    tail_mm = PAPERS[paper].bottom_margin / mm + 2
    assert page.height - ink[3] <= tail_mm * dots_per_mm


def test_long_descriptions_wrap_and_are_never_cut(store, cashier, make_item):
    name = "Bokhylle i furu med seks hyller, to skuffer og glassdører fra Hadeland Glassverk"
    receipt = next_receipt(store, cashier, sell(store, cashier, make_item(name=name)).sale_id)
    for paper in ALL_PAPERS:
        pdf = render(receipt, paper)
        pieces = pieces_of(pdf)
        name_rows = [p for p in pieces if p.text.split()[0] in name.split() and "…" not in p.text]
        assert " ".join(p.text for p in name_rows).startswith(name), paper
        assert len(name_rows) >= 2, paper  # wrapped, on 80 mm too
        assert "…" not in text_of(pdf)


def test_money_is_right_aligned_in_one_column(store, cashier, make_item):
    items = [make_item(price, name="Ting") for price in (5_000, 149_950, 990)]
    sale = sell(store, cashier, *items, tenders=[Tender("cash", tendered_ore=200_000)])
    receipt = next_receipt(store, cashier, sale.sale_id)
    for paper in ALL_PAPERS:
        pdf = render(receipt, paper)
        ((width, _),) = page_sizes(pdf)[:1]
        column_right = (width + PAPERS[paper].column_width) / 2
        amounts = [p for p in pieces_of(pdf) if MONEY.fullmatch(p.text)]
        rights = {round(p.right, 1) for p in amounts}
        # The money column, and the VAT table's base column left of it.
        assert max(rights) == pytest.approx(column_right, abs=0.05), paper
        assert len(rights) == 2, (paper, rights)
        assert len([p for p in amounts if p.right == pytest.approx(column_right)]) >= 9


@pytest.mark.parametrize(("paper", "dots"), [("80mm", 3), ("58mm", 2)])
def test_the_code_is_printed_in_whole_thermal_dots(store, cashier, make_item, paper, dots):
    receipt = next_receipt(store, cashier, sell(store, cashier, make_item()).sale_id)
    page = rasterise(render(receipt, paper), THERMAL_DPI, thermal=True)[0]
    (found,) = scan(page)
    assert found.text == receipt.barcode
    left, top, right, bottom = found.box
    # At least two dots a module: 0.25 mm, what a 203 dpi head prints cleanly.
    assert (right - left + 1) == pytest.approx(CODE128_MODULES * dots, abs=2)
    row = [page.getpixel((x, (top + bottom) // 2)) for x in range(left, right + 1)]
    runs = _run_lengths(row)
    assert runs and all(length % dots == 0 for length in runs[1:-1]), runs


def test_an_a4_receipt_too_long_for_one_page_goes_on(store, cashier, make_item):
    receipt = next_receipt(store, cashier, sell(store, cashier, make_item()).sale_id)
    many = dataclasses.replace(
        receipt,
        lines=tuple(
            dataclasses.replace(receipt.lines[0], description=f"Linje {n}") for n in range(1, 121)
        ),
    )
    buffer = io.BytesIO()
    assert render_receipt_pdf(many, buffer, "A4") > 1
    pdf = buffer.getvalue()
    assert all(size == pytest.approx(A4, abs=0.01) for size in page_sizes(pdf))
    text = text_of(pdf)
    assert all(f"Linje {n} 100,00" in text for n in range(1, 121))
    assert scanned(render(many, "80mm"), "80mm") == [(receipt.barcode, "Code 128")]
    assert len(page_sizes(render(many, "80mm"))) == 1  # one long roll


def test_nothing_is_written_when_the_receipt_cannot_be_drawn(store, cashier, make_item, tmp_path):
    receipt = next_receipt(store, cashier, sell(store, cashier, make_item()).sale_id)
    buffer = io.BytesIO()
    with pytest.raises(ValueError):
        render_receipt_pdf(dataclasses.replace(receipt, barcode="kvittering ø"), buffer)
    assert buffer.getvalue() == b""
    with pytest.raises(ValueError):
        render_receipt_pdf(receipt, tmp_path / "a.pdf", "A5")
    assert not (tmp_path / "a.pdf").exists()
    assert render_receipt_pdf(receipt, tmp_path / "b.pdf", "58mm") == 1
    assert (tmp_path / "b.pdf").read_bytes().startswith(b"%PDF")


def test_letters_helvetica_lacks_are_printed_without_their_accents(store, cashier, make_item):
    sale = sell(store, cashier, make_item(name="Lampe fra Łódź – æøå ÆØÅ"))
    text = text_of(render(next_receipt(store, cashier, sale.sale_id), "80mm"))
    assert "Lampe fra ?ódz – æøå ÆØÅ 100,00" in text


def _run_lengths(values: list[int]) -> list[int]:
    runs, count = [], 1
    for before, value in itertools.pairwise(values):
        if value == before:
            count += 1
        else:
            runs.append(count)
            count = 1
    runs.append(count)
    return runs
