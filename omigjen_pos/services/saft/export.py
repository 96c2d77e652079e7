"""The SAF-T Cash Register export of one shop for a period (N19).

Who: a user who may view reports (a manager) exports the shop of the till they
are logged in on; a centre admin any shop.

How: everything is read in one read transaction (one snapshot: REPEATABLE
READ on PostgreSQL, a WAL read transaction on SQLite) and streamed to a
temporary file beside the destination. The finished file is checked against
Skatteetaten's XSD and our reference checks (``schema.validate_saft``); only a
valid file is renamed to the name asked for, in the same transaction that
journals the export (13020). An invalid file is deleted and SaftInvalid names
its first problem; a failed or cancelled export leaves nothing behind.
Before the file is checked, its transactions are added up and compared with
``collect_sales`` for the same shop and period, read in the same snapshot.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.orm import Session

from omigjen_pos.domain.errors import InvalidInput, PermissionDenied
from omigjen_pos.domain.journal_events import EventType
from omigjen_pos.domain.roles import Action
from omigjen_pos.services.actors import Actor
from omigjen_pos.services.exports.sales_data import SalesExportQuery, collect_sales
from omigjen_pos.services.journal import record_event
from omigjen_pos.services.progress import Progress, ProgressCounter
from omigjen_pos.services.saft.data import Period, SaftSource, load_shop
from omigjen_pos.services.saft.elements import local
from omigjen_pos.services.saft.schema import validate_saft
from omigjen_pos.services.saft.writer import DocumentWriter, Written
from omigjen_pos.store.database import Store
from omigjen_pos.store.types import utcnow

BATCH = 500


class SaftMismatch(RuntimeError):
    """The transactions written do not add up to the sales the database sums."""


@dataclass(frozen=True)
class SaftSummary:
    """What was exported, and where. Money and transaction counts are of real
    sales and returns; training transactions (marked in the file) apart."""

    path: Path
    shop_code: str
    org_number: str
    first: date
    last: date
    registers: int
    events: int
    reports: int  # X- and Z-reports carried whole in their events
    transactions: int
    returns: int
    lines: int
    training: int  # training transactions, in the file with trainingID=true
    unsigned: int  # transactions without a signature (made before signing began)
    articles: int
    employees: int
    total_ore: int  # VAT included, before cash rounding
    vat_ore: int
    rounding_ore: int
    paid_ore: int
    left_out: int  # the shop's journal entries of the period made away from any till
    size_bytes: int

    @property
    def file_name(self) -> str:
        return self.path.name


def require_saft_export(actor: Actor, shop_code: str) -> None:
    """Raise PermissionDenied unless ``actor`` may export ``shop_code``'s journal."""
    actor.require(Action.VIEW_REPORTS)
    wanted = shop_code.strip().upper()
    if not actor.centre_admin and wanted != actor.till.shop_code.upper():
        raise PermissionDenied(actor.name, "export SAF-T", wanted)


def default_file_name(org_number: str, moment) -> str:
    """Skatteetaten's naming: ``SAF-T Cash Register_<orgnr>_<YYYYMMDDhhmmss>.xml``."""
    return f"SAF-T Cash Register_{org_number}_{local(moment).strftime('%Y%m%d%H%M%S')}.xml"


