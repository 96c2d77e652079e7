"""Write docs/images/receipt-<kind>.png: eight receipts on 80 mm paper.

Each receipt is a real one: a temporary SQLite store with the demo centre,
items registered, sold, discounted and returned through the services, the
receipt built by ``next_receipt`` and drawn by ``render_receipt_pdf``, then
rasterised with PDFium as a printer driver would. Run from the repository root:

    .venv/bin/python docs/images/make_receipt_samples.py [--dpi 180] [--out docs/images]
"""

from __future__ import annotations

import argparse
import io
import os
import sys
import tempfile
import uuid
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import pypdfium2 as pdfium  # noqa: E402

from omigjen_pos.domain.item_rules import ItemDraft  # noqa: E402
from omigjen_pos.domain.items import ItemKind, ItemSource  # noqa: E402
from omigjen_pos.domain.pricing import Discount  # noqa: E402
from omigjen_pos.domain.settlement import Tender  # noqa: E402
from omigjen_pos.printing.receipt_document import ReceiptDocument  # noqa: E402
from omigjen_pos.printing.receipt_pdf import render_receipt_pdf  # noqa: E402
from omigjen_pos.services import users  # noqa: E402
from omigjen_pos.services.actors import Actor  # noqa: E402
from omigjen_pos.services.checkout.basket import open_basket, scan_item  # noqa: E402
from omigjen_pos.services.checkout.line_changes import discount_line, set_quantity  # noqa: E402
from omigjen_pos.services.checkout.returns import (  # noqa: E402
    find_sales_for_return,
    record_return,
)
from omigjen_pos.services.checkout.sale import complete_sale  # noqa: E402
from omigjen_pos.services.demo import seed_demo_centre  # noqa: E402
from omigjen_pos.services.inventory.registration import (  # noqa: E402
    list_categories,
    register_item,
)
from omigjen_pos.services.receipts import next_receipt, record_receipt_produced  # noqa: E402
from omigjen_pos.services.store_setup import Store, open_and_upgrade  # noqa: E402
from omigjen_pos.store.models import PaymentMethod  # noqa: E402


