"""Opening the shared store: engine options per database, sessions, clear errors.

SQLite (one till, a trial): WAL so readers never wait for the writer,
``synchronous=FULL`` so a committed sale survives a power cut, foreign keys on,
and a busy timeout. Write transactions start with ``BEGIN IMMEDIATE`` so two
writers queue on the lock instead of failing half-way with "database is locked".

PostgreSQL (the whole centre): psycopg 3, pool pre-ping so a dropped connection
is replaced before use, a connect timeout and a statement timeout so a stuck
server shows up as an error instead of a frozen till. A write transaction that
PostgreSQL ends as a deadlock victim or a serialisation failure is run again
whole by ``Store.write_retrying``.
"""

from __future__ import annotations

import logging
import random
import re
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import (
    ArgumentError,
    DBAPIError,
    InterfaceError,
    NoSuchModuleError,
    OperationalError,
)
from sqlalchemy.orm import Session, sessionmaker

from omigjen_pos.domain.errors import InvalidInput, StoreUnavailable
from omigjen_pos.domain.text import CONTROL_CHARACTERS, unstorable

SQLITE_BUSY_TIMEOUT_MS = 15_000
PG_CONNECT_TIMEOUT_S = 5
PG_STATEMENT_TIMEOUT_MS = 30_000
PG_IDLE_IN_TRANSACTION_MS = 60_000
PG_TCP_USER_TIMEOUT_MS = 20_000
_WRITE_OPTION = "omigjen_write"
_DRAFT_OPTION = "omigjen_draft"
# deadlock_detected, serialization_failure: PostgreSQL rolled the whole
# transaction back and says so; running it again from the start is correct.
RETRYABLE_SQLSTATES = frozenset({"40P01", "40001"})
WRITE_ATTEMPTS = 4
RETRY_BACKOFF_S = 0.05  # doubled after each attempt, with jitter

log = logging.getLogger(__name__)
T = TypeVar("T")


# scheme://user:password@  ->  scheme://user:***@ (in a URL too broken to parse)
_URL_PASSWORD = re.compile(r"(?P<head>://[^/@\s]*?:)\S*@")


def normalise_url(raw: str) -> URL:
    """Accept what people type: a plain file path, ``postgresql://...`` without a
    driver. Always return a URL with the driver this application ships."""
    text_url = raw.strip()
    if "://" not in text_url:
        return URL.create("sqlite", database=str(Path(text_url).expanduser()))
    try:
        url = make_url(text_url)
    except (ArgumentError, ValueError) as exc:  # ValueError: a port that is no number
        raise StoreUnavailable(
            _URL_PASSWORD.sub(r"\g<head>***@", text_url),  # shown and logged: no password
            "the database URL cannot be read",
            "Write it as sqlite:///path/to/file.sqlite3 or postgresql://user@host:5432/database.",
        ) from exc
    if url.get_backend_name() == "postgresql":
        return url.set(drivername="postgresql+psycopg")
    if url.get_backend_name() == "sqlite":
        return url.set(drivername="sqlite")
    raise StoreUnavailable(
        url.render_as_string(hide_password=True),
        f"the database type '{url.get_backend_name()}' is not supported",
        "Use SQLite or PostgreSQL.",
    )


def describe_server(url: URL) -> str:
    """What to call the store in a message: a file path or host:port/database."""
    if url.get_backend_name() == "sqlite":
        return url.database or ":memory:"
    return f"{url.host or 'localhost'}:{url.port or 5432}/{url.database or ''}"


def _unstorable_text(parameters: object) -> str | None:
    """The first text no database can store among a statement's parameters (a
    dict or a sequence, or a list of those for executemany), if any."""
    if isinstance(parameters, dict):
        values = parameters.values()
    elif isinstance(parameters, list | tuple):
        values = parameters
    else:
        return None
    for value in values:
        if isinstance(value, str):
            if unstorable(value):
                return value
        elif (found := _unstorable_text(value)) is not None:
            return found
    return None


def _refuse_unstorable_text(engine: Engine) -> None:
    """No text with a NUL or a lone surrogate reaches either database. PostgreSQL
    refuses a NUL with a driver error, SQLite would keep it (and a copy of that
    store to PostgreSQL would then fail), and neither driver can encode a lone
    surrogate: all of them say instead what a user can act on. The services
    refuse control characters where they take text in; this catches whatever
    else gets through, a code typed on the command line, say."""

    @event.listens_for(engine, "before_cursor_execute")
    def _check(_connection, _cursor, _statement, parameters, _context, _executemany) -> None:
        text = _unstorable_text(parameters)
        if text is not None:
            raise InvalidInput("text", text, CONTROL_CHARACTERS)


