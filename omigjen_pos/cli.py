"""The ``omigjen-pos`` command. With no sub-command it starts the GUI.

Commands open the store (upgrading its schema when it is older than this
release) and print one line per outcome. A store that cannot be reached exits
with status 2 and one line that names the server and what to check. Command
line messages are English, like docs/cli.md; the GUI speaks the user's language.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence

from omigjen_pos import __version__
from omigjen_pos.config import (
    SUPPORTED_LANGUAGES,
    SettingsError,
    load_settings,
    resolve_database_url,
)
from omigjen_pos.domain.errors import OmigjenError, StoreTooNew, StoreUnavailable
from omigjen_pos.logging_setup import configure_logging, log_file_path

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_STORE = 2


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


def _demo(args: argparse.Namespace) -> int:
    from omigjen_pos.services.demo import ITEMS_PER_SHOP, seed_demo_centre

    store = _open(args)
    try:
        per_shop = ITEMS_PER_SHOP if args.items_per_shop is None else args.items_per_shop
        report = seed_demo_centre(store, items_per_shop=per_shop)
    finally:
        store.close()
    if report.added_anything:
        print(
            f"Demo centre seeded: {report.shops} shops, {report.tills} tills, "
            f"{report.users} users, {report.categories} categories, {report.items} items added."
        )
    else:
        print("Demo centre already complete; nothing added.")
    return EXIT_OK


def _gui(args: argparse.Namespace) -> int:
    from omigjen_pos.app import run_gui

    return run_gui(args)


def _command(args: argparse.Namespace) -> Callable[[argparse.Namespace], int]:
    if args.command == "db":
        return _db_upgrade
    if args.command == "demo":
        return _demo
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
