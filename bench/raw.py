"""The raw DB-API drivers, connected as the app connects: the floors are measured on them.

SQLite: the app's pragmas (WAL, ``synchronous=FULL``, foreign keys, busy timeout)
and ``BEGIN IMMEDIATE`` for a write. PostgreSQL: psycopg 3 with its defaults,
as SQLAlchemy's psycopg dialect uses it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime
from typing import Any

import psycopg

from omigjen_pos.store.database import SQLITE_BUSY_TIMEOUT_MS


class RawConnection:
    """One connection with the two things a floor needs: a transaction and a statement."""

    def __init__(self, url: str) -> None:
        self.sqlite = url.startswith("sqlite")
        if self.sqlite:
            self.connection: Any = sqlite3.connect(
                url.removeprefix("sqlite:///"), isolation_level=None, check_same_thread=False
            )
            for pragma in (
                "journal_mode=WAL",
                "synchronous=FULL",
                "foreign_keys=ON",
                f"busy_timeout={SQLITE_BUSY_TIMEOUT_MS}",
            ):
                self.connection.execute(f"PRAGMA {pragma}")
        else:
            self.connection = psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://"))
        self.cursor = self.connection.cursor()
        self._synchronous = "FULL"

    @property
    def placeholder(self) -> str:
        return "?" if self.sqlite else "%s"

    def sql(self, statement: str) -> str:
        """A statement written with ``?`` placeholders, for this driver."""
        return statement if self.sqlite else statement.replace("?", "%s")

    def value(self, value: Any) -> Any:
        """A Python value as the app's column types store it on this database."""
        if not self.sqlite:
            return value
        if isinstance(value, datetime):
            return value.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")
        if isinstance(value, date):
            return value.isoformat()
        if isinstance(value, bool):
            return int(value)
        return value

    def values(self, row: Sequence[Any]) -> tuple:
        return tuple(self.value(v) for v in row)

    @contextmanager
    def writing(self, draft: bool = False) -> Iterator[None]:
        """A write transaction, durable as the app's (``Store.writing``) or, with
        ``draft``, committed without waiting for the disk as ``Store.drafting``."""
        if self.sqlite:
            level = "NORMAL" if draft else "FULL"
            if self._synchronous != level:
                self.connection.execute(f"PRAGMA synchronous={level}")
                self._synchronous = level
            self.connection.execute("BEGIN IMMEDIATE")
            try:
                yield
            except BaseException:
                self.connection.execute("ROLLBACK")
                raise
            self.connection.execute("COMMIT")
        else:
            if draft:
                self.connection.execute("SET LOCAL synchronous_commit TO OFF")
            try:
                yield
            except BaseException:
                self.connection.rollback()
                raise
            self.connection.commit()

    @contextmanager
    def reading(self) -> Iterator[None]:
        if self.sqlite:
            self.connection.execute("BEGIN")
            try:
                yield
            finally:
                self.connection.execute("COMMIT")
        else:
            try:
                yield
            finally:
                self.connection.commit()

    def close(self) -> None:
        self.cursor.close()
        self.connection.close()
