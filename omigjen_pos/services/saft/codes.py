"""The codes a SAF-T Cash Register file uses, and Skatteetaten's lists they map to.

Every code the file uses for an event, a transaction type, a payment method, an
article group, a line type or a discount is one ``basic`` in the file's master
data: our own ID, the basic type (``BasicType`` code list: 04 article groups,
05 line types, 08 discounts, 11 transaction types, 12 payment codes, 13 events)
and, where Skatteetaten has a list for the type, the predefined code from it
(``PredefinedBasicID-04/11/12/13``). The official lists ship in
``resources/saft/`` and are read from there, so a code we map to that is not
on the list fails at once instead of ending up in a file.
"""

from __future__ import annotations

import csv
from collections.abc import Hashable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from omigjen_pos.domain.journal_events import EventType
from omigjen_pos.domain.payment_names import payment_name
from omigjen_pos.domain.roles import Role

# Files in resources/saft/ and their encodings (see its SOURCE.md).
_PREDEFINED_LISTS = {
    "04": ("PredefinedBasicID-04.csv", "latin-1"),
    "11": ("PredefinedBasicID-11.csv", "latin-1"),
    "12": ("PredefinedBasicID-12.csv", "latin-1"),
    "13": ("PredefinedBasicID-13.csv", "utf-8"),
}
_TAX_CODES = ("Standard_Tax_Codes.csv", "utf-8")

ARTICLE_GROUP, LINE_TYPE, DISCOUNT_TYPE = "04", "05", "08"
TRANSACTION_TYPE, PAYMENT_TYPE, EVENT_TYPE = "11", "12", "13"

OTHER_ARTICLE_GROUP = "04999"  # "Other": the group of an X/Z report without sales

# Our transaction kinds (sale or return, real or training) as basic type 11.
# A training transaction is no turnover, so it is not called a cash sale: it
# gets "Other" (11999) and the file marks it trainingID=true as well.
TRANSACTION_TYPES: dict[str, tuple[str, str, str]] = {
    "sale": ("CASHSALE", "11001", "Kontantsalg"),
    "return": ("RETURNSALE", "11006", "Retur: utbetaling til kunde ved vareretur"),
    "training_sale": ("TRAININGSALE", "11999", "Treningssalg i treningsmodus (ikke omsetning)"),
    "training_return": (
        "TRAININGRETURN",
        "11999",
        "Treningsretur i treningsmodus (ikke omsetning)",
    ),
}
# Line types (basic type 05; Skatteetaten has no predefined list for them).
LINE_TYPES: dict[str, tuple[str, str]] = {
    "sale": ("SAL", "Salgslinje"),
    "return": ("RET", "Returlinje: en tidligere solgt linje tatt i retur"),
}
# A discount on a line (basic type 08): the line's own discount and its share of
# a discount on the whole basket, which the sale line records as one amount.
LINE_DISCOUNT = ("LINEDISCOUNT", "Rabatt på linjen (linjerabatt og linjens del av handlerabatt)")

# Every journal event kind, in Norwegian; the predefined code is the one the
# journal stored with the entry (domain/journal_events.py).
EVENT_NAMES: dict[EventType, str] = {
    EventType.APP_START: "Oppstart av kassaprogrammet",
    EventType.APP_STOP: "Avslutning av kassaprogrammet",
    EventType.LOGIN: "Pålogging",
    EventType.LOGOUT: "Avlogging",
    EventType.LOGIN_FAILED: "Feil PIN ved pålogging",
    EventType.USER_LOCKED: "Bruker sperret etter for mange feil PIN",
    EventType.USER_UNLOCKED: "Sperret bruker låst opp",
    EventType.DRAWER_OPEN: "Kasseskuff åpnet uten salg",
    EventType.SOFTWARE_UPDATE: "Oppdatering av programvare",
    EventType.X_REPORT: "X-rapport",
    EventType.Z_REPORT: "Z-rapport",
    EventType.PARK: "Parkering av handel",
    EventType.RESUME: "Tilbakehenting av parkert handel",
    EventType.SALES_RECEIPT: "Salgskvittering produsert",
    EventType.RETURN_RECEIPT: "Returkvittering produsert",
    EventType.COPY_RECEIPT: "Kopi av kvittering",
    EventType.PROVISIONAL_RECEIPT: "Foreløpig kvittering",
    EventType.DELIVERY_RECEIPT: "Utleveringskvittering",
    EventType.TRAINING_RECEIPT: "Treningskvittering",
    EventType.PAY_OUT: "Uttak av kontanter fra kassen",
    EventType.PAY_IN: "Innskudd av kontanter i kassen",
    EventType.OPENING_FLOAT: "Vekselkasse talt ved dagens første pålogging",
    EventType.JOURNAL_EXPORT: "Eksport av journalen (SAF-T)",
    EventType.PRICE_CHANGE: "Prisendring",
    EventType.PRICE_LOOKUP: "Prisoppslag",
    EventType.TRAINING_ON: "Treningsmodus på",
    EventType.TRAINING_OFF: "Treningsmodus av",
    EventType.VOID: "Annullert handel (kurv forkastet før betaling)",
    EventType.ITEM_REGISTERED: "Vare registrert",
    EventType.SALE_COMPLETED: "Salg fullført (transaksjonen)",
    EventType.RETURN_COMPLETED: "Retur fullført (transaksjonen)",
    EventType.LINE_CORRECTION: "Linjekorreksjon (linje fjernet eller antall redusert)",
    EventType.PRICE_OVERRIDE: "Pris overstyrt i kassen",
    EventType.DISCOUNT: "Rabatt gitt i kassen",
    EventType.REPORT_COPY: "Kopi av Z-rapport",
    EventType.MASTER_DATA_CHANGE: "Endring av grunndata",
}

