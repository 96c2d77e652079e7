"""Turning errors into sentences a cashier can act on, in the user's language."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from omigjen_pos.domain.errors import (
    InvalidInput,
    NotFound,
    PermissionDenied,
    StoreTooNew,
    StoreUnavailable,
    UserLocked,
    WrongPin,
)

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


def describe_error(error: Exception) -> str:
    """One or two sentences: what went wrong and what to do next."""
    if isinstance(error, WrongPin):
        return translate(
            "Messages", "Wrong PIN. {attempts} attempts left before the user is locked."
        ).format(attempts=error.attempts_left)
    if isinstance(error, UserLocked):
        return translate(
            "Messages", "{name} is locked after too many wrong PINs. Ask a manager to unlock."
        ).format(name=error.user_name)
    if isinstance(error, NotFound) and error.what == "user":
        return translate(
            "Messages", "There is no user with number {number}. Check the number and try again."
        ).format(number=error.key)
    if isinstance(error, NotFound) and error.what == "till":
        return translate(
            "Messages", "There is no till {code}. Check the till code in the settings."
        ).format(code=error.key)
    if isinstance(error, PermissionDenied):
        return translate(
            "Messages", "{name} has no role in this shop. Ask a manager for access."
        ).format(name=error.user_name)
    if isinstance(error, InvalidInput) and error.field == "pin":
        return translate("Messages", "A PIN is 4 to 8 digits.")
    if isinstance(error, StoreUnavailable):
        return translate(
            "Messages", "Cannot reach the database at {server}: {reason}. {hint}"
        ).format(server=error.server, reason=error.reason, hint=error.hint)
    if isinstance(error, StoreTooNew):
        return translate(
            "Messages",
            "The database was upgraded by a newer Omigjen POS. Install the newer version.",
        )
    log.error("unexpected error shown to the user", exc_info=error)
    return translate(
        "Messages",
        "Something went wrong. Try again; if it happens again, call the person "
        "responsible for the tills. Details are in the log file.",
    )
