"""Backups of the store: a consistent copy of a live SQLite file, and the
``pg_dump`` command for PostgreSQL (what ``omigjen-pos backup`` runs).

SQLite: the online backup API (``sqlite3.Connection.backup``) copies every page
in one step inside one read transaction, so the copy is the store as it stood at
one moment, whole sales only, while tills go on selling (in WAL mode a reader
never blocks the writer). The copy is written under a temporary name in the
target's folder, made a self-contained file (journal mode DELETE: nothing lives
beside it in a ``-wal`` file), checked with ``PRAGMA integrity_check``, flushed
to disk, and only then given its name: a failed backup leaves nothing under that
name, and an existing file is replaced only when the caller says so.

The store is copied as it is, never upgraded first: a backup taken before
installing a new release is the way back if the upgrade goes wrong.

PostgreSQL: the server's own ``pg_dump`` takes a consistent snapshot in one
transaction; ``pg_dump_command`` spells it out for the configured server, never
with the password.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from omigjen_pos.domain.errors import OmigjenError, StoreUnavailable
from omigjen_pos.store.database import SQLITE_BUSY_TIMEOUT_MS, normalise_url

PG_DEFAULT_PORT = 5432
_SIDE_FILES = ("-journal", "-wal", "-shm")


class BackupExists(OmigjenError):
    """The backup's file is there already and was not to be replaced."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"{path} already exists")
        self.path = path


class BackupFailed(OmigjenError):
    """The copy could not be written or is not sound; nothing was left under its name."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"no backup written to {path}: {reason}")
        self.path = path
        self.reason = reason


@dataclass(frozen=True)
class BackupReport:
    source: str  # the store's file
    target: Path
    sales: int  # sales and returns, training included: every row of ``sale``
    returns: int
    size_bytes: int
    revision: str | None  # the schema revision the copy holds (None: an empty store)


def is_postgresql(raw_url: str) -> bool:
    return normalise_url(raw_url).get_backend_name() == "postgresql"


def pg_dump_command(raw_url: str, target: Path) -> list[str]:
    """pg_dump for the store at ``raw_url`` into ``target`` (custom format, what
    ``pg_restore`` reads). The password is never part of it: pg_dump asks for
    it, or reads ``PGPASSWORD`` or the ``.pgpass`` file."""
    url = normalise_url(raw_url)
    command = ["pg_dump"]
    if url.host:
        command.append(f"--host={url.host}")
    command.append(f"--port={url.port or PG_DEFAULT_PORT}")
    if url.username:
        command.append(f"--username={url.username}")
    command += [f"--dbname={url.database or ''}", "--format=custom", f"--file={target}"]
    return command


def backup_sqlite(raw_url: str, target: Path, replace: bool = False) -> BackupReport:
    """Copy the SQLite store at ``raw_url`` to ``target`` while it is in use."""
    source = _source_file(raw_url)
    target = target.expanduser()
    if target.exists() and target.resolve() == source.resolve():
        raise BackupFailed(target, "that is the store itself")
    if target.exists() and not replace:
        raise BackupExists(target)
    folder = target.parent
    if not folder.is_dir():
        raise BackupFailed(target, f"the folder {folder} does not exist")
    try:
        handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise BackupFailed(target, f"cannot write in {folder}: {exc.strerror or exc}") from exc
    os.close(handle)
    temporary = Path(name)
    try:
        sales, returns, revision = _copy(source, temporary, target)
        _flush_file(temporary)
        size = temporary.stat().st_size
        _put_in_place(temporary, target, replace)
        _flush_folder(folder)
    except OSError as exc:
        raise BackupFailed(target, exc.strerror or str(exc)) from exc
    finally:
        for path in (temporary, *(Path(f"{temporary}{side}") for side in _SIDE_FILES)):
            path.unlink(missing_ok=True)
    return BackupReport(str(source), target, sales, returns, size, revision)


def _source_file(raw_url: str) -> Path:
    url = normalise_url(raw_url)
    if url.get_backend_name() != "sqlite":
        raise ValueError("backup_sqlite copies SQLite stores; see pg_dump_command")
    if not url.database or url.database == ":memory:":
        raise StoreUnavailable(
            ":memory:", "a store in memory has no file to copy", "Give the store's file."
        )
    source = Path(url.database)
    if not source.is_file():
        raise StoreUnavailable(
            str(source),
            "the file does not exist",
            "Check --database-url, OMIGJEN_DATABASE_URL or the settings file.",
        )
    return source


def _copy(source: Path, temporary: Path, target: Path) -> tuple[int, int, str | None]:
    """The online backup into ``temporary``, made self-contained and checked;
    (sales, returns, revision) of the copy."""
    reader = sqlite3.connect(source, timeout=SQLITE_BUSY_TIMEOUT_MS / 1000)
    try:
        try:
            reader.execute("PRAGMA schema_version").fetchone()  # reads the header: a database?
        except sqlite3.Error as exc:
            raise StoreUnavailable(
                str(source), str(exc), "Check that this is an Omigjen POS store."
            ) from exc
        copy = sqlite3.connect(temporary)
        try:
            try:
                reader.backup(copy)  # pages=-1: every page in one step, one snapshot
                copy.execute("PRAGMA journal_mode=DELETE").fetchone()
                problems = [row[0] for row in copy.execute("PRAGMA integrity_check")]
                if problems != ["ok"]:
                    raise BackupFailed(
                        target, f"the copy fails SQLite's integrity check: {problems[0]}"
                    )
                return _contents(copy)
            except sqlite3.Error as exc:
                raise BackupFailed(target, str(exc)) from exc
        finally:
            copy.close()
    finally:
        reader.close()


def _contents(copy: sqlite3.Connection) -> tuple[int, int, str | None]:
    tables = {row[0] for row in copy.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    sales = returns = 0
    if "sale" in tables:
        sales, returns = copy.execute(
            "SELECT count(*), coalesce(sum(kind = 'return'), 0) FROM sale"
        ).fetchone()
    revision = None
    if "alembic_version" in tables:
        row = copy.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = row[0] if row else None
    return int(sales), int(returns), revision


def _flush_file(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def _put_in_place(temporary: Path, target: Path, replace: bool) -> None:
    """Give the finished copy its name in one step. Without ``replace`` a hard
    link does it, which fails if the name was taken meanwhile; where links are
    not supported (some network folders) an existence check comes first."""
    if replace:
        os.replace(temporary, target)
        return
    try:
        os.link(temporary, target)
    except FileExistsError:
        raise BackupExists(target) from None
    except OSError:
        if target.exists():
            raise BackupExists(target) from None
        os.replace(temporary, target)


def _flush_folder(folder: Path) -> None:
    """Make the new name itself durable (POSIX; Windows has no folder fsync)."""
    if os.name != "posix":
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        with contextlib.suppress(OSError):  # some filesystems refuse fsync on a folder
            os.fsync(handle)
    finally:
        os.close(handle)


def format_size(size_bytes: int) -> str:
    """``1.4 MB``, ``96 kB``, ``512 bytes``: what a person reads in a message."""
    if size_bytes >= 1_000_000:
        return f"{size_bytes / 1_000_000:.1f} MB"
    if size_bytes >= 1_000:
        return f"{size_bytes / 1_000:.0f} kB"
    return f"{size_bytes} bytes"
