"""What the set-up wizard says: the answer of a connection check, and the errors
of the set-up, in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from omigjen_pos.domain.errors import CentreExists, InvalidInput
from omigjen_pos.domain.orgnr import format_orgnr, is_valid_orgnr
from omigjen_pos.services.store_connection import CheckOutcome, ConnectionCheck
from omigjen_pos.ui.messages import describe_error

translate = QCoreApplication.translate


def describe_check(check: ConnectionCheck) -> str:
    """One or two sentences: what the store holds, or what to fix to reach it."""
    values = {
        "server": check.server,
        "host": check.host,
        "port": check.port,
        "user": check.user,
        "database": check.database,
        "detail": check.detail,
        "revision": check.revision,
        "head": check.head,
        "name": check.centre_name,
    }
    return _check_text(check).format(**values)


def _check_text(check: ConnectionCheck) -> str:
    outcome = check.outcome
    if outcome is CheckOutcome.EMPTY and not check.host:
        return translate("SetupTexts", "A new store file will be made: {server}.")
    if outcome is CheckOutcome.EMPTY:
        return translate(
            "SetupTexts", "Connected. The database is empty: the set-up will create the tables."
        )
    if outcome is CheckOutcome.NO_CENTRE and check.needs_upgrade:
        return translate(
            "SetupTexts",
            "Connected. The database has the tables of an older Omigjen POS (version "
            "{revision}) and no centre yet; they will be upgraded to version {head}.",
        )
    if outcome is CheckOutcome.NO_CENTRE:
        return translate(
            "SetupTexts", "Connected. The database has the Omigjen POS tables and no centre yet."
        )
    if outcome is CheckOutcome.HAS_CENTRE:
        return translate(
            "SetupTexts",
            "Connected. The database already holds the centre «{name}»: go on to log in.",
        )
    return _problem_texts(check).get(outcome) or translate(
        "SetupTexts", "Could not use the database at {server}: {detail}"
    )


def _problem_texts(check: ConnectionCheck) -> dict[CheckOutcome, str]:
    missing = (
        translate(
            "SetupTexts",
            "The server has no database «{database}». You may create it: press Create database.",
        )
        if check.can_create_database
        else translate(
            "SetupTexts",
            "The server has no database «{database}», and {user} may not create one. "
            "Correct the name, or ask the server's administrator to create it.",
        )
    )
    return {
        CheckOutcome.TOO_NEW: translate(
            "SetupTexts",
            "The database was set up by a newer Omigjen POS (version {revision}). "
            "Install that version on this machine.",
        ),
        CheckOutcome.FOREIGN_TABLES: translate(
            "SetupTexts",
            "The database holds other tables ({detail}) that are not Omigjen POS's. "
            "Choose an empty database.",
        ),
        CheckOutcome.HOST_NOT_FOUND: translate(
            "SetupTexts", "No server is known by the name «{host}». Check the host name."
        ),
        CheckOutcome.CONNECTION_REFUSED: translate(
            "SetupTexts",
            "Nothing answers at {host}, port {port}. Check the host and the port, and that "
            "PostgreSQL is running there.",
        ),
        CheckOutcome.NO_ANSWER: translate(
            "SetupTexts",
            "{host} did not answer in time. Check the address, the network and any firewall.",
        ),
        CheckOutcome.PASSWORD_NEEDED: translate(
            "SetupTexts", "The server asks for the password of {user}. Type the password."
        ),
        CheckOutcome.PASSWORD_REFUSED: translate(
            "SetupTexts",
            "The server refused the password of {user}. Check the user name and the password.",
        ),
        CheckOutcome.USER_UNKNOWN: translate(
            "SetupTexts", "The server has no user «{user}». Check the user name."
        ),
        CheckOutcome.NOT_ALLOWED_FROM_HERE: translate(
            "SetupTexts",
            "The server does not accept {user} from this machine (pg_hba.conf). Ask the "
            "server's administrator to allow it.",
        ),
        CheckOutcome.DATABASE_MISSING: missing,
        CheckOutcome.PERMISSION_DENIED: translate(
            "SetupTexts",
            "{user} may not use the database «{database}» ({detail}). Ask the server's "
            "administrator for access.",
        ),
        CheckOutcome.CANNOT_CREATE_TABLES: translate(
            "SetupTexts",
            "{user} may connect but not create tables in «{database}» ({detail}). Ask the "
            "server's administrator to make {user} the owner of the database.",
        ),
        CheckOutcome.EXTENSION_MISSING: translate(
            "SetupTexts",
            "The server lacks the pg_trgm extension that item search needs. Ask the "
            "administrator to install PostgreSQL's contrib package.",
        ),
        CheckOutcome.FILE_NOT_WRITABLE: translate(
            "SetupTexts", "Cannot write in {detail}. Choose a folder you may write to."
        ),
        CheckOutcome.NOT_A_DATABASE: translate(
            "SetupTexts", "{server} is not a store file ({detail}). Choose another file name."
        ),
    }


def org_number_message(text: str) -> tuple[str, bool]:
    """(message, valid) for what is typed in an org. number field, as it is typed:
    nothing until nine digits are there, then whether the check digit fits."""
    digits = text.replace(" ", "")
    if not digits:
        return "", False
    if not digits.isdigit() or len(digits) > 9:
        return translate("SetupTexts", "An org. number is nine digits."), False
    if len(digits) < 9:
        return "", False
    if is_valid_orgnr(digits):
        return translate("SetupTexts", "✓ {number} is a valid org. number.").format(
            number=format_orgnr(digits)
        ), True
    return translate(
        "SetupTexts",
        "{number} is not a valid org. number: the check digit (mod 11) does not fit. "
        "Check the digits.",
    ).format(number=format_orgnr(digits)), False


def describe_setup_error(error: Exception) -> str:
    if isinstance(error, CentreExists):
        return translate(
            "SetupTexts",
            "This database already holds the centre «{name}». Choose another database or "
            "file for a new centre.",
        ).format(name=error.centre_name)
    if isinstance(error, InvalidInput) and error.field in _field_names():
        reason = _reason_names().get(error.reason, error.reason)
        return translate("SetupTexts", "{field}: {reason}").format(
            field=_field_names()[error.field], reason=reason
        )
    return describe_error(error)


def _field_names() -> dict[str, str]:
    return {
        "centre_name": translate("SetupTexts", "Centre name"),
        "address": translate("SetupTexts", "Address"),
        "postal_code": translate("SetupTexts", "Postal code"),
        "city": translate("SetupTexts", "City"),
        "shops": translate("SetupTexts", "Shops"),
        "shop_code": translate("SetupTexts", "Shop code"),
        "shop_name": translate("SetupTexts", "Shop name"),
        "org_number": translate("SetupTexts", "Org. number"),
        "tills": translate("SetupTexts", "Tills"),
        "categories": translate("SetupTexts", "Categories"),
        "manager_name": translate("SetupTexts", "Manager's name"),
        "user_number": translate("SetupTexts", "User number"),
    }


def _reason_names() -> dict[str, str]:
    return {
        "a name is needed": translate("SetupTexts", "a name is needed"),
        "2 to 12 letters A-Z or digits": translate("SetupTexts", "2 to 12 letters A-Z or digits"),
        "not a Norwegian organisation number": translate(
            "SetupTexts", "not a valid Norwegian organisation number (nine digits, mod 11)"
        ),
        "two shops have the same code": translate("SetupTexts", "two shops have the same code"),
        "choose at least one category": translate("SetupTexts", "choose at least one category"),
        "from 1 to 999999": translate("SetupTexts", "a number from 1 to 999999"),
    }
