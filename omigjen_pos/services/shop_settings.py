"""A shop's own settings, changed by its manager (or a centre admin), journaled.

What a shop decides for itself, apart from any till: the receipt footer, whether
it is VAT-registered (N25: no "MVA" after the org. number, no VAT charged), how
far its cashiers may cut a price without a manager's PIN, whether its cashiers
may take the X- and Z-reports, and its markdown rules
(services/inventory/markdown_rules.py). Managers change their own shop, centre
admins any shop. Every change is checked first (domain/shop_settings.py) and
saved in one transaction with one journal entry per setting changed, holding the
old and the new value (13999 "Other": SAF-T's code list has no code for master
data changes; PRICE_CHANGE 13021 is for item prices).

``cashiers_may_close_day``: whether the shop's cashiers may take the X- and
Z-reports (managers always may). A shop run by volunteers may have no manager
at the till at closing time, yet needs its Z-report every day the till is used
(N10). The reports read the setting when they are taken
(services/reports/day_report.py); the till screen offers the key from the
setting as it was at login.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from omigjen_pos.domain.errors import NotFound
from omigjen_pos.domain.journal_events import EventType
from omigjen_pos.domain.markdowns import MarkdownRule
from omigjen_pos.domain.roles import Action
from omigjen_pos.domain.shop_settings import (
    check_markdown_rules,
    check_price_cut_limit,
    check_receipt_footer,
)
from omigjen_pos.services.actors import Actor
from omigjen_pos.services.inventory.markdown_rules import (
    list_markdown_rules,
    replace_rules_in,
    shop_to_administer,
)
from omigjen_pos.services.journal import record_by, record_for_shop
from omigjen_pos.store.database import Store
from omigjen_pos.store.models import MarkdownRuleRow, Shop


def set_cashiers_may_close_day(store: Store, actor: Actor, allowed: bool) -> bool:
    """Let the actor's shop's cashiers take X- and Z-reports, or stop them;
    returns whether anything changed. A change is journaled (13999)."""
    actor.require(Action.ADMINISTER_SHOP)
    with store.writing() as session:
        shop = session.scalars(select(Shop).where(Shop.id == actor.shop_id).with_for_update()).one()
        if shop.cashiers_may_close_day == allowed:
            return False
        shop.cashiers_may_close_day = allowed
        record_by(
            session,
            actor,
            EventType.MASTER_DATA_CHANGE,
            f"Kasserere {'kan' if allowed else 'kan ikke'} ta X- og Z-rapport i {shop.code}",
            payload={
                "shop": shop.code,
                "field": "cashiers_may_close_day",
                "old": not allowed,
                "new": allowed,
            },
        )
        return True


@dataclass(frozen=True)
class ShopChoice:
    id: int
    code: str
    name: str


@dataclass(frozen=True)
class ShopSettings:
    """A shop's settings as they are stored."""

    shop_id: int
    shop_code: str
    shop_name: str
    receipt_footer: str
    vat_registered: bool
    cashier_price_cut_limit_bp: int  # 2000 = a cashier may cut up to 20 % alone
    cashiers_may_close_day: bool
    markdown_rules: tuple[MarkdownRule, ...] = field(default=())


@dataclass(frozen=True)
class ShopSettingsChange:
    """What to change; None leaves a setting as it is."""

    receipt_footer: str | None = None
    vat_registered: bool | None = None
    cashier_price_cut_limit_bp: int | None = None
    cashiers_may_close_day: bool | None = None
    markdown_rules: Sequence[MarkdownRule] | None = None


# Field -> (the journal's words for it, how a value is written in the summary).
_JOURNAL_NAMES = {
    "receipt_footer": "Kvitteringstekst",
    "vat_registered": "Mva-registrert",
    "cashier_price_cut_limit_bp": "Kasserers grense for prisavslag",
    "cashiers_may_close_day": "Kasserere kan ta X- og Z-rapport",
}


def shops_to_administer(store: Store, actor: Actor) -> list[ShopChoice]:
    """The shops whose settings ``actor`` may change: their own, or every shop
    of the centre for a centre admin (their own first). Raises PermissionDenied."""
    actor.require(Action.ADMINISTER_SHOP)
    with store.reading() as session:
        query = select(Shop).order_by(Shop.code)
        if not actor.centre_admin:
            query = query.where(Shop.id == actor.shop_id)
        shops = [ShopChoice(shop.id, shop.code, shop.name) for shop in session.scalars(query)]
    return sorted(shops, key=lambda shop: shop.id != actor.shop_id)


