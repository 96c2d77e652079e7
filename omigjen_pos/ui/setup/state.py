"""What the set-up wizard's pages share: the page ids and the store chosen."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

from omigjen_pos.services.store_connection import ConnectionCheck


class PageId(IntEnum):
    CHOICE = 0
    POSTGRES = 1
    CENTRE = 2
    SHOPS = 3
    TILLS = 4
    CATEGORIES = 5
    MANAGER = 6
    SUMMARY = 7
    EXISTING = 8


@dataclass
class SetupState:
    new_file: str  # the SQLite file suggested for a new centre
    url: str | None = None  # the store chosen and checked
    check: ConnectionCheck | None = None  # what the check found there
