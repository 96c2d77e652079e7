"""Bad input (issue 8, item 4), the strings: hostile text (very long, control
characters and NUL, SQL fragments, mixed scripts, right to left, emoji and
combining marks, whitespace only, numbers with odd separators) fed to the scan
field's service, the searches, the till's amount and quantity parsers, the cash
drawer's reasons, the CSV import the command line uses, and the command line's
dates. Every case must end in a clear refusal (a user's error with one printable
line, or for the command line a non-zero exit with one line and no traceback)
and an unchanged store. On SQLite and PostgreSQL, which refuses NUL in text.
See the "Bad input" section of docs/reliability.md.
"""

from __future__ import annotations

import contextlib
import csv
import io
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from itertools import count, cycle
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from omigjen_pos.cli import build_parser, main
from omigjen_pos.domain.errors import (
    ApprovalNeeded,
    InvalidInput,
    ItemUnavailable,
    NotFound,
    OmigjenError,
)
from omigjen_pos.domain.item_rules import MAX_PRICE_ORE, ItemDraft, parse_kilograms
from omigjen_pos.domain.items import ItemKind, ItemSource
from omigjen_pos.domain.money import parse_kroner
from omigjen_pos.domain.price_cuts import parse_discount
from omigjen_pos.domain.settlement import Tender, settle
from omigjen_pos.services import users
from omigjen_pos.services.actors import Actor
from omigjen_pos.services.checkout.basket import open_basket, scan_item
from omigjen_pos.services.checkout.drawer import record_pay_in
from omigjen_pos.services.checkout.line_changes import override_price, set_quantity
from omigjen_pos.services.checkout.lookup import find_sellable, look_up_price
from omigjen_pos.services.checkout.returns import find_sales_for_return
from omigjen_pos.services.checkout.vouchers import voucher_balance
from omigjen_pos.services.inventory.csv_import import import_items_csv
from omigjen_pos.services.inventory.registration import register_item
from omigjen_pos.services.inventory.search import item_by_barcode
from omigjen_pos.services.store_setup import Store
from omigjen_pos.store.models import BasketLine, CashMovement, Item
from omigjen_pos.ui.messages import describe_error
from omigjen_pos.ui.screens.checkout.line_actions import _price, _quantity
from tests.support.bad_input import (
    FIXED,
    LONGEST_MESSAGE,
    assert_clear,
    changed_tables,
    fuzz_settings,
    has_control,
    hostile_text,
    snapshot,
    with_examples,
)

# Examples per test and backend (PostgreSQL round trips are slower).
EXAMPLES = {"sqlite": 60, "postgresql": 30}
CSV_EXAMPLES = {"sqlite": 50, "postgresql": 25}
CLI_EXAMPLES = 60
GENERIC = "Something went wrong"  # ui/messages.py's sentence for an unexpected error
EVERY_FIXED = [(text,) for text in FIXED]  # tried on every run, besides the drawn ones


@dataclass
class Till:
    store: Store
    url: str
    cashier: Actor
    manager: Actor
    basket_id: int
    line_id: int  # a stock article, 1 of 9999 in the basket
    folder: Path


@pytest.fixture(scope="module")
def till(store_factory, tmp_path_factory) -> Iterator[Till]:
    """A store of its own for the module and a basket with one stock article in it."""
    store = store_factory.demo()
    cashier = users.login(store, "BRUKT-1", 101, "1111")
    manager = users.login(store, "BRUKT-1", 103, "1234")
    with store.reading() as session:
        furniture = session.scalar(select(Item.category_id).where(Item.shop_id == 1).limit(1))
    article = register_item(
        store,
        manager,
        ItemDraft(
            category_id=furniture,
            name="Fuzz stoltrekk",
            price_ore=4_900,
            source=ItemSource.NEW_GOODS,
            kind=ItemKind.STOCK,
            quantity=9_999,
        ),
    )
    basket = open_basket(store, cashier)
    basket = scan_item(store, cashier, basket.id, article.barcode)
    yield Till(
        store,
        store.url.render_as_string(hide_password=False),
        cashier,
        manager,
        basket.id,
        basket.lines[0].id,
        tmp_path_factory.mktemp("hostile"),
    )
    store.close()


