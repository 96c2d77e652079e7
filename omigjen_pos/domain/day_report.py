"""What an X- or Z-report holds (N1-N8), as plain data that is stored whole.

Built by services/reports/day_report.py from the journal, printed by
printing/day_report_text.py, stored as JSON in ``z_report.content_json`` and
in the journal entry that records the report (N17).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field


@dataclass
class CountAmount:
    count: int = 0
    amount_ore: int = 0

    def add(self, amount_ore: int, count: int = 1) -> None:
        self.count += count
        self.amount_ore += amount_ore


@dataclass
class DayReport:
    """Everything N1-N8 asks of an X- or Z-report, in øre; ``kind`` "X" or "Z"."""

    kind: str
    shop_name: str
    org_number: str
    vat_registered: bool
    till_code: str
    produced_at: str  # ISO, UTC
    produced_by: str
    number: int | None = None  # Z-reports only
    business_date: str = ""
    first_event_at: str | None = None
    last_event_at: str | None = None
    # N2, N3, N4
    sales: CountAmount = field(default_factory=CountAmount)  # receipts, total incl. VAT
    returns: CountAmount = field(default_factory=CountAmount)  # amounts negative
    net_ore: int = 0
    net_ex_vat_ore: int = 0
    vat_ore: int = 0
    rounding_ore: int = 0
    vat_per_rate: dict[str, list[int]] = field(default_factory=dict)  # "25": [base, vat, total]
    per_article_group: dict[str, CountAmount] = field(default_factory=dict)
    per_payment: dict[str, CountAmount] = field(default_factory=dict)
    per_cashier: dict[str, CountAmount] = field(default_factory=dict)
    opening_float_ore: int = 0
    # N5, N6, N8
    drawer_openings: int = 0
    copies: CountAmount = field(default_factory=CountAmount)
    provisional: CountAmount = field(default_factory=CountAmount)
    delivery: CountAmount = field(default_factory=CountAmount)
    discounts: CountAmount = field(default_factory=CountAmount)
    voids: CountAmount = field(default_factory=CountAmount)
    line_corrections: CountAmount = field(default_factory=CountAmount)
    price_lookups: int = 0
    training: CountAmount = field(default_factory=CountAmount)
    pay_ins: list[tuple[str, int]] = field(default_factory=list)  # (reason, øre)
    pay_outs: list[tuple[str, int]] = field(default_factory=list)
    # N7
    grand_sales_ore: int = 0
    grand_returns_ore: int = 0
    # cash
    expected_cash_ore: int = 0
    counted_cash_ore: int | None = None
    last_journal_id: int = 0

    @property
    def grand_net_ore(self) -> int:
        return self.grand_sales_ore + self.grand_returns_ore

    @property
    def cash_difference_ore(self) -> int | None:
        if self.counted_cash_ore is None:
            return None
        return self.counted_cash_ore - self.expected_cash_ore

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> DayReport:
        data = json.loads(text)
        counted = {
            name
            for name, kind in cls.__annotations__.items()
            if kind in ("CountAmount", CountAmount)
        }
        for name in counted:
            data[name] = CountAmount(**data[name])
        for name in ("per_article_group", "per_payment", "per_cashier"):
            data[name] = {key: CountAmount(**value) for key, value in data[name].items()}
        for name in ("pay_ins", "pay_outs"):
            data[name] = [tuple(entry) for entry in data[name]]
        return cls(**data)
