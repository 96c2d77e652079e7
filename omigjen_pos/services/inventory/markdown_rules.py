"""A shop's markdown rules: managers set them, the till applies them at scan time."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from omigjen_pos.domain.errors import NotFound, PermissionDenied
from omigjen_pos.domain.journal_events import EventType
from omigjen_pos.domain.markdowns import MarkdownRule
from omigjen_pos.domain.roles import Action
from omigjen_pos.services.actors import Actor
from omigjen_pos.services.journal import record_for_shop
from omigjen_pos.store.database import Store
from omigjen_pos.store.models import MarkdownRuleRow, Shop


def list_markdown_rules(store: Store, shop_id: int) -> list[MarkdownRule]:
    with store.reading() as session:
        rows = session.scalars(
            select(MarkdownRuleRow)
            .where(MarkdownRuleRow.shop_id == shop_id)
            .order_by(MarkdownRuleRow.basis, MarkdownRuleRow.min_days, MarkdownRuleRow.tag_colour)
        )
        return [MarkdownRule(r.basis, r.percent_bp, r.min_days, r.tag_colour) for r in rows]


def replace_markdown_rules(
    store: Store, actor: Actor, rules: Sequence[MarkdownRule], shop_id: int | None = None
) -> None:
    """Set the rules of the caller's shop (or, for a centre admin, of ``shop_id``)
    to ``rules``: a manager's decision, journaled with the old and new rules."""
    shop_id = shop_to_administer(actor, shop_id)
    with store.writing() as session:
        if session.get(Shop, shop_id) is None:
            raise NotFound("shop", shop_id)
        replace_rules_in(session, actor, shop_id, rules)


def replace_rules_in(
    session: Session, actor: Actor, shop_id: int, rules: Sequence[MarkdownRule]
) -> None:
    """``replace_markdown_rules`` in the caller's transaction (services/shop_settings.py
    saves them with the shop's other settings); the caller checked the actor's rights."""
    before = [
        (r.basis.value, r.percent_bp, r.min_days, r.tag_colour)
        for r in session.scalars(
            select(MarkdownRuleRow)
            .where(MarkdownRuleRow.shop_id == shop_id)
            .order_by(MarkdownRuleRow.basis, MarkdownRuleRow.min_days, MarkdownRuleRow.tag_colour)
        )
    ]
    session.execute(delete(MarkdownRuleRow).where(MarkdownRuleRow.shop_id == shop_id))
    session.add_all(
        MarkdownRuleRow(
            shop_id=shop_id,
            basis=r.basis,
            percent_bp=r.percent_bp,
            min_days=r.min_days,
            tag_colour=r.tag_colour,
        )
        for r in rules
    )
    record_for_shop(
        session,
        actor,
        shop_id,
        EventType.MASTER_DATA_CHANGE,
        "Nedsettingsregler endret",
        payload={
            "old": before,
            "new": [(r.basis.value, r.percent_bp, r.min_days, r.tag_colour) for r in rules],
        },
    )


def shop_to_administer(actor: Actor, shop_id: int | None) -> int:
    """The shop whose settings ``actor`` changes: their own (None), or any shop
    for a centre admin. Raises PermissionDenied."""
    actor.require(Action.ADMINISTER_SHOP)
    if shop_id is None or shop_id == actor.shop_id:
        return actor.shop_id
    if not actor.centre_admin:
        raise PermissionDenied(actor.name, Action.ADMINISTER_SHOP.value, str(shop_id))
    return shop_id
