"""Reading the electronic journal (N17): find entries, show one whole, export them.

The journal grows by every event of every till (logins, receipts, price
look-ups, reports), a million rows within a few years, so it is read the
way the stock screen reads items: ids first, rows by window. Unlike the stock
screen it never asks for every matching id at once: ``find_journal_ids`` hands
out one page, newest first, and the next page continues after the last id of
the previous one (keyset paging), so the first page of a million rows costs no
more than the first page of a hundred.

Newest first means by ``occurred_at``, then by id: the order of the shop's
index (``ix_journal_entry_shop_time``), which every query walks backwards
whenever a shop is known (a till's shop is known from the till). The whole
centre, which no single index orders, is the merge of each shop's walk.

Who: a user who may view reports (a manager) reads the journal of the shop of
the till they are logged in on; a centre admin reads any shop or all of them.
Nothing here changes the journal; an export adds one entry saying so (13020).
"""

from __future__ import annotations

import heapq
import json
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

from omigjen_pos.domain.business_day import OSLO
from omigjen_pos.domain.day_report import DayReport
from omigjen_pos.domain.errors import InvalidInput, NotFound, PermissionDenied
from omigjen_pos.domain.journal_events import EventType
from omigjen_pos.domain.roles import Action
from omigjen_pos.printing.day_report_text import day_report_text
from omigjen_pos.services.actors import Actor
from omigjen_pos.services.exports.csv_writer import csv_encoding, write_csv
from omigjen_pos.services.exports.tables import Column, Kind, Table
from omigjen_pos.services.journal import record_by
from omigjen_pos.store.database import Store
from omigjen_pos.store.models import JournalEntry, Shop, Till, User

PAGE = 200  # ids per page: what the screen asks for as the list scrolls
EXPORT_BATCH = 1_000  # rows per database round trip while exporting
MAX_TEXT = 200  # characters of free text searched for

Progress = Callable[[int, int], None]

_REPORT_EVENTS = (EventType.X_REPORT, EventType.Z_REPORT)


@dataclass(frozen=True)
class JournalQuery:
    """Which entries: a shop (None: the whole centre, centre admins only), a till
    of it, some kinds of event (none: all), a text in the summary or the content,
    and Europe/Oslo business days from ``first`` to ``last``, both included."""

    shop_code: str | None = None
    till_code: str | None = None
    events: tuple[EventType, ...] = ()
    text: str = ""
    first: date | None = None
    last: date | None = None

    def describe(self) -> str:
        """The filter in one line, for the export's journal entry."""
        parts = [f"butikk {self.shop_code or 'alle'}"]
        if self.till_code:
            parts.append(f"kasse {self.till_code}")
        if self.events:
            parts.append("hendelser " + ",".join(event.value for event in self.events))
        if self.text.strip():
            parts.append(f'tekst "{self.text.strip()}"')
        if self.first or self.last:
            first = self.first.isoformat() if self.first else "…"
            last = self.last.isoformat() if self.last else "…"
            parts.append(f"{first}–{last}")
        return ", ".join(parts)


@dataclass(frozen=True)
class JournalRow:
    """One entry as the list shows it; its content is fetched on demand."""

    id: int
    occurred_at: datetime  # Europe/Oslo, timezone-aware
    shop_code: str  # "" for centre events (a schema upgrade)
    till_code: str
    user_name: str
    event_type: EventType
    saft_event_code: str
    summary: str
    has_payload: bool


@dataclass(frozen=True)
class ShopChoice:
    code: str
    name: str


@dataclass(frozen=True)
class TillChoice:
    code: str
    name: str
    shop_code: str
    active: bool


@dataclass(frozen=True)
class JournalScope:
    """What the actor may filter by: their shop (a centre admin: every shop, and
    the whole centre), and the tills of those shops, retired ones too."""

    shops: tuple[ShopChoice, ...]
    tills: tuple[TillChoice, ...]
    whole_centre: bool
    own_shop_code: str


@dataclass(frozen=True)
class _Where:
    """A query resolved against the store: the shop, and the other conditions."""

    shop_id: int | None  # None: the whole centre
    conditions: tuple[ColumnElement[bool], ...]

    def all(self) -> list[ColumnElement[bool]]:
        shop = [] if self.shop_id is None else [JournalEntry.shop_id == self.shop_id]
        return [*shop, *self.conditions]


