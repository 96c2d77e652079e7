"""The demo centre: what a newcomer sees on first start and what the demo
command seeds. Fictional businesses; org. numbers pass the mod-11 check but
belong to nobody we know of.

Seeding is idempotent: every shop, till, user and category is looked up by its
code or number and only added when missing; demo items are added to a shop only
when the shop has no items yet, so a second run adds nothing. The trading
history (services.history) tops shelves up with ``restock_demo_shop``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, insert, or_, select
from sqlalchemy.orm import Session

from omigjen_pos.domain.barcodes import in_store_ean13
from omigjen_pos.domain.business_day import business_date
from omigjen_pos.domain.default_categories import DEFAULT_CATEGORIES
from omigjen_pos.domain.items import ItemKind, ItemSource, ItemStatus, margin_scheme_applies
from omigjen_pos.domain.markdowns import tag_colour_for
from omigjen_pos.domain.roles import Role
from omigjen_pos.services.centre_parts import ShopFields, add_category, add_shop, add_till
from omigjen_pos.services.counters import draw_numbers, shop_barcode_counter
from omigjen_pos.services.demo_catalogue import DemoItem, generate_demo_items
from omigjen_pos.services.users import create_user
from omigjen_pos.store.database import Store
from omigjen_pos.store.models import Category, Centre, Item, Shop, Till, User
from omigjen_pos.store.types import utcnow

CENTRE_NAME = "Omigjen ombrukssenter"
ITEMS_PER_SHOP = 150


@dataclass(frozen=True)
class DemoShop:
    code: str
    name: str
    org_number: str
    vat_registered: bool
    barcode_number: int
    till_codes: tuple[str, ...]
    categories: tuple[str, ...]
    footer: str


@dataclass(frozen=True)
class DemoUser:
    number: int
    name: str
    pin: str
    roles: dict[str, frozenset[Role]]  # shop code -> roles
    centre_admin: bool = False


_FOOTER = "Byttes innen 14 dager mot kvittering.\nÅpent man–fre 10–18, lør 10–16."

DEMO_SHOPS = (
    DemoShop(
        "BRUKT",
        "Omigjen Bruktbutikk",
        "921467710",
        True,
        1,
        ("BRUKT-1", "BRUKT-2"),
        ("MOBLER", "KLAR", "BOKER", "ELEKTRO", "KJOKKEN", "SPORT", "LEKER", "VERKTOY", "SYKLER"),
        _FOOTER,
    ),
    DemoShop(
        "REP",
        "Omigjen Reparasjonsverksted",
        "921467729",
        True,
        2,
        ("REP-1",),
        ("REPARASJON", "SYKLER", "ELEKTRO"),
        "Garanti 3 måneder på utført reparasjon.",
    ),
    DemoShop(
        "HJERTE",
        "Hjerterom Gjenbruk",
        "998877652",
        False,
        3,
        ("HJERTE-1",),
        ("KLAR", "BOKER", "LEKER", "KJOKKEN"),
        "Overskuddet går til frivillig arbeid i Asker. Takk for handelen!",
    ),
)

_C, _R, _M = Role.CASHIER, Role.REPAIRER, Role.MANAGER
DEMO_USERS = (
    DemoUser(101, "Kari Kasserer", "1111", {"BRUKT": frozenset({_C})}),
    DemoUser(102, "Ola Frivillig", "2222", {"BRUKT": frozenset({_C})}),
    DemoUser(103, "Marte Butikksjef", "1234", {"BRUKT": frozenset({_C, _R, _M})}),
    DemoUser(201, "Rune Reparatør", "3333", {"REP": frozenset({_R, _C}), "BRUKT": frozenset({_R})}),
    DemoUser(202, "Hanne Verkstedleder", "4444", {"REP": frozenset({_C, _R, _M})}),
    DemoUser(301, "Ingrid Hjelper", "5555", {"HJERTE": frozenset({_C, _R})}),
    DemoUser(302, "Per Styreleder", "6666", {"HJERTE": frozenset({_C, _R, _M})}),
    DemoUser(900, "Siri Senterleder", "9999", {}, centre_admin=True),
)


@dataclass
class SeedReport:
    centre_created: bool = False
    shops: int = 0
    tills: int = 0
    users: int = 0
    categories: int = 0
    items: int = 0

    @property
    def added_anything(self) -> bool:
        return any(
            (self.centre_created, self.shops, self.tills, self.users, self.categories, self.items)
        )


def seed_demo_centre(
    store: Store, items_per_shop: int = ITEMS_PER_SHOP, today: date | None = None
) -> SeedReport:
    report = SeedReport()
    today = today or business_date(utcnow())
    with store.writing() as session:
        centre = session.scalar(select(Centre).where(Centre.name == CENTRE_NAME))
        if centre is None:
            centre = Centre(name=CENTRE_NAME, is_demo=True)
            session.add(centre)
            session.flush()
            report.centre_created = True
        categories = _ensure_categories(session, centre.id, report)
        shops = {demo.code: _ensure_shop(session, centre.id, demo, report) for demo in DEMO_SHOPS}
        _ensure_users(session, centre.id, shops, report)
        for demo in DEMO_SHOPS:
            _ensure_items(
                session, shops[demo.code], demo, categories, items_per_shop, today, report
            )
    return report


def _ensure_categories(session: Session, centre_id: int, report: SeedReport) -> dict[str, int]:
    existing = {c.code: c.id for c in session.scalars(select(Category))}
    for default in DEFAULT_CATEGORIES:
        if default.code not in existing:
            existing[default.code] = add_category(session, centre_id, default).id
            report.categories += 1
    return existing


def _ensure_shop(session: Session, centre_id: int, demo: DemoShop, report: SeedReport) -> Shop:
    shop = session.scalar(select(Shop).where(Shop.code == demo.code))
    if shop is None:
        fields = ShopFields(
            code=demo.code,
            name=demo.name,
            org_number=demo.org_number,
            vat_registered=demo.vat_registered,
            barcode_number=demo.barcode_number,
            address_line="Gjenbruksveien 1",
            postal_code="1383",
            city="Asker",
            receipt_footer=demo.footer,
        )
        shop = add_shop(session, centre_id, fields)  # with its first signing key
        report.shops += 1
    known_tills = set(session.scalars(select(Till.code).where(Till.shop_id == shop.id)))
    for number, code in enumerate(demo.till_codes, start=1):
        if code not in known_tills:
            add_till(session, shop.id, code, number)
            report.tills += 1
    return shop


def _ensure_users(
    session: Session, centre_id: int, shops: dict[str, Shop], report: SeedReport
) -> None:
    known = set(session.scalars(select(User.number)))
    for demo in DEMO_USERS:
        if demo.number in known:
            continue
        roles = {shops[code].id: set(roles) for code, roles in demo.roles.items()}
        create_user(
            session,
            centre_id=centre_id,
            number=demo.number,
            name=demo.name,
            pin=demo.pin,
            roles=roles,
            centre_admin=demo.centre_admin,
        )
        report.users += 1


def _ensure_items(
    session: Session,
    shop: Shop,
    demo: DemoShop,
    categories: dict[str, int],
    per_shop: int,
    today: date,
    report: SeedReport,
) -> None:
    has_items = session.scalar(
        select(func.count()).select_from(Item).where(Item.shop_id == shop.id)
    )
    if has_items or per_shop == 0:
        return
    generated = generate_demo_items({demo.code: demo.categories}, per_shop)[demo.code]
    report.items += _add_items(session, shop, demo, categories, generated, today, spread=True)


def _add_items(
    session: Session,
    shop: Shop,
    demo: DemoShop,
    categories: dict[str, int],
    generated: list[DemoItem],
    today: date,
    spread: bool,
) -> int:
    """Insert the generated items, taken in ``today``: with ``spread`` their intake
    dates go back up to four months, as on a shop's shelves; otherwise all today."""
    serials = draw_numbers(session, shop_barcode_counter(shop.id), len(generated))
    now = utcnow()  # one registration: one moment, and one reading of the clock
    rows = []
    for index, (item, serial) in enumerate(zip(generated, serials, strict=True)):
        source = ItemSource(item.source)
        stock_article = source is ItemSource.NEW_GOODS
        intake = today - timedelta(days=(index * 7) % 120) if spread else today
        rows.append(
            {
                "shop_id": shop.id,
                "kind": ItemKind.STOCK if stock_article else ItemKind.UNIQUE,
                "barcode": in_store_ean13(shop.barcode_number, serial),
                "name": item.name,
                "description": item.description,
                "category_id": categories[item.category_code],
                "condition": None if stock_article else item.condition,
                "price_ore": item.price_ore,
                "purchase_price_ore": item.purchase_price_ore,
                "margin_scheme": margin_scheme_applies(source) and demo.vat_registered,
                "source": source,
                "weight_grams": item.weight_grams or None,
                "intake_date": intake,
                "shelf": item.shelf,
                "tag_colour": None if stock_article else tag_colour_for(intake),
                "status": ItemStatus.IN_STOCK,
                "quantity": 10 + index % 15 if stock_article else 1,
                "created_at": now,
                "updated_at": now,
            }
        )
    if rows:
        session.execute(insert(Item), rows)
    return len(rows)


