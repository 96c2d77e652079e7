"""Where details go that a user should not have to read: a rotating log file in
the data folder (``omigjen-pos.log``, 1 MB, five older files kept beside it),
named in error dialogs.

Each line says when, how bad, which module and what happened. Passwords never
reach the file: the formatter masks the password of every database URL
(``postgresql://pos:***@server/omigjen``) and every ``password=...`` in the
finished line, tracebacks included, so an error message that quotes a URL is
safe too. Code that logs a URL on purpose still writes it with
``render_as_string(hide_password=True)``.
"""

from __future__ import annotations

import logging
import re
from logging.handlers import RotatingFileHandler
from pathlib import Path

from omigjen_pos.config import data_dir

LOG_FILE_NAME = "omigjen-pos.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

# scheme://user:password@host  ->  scheme://user:***@host
_URL_PASSWORD = re.compile(r"(?P<head>\b[A-Za-z][A-Za-z0-9+.-]*://[^:/@\s'\"]*:)[^@\s'\"]+(?=@)")
# password=secret (a libpq connection string, a keyword argument), 'password': 'x'
_KEY_PASSWORD = re.compile(
    r"(?P<head>\b(?:password|passwd|pwd)['\"]?\s*[=:]\s*['\"]?)[^\s'\",;&)}]+", re.IGNORECASE
)


def redact(text: str) -> str:
    """``text`` with every password in a URL or a ``password=`` pair masked."""
    text = _URL_PASSWORD.sub(r"\g<head>***", text)
    return _KEY_PASSWORD.sub(r"\g<head>***", text)


class RedactingFormatter(logging.Formatter):
    """Formats as usual, then masks passwords in the whole line and its traceback."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


def log_file_path() -> Path:
    return data_dir() / LOG_FILE_NAME


def _our_handler(root: logging.Logger) -> RotatingFileHandler | None:
    for handler in root.handlers:
        if isinstance(handler, RotatingFileHandler) and getattr(handler, "omigjen", False):
            return handler
    return None


def configure_logging(
    level: int = logging.INFO, max_bytes: int = MAX_BYTES, backup_count: int = BACKUP_COUNT
) -> Path | None:
    """Log to the file (rotated at ``max_bytes``, ``backup_count`` old files kept);
    returns its path, or None if it cannot be written. Calling it again changes
    nothing while the file it opened is still the one in the data folder."""
    path = log_file_path()
    root = logging.getLogger()
    root.setLevel(level)
    existing = _our_handler(root)
    if existing is not None:
        if Path(existing.baseFilename) == path.absolute():
            return path
        root.removeHandler(existing)  # the data folder moved (tests, a portable install)
        existing.close()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(
            path, maxBytes=max_bytes, backupCount=backup_count, encoding="utf-8"
        )
    except OSError:
        return None  # a read-only data folder must not stop a sale
    handler.omigjen = True  # type: ignore[attr-defined]
    handler.setFormatter(RedactingFormatter(_FORMAT))
    root.addHandler(handler)
    # Alembic lists its plugins at INFO on every start; its upgrades stay in the log.
    logging.getLogger("alembic.runtime.plugins").setLevel(logging.WARNING)
    return path


def stop_logging() -> None:
    """Close the log file (tests; the app keeps it open until it exits)."""
    root = logging.getLogger()
    handler = _our_handler(root)
    if handler is not None:
        root.removeHandler(handler)
        handler.close()
