"""The categories a new reuse centre starts with, and the VAT and SAF-T group each
carries by default (N23): the same ten the demo centre uses.

Used goods, donated or bought, are sold at the standard rate (code 3, 25 %);
books are zero-rated in Norway (merverdiavgiftsloven § 6-4, second-hand books
too: code 5). Repairs are services at the standard rate: Norway has no reduced
rate for repairing bicycles, shoes or clothes. Repair services go in SAF-T
article group 04999 ("Other"), goods in 04003 ("Sale of goods").
"""

from __future__ import annotations

from dataclasses import dataclass

from omigjen_pos.domain.vat import EXEMPT, HIGH

GOODS_ARTICLE_GROUP = "04003"  # SAF-T "Sale of goods"
OTHER_ARTICLE_GROUP = "04999"  # SAF-T "Other": repair services


@dataclass(frozen=True)
class DefaultCategory:
    code: str  # centre-wide, e.g. "MOBLER"
    name_nb: str
    name_en: str
    vat_code: str  # standard VAT code
    article_group: str  # SAF-T PredefinedBasicID-04


def _goods(code: str, name_nb: str, name_en: str, vat_code: str = HIGH.standard_code):
    return DefaultCategory(code, name_nb, name_en, vat_code, GOODS_ARTICLE_GROUP)


DEFAULT_CATEGORIES: tuple[DefaultCategory, ...] = (
    _goods("MOBLER", "Møbler", "Furniture"),
    _goods("KLAR", "Klær", "Clothes"),
    _goods("BOKER", "Bøker", "Books", EXEMPT.standard_code),
    _goods("ELEKTRO", "Elektronikk", "Electronics"),
    _goods("KJOKKEN", "Kjøkken", "Kitchen"),
    _goods("SPORT", "Sport og fritid", "Sports and leisure"),
    _goods("LEKER", "Leker", "Toys"),
    _goods("VERKTOY", "Verktøy", "Tools"),
    _goods("SYKLER", "Sykler", "Bicycles"),
    DefaultCategory(
        "REPARASJON", "Reparasjon", "Repair services", HIGH.standard_code, OTHER_ARTICLE_GROUP
    ),
)


def default_category(code: str) -> DefaultCategory:
    for category in DEFAULT_CATEGORIES:
        if category.code == code:
            return category
    raise KeyError(code)
