"""``omigjen-pos --self-test``: one sale from start to finish on a throw-away store.

A frozen build (packaging/) carries its own Python, Qt, migrations, fonts and
data files, and whatever PyInstaller missed shows up only when the code that
needs it runs. The self-test runs that code without a screen and without
touching the user's data: a temporary folder with a SQLite store, migrated from
empty by the Alembic scripts; the demo centre with a few items; an item
registered through the inventory service and sold for cash through the checkout
services; its label and receipt rendered as PDFs and read back with PDFium; the
receipt as ESC/POS bytes (python-escpos and its printer database); the shop's
SAF-T file checked against Skatteetaten's schema (lxml); and the PostgreSQL
driver (psycopg with its libpq, no server needed). The GUI half
(``ui/self_test.py``: Qt's plugins, the Norwegian catalogue, the main window) is
handed in as ``gui_checks``, since this layer never imports Qt.

Each check prints one line, ``OK`` or ``FAILED`` with the reason; a check whose
prerequisite failed is ``SKIPPED``. The exit status is 0 only when every check
passed. A failed check's traceback goes to the log file (and to stderr with
``OMIGJEN_SELF_TEST_VERBOSE=1``). Each check imports what it uses when it runs,
so a module a build left out fails that check by name instead of the whole test.
"""

from __future__ import annotations

import logging
import os
import platform
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from omigjen_pos import __version__

log = logging.getLogger(__name__)

ITEM_NAME = "Selvtest: spisestol i eik"
ITEM_PRICE_ORE = 149_50  # 149,50 kr: cash rounding and change both show
CASH_TENDERED_ORE = 200_00
DEMO_ITEMS_PER_SHOP = 3
SHOP = "BRUKT"
TILL = "BRUKT-1"
TEMP_PREFIX = "omigjen-self-test-"
MANAGER = (103, "1234")  # Marte Butikksjef of the demo centre: registers and sells

VERBOSE_VARIABLE = "OMIGJEN_SELF_TEST_VERBOSE"  # set: a failed check prints its traceback

Step = tuple[str, Callable[[], str]]  # a check's name, and the check: returns what it saw


@dataclass(frozen=True)
class CheckResult:
    name: str
    status: str  # "OK", "FAILED" or "SKIPPED"
    detail: str


@dataclass
class SelfTest:
    """Runs checks, prints a line for each, and remembers the outcome."""

    out: TextIO
    results: list[CheckResult] = field(default_factory=list)

    def check(self, name: str, step: Callable[[], str]) -> bool:
        try:
            detail = step()
        except Exception as exc:
            reason = f"{type(exc).__name__}: {exc}".rstrip(": ")
            self._record(CheckResult(name, "FAILED", reason))
            log.warning("self-test: %s failed", name, exc_info=True)
            if _verbose():
                traceback.print_exc()
            return False
        self._record(CheckResult(name, "OK", detail))
        return True

    def skip(self, name: str, reason: str = "an earlier check failed") -> None:
        self._record(CheckResult(name, "SKIPPED", reason))

    def chain(self, steps: Sequence[Step]) -> bool:
        """Run the steps in order; after the first failure the rest are skipped."""
        ok = True
        for name, step in steps:
            if ok:
                ok = self.check(name, step)
            else:
                self.skip(name)
        return ok

    @property
    def passed(self) -> bool:
        return bool(self.results) and all(r.status == "OK" for r in self.results)

    def _record(self, result: CheckResult) -> None:
        self.results.append(result)
        print(f"{result.status:<8}{result.name}: {result.detail}", file=self.out, flush=True)


GuiChecks = Callable[[SelfTest, "StoreRun"], None]


def run_self_test(gui_checks: GuiChecks | None = None, out: TextIO | None = None) -> bool:
    """Run every check in a temporary folder that is removed afterwards; True if all passed."""
    out = out or sys.stdout
    frozen = "frozen" if getattr(sys, "frozen", False) else "from source"
    print(
        f"omigjen-pos {__version__} self-test ({frozen}; Python {platform.python_version()}, "
        f"{platform.system()} {platform.machine()})",
        file=out,
        flush=True,
    )
    started = time.monotonic()
    test = SelfTest(out)
    with tempfile.TemporaryDirectory(prefix=TEMP_PREFIX, ignore_cleanup_errors=True) as tmp:
        run = StoreRun(Path(tmp))
        try:
            test.chain(run.steps())
            test.check("PostgreSQL driver", postgresql_driver)
            if gui_checks is not None:
                gui_checks(test, run)
        finally:
            run.close()
    seconds = time.monotonic() - started
    failed = [r for r in test.results if r.status != "OK"]
    if test.passed:
        print(f"Self-test passed: {len(test.results)} checks OK in {seconds:.1f} s.", file=out)
    else:
        print(
            f"Self-test FAILED: {len(failed)} of {len(test.results)} checks did not pass "
            f"({', '.join(r.name for r in failed)}).",
            file=out,
        )
    return test.passed


