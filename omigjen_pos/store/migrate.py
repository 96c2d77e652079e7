"""Schema upgrades with Alembic, run from code (the app, the CLI and the tests).

The migration scripts ship inside the package, so a frozen or pip-installed
build upgrades a store without an ``alembic.ini`` on disk.

Alembic is imported only when a store is not at this release's head: the
usual start finds its store current with one query, without the 0.1 s that
importing Alembic takes.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

from omigjen_pos.domain.errors import StoreTooNew

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
VERSION_TABLE = "alembic_version"
# Any fixed number: all tills starting at once on PostgreSQL take turns upgrading.
_PG_UPGRADE_LOCK = 7_241_001


# Database-specific search objects (revision 0002) that the models do
# not describe; the schema comparison must not report them as strays.
_SEARCH_OBJECTS = ("item_fts", "ix_item_search")


def include_object(obj, name: str | None, type_: str, reflected: bool, compare_to) -> bool:
    return not (name and name.startswith(_SEARCH_OBJECTS))


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def shipped_head() -> str:
    """This release's head revision, read from the file names alone: each revision
    is named after its id (``0007_indexes_for_large_stores.py``), one after the
    other, so the head is the highest. tests/integration/test_migrations.py holds
    it to Alembic's own ``head_revision()``."""
    versions = (MIGRATIONS_DIR / "versions").glob("[0-9]*_*.py")
    return max(path.name.split("_", 1)[0] for path in versions)


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


@dataclass(frozen=True)
class UpgradeResult:
    from_revision: str | None
    to_revision: str

    @property
    def changed(self) -> bool:
        return self.from_revision != self.to_revision


def upgrade_to_head(engine: Engine) -> UpgradeResult:
    """Bring the store's schema to this release's head; refuse a newer store."""
    recorded = _recorded_revisions(engine)
    if recorded == [shipped_head()]:
        return UpgradeResult(recorded[0], recorded[0])  # the usual start: nothing to do
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    head = head_revision()
    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:
            _sqlite_foreign_keys(connection, False)
        try:
            with connection.begin():
                if connection.dialect.name == "postgresql":
                    connection.execute(
                        text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_UPGRADE_LOCK}
                    )
                before = MigrationContext.configure(connection).get_current_revision()
                if before is not None and before != head:
                    try:
                        script.get_revision(before)
                    except Exception as exc:  # unknown revision: written by a newer release
                        raise StoreTooNew(before) from exc
                if before != head:
                    config = alembic_config()
                    config.attributes["connection"] = connection
                    command.upgrade(config, "head")
                    if sqlite:
                        _foreign_keys_hold(connection)
        finally:
            if sqlite:
                _sqlite_foreign_keys(connection, True)
    return UpgradeResult(before, head)


def _recorded_revisions(engine: Engine) -> list[str]:
    """The revisions the store says it is at (none in an empty database)."""
    with engine.connect() as connection:
        if not inspect(connection).has_table(VERSION_TABLE):
            return []
        return list(connection.scalars(text(f"SELECT version_num FROM {VERSION_TABLE}")))


def _sqlite_foreign_keys(connection: Connection, on: bool) -> None:
    """SQLite changes a table in batch mode by copying it into a new one and
    dropping the old; with foreign keys enforced, that drop fails as soon as any
    row refers to the table (a basket line to its basket), so every store that
    has sold something could not be upgraded. The pragma only works outside a
    transaction, hence on the driver's connection before BEGIN."""
    driver = connection.connection.driver_connection
    assert driver is not None
    driver.execute(f"PRAGMA foreign_keys={'ON' if on else 'OFF'}")


def _foreign_keys_hold(connection: Connection) -> None:
    """What enforcement was off for must still be sound: any row pointing
    nowhere rolls the whole upgrade back."""
    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        table, row, parent, _ = broken[0]
        raise RuntimeError(
            f"upgrade rolled back: {len(broken)} rows refer to missing rows, "
            f"first {table} row {row} -> {parent}"
        )
