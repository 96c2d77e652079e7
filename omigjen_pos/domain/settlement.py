"""Settling a total with one or more payments: cash, card, Vipps, split.

Card and mobile payments are exact; only the cash part is rounded to whole
kroner (N26, ``pricing.cash_rounding_ore``), and the rounding is returned on its
own so the sale can record it. No cash-back: non-cash payments may not exceed
the total. A reference longer than the store keeps, or more than a million
kroner in change, is a typing slip and refused.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from omigjen_pos.domain.errors import InvalidInput, PaymentMismatch
from omigjen_pos.domain.pricing import cash_rounding_ore
from omigjen_pos.domain.text import check_text

CASH = "cash"
MAX_REFERENCE = 64  # payment.reference
MAX_CHANGE_ORE = 1_000_000_00  # a million kroner back: a typing slip, not a payment


@dataclass(frozen=True)
class Tender:
    method: str  # "cash", "card", "vipps", ...
    amount_ore: int | None = None  # non-cash: the amount charged; cash: ignored (the rest)
    tendered_ore: int | None = None  # cash handed over; None = exactly what is due
    reference: str = ""  # card terminal or Vipps reference


@dataclass(frozen=True)
class SettledPayment:
    method: str
    amount_ore: int  # what this payment settles (cash: after rounding)
    tendered_ore: int | None
    change_ore: int
    reference: str


@dataclass(frozen=True)
class Settlement:
    payments: tuple[SettledPayment, ...]
    rounding_ore: int  # added to the total by cash rounding (may be negative)
    change_ore: int

    @property
    def paid_ore(self) -> int:
        return sum(p.amount_ore for p in self.payments)


def settle(total_ore: int, tenders: Sequence[Tender]) -> Settlement:
    """Split ``total_ore`` over the tenders; raises PaymentMismatch if they fall short."""
    if total_ore < 0:
        raise ValueError("settle takes a sale total; refunds are settled by the return")
    cash = [t for t in tenders if t.method == CASH]
    other = [t for t in tenders if t.method != CASH]
    if len(cash) > 1:
        raise InvalidInput("payment", "cash", "one cash payment per sale")
    for tender in other:
        if tender.amount_ore is None or tender.amount_ore <= 0:
            raise InvalidInput("payment", tender.method, "a card or Vipps amount above zero")
        check_text("reference", tender.reference, MAX_REFERENCE)
    other_sum = sum(t.amount_ore or 0 for t in other)
    if other_sum > total_ore:
        raise PaymentMismatch(total_ore, other_sum)
    rest = total_ore - other_sum
    settled = [
        SettledPayment(t.method, t.amount_ore or 0, None, 0, t.reference.strip()) for t in other
    ]
    if rest == 0:
        return Settlement(tuple(settled), 0, 0)
    if not cash:
        raise PaymentMismatch(total_ore, other_sum)
    rounding = cash_rounding_ore(rest)
    due = rest + rounding
    tendered = cash[0].tendered_ore if cash[0].tendered_ore is not None else due
    if tendered < due:
        raise PaymentMismatch(due, tendered)
    if tendered - due > MAX_CHANGE_ORE:
        raise InvalidInput("cash", str(tendered), "more than a million kroner in change")
    settled.append(SettledPayment(CASH, due, tendered, tendered - due, ""))
    return Settlement(tuple(settled), rounding, tendered - due)