class StoreRun:
    """The store half: each step leaves what the next one needs on ``self``."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.store = None
        self.actor = None
        self.item = None
        self.sale = None
        self.receipt = None
        self.label_pdf: Path | None = None
        self.receipt_pdf: Path | None = None

    def steps(self) -> list[Step]:
        return [
            ("temporary store", self.open_store),
            ("demo centre", self.seed),
            ("register an item", self.register),
            ("sell it for cash", self.sell),
            ("store invariants", self.verify),
            ("label PDF", self.label),
            ("receipt PDF", self.receipt_as_pdf),
            ("receipt ESC/POS", self.receipt_as_escpos),
            ("SAF-T export", self.saft),
        ]

    def close(self) -> None:
        store, actor = self.store, self.actor
        self.store = self.actor = None
        if store is None:
            return
        try:
            if actor is not None:
                from omigjen_pos.services import users

                users.logout(store, actor)
        finally:
            store.close()

    def open_store(self) -> str:
        from omigjen_pos.services.store_setup import open_and_upgrade

        path = self.folder / "self-test.sqlite3"
        self.store, result = open_and_upgrade(f"sqlite:///{path.as_posix()}")
        if result.from_revision is not None:
            raise RuntimeError(f"a new file already held schema {result.from_revision}")
        return f"SQLite at {path}, migrated from empty to schema {result.to_revision} (head)"

    def seed(self) -> str:
        from omigjen_pos.services.demo import seed_demo_centre

        report = seed_demo_centre(self.store, items_per_shop=DEMO_ITEMS_PER_SHOP)
        return (
            f"{report.shops} shops, {report.tills} tills, {report.users} users, "
            f"{report.categories} categories, {report.items} items"
        )

    def register(self) -> str:
        from omigjen_pos.domain.item_rules import ItemDraft
        from omigjen_pos.domain.items import ItemSource
        from omigjen_pos.domain.money import format_kr
        from omigjen_pos.services import users
        from omigjen_pos.services.inventory.registration import list_categories, register_item

        self.actor = users.login(self.store, TILL, *MANAGER)
        category = next(c for c in list_categories(self.store) if c.code == "MOBLER")
        draft = ItemDraft(category.id, ITEM_NAME, ITEM_PRICE_ORE, ItemSource.DONATION)
        self.item = register_item(self.store, self.actor, draft)
        return (
            f"{self.item.barcode} {self.item.name!r} at {format_kr(self.item.list_price_ore)}, "
            f"by {self.actor.user_number} {self.actor.name} on {TILL}"
        )

    def sell(self) -> str:
        from omigjen_pos.domain.items import ItemStatus
        from omigjen_pos.domain.money import format_kr
        from omigjen_pos.domain.settlement import Tender
        from omigjen_pos.services.checkout.basket import open_basket, scan_item
        from omigjen_pos.services.checkout.sale import complete_sale
        from omigjen_pos.services.inventory.search import item_by_barcode

        basket = open_basket(self.store, self.actor)
        basket = scan_item(self.store, self.actor, basket.id, self.item.barcode)
        cash = Tender("cash", tendered_ore=CASH_TENDERED_ORE)
        self.sale = complete_sale(self.store, self.actor, basket.id, [cash])
        status = item_by_barcode(self.store, self.actor, self.item.barcode).status
        paid = self.sale.total_ore + self.sale.rounding_ore
        if self.sale.total_ore != ITEM_PRICE_ORE or status is not ItemStatus.SOLD:
            raise RuntimeError(f"sale of {format_kr(self.sale.total_ore)}, item {status.value}")
        if self.sale.change_ore != CASH_TENDERED_ORE - paid:
            raise RuntimeError(f"change {format_kr(self.sale.change_ore)} for {format_kr(paid)}")
        return (
            f"receipt {self.sale.receipt_number} on {self.sale.till_code}, "
            f"{format_kr(self.sale.total_ore)}, paid {format_kr(paid)} in cash with "
            f"{format_kr(CASH_TENDERED_ORE)}, change {format_kr(self.sale.change_ore)}; "
            "the item is sold"
        )

    def verify(self) -> str:
        from omigjen_pos.services.verify import verify_store

        breaches = verify_store(self.store)
        if breaches:
            raise RuntimeError(f"{breaches[0]} (and {len(breaches) - 1} more)")
        return "receipt numbers, sale totals, payments and items agree"

    def label(self) -> str:
        from omigjen_pos.domain.money import format_amount
        from omigjen_pos.services.inventory.labels import write_labels_pdf

        self.label_pdf = self.folder / "label.pdf"
        pages = write_labels_pdf(self.store, [self.item.id], "roll-62x29", self.label_pdf)
        code = self.item.barcode  # printed under the bars as "2 010000 000045"
        wanted = [ITEM_NAME, f"{code[0]} {code[1:7]} {code[7:]}", format_amount(ITEM_PRICE_ORE)]
        return _read_back(self.label_pdf, pages, wanted)

    def receipt_as_pdf(self) -> str:
        from omigjen_pos.domain.money import format_amount
        from omigjen_pos.services.receipt_output import save_receipt_pdf
        from omigjen_pos.services.receipts import next_receipt, record_receipt_produced

        self.receipt = next_receipt(self.store, self.actor, self.sale.sale_id)
        if self.receipt.copy:
            raise RuntimeError("the first receipt of a new sale came out as a copy")
        self.receipt_pdf = save_receipt_pdf(self.receipt, self.folder / "receipts")
        record_receipt_produced(self.store, self.actor, self.receipt, self.sale.sale_id, "pdf")
        wanted = [self.receipt.title, ITEM_NAME, format_amount(ITEM_PRICE_ORE)]
        return _read_back(self.receipt_pdf, None, wanted)

    def receipt_as_escpos(self) -> str:
        from omigjen_pos.printing.receipt_escpos import CODE_PAGE, receipt_escpos_bytes

        data = receipt_escpos_bytes(self.receipt, 48)
        title = self.receipt.title.upper().encode(CODE_PAGE.lower())  # centred in capitals
        if not data.startswith(b"\x1b@") or title not in data:
            raise RuntimeError(f"{len(data)} bytes without the initialise command or the title")
        return f"{_size(len(data))} for an 80 mm printer in {CODE_PAGE}, with the title"

    def saft(self) -> str:
        from omigjen_pos.domain.business_day import business_date
        from omigjen_pos.services.saft import export_saft

        today = business_date(self.sale.created_at)
        summary = export_saft(self.store, self.actor, SHOP, today, today, self.folder)
        if summary.transactions != 1:
            raise RuntimeError(f"{summary.transactions} transactions, expected the one sale")
        return (
            f"{summary.path.name}: {summary.transactions} transaction, {summary.events} events, "
            "valid against Skatteetaten's schema"
        )


def postgresql_driver() -> str:
    """psycopg with its own libpq, and SQLAlchemy's dialect for it: what a till on
    the centre's PostgreSQL needs (nothing connects; the self-test needs no server)."""
    import psycopg
    from sqlalchemy import create_engine

    engine = create_engine("postgresql+psycopg://omigjen@127.0.0.1/self_test")
    engine.dispose()
    version = psycopg.pq.version()
    libpq = f"{version // 10000}.{version % 10000}"
    return (
        f"psycopg {psycopg.__version__} ({psycopg.pq.__impl__}), libpq {libpq}, SQLAlchemy dialect"
    )


