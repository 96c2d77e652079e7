"""Users, PIN login and lock-out.

Five wrong PINs in a row lock a user until a manager of one of their shops (or
a centre admin) unlocks them. Every login, logout, failure, lock and unlock is
written to the journal (N17, N22).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from omigjen_pos.domain.errors import NotFound, PermissionDenied, UserLocked, WrongPin
from omigjen_pos.domain.journal_events import EventType
from omigjen_pos.domain.pin import MAX_FAILED_ATTEMPTS, hash_pin, verify_pin
from omigjen_pos.domain.roles import Action, Role, may
from omigjen_pos.services.actors import Actor, TillInfo
from omigjen_pos.services.journal import record_by, record_event
from omigjen_pos.services.tills import till_by_code
from omigjen_pos.store.database import Store
from omigjen_pos.store.models import User, UserRole
from omigjen_pos.store.types import utcnow


@dataclass(frozen=True)
class LoginUser:
    """A name on the login screen."""

    number: int
    name: str
    locked: bool


def _roles_in_shop(session: Session, user_id: int, shop_id: int) -> frozenset[Role]:
    roles = session.scalars(
        select(UserRole.role).where(UserRole.user_id == user_id, UserRole.shop_id == shop_id)
    )
    return frozenset(roles)


def list_login_users(store: Store, till_code: str) -> list[LoginUser]:
    """Users who may log in on this till: a role in its shop, or centre admin."""
    with store.reading() as session:
        till = till_by_code(session, till_code)
        in_shop = select(UserRole.user_id).where(UserRole.shop_id == till.shop_id)
        users = session.scalars(
            select(User)
            .where(User.active, (User.id.in_(in_shop)) | User.is_centre_admin)
            .order_by(User.number)
        )
        return [LoginUser(u.number, u.name, u.locked_at is not None) for u in users]


def create_user(
    session: Session,
    *,
    centre_id: int,
    number: int,
    name: str,
    pin: str,
    roles: dict[int, set[Role]],
    centre_admin: bool = False,
) -> User:
    """Add a user in the caller's transaction. ``roles`` maps shop id to roles."""
    user = User(
        centre_id=centre_id,
        number=number,
        name=name,
        pin_hash=hash_pin(pin),
        is_centre_admin=centre_admin,
    )
    user.roles = [
        UserRole(shop_id=shop_id, role=role)
        for shop_id, shop_roles in roles.items()
        for role in sorted(shop_roles)
    ]
    session.add(user)
    session.flush()
    return user


def login(store: Store, till_code: str, user_number: int, pin: str) -> Actor:
    """Check the PIN and open a session on the till; raise a domain error if not.

    The slow PIN check runs outside any write transaction so a login never holds
    the store's write lock; failures are counted with an atomic UPDATE.
    """
    with store.reading() as session:
        till = till_by_code(session, till_code)
    user_id, name, admin, roles = _check_pin(store, till, user_number, pin)
    with store.writing() as session:
        record_event(
            session,
            EventType.LOGIN,
            f"Pålogging: {name} ({user_number})",
            shop_id=till.shop_id,
            till_id=till.id,
            user_id=user_id,
        )
    return Actor(user_id, user_number, name, admin, roles, till)


@dataclass(frozen=True)
class Approval:
    """A manager who typed their PIN at the till to allow something on the spot."""

    user_id: int
    user_number: int
    name: str


def approve(store: Store, actor: Actor, user_number: int, pin: str) -> Approval:
    """A manager of the actor's shop (or a centre admin) approves with their PIN.

    Wrong PINs count towards the lock-out exactly as at login; an approval is not
    a login, so none is journaled here: the service that uses it logs who approved.
    """
    user_id, name, admin, roles = _check_pin(store, actor.till, user_number, pin)
    if not may(roles, Action.ADMINISTER_SHOP, admin):
        raise PermissionDenied(name, "approve", actor.till.shop_code)
    return Approval(user_id, user_number, name)


def _check_pin(
    store: Store, till: TillInfo, user_number: int, pin: str
) -> tuple[int, str, bool, frozenset[Role]]:
    """The user's id, name, centre-admin flag and roles in the till's shop, if the
    PIN is right; a wrong PIN is counted and may lock the user."""
    with store.reading() as session:
        user = session.scalar(select(User).where(User.number == user_number, User.active))
        if user is None:
            raise NotFound("user", user_number)
        roles = _roles_in_shop(session, user.id, till.shop_id)
        if not roles and not user.is_centre_admin:
            raise PermissionDenied(user.name, "log in", till.shop_code)
        if user.locked_at is not None:
            raise UserLocked(user.name)
        user_id, name, admin, pin_hash = user.id, user.name, user.is_centre_admin, user.pin_hash

    if verify_pin(pin, pin_hash):
        with store.writing() as session:
            session.execute(update(User).where(User.id == user_id).values(failed_pin_attempts=0))
        return user_id, name, admin, roles

    with store.writing() as session:
        attempts = session.execute(
            update(User)
            .where(User.id == user_id)
            .values(failed_pin_attempts=User.failed_pin_attempts + 1)
            .returning(User.failed_pin_attempts)
        ).scalar_one()
        record_event(
            session,
            EventType.LOGIN_FAILED,
            f"Feil PIN for {name} ({user_number}), forsøk {attempts}",
            shop_id=till.shop_id,
            till_id=till.id,
            user_id=user_id,
        )
        locked = attempts >= MAX_FAILED_ATTEMPTS
        if locked:
            session.execute(update(User).where(User.id == user_id).values(locked_at=utcnow()))
            record_event(
                session,
                EventType.USER_LOCKED,
                f"{name} ({user_number}) sperret etter {attempts} feil PIN",
                shop_id=till.shop_id,
                till_id=till.id,
                user_id=user_id,
            )
    if locked:
        raise UserLocked(name)
    raise WrongPin(MAX_FAILED_ATTEMPTS - attempts)


def logout(store: Store, actor: Actor) -> None:
    with store.writing() as session:
        record_by(
            session, actor, EventType.LOGOUT, f"Avlogging: {actor.name} ({actor.user_number})"
        )


def unlock_user(store: Store, actor: Actor, user_number: int) -> None:
    """A manager unlocks a user who holds a role in the manager's shop."""
    actor.require(Action.UNLOCK_USERS)
    with store.writing() as session:
        user = session.scalar(select(User).where(User.number == user_number))
        if user is None:
            raise NotFound("user", user_number)
        if not actor.centre_admin and not _roles_in_shop(session, user.id, actor.shop_id):
            raise PermissionDenied(actor.name, Action.UNLOCK_USERS.value, actor.till.shop_code)
        user.locked_at = None
        user.failed_pin_attempts = 0
        record_by(
            session,
            actor,
            EventType.USER_UNLOCKED,
            f"{user.name} ({user.number}) låst opp av {actor.name}",
        )


__all__ = [
    "Actor",
    "LoginUser",
    "TillInfo",
    "create_user",
    "list_login_users",
    "login",
    "logout",
    "unlock_user",
]
