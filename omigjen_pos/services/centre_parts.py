"""Adding the parts of a centre in the caller's transaction: categories, shops
(each with its first signing key, so its first sale can be signed) and tills.

Shared by the demo centre (services/demo.py) and the set-up of a real centre
(services/centre_setup.py), so both build the same rows the same way.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from omigjen_pos.domain.default_categories import DefaultCategory
from omigjen_pos.services.signing import signing_keys_for_new_shop
from omigjen_pos.store.models import Category, Shop, Till


def add_category(session: Session, centre_id: int, default: DefaultCategory) -> Category:
    category = Category(
        centre_id=centre_id,
        code=default.code,
        name_nb=default.name_nb,
        name_en=default.name_en,
        default_vat_code=default.vat_code,
        saft_article_group=default.article_group,
    )
    session.add(category)
    session.flush()
    return category


@dataclass(frozen=True)
class ShopFields:
    code: str
    name: str
    org_number: str  # nine digits, mod-11 checked by the caller
    vat_registered: bool
    barcode_number: int  # 1-99, unique in the centre
    address_line: str = ""
    postal_code: str = ""
    city: str = ""
    receipt_footer: str = ""


def add_shop(session: Session, centre_id: int, fields: ShopFields) -> Shop:
    shop = Shop(
        centre_id=centre_id,
        code=fields.code,
        name=fields.name,
        org_number=fields.org_number,
        vat_registered=fields.vat_registered,
        address_line=fields.address_line,
        postal_code=fields.postal_code,
        city=fields.city,
        receipt_footer=fields.receipt_footer,
        barcode_number=fields.barcode_number,
    )
    session.add(shop)
    session.flush()
    signing_keys_for_new_shop(session, shop.id)
    return shop


def add_till(session: Session, shop_id: int, code: str, number: int) -> Till:
    """The shop's till number ``number`` ("Kasse 2"), with its code ("BRUKT-2")."""
    till = Till(shop_id=shop_id, code=code, name=f"Kasse {number}")
    session.add(till)
    session.flush()
    return till
