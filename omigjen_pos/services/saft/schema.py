"""Checking a SAF-T Cash Register file before anyone gets it.

Two checks in one streaming pass (``lxml.etree.iterparse``, so a year's file is
never held in memory whole):

1. Skatteetaten's XSD (schema v1.00, the copy shipped in ``resources/saft/``).
2. The references the XSD means to check but cannot: its ``xsd:key`` and
   ``xsd:keyref`` selectors are written without a namespace prefix
   (``./company/employees/employee``) while every element of the file is in the
   namespace ``urn:StandardAuditFile-Taxation-CashRegister:NO``. In XSD 1.0 an
   unprefixed name in a selector means "no namespace", so the selectors match
   nothing and no validator (libxml2, xmlschema) ever reports a broken
   reference. We check them ourselves: IDs of employees, basics, articles and
   reports are unique, and every empID, event type, transaction type, line
   type, payment type, discount type, article group and article a transaction
   or event names is defined in the master data, which comes first in the file.
"""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files
from pathlib import Path

from lxml import etree

from omigjen_pos.domain.errors import OmigjenError

NAMESPACE = "urn:StandardAuditFile-Taxation-CashRegister:NO"
XSD_NAME = "Norwegian_SAF-T_Cash_Register_Schema_v_1.00.xsd"

_NS = "{" + NAMESPACE + "}"
_NS_IN_TEXT = re.compile(r"\{" + re.escape(NAMESPACE) + r"\}")
# Elements that are freed once read: the repeated ones of the master data and
# of each cash register, so memory stays flat however long the file is.
_FREED = frozenset(
    _NS + tag
    for tag in ("employee", "article", "basic", "event", "cashtransaction", "vatCodeDetail")
)


class SaftInvalid(OmigjenError):
    """A SAF-T file failed the schema or a reference check; ``problem`` is the first."""

    def __init__(self, file_name: str, problem: str) -> None:
        super().__init__(f"SAF-T file {file_name} is not valid: {problem}")
        self.file_name = file_name
        self.problem = problem


@cache
def saft_schema() -> etree.XMLSchema:
    """Skatteetaten's XSD, from the copy shipped with the package."""
    source = (files("omigjen_pos.resources") / "saft" / XSD_NAME).read_bytes()
    return etree.XMLSchema(etree.fromstring(source))


def validate_saft(path: Path | str, file_name: str | None = None) -> None:
    """Raise SaftInvalid with the first problem unless the file at ``path`` is
    valid against the XSD and its references all resolve."""
    path = Path(path)
    name = file_name or path.name
    references = _References()
    try:
        for _, element in etree.iterparse(
            str(path), events=("end",), tag=_SEEN, schema=saft_schema(), huge_tree=True
        ):
            references.see(element)
            if element.tag in _FREED:
                element.clear(keep_tail=True)
                while element.getprevious() is not None:
                    del element.getparent()[0]
    except etree.XMLSyntaxError as exc:
        if references.problem:  # found earlier in the file than this one
            raise SaftInvalid(name, references.problem) from None
        # libxml2 reads on past a schema error before lxml raises it, so where the
        # reading had got to says nothing about where the error is: not told.
        problem = _NS_IN_TEXT.sub("", str(exc)).removesuffix(" (<string>, line 0)")
        raise SaftInvalid(name, problem) from None
    except OSError as exc:
        raise SaftInvalid(name, exc.strerror or str(exc)) from None
    if references.problem:
        raise SaftInvalid(name, references.problem)


# (leaf, parent) -> the key it defines
_DEFINES: dict[tuple[str, str], str] = {
    ("empID", "employee"): "employee",
    ("basicID", "basic"): "basic",
    ("artID", "article"): "article",
    ("reportID", "eventReport"): "report",
}
# (leaf, parent) -> the key it must name
_NAMES: dict[tuple[str, str], str] = {
    ("empID", "event"): "employee",
    ("empID", "cashtransaction"): "employee",
    ("empID", "ctLine"): "employee",
    ("empID", "payment"): "employee",
    ("empID", "discount"): "employee",
    ("empID", "reportEmpArtGroup"): "employee",
    ("empID", "reportEmpPayment"): "employee",
    ("empID", "reportEmpOpeningChangeFloat"): "employee",
    ("eventType", "event"): "basic",
    ("transType", "cashtransaction"): "basic",
    ("lineType", "ctLine"): "basic",
    ("artGroupID", "ctLine"): "basic",
    ("paymentType", "payment"): "basic",
    ("dscTp", "discount"): "basic",
    ("artID", "ctLine"): "article",
}


# The elements Python needs to see (libxml2 parses and validates them all).
_SEEN = sorted(
    _FREED | {_NS + leaf for leaf, _ in (*_DEFINES, *_NAMES)} | {_NS + "eventID", _NS + "transID"}
)


def _local(tag: object) -> str:
    return tag[len(_NS) :] if isinstance(tag, str) and tag.startswith(_NS) else str(tag)


class _References:
    """The key/keyref checks of the XSD, done on leaf elements as they end (their
    parent and earlier siblings are still there to say where they are)."""

    def __init__(self) -> None:
        self._keys: dict[str, set[str]] = {
            key: set() for key in ("employee", "basic", "article", "report")
        }
        self.problem = ""
        self._last = ""  # the last event or transaction read, to say where a problem is

    def see(self, element) -> None:
        parent = element.getparent()
        if self.problem or parent is None:
            return
        tag = _local(element.tag)
        pair = (tag, _local(parent.tag))
        value = (element.text or "").strip()
        if pair in (("eventID", "event"), ("transID", "cashtransaction")):
            self._last = f"{pair[1]} {value}"
        elif pair in _DEFINES:
            keys = self._keys[_DEFINES[pair]]
            if value in keys:
                self.problem = f"{pair[1]} {tag} {value!r} appears twice"
            keys.add(value)
        elif pair in _NAMES and value not in self._keys[_NAMES[pair]]:
            where = f" ({self._last})" if self._last else ""
            self.problem = (
                f"{pair[1]} {tag} {value!r} is not defined among the "
                f"{_NAMES[pair]}s of the file{where}"
            )