# --- who may read what -----------------------------------------------------------


def journal_scope(store: Store, actor: Actor) -> JournalScope:
    """The shops and tills ``actor`` may choose between on the journal screen."""
    actor.require(Action.VIEW_REPORTS)
    with store.reading() as session:
        shops = select(Shop.code, Shop.name).order_by(Shop.code)
        tills = (
            select(Till.code, Till.name, Shop.code, Till.active)
            .join(Shop, Till.shop_id == Shop.id)
            .order_by(Shop.code, Till.code)
        )
        if not actor.centre_admin:
            shops = shops.where(Shop.id == actor.shop_id)
            tills = tills.where(Till.shop_id == actor.shop_id)
        return JournalScope(
            shops=tuple(ShopChoice(code, name) for code, name in session.execute(shops)),
            tills=tuple(TillChoice(*row) for row in session.execute(tills)),
            whole_centre=actor.centre_admin,
            own_shop_code=actor.till.shop_code,
        )


def require_journal(actor: Actor, shop_code: str | None) -> None:
    """Raise PermissionDenied unless ``actor`` may read the journal of ``shop_code``
    (None: the whole centre)."""
    actor.require(Action.VIEW_REPORTS)
    if actor.centre_admin:
        return
    if shop_code is None:
        raise PermissionDenied(actor.name, "read the whole centre's journal")
    wanted = shop_code.strip().upper()
    if wanted != actor.till.shop_code.upper():
        raise PermissionDenied(actor.name, "read the journal", wanted)


def _resolve(session: Session, actor: Actor, query: JournalQuery) -> _Where:
    require_journal(actor, query.shop_code)
    shop_id: int | None = None
    if query.shop_code is not None:
        code = query.shop_code.strip().upper()
        shop_id = session.scalar(select(Shop.id).where(Shop.code == code))
        if shop_id is None:
            raise NotFound("shop", query.shop_code)
    conditions: list[ColumnElement[bool]] = []
    if query.till_code:
        till = session.execute(
            select(Till.id, Till.shop_id, Shop.code)
            .join(Shop, Till.shop_id == Shop.id)
            .where(Till.code == query.till_code.strip().upper())
        ).first()
        if till is None:
            raise NotFound("till", query.till_code)
        till_id, till_shop_id, till_shop_code = till
        if shop_id is not None and till_shop_id != shop_id:
            raise InvalidInput(
                "till", query.till_code, f"belongs to {till_shop_code}, not {query.shop_code}"
            )
        # A till's entries carry its shop: walking the shop's index finds them in order.
        shop_id = till_shop_id
        conditions.append(JournalEntry.till_id == till_id)
    if query.events:
        conditions.append(JournalEntry.event_type.in_(sorted(set(query.events))))
    typed = query.text.strip()[:MAX_TEXT]
    if typed:
        conditions.append(
            or_(
                JournalEntry.summary.icontains(typed, autoescape=True),
                JournalEntry.payload_json.icontains(typed, autoescape=True),
            )
        )
    start, end = utc_bounds(query.first, query.last)
    if start is not None:
        conditions.append(JournalEntry.occurred_at >= start)
    if end is not None:
        conditions.append(JournalEntry.occurred_at < end)
    return _Where(shop_id, tuple(conditions))


def utc_bounds(first: date | None, last: date | None) -> tuple[datetime | None, datetime | None]:
    """The UTC moments where Oslo's business day ``first`` starts and the day after
    ``last`` starts (summer or winter time alike)."""
    if first is not None and last is not None and first > last:
        raise InvalidInput("period", f"{first.isoformat()}–{last.isoformat()}", "from after to")

    def midnight(day: date) -> datetime:
        return datetime.combine(day, time.min, OSLO).astimezone(UTC)

    start = midnight(first) if first is not None else None
    end = midnight(last + timedelta(days=1)) if last is not None else None
    return start, end


# --- finding ---------------------------------------------------------------------


_NEWEST_FIRST = (JournalEntry.occurred_at.desc(), JournalEntry.id.desc())