ROLE_NAMES: dict[Role, tuple[str, str]] = {
    Role.MANAGER: ("Manager", "Butikksjef"),
    Role.CASHIER: ("Cashier", "Kasserer"),
    Role.REPAIRER: ("Repairer", "Reparatør: registrerer varer"),
}
CENTRE_ADMIN_ROLE = ("CentreAdmin", "Senterleder: administrerer alle butikkene")


def _read_list(name: str, encoding: str) -> dict[str, str]:
    text = (files("omigjen_pos.resources") / "saft" / name).read_text(encoding=encoding)
    rows = list(csv.reader(text.splitlines(), delimiter=";"))
    return {row[0].strip(): row[-1].strip() for row in rows[1:] if row and row[0].strip()}


@cache
def predefined_codes(basic_type: str) -> dict[str, str]:
    """Skatteetaten's predefined codes of ``basic_type`` ("04", "11", "12", "13")
    with their Norwegian descriptions."""
    return _read_list(*_PREDEFINED_LISTS[basic_type])


@cache
def standard_tax_codes() -> frozenset[str]:
    return frozenset(_read_list(*_TAX_CODES))


@dataclass(frozen=True)
class Basic:
    basic_type: str
    basic_id: str
    predefined: str | None
    description: str


class Basics:
    """The file's basics: one per thing that has a code, each with an ID that is
    unique in the file (the XSD keys basics by ``basicID`` alone). Things are
    added by a key of our own; asking again for a key gives the same ID."""

    def __init__(self) -> None:
        self._by_key: dict[Hashable, str] = {}
        self._by_id: dict[str, Basic] = {}

    def add(
        self,
        key: Hashable,
        basic_type: str,
        wanted_id: str,
        predefined: str | None,
        description: str,
    ) -> str:
        if key in self._by_key:
            return self._by_key[key]
        if predefined is not None and predefined not in predefined_codes(basic_type):
            raise ValueError(f"{predefined} is not in Skatteetaten's list {basic_type}")
        basic_id, serial = wanted_id[:35], 1
        while basic_id in self._by_id:  # e.g. a category whose code is an event's ID
            serial += 1
            suffix = f"-{serial}"
            basic_id = wanted_id[: 35 - len(suffix)] + suffix
        self._by_key[key] = basic_id
        self._by_id[basic_id] = Basic(basic_type, basic_id, predefined, description[:999])
        return basic_id

    def id(self, key: Hashable) -> str:
        return self._by_key[key]

    def get(self, key: Hashable) -> str | None:
        return self._by_key.get(key)

    def __iter__(self) -> Iterator[Basic]:
        return iter(sorted(self._by_id.values(), key=lambda b: (b.basic_type, b.basic_id)))

    def __len__(self) -> int:
        return len(self._by_id)


def add_event(basics: Basics, event: EventType, code: str) -> str:
    return basics.add(
        ("event", event, code),
        EVENT_TYPE,
        event.value.upper(),
        code,
        EVENT_NAMES.get(event, event.value),
    )


def add_payment(basics: Basics, method: str, code: str) -> str:
    return basics.add(
        ("payment", method, code), PAYMENT_TYPE, method.upper(), code, payment_name(method)
    )


def add_transaction_types(basics: Basics) -> None:
    for kind, (basic_id, code, text) in TRANSACTION_TYPES.items():
        basics.add(("transaction", kind), TRANSACTION_TYPE, basic_id, code, text)
    for kind, (basic_id, text) in LINE_TYPES.items():
        basics.add(("line", kind), LINE_TYPE, basic_id, None, text)
    basics.add(("discount",), DISCOUNT_TYPE, LINE_DISCOUNT[0], None, LINE_DISCOUNT[1])


def transaction_kind(is_return: bool, training: bool) -> str:
    return ("training_" if training else "") + ("return" if is_return else "sale")
