"""Receipts as ESC/POS bytes: what a printer would print from them, read back
byte by byte (tests/support/fake_printer.py), for receipts built by the services
from recorded sales (on SQLite and PostgreSQL) and for hand-made documents."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import uuid
from dataclasses import replace

import pytest
from sqlalchemy import select

from omigjen_pos.domain.item_rules import ItemDraft
from omigjen_pos.domain.items import ItemSource
from omigjen_pos.domain.pricing import Discount
from omigjen_pos.domain.settlement import Tender
from omigjen_pos.printing.receipt_document import (
    NOT_A_RECEIPT,
    PaymentLine,
    ReceiptDocument,
    ReceiptLine,
    VatLine,
    receipt_text,
)
from omigjen_pos.printing.receipt_escpos import (
    drawer_kick_bytes,
    receipt_escpos_bytes,
    test_page_bytes,
)
from omigjen_pos.services import users
from omigjen_pos.services.checkout.basket import open_basket, scan_item
from omigjen_pos.services.checkout.line_changes import discount_line
from omigjen_pos.services.checkout.returns import find_sales_for_return, record_return
from omigjen_pos.services.checkout.sale import complete_sale
from omigjen_pos.services.inventory.registration import list_categories, register_item
from omigjen_pos.services.receipts import MARGIN_NOTE, next_receipt, record_receipt_produced
from omigjen_pos.store.models import Item, PaymentMethod
from tests.support.fake_printer import DOUBLE_SIZE, Printout, read_escpos

INIT = b"\x1b@"
CP865 = b"\x1bt\x05"  # ESC t 5: PC865 Nordic
CP850 = b"\x1bt\x02"
CP858 = b"\x1bt\x13"
DRAWER_PIN_2 = b"\x1bp\x00\x32\x32"  # ESC p 0, 100 ms on, 100 ms off
FEED_6 = b"\x1bd\x06"
PARTIAL_CUT = b"\x1dV\x01"
CODE128 = 73  # GS k 73: CODE128, function type B
NBSP = "\u00a0"
STAND_INS = str.maketrans({NBSP: " ", "–": "-", "…": "."})  # amounts, the demo's footer
AEOEAA = "æøåÆØÅ"


# --- receipts from recorded sales -------------------------------------------------


CASH = (Tender("cash"),)


def sell(store, actor, *items, tenders=CASH, training=False, discount=None):
    basket = open_basket(store, actor, training=training)
    for item in items:
        basket = scan_item(store, actor, basket.id, item.barcode)
    if discount:
        basket = discount_line(store, actor, basket.id, basket.lines[0].id, discount)
    return complete_sale(store, actor, basket.id, list(tenders))


def printed(receipt: ReceiptDocument, width: int = 48, **options) -> Printout:
    """The job read back, after checking it is the receipt and the whole receipt."""
    job = receipt_escpos_bytes(receipt, width, **options)
    out = read_escpos(job)
    assert job.startswith(INIT + (DRAWER_PIN_2 if options.get("open_drawer") else b"") + CP865)
    # Normal type: the title and the body, exactly receipt_text's lines without the
    # marks, with the ASCII stand-ins for what CP865 lacks.
    body = receipt_text(replace(receipt, marks=()), width).translate(STAND_INS)
    assert out.text_where(size=0).rstrip("\n") == body.rstrip("\n")
    assert out.text_where(bold=True, size=0) == body.split("\n")[0] + "\n"  # the title
    # Large type: the marks, at the top and again at the bottom, half as many a line.
    large = out.text_where(size=DOUBLE_SIZE)
    marks = [line for mark in receipt.marks for line in textwrap.wrap(mark, width // 2)]
    assert large == "".join(f"{line}\n" for line in marks) * 2
    assert out.text_where(bold=True, size=DOUBLE_SIZE) == large
    for line in out.text.splitlines():
        assert len(line) <= width, line
    if receipt.barcode:
        [(kind, data)] = out.barcodes
        assert (kind, data[:2]) == (CODE128, b"{C")
        assert "".join(f"{byte:02d}" for byte in data[2:]) == receipt.barcode
    else:
        assert out.barcodes == []
    return out


def test_a_plain_cash_sale_prints_every_field_the_law_names(store, cashier, make_item):
    sale = sell(
        store,
        cashier,
        make_item(14950, name="Spisestol i eik"),
        make_item(125000, name="Blåbærfarget sofa, Ørsta"),
        tenders=[Tender("cash", tendered_ore=150000)],
    )
    receipt = next_receipt(store, cashier, sale.sale_id)
    out = printed(receipt)
    for field in (
        "SALGSKVITTERING",
        "Omigjen Bruktbutikk",
        "Org.nr. 921 467 710 MVA",
        "Kasse BRUKT-1",
        f"Kvittering {sale.receipt_number}",
        receipt.when,
        sale.created_at.astimezone().strftime("%d.%m.%Y"),
        "Betjent av Kari Kasserer",
        "Spisestol i eik",
        "Blåbærfarget sofa, Ørsta",
        "TOTALT                                  1 399,50",
        "Øreavrunding                                0,50",
        "Å BETALE                                1 400,00",
        "Kontant                                 1 500,00",
        "Veksel                                    100,00",
        "25 %",
        "279,90",  # VAT in 1 399,50 at 25 %
        *receipt.address_lines,
    ):
        assert field in out.text, field
    assert NOT_A_RECEIPT not in out.text
    # Every text byte was printed in CP865, and æ ø å went out as CP865 bytes.
    assert out.pages == [5] and {run.page for run in out.runs} == {"cp865"}
    job = receipt_escpos_bytes(receipt)
    assert "Blåbærfarget sofa, Ørsta".encode("cp865") in job
    assert "ø".encode() not in job  # no UTF-8
    assert job.endswith(FEED_6 + PARTIAL_CUT)


def test_a_split_payment_prints_the_card_reference_and_the_rounding(store, cashier, make_item):
    sale = sell(
        store,
        cashier,
        make_item(30000),
        make_item(9950),
        tenders=[Tender("card", 20000, reference="T-778899"), Tender("cash")],
    )
    text = printed(next_receipt(store, cashier, sale.sale_id)).text
    for field in (
        "Bankkort                                  200,00",
        "  Ref. T-778899",
        "Kontant                                   200,00",
        "Øreavrunding                                0,50",
        "Å BETALE                                  400,00",
    ):
        assert field in text, field


def test_a_discount_prints_on_its_line_and_in_total(store, cashier, make_item):
    sale = sell(store, cashier, make_item(20000), discount=Discount(percent_bp=1000))
    text = printed(next_receipt(store, cashier, sale.sale_id), width=32).text
    assert "  Rabatt 20,00" in text
    assert "Rabatt totalt              20,00" in text and "TOTALT                    180,00" in text


def test_a_margin_scheme_item_prints_the_note_with_its_paragraph_signs(store, cashier, manager):
    categories = {c.code: c.id for c in list_categories(store)}
    bought = register_item(
        store,
        manager,
        ItemDraft(
            category_id=categories["MOBLER"],
            name="Kommode",
            price_ore=50000,
            source=ItemSource.BOUGHT_PRIVATE,
            purchase_price_ore=20000,
        ),
    )
    receipt = next_receipt(store, cashier, sell(store, cashier, bought).sale_id)
    out = printed(receipt)
    assert "Bruktmoms (avanseordningen)" in out.text and "Mva-sats" not in out.text
    assert " ".join(out.text.split()).count(MARGIN_NOTE) == 1
    # CP865 has no "§": the printer switches to CP850 for it and straight back.
    assert CP850 + "§§".encode("cp850") + CP865 in receipt_escpos_bytes(receipt)
    assert out.pages == [5, 2, 5]


def test_a_shop_that_is_not_vat_registered_prints_no_mva(store):
    volunteer = users.login(store, "HJERTE-1", 301, "5555")
    with store.reading() as session:
        barcode = session.scalar(
            select(Item.barcode)
            .where(
                Item.shop_id == volunteer.shop_id, Item.status == "in_stock", Item.kind == "unique"
            )
            .limit(1)
        )
    basket = scan_item(store, volunteer, open_basket(store, volunteer).id, barcode)
    sale = complete_sale(store, volunteer, basket.id, [Tender("cash")])
    receipt = next_receipt(store, volunteer, sale.sale_id)
    text = printed(receipt, width=32).text
    assert receipt.org_line in text and "MVA" not in text and "Mva-sats" not in text
    assert "Kasse HJERTE-1" in text and "Betjent av Ingrid Hjelper" in text
    assert "Merverdiavgiftsregisteret." in text


def test_a_return_prints_its_title_the_sale_it_returns_and_the_refund(store, cashier, make_item):
    sale = sell(store, cashier, make_item(14950))
    (found,) = find_sales_for_return(store, cashier, f"BRUKT-1 {sale.receipt_number}")
    refund = record_return(
        store, cashier, str(uuid.uuid4()), found.id, [found.lines[0].id], PaymentMethod.CASH
    )
    text = printed(next_receipt(store, cashier, refund.sale_id)).text
    assert "RETURKVITTERING" in text and f"Retur av kvittering {sale.receipt_number}" in text
    assert "TILBAKE                                  -150,00" in text


def test_a_copy_prints_kopi_and_not_a_receipt_large_at_top_and_bottom(store, cashier, make_item):
    sale = sell(store, cashier, make_item())
    original = next_receipt(store, cashier, sale.sale_id)
    record_receipt_produced(store, cashier, original, sale.sale_id, "escpos")
    copy = next_receipt(store, cashier, sale.sale_id)
    out = printed(copy, open_drawer=False)
    assert out.runs[0].text == "KOPI\nIKKE KVITTERING FOR KJØP\n"
    assert (out.runs[0].size, out.runs[0].bold, out.runs[0].align) == (DOUBLE_SIZE, True, 1)
    assert out.runs[-1].text == "KOPI\nIKKE KVITTERING FOR KJØP\n"
    assert "SALGSKVITTERING" in out.text and out.barcodes  # a copy still has its code
    narrow = printed(copy, width=32)  # 16 large characters a line on 58 mm paper
    assert narrow.runs[0].text == "KOPI\nIKKE KVITTERING\nFOR KJØP\n"


def test_a_training_receipt_is_marked_and_has_no_barcode(store, cashier, make_item):
    sale = sell(store, cashier, make_item(), training=True)
    out = printed(next_receipt(store, cashier, sale.sale_id))
    assert out.text_where(size=DOUBLE_SIZE) == f"TRENING\n{NOT_A_RECEIPT}\n" * 2
    assert out.barcodes == []


# --- hand-made documents ----------------------------------------------------------


def document(**changes) -> ReceiptDocument:
    base = dict(
        title="Salgskvittering",
        shop_name="Gjenbruk på Øya",
        org_line="Org.nr. 921 467 710 MVA",
        address_lines=("Åsgårdveien 1", "3770 Kragerø"),
        till_code="BRUKT-1",
        receipt_number=42,
        when="27.11.2026 14:03",
        cashier="Åse Ødegård",
        lines=(ReceiptLine("Lenestol", 1, 49900, 49900),),
        vat_lines=(VatLine(2500, 39920, 9980),),
        total_ore=49900,
        rounding_ore=0,
        payments=(PaymentLine("Bankkort", 49900, "778899"),),
        barcode="99000100000042",
    )
    return ReceiptDocument(**(base | changes))


def test_the_job_is_initialise_code_page_text_barcode_feed_and_partial_cut():
    job = receipt_escpos_bytes(document())
    assert job.startswith(INIT + CP865) and job.endswith(FEED_6 + PARTIAL_CUT)
    # The same sequences python-escpos defines, so an upgrade that changes them shows here.
    from escpos import constants  # imported here: the renderer keeps its import quiet

    assert INIT == constants.HW_INIT and PARTIAL_CUT == constants.PAPER_PART_CUT
    assert CP865 == constants.CODEPAGE_CHANGE + b"\x05"
    # CODE128 with function type B: GS k 73, length 9, code set C, the digits in pairs.
    assert b"\x1dkI\x09{C" + bytes([99, 0, 1, 0, 0, 0, 42]) in job
    assert job.count(b"\x1dk") == 1
    assert receipt_escpos_bytes(document()) == job  # the same receipt, the same bytes


def test_open_drawer_kicks_pin_2_first_and_the_pulse_alone_is_the_same_bytes():
    job = receipt_escpos_bytes(document(), open_drawer=True)
    assert job.startswith(INIT + DRAWER_PIN_2 + CP865) and job.count(b"\x1bp") == 1
    assert b"\x1bp" not in receipt_escpos_bytes(document())
    from escpos.constants import CD_KICK_2

    assert drawer_kick_bytes() == DRAWER_PIN_2 == CD_KICK_2
    assert read_escpos(drawer_kick_bytes()).commands == [DRAWER_PIN_2]


def test_without_cut_the_paper_is_fed_but_not_cut():
    job = receipt_escpos_bytes(document(), cut=False)
    assert job.endswith(FEED_6) and b"\x1dV" not in job


def test_norwegian_letters_go_out_as_cp865_bytes():
    out = printed(document(lines=(ReceiptLine(AEOEAA, 1, 100, 100),)))
    assert AEOEAA in out.text
    assert bytes([0x91, 0x9B, 0x86, 0x92, 0x9D, 0x8F]) in receipt_escpos_bytes(
        document(lines=(ReceiptLine(AEOEAA, 1, 100, 100),))
    )


def test_characters_cp865_lacks_get_a_stand_in_or_a_page_that_has_them():
    receipt = document(
        lines=(
            ReceiptLine("“Retro” lampe – 1970-tallet … ", 1, 100, 100),
            ReceiptLine("Skjenk, 12 €, §§ og «Ærlig» »", 1, 123456, 123456),
        ),
        notes=("Kinesisk 漢 tegn",),
    )
    job = receipt_escpos_bytes(receipt)
    out = read_escpos(job)
    assert '"Retro" lampe - 1970-tallet .' in out.text  # ASCII stand-ins, same width
    assert "1 234,56" in out.text  # the no-break space in amounts as a plain space
    assert "Skjenk, 12 €, §§ og «Ærlig» »" in out.text
    assert CP858 + "€".encode("cp858") + CP865 in job
    assert CP850 + "§§".encode("cp850") + CP865 in job and CP850 + b"\xaf" + CP865 in job
    assert "Kinesisk ? tegn" in out.text
    assert out.runs[-1].page == "cp865"


def test_a_long_description_stays_within_the_line_on_both_paper_widths():
    name = "Spisebord i heltre eik med to ileggsplater og seks stoler"
    for width in (48, 32):
        out = printed(document(lines=(ReceiptLine(name, 1, 1234500, 1234500),)), width)
        assert "12 345,00" in out.text  # printed() checked every line's length
        assert " ".join(out.text.split()).count(" ".join(name.split()[:3])) == 1


def test_control_characters_in_the_text_never_reach_the_printer_as_commands():
    receipt = document(lines=(ReceiptLine("Lampe\x1bp\x00\x19\xfa\x1dV\x00!", 1, 100, 100),))
    job = receipt_escpos_bytes(receipt)
    out = read_escpos(job)  # would fail on any command it does not expect
    assert "Lampe?p??ú?V?!" in out.text
    assert job.count(b"\x1bp") == 0 and job.count(b"\x1dV") == 1


def test_python_escpos_leaves_the_root_logger_alone():
    code = (
        "import logging\n"
        "from omigjen_pos.printing.receipt_escpos import drawer_kick_bytes\n"
        "drawer_kick_bytes()\n"
        "import escpos.printer\n"
        "assert logging.getLogger().handlers == [], logging.getLogger().handlers\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


def test_decomposed_letters_print_as_one_cp865_letter():
    out = read_escpos(receipt_escpos_bytes(document(cashier="A\u030ase")))  # "Åse", decomposed
    assert "Betjent av Åse" in out.text and "?" not in out.text


def test_the_test_page_has_the_name_large_the_letters_and_a_ruler_of_the_width():
    for width in (48, 32):
        job = test_page_bytes(width)
        out = read_escpos(job)
        assert " ".join(out.text_where(size=DOUBLE_SIZE).split()) == "Omigjen POS testutskrift"
        lines = out.text_where(size=0).splitlines()
        assert "Æ Ø Å æ ø å" in lines and f"{width} tegn per linje" in lines
        [ruler] = [line for line in lines if line.startswith("----+")]
        assert len(ruler) == width and all(len(line) <= width for line in lines)
        assert job.startswith(INIT + CP865) and job.endswith(FEED_6 + PARTIAL_CUT)


def test_a_line_narrower_than_sixteen_characters_is_refused():
    with pytest.raises(ValueError):
        receipt_escpos_bytes(document(), width=12)
    with pytest.raises(ValueError):
        test_page_bytes(8)
