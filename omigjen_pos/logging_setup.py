"""Where details go that a user should not have to read: a rotating log file in
the data folder (``omigjen-pos.log``), named in error dialogs."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from omigjen_pos.config import data_dir

LOG_FILE_NAME = "omigjen-pos.log"
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def log_file_path() -> Path:
    return data_dir() / LOG_FILE_NAME


def configure_logging(level: int = logging.INFO) -> Path | None:
    """Log to the file (1 MB x 5); returns its path, or None if it cannot be written."""
    path = log_file_path()
    root = logging.getLogger()
    root.setLevel(level)
    if any(isinstance(h, RotatingFileHandler) for h in root.handlers):
        return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    except OSError:
        return None  # a read-only data folder must not stop a sale
    handler.setFormatter(logging.Formatter(_FORMAT))
    root.addHandler(handler)
    # Alembic lists its plugins at INFO on every start; its upgrades stay in the log.
    logging.getLogger("alembic.runtime.plugins").setLevel(logging.WARNING)
    return path