def create_store_engine(url: URL, **engine_options) -> Engine:
    engine = _create_engine(url, **engine_options)
    _refuse_unstorable_text(engine)
    return engine


def _create_engine(url: URL, **engine_options) -> Engine:
    if url.get_backend_name() == "sqlite":
        if url.database and url.database != ":memory:":
            folder = Path(url.database).parent
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreUnavailable(
                    url.database,
                    f"the folder {folder} cannot be created",
                    "Choose a folder you may write to.",
                ) from exc
        engine = create_engine(url, **engine_options)
        _configure_sqlite(engine)
        return engine
    connect_args = {
        "connect_timeout": PG_CONNECT_TIMEOUT_S,
        # A till that dies mid-transaction must not hold its locks (the receipt
        # counter, held items) until the server notices: the server ends a
        # transaction left idle, and keepalives find a vanished till in seconds.
        "options": (
            f"-c statement_timeout={PG_STATEMENT_TIMEOUT_MS} "
            f"-c idle_in_transaction_session_timeout={PG_IDLE_IN_TRANSACTION_MS} "
            "-c tcp_keepalives_idle=10 -c tcp_keepalives_interval=5 -c tcp_keepalives_count=3"
        ),
        # The same from the till's side: a pulled cable surfaces as an error in
        # seconds instead of a till frozen until TCP gives up (~15 minutes).
        "keepalives": 1,
        "keepalives_idle": 10,
        "keepalives_interval": 5,
        "keepalives_count": 3,
        "tcp_user_timeout": PG_TCP_USER_TIMEOUT_MS,
        "application_name": "omigjen-pos",
    }
    try:
        return create_engine(url, pool_pre_ping=True, connect_args=connect_args, **engine_options)
    except NoSuchModuleError as exc:  # pragma: no cover - psycopg is a dependency
        raise StoreUnavailable(
            describe_server(url), "the PostgreSQL driver is missing", "Reinstall Omigjen POS."
        ) from exc


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:
        # Let SQLAlchemy's "begin" event below decide how transactions start.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:
        options = connection.get_execution_options()
        write = options.get(_WRITE_OPTION, False)
        if write:  # a draft's commit does not wait for the disk (Store.drafting)
            _synchronous(connection, "NORMAL" if options.get(_DRAFT_OPTION) else "FULL")
        connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def _synchronous(connection, level: str) -> None:
    """Set SQLite's ``synchronous`` for the coming write, when it changes."""
    info = connection.connection.info  # kept with the DB-API connection in the pool
    if info.get("synchronous") != level:
        connection.exec_driver_sql(f"PRAGMA synchronous={level}")
        info["synchronous"] = level


def explain_connection_error(url: URL, exc: Exception) -> StoreUnavailable:
    """Turn a driver error into one line that says what to check."""
    server = describe_server(url)
    message = str(getattr(exc, "orig", exc)).strip().splitlines()[0] if str(exc) else ""
    # psycopg repeats "connection failed: connection to server at ..., port N failed:"
    # before the server's own words; the server is named separately, so drop it.
    message = re.sub(r"^.*?port \d+ failed:\s*(FATAL:\s*)?", "", message)
    lowered = message.lower()
    if url.get_backend_name() == "sqlite":
        return StoreUnavailable(
            server,
            message or "cannot open the file",
            "Check that the folder exists and that you may write to it.",
        )
    if "does not exist" in lowered and "database" in lowered:
        hint = f"Create the database '{url.database}' on the server, or correct the URL."
    elif "password" in lowered or "authentication" in lowered or "role" in lowered:
        hint = f"Check the user name '{url.username}' and the password."
    elif "permission denied" in lowered:
        hint = f"Ask the server's administrator to give '{url.username}' access."
    elif "timeout" in lowered or "timed out" in lowered:
        hint = "The server did not answer; check the network and that the server is running."
    else:
        hint = (
            "Check that the server is running, that the host and port are right, and the network."
        )
    return StoreUnavailable(server, message or type(exc).__name__, hint)


_PG_SERVER_GONE = {"57P01", "57P02", "57P03"}  # admin or crash shutdown, cannot connect now


