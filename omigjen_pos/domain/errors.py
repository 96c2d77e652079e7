"""Errors the rules and services raise.

Each error carries structured fields, not finished sentences: the GUI turns them
into translated text (ui/messages.py), the command line into one English line.
"""

from __future__ import annotations

_SHOWN_CHARACTERS = 60


def quote_value(value: object) -> str:
    """``value`` quoted for a one-line message: control characters escaped by
    ``repr``, and cut short in the middle when long (a pasted page must not become
    the message; a long path keeps its start and the file name at its end)."""
    text = repr(value)
    if len(text) <= _SHOWN_CHARACTERS:
        return text
    head = (_SHOWN_CHARACTERS - 3) // 2
    return text[:head] + "..." + text[-(_SHOWN_CHARACTERS - 3 - head) :]


class OmigjenError(Exception):
    """Base for every error a user can cause and fix."""


class InvalidInput(OmigjenError):
    """A value typed by a user cannot be understood."""

    def __init__(self, field: str, value: str, reason: str) -> None:
        super().__init__(f"{field}: {quote_value(value)} ({reason})")
        self.field = field
        self.value = value
        self.reason = reason


class NotFound(OmigjenError):
    def __init__(self, what: str, key: object) -> None:
        super().__init__(f"{what} {quote_value(key)} not found")
        self.what = what
        self.key = key


class PermissionDenied(OmigjenError):
    def __init__(self, user_name: str, action: str, shop_code: str | None = None) -> None:
        where = f" in {shop_code}" if shop_code else ""
        super().__init__(f"{user_name} may not {action}{where}")
        self.user_name = user_name
        self.action = action
        self.shop_code = shop_code


class WrongPin(OmigjenError):
    def __init__(self, attempts_left: int) -> None:
        super().__init__(f"wrong PIN, {attempts_left} attempts left before the user is locked")
        self.attempts_left = attempts_left


class UserLocked(OmigjenError):
    def __init__(self, user_name: str) -> None:
        super().__init__(f"{user_name} is locked after too many wrong PINs; a manager must unlock")
        self.user_name = user_name


class StoreUnavailable(OmigjenError):
    """The database cannot be reached or opened. ``server`` names it for the user."""

    def __init__(self, server: str, reason: str, hint: str) -> None:
        super().__init__(f"cannot open the store at {server}: {reason}. {hint}")
        self.server = server
        self.reason = reason
        self.hint = hint


class StoreTooNew(OmigjenError):
    """The database was upgraded by a newer Omigjen POS than this one."""

    def __init__(self, revision: str) -> None:
        super().__init__(
            f"the store has schema revision {revision}, which this version of Omigjen POS "
            "does not know; install the newer version that upgraded it"
        )
        self.revision = revision


class InvalidState(OmigjenError):
    """The thing exists but is in a state that forbids the request (a sold item edited)."""

    def __init__(self, what: str, key: object, state: str, action: str) -> None:
        super().__init__(f"{what} {key} is {state} and cannot be {action}")
        self.what = what
        self.key = key
        self.state = state
        self.action = action


class ItemUnavailable(OmigjenError):
    """A scanned item cannot go into the basket; ``reason`` says why and the
    other fields say where and when it went, for the cashier's message."""

    def __init__(
        self,
        barcode: str,
        reason: str,
        *,
        receipt_number: int | None = None,
        till_code: str | None = None,
        when: object = None,
        shop_code: str | None = None,
    ) -> None:
        plain = barcode.isprintable() and len(barcode) <= _SHOWN_CHARACTERS
        super().__init__(f"item {barcode if plain else quote_value(barcode)} unavailable: {reason}")
        self.barcode = barcode
        # "unknown", "sold", "reserved", "already_in_basket", "other_shop", "out_of_stock",
        # "not_held", or the item's status ("disposed", "recycled", "returned", ...)
        self.reason = reason
        self.receipt_number = receipt_number
        self.till_code = till_code
        self.when = when
        self.shop_code = shop_code


class PaymentMismatch(OmigjenError):
    """The payments do not settle the total."""

    def __init__(self, due_ore: int, paid_ore: int) -> None:
        super().__init__(f"payments of {paid_ore} øre do not settle {due_ore} øre")
        self.due_ore = due_ore
        self.paid_ore = paid_ore


class ApprovalNeeded(OmigjenError):
    """A price cut beyond what the shop lets a cashier give alone: a manager's PIN
    is needed on the spot. ``limit_bp`` is the shop's limit, ``cut_bp`` the cut asked."""

    def __init__(self, limit_bp: int, cut_bp: int) -> None:
        super().__init__(
            f"a price cut of {cut_bp / 100:.1f} % is beyond the cashier's limit of "
            f"{limit_bp / 100:.1f} %: a manager must approve it"
        )
        self.limit_bp = limit_bp
        self.cut_bp = cut_bp


class PrinterError(OmigjenError):
    """A receipt printer could not take a print job. ``printer`` names it as the
    settings do ("10.0.0.5:9100", "/dev/usb/lp0"); ``reason`` is one of
    "unreachable", "refused", "timeout", "reset", "not_found", "busy",
    "permission" or "io"; ``detail`` is the system's own words, for the log."""

    def __init__(self, printer: str, reason: str, detail: str = "") -> None:
        super().__init__(f"printer {printer}: {reason}" + (f" ({detail})" if detail else ""))
        self.printer = printer
        self.reason = reason
        self.detail = detail


class CentreExists(OmigjenError):
    """Set-up of a new centre in a store that already holds one."""

    def __init__(self, centre_name: str) -> None:
        super().__init__(f"the store already holds the centre {centre_name!r}")
        self.centre_name = centre_name
