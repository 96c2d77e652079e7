"""Turning errors into sentences a cashier can act on, in the user's language."""

from __future__ import annotations

import logging
import re

from PySide6.QtCore import QCoreApplication

from omigjen_pos.domain.errors import (
    InvalidInput,
    InvalidState,
    NotFound,
    OmigjenError,
    PaymentMismatch,
    PermissionDenied,
    StoreTooNew,
    StoreUnavailable,
    UserLocked,
    WrongPin,
)
from omigjen_pos.domain.item_rules import MAX_NAME
from omigjen_pos.domain.money import format_kr
from omigjen_pos.domain.text import CONTROL_CHARACTERS
from omigjen_pos.ui.error_dialog import report_unexpected
from omigjen_pos.ui.item_texts import field_text

log = logging.getLogger(__name__)
_AT_MOST = re.compile(r"at most (\d+) characters")  # domain.text.too_long
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
    if isinstance(error, PermissionDenied) and error.action == "approve":
        return translate(
            "Messages", "{name} is not a manager in this shop and cannot approve."
        ).format(name=error.user_name)
    if isinstance(error, PermissionDenied):
        return translate(
            "Messages", "{name} has no role in this shop. Ask a manager for access."
        ).format(name=error.user_name)
    if isinstance(error, InvalidInput) and error.field == "pin":
        return translate("Messages", "A PIN is 4 to 8 digits.")
    if isinstance(error, InvalidInput):
        return describe_invalid(error)
    if isinstance(error, NotFound) and error.what == "item":
        return translate("Messages", "No item with barcode {code} in this shop.").format(
            code=quoted(error.key)
        )
    if isinstance(error, NotFound) and error.what == "shop":
        return translate("Messages", "There is no shop {code}. Check the shop code.").format(
            code=quoted(error.key)
        )
    if isinstance(error, NotFound) and error.what in ("receipt", "sale"):
        return translate(
            "Messages",
            "No sale with receipt {number} in this shop. Check the number on the receipt.",
        ).format(number=quoted(error.key))
    if isinstance(error, NotFound) and error.what == "voucher":
        return translate(
            "Messages", "No tilgodelapp or gift card with code {code} in this shop."
        ).format(code=quoted(error.key))
    if isinstance(error, InvalidState) and error.state == "returned":
        return translate(
            "Messages", "That line is already returned; a line can be returned only once."
        )
    if isinstance(error, InvalidState) and error.what == "sale":
        return translate(
            "Messages",
            "A training sale is returned in training mode only, and a real sale only outside it.",
        )
    if isinstance(error, InvalidState) and error.what == "basket":
        return translate(
            "Messages", "This sale was finished or parked on another till. Start a new sale."
        )
    if isinstance(error, PaymentMismatch) and error.paid_ore > error.due_ore:
        return translate(
            "Messages", "Card, Vipps and vouchers may pay at most {due}; there is no cash back."
        ).format(due=format_kr(error.due_ore))
    if isinstance(error, PaymentMismatch):
        return translate(
            "Messages", "The payments do not cover {due}: {paid} is not enough."
        ).format(due=format_kr(error.due_ore), paid=format_kr(error.paid_ore))
    if isinstance(error, InvalidState):
        return translate("Messages", "The item {code} is {state} and cannot be changed.").format(
            code=error.key, state=error.state
        )
    if isinstance(error, StoreUnavailable):
        return translate(
            "Messages", "Cannot reach the database at {server}: {reason}. {hint}"
        ).format(server=error.server, reason=error.reason, hint=error.hint)
    if isinstance(error, StoreTooNew):
        return translate(
            "Messages",
            "The database was upgraded by a newer Omigjen POS. Install the newer version.",
        )
    if isinstance(error, OSError):
        log.warning("file or printer error", exc_info=error)
        return translate(
            "Messages",
            "Could not write the file or reach the printer ({detail}). "
            "Check that the printer is on and has paper, or choose another folder.",
        ).format(detail=error.strerror or str(error))
    log.error("unexpected error shown to the user", exc_info=error)
    if not isinstance(error, OmigjenError):
        report_unexpected(error)  # a bug, not a refusal: the error dialog, with the log file
    return translate(
        "Messages",
        "Something went wrong. Try again; if it happens again, call the person "
        "responsible for the tills. Details are in the log file.",
    )


