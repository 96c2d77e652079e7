"""Sales for the accountant: one shop's or the whole centre's, for a day or a
period, as an XLSX workbook or as CSV files (docs/reports.md describes them).

Who: a user who may view reports (a manager) exports the shop of the till they
are logged in on; a centre admin exports any shop or the whole centre.

How: the figures are summed by the database (``collect_sales``), the rows are
streamed in batches, all inside one read transaction that sees one snapshot of
the store (REPEATABLE READ on PostgreSQL, a WAL read transaction on SQLite), so
a sale completed meanwhile is either wholly in the file or not at all, and the
totals rows agree with the rows. Every file is written under a temporary name
beside its destination and renamed only when all of them are complete: a
failed or cancelled export leaves nothing under the names asked for.
"""

from __future__ import annotations

import os
import re
from contextlib import ExitStack
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path
from typing import IO

from sqlalchemy import select
from sqlalchemy.orm import Session

from omigjen_pos.domain.errors import InvalidInput, NotFound, PermissionDenied
from omigjen_pos.domain.journal_events import EventType
from omigjen_pos.domain.roles import Action, Role
from omigjen_pos.services.actors import Actor, TillInfo
from omigjen_pos.services.demo import DEMO_USERS
from omigjen_pos.services.exports.csv_writer import DECIMAL_STYLES, csv_encoding, write_csv
from omigjen_pos.services.exports.sales_data import (
    SalesData,
    SalesExportQuery,
    SalesTotals,
    collect_sales,
)
from omigjen_pos.services.exports.sales_tables import BATCH, sales_tables
from omigjen_pos.services.exports.xlsx_writer import XlsxWriter
from omigjen_pos.services.journal import record_by
from omigjen_pos.services.progress import Progress, ProgressCounter
from omigjen_pos.services.tills import till_by_code
from omigjen_pos.store.database import Store
from omigjen_pos.store.models import Shop, Till

FORMATS = ("xlsx", "csv")
# The CSV files beside the main one (the sales lines), by table.
CSV_SIBLINGS = ("kvitteringer", "betalinger", "mva", "varegrupper")

_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
FIRST_DAY, LAST_DAY = date(1900, 1, 1), date(2999, 12, 31)  # what a period may span


@dataclass(frozen=True)
class ExportSummary(SalesTotals):
    """What was exported: the counts and sums of ``SalesTotals`` and the files."""

    files: tuple[Path, ...] = ()  # the main file first
    shop_codes: tuple[str, ...] = ()


def require_export(actor: Actor, query: SalesExportQuery) -> None:
    """Raise PermissionDenied unless ``actor`` may export what ``query`` asks for.

    (The GUI may call it to decide what to offer; ``export_sales`` always does.)
    """
    actor.require(Action.VIEW_REPORTS)
    if actor.centre_admin:
        return
    if query.shop_code is None:
        raise PermissionDenied(actor.name, "export the whole centre's sales")
    wanted = query.shop_code.strip().upper()
    if wanted != actor.till.shop_code.upper():
        raise PermissionDenied(actor.name, "export sales", wanted)


def output_paths(path: Path, fmt: str) -> tuple[Path, ...]:
    """The files an export writes: ``path``, and for CSV its four siblings
    (``salg.csv`` -> ``salg-kvitteringer.csv``, ``salg-betalinger.csv``, ...)."""
    if fmt != "csv":
        return (path,)
    suffix = path.suffix or ".csv"
    return (path, *(path.with_name(f"{path.stem}-{name}{suffix}") for name in CSV_SIBLINGS))


def export_sales(
    store: Store,
    actor: Actor,
    query: SalesExportQuery,
    path: Path,
    fmt: str = "xlsx",
    decimal: str = "comma",
    progress: Progress | None = None,
    *,
    batch_size: int = BATCH,
) -> ExportSummary:
    """Write the sales ``query`` asks for to ``path`` (see ``output_paths``).

    ``fmt`` is ``xlsx`` or ``csv``; ``decimal`` (CSV only) is ``comma`` (Norwegian
    Excel) or ``dot`` (programs). ``progress(done, total)`` is called as rows are
    written; an exception raised from it cancels the export, and no file is left.
    Raises PermissionDenied, NotFound (unknown shop) or InvalidInput (format,
    decimal style, a file that cannot be written).
    """
    if fmt not in FORMATS:
        raise InvalidInput("format", fmt, "xlsx or csv")
    if decimal not in DECIMAL_STYLES:
        raise InvalidInput("decimal", decimal, "comma or dot")
    require_export(actor, query)
    targets = output_paths(Path(path), fmt)
    partials = {
        target.with_name(f".{target.name}.{os.getpid()}.partial"): target for target in targets
    }
    rows = ProgressCounter(progress)
    book = XlsxWriter() if fmt == "xlsx" else None
    try:
        with ExitStack() as streams:
            outputs = [
                _open(streams, partial, target, fmt, decimal)
                for partial, target in partials.items()
            ]
            with store.reading() as session:
                _one_snapshot(session)
                data = collect_sales(session, query)
                tables = sales_tables(session, data, rows.advance, batch_size)
                rows.start(data.totals.lines + data.totals.receipts + data.totals.payments)
                if book is not None:
                    for table in tables:
                        book.add(table)
                else:
                    for output, table in zip(outputs, tables, strict=True):
                        write_csv(output, table, decimal)
            if book is not None:
                book.save(outputs[0])  # zipping the sheets needs no open transaction
        for partial, target in partials.items():
            os.replace(partial, target)
        with store.writing() as session:  # exports are journaled (N17)
            record_by(
                session,
                actor,
                EventType.SALES_EXPORT,
                f"Salgseksport {query.shop_code or 'hele senteret'} "
                f"{query.first.isoformat()}–{query.last.isoformat()}: {targets[0].name}",
                payload={
                    "shop": query.shop_code,
                    "first": query.first.isoformat(),
                    "last": query.last.isoformat(),
                    "format": fmt,
                    "receipts": data.totals.receipts,
                    "total_ore": data.totals.total_ore,
                },
            )
    except BaseException:
        if book is not None:
            book.discard()
        for partial in partials:
            partial.unlink(missing_ok=True)
        raise
    return ExportSummary(
        **asdict(data.totals),
        files=targets,
        shop_codes=tuple(shop.code for shop in data.shops),
    )