def _refusal(call) -> OmigjenError | None:
    """Run ``call``; the error it raised, which must be a clear refusal, or None."""
    try:
        call()
    except OmigjenError as error:
        assert_clear(error)
        # The till words an unavailable item itself, and asks for a manager's PIN
        # on a cut past the limit; every other refusal is a sentence of messages.py.
        if not isinstance(error, ItemUnavailable | ApprovalNeeded):
            assert GENERIC not in describe_error(error), repr(error)
        return error
    return None


# --- the scan field and the searches ------------------------------------------------


def test_hostile_scans_and_searches_are_refused_clearly(till, backend):
    store, cashier = till.store, till.cashier

    @fuzz_settings(EXAMPLES[backend])
    @given(hostile_text())
    @with_examples(*EVERY_FIXED)
    def try_text(text):
        before = snapshot(store)
        scanned = _refusal(lambda: scan_item(store, cashier, till.basket_id, text))
        assert scanned is not None, f"{text!r} was scanned into the sale"
        assert _refusal(lambda: look_up_price(store, cashier, text)) is not None
        assert _refusal(lambda: item_by_barcode(store, cashier, text)) is not None
        assert _refusal(lambda: voucher_balance(store, cashier, text)) is not None
        assert isinstance(
            _refusal(lambda: find_sales_for_return(store, cashier, text)),
            InvalidInput | NotFound | type(None),
        )
        found = find_sellable(store, cashier, text)  # a search finds things or nothing
        assert all(row.shop_id == cashier.shop_id for row in found)
        assert changed_tables(before, snapshot(store)) == []

    try_text()


# --- amounts and quantities as the till reads them ----------------------------------


def test_hostile_amounts_and_quantities_are_read_or_refused(till, backend):
    store, cashier = till.store, till.cashier

    @fuzz_settings(EXAMPLES[backend])
    @given(hostile_text())
    @with_examples(*EVERY_FIXED)
    def try_text(text):
        for parse in (parse_kroner, _price, parse_discount, _quantity, parse_kilograms):
            try:
                value = parse(text)
            except InvalidInput as error:
                assert_clear(error)
                assert GENERIC not in describe_error(error)
            else:
                assert value is None or not isinstance(value, int) or abs(value) < 10**18
        try:
            price = _price(text)
        except InvalidInput:
            price = None
        try:
            quantity = _quantity(text)
        except InvalidInput:
            quantity = None
        if price is not None:
            before = snapshot(store)
            refused = _refusal(
                lambda: override_price(store, cashier, till.basket_id, till.line_id, price)
            )
            if refused is None:  # what the cashier typed is what the line charges
                assert _line(store, till.line_id).unit_price_ore == price
            else:
                assert isinstance(refused, InvalidInput | ApprovalNeeded)
                assert changed_tables(before, snapshot(store)) == []
        if quantity is not None:
            before = snapshot(store)
            refused = _refusal(
                lambda: set_quantity(store, cashier, till.basket_id, till.line_id, quantity)
            )
            if refused is None:
                assert _line(store, till.line_id).quantity == quantity
            else:
                assert changed_tables(before, snapshot(store)) == []

    try_text()


def _line(store: Store, line_id: int) -> BasketLine:
    with store.reading() as session:
        return session.get(BasketLine, line_id)


# --- free text that is kept: the drawer's reasons, payment references --------------


