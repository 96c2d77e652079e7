"""A shop's settings (services/shop_settings.py) on SQLite and PostgreSQL: who may
change them, what is refused (with nothing changed), and the journal entries."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from omigjen_pos.domain.errors import InvalidInput, NotFound, PermissionDenied
from omigjen_pos.domain.journal_events import EventType
from omigjen_pos.domain.markdowns import MarkdownBasis, MarkdownRule
from omigjen_pos.domain.shop_settings import (
    FOOTER_LINE_TOO_LONG,
    FOOTER_TOO_MANY_LINES,
    LIMIT_OUT_OF_RANGE,
    MARKDOWN_TWICE,
)
from omigjen_pos.domain.text import CONTROL_CHARACTERS
from omigjen_pos.services import users
from omigjen_pos.services.actors import Actor
from omigjen_pos.services.inventory.markdown_rules import (
    list_markdown_rules,
    replace_markdown_rules,
)
from omigjen_pos.services.reports.day_report import x_report
from omigjen_pos.services.shop_settings import (
    ShopSettingsChange,
    read_shop_settings,
    shops_to_administer,
    update_shop_settings,
)
from omigjen_pos.services.store_setup import Store
from omigjen_pos.store.models import JournalEntry, Shop

DEMO_FOOTER = "Byttes innen 14 dager mot kvittering.\nÅpent man–fre 10–18, lør 10–16."
AGE_30 = MarkdownRule(MarkdownBasis.INTAKE_AGE, 2500, min_days=30)
AGE_60 = MarkdownRule(MarkdownBasis.INTAKE_AGE, 5000, min_days=60)
YELLOW = MarkdownRule(MarkdownBasis.TAG_COLOUR, 4000, tag_colour="yellow")


def changes_in_journal(store: Store) -> list[JournalEntry]:
    with store.reading() as session:
        return list(
            session.scalars(
                select(JournalEntry)
                .where(JournalEntry.event_type == EventType.MASTER_DATA_CHANGE)
                .order_by(JournalEntry.id)
            )
        )


def shop_row(store: Store, code: str) -> Shop:
    with store.reading() as session:
        return session.scalars(select(Shop).where(Shop.code == code)).one()


def payloads(entries: list[JournalEntry]) -> list[dict]:
    return [json.loads(entry.payload_json or "{}") for entry in entries]


@pytest.fixture
def manager(store: Store) -> Actor:
    return users.login(store, "BRUKT-1", 103, "1234")  # Marte, manager of BRUKT


@pytest.fixture
def centre_admin(store: Store) -> Actor:
    return users.login(store, "BRUKT-1", 900, "9999")  # Siri, no shop roles


def test_a_manager_reads_the_shops_settings(store: Store, manager: Actor):
    settings = read_shop_settings(store, manager)

    assert (settings.shop_code, settings.receipt_footer) == ("BRUKT", DEMO_FOOTER)
    assert settings.vat_registered is True
    assert settings.cashier_price_cut_limit_bp == 2000
    assert settings.cashiers_may_close_day is False
    assert settings.markdown_rules == ()


def test_every_change_is_saved_and_journaled_with_old_and_new_value(store: Store, manager: Actor):
    saved = update_shop_settings(
        store,
        manager,
        ShopSettingsChange(
            receipt_footer="  Bytte innen 30 dager.  \n\n  Takk for handelen! ",
            vat_registered=False,
            cashier_price_cut_limit_bp=1500,
            cashiers_may_close_day=True,
            markdown_rules=[YELLOW, AGE_30],
        ),
    )

    assert saved.receipt_footer == "Bytte innen 30 dager.\nTakk for handelen!"
    assert (saved.vat_registered, saved.cashier_price_cut_limit_bp) == (False, 1500)
    assert saved.cashiers_may_close_day is True
    assert set(saved.markdown_rules) == {YELLOW, AGE_30}
    assert read_shop_settings(store, manager) == saved
    shop = shop_row(store, "BRUKT")
    assert (shop.receipt_footer, shop.vat_registered) == (saved.receipt_footer, False)
    entries = changes_in_journal(store)
    by_field = {payload.get("field", "markdown_rules"): payload for payload in payloads(entries)}
    assert by_field["receipt_footer"] == {
        "shop": "BRUKT",
        "field": "receipt_footer",
        "old": DEMO_FOOTER,
        "new": "Bytte innen 30 dager.\nTakk for handelen!",
    }
    assert (by_field["vat_registered"]["old"], by_field["vat_registered"]["new"]) == (True, False)
    limit = by_field["cashier_price_cut_limit_bp"]
    assert (limit["old"], limit["new"]) == (2000, 1500)
    close_day = by_field["cashiers_may_close_day"]
    assert (close_day["old"], close_day["new"]) == (False, True)
    assert by_field["markdown_rules"]["old"] == []
    assert len(by_field["markdown_rules"]["new"]) == 2
    assert len(entries) == 5
    for entry in entries:
        assert entry.saft_event_code == "13999"
        assert (entry.shop_id, entry.till_id, entry.user_id) == (
            manager.shop_id,
            manager.till.id,
            manager.user_id,
        )
    limit_entry = next(e for e in entries if "grense" in e.summary)
    assert "20 % -> 15 %" in limit_entry.summary


def test_saving_what_is_already_there_journals_nothing(store: Store, manager: Actor):
    update_shop_settings(
        store,
        manager,
        ShopSettingsChange(
            receipt_footer=DEMO_FOOTER,
            vat_registered=True,
            cashier_price_cut_limit_bp=2000,
            cashiers_may_close_day=False,
            markdown_rules=[],
        ),
    )

    assert changes_in_journal(store) == []


@pytest.mark.parametrize(
    ("number", "pin"), [(101, "1111"), (201, "3333")], ids=["cashier", "repairer"]
)
def test_only_managers_change_a_shops_settings(store: Store, number: int, pin: str):
    actor = users.login(store, "BRUKT-1", number, pin)

    with pytest.raises(PermissionDenied):
        read_shop_settings(store, actor)
    with pytest.raises(PermissionDenied):
        update_shop_settings(store, actor, ShopSettingsChange(cashier_price_cut_limit_bp=10000))
    with pytest.raises(PermissionDenied):
        shops_to_administer(store, actor)

    assert shop_row(store, "BRUKT").cashier_price_cut_limit_bp == 2000
    assert changes_in_journal(store) == []


def test_a_manager_cannot_change_another_shop(store: Store, manager: Actor):
    other = shop_row(store, "REP")

    with pytest.raises(PermissionDenied):
        update_shop_settings(store, manager, ShopSettingsChange(receipt_footer="Hei"), other.id)
    with pytest.raises(PermissionDenied):
        replace_markdown_rules(store, manager, [AGE_30], other.id)

    assert shop_row(store, "REP").receipt_footer == other.receipt_footer
    assert list_markdown_rules(store, other.id) == []
    assert [choice.code for choice in shops_to_administer(store, manager)] == ["BRUKT"]


def test_a_centre_admin_changes_any_shop_in_that_shops_journal(store: Store, centre_admin: Actor):
    rep = shop_row(store, "REP")

    choices = shops_to_administer(store, centre_admin)
    saved = update_shop_settings(
        store,
        centre_admin,
        ShopSettingsChange(cashier_price_cut_limit_bp=0, markdown_rules=[AGE_60]),
        rep.id,
    )

    assert choices[0].code == "BRUKT"  # the shop of the till first
    assert {choice.code for choice in choices} == {"BRUKT", "REP", "HJERTE"}
    assert (saved.shop_code, saved.cashier_price_cut_limit_bp) == ("REP", 0)
    assert list_markdown_rules(store, rep.id) == [AGE_60]
    assert shop_row(store, "BRUKT").cashier_price_cut_limit_bp == 2000
    entries = changes_in_journal(store)
    assert len(entries) == 2
    # REP's journal, away from any till: the till belongs to another business.
    assert {(e.shop_id, e.till_id, e.user_id) for e in entries} == {
        (rep.id, None, centre_admin.user_id)
    }


def test_a_shop_that_does_not_exist_is_not_found(store: Store, centre_admin: Actor):
    with pytest.raises(NotFound):
        read_shop_settings(store, centre_admin, 9999)
    with pytest.raises(NotFound):
        update_shop_settings(store, centre_admin, ShopSettingsChange(vat_registered=False), 9999)


@pytest.mark.parametrize(
    ("change", "field", "reason"),
    [
        (
            ShopSettingsChange(receipt_footer="x" * 49),
            "receipt_footer",
            FOOTER_LINE_TOO_LONG,
        ),
        (
            ShopSettingsChange(receipt_footer="\n".join(f"Linje {n}" for n in range(7))),
            "receipt_footer",
            FOOTER_TOO_MANY_LINES,
        ),
        (
            ShopSettingsChange(receipt_footer="Åpent\tman-fre"),
            "receipt_footer",
            CONTROL_CHARACTERS,
        ),
        (
            ShopSettingsChange(receipt_footer="Takk\x00"),
            "receipt_footer",
            CONTROL_CHARACTERS,
        ),
        (
            ShopSettingsChange(cashier_price_cut_limit_bp=10001),
            "cashier_price_cut_limit",
            LIMIT_OUT_OF_RANGE,
        ),
        (
            ShopSettingsChange(cashier_price_cut_limit_bp=-1),
            "cashier_price_cut_limit",
            LIMIT_OUT_OF_RANGE,
        ),
        (
            ShopSettingsChange(
                markdown_rules=[AGE_30, MarkdownRule(MarkdownBasis.INTAKE_AGE, 10, 30)]
            ),
            "markdown_rules",
            MARKDOWN_TWICE,
        ),
    ],
    ids=["long-line", "seven-lines", "tab", "nul", "above-100", "below-0", "same-age-twice"],
)
def test_a_refused_value_changes_nothing_at_all(
    store: Store, manager: Actor, change: ShopSettingsChange, field: str, reason: str
):
    # The refused value comes with good ones: none of them may be saved either.
    mixed = ShopSettingsChange(
        receipt_footer=change.receipt_footer or "Ny tekst",
        vat_registered=False,
        cashier_price_cut_limit_bp=(
            1000 if change.cashier_price_cut_limit_bp is None else change.cashier_price_cut_limit_bp
        ),
        cashiers_may_close_day=True,
        markdown_rules=change.markdown_rules or [YELLOW],
    )
    before = read_shop_settings(store, manager)

    with pytest.raises(InvalidInput) as refused:
        update_shop_settings(store, manager, mixed)

    assert (refused.value.field, refused.value.reason) == (field, reason)
    assert read_shop_settings(store, manager) == before
    assert changes_in_journal(store) == []


def test_a_footer_of_six_full_lines_fits(store: Store, manager: Actor):
    footer = "\n".join(f"{n}" * 48 for n in range(6))

    saved = update_shop_settings(store, manager, ShopSettingsChange(receipt_footer=footer))

    assert saved.receipt_footer == footer


def test_letting_cashiers_close_the_day_lets_them_take_an_x_report(store: Store, manager: Actor):
    cashier = users.login(store, "BRUKT-1", 101, "1111")
    with pytest.raises(PermissionDenied):
        x_report(store, cashier)

    update_shop_settings(store, manager, ShopSettingsChange(cashiers_may_close_day=True))

    assert x_report(store, cashier).kind == "X"  # read when the report is taken


def test_the_markdown_rules_service_journals_the_change_too(store: Store, manager: Actor):
    replace_markdown_rules(store, manager, [AGE_30, YELLOW])

    assert set(list_markdown_rules(store, manager.shop_id)) == {AGE_30, YELLOW}
    [entry] = changes_in_journal(store)
    assert (entry.till_id, entry.summary) == (manager.till.id, "Nedsettingsregler endret")