def _one_snapshot(session: Session) -> None:
    """Every query of the export sees the same committed state. SQLite gives
    that to any read transaction (WAL); PostgreSQL's default, READ COMMITTED,
    takes a new snapshot per statement, so ask for REPEATABLE READ."""
    if session.get_bind().dialect.name == "postgresql":
        session.connection(execution_options={"isolation_level": "REPEATABLE READ"})


def _open(streams: ExitStack, partial: Path, target: Path, fmt: str, decimal: str) -> IO:
    """The temporary file for ``target``, opened before anything is read, so a
    folder that cannot be written to is told at once."""
    try:
        if fmt == "xlsx":
            return streams.enter_context(open(partial, "wb"))
        return streams.enter_context(open(partial, "w", encoding=csv_encoding(decimal), newline=""))
    except OSError as exc:
        raise InvalidInput("file", str(target), exc.strerror or str(exc)) from exc


def parse_period(day: str | None, first: str | None, last: str | None) -> tuple[date, date]:
    """The period of ``--date D`` or ``--from D --to D`` (``YYYY-MM-DD``);
    InvalidInput says what is wrong."""
    if day and (first or last):
        raise InvalidInput("period", day, "give --date, or --from and --to, not both")
    if day:
        first = last = day
    if not first or not last:
        raise InvalidInput("period", first or last or "", "give --date D, or --from D and --to D")
    start, end = _iso_date("--from" if not day else "--date", first), _iso_date("--to", last)
    if start > end:
        raise InvalidInput("--from", first, f"after --to {last}")
    return start, end


def _iso_date(option: str, text: str) -> date:
    try:
        if not _ISO_DATE.fullmatch(text.strip()):
            raise ValueError(text)
        found = date.fromisoformat(text.strip())
    except ValueError:
        raise InvalidInput(option, text, "not a date: YYYY-MM-DD") from None
    # Year 1 or 9999 is a typing slip, and a day at the edge of the calendar has
    # no next day (or no UTC moment) to bound a query with.
    if not FIRST_DAY <= found <= LAST_DAY:
        raise InvalidInput(option, text, f"a date from {FIRST_DAY} to {LAST_DAY}")
    return found


def demo_exporter(shop_code: str | None) -> tuple[int, str]:
    """(number, PIN) of the demo user the CLI exports as on the demo centre: the
    shop's manager, or the centre admin for the whole centre."""
    shop = (shop_code or "").strip().upper()
    managers = [u for u in DEMO_USERS if Role.MANAGER in u.roles.get(shop, frozenset())]
    chosen = (managers or [u for u in DEMO_USERS if u.centre_admin])[0]
    return chosen.number, chosen.pin


def export_till(store: Store, shop_code: str | None, till_code: str | None = None) -> TillInfo:
    """The till an export's login is made on: ``till_code`` if given (it must
    belong to the shop), else the shop's first active till, or for the whole
    centre (a centre admin may log in anywhere) the first active till of all."""
    with store.reading() as session:
        shop_id = None
        if shop_code is not None:
            shop_id = session.scalar(select(Shop.id).where(Shop.code == shop_code.strip().upper()))
            if shop_id is None:
                raise NotFound("shop", shop_code)
        if till_code:
            till = till_by_code(session, till_code)
            if shop_id is not None and till.shop_id != shop_id:
                raise InvalidInput(
                    "till", till_code, f"belongs to {till.shop_code}, not {shop_code.upper()}"
                )
            return till
        statement = (
            select(Till.code)
            .join(Shop, Till.shop_id == Shop.id)
            .where(Till.active)
            .order_by(Shop.code, Till.code)
        )
        if shop_id is not None:
            statement = statement.where(Till.shop_id == shop_id)
        first = session.scalar(statement)
        if first is None:
            raise NotFound("till of shop", shop_code or "any shop")
        return till_by_code(session, first)


__all__ = [
    "ExportSummary",
    "SalesData",
    "SalesExportQuery",
    "collect_sales",
    "demo_exporter",
    "export_sales",
    "export_till",
    "output_paths",
    "parse_period",
    "require_export",
]