def _read_back(path: Path, pages: int | None, wanted: Sequence[str]) -> str:
    """Open the PDF with PDFium, draw its first page and find ``wanted`` in its
    text (in any case: a receipt prints its title in capitals)."""
    import pypdfium2 as pdfium

    data = path.read_bytes()
    if not data.startswith(b"%PDF-"):
        raise RuntimeError(f"{path.name} is not a PDF ({len(data)} bytes)")
    document = pdfium.PdfDocument(data)
    try:
        if pages is not None and len(document) != pages:
            raise RuntimeError(f"{len(document)} pages, expected {pages}")
        page = document[0]
        text_page = page.get_textpage()
        text = " ".join(text_page.get_text_range().split())
        bitmap = page.render(scale=2, grayscale=True)
        inked = min(bytes(bitmap.buffer)) < 128  # some dot darker than the paper
        text_page.close()
        page.close()
        count = len(document)
    finally:
        document.close()
    missing = [w for w in wanted if w.casefold() not in text.casefold()]
    if missing:
        raise RuntimeError(f"{path.name}: text {text[:120]!r} lacks {missing}")
    if not inked:
        raise RuntimeError(f"{path.name}: the first page renders blank")
    pages_text = f"{count} page" if count == 1 else f"{count} pages"
    found = ", ".join(repr(w) for w in wanted)
    return f"{path.name}, {pages_text}, {_size(len(data))}; PDFium draws it and reads {found}"


def _size(count: int) -> str:
    return f"{count} bytes" if count < 1000 else f"{count / 1000:.1f} kB"


def _verbose() -> bool:
    return bool(os.environ.get(VERBOSE_VARIABLE))
