"""One receipt, decided whole before any renderer sees it, and its plain text.

``ReceiptDocument`` holds every line a receipt prints, already in Norwegian
(the legal wording of N11-N15, N24-N26 does not change with the till's
language), amounts as øre. The renderers (plain text here, PDF and ESC/POS in
their own modules) only lay it out, so the screen preview, the paper, the PDF
and the tests all show the same receipt.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass

from omigjen_pos.domain.money import format_amount

NOT_A_RECEIPT = "IKKE KVITTERING FOR KJØP"


@dataclass(frozen=True)
class ReceiptLine:
    description: str
    quantity: int  # negative on a return
    unit_price_ore: int
    total_ore: int  # after discounts, VAT included
    discount_ore: int = 0
    margin_scheme: bool = False


@dataclass(frozen=True)
class VatLine:
    rate_bp: int
    base_ore: int  # what the VAT is computed on
    vat_ore: int


@dataclass(frozen=True)
class PaymentLine:
    label: str  # "Kontant", "Bankkort", "Vipps", "Tilgodelapp", ...
    amount_ore: int
    reference: str = ""


@dataclass(frozen=True)
class ReceiptDocument:
    title: str  # "Salgskvittering", "Returkvittering", "Elektronisk salgskvittering"
    shop_name: str
    org_line: str  # "Org.nr. 999 999 999 MVA" ("MVA" only when VAT-registered, N25)
    address_lines: tuple[str, ...]
    till_code: str
    receipt_number: int
    when: str  # local date and time, "27.11.2026 14:03"
    cashier: str
    lines: tuple[ReceiptLine, ...]
    vat_lines: tuple[VatLine, ...]
    total_ore: int  # before cash rounding
    rounding_ore: int
    payments: tuple[PaymentLine, ...]
    change_ore: int = 0
    marks: tuple[str, ...] = ()  # printed large: "KOPI", "IKKE KVITTERING FOR KJØP", ...
    notes: tuple[str, ...] = ()  # margin scheme, no VAT, original receipt of a return ...
    footer: tuple[str, ...] = ()
    barcode: str = ""  # the receipt's code for returns (domain/receipt_codes.py)
    discount_total_ore: int = 0
    copy: bool = False
    training: bool = False

    @property
    def paid_ore(self) -> int:
        return self.total_ore + self.rounding_ore


def rate_text(rate_bp: int) -> str:
    return f"{rate_bp / 100:g} %".replace(".", ",")


def kr(amount_ore: int) -> str:
    return format_amount(amount_ore)


def text_pair(left: str, right: str, width: int) -> str:
    """``left`` and ``right`` on one line of ``width``, the left cut with "…" if needed."""
    space = width - len(right) - 1
    if len(left) > space:
        left = left[: max(0, space - 1)] + "…"
    return f"{left:<{space}} {right}"


def _item(description: str, amount: str, width: int) -> list[str]:
    """A description never cut: wrapped, with the amount on its last line."""
    space = width - len(amount) - 1
    parts = textwrap.wrap(description, space) or [""]
    return [*parts[:-1], f"{parts[-1]:<{space}} {amount}"]


def receipt_text(receipt: ReceiptDocument, width: int = 48) -> str:
    """The receipt as monospaced text, ``width`` characters a line (48 on 80 mm
    paper, 32 on 58 mm): the on-screen preview, the ESC/POS body and what tests read."""
    rule = "-" * width
    out: list[str] = []
    for mark in receipt.marks:
        out.append(mark.center(width))
    out += [receipt.title.upper().center(width), ""]
    out += [receipt.shop_name.center(width), receipt.org_line.center(width)]
    out += [line.center(width) for line in receipt.address_lines]
    out += [
        "",
        text_pair(f"Kasse {receipt.till_code}", f"Kvittering {receipt.receipt_number}", width),
        receipt.when,
        f"Betjent av {receipt.cashier}",
        rule,
    ]
    for line in receipt.lines:
        out += _item(line.description, kr(line.total_ore), width)
        if abs(line.quantity) != 1 or line.discount_ore:
            out.append(f"  {line.quantity} x {kr(line.unit_price_ore)}")
        if line.discount_ore:
            out.append(f"  Rabatt {kr(line.discount_ore)}")
        if line.margin_scheme:
            out.append("  Bruktmoms (avanseordningen)")
    out.append(rule)
    if receipt.discount_total_ore:
        out.append(text_pair("Rabatt totalt", kr(receipt.discount_total_ore), width))
    out.append(text_pair("TOTALT", kr(receipt.total_ore), width))
    if receipt.rounding_ore:
        out.append(text_pair("Øreavrunding", kr(receipt.rounding_ore), width))
        out.append(
            text_pair(
                "Å BETALE" if receipt.paid_ore >= 0 else "TILBAKE", kr(receipt.paid_ore), width
            )
        )
    out.append("")
    for payment in receipt.payments:
        out.append(text_pair(payment.label, kr(payment.amount_ore), width))
        if payment.reference:
            out.append(f"  Ref. {payment.reference}")
    if receipt.change_ore:
        out.append(text_pair("Veksel", kr(receipt.change_ore), width))
    if receipt.vat_lines:
        out += ["", text_pair("Mva-sats      Grunnlag", "Mva", width)]
        for vat in receipt.vat_lines:
            out.append(
                text_pair(
                    f"{rate_text(vat.rate_bp):<8}{kr(vat.base_ore):>14}", kr(vat.vat_ore), width
                )
            )
    for note in receipt.notes:
        out += ["", *textwrap.wrap(note, width)]
    if receipt.footer:
        out.append("")
        for line in receipt.footer:
            out += [part.center(width) for part in textwrap.wrap(line, width)]
    for mark in receipt.marks:
        out.append(mark.center(width))
    return "\n".join(line.rstrip() for line in out).strip("\n") + "\n"