def export_saft(
    store: Store,
    actor: Actor,
    shop_code: str,
    first: date,
    last: date,
    path: Path | None = None,
    progress: Progress | None = None,
    *,
    batch_size: int = BATCH,
) -> SaftSummary:
    """Write the shop's SAF-T Cash Register file for business dates ``first`` to
    ``last`` (both included) and return what it holds.

    ``path`` is the file, or a folder for the default name; None means the
    default name in the current folder. ``progress(done, total)`` is called as
    events and transactions are written; an exception from it cancels the
    export. Raises PermissionDenied, NotFound (shop), InvalidInput (period, a
    file that cannot be written) or SaftInvalid (the file failed validation).
    """
    if first > last:
        raise InvalidInput("period", f"{first} to {last}", "the first day is after the last")
    require_saft_export(actor, shop_code)
    created = utcnow()
    counter = ProgressCounter(progress)
    target = partial = None
    renamed = False
    try:
        with store.reading() as session:
            _one_snapshot(session)
            shop = load_shop(session, shop_code)
            target = _target(path, shop.org_number, created)
            partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
            source = SaftSource(session, shop, Period(first, last))
            tills = source.tills()
            counter.start(sum(till.events + till.transactions for till in tills))
            exporter = source.users()[actor.user_id]
            try:
                out = open(partial, "wb")  # noqa: SIM115 (closed below, before the check)
            except OSError as exc:
                raise InvalidInput("file", str(target), exc.strerror or str(exc)) from exc
            with out:
                written = DocumentWriter(source, created, exporter, batch_size, counter.advance)
                written = written.write(out, tills)
            _agree(session, shop.code, first, last, written)
            left_out = source.entries_without_till()
        validate_saft(partial, target.name)
        size = partial.stat().st_size
        with store.writing() as session:
            record_event(
                session,
                EventType.JOURNAL_EXPORT,
                f"SAF-T-eksport {shop.code} {first}–{last}: {target.name}",
                shop_id=shop.id,
                till_id=actor.till.id if actor.shop_id == shop.id else None,
                user_id=actor.user_id,
                payload={
                    "format": "SAF-T Cash Register 1.00",
                    "file": target.name,
                    "shop": shop.code,
                    "first": first.isoformat(),
                    "last": last.isoformat(),
                    "transactions": written.transactions,
                    "training": written.training,
                    "events": written.events,
                    "total_ore": written.total_ore,
                    "bytes": size,
                },
            )
            os.replace(partial, target)
            renamed = True
    except BaseException:
        if partial is not None:
            partial.unlink(missing_ok=True)
        if renamed and target is not None:  # the journal entry did not commit
            target.unlink(missing_ok=True)
        raise
    return SaftSummary(
        path=target,
        shop_code=shop.code,
        org_number=shop.org_number,
        first=first,
        last=last,
        registers=written.registers,
        events=written.events,
        reports=written.reports,
        transactions=written.transactions,
        returns=written.returns,
        lines=written.lines,
        training=written.training,
        unsigned=written.unsigned,
        articles=written.articles,
        employees=written.employees,
        total_ore=written.total_ore,
        vat_ore=written.vat_ore,
        rounding_ore=written.rounding_ore,
        paid_ore=written.paid_ore,
        left_out=left_out,
        size_bytes=size,
    )


def _target(path: Path | None, org_number: str, created) -> Path:
    name = default_file_name(org_number, created)
    if path is None:
        return Path.cwd() / name
    path = Path(path)
    return path / name if path.is_dir() else path


def _one_snapshot(session: Session) -> None:
    """Every query of the export sees the same committed state. SQLite gives
    that to any read transaction (WAL); PostgreSQL's default, READ COMMITTED,
    takes a new snapshot per statement, so ask for REPEATABLE READ.

    On PostgreSQL every statement is also planned for its own values. The
    export runs the same page queries hundreds of times; psycopg prepares a
    statement from its fifth run, and PostgreSQL then settles on one generic
    plan, which for a till's next page of receipts read a year of sales by date
    and sorted it (0.27 s a page against 1 ms, over a minute for a busy shop's
    year at a million items; bench/bench_saft.py). Planning each page costs a
    millisecond or less."""
    if session.get_bind().dialect.name == "postgresql":
        session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
        session.execute(text("SET LOCAL plan_cache_mode = force_custom_plan"))


def _agree(session: Session, shop_code: str, first: date, last: date, written: Written) -> None:
    """The real transactions written add up to the sales export's figures."""
    totals = collect_sales(session, SalesExportQuery(shop_code, first, last)).totals
    summed = (
        totals.receipts,
        totals.returns,
        totals.lines,
        totals.total_ore,
        totals.vat_ore,
        totals.rounding_ore,
        totals.paid_ore,
    )
    streamed = (
        written.transactions,
        written.returns,
        written.lines,
        written.total_ore,
        written.vat_ore,
        written.rounding_ore,
        written.paid_ore,
    )
    if streamed != summed:
        raise SaftMismatch(
            "transactions, returns, lines, total, VAT, rounding, paid: the file has "
            f"{streamed}, the database sums {summed}"
        )
