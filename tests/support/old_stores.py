"""Stores as an older release left them, for the upgrade test (issue 8, item 6).

``migrate_to`` builds the schema of one Alembic revision only. ``write_history``
then fills it with a small trading history of a (non-demo) centre by plain SQL,
against the tables as they are at that revision (reflected from the database):
today's services write today's schema, so they cannot fill an old one. A value
for a column the revision does not have yet is left out (it must be a column of
today's models, so a typo still fails), and a required column the history does
not know (a later revision's) gets its model default or an empty value of its
type. Tables a revision does not have (vouchers before 0003, signing keys
before 0005) are simply not written.

The history is what the tills of that release wrote: two days of sales on three
tills of two shops (one not VAT-registered), cash with rounding and change,
card, Vipps and split payments, a line discount, a stock article, a return in
cash, and, where the revision has the tables, a return as a tilgodelapp spent on
a later sale and signatures chained per till. Amounts come from the domain's
own rules (pricing, settlement, cash rounding, signed text), each sale with its
completed basket, receipt print, journal entries and receipt counter. One basket
is left parked with an item held, for the upgraded store to take up again.

Two shortcuts, neither of which changes what the store holds: journal entries,
receipt prints and counters go in at the end, in their order, in one statement
per table; and the PIN hashes use cheap scrypt parameters (a hash carries its
parameters, and the real login checks it with those).
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from alembic import command
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from sqlalchemy import Connection, insert, inspect, select, update
from sqlalchemy import column as sa_column
from sqlalchemy import table as sa_table
from sqlalchemy.sql.expression import TableClause
from sqlalchemy.sql.schema import ColumnDefault

from omigjen_pos.domain.barcodes import in_store_ean13
from omigjen_pos.domain.business_day import OSLO, business_date
from omigjen_pos.domain.journal_events import EventType, saft_event_code
from omigjen_pos.domain.money import format_kr
from omigjen_pos.domain.pricing import Discount, LineInput, cash_rounding_ore, price_basket
from omigjen_pos.domain.settlement import Tender, settle
from omigjen_pos.domain.signatures import signed_text
from omigjen_pos.store.database import open_store
from omigjen_pos.store.migrate import alembic_config
from omigjen_pos.store.models import Base

CASHIER, CASHIER_PIN = 101, "1111"
MANAGER, MANAGER_PIN = 103, "1234"
HELPER, HELPER_PIN = 301, "5555"
OPENING_FLOAT_ORE = 150_000
VAT_RATES = {"3": 2500, "31": 1500, "33": 1200, "5": 0, "6": 0}
SAFT_PAYMENT_CODES = {
    "cash": "12001",
    "card": "12002",
    "vipps": "12011",
    "gift_card": "12005",
    "store_credit": "12010",
}


def _pin_hash(pin: str) -> str:
    """A PIN hash in the form ``domain/pin.py`` writes and checks, with cheap scrypt
    parameters: the hash carries its parameters and a login checks with those
    (which is how raised parameters leave old PINs valid), so the real PIN check
    runs while each login costs a millisecond instead of a tenth of a second."""
    salt = os.urandom(16)
    n, r, p = 2**4, 8, 1
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=n, r=r, p=p, dklen=32)
    b64 = base64.b64encode
    return f"scrypt${n}${r}${p}${b64(salt).decode()}${b64(digest).decode()}"


def migrate_to(url: str, revision: str) -> None:
    """The empty database at ``url`` given the schema of ``revision`` and no later,
    through the same engine settings and Alembic scripts the app upgrades with."""
    store = open_store(url)
    try:
        config = alembic_config()
        with store.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
    finally:
        store.close()


@dataclass
class Written:
    """What ``write_history`` put in, to hold the upgraded store against."""

    sales: int = 0  # sales and returns
    returns: int = 0
    vouchers: int = 0
    signed: int = 0
    total_ore: int = 0  # sum of every sale's and return's total
    totals_by_till: dict[str, int] = field(default_factory=dict)
    cash_by_till: dict[str, int] = field(default_factory=dict)  # in less out, since the float
    highest_receipt: dict[str, int] = field(default_factory=dict)
    sale_ids: dict[str, int] = field(default_factory=dict)  # "BRUKT-1/1" -> sale id
    parked_basket_id: int = 0
    parked_barcode: str = ""
    for_sale_barcode: str = ""  # a unique BRUKT item in stock and free
    returnable: tuple[str, int] = ("", 0)  # (sale key, line number) never returned


@dataclass
class _Item:
    id: int
    barcode: str
    name: str
    price_ore: int
    unique: bool
    category_id: int


class _Rows:
    """Inserts into the tables as the connected database has them (their columns
    read from the database itself, one catalogue query on PostgreSQL)."""

    def __init__(self, connection: Connection, moment: datetime) -> None:
        self.connection = connection
        self.columns = {
            name: {column["name"]: column for column in columns}
            for (_, name), columns in inspect(connection).get_multi_columns().items()
        }
        self.moment = moment  # for required columns the history does not know
        self.queued: list[tuple[str, dict]] = []  # rows whose ids nobody needs

    def has(self, table: str) -> bool:
        return table in self.columns

    def table(self, name: str) -> TableClause:
        columns = self.columns[name]
        return sa_table(name, *(sa_column(c, columns[c]["type"]) for c in columns))

    def insert(self, table_name: str, /, **values) -> int | None:
        """Insert one row; its id (None for a table without one)."""
        row = self._row(table_name, values)
        table = self.table(table_name)
        statement = insert(table).values(row)
        if "id" not in self.columns[table_name]:
            self.connection.execute(statement)
            return None
        return self.connection.execute(statement.returning(table.c.id)).scalar_one()

    def queue(self, table_name: str, /, **values) -> None:
        """Insert one row later, in order, with others of its table at once (one
        round trip for the journal instead of one per entry)."""
        self.queued.append((table_name, self._row(table_name, values)))

    def flush(self) -> None:
        for name in dict.fromkeys(name for name, _ in self.queued):
            rows = [row for table, row in self.queued if table == name]
            self.connection.execute(insert(self.table(name)), rows)
        self.queued.clear()

    def _row(self, name: str, values: dict) -> dict:
        columns = self.columns[name]
        head = Base.metadata.tables[name].c
        row = {}
        for column, value in values.items():
            if column in columns:
                row[column] = value
            elif column not in head:
                raise KeyError(f"{name}.{column} is not a column at this revision nor today")
        for column, facts in columns.items():
            if column in row or column == "id" or facts["nullable"] or facts["default"]:
                continue
            row[column] = self._filler(name, column, facts["type"])
        return row

    def update(self, table_name: str, row_id: int, /, **values) -> None:
        table = self.table(table_name)
        self.connection.execute(update(table).where(table.c.id == row_id).values(values))

    def _filler(self, table: str, column: str, type_):
        model = Base.metadata.tables[table].c.get(column)
        default = model.default if model is not None else None
        if isinstance(default, ColumnDefault) and default.is_scalar:
            return default.arg
        python_type = type_.python_type
        if python_type is bool:
            return False
        if python_type is int:
            return 0
        if python_type is datetime:
            return self.moment
        if python_type is date:
            return self.moment.date()
        return ""


class _History:
    def __init__(self, rows: _Rows, start: datetime) -> None:
        self.rows = rows
        self.now = start
        self.written = Written()
        self.counters: dict[str, int] = {}
        self.keys: dict[int, tuple[int, rsa.RSAPrivateKey]] = {}  # shop id -> (version, key)
        self.last_signature: dict[int, str | None] = {}  # till id -> previous signature
        self.items: dict[str, _Item] = {}
        self.voucher_code = ""  # of the latest tilgodelapp
        self.till_ids: dict[str, int] = {}
        self.till_shop: dict[str, tuple[int, bool]] = {}  # till -> (shop id, VAT-registered)
        self.user_ids: dict[int, int] = {}

    def tick(self, minutes: float = 3) -> datetime:
        self.now += timedelta(minutes=minutes)
        return self.now

    def draw(self, name: str) -> int:
        self.counters[name] = self.counters.get(name, 0) + 1
        return self.counters[name]

    def journal(
        self,
        event: EventType,
        summary: str,
        till: str | None,
        user: int | None,
        *,
        sale_id: int | None = None,
        payload: dict | None = None,
    ) -> None:
        shop_id = self.till_shop[till][0] if till else None
        self.rows.queue(
            "journal_entry",
            occurred_at=self.tick(0.1),
            shop_id=shop_id,
            till_id=self.till_ids[till] if till else None,
            user_id=self.user_ids[user] if user else None,
            event_type=event.value,
            saft_event_code=saft_event_code(event),
            sale_id=sale_id,
            summary=summary,
            payload_json=None if payload is None else json.dumps(payload, ensure_ascii=False),
        )

    # -- master data -------------------------------------------------------

    def centre(self) -> None:
        rows, at = self.rows, self.now - timedelta(days=30)
        centre = rows.insert(
            "centre", name="Gjenbrukssenteret i Eksempelby", is_demo=False, created_at=at
        )
        shops = {}
        for code, name, orgnr, registered, number, tills in (
            ("BRUKT", "Bruktbutikken", "921467710", True, 1, ("BRUKT-1", "BRUKT-2")),
            ("HJERTE", "Hjerterom Gjenbruk", "998877652", False, 3, ("HJERTE-1",)),
        ):
            shop = rows.insert(
                "shop",
                centre_id=centre,
                code=code,
                name=name,
                org_number=orgnr,
                vat_registered=registered,
                address_line="Storgata 1",
                postal_code="1384",
                city="Asker",
                receipt_footer="Byttes innen 14 dager mot kvittering.",
                barcode_number=number,
                cashier_price_cut_limit_bp=2000,
                created_at=at,
            )
            shops[code] = shop
            for till in tills:
                self.till_ids[till] = rows.insert(
                    "till",
                    shop_id=shop,
                    code=till,
                    name=f"Kasse {till[-1]}",
                    active=True,
                    created_at=at,
                )
                self.till_shop[till] = (shop, registered)
            if rows.has("signing_key"):
                self.keys[shop] = (1, self._new_key(shop, at))
        brukt, hjerte = shops["BRUKT"], shops["HJERTE"]
        for number, name, pin, roles in (
            (CASHIER, "Kari Kasserer", CASHIER_PIN, [(brukt, "cashier")]),
            (MANAGER, "Marte Butikksjef", MANAGER_PIN, [(brukt, "cashier"), (brukt, "manager")]),
            (HELPER, "Ingrid Hjelper", HELPER_PIN, [(hjerte, "cashier"), (hjerte, "manager")]),
        ):
            user = rows.insert(
                "app_user",
                centre_id=centre,
                number=number,
                name=name,
                pin_hash=_pin_hash(pin),
                is_centre_admin=False,
                active=True,
                failed_pin_attempts=0,
                created_at=at,
            )
            self.user_ids[number] = user
            for shop, role in roles:
                rows.insert("user_role", user_id=user, shop_id=shop, role=role)
        categories = {}
        for code, nb, en in (("MOBLER", "Møbler", "Furniture"), ("KLAR", "Klær", "Clothes")):
            categories[code] = rows.insert(
                "category",
                centre_id=centre,
                code=code,
                name_nb=nb,
                name_en=en,
                default_vat_code="3",
                saft_article_group="04003",
                active=True,
            )
        intake = (at + timedelta(days=10)).astimezone(OSLO).date()
        stock = [
            ("B1", brukt, "Spisestol i eik", 14950, "MOBLER"),
            ("B2", brukt, "Vinterjakke str. M", 34900, "KLAR"),
            ("B3", brukt, "Lenestol, grønn", 8900, "MOBLER"),
            ("B4", brukt, "Skjenk i teak", 124950, "MOBLER"),
            ("B5", brukt, "Ullgenser", 4500, "KLAR"),
            ("B6", brukt, "Kommode i furu", 19900, "MOBLER"),
            ("B7", brukt, "Salongbord", 29900, "MOBLER"),
            ("B8", brukt, "Skinnjakke, brun", 39900, "KLAR"),
            ("B9", brukt, "Bokhylle i bjørk", 17500, "MOBLER"),
            ("H1", hjerte, "Barnejakke str. 104", 5000, "KLAR"),
            ("H2", hjerte, "Kjole str. S", 7550, "KLAR"),
        ]
        barcode_of_shop = {brukt: 1, hjerte: 3}
        for key, shop, name, price, category in stock:
            serial = self.draw(f"shop:{shop}:barcode")
            self._item(
                key,
                shop,
                in_store_ean13(barcode_of_shop[shop], serial),
                name,
                price,
                categories[category],
                "unique",
                1,
                intake,
            )
        self._item(
            "S1",
            brukt,
            "7038010009457",
            "Handlenett",
            4990,
            categories["KLAR"],
            "stock",
            30,
            intake,
            source="new_goods",
        )

    def _item(
        self, key, shop, barcode, name, price, category, kind, quantity, intake, source="donation"
    ) -> None:
        item = self.rows.insert(
            "item",
            shop_id=shop,
            kind=kind,
            barcode=barcode,
            name=name,
            description="",
            category_id=category,
            condition="good" if kind == "unique" else None,
            price_ore=price,
            margin_scheme=False,
            source=source,
            intake_date=intake,
            tag_colour=None,
            shelf="A1",
            notes="",
            status="in_stock",
            quantity=quantity,
            created_at=self.now - timedelta(days=20),
            updated_at=self.now - timedelta(days=20),
        )
        assert item is not None
        self.items[key] = _Item(item, barcode, name, price, kind == "unique", category)

    def _new_key(self, shop: int, at: datetime) -> rsa.RSAPrivateKey:
        key = rsa.generate_private_key(public_exponent=65537, key_size=1024)
        private = key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        ).decode()
        public = (
            key.public_key()
            .public_bytes(
                serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
            )
            .decode()
        )
        self.rows.insert(
            "signing_key",
            shop_id=shop,
            version=1,
            public_key_pem=public,
            private_key_pem=private,
            created_at=at,
        )
        return key

    # -- a day at the tills -----------------------------------------------

    def open_till(self, till: str, user: int) -> None:
        shop, _ = self.till_shop[till]
        self.journal(EventType.LOGIN, f"Pålogging: {user}", till, user)
        self.rows.insert(
            "cash_movement",
            shop_id=shop,
            till_id=self.till_ids[till],
            user_id=self.user_ids[user],
            kind="opening_float",
            amount_ore=OPENING_FLOAT_ORE,
            reason="",
            created_at=self.tick(0.5),
        )
        self.journal(
            EventType.OPENING_FLOAT,
            f"Vekselkasse talt: {format_kr(OPENING_FLOAT_ORE)}",
            till,
            user,
            payload={"amount_ore": OPENING_FLOAT_ORE, "reason": ""},
        )
        self.written.cash_by_till[till] = 0  # the X-report counts from the latest float

    def close_till(self, till: str, user: int) -> None:
        self.journal(EventType.LOGOUT, f"Avlogging: {user}", till, user)

    def sell(self, till: str, user: int, lines, tenders, basket_discount=None) -> str:
        """lines: (item key, quantity, Discount or None); the sale's key "TILL/N"."""
        shop, registered = self.till_shop[till]
        till_id, user_id = self.till_ids[till], self.user_ids[user]
        items = [self.items[key] for key, _, _ in lines]
        codes = ["3" if registered else "6" for _ in items]  # both categories: code 3
        priced = price_basket(
            [
                LineInput(item.price_ore, quantity, VAT_RATES[code], discount=discount)
                for item, (_, quantity, discount), code in zip(items, lines, codes, strict=True)
            ],
            basket_discount,
            vat_registered=registered,
        )
        settlement = settle(priced.total_ore, tenders)
        basket_uuid = str(uuid.uuid4())
        started = self.tick()
        basket = self.rows.insert(
            "basket",
            uuid=basket_uuid,
            shop_id=shop,
            till_id=till_id,
            user_id=user_id,
            state="open",
            training=False,
            basket_discount_ore=basket_discount.amount_ore if basket_discount else 0,
            discount_percent_bp=basket_discount.percent_bp if basket_discount else 0,
            created_at=started,
            updated_at=started,
        )
        for item, (_, quantity, discount) in zip(items, lines, strict=True):
            self.rows.insert(
                "basket_line",
                basket_id=basket,
                item_id=item.id,
                quantity=quantity,
                asked_price_ore=item.price_ore,
                unit_price_ore=item.price_ore,
                discount_ore=discount.amount_ore if discount else 0,
                discount_percent_bp=discount.percent_bp if discount else 0,
                created_at=started,
            )
        at = self.tick(1)
        sale = self._sale(
            till,
            user,
            basket_uuid,
            "sale",
            at,
            priced.total_ore,
            priced.vat_ore,
            priced.discount_ore,
            settlement.rounding_ore,
            None,
        )
        for number, (item, (_, quantity, _), code, price) in enumerate(
            zip(items, lines, codes, priced.lines, strict=True), start=1
        ):
            self.rows.insert(
                "sale_line",
                sale_id=sale,
                line_number=number,
                item_id=item.id,
                barcode=item.barcode,
                description=item.name,
                category_id=item.category_id,
                saft_article_group="04003",
                quantity=quantity,
                unit_price_ore=item.price_ore,
                price_overridden=False,
                discount_ore=price.discount_ore,
                line_total_ore=price.total_ore,
                vat_code=code,
                vat_rate_bp=price.rate_bp,
                vat_base_ore=price.vat_base_ore,
                vat_ore=price.vat_ore,
                margin_scheme=False,
                purchase_price_ore=None,
            )
            if item.unique:
                self.rows.update("item", item.id, status="sold", updated_at=at)
            else:
                self._count_down(item.id, quantity)
        for paid in settlement.payments:
            self._payment(
                sale,
                paid.method,
                paid.amount_ore,
                paid.tendered_ore,
                paid.change_ore,
                paid.reference,
            )
            if paid.method == "cash":
                self.written.cash_by_till[till] += paid.amount_ore
            if paid.method == "store_credit":
                vouchers = self.rows.table("voucher")
                voucher = self.rows.connection.execute(
                    select(vouchers.c.id).where(vouchers.c.code == paid.reference)
                ).scalar_one()
                self.rows.insert(
                    "voucher_use",
                    voucher_id=voucher,
                    sale_id=sale,
                    amount_ore=paid.amount_ore,
                    created_at=at,
                )
        self.rows.update("basket", basket, state="completed", updated_at=at)
        number = self.counters[f"till:{till_id}:receipt:sale"]
        self.journal(
            EventType.SALE_COMPLETED,
            f"Salg {number}: {format_kr(priced.total_ore)}",
            till,
            user,
            sale_id=sale,
            payload={
                "receipt_number": number,
                "total_ore": priced.total_ore,
                "vat_ore": priced.vat_ore,
                "rounding_ore": settlement.rounding_ore,
                "lines": len(lines),
                "basket": basket_uuid,
            },
        )
        self._receipt_printed(till, user, sale, "Kvittering", number)
        return f"{till}/{number}"

    def give_back(self, till: str, user: int, sale_key: str, line_number: int, refund: str) -> str:
        """Return one line of an earlier sale, refunded in cash or as a tilgodelapp."""
        original = self.written.sale_ids[sale_key]
        lines = self.rows.table("sale_line")
        line = self.rows.connection.execute(
            select(lines).where(lines.c.sale_id == original, lines.c.line_number == line_number)
        ).one()
        total = -line.line_total_ore
        rounding = cash_rounding_ore(total) if refund == "cash" else 0
        at = self.tick()
        sale = self._sale(
            till,
            user,
            str(uuid.uuid4()),
            "return",
            at,
            total,
            -line.vat_ore,
            -line.discount_ore,
            rounding,
            original,
        )
        self.rows.insert(
            "sale_line",
            sale_id=sale,
            line_number=1,
            item_id=line.item_id,
            barcode=line.barcode,
            description=line.description,
            category_id=line.category_id,
            saft_article_group=line.saft_article_group,
            quantity=-line.quantity,
            unit_price_ore=line.unit_price_ore,
            price_overridden=line.price_overridden,
            discount_ore=-line.discount_ore,
            line_total_ore=total,
            vat_code=line.vat_code,
            vat_rate_bp=line.vat_rate_bp,
            vat_base_ore=-line.vat_base_ore,
            vat_ore=-line.vat_ore,
            margin_scheme=line.margin_scheme,
            purchase_price_ore=line.purchase_price_ore,
            returned_line_id=line.id,
        )
        reference = ""
        if refund == "store_credit":
            reference = f"{4_000_000_000 + sale:010d}"
            self.rows.insert(
                "voucher",
                code=reference,
                shop_id=self.till_shop[till][0],
                kind="store_credit",
                training=False,
                amount_ore=-total,
                issued_sale_id=sale,
                issued_by_user_id=self.user_ids[user],
                created_at=at,
            )
            self.written.vouchers += 1
            self.voucher_code = reference
        self._payment(sale, refund, total + rounding, None, 0, reference)
        if refund == "cash":
            self.written.cash_by_till[till] += total + rounding
        self.rows.update("item", line.item_id, status="in_stock", updated_at=at)
        number = self.counters[f"till:{self.till_ids[till]}:receipt:sale"]
        self.journal(
            EventType.RETURN_COMPLETED,
            f"Retur {number} av kvittering {sale_key.split('/')[1]}: {format_kr(total + rounding)}",
            till,
            user,
            sale_id=sale,
            payload={
                "receipt_number": number,
                "total_ore": total,
                "rounding_ore": rounding,
                "refund": refund,
                "destination": "stock",
                "lines": [line.barcode],
            },
        )
        self._receipt_printed(till, user, sale, "Returkvittering", number)
        self.written.returns += 1
        return f"{till}/{number}"

    def park(self, till: str, user: int, key: str) -> None:
        shop, _ = self.till_shop[till]
        item = self.items[key]
        basket_uuid, at = str(uuid.uuid4()), self.tick()
        basket = self.rows.insert(
            "basket",
            uuid=basket_uuid,
            shop_id=shop,
            till_id=self.till_ids[till],
            user_id=self.user_ids[user],
            state="parked",
            training=False,
            basket_discount_ore=0,
            discount_percent_bp=0,
            created_at=at,
            updated_at=at,
        )
        assert basket is not None
        self.rows.insert(
            "basket_line",
            basket_id=basket,
            item_id=item.id,
            quantity=1,
            asked_price_ore=item.price_ore,
            unit_price_ore=item.price_ore,
            discount_ore=0,
            discount_percent_bp=0,
            created_at=at,
        )
        self.rows.update("item", item.id, reserved_basket_id=basket, updated_at=at)
        self.journal(
            EventType.PARK,
            f"Parkert handel {basket_uuid[:8]}",
            till,
            user,
            payload={"basket": basket_uuid},
        )
        self.written.parked_basket_id, self.written.parked_barcode = basket, item.barcode

    def _sale(self, till, user, sale_uuid, kind, at, total, vat, discount, rounding, original):
        shop, _ = self.till_shop[till]
        till_id = self.till_ids[till]
        number = self.draw(f"till:{till_id}:receipt:sale")
        signature = version = None
        if shop in self.keys:
            version, key = self.keys[shop]
            text = signed_text(
                self.last_signature.get(till_id), at.astimezone(OSLO), number, total, total - vat
            )
            signature = base64.b64encode(
                key.sign(text.encode(), padding.PKCS1v15(), hashes.SHA1())
            ).decode()
            self.written.signed += 1
        self.last_signature[till_id] = signature
        sale = self.rows.insert(
            "sale",
            uuid=sale_uuid,
            shop_id=shop,
            till_id=till_id,
            cashier_user_id=self.user_ids[user],
            kind=kind,
            training=False,
            receipt_series="sale",
            receipt_number=number,
            business_date=business_date(at),
            created_at=at,
            total_ore=total,
            vat_ore=vat,
            discount_ore=discount,
            rounding_ore=rounding,
            original_sale_id=original,
            signature=signature,
            signature_key_version=version,
        )
        assert sale is not None
        self.written.sales += 1
        self.written.total_ore += total
        self.written.totals_by_till[till] = self.written.totals_by_till.get(till, 0) + total
        self.written.highest_receipt[till] = number
        self.written.sale_ids[f"{till}/{number}"] = sale
        return sale

    def _payment(self, sale, method, amount, tendered, change, reference) -> None:
        self.rows.insert(
            "payment",
            sale_id=sale,
            method=method,
            saft_payment_code=SAFT_PAYMENT_CODES[method],
            amount_ore=amount,
            tendered_ore=tendered,
            change_ore=change,
            reference=reference,
        )

    def _count_down(self, item_id: int, quantity: int) -> None:
        items = self.rows.table("item")
        self.rows.connection.execute(
            update(items)
            .where(items.c.id == item_id)
            .values(quantity=items.c.quantity - quantity, updated_at=self.now)
        )

    def _receipt_printed(self, till, user, sale, title, number) -> None:
        self.rows.queue(
            "receipt_print",
            sale_id=sale,
            copy=False,
            user_id=self.user_ids[user],
            produced_at=self.tick(0.2),
            channel="escpos",
        )
        event = EventType.RETURN_RECEIPT if title.startswith("Retur") else EventType.SALES_RECEIPT
        self.journal(
            event,
            f"{title} {number}: escpos",
            till,
            user,
            sale_id=sale,
            payload={"channel": "escpos", "copy": False},
        )

    def counters_done(self) -> None:
        for name, value in self.counters.items():
            self.rows.queue("sequence_counter", name=name, value=value)


