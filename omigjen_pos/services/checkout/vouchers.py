"""Tilgodelapp (store credit) and gift cards: a code worth an amount in one shop.

A voucher row is never changed. Its balance is its amount less its uses, and a
use is written in the same transaction as the sale it pays, after the voucher
row is locked, so two tills can never spend the same krone twice. A voucher
made in training mode pays only training sales, and the other way round.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from omigjen_pos.domain.errors import InvalidInput, NotFound, PaymentMismatch
from omigjen_pos.domain.roles import Action
from omigjen_pos.domain.text import has_control_characters
from omigjen_pos.services.actors import Actor
from omigjen_pos.store.database import Store
from omigjen_pos.store.models import Voucher, VoucherKind, VoucherUse

VOUCHER_METHODS = ("gift_card", "store_credit")
CODE_DIGITS = 10


@dataclass(frozen=True)
class VoucherView:
    code: str
    kind: VoucherKind
    amount_ore: int
    balance_ore: int
    training: bool


def voucher_balance(store: Store, actor: Actor, code: str) -> VoucherView:
    """What is left on the voucher with ``code`` in the actor's shop."""
    actor.require(Action.SELL)
    with store.reading() as session:
        voucher = _find(session, actor, code)
        return _view(session, voucher)


def _find(session: Session, actor: Actor, code: str, lock: bool = False) -> Voucher:
    typed = code.strip()
    if has_control_characters(typed):  # no code has them; PostgreSQL refuses NUL
        raise NotFound("voucher", typed[:40])
    statement = select(Voucher).where(Voucher.code == typed, Voucher.shop_id == actor.shop_id)
    if lock:
        statement = statement.with_for_update()
    voucher = session.scalar(statement)
    if voucher is None:
        raise NotFound("voucher", typed[:40])
    return voucher


def _view(session: Session, voucher: Voucher) -> VoucherView:
    used = session.scalar(
        select(func.coalesce(func.sum(VoucherUse.amount_ore), 0)).where(
            VoucherUse.voucher_id == voucher.id
        )
    )
    return VoucherView(
        voucher.code,
        voucher.kind,
        voucher.amount_ore,
        voucher.amount_ore - (used or 0),
        voucher.training,
    )


def spend_voucher(
    session: Session, actor: Actor, code: str, amount_ore: int, sale_id: int, training: bool
) -> None:
    """Take ``amount_ore`` off the voucher for sale ``sale_id``, inside the sale's
    transaction; refuses more than the balance."""
    voucher = _find(session, actor, code, lock=True)
    if voucher.training != training:
        raise InvalidInput(
            "voucher", voucher.code, "training vouchers pay training sales only, and the other way"
        )
    balance = _view(session, voucher).balance_ore
    if amount_ore > balance:
        raise PaymentMismatch(amount_ore, balance)
    session.add(VoucherUse(voucher_id=voucher.id, sale_id=sale_id, amount_ore=amount_ore))


def issue_voucher(
    session: Session,
    actor: Actor,
    kind: VoucherKind,
    amount_ore: int,
    sale_id: int | None,
    training: bool,
) -> Voucher:
    """A new voucher with a fresh random code (digits only, so a scanner can type it)."""
    while True:
        code = f"{secrets.randbelow(10**CODE_DIGITS):0{CODE_DIGITS}d}"
        if session.scalar(select(Voucher.id).where(Voucher.code == code)) is None:
            break
    voucher = Voucher(
        code=code,
        shop_id=actor.shop_id,
        kind=kind,
        training=training,
        amount_ore=amount_ore,
        issued_sale_id=sale_id,
        issued_by_user_id=actor.user_id,
    )
    session.add(voucher)
    return voucher
