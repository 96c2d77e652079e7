"""A copy of the till's current basket on the till's own disk.

The store has every scan that reached it. What it cannot have are the scans
made while it was unreachable: those wait in the till's queue, and this file
keeps them (with the basket's UUID) so a crash or power cut of the till in the
middle of an outage loses nothing. The file is written whole and atomically
(write a temporary file, fsync, rename) and removed when the basket is paid,
parked or cancelled.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from omigjen_pos.config import data_dir


@dataclass(frozen=True)
class BasketCopy:
    uuid: str
    training: bool = False
    pending: tuple[str, ...] = field(default=())  # barcodes not yet confirmed by the store
    scan_ids: tuple[str, ...] = field(default=())  # each pending scan's id, sent with it again


def _path(till_code: str, folder: Path | None) -> Path:
    safe = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in till_code)
    return (folder or data_dir() / "baskets") / f"{safe}.json"


def save_basket_copy(till_code: str, copy: BasketCopy, folder: Path | None = None) -> None:
    path = _path(till_code, folder)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    with temporary.open("w", encoding="utf-8") as stream:
        json.dump(
            {
                "uuid": copy.uuid,
                "training": copy.training,
                "pending": list(copy.pending),
                "scan_ids": list(copy.scan_ids),
            },
            stream,
        )
        stream.flush()
        os.fsync(stream.fileno())
    os.replace(temporary, path)


def load_basket_copy(till_code: str, folder: Path | None = None) -> BasketCopy | None:
    """The copy left by a till that stopped mid-basket; None if none or unreadable."""
    path = _path(till_code, folder)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        pending = tuple(str(code) for code in data.get("pending", []))
        scan_ids = tuple(str(scan) for scan in data.get("scan_ids", []))
        if len(scan_ids) != len(pending):
            scan_ids = ()
        return BasketCopy(str(data["uuid"]), bool(data.get("training", False)), pending, scan_ids)
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def forget_basket_copy(till_code: str, folder: Path | None = None) -> None:
    _path(till_code, folder).unlink(missing_ok=True)
