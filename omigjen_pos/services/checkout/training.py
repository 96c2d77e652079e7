"""Training mode: new volunteers practise on the real till without real sales."""

from __future__ import annotations

from omigjen_pos.domain.journal_events import EventType
from omigjen_pos.domain.roles import Action
from omigjen_pos.services.actors import Actor
from omigjen_pos.services.journal import record_by
from omigjen_pos.store.database import Store


def switch_training_mode(store: Store, actor: Actor, on: bool) -> None:
    """A manager puts the till into training mode for a new volunteer, or out of it.

    The mode itself lives with the till screen (baskets opened meanwhile are
    training baskets, with their own receipt numbers and no effect on stock);
    switching is journaled (N17; SAF-T 13023 on, 13024 off).
    """
    actor.require(Action.ADMINISTER_SHOP)
    with store.writing() as session:
        record_by(
            session,
            actor,
            EventType.TRAINING_ON if on else EventType.TRAINING_OFF,
            f"Treningsmodus {'på' if on else 'av'} på {actor.till.code}",
        )
