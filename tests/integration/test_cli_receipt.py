"""`omigjen-pos receipt`: the original once, the one copy with --copy, then no more."""

from pypdf import PdfReader
from sqlalchemy import select

from omigjen_pos.cli import main
from omigjen_pos.config import SETTINGS_FILE_NAME
from omigjen_pos.domain.settlement import Tender
from omigjen_pos.services import users
from omigjen_pos.services.checkout.basket import open_basket, scan_item
from omigjen_pos.services.checkout.sale import complete_sale
from omigjen_pos.services.signing import signature_is_valid, text_to_sign
from omigjen_pos.services.store_setup import open_and_upgrade
from omigjen_pos.store.models import Item, ReceiptPrint, Sale
from tests.support.fake_printer import FakeNetworkPrinter, read_escpos


def a_demo_sale(store_factory) -> str:
    url = store_factory.new_url("receipt")
    assert main(["--database-url", url, "demo", "--items-per-shop", "5"]) == 0
    store, _ = open_and_upgrade(url)
    try:
        cashier = users.login(store, "BRUKT-1", 101, "1111")
        with store.reading() as session:
            barcode = session.scalar(
                select(Item.barcode).where(Item.shop_id == cashier.shop_id, Item.kind == "unique")
            )
        basket = scan_item(store, cashier, open_basket(store, cashier).id, barcode)
        complete_sale(
            store, cashier, basket.id, [Tender("card", basket.total_ore, reference="4242")]
        )
    finally:
        store.close()
    return url


def pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_the_original_then_one_copy_then_a_refusal(store_factory, tmp_path, capsys):
    url = a_demo_sale(store_factory)
    receipt = ["--database-url", url, "receipt", "--till", "BRUKT-1", "--number", "1"]

    assert main([*receipt, "--copy", "-o", str(tmp_path / "early.pdf")]) == 1
    assert "no original yet" in capsys.readouterr().err

    assert main([*receipt, "-o", str(tmp_path / "original.pdf")]) == 0
    text = pdf_text(tmp_path / "original.pdf")
    assert "Salgskvittering" in text.replace("SALGSKVITTERING", "Salgskvittering")
    assert "Kvittering 1" in text and "KOPI" not in text and "4242" in text

    assert main([*receipt, "-o", str(tmp_path / "again.pdf")]) == 1
    assert "give --copy" in capsys.readouterr().err
    assert main([*receipt, "--copy", "-o", str(tmp_path / "copy.pdf")]) == 0
    assert "KOPI" in pdf_text(tmp_path / "copy.pdf")
    assert main([*receipt, "--copy", "-o", str(tmp_path / "second.pdf")]) == 1
    assert "copied" in capsys.readouterr().err
    assert not (tmp_path / "second.pdf").exists() and not (tmp_path / "again.pdf").exists()

    store, _ = open_and_upgrade(url)
    try:
        with store.reading() as session:
            prints = session.execute(select(ReceiptPrint.copy, ReceiptPrint.channel)).all()
    finally:
        store.close()
    assert sorted(prints) == [(False, "pdf"), (True, "pdf")]


def test_an_unknown_receipt_number_is_refused(store_factory, tmp_path, capsys):
    url = a_demo_sale(store_factory)
    code = main(
        [
            "--database-url",
            url,
            "receipt",
            "--till",
            "BRUKT-1",
            "--number",
            "99",
            "-o",
            str(tmp_path / "x.pdf"),
        ]
    )
    assert code == 1 and "99" in capsys.readouterr().err


def test_printer_test_sends_a_test_page_to_the_printer_of_the_settings(
    tmp_path, monkeypatch, capsys
):
    monkeypatch.setenv("OMIGJEN_CONFIG_DIR", str(tmp_path))
    assert main(["printer-test"]) == 1
    assert "no ESC/POS receipt printer" in capsys.readouterr().err
    with FakeNetworkPrinter() as printer:
        (tmp_path / SETTINGS_FILE_NAME).write_text(
            "[receipt_printer]\n"
            f'kind = "network"\nhost = "{printer.host}"\nport = {printer.port}\n',
            encoding="utf-8",
        )
        assert main(["printer-test", "--drawer"]) == 0
        [job] = printer.jobs(1)
    assert job.startswith(b"\x1bp")  # the drawer pulse first
    assert "testutskrift" in read_escpos(job).text


def test_the_public_key_verifies_the_signature_of_a_sale(store_factory, tmp_path):
    url = a_demo_sale(store_factory)
    assert (
        main(
            ["--database-url", url, "public-key", "--shop", "brukt", "-o", str(tmp_path / "k.pem")]
        )
        == 0
    )
    pem = (tmp_path / "k.pem").read_text(encoding="ascii")
    assert pem.startswith("-----BEGIN PUBLIC KEY-----")
    store, _ = open_and_upgrade(url)
    try:
        with store.reading() as session:
            sale = session.scalars(select(Sale)).one()
            text = text_to_sign(session, sale)
    finally:
        store.close()
    assert text.startswith("0;") and text.count(";") == 5
    assert signature_is_valid(pem, text, sale.signature)
    assert not signature_is_valid(pem, text.replace(";1;", ";2;"), sale.signature)
