"""The ``omigjen-pos`` command. With no sub-command it starts the GUI.

Commands open the store (upgrading its schema when it is older than this
release) and print one line per outcome. A store that cannot be reached exits
with status 2 and one line that names the server and what to check. Command
line messages are English, like docs/cli.md; the GUI speaks the user's language.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from omigjen_pos import __version__
from omigjen_pos.config import (
    SUPPORTED_LANGUAGES,
    SettingsError,
    load_settings,
    resolve_database_url,
)
from omigjen_pos.domain.errors import OmigjenError, StoreTooNew, StoreUnavailable
from omigjen_pos.domain.items import ItemStatus
from omigjen_pos.logging_setup import configure_logging, log_file_path

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_STORE = 2
PIN_VARIABLE = "OMIGJEN_PIN"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="omigjen-pos",
        description="Omigjen POS: point of sale and inventory for reuse centres.",
    )
    parser.add_argument("--version", action="version", version=f"omigjen-pos {__version__}")
    parser.add_argument(
        "--database-url",
        metavar="URL",
        help="sqlite:///path/file.sqlite3 or postgresql://user@host:port/db",
    )
    parser.add_argument("--lang", choices=SUPPORTED_LANGUAGES, help="interface language")
    parser.add_argument("--till", metavar="CODE", help="the till this machine is, e.g. BRUKT-1")
    parser.add_argument(
        "--setup",
        action="store_true",
        help="GUI: the set-up wizard for a new centre, or to connect to the centre's PostgreSQL",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="sell an item on a temporary store, render its label and receipt, start Qt "
        "offscreen; exit 0 if all works (checks a packaged build without a screen)",
    )
    # bench/bench_startup.py: print when the login screen is first painted, then quit.
    parser.add_argument("--quit-when-ready", action="store_true", help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    db = commands.add_parser("db", help="database maintenance")
    db_commands = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    db_commands.add_parser("upgrade", help="upgrade the store's schema to this release")

    demo = commands.add_parser("demo", help="seed the demo centre (safe to run again)")
    demo.add_argument(
        "--items-per-shop",
        type=int,
        default=None,
        metavar="N",
        help="demo items for each shop that has none yet (default 150)",
    )
    demo.add_argument(
        "--days",
        type=_days,
        default=0,
        metavar="N",
        help="in an empty store: N trading days of sales before today (default none)",
    )
    demo.add_argument(
        "--seed",
        type=int,
        default=None,
        metavar="S",
        help="the random seed of the history (default 2026: the same history each time)",
    )

    items = commands.add_parser("items", help="import or export a shop's items as CSV")
    items_commands = items.add_subparsers(dest="items_command", metavar="ACTION", required=True)
    items_import = items_commands.add_parser(
        "import", help="import items from a CSV file: every row or none"
    )
    items_import.add_argument("file", metavar="FILE.csv", help="UTF-8 CSV, ';' or ','")
    items_import.add_argument("--shop", metavar="CODE", required=True, help="e.g. BRUKT")
    items_import.add_argument(
        "--dry-run", action="store_true", help="check every row, import nothing"
    )
    items_import.add_argument(
        "--user", metavar="NUMBER", type=int, required=True, help="your user number (a manager)"
    )
    items_import.add_argument(
        "--pin", help=f"your PIN; without it {PIN_VARIABLE}, else you are asked for it"
    )
    items_export = items_commands.add_parser("export", help="export a shop's items as CSV")
    items_export.add_argument("--shop", metavar="CODE", required=True, help="e.g. BRUKT")
    items_export.add_argument(
        "--status", choices=[s.value for s in ItemStatus], help="only items in this state"
    )
    items_export.add_argument(
        "-o", "--output", metavar="FILE.csv", required=True, help="the file to write"
    )

    simulate = commands.add_parser("simulate", help="ring up random sales on a till")
    simulate.add_argument("--till", dest="sim_till", metavar="TILL", required=True)
    simulate.add_argument("--sales", type=int, required=True, metavar="N")
    simulate.add_argument("--seed", type=int, default=None, metavar="S")
    simulate.add_argument(
        "--park-share",
        type=_share,
        default=None,
        metavar="P",
        help="share of baskets parked and taken up again (default 0.05)",
    )
    simulate.add_argument(
        "--return-share",
        type=_share,
        default=None,
        metavar="P",
        help="share of sales followed by the return of one line (default 0.03)",
    )
    _user_and_pin(simulate, "cashier to sell as (default on the demo centre: a demo cashier)")
    # bench/bench_many_tills.py: wait for the go after logging in, then report the sales' times.
    simulate.add_argument("--wait-for-start", action="store_true", help=argparse.SUPPRESS)

    receipt = commands.add_parser(
        "receipt", help="a receipt as PDF: the original, or with --copy the one copy"
    )
    receipt.add_argument("--till", dest="receipt_till", metavar="TILL", required=True)
    receipt.add_argument("--number", type=int, required=True, metavar="N")
    receipt.add_argument("--copy", action="store_true", help="the one copy (KOPI) of a receipt")
    receipt.add_argument("--training", action="store_true", help="a receipt of a training sale")
    receipt.add_argument("--paper", choices=["80mm", "58mm", "A4"], default="80mm")
    receipt.add_argument("-o", "--output", metavar="FILE.pdf", required=True)
    _user_and_pin(receipt, "who produces the receipt (default on the demo centre: a cashier)")

    report = commands.add_parser("report", help="a till's X-report, Z-report or a Z's copy")
    report_kinds = report.add_subparsers(dest="report_kind", metavar="KIND", required=True)
    report_x = report_kinds.add_parser("x", help="what the till did since its last Z")
    report_z = report_kinds.add_parser("z", help="close the till's day (one per day)")
    report_z.add_argument(
        "--counted-cash", metavar="KR", required=True, help="cash counted in the drawer"
    )
    report_copy = report_kinds.add_parser("copy", help="print a Z-report again, as KOPI")
    report_copy.add_argument("--number", type=int, required=True, metavar="N")
    for sub in (report_x, report_z, report_copy):
        sub.add_argument("--till", dest="report_till", metavar="TILL", required=True)
        sub.add_argument("-o", "--output", metavar="FILE.pdf", help="also write it as PDF")
        _user_and_pin(sub, "a manager (default on the demo centre: the shop's manager)")

    public_key = commands.add_parser(
        "public-key", help="a shop's public signing key (PEM), for the tax authority"
    )
    public_key.add_argument("--shop", metavar="CODE", required=True, help="e.g. BRUKT")
    public_key.add_argument("--version", dest="key_version", type=int, metavar="N")
    public_key.add_argument("-o", "--output", metavar="FILE.pem", help="default: stdout")

    printer_test = commands.add_parser(
        "printer-test", help="print a test page on the receipt printer of the settings file"
    )
    printer_test.add_argument("--drawer", action="store_true", help="open the cash drawer too")

    verify = commands.add_parser("verify", help="check the store's invariants")
    verify.add_argument("--shop", metavar="CODE", help="only this shop")

    backup = commands.add_parser(
        "backup", help="copy a SQLite store while tills sell (PostgreSQL: how to run pg_dump)"
    )
    backup.add_argument("-o", "--output", metavar="FILE", required=True, help="the copy to write")
    backup.add_argument("--force", action="store_true", help="replace FILE if it exists")

    labels = commands.add_parser("labels", help="print item labels to a PDF")
    labels.add_argument("--shop", metavar="CODE", required=True, help="e.g. BRUKT")
    which = labels.add_mutually_exclusive_group(required=True)
    which.add_argument("--all", action="store_true", help="every item in stock in the shop")
    which.add_argument("--barcode", metavar="B", nargs="+", help="these items, in this order")
    labels.add_argument("--layout", choices=["roll-62x29", "a4-3x8"], default="roll-62x29")
    labels.add_argument(
        "--start",
        type=int,
        default=1,
        metavar="N",
        help="first free label on a half-used A4 sheet (1-24)",
    )
    labels.add_argument("-o", "--output", metavar="FILE.pdf", required=True)

    export = commands.add_parser("export", help="export figures for the accountant")
    export_commands = export.add_subparsers(dest="export_command", metavar="WHAT", required=True)
    sales = export_commands.add_parser(
        "sales", help="a shop's or the whole centre's sales and returns as XLSX or CSV"
    )
    scope = sales.add_mutually_exclusive_group(required=True)
    scope.add_argument("--shop", metavar="CODE", help="one shop, e.g. BRUKT")
    scope.add_argument("--all", action="store_true", help="the whole centre (a centre admin)")
    sales.add_argument("--date", metavar="YYYY-MM-DD", help="one business day")
    sales.add_argument("--from", dest="first", metavar="YYYY-MM-DD", help="first day of a period")
    sales.add_argument("--to", dest="last", metavar="YYYY-MM-DD", help="last day of a period")
    sales.add_argument(
        "--format", choices=["xlsx", "csv"], help="default: csv for FILE.csv, else xlsx"
    )
    sales.add_argument(
        "--decimal",
        choices=["comma", "dot"],
        default="comma",
        help="CSV: comma (';', Norwegian Excel; default) or dot (',', for programs)",
    )
    sales.add_argument("-o", "--output", metavar="FILE", required=True)
    _user_and_pin(sales, "who exports (default on the demo centre: the shop's manager or admin)")

    saft = commands.add_parser(
        "saft", help="a shop's journal for a period as SAF-T Cash Register XML, for the tax office"
    )
    saft.add_argument("--shop", metavar="CODE", required=True, help="e.g. BRUKT")
    saft.add_argument("--from", dest="first", metavar="YYYY-MM-DD", required=True)
    saft.add_argument("--to", dest="last", metavar="YYYY-MM-DD", required=True)
    saft.add_argument(
        "-o",
        "--output",
        metavar="FILE.xml",
        help="file or folder (default: 'SAF-T Cash Register_<orgnr>_<time>.xml' here)",
    )
    _user_and_pin(saft, "a manager (default on the demo centre: the shop's manager)")
    return parser


def _open(args: argparse.Namespace):
    from omigjen_pos.services.store_setup import open_and_upgrade

    url = resolve_database_url(args.database_url, load_settings())
    store, result = open_and_upgrade(url.url)
    if result.changed:
        print(
            f"Store at {store.server}: schema {result.from_revision or 'empty'} -> "
            f"{result.to_revision}"
        )
    return store


def _db_upgrade(args: argparse.Namespace) -> int:
    store = _open(args)
    try:
        from omigjen_pos.store.migrate import current_revision

        print(f"Store at {store.server} is at schema {current_revision(store.engine)} (head).")
    finally:
        store.close()
    return EXIT_OK


def _days(text: str) -> int:
    from omigjen_pos.services.history import MAX_DAYS

    try:
        days = int(text)
    except ValueError:
        days = -1
    if not 0 <= days <= MAX_DAYS:
        raise argparse.ArgumentTypeError(f"a number of days from 0 to {MAX_DAYS}: {text!r}")
    return days


def _share(text: str) -> float:
    try:
        share = float(text)
    except ValueError:
        share = -1.0
    if not 0 <= share <= 0.9:
        raise argparse.ArgumentTypeError(f"a share from 0 to 0.9, e.g. 0.2: {text!r}")
    return share


def _demo(args: argparse.Namespace) -> int:
    from omigjen_pos.services.demo import ITEMS_PER_SHOP, seed_demo_centre
    from omigjen_pos.services.history import DEFAULT_SEED, seed_demo_with_history

    per_shop = ITEMS_PER_SHOP if args.items_per_shop is None else args.items_per_shop
    had_history = False  # with --days: the demo centre already traded before today
    store = _open(args)
    try:
        if args.days:
            seed = DEFAULT_SEED if args.seed is None else args.seed
            outcome = seed_demo_with_history(
                store, args.days, per_shop, seed, progress=_history_progress
            )
            report, history, had_history = outcome.seed, outcome.history, outcome.had_history
        else:
            report, history = seed_demo_centre(store, items_per_shop=per_shop), None
    finally:
        store.close()
    if report.added_anything:
        print(
            f"Demo centre seeded: {report.shops} shops, {report.tills} tills, "
            f"{report.users} users, {report.categories} categories, {report.items} items added."
        )
    elif not args.days or had_history:
        print("Demo centre already complete; nothing added.")
    if history is not None:
        first, last = history.days[0], history.days[-1]
        print(
            f"Trading history: {_count(len(history.days), 'day')} ({first} to {last}), "
            f"{_count(history.sales, 'sale')} on {_count(history.tills, 'till')} "
            f"({_count(history.voids, 'void')}, {_count(history.parks, 'park')}, "
            f"{_count(history.returns, 'return')}); "
            f"{_count(history.items_added, 'donated item')} put on the shelves."
        )
        for shop_code, day in history.ran_out:
            print(f"omigjen-pos: note: {shop_code} sold out on {day}", file=sys.stderr)
    elif args.days and not had_history:
        print(
            "omigjen-pos: no history added: it goes only into an empty store "
            "(anything already in it would come before it); give a new --database-url",
            file=sys.stderr,
        )
        return EXIT_FAILED
    return EXIT_OK


def _history_progress(done: int, total: int, day) -> None:
    if sys.stderr is not None and sys.stderr.isatty():
        end = "\n" if done == total else ""
        print(f"\rTrading history: day {done} of {total} ({day})", end=end, file=sys.stderr)
        sys.stderr.flush()


def _pin(args: argparse.Namespace) -> str | None:
    """--pin, else OMIGJEN_PIN, else asked without echo when a person is at the terminal."""
    if args.pin is not None:
        return args.pin
    if os.environ.get(PIN_VARIABLE):
        return os.environ[PIN_VARIABLE]
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(f"PIN for user {args.user}: ")
    return None


def _items_import(args: argparse.Namespace) -> int:
    from omigjen_pos.services import users
    from omigjen_pos.services.inventory.csv_import import import_items_csv, import_till

    pin = _pin(args)
    if pin is None:
        print(
            f"omigjen-pos: a PIN is needed: give --pin, set {PIN_VARIABLE}, or run in a terminal",
            file=sys.stderr,
        )
        return EXIT_FAILED
    store = _open(args)
    try:
        till = import_till(store, args.shop, args.till)
        actor = users.login(store, till.code, args.user, pin)
        try:
            report = import_items_csv(
                store, actor, args.shop, Path(args.file), dry_run=args.dry_run
            )
        finally:
            users.logout(store, actor)
    finally:
        store.close()
    for column in report.ignored_columns:
        print(f"omigjen-pos: note: column {column!r} is not known; ignored", file=sys.stderr)
    if report.problems:
        for problem in report.problems:
            print(f"omigjen-pos: {report.file_name}: {problem}", file=sys.stderr)
        print(
            f"omigjen-pos: nothing imported: {_count(len(report.problems), 'problem')} "
            f"in {report.file_name}.",
            file=sys.stderr,
        )
        return EXIT_FAILED
    if report.dry_run:
        print(f"Dry run: {_count(report.rows, 'row')} OK, nothing imported.")
    else:
        print(f"Imported {_count(report.imported, 'item')} into {report.shop_code}.")
    return EXIT_OK


def _items_export(args: argparse.Namespace) -> int:
    from omigjen_pos.services.inventory.csv_export import export_items_csv

    status = ItemStatus(args.status) if args.status else None
    store = _open(args)
    try:
        written = export_items_csv(store, args.shop, status, Path(args.output))
    finally:
        store.close()
    print(f"Exported {_count(written, 'item')} from {args.shop.upper()} to {args.output}.")
    return EXIT_OK


def _labels(args: argparse.Namespace) -> int:
    from omigjen_pos.services.inventory.labels import label_item_ids, write_labels_pdf

    store = _open(args)
    try:
        ids = label_item_ids(store, args.shop, None if args.all else args.barcode)
        if not ids:
            print(f"omigjen-pos: no items in stock in {args.shop.upper()}", file=sys.stderr)
            return EXIT_FAILED
        try:
            pages = write_labels_pdf(store, ids, args.layout, Path(args.output), args.start)
        except ValueError as exc:  # a start position the layout does not have
            print(f"omigjen-pos: {exc}", file=sys.stderr)
            return EXIT_FAILED
    finally:
        store.close()
    print(f"Wrote {_count(len(ids), 'label')} on {_count(pages, 'page')} to {args.output}.")
    return EXIT_OK


def _user_and_pin(parser: argparse.ArgumentParser, who: str) -> None:
    parser.add_argument("--user", type=int, metavar="NUMBER", help=who)
    parser.add_argument("--pin", metavar="PIN", help=f"or {PIN_VARIABLE}, or asked for")


def _till_actor(store, till_code: str, args: argparse.Namespace, manager: bool = False):
    """Log in on the till as --user (on the demo centre a demo cashier of its
    shop, or its manager); None, with the reason printed, when no user was given."""
    from omigjen_pos.services import users
    from omigjen_pos.services.demo import demo_cashier_for, demo_manager_for
    from omigjen_pos.services.store_setup import summarise_store
    from omigjen_pos.services.tills import find_till

    till = find_till(store, till_code)
    if args.user is None and summarise_store(store).is_demo:
        number, pin = (demo_manager_for if manager else demo_cashier_for)(till.shop_code)
    else:
        number, pin = args.user, _pin(args)
    if number is None or pin is None:
        print("omigjen-pos: give --user NUMBER and --pin (or OMIGJEN_PIN)", file=sys.stderr)
        return None
    return users.login(store, till.code, number, pin)


def _simulate(args: argparse.Namespace) -> int:
    from omigjen_pos.services import users
    from omigjen_pos.services.simulation import PARK_SHARE, RETURN_SHARE, simulate_sales

    store = _open(args)
    try:
        actor = _till_actor(store, args.sim_till, args)
        if actor is None:
            return EXIT_FAILED
        till = actor.till
        try:
            if args.wait_for_start:
                # Many tills started together begin selling together, start-up not timed.
                print("ready", flush=True)
                sys.stdin.readline()
            began, cpu = time.monotonic_ns(), time.process_time_ns()
            report = simulate_sales(
                store,
                actor,
                args.sales,
                args.seed,
                park_share=PARK_SHARE if args.park_share is None else args.park_share,
                return_share=RETURN_SHARE if args.return_share is None else args.return_share,
            )
            if args.wait_for_start:
                # CLOCK_MONOTONIC is one clock for all processes (Linux); CPU time of this one.
                ended, cpu = time.monotonic_ns(), time.process_time_ns() - cpu
                print(f"sold from {began} to {ended}, cpu {cpu}", flush=True)
        finally:
            users.logout(store, actor)
    finally:
        store.close()
    print(
        f"Recorded {_count(report.sales, 'sale')} on {till.code} ({_count(report.voids, 'void')}, "
        f"{_count(report.parks, 'park')}, {_count(report.returns, 'return')}, "
        f"{report.refused_scans} refused scans)."
    )
    if report.stopped_early:
        print(f"omigjen-pos: {till.shop_code} ran out of items to sell", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_OK


def _receipt(args: argparse.Namespace) -> int:
    from omigjen_pos.services import users
    from omigjen_pos.services.receipt_output import save_receipt_pdf
    from omigjen_pos.services.receipts import (
        next_receipt,
        receipt_for_number,
        record_receipt_produced,
    )

    store = _open(args)
    try:
        actor = _till_actor(store, args.receipt_till, args)
        if actor is None:
            return EXIT_FAILED
        try:
            sale_id = receipt_for_number(store, actor, actor.till.code, args.number, args.training)
            receipt = next_receipt(store, actor, sale_id)  # refuses a second copy
            if receipt.copy and not args.copy:
                print(
                    f"omigjen-pos: the original of receipt {args.number} was produced; "
                    "give --copy for the one copy the law allows",
                    file=sys.stderr,
                )
                return EXIT_FAILED
            if args.copy and not receipt.copy:
                print(
                    f"omigjen-pos: receipt {args.number} has no original yet; "
                    "run without --copy to produce it",
                    file=sys.stderr,
                )
                return EXIT_FAILED
            output = Path(args.output)
            try:
                save_receipt_pdf(receipt, output.parent, args.paper).replace(output)
            except OSError as exc:
                print(f"omigjen-pos: cannot write {output}: {exc.strerror or exc}", file=sys.stderr)
                return EXIT_FAILED
            record_receipt_produced(store, actor, receipt, sale_id, "pdf")
        finally:
            users.logout(store, actor)
    finally:
        store.close()
    kind = "copy of receipt" if receipt.copy else "receipt"
    print(f"Wrote {kind} {args.number} of {actor.till.code} to {output}.")
    return EXIT_OK


def _report(args: argparse.Namespace) -> int:
    from omigjen_pos.domain.money import parse_kroner
    from omigjen_pos.printing.day_report_text import day_report_text
    from omigjen_pos.services import users
    from omigjen_pos.services.receipt_output import ReceiptOutput, produce_report
    from omigjen_pos.services.reports.day_report import x_report, z_report, z_report_copy

    counted = None
    if args.report_kind == "z":
        counted = parse_kroner(args.counted_cash, "counted_cash")  # InvalidInput: exit 1
    store = _open(args)
    try:
        actor = _till_actor(store, args.report_till, args, manager=True)
        if actor is None:
            return EXIT_FAILED
        try:
            if args.report_kind == "x":
                report = x_report(store, actor)
            elif args.report_kind == "z":
                report = z_report(store, actor, counted)
            else:
                report = z_report_copy(store, actor, args.number)
        finally:
            users.logout(store, actor)
    finally:
        store.close()
    copy = args.report_kind == "copy"
    print(day_report_text(report, copy=copy), end="")
    if args.output:
        try:
            produce_report(report, ReceiptOutput(), copy, Path(args.output))
        except OSError as exc:
            print(
                f"omigjen-pos: cannot write {args.output}: {exc.strerror or exc}", file=sys.stderr
            )
            return EXIT_FAILED
    return EXIT_OK


def _public_key(args: argparse.Namespace) -> int:
    from omigjen_pos.services.signing import public_key_pem

    store = _open(args)
    try:
        version, pem = public_key_pem(store, args.shop, args.key_version)
    finally:
        store.close()
    if args.output:
        Path(args.output).write_text(pem, encoding="ascii")
        print(f"Wrote key version {version} of {args.shop.upper()} to {args.output}.")
    else:
        print(pem, end="")
    return EXIT_OK


def _printer_test(args: argparse.Namespace) -> int:
    from omigjen_pos.printing.printers import printer_from_settings
    from omigjen_pos.services.receipt_output import ReceiptOutput, print_test_page

    printer = printer_from_settings(load_settings().extra.get("receipt_printer"))
    if printer is None or not printer.escpos:
        print(
            "omigjen-pos: no ESC/POS receipt printer in the settings file "
            '([receipt_printer] kind = "network" or "device")',
            file=sys.stderr,
        )
        return EXIT_FAILED
    print_test_page(ReceiptOutput(printer), open_drawer=args.drawer)  # the settings screen's too
    print(f"Sent a test page to {printer.transport().name}.")
    return EXIT_OK


def _verify(args: argparse.Namespace) -> int:
    from omigjen_pos.services.verify import verify_store

    store = _open(args)
    try:
        breaches = verify_store(store, args.shop)
    finally:
        store.close()
    if breaches:
        print(f"omigjen-pos: FAILED: {breaches[0]}", file=sys.stderr)
        if len(breaches) > 1:
            print(f"omigjen-pos: and {_count(len(breaches) - 1, 'more breach')}", file=sys.stderr)
        return EXIT_FAILED
    print(f"Store at {store.server}: all checks passed.")
    return EXIT_OK


def _backup(args: argparse.Namespace) -> int:
    """Not through _open: the store is copied as it is, never upgraded first."""
    import shlex

    from omigjen_pos.services.backup import (
        BackupExists,
        backup_sqlite,
        format_size,
        is_postgresql,
        pg_dump_command,
    )
    from omigjen_pos.store.database import describe_server, normalise_url

    url = resolve_database_url(args.database_url, load_settings()).url
    output = Path(args.output)
    if is_postgresql(url):
        print(
            f"omigjen-pos: backup copies SQLite stores only; back up the PostgreSQL store at "
            f"{describe_server(normalise_url(url))} with the server's own pg_dump "
            "(it asks for the password; docs/backups.md says how to restore):",
            file=sys.stderr,
        )
        print(f"  {shlex.join(pg_dump_command(url, output))}", file=sys.stderr)
        return EXIT_FAILED
    try:
        report = backup_sqlite(url, output, replace=args.force)
    except BackupExists:
        print(f"omigjen-pos: {output} already exists; give --force to replace it", file=sys.stderr)
        return EXIT_FAILED
    print(
        f"Backed up the store at {report.source} to {output}: "
        f"{_count(report.sales, 'receipt')} ({_count(report.returns, 'return')}), "
        f"{format_size(report.size_bytes)}, schema {report.revision or 'none'}; "
        "integrity check ok."
    )
    return EXIT_OK


def _export_sales(args: argparse.Namespace) -> int:
    from omigjen_pos.domain.money import format_amount
    from omigjen_pos.services import users
    from omigjen_pos.services.exports.sales_export import (
        SalesExportQuery,
        demo_exporter,
        export_sales,
        export_till,
        parse_period,
    )
    from omigjen_pos.services.store_setup import summarise_store

    first, last = parse_period(args.date, args.first, args.last)
    output = Path(args.output)
    fmt = args.format or ("csv" if output.suffix.lower() == ".csv" else "xlsx")
    shop = None if args.all else args.shop.strip().upper()
    store = _open(args)
    try:
        till = export_till(store, shop, args.till)
        if args.user is None and summarise_store(store).is_demo:
            number, pin = demo_exporter(shop)
        else:
            number, pin = args.user, _pin(args) if args.user is not None else None
        if number is None or pin is None:
            print("omigjen-pos: give --user NUMBER and --pin (or OMIGJEN_PIN)", file=sys.stderr)
            return EXIT_FAILED
        actor = users.login(store, till.code, number, pin)
        try:
            summary = export_sales(
                store,
                actor,
                SalesExportQuery(shop, first, last),
                output,
                fmt,
                args.decimal,
                progress=_export_progress,
            )
        finally:
            users.logout(store, actor)
    finally:
        store.close()
    days = str(first) if first == last else f"{first} to {last}"
    more = len(summary.files) - 1
    files = f"{output} and {_count(more, 'more file')}" if more else str(output)
    print(
        f"Exported {_count(summary.receipts, 'receipt')} ({_count(summary.returns, 'return')}, "
        f"{_count(summary.lines, 'line')}) of {shop or 'the whole centre'} for {days} to "
        f"{files}: total {format_amount(summary.total_ore)} kr, "
        f"VAT {format_amount(summary.vat_ore)} kr."
    )
    return EXIT_OK


def _saft(args: argparse.Namespace) -> int:
    from omigjen_pos.domain.money import format_amount
    from omigjen_pos.services import users
    from omigjen_pos.services.exports.sales_export import export_till, parse_period
    from omigjen_pos.services.saft import export_saft

    first, last = parse_period(None, args.first, args.last)  # InvalidInput: exit 1
    shop = args.shop.strip().upper()
    store = _open(args)
    try:
        till = export_till(store, shop, args.till)  # the shop's first till; NotFound: exit 1
        actor = _till_actor(store, till.code, args, manager=True)
        if actor is None:
            return EXIT_FAILED
        try:
            summary = export_saft(
                store,
                actor,
                shop,
                first,
                last,
                Path(args.output) if args.output else None,
                progress=_export_progress,
            )
        finally:
            users.logout(store, actor)
    finally:
        store.close()
    print(
        f"Wrote SAF-T Cash Register of {shop} for {first} to {last} to {summary.path}: "
        f"{_count(summary.transactions, 'transaction')} ({_count(summary.returns, 'return')}, "
        f"{summary.training} training), {_count(summary.events, 'event')} on "
        f"{_count(summary.registers, 'till')}; total {format_amount(summary.total_ore)} kr, "
        f"VAT {format_amount(summary.vat_ore)} kr; valid against the SAF-T schema."
    )
    return EXIT_OK


def _export_progress(done: int, total: int) -> None:
    if sys.stderr is not None and sys.stderr.isatty() and total:
        end = "\n" if done == total else ""
        print(f"\rExporting: {done} of {total} rows", end=end, file=sys.stderr)
        sys.stderr.flush()


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def _self_test(args: argparse.Namespace) -> int:
    """Its own temporary store: --database-url and the settings file are not used."""
    from omigjen_pos.services.self_test import run_self_test
    from omigjen_pos.ui.self_test import gui_checks

    return EXIT_OK if run_self_test(gui_checks) else EXIT_FAILED


def _gui(args: argparse.Namespace) -> int:
    # The services (SQLAlchemy, the models) before Qt: once PySide6 is loaded, its
    # import hook reads the source of every module imported after it (looking for
    # ``from __feature__``), which made the start about 0.1 s slower.
    import omigjen_pos.services.receipt_output
    import omigjen_pos.services.store_setup
    import omigjen_pos.services.tills  # noqa: F401
    from omigjen_pos.app import run_gui

    return run_gui(args)


def _command(args: argparse.Namespace) -> Callable[[argparse.Namespace], int]:
    if args.self_test:
        return _self_test
    if args.command == "db":
        return _db_upgrade
    if args.command == "demo":
        return _demo
    if args.command == "items":
        return _items_import if args.items_command == "import" else _items_export
    if args.command == "labels":
        return _labels
    if args.command == "verify":
        return _verify
    if args.command == "backup":
        return _backup
    if args.command == "simulate":
        return _simulate
    if args.command == "receipt":
        return _receipt
    if args.command == "printer-test":
        return _printer_test
    if args.command == "export":
        return _export_sales
    if args.command == "report":
        return _report
    if args.command == "public-key":
        return _public_key
    if args.command == "saft":
        return _saft
    return _gui


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    configure_logging()
    try:
        return _command(args)(args)
    except StoreUnavailable as exc:
        print(f"omigjen-pos: {exc}", file=sys.stderr)
        return EXIT_STORE
    except (StoreTooNew, SettingsError) as exc:
        print(f"omigjen-pos: {exc}", file=sys.stderr)
        return EXIT_STORE
    except OmigjenError as exc:
        print(f"omigjen-pos: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except Exception:
        logging.getLogger(__name__).exception("unexpected error")
        print(f"omigjen-pos: unexpected error; details are in {log_file_path()}", file=sys.stderr)
        return EXIT_FAILED
