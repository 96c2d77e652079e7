"""Writing one shop's SAF-T Cash Register file, streamed with ``etree.xmlfile``.

The document, in the schema's order (docs/saft.md says what goes where)::

    auditfile
      header            the period, when and by which software the file was made
      company           the shop: org. number, name, VAT registration, address
        vatCodeDetails  our VAT codes and the standard tax codes they are
        employees       everyone with a role in the shop, and anyone an event names
        articles        every article sold or returned in the period
        basics          every code the file uses, mapped to Skatteetaten's lists
        location        the shop
          cashregister  one per till
            event*            its journal entries of the period, X/Z reports whole
            cashtransaction*  its sales and returns, real ones first, then training

Only the master data, which is small, is built in memory; events, articles
and transactions go to the file batch by batch as they are read.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import IO, Any

from lxml import etree

from omigjen_pos import __version__
from omigjen_pos.domain.day_report import DayReport
from omigjen_pos.domain.payment_names import PAYMENT_NAMES
from omigjen_pos.domain.roles import Role
from omigjen_pos.services.checkout.sale import SAFT_PAYMENT_CODES
from omigjen_pos.services.saft.codes import (
    ARTICLE_GROUP,
    CENTRE_ADMIN_ROLE,
    OTHER_ARTICLE_GROUP,
    ROLE_NAMES,
    Basics,
    add_event,
    add_payment,
    add_transaction_types,
    predefined_codes,
    transaction_kind,
)
from omigjen_pos.services.saft.data import (
    REPORT_EVENTS,
    CategoryFacts,
    SaftSource,
    TillFacts,
    Transaction,
    UserFacts,
)
from omigjen_pos.services.saft.elements import (
    date_of,
    debit_credit,
    kr,
    new,
    percent,
    sub,
    subs,
    text,
    time_of,
)
from omigjen_pos.services.saft.reports import report_element
from omigjen_pos.services.saft.schema import NAMESPACE
from omigjen_pos.store.models import PaymentMethod, SaleKind

SOFTWARE_NAME = "Omigjen POS"
SOFTWARE_VERSION = __version__
# The supplier named in the product declaration (produkterklæring); until one is
# filed, the product's own name.
SOFTWARE_COMPANY = "Omigjen POS"
AUDITFILE_VERSION = "1.0"  # as Skatteetaten's example file for schema v1.00
CURRENCY = "NOK"
COUNTRY = "NO"
# Our VAT code for margin-scheme lines (bruktmoms, N24) at a standard code: "3M".
MARGIN_SUFFIX = "M"
# A voucher's code is worth money to whoever holds it: only its end is shown.
_VOUCHER_METHODS = {PaymentMethod.GIFT_CARD, PaymentMethod.STORE_CREDIT}
_VOUCHER_CODE_SHOWN = 4
_STREET_NUMBER = re.compile(r"^(.*\D)\s+(\d+\s?[A-Za-z]?)$")


def _q(tag: str) -> str:
    return "{" + NAMESPACE + "}" + tag


@dataclass
class Written:
    """What the file holds. Money and counts of real transactions (training
    ones apart, as ``collect_sales`` leaves them out)."""

    registers: int = 0
    events: int = 0
    reports: int = 0
    transactions: int = 0
    returns: int = 0
    lines: int = 0
    training: int = 0
    unsigned: int = 0
    articles: int = 0
    employees: int = 0
    total_ore: int = 0
    vat_ore: int = 0
    rounding_ore: int = 0
    paid_ore: int = 0


def trans_id(till_code: str, receipt_number: int, training: bool) -> str:
    """A transaction's ID in the file, unique in the shop: the till and receipt
    number, training receipts (their own series) marked T: ``BRUKT-1-T4``."""
    return f"{till_code}-{'T' if training else ''}{receipt_number}"


class DocumentWriter:
    def __init__(
        self,
        source: SaftSource,
        created: datetime,
        exporter: UserFacts,
        batch: int,
        advance: Callable[[int], None],
    ) -> None:
        self.source = source
        self.shop = source.shop
        self.created = created
        self.exporter = exporter
        self.batch = batch
        self.advance = advance
        self.written = Written()
        self.basics = Basics()
        # Read by write() before the first element: the small tables and the codes.
        self.till_codes: dict[int, str] = {}
        self.users: dict[int, UserFacts] = {}
        self.categories: dict[int, CategoryFacts] = {}
        self.report_groups: dict[str, str] = {}  # a DayReport's group key -> basic ID
        self.vat: list[tuple[str, str, str]] = []  # (our code, standard code, description)
        self.margin_codes: set[str] = set()
        self.code_of_rate: dict[int, str] = {}

    # -- the whole document ------------------------------------------------------

    def write(self, out: IO[bytes], tills: list[TillFacts]) -> Written:
        source = self.source
        till_ids = [till.id for till in tills]
        self.till_codes = source.till_codes()
        self.users = source.users()
        self.users[self.exporter.id] = self.exporter
        roles = source.roles()
        employees = sorted(
            (set(roles) | source.users_named(till_ids) | {self.exporter.id}) & set(self.users),
            key=lambda user_id: self.users[user_id].number,
        )
        self._collect_basics(till_ids)
        self._vat_codes()
        with etree.xmlfile(out, encoding="UTF-8") as xf:
            xf.write_declaration()
            with xf.element(_q("auditfile"), nsmap={None: NAMESPACE}):
                xf.write("\n")
                self._put(xf, self._header())
                with xf.element(_q("company")):
                    xf.write("\n")
                    for element in self._company():
                        self._put(xf, element)
                    self._put(xf, self._vat_details())
                    self._put(xf, self._employees(employees, roles))
                    self._articles(xf)
                    self._put(xf, self._basics())
                    with xf.element(_q("location")):
                        xf.write("\n")
                        self._put(xf, new("name", text(self.shop.name, 100)))
                        address = self._address("streetAddress")
                        if address is not None:
                            self._put(xf, address)
                        for till in tills:
                            self._register(xf, till)
                    xf.write("\n")
                xf.write("\n")
        self.written.registers = len(tills)
        self.written.employees = len(employees)
        return self.written

    def _put(self, xf, element: etree._Element) -> None:
        xf.write(element, pretty_print=True)

    # -- master data -------------------------------------------------------------

    def _collect_basics(self, till_ids: list[int]) -> None:
        basics, source = self.basics, self.source
        add_transaction_types(basics)
        for method, code in SAFT_PAYMENT_CODES.items():
            add_payment(basics, method.value, code)
        for method, code in sorted(source.payment_codes()):
            add_payment(basics, method, code)
        for event, code in sorted(source.event_codes(till_ids)):
            add_event(basics, event, code)
        official = predefined_codes(ARTICLE_GROUP)
        self.categories = {category.id: category for category in source.categories()}
        for category in self.categories.values():
            group = category.article_group
            basic_id = basics.add(
                ("category", category.id),
                ARTICLE_GROUP,
                category.code,
                group if group in official else None,
                category.name,
            )
            self.report_groups[f"{group} {category.name}".strip()] = basic_id
        groups = {c.article_group for c in self.categories.values()} | source.line_groups()
        for group in sorted(groups | {OTHER_ARTICLE_GROUP}):
            basics.add(
                ("group", group),
                ARTICLE_GROUP,
                group,
                group if group in official else None,
                official.get(group, group),
            )

    def _vat_codes(self) -> None:
        vat = sorted(self.source.vat_codes(), key=lambda v: (-v.rate_bp, v.code))
        margin = self.source.margin_vat_codes()
        self.vat = [(v.code, v.code, v.description) for v in vat]
        for v in vat:
            if v.code in margin:
                self.vat.append(
                    (
                        v.code + MARGIN_SUFFIX,
                        v.code,
                        f"{v.description}, avanseberegning for brukte varer (bruktmoms)",
                    )
                )
        self.margin_codes = margin
        by_rate: dict[int, list[str]] = {}
        for v in vat:
            by_rate.setdefault(v.rate_bp, []).append(v.code)
        self.code_of_rate = {rate: codes[0] for rate, codes in by_rate.items() if len(codes) == 1}
        if not self.shop.vat_registered:
            self.code_of_rate[0] = "6"  # outside the VAT act: every line (N25)

    def _header(self) -> etree._Element:
        period = self.source.period
        first, last = period.first, period.last
        header = new("header")
        return subs(
            header,
            (
                "fiscalYear",
                str(first.year) if first.year == last.year else f"{first.year}-{last.year}",
            ),
            ("startDate", first.isoformat()),
            ("endDate", last.isoformat()),
            ("curCode", CURRENCY),
            ("dateCreated", date_of(self.created)),
            ("timeCreated", time_of(self.created)),
            ("softwareDesc", text(SOFTWARE_NAME, 100)),
            ("softwareVersion", text(SOFTWARE_VERSION)),
            ("softwareCompanyName", text(SOFTWARE_COMPANY, 100)),
            ("auditfileVersion", AUDITFILE_VERSION),
            (
                "headerComment",
                text(
                    f"Kassajournal for {self.shop.code} {self.shop.name}, {first} til {last}: "
                    "salg og returer etter forretningsdato (Europe/Oslo), hendelser fra "
                    "butikkens kasser; treningstransaksjoner er merket trainingID=true.",
                    999,
                ),
            ),
            ("userID", str(self.exporter.number)),
        )

    def _company(self) -> list[etree._Element]:
        shop = self.shop
        elements = [new("companyIdent", shop.org_number), new("companyName", text(shop.name, 100))]
        if shop.vat_registered:
            elements += [
                new("taxRegistrationCountry", COUNTRY),
                new("taxRegIdent", f"{shop.org_number}MVA"),
            ]
        address = self._address("streetAddress")
        if address is not None:
            elements.append(address)
        return elements

    def _address(self, tag: str) -> etree._Element | None:
        shop = self.shop
        if not (shop.address_line or shop.postal_code or shop.city):
            return None
        street, number = shop.address_line.strip(), None
        match = _STREET_NUMBER.match(street)
        if match:
            street, number = match.group(1).strip(), match.group(2)
        return subs(
            new(tag),
            ("streetname", text(street, 100) or None),
            ("number", text(number, 20) if number else None),
            ("city", text(shop.city, 50) or None),
            ("postalCode", text(shop.postal_code, 20) or None),
            ("country", COUNTRY),
        )

    def _vat_details(self) -> etree._Element:
        details = new("vatCodeDetails")
        for code, standard, description in self.vat:
            subs(
                sub(details, "vatCodeDetail"),
                ("vatCode", code),
                ("dateOfEntry", date_of(self.shop.created_at)),
                ("vatDesc", text(description, 100)),
                ("standardVatCode", standard),
            )
        return details

    def _employees(self, user_ids: list[int], roles: dict[int, set[Role]]) -> etree._Element:
        employees = new("employees")
        for user_id in user_ids:
            user = self.users[user_id]
            names = user.name.split()
            first = " ".join(names[:-1])
            employee = subs(
                sub(employees, "employee"),
                ("empID", str(user.number)),
                ("dateOfEntry", date_of(user.created_at)),
                ("timeOfEntry", time_of(user.created_at)),
                ("firstName", text(first, 50) or None),
                ("surName", text(names[-1] if names else str(user.number), 100)),
            )
            held = [ROLE_NAMES[role] for role in Role if role in roles.get(user_id, ())]
            if user.centre_admin:
                held.append(CENTRE_ADMIN_ROLE)
            for role_type, description in held:
                subs(
                    sub(employee, "employeeRole"),
                    ("roleType", role_type),
                    ("roleTypeDesc", description),
                )
        return employees

    def _articles(self, xf) -> None:
        with xf.element(_q("articles")):
            xf.write("\n")
            for rows in self.source.articles(self.batch):
                for row in rows:
                    article = subs(
                        new("article"),
                        ("artID", text(row.barcode, 35)),
                        ("dateOfEntry", date_of(row.registered_at or row.sold_at)),
                        ("artGroupID", self._group_of(row.category_id, row.saft_article_group)),
                        ("artDesc", text(row.description, 999) or text(row.barcode)),
                    )
                    self._put(xf, article)
                    self.written.articles += 1
        xf.write("\n")

    def _basics(self) -> etree._Element:
        basics = new("basics")
        for basic in self.basics:
            subs(
                sub(basics, "basic"),
                ("basicType", basic.basic_type),
                ("basicID", basic.basic_id),
                ("predefinedBasicID", basic.predefined),
                ("basicDesc", text(basic.description, 999)),
            )
        return basics

    def _group_of(self, category_id: int | None, group: str) -> str:
        if category_id is not None and category_id in self.categories:
            return self.basics.id(("category", category_id))
        return self.basics.id(("group", group))

    # -- one cash register -------------------------------------------------------

    def _register(self, xf, till: TillFacts) -> None:
        with xf.element(_q("cashregister")):
            xf.write("\n")
            self._put(xf, new("registerID", text(till.code, 100)))
            self._put(xf, new("regDesc", text(till.name, 999)))
            for rows in self.source.events(till.id, self.batch):
                for row in rows:
                    self._put(xf, self._event(row, till))
                self.advance(len(rows))
            for training in (False, True):
                for transactions in self.source.transactions(till.id, training, self.batch):
                    for transaction in transactions:
                        self._put(xf, self._transaction(transaction, till))
                    self.advance(len(transactions))
        xf.write("\n")

    def _event(self, row: Any, till: TillFacts) -> etree._Element:
        event = new("event")
        user = self.users.get(row.user_id) if row.user_id is not None else None
        subs(
            event,
            ("eventID", str(row.id)),
            ("eventType", self.basics.id(("event", row.event_type, row.saft_event_code))),
            (
                "transID",
                trans_id(self.till_codes[row.sale_till_id], row.receipt_number, row.training)
                if row.sale_till_id is not None
                else None,
            ),
            ("empID", str(user.number) if user is not None else None),
            ("eventDate", date_of(row.occurred_at)),
            ("eventTime", time_of(row.occurred_at)),
            ("eventText", text(row.summary, 9999) or None),
        )
        if row.event_type in REPORT_EVENTS and row.report_json:
            report = DayReport.from_json(row.report_json)
            number = f"Z-{till.code}-{report.number}" if report.kind == "Z" else f"X-{row.id}"
            event.append(
                report_element(
                    report,
                    number,
                    self.shop.org_number,
                    till.code,
                    self._report_group,
                    self._report_payment,
                    self._vat_code_of_rate,
                    2500 if self.shop.vat_registered else 0,
                )
            )
            self.written.reports += 1
        self.written.events += 1
        return event

    def _report_group(self, key: str) -> str:
        if key in self.report_groups:
            return self.report_groups[key]
        group = key.split(" ", 1)[0] if key else OTHER_ARTICLE_GROUP
        return self.basics.get(("group", group)) or text(key, 35)

    def _report_payment(self, name: str) -> str:
        for method, shown in PAYMENT_NAMES.items():
            if shown == name:
                return self.basics.id(
                    ("payment", method, SAFT_PAYMENT_CODES[PaymentMethod(method)])
                )
        if not name:  # a report without payments: a zero row for cash
            return self.basics.id(("payment", "cash", SAFT_PAYMENT_CODES[PaymentMethod.CASH]))
        return text(name, 35)

    def _vat_code_of_rate(self, rate_bp: int, margin: bool) -> str | None:
        code = self.code_of_rate.get(rate_bp)
        if code is not None and margin and code in self.margin_codes:
            return code + MARGIN_SUFFIX
        return code

    def _transaction(self, transaction: Transaction, till: TillFacts) -> etree._Element:
        sale = transaction.sale
        is_return = sale.kind is SaleKind.RETURN
        cashier = str(self.users[sale.cashier_user_id].number)
        number = str(sale.receipt_number)
        moment = sale.created_at
        element = new("cashtransaction")
        returned = transaction.returned
        subs(
            element,
            ("nr", number),
            ("transID", trans_id(till.code, sale.receipt_number, sale.training)),
            (
                "transType",
                self.basics.id(("transaction", transaction_kind(is_return, sale.training))),
            ),
            ("transAmntIn", kr(sale.total_ore)),
            ("transAmntEx", kr(sale.total_ore - sale.vat_ore)),
            ("amntTp", debit_credit(sale.total_ore)),
            ("empID", cashier),
            ("transDate", date_of(moment)),
            ("transTime", time_of(moment)),
            (
                "refID",
                trans_id(self.till_codes[returned[0]], returned[1], returned[2])
                if returned is not None
                else None,
            ),
            (
                "desc",
                f"Retur av kvittering {returned[1]} fra {self.till_codes[returned[0]]}"
                if returned is not None
                else ("Treningssalg" if sale.training else None),
            ),
        )
        vat_sums: dict[tuple[str, int], list[int]] = {}
        for line in transaction.lines:
            element.append(self._line(line, number, cashier, moment, is_return))
            code = line.vat_code + (MARGIN_SUFFIX if line.margin_scheme else "")
            sums = vat_sums.setdefault((code, line.vat_rate_bp), [0, 0, 0])
            sums[0] += line.vat_ore
            sums[1] += line.vat_base_ore
            sums[2] += line.line_total_ore
        for (code, rate), (vat, base, total) in vat_sums.items():
            _vat(element, code, rate, vat, base, total)
        sub(sub(element, "rounding"), "roundingAmnt", kr(sale.rounding_ore))
        for payment in transaction.payments:
            subs(
                sub(element, "payment"),
                (
                    "paymentType",
                    self.basics.id(("payment", payment.method.value, payment.saft_payment_code)),
                ),
                ("paidAmnt", kr(payment.amount_ore)),
                ("empID", cashier),
                ("curCode", CURRENCY),
                ("paymentRefID", _reference(payment.method, payment.reference) or None),
            )
        subs(
            element,
            ("signature", sale.signature or ""),
            (
                "keyVersion",
                "" if sale.signature_key_version is None else sale.signature_key_version,
            ),
            ("receiptNum", min(transaction.originals, 999)),
            ("receiptCopyNum", min(transaction.copies, 999)),
            ("receiptProformaNum", 0),
            ("receiptDeliveryNum", 0),
            ("voidTransaction", "false"),
            ("trainingID", "true" if sale.training else "false"),
        )
        self._count(transaction, is_return)
        return element

    def _line(
        self, line: Any, number: str, cashier: str, moment: datetime, is_return: bool
    ) -> etree._Element:
        code = line.vat_code + (MARGIN_SUFFIX if line.margin_scheme else "")
        element = subs(
            new("ctLine"),
            ("nr", number),
            ("lineID", str(line.line_number)),
            ("lineType", self.basics.id(("line", "return" if is_return else "sale"))),
            ("artGroupID", self._group_of(line.category_id, line.saft_article_group)),
            ("artID", text(line.barcode, 35) or None),
            ("qnt", str(line.quantity)),
            ("lineAmntIn", kr(line.line_total_ore)),
            ("lineAmntEx", kr(line.line_total_ore - line.vat_ore)),
            ("amntTp", debit_credit(line.line_total_ore)),
            ("ppu", kr(line.unit_price_ore)),
            (
                "costPrice",
                kr(line.purchase_price_ore * line.quantity)
                if line.margin_scheme and line.purchase_price_ore is not None
                else None,
            ),
            ("empID", cashier),
            ("cashTransLineDescr", text(line.description, 9999) or None),
            ("lineDate", date_of(moment)),
            ("lineTime", time_of(moment)),
        )
        _vat(element, code, line.vat_rate_bp, line.vat_ore, line.vat_base_ore, line.line_total_ore)
        if line.discount_ore:
            subs(
                sub(element, "discount"),
                ("dscTp", self.basics.id(("discount",))),
                ("dscAmnt", kr(line.discount_ore)),
            )
        return element

    def _count(self, transaction: Transaction, is_return: bool) -> None:
        sale, written = transaction.sale, self.written
        if not sale.signature:
            written.unsigned += 1
        if sale.training:
            written.training += 1
            return
        written.transactions += 1
        written.returns += int(is_return)
        written.lines += len(transaction.lines)
        written.total_ore += sale.total_ore
        written.vat_ore += sale.vat_ore
        written.rounding_ore += sale.rounding_ore
        written.paid_ore += sum(payment.amount_ore for payment in transaction.payments)


def _vat(
    parent: etree._Element, code: str, rate_bp: int, vat_ore: int, base_ore: int, total_ore: int
) -> None:
    """``vat`` of a line or of a transaction's lines at one code. Our VAT base
    includes the VAT (the amount VAT is taken out of: the total, or the margin);
    SAF-T's ``vatBasAmnt`` is the amount VAT is added to, so the VAT comes off."""
    subs(
        sub(parent, "vat"),
        ("vatCode", code),
        ("vatPerc", percent(rate_bp)),
        ("vatAmnt", kr(vat_ore)),
        ("vatAmntTp", debit_credit(total_ore)),
        ("vatBasAmnt", kr(base_ore - vat_ore)),
    )


def _reference(method: PaymentMethod, reference: str) -> str:
    reference = text(reference, 999)
    if method in _VOUCHER_METHODS and len(reference) > _VOUCHER_CODE_SHOWN:
        return "*" * (len(reference) - _VOUCHER_CODE_SHOWN) + reference[-_VOUCHER_CODE_SHOWN:]
    return reference