def _after(session: Session, before: int | None) -> list[ColumnElement[bool]]:
    """Keyset: the entries that come after entry ``before`` in newest-first order.
    The redundant ``occurred_at <=`` lets the index range start at the cursor."""
    if before is None:
        return []
    moment = session.scalar(select(JournalEntry.occurred_at).where(JournalEntry.id == before))
    if moment is None:
        raise NotFound("journal entry", before)
    return [
        JournalEntry.occurred_at <= moment,
        or_(
            JournalEntry.occurred_at < moment,
            and_(JournalEntry.occurred_at == moment, JournalEntry.id < before),
        ),
    ]


def find_journal_ids(
    store: Store,
    actor: Actor,
    query: JournalQuery,
    limit: int | None = None,
    *,
    before: int | None = None,
) -> list[int]:
    """Ids of the matching entries, newest first: at most ``limit`` (None: all),
    starting after entry ``before`` (the last id of the previous page)."""
    with store.reading() as session:
        where = _resolve(session, actor, query)
        after = _after(session, before)
        if where.shop_id is not None or limit is None:
            statement = select(JournalEntry.id).where(*where.all(), *after).order_by(*_NEWEST_FIRST)
            if limit is not None:
                statement = statement.limit(limit)
            return list(session.scalars(statement))
        # The whole centre, which no index orders: each shop's newest ``limit``
        # through its index, and the entries of no shop, merged.
        shops = [JournalEntry.shop_id == shop_id for shop_id in session.scalars(select(Shop.id))]
        pages = [
            session.execute(
                select(JournalEntry.occurred_at, JournalEntry.id)
                .where(shop, *where.conditions, *after)
                .order_by(*_NEWEST_FIRST)
                .limit(limit)
            ).all()
            for shop in (*shops, JournalEntry.shop_id.is_(None))
        ]
        merged = heapq.merge(*pages, key=lambda row: (row[0], row[1]), reverse=True)
        return [entry_id for _moment, entry_id in merged][:limit]


def _row_select():
    return (
        select(
            JournalEntry.id,
            JournalEntry.occurred_at,
            Shop.code,
            Till.code,
            User.name,
            JournalEntry.event_type,
            JournalEntry.saft_event_code,
            JournalEntry.summary,
        )
        .outerjoin(Shop, JournalEntry.shop_id == Shop.id)
        .outerjoin(Till, JournalEntry.till_id == Till.id)
        .outerjoin(User, JournalEntry.user_id == User.id)
    )


def _to_row(values: Sequence, has_payload: bool) -> JournalRow:
    entry_id, moment, shop_code, till_code, user_name, event, code, summary = values[:8]
    return JournalRow(
        id=entry_id,
        occurred_at=moment.astimezone(OSLO),
        shop_code=shop_code or "",
        till_code=till_code or "",
        user_name=user_name or "",
        event_type=EventType(event),
        saft_event_code=code,
        summary=summary,
        has_payload=has_payload,
    )


def fetch_journal_rows(store: Store, ids: Sequence[int]) -> list[JournalRow]:
    """The rows of these entries (ids from ``find_journal_ids``), in that order;
    the content stays in the database, only whether there is any is read."""
    if not ids:
        return []
    with store.reading() as session:
        statement = _row_select().add_columns(JournalEntry.payload_json.is_not(None))
        found = {
            values[0]: _to_row(values, bool(values[8]))
            for values in session.execute(statement.where(JournalEntry.id.in_(list(ids))))
        }
    return [found[entry_id] for entry_id in ids if entry_id in found]


# --- one entry whole ---------------------------------------------------------------


def journal_payload(store: Store, actor: Actor, entry_id: int) -> str:
    """The content of entry ``entry_id`` as text to read: the receipt as it was
    printed, an X- or Z-report as printed, anything else as indented JSON;
    "" when the entry has none."""
    actor.require(Action.VIEW_REPORTS)
    with store.reading() as session:
        found = session.execute(
            select(JournalEntry.event_type, JournalEntry.payload_json, Shop.code)
            .outerjoin(Shop, JournalEntry.shop_id == Shop.id)
            .where(JournalEntry.id == entry_id)
        ).first()
    if found is None:
        raise NotFound("journal entry", entry_id)
    event, payload_json, shop_code = found
    require_journal(actor, shop_code)
    return payload_text(EventType(event), payload_json)


