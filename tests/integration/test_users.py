"""PIN login, lock-out after five wrong PINs, unlock by a manager, the journal."""

import pytest
from sqlalchemy import select

from omigjen_pos.domain.errors import NotFound, PermissionDenied, UserLocked, WrongPin
from omigjen_pos.domain.journal_events import EventType
from omigjen_pos.domain.roles import Role, Screen
from omigjen_pos.services import users
from omigjen_pos.store.models import JournalEntry, User


def journal(store, event: EventType) -> list[JournalEntry]:
    with store.reading() as session:
        return list(
            session.scalars(
                select(JournalEntry)
                .where(JournalEntry.event_type == event)
                .order_by(JournalEntry.id)
            )
        )


def fail_login(store, number: int, times: int) -> None:
    for _ in range(times):
        with pytest.raises((WrongPin, UserLocked)):
            users.login(store, "BRUKT-1", number, "0000")


def test_a_cashier_logs_in_with_the_right_pin_and_the_journal_says_so(store):
    actor = users.login(store, "BRUKT-1", 101, "1111")
    assert (actor.name, actor.till.code, actor.till.shop_code) == (
        "Kari Kasserer",
        "BRUKT-1",
        "BRUKT",
    )
    assert actor.roles == {Role.CASHIER} and actor.screens == (Screen.CHECKOUT,)
    [entry] = journal(store, EventType.LOGIN)
    assert (entry.user_id, entry.till_id, entry.saft_event_code) == (
        actor.user_id,
        actor.till.id,
        "13003",
    )


def test_a_wrong_pin_says_how_many_tries_are_left(store):
    with pytest.raises(WrongPin) as caught:
        users.login(store, "BRUKT-1", 101, "9999")
    assert caught.value.attempts_left == 4
    assert len(journal(store, EventType.LOGIN_FAILED)) == 1


def test_five_wrong_pins_lock_the_user_even_against_the_right_pin(store):
    fail_login(store, 102, 4)
    with pytest.raises(UserLocked):
        users.login(store, "BRUKT-1", 102, "0000")
    with pytest.raises(UserLocked):
        users.login(store, "BRUKT-1", 102, "2222")
    assert len(journal(store, EventType.USER_LOCKED)) == 1
    assert [u.locked for u in users.list_login_users(store, "BRUKT-1") if u.number == 102] == [True]


def test_a_right_pin_resets_the_count_of_wrong_ones(store):
    fail_login(store, 101, 4)
    users.login(store, "BRUKT-1", 101, "1111")
    fail_login(store, 101, 4)
    assert users.login(store, "BRUKT-1", 101, "1111").user_number == 101


def test_a_manager_of_the_shop_unlocks_a_locked_user(store):
    fail_login(store, 102, 5)
    manager = users.login(store, "BRUKT-1", 103, "1234")
    users.unlock_user(store, manager, 102)
    assert users.login(store, "BRUKT-1", 102, "2222").name == "Ola Frivillig"
    assert len(journal(store, EventType.USER_UNLOCKED)) == 1


def test_a_cashier_may_not_unlock_anyone(store):
    fail_login(store, 102, 5)
    cashier = users.login(store, "BRUKT-1", 101, "1111")
    with pytest.raises(PermissionDenied):
        users.unlock_user(store, cashier, 102)
    with store.reading() as session:
        assert session.scalar(select(User.locked_at).where(User.number == 102)) is not None


def test_a_manager_of_another_shop_may_not_unlock(store):
    fail_login(store, 102, 5)
    other_manager = users.login(store, "REP-1", 202, "4444")
    with pytest.raises(PermissionDenied):
        users.unlock_user(store, other_manager, 102)


def test_a_user_without_a_role_in_the_tills_shop_cannot_log_in_there(store):
    with pytest.raises(PermissionDenied):
        users.login(store, "BRUKT-1", 301, "5555")
    assert 301 not in {u.number for u in users.list_login_users(store, "BRUKT-1")}


def test_the_centre_admin_logs_in_on_any_till_with_every_screen(store):
    for till in ("BRUKT-2", "REP-1", "HJERTE-1"):
        admin = users.login(store, till, 900, "9999")
        assert admin.centre_admin and admin.screens == tuple(Screen)


def test_roles_are_per_shop(store):
    at_brukt = users.login(store, "BRUKT-1", 201, "3333")
    at_rep = users.login(store, "REP-1", 201, "3333")
    assert at_brukt.roles == {Role.REPAIRER}
    assert at_rep.roles == {Role.REPAIRER, Role.CASHIER}


def test_unknown_user_or_till_is_reported(store):
    with pytest.raises(NotFound):
        users.login(store, "BRUKT-1", 4242, "1111")
    with pytest.raises(NotFound):
        users.login(store, "NOPE-9", 101, "1111")


def test_logging_out_is_journaled(store):
    actor = users.login(store, "BRUKT-2", 101, "1111")
    users.logout(store, actor)
    [entry] = journal(store, EventType.LOGOUT)
    assert entry.saft_event_code == "13004" and entry.till_id == actor.till.id