def write_history(connection: Connection, days_ago: int = 3) -> Written:
    """The centre, its two days of trading and a parked basket, in ``connection``'s
    transaction, written against the schema the database has."""
    opening = datetime.now(OSLO).replace(hour=10, minute=0, second=0, microsecond=0)
    history = _History(_Rows(connection, opening.astimezone(UTC)), opening.astimezone(UTC))
    history.now -= timedelta(days=days_ago)
    history.centre()
    cash, card = Tender("cash"), "card"
    has_vouchers = history.rows.has("voucher")

    # Day 1: both BRUKT tills and HJERTE-1.
    history.open_till("BRUKT-1", CASHIER)
    history.sell(
        "BRUKT-1",
        CASHIER,
        [("B1", 1, None), ("B2", 1, None)],
        [Tender("cash", tendered_ore=50_000)],
    )  # 498,50: rounded up, change
    history.sell(
        "BRUKT-1",
        CASHIER,
        [("B3", 1, None), ("S1", 2, None)],
        [Tender(card, 18_880, reference="T-1001")],
    )
    history.sell(
        "BRUKT-1",
        CASHIER,
        [("B4", 1, None)],
        [Tender("vipps", 50_000, reference="V-77"), Tender(card, 74_950)],
    )
    history.open_till("BRUKT-2", MANAGER)
    history.sell("BRUKT-2", MANAGER, [("B5", 1, None)], [Tender("cash", tendered_ore=5_000)])
    history.sell("BRUKT-2", MANAGER, [("B6", 1, Discount(percent_bp=1000))], [Tender(card, 17_910)])
    history.open_till("HJERTE-1", HELPER)
    history.sell("HJERTE-1", HELPER, [("H1", 1, None)], [cash])
    for till, user in (("BRUKT-1", CASHIER), ("BRUKT-2", MANAGER), ("HJERTE-1", HELPER)):
        history.close_till(till, user)

    # Day 2: a return in cash, and (where the store has vouchers) one as a
    # tilgodelapp spent on the next sale.
    history.now += timedelta(days=1)
    history.open_till("BRUKT-1", CASHIER)
    history.give_back("BRUKT-1", CASHIER, "BRUKT-1/1", 2, "cash")  # the jacket, 349 kr
    if has_vouchers:
        history.open_till("BRUKT-2", MANAGER)
        history.give_back("BRUKT-2", MANAGER, "BRUKT-2/2", 1, "store_credit")
        history.close_till("BRUKT-2", MANAGER)
        code = history.voucher_code
        history.sell(
            "BRUKT-1",
            CASHIER,
            [("B8", 1, None)],
            [Tender("store_credit", 17_910, reference=code), Tender(card, 21_990)],
        )
    history.sell("BRUKT-1", CASHIER, [("S1", 1, None), ("B2", 1, None)], [cash])  # again
    history.park("BRUKT-1", CASHIER, "B7")
    history.close_till("BRUKT-1", CASHIER)
    history.counters_done()
    history.rows.flush()
    history.written.for_sale_barcode = history.items["B9"].barcode
    history.written.returnable = ("BRUKT-1/3", 1)  # the teak sideboard
    return history.written
