"""A shop's markdown rules: managers set them, the till applies them at scan time."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, select

from omigjen_pos.domain.journal_events import EventType
from omigjen_pos.domain.markdowns import MarkdownRule
from omigjen_pos.domain.roles import Action
from omigjen_pos.services.actors import Actor
from omigjen_pos.services.journal import record_by
from omigjen_pos.store.database import Store
from omigjen_pos.store.models import MarkdownRuleRow


def list_markdown_rules(store: Store, shop_id: int) -> list[MarkdownRule]:
    with store.reading() as session:
        rows = session.scalars(
            select(MarkdownRuleRow)
            .where(MarkdownRuleRow.shop_id == shop_id)
            .order_by(MarkdownRuleRow.basis, MarkdownRuleRow.min_days, MarkdownRuleRow.tag_colour)
        )
        return [MarkdownRule(r.basis, r.percent_bp, r.min_days, r.tag_colour) for r in rows]


def replace_markdown_rules(store: Store, actor: Actor, rules: Sequence[MarkdownRule]) -> None:
    """Set the caller's shop's rules to ``rules`` (a manager's decision, journaled)."""
    actor.require(Action.ADMINISTER_SHOP)
    with store.writing() as session:
        before = [
            (r.basis.value, r.percent_bp, r.min_days, r.tag_colour)
            for r in session.scalars(
                select(MarkdownRuleRow).where(MarkdownRuleRow.shop_id == actor.shop_id)
            )
        ]
        session.execute(delete(MarkdownRuleRow).where(MarkdownRuleRow.shop_id == actor.shop_id))
        session.add_all(
            MarkdownRuleRow(
                shop_id=actor.shop_id,
                basis=r.basis,
                percent_bp=r.percent_bp,
                min_days=r.min_days,
                tag_colour=r.tag_colour,
            )
            for r in rules
        )
        record_by(
            session,
            actor,
            EventType.MASTER_DATA_CHANGE,
            "Nedsettingsregler endret",
            payload={
                "old": before,
                "new": [(r.basis.value, r.percent_bp, r.min_days, r.tag_colour) for r in rules],
            },
        )
