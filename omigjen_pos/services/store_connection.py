"""Choosing the store on a first run: a SQLite file on this machine, or the
centre's shared PostgreSQL. Checks a connection and says exactly what is wrong,
creates a missing database, builds or upgrades the schema.

``ConnectionCheck`` and ``CheckOutcome`` are re-exported from the store layer,
so the GUI reads the answer without importing the store package.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import URL, make_url

from omigjen_pos.services.store_setup import Store, open_and_upgrade
from omigjen_pos.store.database import describe_server, normalise_url
from omigjen_pos.store.probe import ProbeOutcome as CheckOutcome
from omigjen_pos.store.probe import StoreProbe as ConnectionCheck
from omigjen_pos.store.probe import create_database as _create_database
from omigjen_pos.store.probe import probe_store

__all__ = [
    "DEFAULT_PORT",
    "CheckOutcome",
    "ConnectionCheck",
    "PostgresFields",
    "check_connection",
    "create_database",
    "postgres_fields",
    "postgres_url",
    "prepare_store",
    "sqlite_path",
    "sqlite_url",
]

log = logging.getLogger(__name__)
DEFAULT_PORT = 5432


@dataclass(frozen=True)
class PostgresFields:
    """What the set-up form asks for a PostgreSQL store."""

    host: str = ""
    port: int = DEFAULT_PORT
    database: str = "omigjen"
    user: str = ""
    password: str = ""


def postgres_url(fields: PostgresFields) -> str:
    """The URL of the form's fields, the password escaped as URLs need."""
    url = URL.create(
        "postgresql",
        username=fields.user.strip() or None,
        password=fields.password or None,
        host=fields.host.strip() or None,
        port=fields.port,
        database=fields.database.strip() or None,
    )
    return url.render_as_string(hide_password=False)


def postgres_fields(raw_url: str) -> PostgresFields | None:
    """The form's fields for a PostgreSQL URL (to fill the form in), else None."""
    try:
        url = make_url(raw_url)
    except Exception:  # not a URL at all: start with an empty form
        return None
    if url.get_backend_name() != "postgresql":
        return None
    return PostgresFields(
        host=url.host or "",
        port=url.port or DEFAULT_PORT,
        database=url.database or "",
        user=url.username or "",
        password=url.password or "",
    )


def sqlite_url(path: str | Path) -> str:
    return f"sqlite:///{Path(path).expanduser()}"


def sqlite_path(raw_url: str) -> str | None:
    """The file of a SQLite URL (or a plain path), else None."""
    try:
        url = normalise_url(raw_url)
    except Exception:
        return None
    return url.database if url.get_backend_name() == "sqlite" else None


def check_connection(raw_url: str) -> ConnectionCheck:
    """Connect, read what the store holds, check the schema may be built; change
    nothing. The answer names what to fix when the store cannot be used."""
    check = probe_store(raw_url)
    # The server and the outcome only: the URL may hold a password.
    log.info("store check %s: %s %s", check.server, check.outcome.value, check.detail)
    return check


def create_database(raw_url: str) -> ConnectionCheck:
    """Create the missing PostgreSQL database (the user needs CREATEDB), then
    check it again. Raises StoreUnavailable when the server refuses."""
    _create_database(raw_url)
    log.info("created the database %s", describe_server(normalise_url(raw_url)))
    return check_connection(raw_url)


def prepare_store(raw_url: str) -> Store:
    """Open the store, creating or upgrading its schema (``open_and_upgrade``)."""
    store, result = open_and_upgrade(raw_url)
    if result.changed:
        log.info(
            "store %s: schema %s -> %s",
            store.server,
            result.from_revision or "empty",
            result.to_revision,
        )
    return store