def connection_lost(exc: DBAPIError, dialect: str) -> bool:
    """Whether ``exc`` means the database is out of reach (worth waiting for and
    retrying), as opposed to an error the same request would meet again."""
    if exc.connection_invalidated:
        return True
    if not isinstance(exc, OperationalError | InterfaceError):
        return False
    if dialect == "postgresql":
        state = getattr(exc.orig, "sqlstate", None)
        # No SQLSTATE: the client lost the socket. Class 08: connection exception.
        return state is None or state.startswith("08") or state in _PG_SERVER_GONE
    text = str(exc.orig).lower()
    return "unable to open" in text or "disk i/o" in text


def transaction_conflict(exc: DBAPIError) -> str | None:
    """The SQLSTATE if ``exc`` is a deadlock or a serialisation failure: the
    server rolled the transaction back, and the same transaction run again will
    most likely pass. None for anything else (SQLite has no such errors: its
    writers queue on the file lock)."""
    state = getattr(exc.orig, "sqlstate", None)
    return state if state in RETRYABLE_SQLSTATES else None


class Store:
    """The opened store: an engine and the kinds of sessions services use."""

    def __init__(self, url: URL, engine: Engine) -> None:
        self.url = url
        self.engine = engine
        self._read = sessionmaker(engine, expire_on_commit=False)
        self._write = sessionmaker(
            engine.execution_options(**{_WRITE_OPTION: True}), expire_on_commit=False
        )
        self._draft = sessionmaker(
            engine.execution_options(**{_WRITE_OPTION: True, _DRAFT_OPTION: True}),
            expire_on_commit=False,
        )

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @property
    def server(self) -> str:
        return describe_server(self.url)

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with self._connection_errors_explained(), self._read() as session, session.begin():
            yield session

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """A write transaction: committed when the block ends, rolled back on error.

        A connection lost on the way (server restarted, cable out) raises
        StoreUnavailable. Whether a lost COMMIT landed is unknown to the caller,
        which is why every write that matters is safe to repeat (basket UUIDs).
        """
        with self._connection_errors_explained(), self._write() as session, session.begin():
            yield session

    @contextmanager
    def drafting(self) -> Iterator[Session]:
        """A write transaction for a draft: a basket being rung up. Committed as
        ``writing()`` and at once visible to every till, but the commit does not
        wait for the disk (SQLite ``synchronous=NORMAL`` in WAL mode, PostgreSQL
        ``synchronous_commit = off``): a power cut may lose the last drafts
        written, never part of one, and never one that a durable commit followed,
        since that commit flushes the log up to itself. Nothing that must survive
        (a sale, a journal entry, a Z-report) is written this way.
        """
        with self._connection_errors_explained(), self._draft() as session, session.begin():
            if self.dialect == "postgresql":
                session.execute(text("SET LOCAL synchronous_commit TO OFF"))
            yield session

    def write_retrying(self, work: Callable[[Session], T], attempts: int = WRITE_ATTEMPTS) -> T:
        """Run ``work(session)`` in a write transaction (as ``writing()``); when
        PostgreSQL ends it as a deadlock victim (40P01) or a serialisation failure
        (40001), run the whole of it again in a new transaction, after a short
        jittered pause, up to ``attempts`` times in all; then raise the error.

        ``work`` must do everything in the session it is given and keep nothing
        from a failed attempt: that attempt was rolled back entirely.
        """
        attempt = 1
        while True:
            try:
                with self.writing() as session:
                    return work(session)
            except DBAPIError as exc:
                state = transaction_conflict(exc)
                if state is None or attempt >= attempts:
                    raise
                pause = RETRY_BACKOFF_S * 2 ** (attempt - 1) * random.uniform(0.5, 1.5)
                log.warning(
                    "%s (SQLSTATE %s) in %s, attempt %d of %d: the transaction runs again "
                    "in %.0f ms",
                    "deadlock" if state == "40P01" else "serialisation failure",
                    state,
                    getattr(work, "__qualname__", "a write"),
                    attempt,
                    attempts,
                    pause * 1000,
                )
            time.sleep(pause)
            attempt += 1

    @contextmanager
    def _connection_errors_explained(self) -> Iterator[None]:
        try:
            yield
        except DBAPIError as exc:
            if connection_lost(exc, self.dialect):
                raise explain_connection_error(self.url, exc) from exc
            raise  # a deadlock, a timeout, a constraint: not an outage to wait out

    def ping(self) -> None:
        try:
            with self.engine.connect() as connection:
                connection.execute(text("SELECT 1"))
        except DBAPIError as exc:
            raise explain_connection_error(self.url, exc) from exc

    def close(self) -> None:
        self.engine.dispose()


def open_store(raw_url: str) -> Store:
    url = normalise_url(raw_url)
    store = Store(url, create_store_engine(url))
    store.ping()
    return store