def sellable_items(session: Session, shop_id: int) -> int:
    """Items a till of the shop could sell now: in stock, in no basket, not sold out."""
    return (
        session.scalar(
            select(func.count())
            .select_from(Item)
            .where(
                Item.shop_id == shop_id,
                Item.status == ItemStatus.IN_STOCK,
                Item.reserved_basket_id.is_(None),
                or_(Item.kind == ItemKind.UNIQUE, Item.quantity > 0),
            )
        )
        or 0
    )


def restock_demo_shop(store: Store, shop_code: str, target: int, today: date) -> int:
    """Fill a demo shop's shelves up to ``target`` sellable items with new
    donations taken in ``today`` (for the demo's trading history); the count added."""
    demo = next(d for d in DEMO_SHOPS if d.code == shop_code)
    with store.writing() as session:
        shop = session.scalar(select(Shop).where(Shop.code == demo.code))
        if shop is None:
            raise KeyError(shop_code)
        missing = target - sellable_items(session, shop.id)
        if missing <= 0:
            return 0
        categories = {c.code: c.id for c in session.scalars(select(Category))}
        # A new seed every day, so each day's donations are different things.
        generated = generate_demo_items(
            {demo.code: demo.categories}, missing, seed=today.toordinal()
        )[demo.code]
        return _add_items(session, shop, demo, categories, generated, today, spread=False)


