"""Setting up a real centre (not the demo) in an empty store, in one transaction:
the centre, its shops (org. number mod-11 checked) with their tills and first
signing keys, the categories, and the first manager with a PIN.

A store that already holds a centre is refused. The set-up is journaled per
shop, on the shop's first till, so each shop's SAF-T file holds it (N17).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import select, text

from omigjen_pos.domain.default_categories import DEFAULT_CATEGORIES, default_category
from omigjen_pos.domain.errors import CentreExists, InvalidInput
from omigjen_pos.domain.journal_events import EventType
from omigjen_pos.domain.orgnr import format_orgnr
from omigjen_pos.domain.pin import validate_pin
from omigjen_pos.domain.roles import Role
from omigjen_pos.domain.shops import (
    MAX_SHOPS,
    normalise_org_number,
    normalise_shop_code,
    till_codes,
)
from omigjen_pos.domain.text import check_text
from omigjen_pos.services.centre_parts import ShopFields, add_category, add_shop, add_till
from omigjen_pos.services.journal import record_event
from omigjen_pos.services.users import create_user
from omigjen_pos.store.database import Store
from omigjen_pos.store.models import Centre

# Two wizards finishing on one PostgreSQL store at once: one sets up, the other
# finds its centre (SQLite's BEGIN IMMEDIATE queues them anyway).
_PG_SETUP_LOCK = 7_241_002
MAX_USER_NUMBER = 999_999  # what the login screen's number field takes


@dataclass(frozen=True)
class ShopDraft:
    code: str
    name: str
    org_number: str
    vat_registered: bool
    tills: int = 1


@dataclass(frozen=True)
class ManagerDraft:
    number: int
    name: str
    pin: str


@dataclass(frozen=True)
class CentreDraft:
    name: str
    shops: tuple[ShopDraft, ...]
    categories: tuple[str, ...]  # codes of DEFAULT_CATEGORIES
    manager: ManagerDraft
    address_line: str = ""  # the centre's address, printed on every shop's receipts
    postal_code: str = ""
    city: str = ""


@dataclass(frozen=True)
class CentreCreated:
    centre_name: str
    shop_codes: tuple[str, ...]
    till_codes: tuple[str, ...]
    manager_number: int


def checked_draft(draft: CentreDraft) -> CentreDraft:
    """The draft cleaned up (codes upper case, org. numbers as nine digits), or
    InvalidInput naming the first field that is wrong."""
    name = check_text("centre_name", draft.name, 120)
    if not name:
        raise InvalidInput("centre_name", draft.name, "a name is needed")
    if not 1 <= len(draft.shops) <= MAX_SHOPS:
        raise InvalidInput("shops", str(len(draft.shops)), f"from 1 to {MAX_SHOPS} shops")
    shops = tuple(_checked_shop(shop) for shop in draft.shops)
    codes = [shop.code for shop in shops]
    for code in codes:
        if codes.count(code) > 1:
            raise InvalidInput("shop_code", code, "two shops have the same code")
    if not draft.categories:
        raise InvalidInput("categories", "", "choose at least one category")
    for code in draft.categories:
        default_category(code)  # KeyError: a programming error, not a user's
    return replace(
        draft,
        name=name,
        shops=shops,
        categories=tuple(dict.fromkeys(draft.categories)),
        manager=_checked_manager(draft.manager),
        address_line=check_text("address", draft.address_line, 120),
        postal_code=check_text("postal_code", draft.postal_code, 8),
        city=check_text("city", draft.city, 60),
    )


def _checked_shop(shop: ShopDraft) -> ShopDraft:
    code = normalise_shop_code(shop.code)
    name = check_text("shop_name", shop.name, 120)
    if not name:
        raise InvalidInput("shop_name", shop.name, "a name is needed")
    till_codes(code, shop.tills)  # refuses a count out of range
    return replace(shop, code=code, name=name, org_number=normalise_org_number(shop.org_number))


def _checked_manager(manager: ManagerDraft) -> ManagerDraft:
    name = check_text("manager_name", manager.name, 120)
    if not name:
        raise InvalidInput("manager_name", manager.name, "a name is needed")
    if not 1 <= manager.number <= MAX_USER_NUMBER:
        raise InvalidInput("user_number", str(manager.number), "from 1 to 999999")
    validate_pin(manager.pin)
    return replace(manager, name=name)


def create_centre(store: Store, draft: CentreDraft) -> CentreCreated:
    """Set the centre up in one transaction; nothing is written if anything fails.
    Raises InvalidInput for a wrong field and CentreExists for a store in use."""
    draft = checked_draft(draft)
    with store.writing() as session:
        if session.get_bind().dialect.name == "postgresql":
            session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_SETUP_LOCK})
        existing = session.scalars(select(Centre.name).order_by(Centre.id).limit(1)).first()
        if existing is not None:
            raise CentreExists(existing)
        centre = Centre(name=draft.name, is_demo=False)
        session.add(centre)
        session.flush()
        for code in draft.categories:
            add_category(session, centre.id, default_category(code))
        shops, first_tills, all_tills = [], {}, []
        for number, shop_draft in enumerate(draft.shops, start=1):
            shop = add_shop(session, centre.id, _shop_fields(draft, shop_draft, number))
            codes = till_codes(shop.code, shop_draft.tills)
            tills = [add_till(session, shop.id, code, n) for n, code in enumerate(codes, 1)]
            shops.append((shop, shop_draft))
            first_tills[shop.id] = tills[0].id
            all_tills += codes
        manager = create_user(
            session,
            centre_id=centre.id,
            number=draft.manager.number,
            name=draft.manager.name,
            pin=draft.manager.pin,
            roles={shop.id: set(Role) for shop, _ in shops},
            centre_admin=True,
        )
        for shop, shop_draft in shops:
            _journal_set_up(session, draft, shop, shop_draft, first_tills[shop.id], manager.id)
    return CentreCreated(
        draft.name,
        tuple(shop.code for shop, _ in shops),
        tuple(all_tills),
        draft.manager.number,
    )


def _shop_fields(draft: CentreDraft, shop: ShopDraft, number: int) -> ShopFields:
    return ShopFields(
        code=shop.code,
        name=shop.name,
        org_number=shop.org_number,
        vat_registered=shop.vat_registered,
        barcode_number=number,  # 01-99: the shop's part of its in-store barcodes
        address_line=draft.address_line,
        postal_code=draft.postal_code,
        city=draft.city,
    )


def _journal_set_up(session, draft: CentreDraft, shop, shop_draft: ShopDraft, till_id, user_id):
    mva = " MVA" if shop.vat_registered else ""
    tills = till_codes(shop.code, shop_draft.tills)
    record_event(
        session,
        EventType.MASTER_DATA_CHANGE,
        f"Oppsett: {shop.code} «{shop.name}», org.nr. {format_orgnr(shop.org_number)}{mva}, "
        f"kasser {', '.join(tills)}; butikksjef {draft.manager.name} ({draft.manager.number})",
        shop_id=shop.id,
        till_id=till_id,
        user_id=user_id,
        payload={
            "centre": draft.name,
            "shop": {
                "code": shop.code,
                "name": shop.name,
                "org_number": shop.org_number,
                "vat_registered": shop.vat_registered,
                "address": [draft.address_line, draft.postal_code, draft.city],
            },
            "tills": tills,
            "categories": list(draft.categories),
            "manager": {"number": draft.manager.number, "name": draft.manager.name},
        },
    )


def default_category_codes() -> tuple[str, ...]:
    return tuple(category.code for category in DEFAULT_CATEGORIES)