class Samples:
    """The demo centre's tills, and a way to register and sell items on them."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.cashier = users.login(store, "BRUKT-1", 101, "1111")
        self.manager = users.login(store, "BRUKT-1", 103, "1234")
        self.volunteer = users.login(store, "HJERTE-1", 301, "5555")
        self.categories = {c.code: c.id for c in list_categories(store)}

    def item(self, actor: Actor, name: str, price_ore: int, category: str = "MOBLER", **more):
        draft = ItemDraft(
            category_id=self.categories[category],
            name=name,
            price_ore=price_ore,
            source=more.pop("source", ItemSource.DONATION),
            **more,
        )
        return register_item(self.store, actor, draft)

    def sell(self, actor: Actor, items, tenders, training=False, change=None):
        """Scan ``items`` (an item, or (item, quantity) for a stock article), let
        ``change(basket)`` adjust the basket, and pay with ``tenders``."""
        basket = open_basket(self.store, actor, training=training)
        for entry in items:
            item, quantity = entry if isinstance(entry, tuple) else (entry, 1)
            basket = scan_item(self.store, actor, basket.id, item.barcode)
            if quantity != 1:
                line = basket.lines[-1]
                basket = set_quantity(self.store, actor, basket.id, line.id, quantity)
        if change is not None:
            basket = change(basket)
        return complete_sale(self.store, actor, basket.id, tenders)

    def receipt(self, actor: Actor, sale) -> ReceiptDocument:
        return next_receipt(self.store, actor, sale.sale_id)

    # -- the eight kinds ----------------------------------------------------------------

    def cash(self) -> ReceiptDocument:
        bags = self.item(
            self.manager,
            "Handlenett av resirkulert plast",
            1_500,
            "KJOKKEN",
            kind=ItemKind.STOCK,
            condition=None,
            source=ItemSource.NEW_GOODS,
            quantity=20,
        )
        items = [
            self.item(self.manager, "Spisestol i eik, Ekornes", 34_950),
            self.item(self.manager, "Kaffekopper, Figgjo Lotte, 6 stk.", 24_900, "KJOKKEN"),
            self.item(self.manager, "Sult – Knut Hamsun (innbundet)", 6_000, "BOKER"),
            (bags, 2),
        ]
        sale = self.sell(self.cashier, items, [Tender("cash", tendered_ore=80_000)])
        return self.receipt(self.cashier, sale)

    def split(self) -> ReceiptDocument:
        items = [
            self.item(self.manager, 'Sykkel, Diamant 26" dame, 3 gir', 89_900, "SYKLER"),
            self.item(self.manager, "Sykkelhjelm, voksen", 14_950, "SYKLER"),
        ]
        tenders = [Tender("card", 80_000, reference="BAX 4471 / 003912"), Tender("cash")]
        sale = self.sell(self.cashier, items, tenders)
        return self.receipt(self.cashier, sale)

    def discount(self) -> ReceiptDocument:
        lamp = self.item(self.manager, "Stålampe, messing, 1970-tallet", 45_000, "ELEKTRO")
        rug = self.item(self.manager, "Ullteppe, håndvevd, 140 x 200 cm", 39_900)

        def ten_percent(basket):
            return discount_line(
                self.store, self.manager, basket.id, basket.lines[0].id, Discount(percent_bp=1000)
            )

        sale = self.sell(
            self.manager,
            [lamp, rug],
            [Tender("card", 80_400, reference="BAX 4471 / 003913")],
            change=ten_percent,
        )
        return self.receipt(self.manager, sale)

    def margin(self) -> ReceiptDocument:
        bought = self.item(
            self.manager,
            "Kommode, teak, fire skuffer",
            125_000,
            source=ItemSource.BOUGHT_PRIVATE,
            purchase_price_ore=45_000,
        )
        donated = self.item(self.manager, "Speil med gullramme", 29_500)
        sale = self.sell(self.cashier, [bought, donated], [Tender("cash", tendered_ore=160_000)])
        return self.receipt(self.cashier, sale)

    def no_vat(self) -> ReceiptDocument:
        board = users.login(self.store, "HJERTE-1", 302, "6666")
        items = [
            self.item(board, "Barnejakke, str. 116", 9_900, "KLAR"),
            self.item(board, "Lego Duplo, blandet pose", 12_500, "LEKER"),
        ]
        sale = self.sell(self.volunteer, items, [Tender("cash", tendered_ore=25_000)])
        return self.receipt(self.volunteer, sale)

    def returned(self) -> ReceiptDocument:
        chair = self.item(self.manager, "Lenestol, grønn fløyel", 74_950)
        sale = self.sell(self.cashier, [chair], [Tender("cash", tendered_ore=80_000)])
        (found,) = find_sales_for_return(self.store, self.cashier, f"BRUKT-1 {sale.receipt_number}")
        refund = record_return(
            self.store,
            self.cashier,
            str(uuid.uuid4()),
            found.id,
            [found.lines[0].id],
            PaymentMethod.CASH,
        )
        return self.receipt(self.cashier, refund)

    def copy(self) -> ReceiptDocument:
        radio = self.item(self.manager, "Radio, Tandberg Huldra 10", 59_900, "ELEKTRO")
        sale = self.sell(
            self.cashier, [radio], [Tender("vipps", 59_900, reference="VIPPS 8812734")]
        )
        original = self.receipt(self.cashier, sale)
        record_receipt_produced(self.store, self.cashier, original, sale.sale_id, "pdf")
        return self.receipt(self.cashier, sale)

    def training(self) -> ReceiptDocument:
        vase = self.item(self.manager, "Vase, Hadeland glass", 19_900, "KJOKKEN")
        sale = self.sell(self.cashier, [vase], [Tender("cash", tendered_ore=20_000)], training=True)
        return self.receipt(self.cashier, sale)


KINDS: dict[str, Callable[[Samples], ReceiptDocument]] = {
    "cash": Samples.cash,
    "split": Samples.split,
    "discount": Samples.discount,
    "margin": Samples.margin,
    "no-vat": Samples.no_vat,
    "return": Samples.returned,
    "copy": Samples.copy,
    "training": Samples.training,
}


def png_of(receipt: ReceiptDocument, dpi: float, paper: str = "80mm") -> bytes:
    pdf = io.BytesIO()
    render_receipt_pdf(receipt, pdf, paper)
    document = pdfium.PdfDocument(pdf.getvalue())
    try:
        image = document[0].render(scale=dpi / 72, grayscale=True).to_pil()
    finally:
        document.close()
    out = io.BytesIO()
    # Sixteen greys keep the type smooth and the file small.
    image.quantize(16).save(out, "PNG", optimize=True)
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dpi", type=float, default=180)
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent)
    parser.add_argument("--paper", default="80mm", choices=["80mm", "58mm", "A4"])
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="omigjen-receipts-") as folder:
        # Settings and data files of the run stay in the temporary folder.
        os.environ["OMIGJEN_CONFIG_DIR"] = str(Path(folder) / "config")
        os.environ["OMIGJEN_DATA_DIR"] = str(Path(folder) / "data")
        store, _ = open_and_upgrade(f"sqlite:///{Path(folder) / 'demo.sqlite3'}")
        try:
            seed_demo_centre(store, items_per_shop=5)
            samples = Samples(store)
            for kind, make in KINDS.items():
                path = args.out / f"receipt-{kind}.png"
                path.write_bytes(png_of(make(samples), args.dpi, args.paper))
                print(f"{path} ({path.stat().st_size // 1024} KB)")
        finally:
            store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
