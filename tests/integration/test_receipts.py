"""Receipts of recorded sales, on SQLite and PostgreSQL: the legal content
(N11-N15, N24-N26) and the rule of one original and at most one copy (N12, N13)."""

import uuid

import pytest
from sqlalchemy import select

from omigjen_pos.domain.errors import InvalidState
from omigjen_pos.domain.item_rules import ItemDraft
from omigjen_pos.domain.items import ItemSource
from omigjen_pos.domain.journal_events import EventType
from omigjen_pos.domain.pricing import Discount
from omigjen_pos.domain.receipt_codes import receipt_code
from omigjen_pos.domain.settlement import Tender
from omigjen_pos.printing.receipt_document import NOT_A_RECEIPT, receipt_text
from omigjen_pos.services import users
from omigjen_pos.services.checkout.basket import open_basket, scan_item
from omigjen_pos.services.checkout.line_changes import discount_line
from omigjen_pos.services.checkout.returns import find_sales_for_return, record_return
from omigjen_pos.services.checkout.sale import complete_sale
from omigjen_pos.services.inventory.registration import list_categories, register_item
from omigjen_pos.services.receipts import next_receipt, record_receipt_produced
from omigjen_pos.store.models import Item, JournalEntry, PaymentMethod, ReceiptPrint

CASH = (Tender("cash"),)


def sell(store, actor, *items, tenders=CASH, training=False, discount=None):
    basket = open_basket(store, actor, training=training)
    for item in items:
        basket = scan_item(store, actor, basket.id, item.barcode)
    if discount:
        basket = discount_line(store, actor, basket.id, basket.lines[0].id, discount)
    return complete_sale(store, actor, basket.id, list(tenders))


def text_of(store, actor, sale, **options):
    return receipt_text(next_receipt(store, actor, sale.sale_id, **options))


def test_a_plain_cash_sale_carries_every_field_the_law_names(store, cashier, make_item):
    chair = make_item(14950, name="Spisestol i eik")
    sale = sell(store, cashier, chair, tenders=[Tender("cash", tendered_ore=20000)])
    receipt = next_receipt(store, cashier, sale.sale_id)
    text = receipt_text(receipt)
    for field in (
        "SALGSKVITTERING",
        "Omigjen Bruktbutikk",
        "Org.nr. 921 467 710 MVA",
        "Kasse BRUKT-1",
        f"Kvittering {sale.receipt_number}",
        sale.created_at.astimezone().strftime("%d.%m.%Y"),
        "Betjent av Kari Kasserer",
        "Spisestol i eik",
        "TOTALT                                    149,50",
        "Øreavrunding                                0,50",
        "Å BETALE                                  150,00",
        "Kontant                                   200,00",
        "Veksel                                     50,00",
        "25 %",
        "29,90",  # VAT in 149,50 at 25 %
    ):
        assert field in text, field
    assert receipt.barcode == receipt_code(cashier.till.id, sale.receipt_number)
    assert NOT_A_RECEIPT not in text


def test_split_payment_shows_the_card_reference_and_no_rounding(store, cashier, make_item):
    sale = sell(
        store,
        cashier,
        make_item(30000),
        make_item(9950),
        tenders=[Tender("card", 20000, reference="T-778899"), Tender("cash")],
    )
    text = text_of(store, cashier, sale)
    assert "Bankkort                                  200,00" in text and "Ref. T-778899" in text
    assert "Kontant                                   200,00" in text  # 199,50 rounded up
    assert "Øreavrunding                                0,50" in text


def test_a_discount_is_shown_on_its_line_and_in_total(store, cashier, make_item):
    sale = sell(store, cashier, make_item(20000), discount=Discount(percent_bp=1000))
    text = text_of(store, cashier, sale)
    assert "Rabatt 20,00" in text and "Rabatt totalt                              20,00" in text
    assert "TOTALT                                    180,00" in text


def test_a_margin_scheme_line_shows_no_vat_but_says_so(store, cashier, manager):
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
    text = receipt_text(receipt)
    assert "Bruktmoms (avanseordningen)" in text and "avanseordningen (mval." in text
    assert receipt.vat_lines == ()


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
    assert "MVA" not in receipt.org_line and receipt.vat_lines == ()
    assert any("ikke registrert i Merverdiavgiftsregisteret" in note for note in receipt.notes)
    assert "Merverdiavgiftsregisteret" in receipt_text(receipt)


def test_a_return_has_its_own_title_and_names_the_sale_it_returns(store, cashier, make_item):
    sale = sell(store, cashier, make_item(14950))
    (found,) = find_sales_for_return(store, cashier, f"BRUKT-1 {sale.receipt_number}")
    refund = record_return(
        store, cashier, str(uuid.uuid4()), found.id, [found.lines[0].id], PaymentMethod.CASH
    )
    text = text_of(store, cashier, refund)
    assert "RETURKVITTERING" in text and f"Retur av kvittering {sale.receipt_number}" in text
    assert "TILBAKE                                  -150,00" in text


def test_one_original_then_one_copy_then_no_more(store, cashier, make_item):
    sale = sell(store, cashier, make_item())
    original = next_receipt(store, cashier, sale.sale_id)
    assert not original.copy
    # The printer failed: nothing recorded, so the next one is still the original.
    assert not next_receipt(store, cashier, sale.sale_id).copy
    record_receipt_produced(store, cashier, original, sale.sale_id, "escpos")
    with pytest.raises(InvalidState):  # the database refuses a second original
        record_receipt_produced(store, cashier, original, sale.sale_id, "pdf")
    copy = next_receipt(store, cashier, sale.sale_id)
    assert copy.copy and copy.marks == ("KOPI", NOT_A_RECEIPT)
    text = receipt_text(copy)
    assert text.startswith(" " * 22 + "KOPI") and text.count(NOT_A_RECEIPT) == 2
    record_receipt_produced(store, cashier, copy, sale.sale_id, "pdf")
    with pytest.raises(InvalidState):
        next_receipt(store, cashier, sale.sale_id)
    with store.reading() as session:
        prints = session.scalars(
            select(ReceiptPrint.copy).where(ReceiptPrint.sale_id == sale.sale_id)
        )
        entries = session.execute(
            select(JournalEntry.saft_event_code, JournalEntry.payload_json)
            .where(
                JournalEntry.sale_id == sale.sale_id,
                JournalEntry.event_type.in_([EventType.SALES_RECEIPT, EventType.COPY_RECEIPT]),
            )
            .order_by(JournalEntry.id)
        ).all()
    assert sorted(prints) == [False, True]
    assert [code for code, _ in entries] == ["13012", "13014"]
    assert "KOPI" in entries[1][1] and "Kvittering" in entries[0][1]  # the whole text (N17)


def test_a_training_receipt_is_marked_and_journaled_as_training(store, cashier, make_item):
    sale = sell(store, cashier, make_item(), training=True)
    receipt = next_receipt(store, cashier, sale.sale_id)
    assert receipt.marks == ("TRENING", NOT_A_RECEIPT) and receipt.barcode == ""
    record_receipt_produced(store, cashier, receipt, sale.sale_id, "pdf")
    with store.reading() as session:
        code = session.scalar(
            select(JournalEntry.saft_event_code).where(
                JournalEntry.event_type == EventType.TRAINING_RECEIPT
            )
        )
    assert code == "13017"


def test_an_electronic_receipt_says_so(store, cashier, make_item):
    sale = sell(store, cashier, make_item())
    assert "ELEKTRONISK SALGSKVITTERING" in text_of(store, cashier, sale, electronic=True)
