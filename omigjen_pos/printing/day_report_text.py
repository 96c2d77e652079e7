"""An X- or Z-report as monospaced text: the screen, the receipt printer and PDF.

Norwegian, like the receipts: the report is a document for the shop's books and
the tax authority. Every heading N1-N8 names is printed, with zeros where
nothing happened, so an empty day still shows a complete report.
"""

from __future__ import annotations

from datetime import datetime

from omigjen_pos.domain.business_day import OSLO
from omigjen_pos.domain.day_report import CountAmount, DayReport
from omigjen_pos.domain.money import format_amount
from omigjen_pos.printing.receipt_document import NOT_A_RECEIPT, text_pair


def _counted(label: str, figure: CountAmount, width: int) -> str:
    return text_pair(f"{label} ({figure.count})", format_amount(figure.amount_ore), width)


def _local(iso: str | None) -> str:
    if not iso:
        return "-"
    return datetime.fromisoformat(iso).astimezone(OSLO).strftime("%d.%m.%Y %H:%M")


def day_report_text(report: DayReport, width: int = 48, copy: bool = False) -> str:
    rule = "-" * width
    title = "Z-RAPPORT" if report.kind == "Z" else "X-RAPPORT"
    out: list[str] = []
    if copy:
        out += ["KOPI".center(width), NOT_A_RECEIPT.center(width)]
    heading = f"{title} {report.number}" if report.number else title
    out += [heading.center(width), ""]
    org = f"Org.nr. {report.org_number}" + (" MVA" if report.vat_registered else "")
    out += [report.shop_name.center(width), org.center(width), ""]
    out += [
        text_pair(f"Kasse {report.till_code}", f"Dato {report.business_date}", width),
        f"Tatt ut {_local(report.produced_at)} av {report.produced_by}",
        f"Fra {_local(report.first_event_at)} til {_local(report.last_event_at)}",
        rule,
        "SALG",
        _counted("Salgskvitteringer", report.sales, width),
        _counted("Returer", report.returns, width),
        text_pair("Netto salg inkl. mva", format_amount(report.net_ore), width),
        text_pair("Netto salg ekskl. mva", format_amount(report.net_ex_vat_ore), width),
        text_pair("Mva", format_amount(report.vat_ore), width),
        text_pair("Øreavrunding", format_amount(report.rounding_ore), width),
        "",
        text_pair("Mva-sats".ljust(16) + "Grunnlag".rjust(13), "Mva", width),
    ]
    for rate, (base, vat, _total) in sorted(report.vat_per_rate.items(), reverse=True):
        out.append(
            text_pair(rate.ljust(16) + format_amount(base).rjust(13), format_amount(vat), width)
        )
    out += ["", "Per varegruppe"]
    for name, figure in sorted(report.per_article_group.items()):
        out.append(_counted(name, figure, width))
    out += ["", "Per betalingsmåte"]
    for name, figure in sorted(report.per_payment.items()):
        out.append(_counted(name, figure, width))
    out += ["", "Per selger"]
    for name, figure in sorted(report.per_cashier.items()):
        out.append(_counted(name, figure, width))
    out += [
        rule,
        "KONTANTER",
        text_pair("Vekselkasse", format_amount(report.opening_float_ore), width),
        text_pair(
            f"Innbetalinger ({len(report.pay_ins)})",
            format_amount(sum(a for _, a in report.pay_ins)),
            width,
        ),
    ]
    out += [f"  {reason}: {format_amount(amount)}" for reason, amount in report.pay_ins]
    out.append(
        text_pair(
            f"Utbetalinger ({len(report.pay_outs)})",
            format_amount(sum(a for _, a in report.pay_outs)),
            width,
        )
    )
    out += [f"  {reason}: {format_amount(amount)}" for reason, amount in report.pay_outs]
    out.append(text_pair("Forventet i kassen", format_amount(report.expected_cash_ore), width))
    if report.counted_cash_ore is not None:
        out.append(text_pair("Opptalt", format_amount(report.counted_cash_ore), width))
        out.append(text_pair("Differanse", format_amount(report.cash_difference_ore or 0), width))
    out += [
        rule,
        "HENDELSER",
        text_pair("Skuffåpninger uten salg", str(report.drawer_openings), width),
        _counted("Kopikvitteringer", report.copies, width),
        _counted("Foreløpige kvitteringer", report.provisional, width),
        _counted("Utleveringskvitteringer", report.delivery, width),
        _counted("Rabatter", report.discounts, width),
        _counted("Annulleringer", report.voids, width),
        _counted("Linjekorreksjoner", report.line_corrections, width),
        text_pair("Prisoppslag", str(report.price_lookups), width),
        _counted("Treningskvitteringer", report.training, width),
        rule,
        "GRANDTOTALER (fra installasjon)",
        text_pair("Salg", format_amount(report.grand_sales_ore), width),
        text_pair("Returer", format_amount(report.grand_returns_ore), width),
        text_pair("Netto", format_amount(report.grand_net_ore), width),
    ]
    if copy:
        out += ["", "KOPI".center(width), NOT_A_RECEIPT.center(width)]
    return "\n".join(line.rstrip() for line in out) + "\n"
