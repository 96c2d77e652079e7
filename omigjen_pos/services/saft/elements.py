"""Small pieces of the SAF-T XML: values as the schema wants them, and elements.

Elements are made without a namespace on purpose. The writer opens the root
``auditfile`` with the SAF-T namespace as the default namespace and writes these
elements inside it as they are, so in the file they are in that namespace
(XML's default-namespace inheritance) without each repeating the declaration,
as lxml would do for an element built in the namespace on its own. The file is
validated against the XSD before it is handed out, which proves it.
"""

from __future__ import annotations

import re
from datetime import datetime

from lxml import etree

from omigjen_pos.domain.business_day import OSLO

# Characters XML 1.0 cannot carry (control characters other than tab and newlines).
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def text(value: object, limit: int | None = None) -> str:
    """``value`` as element text: characters XML cannot carry dropped, at most
    ``limit`` characters (the schema's String100, String50, ...)."""
    cleaned = _NOT_XML.sub("", str(value)).strip()
    return cleaned[:limit] if limit is not None else cleaned


def kr(amount_ore: int) -> str:
    """Øre as kroner with two decimals and a dot: ``-0.40``, ``1234.50``."""
    sign = "-" if amount_ore < 0 else ""
    whole, ore = divmod(abs(int(amount_ore)), 100)
    return f"{sign}{whole}.{ore:02d}"


def percent(rate_bp: int) -> str:
    """Basis points as a percentage with two decimals: 2500 -> ``25.00``."""
    whole, hundredths = divmod(int(rate_bp), 100)
    return f"{whole}.{hundredths:02d}"


def debit_credit(amount_ore: int) -> str:
    """C (credit) for a sale's amounts, D (debit) for a return's negative ones."""
    return "D" if amount_ore < 0 else "C"


def local(moment: datetime) -> datetime:
    return moment.astimezone(OSLO)


def date_of(moment: datetime) -> str:
    return local(moment).strftime("%Y-%m-%d")


def time_of(moment: datetime) -> str:
    return local(moment).strftime("%H:%M:%S")


def new(tag: str, value: object | None = None) -> etree._Element:
    element = etree.Element(tag)
    if value is not None:
        element.text = value if isinstance(value, str) else str(value)
    return element


def sub(parent: etree._Element, tag: str, value: object | None = None) -> etree._Element:
    element = etree.SubElement(parent, tag)
    if value is not None:
        element.text = value if isinstance(value, str) else str(value)
    return element


def subs(parent: etree._Element, *pairs: tuple[str, object | None]) -> etree._Element:
    """Children in schema order; a pair whose value is None is left out."""
    for tag, value in pairs:
        if value is not None:
            sub(parent, tag, value)
    return parent