def read_shop_settings(store: Store, actor: Actor, shop_id: int | None = None) -> ShopSettings:
    """The settings of the actor's shop, or of ``shop_id`` for a centre admin.
    Raises PermissionDenied or NotFound."""
    shop_id = shop_to_administer(actor, shop_id)
    with store.reading() as session:
        shop = _shop(session, shop_id)
        settings = _snapshot(shop)
    rules = tuple(list_markdown_rules(store, shop_id))
    return ShopSettings(**{**settings.__dict__, "markdown_rules": rules})


def update_shop_settings(
    store: Store, actor: Actor, change: ShopSettingsChange, shop_id: int | None = None
) -> ShopSettings:
    """Save ``change`` to the actor's shop (or ``shop_id``, for a centre admin)
    and return the settings as saved. Everything is checked before anything is
    written (InvalidInput names the field; nothing changes then), all in one
    transaction, each setting that really changes journaled with its old and new
    value. Raises PermissionDenied, NotFound or InvalidInput."""
    shop_id = shop_to_administer(actor, shop_id)
    wanted: dict[str, object] = {}
    if change.receipt_footer is not None:
        wanted["receipt_footer"] = check_receipt_footer(change.receipt_footer)
    if change.cashier_price_cut_limit_bp is not None:
        wanted["cashier_price_cut_limit_bp"] = check_price_cut_limit(
            change.cashier_price_cut_limit_bp
        )
    if change.vat_registered is not None:
        wanted["vat_registered"] = bool(change.vat_registered)
    if change.cashiers_may_close_day is not None:
        wanted["cashiers_may_close_day"] = bool(change.cashiers_may_close_day)
    rules = None if change.markdown_rules is None else check_markdown_rules(change.markdown_rules)
    with store.writing() as session:
        shop = _shop(session, shop_id, for_update=True)
        for name, new in wanted.items():
            old = getattr(shop, name)
            if old == new:
                continue
            setattr(shop, name, new)
            record_for_shop(
                session,
                actor,
                shop_id,
                EventType.MASTER_DATA_CHANGE,
                f"{_JOURNAL_NAMES[name]} endret i {shop.code}: "
                f"{_shown(name, old)} -> {_shown(name, new)}",
                payload={"shop": shop.code, "field": name, "old": old, "new": new},
            )
        if rules is not None and set(rules) != set(_rules_in(session, shop_id)):
            replace_rules_in(session, actor, shop_id, rules)
        session.flush()
        settings = _snapshot(shop)
    return ShopSettings(
        **{**settings.__dict__, "markdown_rules": tuple(list_markdown_rules(store, shop_id))}
    )


def _shop(session: Session, shop_id: int, for_update: bool = False) -> Shop:
    query = select(Shop).where(Shop.id == shop_id)
    shop = session.scalars(query.with_for_update() if for_update else query).one_or_none()
    if shop is None:
        raise NotFound("shop", shop_id)
    return shop


def _snapshot(shop: Shop) -> ShopSettings:
    return ShopSettings(
        shop_id=shop.id,
        shop_code=shop.code,
        shop_name=shop.name,
        receipt_footer=shop.receipt_footer,
        vat_registered=shop.vat_registered,
        cashier_price_cut_limit_bp=shop.cashier_price_cut_limit_bp,
        cashiers_may_close_day=shop.cashiers_may_close_day,
    )


def _rules_in(session: Session, shop_id: int) -> list[MarkdownRule]:
    rows = session.scalars(select(MarkdownRuleRow).where(MarkdownRuleRow.shop_id == shop_id))
    return [MarkdownRule(r.basis, r.percent_bp, r.min_days, r.tag_colour) for r in rows]


def _shown(name: str, value: object) -> str:
    """A value as the journal's summary line shows it."""
    if name == "cashier_price_cut_limit_bp" and isinstance(value, int):
        return f"{value / 100:g} %".replace(".", ",")
    if isinstance(value, bool):
        return "ja" if value else "nei"
    if isinstance(value, str):
        return '"' + value.replace("\n", " / ") + '"'
    return str(value)