def payload_text(event: EventType, payload_json: str | None) -> str:
    if not payload_json:
        return ""
    try:
        payload = json.loads(payload_json)
    except ValueError:
        return payload_json
    if isinstance(payload, dict) and isinstance(payload.get("text"), str):
        return payload["text"]
    if event in _REPORT_EVENTS and isinstance(payload, dict):
        try:
            return day_report_text(DayReport.from_json(payload_json))
        except (KeyError, TypeError, ValueError):
            pass  # a report of an older layout: shown as it is stored
    return json.dumps(payload, ensure_ascii=False, indent=2, sort_keys=True)


# --- export ------------------------------------------------------------------------


EXPORT_COLUMNS = (
    Column("Løpenr", Kind.INT, 10),
    Column("Tidspunkt", Kind.DATETIME, 20),
    Column("Butikk", Kind.CODE, 10),
    Column("Kasse", Kind.CODE, 12),
    Column("Bruker", Kind.TEXT, 24),
    Column("Hendelse", Kind.CODE, 20),
    Column("SAF-T-kode", Kind.CODE, 10),
    Column("Salg", Kind.INT, 10),
    Column("Sammendrag", Kind.TEXT, 60),
    Column("Innhold", Kind.TEXT, 80),
)


def export_journal_csv(
    store: Store,
    actor: Actor,
    query: JournalQuery,
    path: str | os.PathLike[str],
    progress: Progress | None = None,
) -> int:
    """Write every entry ``query`` matches to ``path`` as CSV for Norwegian Excel
    (semicolons, UTF-8 with BOM, CRLF), oldest first, the stored content of each
    in the last column; returns the number of entries written.

    The file is written whole or not at all: under a temporary name beside
    ``path``, renamed when complete, in the transaction that journals the export
    (13020, with the filter and the count). ``progress(done, total)`` is called
    as rows are written; an exception raised from it cancels the export.
    """
    require_journal(actor, query.shop_code)
    target = Path(path)
    partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
    try:
        stream = open(partial, "w", encoding=csv_encoding("comma"), newline="")  # noqa: SIM115
    except OSError as exc:
        raise InvalidInput("file", str(target), exc.strerror or str(exc)) from exc
    renamed = False
    try:
        with stream, store.reading() as session:
            _one_snapshot(session)
            where = _resolve(session, actor, query)
            total = session.scalar(
                select(func.count()).select_from(JournalEntry).where(*where.all())
            )
            rows = _export_rows(session, where, total or 0, progress)
            written = write_csv(stream, Table("Journal", EXPORT_COLUMNS, rows), "comma")
        with store.writing() as session:
            record_by(
                session,
                actor,
                EventType.JOURNAL_EXPORT,
                f"Journal eksportert: {written} hendelser ({query.describe()})",
                payload={
                    "format": "csv",
                    "file": target.name,
                    "count": written,
                    "filter": query.describe(),
                    "shop": query.shop_code,
                    "till": query.till_code,
                    "events": [event.value for event in query.events],
                    "search": query.text.strip(),
                    "first": query.first.isoformat() if query.first else None,
                    "last": query.last.isoformat() if query.last else None,
                },
            )
            os.replace(partial, target)  # a failed commit below takes the file back
            renamed = True
    except BaseException:
        partial.unlink(missing_ok=True)
        if renamed:
            target.unlink(missing_ok=True)
        raise
    return written


def _export_rows(
    session: Session, where: _Where, total: int, progress: Progress | None
) -> Iterable[list]:
    """The rows of the file, streamed oldest first, in batches."""
    statement = (
        _row_select()
        .add_columns(JournalEntry.sale_id, JournalEntry.payload_json)
        .where(*where.all())
        .order_by(JournalEntry.occurred_at, JournalEntry.id)
        .execution_options(yield_per=EXPORT_BATCH)
    )
    if progress is not None:
        progress(0, total)
    for done, values in enumerate(session.execute(statement), start=1):
        row = _to_row(values, values[9] is not None)
        yield [
            row.id,
            row.occurred_at.replace(tzinfo=None, microsecond=0),
            row.shop_code,
            row.till_code,
            row.user_name,
            row.event_type.value,
            row.saft_event_code,
            values[8],
            row.summary,
            values[9],
        ]
        if progress is not None and (done % EXPORT_BATCH == 0 or done == total):
            progress(done, total)


def _one_snapshot(session: Session) -> None:
    """The count and the rows see the same committed journal (PostgreSQL's
    default takes a new snapshot per statement; SQLite's read transaction does not)."""
    if session.get_bind().dialect.name == "postgresql":
        session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