def quoted(value: object, limit: int = 40) -> str:
    """A typed value as a message may quote it: what cannot be shown (control and
    direction characters) as �, and at most ``limit`` characters, cut in the middle
    so a long path keeps its file name."""
    raw = str(value)
    if len(raw) > limit:
        head = (limit - 1) // 2
        raw = raw[:head] + "…" + raw[-(limit - 1 - head) :]
    return "".join(ch if ch.isprintable() or ch == "…" else "\ufffd" for ch in raw)


def _reason_texts() -> dict[str, str]:
    return {
        "not an amount in kroner": translate("Messages", "type an amount in kroner, e.g. 149,50"),
        "a price is needed": translate("Messages", "a price is needed"),
        "choose a category": translate("Messages", "choose a category"),
        "a name is needed": translate("Messages", "a name is needed"),
        f"at most {MAX_NAME} characters": translate("Messages", "the name is too long"),
        "not a weight in kilograms": translate("Messages", "type the weight in kg, e.g. 1,5"),
        "heavier than ten tonnes": translate("Messages", "that is heavier than ten tonnes"),
        "needed for goods bought from a private person": translate(
            "Messages", "type what we paid the private seller (needed for the margin scheme)"
        ),
        "between 0 and ten million kroner": translate(
            "Messages", "must be between 0 and 10 000 000 kroner"
        ),
        "not a valid EAN/UPC number (check digit)": translate(
            "Messages", "not a valid EAN/UPC number; check the digits"
        ),
        "an in-store number (prefix 2), not a manufacturer's": translate(
            "Messages", "that is an in-store number (starts with 2); type the manufacturer's"
        ),
        "unique items get an in-store barcode": translate(
            "Messages", "one-off items get our own barcode; leave it empty"
        ),
        "outside 0 to a million": translate("Messages", "must be between 0 and 1 000 000"),
        "say why the item leaves the stock": translate(
            "Messages", "say why the item leaves the stock"
        ),
        "the change must not be zero": translate("Messages", "the change must not be zero"),
        "a percentage such as 10 %": translate("Messages", "type a percentage such as 10 %"),
        "between 0 and 100 %": translate("Messages", "must be above 0 and at most 100 %"),
        "an amount above zero": translate("Messages", "type an amount above zero"),
        "a whole number from 1 to 9999": translate(
            "Messages", "type a whole number from 1 to 9999"
        ),
        "a unique item is always one": translate("Messages", "a one-off item is always one"),
        "a receipt number or a scanned receipt code": translate(
            "Messages", "scan the receipt's barcode or type its number"
        ),
        "look up the voucher first": translate(
            "Messages", "press Enter in the code field to look the voucher up first"
        ),
        "between 0 and a million kroner": translate(
            "Messages", "must be between 0 and 1 000 000 kroner"
        ),
        "say why cash goes in or out of the drawer": translate(
            "Messages", "say why, for the day's report"
        ),
        "pick at least one line to return": translate(
            "Messages", "tick at least one line to return"
        ),
        CONTROL_CHARACTERS: translate(
            "Messages", "holds characters that cannot be typed (control characters); type it again"
        ),
        "more than a million kroner in change": translate(
            "Messages", "that would be more than 1 000 000 kroner in change; check the amount"
        ),
    }


def describe_invalid(error: InvalidInput) -> str:
    """ "Price: type an amount in kroner, e.g. 149,50" in the user's language."""
    reason = _reason_texts().get(error.reason)
    if reason is None and (longest := _AT_MOST.fullmatch(error.reason)):
        reason = translate("Messages", "at most {count} characters").format(count=longest[1])
    if reason is None:
        reason = error.reason
    return translate("Messages", "{field}: {reason}").format(
        field=field_text(error.field), reason=reason
    )