def test_hostile_reasons_and_references_are_kept_exactly_or_refused(till, backend):
    store, cashier = till.store, till.cashier

    @fuzz_settings(EXAMPLES[backend] // 2)
    @given(hostile_text())
    @with_examples(*EVERY_FIXED)
    def try_text(text):
        try:
            settled = settle(10_000, [Tender("card", 10_000, reference=text)])
        except InvalidInput as error:
            assert_clear(error)
        else:
            reference = settled.payments[0].reference
            assert reference == text.strip() and len(reference) <= 64
            assert not has_control(reference)
        before = snapshot(store)
        if _refusal(lambda: record_pay_in(store, cashier, 100, text)) is not None:
            assert changed_tables(before, snapshot(store)) == []
            return
        with store.reading() as session:
            kept = session.scalars(
                select(CashMovement.reason).order_by(CashMovement.id.desc()).limit(1)
            ).one()
        assert kept == text.strip() and not has_control(kept)

    try_text()


# --- CSV import ------------------------------------------------------------------------

HEADER = ["name", "category", "price", "kind", "quantity", "description", "notes", "shelf"]
HEADER_WORDS = [*HEADER, "navn", "kategori", "pris", "barcode", "intake_date", "weight_kg"]
GOOD_CELLS = {
    "name": st.sampled_from(
        ["Gulvlampe", "Stol, eik", 'Bok "Sult"', "Sofa; grå", "Lampe\nmed skjerm"]
    ),
    "category": st.sampled_from(["MOBLER", "mobler", "Møbler", "BOKER", "Bøker"]),
    "price": st.sampled_from(["10", "149,50", "1 250", "0", "99,-", "kr 45"]),
    "kind": st.sampled_from(["", "unik", "lager", "stock"]),
    "quantity": st.sampled_from(["", "1", "3", "0"]),
    "description": st.sampled_from(["", "Pent brukt", "To linjer\nher"]),
    "notes": st.sampled_from(["", "Fra dødsbo"]),
    "shelf": st.sampled_from(["", "A3"]),
}
FORMULAS = [
    "=cmd|' /C calc'!A0",
    "+SUM(1+1)*cmd|' /C calc'!A0",
    "@SUM(A1)",
    "-2+3",
    '=HYPERLINK("http://example.invalid")',
]


@st.composite
def csv_files(draw) -> bytes:
    """A CSV file: good rows with hostile cells, hostile headers, formulas, other
    encodings, binary junk, a line too long to read."""
    kind = draw(st.sampled_from(["good", "good", "good", "header", "binary", "huge"]))
    if kind == "binary":
        return draw(st.binary(max_size=3000))
    if kind == "huge":  # a line longer than the csv module reads in one field
        filler = draw(st.sampled_from([b"x", b"\xc3\xb8", b"\x00", b";"]))
        return b"name;category;price\n" + filler * 140_000 + b";MOBLER;10\n"
    header = list(HEADER)
    if kind == "header":
        header = draw(
            st.lists(st.one_of(st.sampled_from(HEADER_WORDS), hostile_text()), max_size=6)
        )
    hostile_cell = st.one_of(hostile_text(), st.sampled_from(FORMULAS))
    rows = []
    for _ in range(draw(st.integers(0, 4))):
        row = []
        for column in header:
            good = GOOD_CELLS.get(column, st.just(""))
            row.append(draw(st.one_of(good, good, hostile_cell)))
        rows.append(row)
    delimiter = draw(st.sampled_from([";", ";", ",", "\t"]))
    text = io.StringIO()
    if draw(st.booleans()):
        csv.writer(text, delimiter=delimiter, lineterminator="\r\n").writerows([header, *rows])
    else:  # joined by hand: quotes and separators inside cells break the rows
        text.write("\n".join(delimiter.join(cells) for cells in [header, *rows]))
    encoding = draw(st.sampled_from(["utf-8", "utf-8", "utf-8-sig", "utf-16", "cp1252"]))
    errors = "surrogatepass" if encoding.startswith("utf") else "replace"
    data = text.getvalue().encode(encoding, errors)
    return data + draw(st.one_of(st.just(b""), st.just(b""), st.binary(min_size=1, max_size=40)))


_HEAD = "name;category;price"
FIXED_FILES = [
    f"{_HEAD}\nLampe\x00;MOBLER;10\n".encode(),
    f"{_HEAD};description\nLampe;MOBLER;10;med\x00skjerm\n".encode(),
    f"{_HEAD}\n=cmd|' /C calc'!A0;MOBLER;10\n".encode(),
    f'{_HEAD}\n"\'; DROP TABLE item; --";MOBLER;10\n'.encode(),
    f"{_HEAD}\nStol;MOBLER;-5\n".encode(),
    f"{_HEAD};quantity;kind\nTrekk;MOBLER;10;-1;lager\n".encode(),
    f"{_HEAD};quantity;kind\nTrekk;MOBLER;10;{'9' * 5000};lager\n".encode(),
    f"{_HEAD}\nStol;MOBLER;{'9' * 5000}\n".encode(),
    f"{_HEAD};weight_kg\nStol;MOBLER;10;{'9' * 5000}\n".encode(),
    f"{_HEAD};intake_date\nStol;MOBLER;10;0001-01-01\n".encode(),
    f"{_HEAD};intake_date\nStol;MOBLER;10;٠١.٠١.٢٠٢٠\n".encode(),
    f"{_HEAD}\n{'x' * 10_000};MOBLER;10\n".encode(),
    f"{_HEAD}\nStol;\u202eRELBOM;10\n".encode(),
    f"{_HEAD}\nStol;MOBLER;١٠\n".encode(),
    f"{_HEAD}\nStøl;MOBLER;10\n".encode("utf-16"),
    f"{_HEAD}\nStøl;MOBLER;10\n".encode("cp1252"),
    f'{_HEAD}\n"unterminated;MOBLER;10\n'.encode(),
    b"name;category;price\n" + b"x" * 140_000 + b";MOBLER;10\n",
    bytes(range(256)),
    b"\xef\xbb\xbf",
    b"",
    'name,category,price\n"Sofa; grå",MOBLER,"1 250"\n'.encode(),
]
_files = count(1)


def test_hostile_csv_files_are_imported_whole_or_refused_clearly(till, backend):
    store, manager = till.store, till.manager

    @fuzz_settings(CSV_EXAMPLES[backend])
    @given(csv_files(), st.booleans())
    @with_examples(*[(data, False) for data in FIXED_FILES])
    def try_file(data, dry_run):
        path = till.folder / f"items{next(_files)}.csv"
        path.write_bytes(data)
        before = snapshot(store)
        with store.reading() as session:
            known = set(session.scalars(select(Item.id)))
        try:
            report = import_items_csv(store, manager, "BRUKT", path, dry_run=dry_run)
        except OmigjenError as error:
            assert isinstance(error, InvalidInput) and error.field in ("file", "text"), error
            assert_clear(error)
            assert changed_tables(before, snapshot(store)) == []
            return
        for problem in report.problems:
            line = str(problem)
            assert line.isprintable() and len(line) <= LONGEST_MESSAGE, line[:200]
        if report.problems or dry_run:
            assert report.imported == 0
            assert changed_tables(before, snapshot(store)) == []
            return
        assert report.imported == report.rows > 0
        with store.reading() as session:
            new = session.scalars(select(Item).where(Item.id.not_in(known))).all()
        assert len(new) == report.imported
        for item in new:  # nothing unreadable and nothing out of range got in
            for text in (item.name, item.shelf):
                assert not has_control(text), repr(text)
            for text in (item.description, item.notes):
                assert not has_control(text, lines_allowed=True), repr(text)
            assert 0 < len(item.name) <= 200 and len(item.shelf) <= 40
            assert 0 <= item.price_ore <= MAX_PRICE_ORE and 0 <= item.quantity <= 1_000_000

    try_file()


def test_a_csv_path_that_cannot_be_a_file_is_refused(till):
    for path in ("nope\x00.csv", "x" * 5000 + ".csv", str(till.folder), "/dev/null/x.csv"):
        before = snapshot(till.store)
        with pytest.raises(InvalidInput) as refused:
            import_items_csv(till.store, till.manager, "BRUKT", Path(path))
        assert_clear(refused.value)
        assert changed_tables(before, snapshot(till.store)) == []


# --- NUL, said plainly on both backends ----------------------------------------------


def test_nul_is_refused_clearly_wherever_it_is_typed(till):
    store, cashier, manager = till.store, till.cashier, till.manager
    before = snapshot(store)
    for code in ("\x00", "2000000000012\x00", "lam\x00pe"):
        for call in (
            lambda code=code: scan_item(store, cashier, till.basket_id, code),
            lambda code=code: look_up_price(store, cashier, code),
            lambda code=code: voucher_balance(store, cashier, code),
            lambda code=code: record_pay_in(store, cashier, 100, code),
        ):
            assert _refusal(call) is not None
        assert isinstance(find_sellable(store, cashier, code), list)
    for cells in ("Lampe\x00;MOBLER;10", "Lampe;MOBLER;10;med\x00skjerm"):
        report = import_items_csv(
            store, manager, "BRUKT", f"name;category;price;description\n{cells}\n".encode()
        )
        assert [p.reason for p in report.problems] == ["contains control characters"]
    assert changed_tables(before, snapshot(store)) == []
    period = ["--from", "2026-01-01", "--to", "2026-01-31", "-o", str(till.folder / "x.xml")]
    error, code = _run_cli(["--database-url", till.url, "saft", "--shop", "BRUKT\x00", *period])
    assert code == 1 and error == "omigjen-pos: text: 'BRUKT\\x00' (contains control characters)"
    assert changed_tables(before, snapshot(store)) == []


# --- the command line's dates ----------------------------------------------------------


def _run_cli(argv: list[str]) -> tuple[str, int]:
    """``omigjen-pos ARGV`` in this process: (stderr, exit status)."""
    error = io.StringIO()
    with contextlib.redirect_stderr(error), contextlib.redirect_stdout(io.StringIO()):
        try:
            status = main(argv)
        except SystemExit as leaving:  # argparse refusing an argument
            status = leaving.code
    return error.getvalue().strip(), status


def _assert_one_clear_line(error: str, status: int) -> None:
    assert status != 0
    assert "Traceback" not in error and "unexpected error" not in error, error[:300]
    lines = error.splitlines()
    assert lines and lines[-1].startswith("omigjen-pos"), error[:300]
    if status == 1:  # our own refusal: one line; argparse's (2) adds its usage line
        assert len(lines) == 1 and len(error) <= LONGEST_MESSAGE and error.isprintable(), error


PLACES = ("date", "from", "to", "saft-from", "saft-to")


def test_hostile_dates_on_the_command_line_end_in_one_clear_line(till, backend):
    if backend != "sqlite":
        pytest.skip("a date is read before the store is opened: one backend is enough")
    out = till.folder

    @fuzz_settings(CLI_EXAMPLES)
    @given(hostile_text(), st.sampled_from(PLACES))
    @with_examples(*zip(FIXED, cycle(PLACES)))
    def try_date(text, where):
        base = ["--database-url", till.url]
        period = {
            "date": ["--date", text],
            "from": ["--from", text, "--to", "2026-01-31"],
            "to": ["--from", "2026-01-01", "--to", text],
        }
        if where.startswith("saft"):
            first, last = (text, "2026-01-31") if where == "saft-from" else ("2026-01-01", text)
            argv = [*base, "saft", "--shop", "BRUKT", "--from", first, "--to", last]
            argv += ["-o", str(out / "saft.xml")]
        else:
            argv = [*base, "export", "sales", "--shop", "BRUKT", *period[where]]
            argv += ["-o", str(out / "sales.csv")]
        before = snapshot(till.store)
        error, status = _run_cli(argv)
        if status == 0:  # a real date after all: an export was made
            assert date.fromisoformat(text.strip())
            return
        _assert_one_clear_line(error, status)
        assert changed_tables(before, snapshot(till.store)) == []

    try_date()


def test_hostile_days_and_counted_cash_on_the_command_line(till, backend):
    if backend != "sqlite":
        pytest.skip("read before the store is opened: one backend is enough")

    @fuzz_settings(CLI_EXAMPLES)
    @given(hostile_text())
    @with_examples(*EVERY_FIXED)
    def try_text(text):
        error = io.StringIO()
        with contextlib.redirect_stderr(error):
            try:
                days = build_parser().parse_args(["demo", "--days", text]).days
            except SystemExit as leaving:
                assert leaving.code == 2
                _assert_one_clear_line(error.getvalue().strip(), 2)
            else:
                assert 0 <= days <= 366
        try:
            parse_kroner(text, "counted_cash")
        except InvalidInput:  # the command refuses it before anything is written
            before = snapshot(till.store)
            z_report = ["report", "z", "--till", "BRUKT-1", "--counted-cash", text]
            error_text, status = _run_cli(["--database-url", till.url, *z_report])
            _assert_one_clear_line(error_text, status)
            assert changed_tables(before, snapshot(till.store)) == []

    try_text()


def test_a_real_command_line_with_hostile_bytes_prints_one_line(till, backend, tmp_path):
    """In a real process: arguments that are not UTF-8, a NUL-free control mess."""
    if backend != "sqlite":
        pytest.skip("read before the store is opened: one backend is enough")
    for value in (b"\xff\xfe2026-01-01", "٢٠٢٦-٠١-٠١\x1b[2J".encode()):
        export = ["export", "sales", "--shop", "BRUKT", "--date", value, "-o", tmp_path / "x.csv"]
        done = subprocess.run(
            [sys.executable, "-m", "omigjen_pos", "--database-url", till.url, *export],
            capture_output=True,
            timeout=120,
        )
        error = done.stderr.decode("utf-8", "replace").strip()
        _assert_one_clear_line(error, done.returncode)
        assert "not a date" in error
