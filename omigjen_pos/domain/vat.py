"""VAT codes the centre uses, keyed by Skatteetaten's standard tax codes (N23).

Rates are in basis points (2500 = 25 %) so they stay integers. The calculation
rules (per line, margin scheme, rounding) join this module with the checkout.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class VatCode:
    standard_code: str  # Skatteetaten's standard tax code (SAF-T "StandardTaxCode")
    rate_bp: int  # basis points: 2500 = 25 %
    description_nb: str
    description_en: str


HIGH = VatCode("3", 2500, "Utgående mva, alminnelig sats", "Output VAT, standard rate")
MEDIUM = VatCode("31", 1500, "Utgående mva, middels sats", "Output VAT, reduced rate, middle")
LOW = VatCode("33", 1200, "Utgående mva, lav sats", "Output VAT, reduced rate, low")
EXEMPT = VatCode("5", 0, "Fritatt for mva (nullsats)", "No output VAT (zero rate)")
OUTSIDE = VatCode("6", 0, "Utenfor mva-loven", "Outside the scope of the VAT act")

STANDARD_VAT_CODES: tuple[VatCode, ...] = (HIGH, MEDIUM, LOW, EXEMPT, OUTSIDE)


def vat_code(standard_code: str) -> VatCode:
    for code in STANDARD_VAT_CODES:
        if code.standard_code == standard_code:
            return code
    raise KeyError(standard_code)