def demo_cashier_for(shop_code: str) -> tuple[int, str]:
    """(number, PIN) of a demo user who may sell in the shop, for `simulate`."""
    return demo_cashiers_for(shop_code)[0]


def demo_manager_for(shop_code: str) -> tuple[int, str]:
    """(number, PIN) of the demo manager of the shop, for `report` and `export`."""
    for user in DEMO_USERS:
        if Role.MANAGER in user.roles.get(shop_code.upper(), frozenset()):
            return user.number, user.pin
    raise KeyError(shop_code)


def demo_cashiers_for(shop_code: str) -> list[tuple[int, str]]:
    """(number, PIN) of every demo user who may sell in the shop, by number."""
    cashiers = [
        (user.number, user.pin)
        for user in DEMO_USERS
        if Role.CASHIER in user.roles.get(shop_code.upper(), frozenset())
    ]
    if not cashiers:
        raise KeyError(shop_code)
    return cashiers


@dataclass(frozen=True)
class DemoLoginHint:
    number: int
    name: str
    pin: str
    shop_codes: tuple[str, ...]  # empty for the centre admin, who may log in anywhere


def demo_login_hints() -> list[DemoLoginHint]:
    """Every demo user with PIN and shops, for the login screen of a demo store."""
    return [DemoLoginHint(u.number, u.name, u.pin, tuple(sorted(u.roles))) for u in DEMO_USERS]
