"""An X- or Z-report in the schema's report structure (``event/eventReport``).

The report is the one the journal stored with the event, whole
(``domain/day_report.DayReport`` as JSON, N17), so the file shows what was
printed at the till. Where the schema asks for more than our report holds:

- Per article group the report keys its figures by "group name" text
  ("04003 Møbler"); it is mapped back to the category's basic by the
  category's group and Norwegian name, else to the article group code itself.
- Per payment method the report keys by the method's Norwegian name; mapped
  back to the method's basic.
- VAT per rate is keyed by rate ("25 %", "25 % bruktmoms"); ``vatCode`` is
  given where the rate names one code (25, 15, 12 % and, in a shop outside the
  VAT act, 0 %); for 0 % in a VAT-registered shop it is left out (codes 5 and
  6 both have 0 %). ``cashSaleAmnt`` is the sales without VAT (total less VAT),
  so amount plus VAT of every rate adds up to the net sales.
- Returns, the grand total of returns: as positive amounts, as in
  Skatteetaten's example file (net = sales - returns).
- Price look-ups: the report counts them but knows no group or amount; one row
  "Alle" with the count and 0.00.
- Other corrections: the report has none; one row "Ingen" with 0, as the
  example file does. Per-employee breakdowns (optional) are left out: the
  report has sales per cashier, but not per article group or payment method.
- Reports of a day without sales still need one row in each required list: a
  zero row (article group 04999 "Other", cash, the shop's usual VAT rate).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from datetime import datetime

from lxml import etree

from omigjen_pos.domain.day_report import CountAmount, DayReport
from omigjen_pos.services.saft.elements import date_of, kr, new, percent, sub, subs, text, time_of

MARGIN_KEY = " bruktmoms"  # how DayReport marks the margin-scheme VAT lines


def report_element(
    report: DayReport,
    report_id: str,
    company_ident: str,
    register_id: str,
    group_id: Callable[[str], str],
    payment_id: Callable[[str], str],
    vat_code: Callable[[int, bool], str | None],
    usual_rate_bp: int,
) -> etree._Element:
    """``eventReport`` of ``report``. ``group_id(key)`` and ``payment_id(name)``
    give the basics for the report's own keys; ``vat_code(rate_bp, margin)``
    the VAT code of a rate, or None when the rate does not name one."""
    produced = datetime.fromisoformat(report.produced_at)
    element = new("eventReport")
    subs(
        element,
        ("reportID", text(report_id, 35)),
        ("reportType", "Z report" if report.kind == "Z" else "X report"),
        ("companyIdent", company_ident),
        ("companyName", text(report.shop_name, 100)),
        ("reportDate", date_of(produced)),
        ("reportTime", time_of(produced)),
        ("registerID", text(register_id, 100)),
    )
    sub(sub(element, "reportTotalCashSales"), "totalCashSaleAmnt", kr(report.net_ore))

    groups = sub(element, "reportArtGroups")
    for key, figure in report.per_article_group.items() or [("", CountAmount())]:
        row = sub(groups, "reportArtGroup")
        subs(
            row,
            ("artGroupID", group_id(key)),
            ("artGroupNum", figure.count),
            ("artGroupAmnt", kr(figure.amount_ore)),
        )
    payments = sub(element, "reportPayments")
    for name, figure in report.per_payment.items() or [("", CountAmount())]:
        row = sub(payments, "reportPayment")
        subs(
            row,
            ("paymentType", payment_id(name)),
            ("paymentNum", figure.count),
            ("paymentAmnt", kr(figure.amount_ore)),
        )

    rates = sub(element, "reportCashSalesVat")
    per_rate = report.vat_per_rate.items() or [(_rate_key(usual_rate_bp), [0, 0, 0])]
    for key, (_base, vat, total) in per_rate:
        rate_bp, margin = _parse_rate(key)
        row = sub(rates, "reportCashSaleVat")
        subs(
            row,
            ("vatCode", vat_code(rate_bp, margin)),
            ("vatPerc", percent(rate_bp)),
            ("cashSaleAmnt", kr(total - vat)),
            ("vatAmnt", kr(vat)),
            ("vatAmntTp", "D" if total < 0 else "C"),
        )

    sub(element, "reportOpeningChangeFloat", kr(report.opening_float_ore))
    for tag, value in (
        ("reportReceiptNum", report.sales.count),
        ("reportOpenCashBoxNum", report.drawer_openings),
        ("reportReceiptCopyNum", report.copies.count),
        ("reportReceiptCopyAmnt", kr(report.copies.amount_ore)),
        ("reportReceiptProformaNum", report.provisional.count),
        ("reportReceiptProformaAmnt", kr(report.provisional.amount_ore)),
        ("reportReturnNum", report.returns.count),
        ("reportReturnAmnt", kr(abs(report.returns.amount_ore))),
        ("reportDiscountNum", report.discounts.count),
        ("reportDiscountAmnt", kr(report.discounts.amount_ore)),
        ("reportVoidTransNum", report.voids.count),
        ("reportVoidTransAmnt", kr(report.voids.amount_ore)),
    ):
        sub(element, tag, value)
    _counted_list(
        element,
        "reportCorrLines",
        "reportCorrLine",
        ("corrLineType", "corrLineNum", "corrLineAmnt"),
        [("Linjekorreksjon", report.line_corrections)],
    )
    _counted_list(
        element,
        "reportPriceInquiries",
        "reportPriceInquiry",
        ("priceInquiryGroup", "priceInquiryNum", "priceInquiryAmnt"),
        [("Alle", CountAmount(report.price_lookups, 0))],
    )
    _counted_list(
        element,
        "reportOtherCorrs",
        "reportOtherCorr",
        ("otherCorrType", "otherCorrNum", "otherCorrAmnt"),
        [("Ingen", CountAmount())],
    )
    for tag, value in (
        ("reportReceiptDeliveryNum", report.delivery.count),
        ("reportReceiptDeliveryAmnt", kr(report.delivery.amount_ore)),
        ("reportTrainingNum", report.training.count),
        ("reportTrainingAmnt", kr(report.training.amount_ore)),
    ):
        sub(element, tag, value)
    for tag, entries, fields in (
        ("reportPayIns", report.pay_ins, ("reportPayIn", "payInType", "payInNum", "payInAmnt")),
        (
            "reportPayOuts",
            report.pay_outs,
            ("reportPayOut", "payOutType", "payOutNum", "payOutAmnt"),
        ),
    ):
        if entries:
            _counted_list(element, tag, fields[0], fields[1:], _by_reason(entries))
    subs(
        element,
        ("reportGrandTotalSales", kr(report.grand_sales_ore)),
        ("reportGrandTotalReturn", kr(abs(report.grand_returns_ore))),
        ("reportGrandTotalSalesNet", kr(report.grand_net_ore)),
    )
    return element


def _counted_list(
    parent: etree._Element,
    tag: str,
    row_tag: str,
    fields: tuple[str, ...],
    rows: list[tuple[str, CountAmount]],
) -> None:
    container = sub(parent, tag)
    for kind, figure in rows:
        row = sub(container, row_tag)
        subs(
            row,
            (fields[0], text(kind, 35)),
            (fields[1], figure.count),
            (fields[2], kr(figure.amount_ore)),
        )


def _by_reason(entries: list[tuple[str, int]]) -> list[tuple[str, CountAmount]]:
    """Pay-ins or pay-outs counted and summed per reason (the schema's "type")."""
    grouped: OrderedDict[str, CountAmount] = OrderedDict()
    for reason, amount in entries:
        grouped.setdefault(text(reason, 35) or "Uten grunn", CountAmount()).add(int(amount))
    return list(grouped.items())


def _rate_key(rate_bp: int) -> str:
    return f"{rate_bp / 100:g} %"


def _parse_rate(key: str) -> tuple[int, bool]:
    """(rate in basis points, margin scheme) of a DayReport VAT key: "25 %",
    "12.5 %" or "25 % bruktmoms"."""
    margin = key.endswith(MARGIN_KEY)
    number = key.removesuffix(MARGIN_KEY).removesuffix("%").strip()
    return round(float(number) * 100), margin
