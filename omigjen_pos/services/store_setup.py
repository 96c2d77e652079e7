"""Opening a store for the app or the CLI: connect, upgrade the schema, report.

``Store`` is re-exported so the GUI can hold and type the handle without
importing the store package itself.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from omigjen_pos import __version__
from omigjen_pos.domain.journal_events import EventType
from omigjen_pos.services.journal import record_event
from omigjen_pos.store.database import Store, open_store
from omigjen_pos.store.migrate import UpgradeResult, upgrade_to_head
from omigjen_pos.store.models import Centre, Shop, Till, User

__all__ = ["Store", "StoreSummary", "open_and_upgrade", "summarise_store"]


def open_and_upgrade(raw_url: str) -> tuple[Store, UpgradeResult]:
    """Open the store at ``raw_url`` and upgrade it to this release's schema.

    Raises StoreUnavailable (cannot connect) or StoreTooNew (newer schema).
    An upgrade of a store that already held a schema is written to the journal.
    """
    store = open_store(raw_url)
    try:
        result = upgrade_to_head(store.engine)
    except Exception:
        store.close()
        raise
    if result.changed and result.from_revision is not None:
        with store.writing() as session:
            record_event(
                session,
                EventType.SOFTWARE_UPDATE,
                f"Databasen oppgradert fra {result.from_revision} til {result.to_revision} "
                f"(Omigjen POS {__version__})",
            )
    return store, result


@dataclass(frozen=True)
class StoreSummary:
    """What the app needs to know before its first window. Small tables only:
    it is read at every start, so nothing here may grow with items or sales."""

    centre_name: str | None
    is_demo: bool
    shops: int
    tills: int
    users: int

    @property
    def is_empty(self) -> bool:
        return self.centre_name is None


def summarise_store(store: Store) -> StoreSummary:
    with store.reading() as session:
        centre = session.scalars(select(Centre).order_by(Centre.id)).first()

        def count(model) -> int:
            return session.scalar(select(func.count()).select_from(model)) or 0

        return StoreSummary(
            centre_name=centre.name if centre else None,
            is_demo=bool(centre and centre.is_demo),
            shops=count(Shop),
            tills=count(Till),
            users=count(User),
        )
