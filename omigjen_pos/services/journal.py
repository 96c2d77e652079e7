"""Writing to the electronic journal (N17). Rows are only ever added."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from omigjen_pos.domain.journal_events import EventType, saft_event_code
from omigjen_pos.services.actors import Actor
from omigjen_pos.store.models import JournalEntry

SUMMARY_MAX = 400
# PostgreSQL advisory-lock keys per till: journal writers share it, a Z-report
# takes it alone (services/reports/day_report.py).
TILL_JOURNAL_LOCK_BASE = 7_000_000_000


def lock_till_journal(session: Session, till_id: int, exclusive: bool = False) -> None:
    """Hold the till's journal lock until the transaction ends (PostgreSQL; SQLite
    writers are serialised anyway). Every transaction that writes a till's
    journal holds it shared; a Z-report holds it exclusive, so it waits for all
    in flight to commit and sees them, and nothing can slip in under its
    high-water mark (ids are drawn before commit, so they may commit out of order)."""
    if session.get_bind().dialect.name != "postgresql":
        return
    function = "pg_advisory_xact_lock" if exclusive else "pg_advisory_xact_lock_shared"
    session.execute(text(f"SELECT {function}(:key)"), {"key": TILL_JOURNAL_LOCK_BASE + till_id})


def record_event(
    session: Session,
    event: EventType,
    summary: str,
    *,
    shop_id: int | None = None,
    till_id: int | None = None,
    user_id: int | None = None,
    sale_id: int | None = None,
    payload: dict[str, Any] | None = None,
) -> JournalEntry:
    """Add one journal row in the caller's transaction, so the event and what it
    records are committed together or not at all."""
    if till_id is not None:
        lock_till_journal(session, till_id)
    entry = JournalEntry(
        event_type=event,
        saft_event_code=saft_event_code(event),
        summary=summary[:SUMMARY_MAX],
        shop_id=shop_id,
        till_id=till_id,
        user_id=user_id,
        sale_id=sale_id,
        payload_json=None
        if payload is None
        else json.dumps(payload, ensure_ascii=False, default=str),
    )
    session.add(entry)
    session.flush()
    return entry


def record_by(
    session: Session,
    actor: Actor,
    event: EventType,
    summary: str,
    *,
    sale_id: int | None = None,
    payload: dict[str, Any] | None = None,
) -> JournalEntry:
    """``record_event`` for something a logged-in user did on their till."""
    return record_event(
        session,
        event,
        summary,
        shop_id=actor.shop_id,
        till_id=actor.till.id,
        user_id=actor.user_id,
        sale_id=sale_id,
        payload=payload,
    )


def record_for_shop(
    session: Session,
    actor: Actor,
    shop_id: int,
    event: EventType,
    summary: str,
    *,
    payload: dict[str, Any] | None = None,
) -> JournalEntry:
    """``record_by`` for something a user did to ``shop_id``'s data: on their
    till when it is their shop; for another shop (a centre admin's change) in
    that shop's journal, away from any till, since the till belongs to another
    business (its SAF-T file must not name a till that is not its own)."""
    if shop_id == actor.shop_id:
        return record_by(session, actor, event, summary, payload=payload)
    return record_event(
        session, event, summary, shop_id=shop_id, user_id=actor.user_id, payload=payload
    )
