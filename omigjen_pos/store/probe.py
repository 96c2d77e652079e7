"""Looking at a store before using it, for the set-up wizard's "test connection".

``probe_store`` connects, reads what the store holds (nothing, an Omigjen POS
schema at some revision, a centre) and checks that the user may build the
schema there, changing nothing. When it cannot, the answer names one thing to
fix: the host, the port, the password, the database, a permission.

PostgreSQL reports a failed connection without a SQLSTATE (libpq gives only
the message), so those are told apart by libpq's connection state (whether a
password was needed) and by the server's words; a database that may be missing
is confirmed by asking the server's maintenance database. Errors after the
connection carry their SQLSTATE (42501 insufficient_privilege).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path

from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, inspect, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from omigjen_pos.domain.errors import StoreUnavailable
from omigjen_pos.store.database import create_store_engine, describe_server, normalise_url
from omigjen_pos.store.migrate import alembic_config, head_revision

_MAINTENANCE_DATABASES = ("postgres", "template1")
_INSUFFICIENT_PRIVILEGE = "42501"


class ProbeOutcome(StrEnum):
    # The store can be used:
    EMPTY = "empty"  # no tables yet: set-up builds the schema
    NO_CENTRE = "no_centre"  # an Omigjen POS schema without a centre
    HAS_CENTRE = "has_centre"  # a centre is set up: log in
    # The store cannot be used as it is:
    TOO_NEW = "too_new"  # schema of a newer Omigjen POS
    FOREIGN_TABLES = "foreign_tables"  # tables that are not Omigjen POS's
    HOST_NOT_FOUND = "host_not_found"  # the name does not resolve
    CONNECTION_REFUSED = "connection_refused"  # nothing listens at host:port
    NO_ANSWER = "no_answer"  # timed out: firewall, wrong address
    PASSWORD_NEEDED = "password_needed"
    PASSWORD_REFUSED = "password_refused"
    USER_UNKNOWN = "user_unknown"
    NOT_ALLOWED_FROM_HERE = "not_allowed_from_here"  # no pg_hba.conf entry for this machine
    DATABASE_MISSING = "database_missing"
    PERMISSION_DENIED = "permission_denied"  # may not connect to or read the database
    CANNOT_CREATE_TABLES = "cannot_create_tables"
    EXTENSION_MISSING = "extension_missing"  # pg_trgm is not installed on the server
    FILE_NOT_WRITABLE = "file_not_writable"
    NOT_A_DATABASE = "not_a_database"
    FAILED = "failed"  # anything else: ``detail`` has the server's words


USABLE = frozenset({ProbeOutcome.EMPTY, ProbeOutcome.NO_CENTRE, ProbeOutcome.HAS_CENTRE})


@dataclass(frozen=True)
class StoreProbe:
    outcome: ProbeOutcome
    server: str  # host:port/database, or the file
    detail: str = ""  # the server's or the system's own words, never the password
    revision: str | None = None  # the schema revision found
    head: str = ""  # this release's schema revision
    centre_name: str | None = None
    can_create_database: bool = False  # DATABASE_MISSING: the user has CREATEDB
    user: str = ""
    database: str = ""
    host: str = ""
    port: int | None = None

    @property
    def usable(self) -> bool:
        return self.outcome in USABLE

    @property
    def needs_upgrade(self) -> bool:
        return self.usable and self.revision != self.head


def probe_store(raw_url: str) -> StoreProbe:
    """What the store at ``raw_url`` holds and whether set-up can use it."""
    try:
        url = normalise_url(raw_url)
    except (StoreUnavailable, ValueError) as exc:  # not a URL (a port that is no number)
        reason = exc.reason if isinstance(exc, StoreUnavailable) else str(exc)
        server = re.sub(r"(://[^:@/]*):[^@/]*@", r"\1:***@", raw_url.strip())  # as typed
        return StoreProbe(ProbeOutcome.FAILED, server, reason, head=head_revision())
    base = StoreProbe(
        ProbeOutcome.FAILED,
        describe_server(url),
        head=head_revision(),
        user=url.username or "",
        database=url.database or "",
        host=(url.host or "localhost") if url.get_backend_name() == "postgresql" else "",
        port=(url.port or 5432) if url.get_backend_name() == "postgresql" else None,
    )
    if url.get_backend_name() == "sqlite":
        return _probe_sqlite(url, base)
    return _probe_postgres(url, base)


def create_database(raw_url: str) -> None:
    """Create the (missing) PostgreSQL database of ``raw_url``, owned by its user.
    Raises StoreUnavailable when no maintenance database answers or the user may
    not create databases."""
    url = normalise_url(raw_url)
    name = url.database or ""
    for maintenance in _MAINTENANCE_DATABASES:
        engine = create_store_engine(
            url.set(database=maintenance), poolclass=NullPool, isolation_level="AUTOCOMMIT"
        )
        try:
            try:
                connection = engine.connect()
            except DBAPIError:
                continue  # try the next maintenance database
            with connection:
                quoted = engine.dialect.identifier_preparer.quote(name)
                try:
                    connection.execute(text(f"CREATE DATABASE {quoted}"))
                except DBAPIError as exc:
                    raise StoreUnavailable(
                        describe_server(url),
                        _words(exc),
                        f"Ask the server's administrator to create the database '{name}'.",
                    ) from exc
                return
        finally:
            engine.dispose()
    raise StoreUnavailable(
        describe_server(url),
        "no maintenance database (postgres, template1) accepts the connection",
        f"Ask the server's administrator to create the database '{name}'.",
    )


# --- SQLite -------------------------------------------------------------------


def _probe_sqlite(url: URL, base: StoreProbe) -> StoreProbe:
    path = Path(url.database or "")
    if not path.exists():
        folder = _nearest_existing(path.parent)
        if folder.is_dir() and os.access(folder, os.W_OK | os.X_OK):
            return replace(base, outcome=ProbeOutcome.EMPTY)
        return replace(base, outcome=ProbeOutcome.FILE_NOT_WRITABLE, detail=str(folder))
    if path.is_dir():
        return replace(base, outcome=ProbeOutcome.NOT_A_DATABASE, detail=str(path))
    if not (os.access(path, os.R_OK | os.W_OK) and os.access(path.parent, os.W_OK)):
        return replace(base, outcome=ProbeOutcome.FILE_NOT_WRITABLE, detail=str(path))
    engine = create_store_engine(url, poolclass=NullPool)
    try:
        try:
            connection = engine.connect()
            with connection:
                return _inspect(connection, base)
        except DBAPIError as exc:
            return replace(base, outcome=ProbeOutcome.NOT_A_DATABASE, detail=_words(exc))
    finally:
        engine.dispose()


def _nearest_existing(folder: Path) -> Path:
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    return folder


# --- PostgreSQL ---------------------------------------------------------------


def _probe_postgres(url: URL, base: StoreProbe) -> StoreProbe:
    engine = create_store_engine(url, poolclass=NullPool)
    try:
        try:
            connection = engine.connect()
        except DBAPIError as exc:
            return _connection_refused(url, base, exc)
        with connection:
            try:
                return _inspect(connection, base)
            except DBAPIError as exc:
                outcome = (
                    ProbeOutcome.PERMISSION_DENIED
                    if _sqlstate(exc) == _INSUFFICIENT_PRIVILEGE
                    else ProbeOutcome.FAILED
                )
                return replace(base, outcome=outcome, detail=_words(exc))
    finally:
        engine.dispose()


def _connection_refused(url: URL, base: StoreProbe, exc: DBAPIError) -> StoreProbe:
    """Which of host, port, password, user or database stopped the connection."""
    error = exc.orig
    words = _words(exc)
    lowered = str(error).lower()
    pgconn = getattr(error, "pgconn", None)

    def answer(outcome: ProbeOutcome, **more) -> StoreProbe:
        return replace(base, outcome=outcome, detail=words, **more)

    if "resolve host" in lowered or "could not translate host name" in lowered:
        return answer(ProbeOutcome.HOST_NOT_FOUND)
    if "connection refused" in lowered:
        return answer(ProbeOutcome.CONNECTION_REFUSED)
    if "timeout expired" in lowered or "timed out" in lowered:
        return answer(ProbeOutcome.NO_ANSWER)
    if pgconn is not None and pgconn.needs_password:
        return answer(ProbeOutcome.PASSWORD_NEEDED)
    if "password authentication failed" in lowered:
        return answer(ProbeOutcome.PASSWORD_REFUSED)
    if "no pg_hba.conf entry" in lowered:
        return answer(ProbeOutcome.NOT_ALLOWED_FROM_HERE)
    if re.search(r'role ".*" does not exist', lowered):
        return answer(ProbeOutcome.USER_UNKNOWN)
    # A server speaking another language says "database missing" in its words:
    # ask its maintenance database instead of reading them.
    facts = _database_facts(url)
    if facts is not None:
        exists, may_connect, can_create = facts
        if not exists:
            return answer(ProbeOutcome.DATABASE_MISSING, can_create_database=can_create)
        if not may_connect:
            return answer(ProbeOutcome.PERMISSION_DENIED)
    if pgconn is not None and pgconn.used_password:
        return answer(ProbeOutcome.PASSWORD_REFUSED)
    return answer(ProbeOutcome.FAILED)


def _database_facts(url: URL) -> tuple[bool, bool, bool] | None:
    """(database exists, user may connect to it, user may create databases), from
    a maintenance database; None when none of them lets the user in either."""
    for maintenance in _MAINTENANCE_DATABASES:
        engine = create_store_engine(url.set(database=maintenance), poolclass=NullPool)
        try:
            with engine.connect() as connection:
                row = connection.execute(
                    text(
                        "SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = :name), "
                        "(SELECT has_database_privilege(oid, 'CONNECT') "
                        " FROM pg_database WHERE datname = :name), "
                        "(SELECT rolcreatedb OR rolsuper FROM pg_roles "
                        " WHERE rolname = current_user)"
                    ),
                    {"name": url.database},
                ).one()
                return bool(row[0]), bool(row[1]), bool(row[2])
        except DBAPIError:
            continue
        finally:
            engine.dispose()
    return None


# --- what the store holds -------------------------------------------------------


def _inspect(connection: Connection, base: StoreProbe) -> StoreProbe:
    """Read the revision and the centre, then check the schema may be built; the
    transaction is rolled back, so nothing is left behind."""
    try:
        revision = MigrationContext.configure(connection).get_current_revision()
        found = replace(base, revision=revision)
        if revision is None:
            tables = inspect(connection).get_table_names()
            if tables:
                return replace(
                    found, outcome=ProbeOutcome.FOREIGN_TABLES, detail=", ".join(tables[:5])
                )
            return _may_build_schema(connection, replace(found, outcome=ProbeOutcome.EMPTY))
        if not _known_revision(revision):
            return replace(found, outcome=ProbeOutcome.TOO_NEW)
        name = connection.execute(text("SELECT name FROM centre ORDER BY id LIMIT 1")).scalar()
        found = replace(
            found,
            outcome=ProbeOutcome.NO_CENTRE if name is None else ProbeOutcome.HAS_CENTRE,
            centre_name=name,
        )
        return _may_build_schema(connection, found) if found.needs_upgrade else found
    finally:
        connection.rollback()


def _known_revision(revision: str) -> bool:
    try:
        return ScriptDirectory.from_config(alembic_config()).get_revision(revision) is not None
    except Exception:  # alembic raises several kinds for an unknown revision
        return False


def _may_build_schema(connection: Connection, found: StoreProbe) -> StoreProbe:
    """Try what the upgrade will do (add pg_trgm, create a table) and undo it."""
    if connection.dialect.name != "postgresql":
        return found
    trigram = connection.execute(
        text(
            "SELECT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'), "
            "EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'), "
            "has_database_privilege(current_database(), 'CREATE')"
        )
    ).one()
    installed, available, may_create = trigram
    if not installed and not available:
        return replace(found, outcome=ProbeOutcome.EXTENSION_MISSING, detail="pg_trgm")
    if not installed and not may_create:
        return replace(
            found,
            outcome=ProbeOutcome.CANNOT_CREATE_TABLES,
            detail='permission denied to create extension "pg_trgm"',
        )
    try:
        with connection.begin_nested():
            connection.execute(text("CREATE TABLE omigjen_setup_probe (id integer)"))
            connection.execute(text("DROP TABLE omigjen_setup_probe"))
    except DBAPIError as exc:
        return replace(found, outcome=ProbeOutcome.CANNOT_CREATE_TABLES, detail=_words(exc))
    return found


def _sqlstate(exc: DBAPIError) -> str | None:
    return getattr(exc.orig, "sqlstate", None)


def _words(exc: DBAPIError) -> str:
    """The server's or the driver's own words, one line, without psycopg's preamble."""
    message = str(exc.orig).strip()
    message = re.sub(r"^.*?port \d+ failed:\s*", "", message, flags=re.DOTALL)
    message = re.sub(r"^(FATAL|ERROR):\s*", "", message)
    return message.splitlines()[0].strip() if message else type(exc.orig).__name__
