"""Setting up a real centre in an empty store: one transaction, mod-11 org.
numbers, default categories, the first manager who can log in at once."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import func, select

from omigjen_pos.domain.errors import CentreExists, InvalidInput
from omigjen_pos.domain.journal_events import EventType
from omigjen_pos.domain.roles import Role, Screen
from omigjen_pos.services import users
from omigjen_pos.services.centre_setup import (
    CentreDraft,
    ManagerDraft,
    ShopDraft,
    create_centre,
    default_category_codes,
)
from omigjen_pos.services.checkout.drawer import record_opening_float
from omigjen_pos.services.signing import public_key_pem
from omigjen_pos.services.store_setup import Store, summarise_store
from omigjen_pos.services.tills import list_tills
from omigjen_pos.store.models import (
    Category,
    Centre,
    JournalEntry,
    Shop,
    SigningKey,
    Till,
    User,
    UserRole,
)

# 974760673 is Brønnøysundregistrene's own number; 923609016 Equinor's.
DRAFT = CentreDraft(
    name="Gjenbrukssenteret i Vik",
    address_line="Storgata 2",
    postal_code="6893",
    city="Vik i Sogn",
    shops=(
        ShopDraft("bruk", "Vik Bruktbutikk", "974 760 673", True, tills=2),
        ShopDraft("SYKKEL", "Vik Sykkelverksted", "923609016", False),
    ),
    categories=default_category_codes(),
    manager=ManagerDraft(500, "Liv Leder", "2468"),
)


def counts(store: Store) -> dict[str, int]:
    with store.reading() as session:
        return {
            model.__name__: session.scalar(select(func.count()).select_from(model)) or 0
            for model in (Centre, Shop, Till, Category, User, UserRole, SigningKey, JournalEntry)
        }


def test_creates_the_centre_its_shops_and_tills(empty_store: Store):
    created = create_centre(empty_store, DRAFT)

    assert created.shop_codes == ("BRUK", "SYKKEL")
    assert created.till_codes == ("BRUK-1", "BRUK-2", "SYKKEL-1")
    summary = summarise_store(empty_store)
    assert (summary.centre_name, summary.is_demo) == ("Gjenbrukssenteret i Vik", False)
    assert [(t.code, t.name, t.shop_code) for t in list_tills(empty_store)] == [
        ("BRUK-1", "Kasse 1", "BRUK"),
        ("BRUK-2", "Kasse 2", "BRUK"),
        ("SYKKEL-1", "Kasse 1", "SYKKEL"),
    ]
    with empty_store.reading() as session:
        shops = session.scalars(select(Shop).order_by(Shop.id)).all()
        assert [
            (s.org_number, s.vat_registered, s.barcode_number, s.address_line, s.city)
            for s in shops
        ] == [
            ("974760673", True, 1, "Storgata 2", "Vik i Sogn"),
            ("923609016", False, 2, "Storgata 2", "Vik i Sogn"),
        ]


def test_every_shop_gets_its_first_signing_key(empty_store: Store):
    create_centre(empty_store, DRAFT)

    for code in ("BRUK", "SYKKEL"):
        version, pem = public_key_pem(empty_store, code)
        assert version == 1 and pem.startswith("-----BEGIN PUBLIC KEY-----")


def test_default_categories_carry_their_vat_codes_and_saft_groups(empty_store: Store):
    create_centre(empty_store, DRAFT)

    with empty_store.reading() as session:
        rows = {
            c.code: (c.name_nb, c.default_vat_code, c.saft_article_group)
            for c in session.scalars(select(Category))
        }
    assert set(rows) == {
        "MOBLER",
        "KLAR",
        "BOKER",
        "ELEKTRO",
        "KJOKKEN",
        "SPORT",
        "LEKER",
        "VERKTOY",
        "SYKLER",
        "REPARASJON",
    }
    assert rows["BOKER"] == ("Bøker", "5", "04003")  # books are zero-rated
    assert rows["MOBLER"] == ("Møbler", "3", "04003")  # used goods: 25 %
    assert rows["REPARASJON"] == ("Reparasjon", "3", "04999")  # repairs: 25 %, "other"


def test_only_the_chosen_categories_are_created(empty_store: Store):
    create_centre(empty_store, replace(DRAFT, categories=("SYKLER", "REPARASJON")))

    with empty_store.reading() as session:
        assert set(session.scalars(select(Category.code))) == {"SYKLER", "REPARASJON"}


def test_the_new_manager_logs_in_and_manages_every_shop(empty_store: Store):
    create_centre(empty_store, DRAFT)

    for till in ("BRUK-2", "SYKKEL-1"):
        actor = users.login(empty_store, till, 500, "2468")
        assert actor.name == "Liv Leder" and actor.centre_admin
        assert Role.MANAGER in actor.roles
        assert Screen.ADMIN in actor.screens


def test_the_new_manager_can_open_the_day_at_a_till(empty_store: Store):
    create_centre(empty_store, DRAFT)
    actor = users.login(empty_store, "BRUK-1", 500, "2468")

    record_opening_float(empty_store, actor, 100_000)  # the first thing a till does


def test_the_set_up_is_journaled_on_each_shops_first_till(empty_store: Store):
    create_centre(empty_store, DRAFT)

    with empty_store.reading() as session:
        entries = session.scalars(
            select(JournalEntry).where(JournalEntry.event_type == EventType.MASTER_DATA_CHANGE)
        ).all()
        first_tills = dict(session.execute(select(Till.code, Till.id)).all())
    assert [(e.till_id, e.saft_event_code) for e in entries] == [
        (first_tills["BRUK-1"], "13999"),
        (first_tills["SYKKEL-1"], "13999"),
    ]
    assert "974 760 673 MVA" in entries[0].summary
    assert "923 609 016," in entries[1].summary  # not VAT-registered: no MVA
    assert "Liv Leder (500)" in entries[0].summary


def test_a_second_centre_is_refused_and_nothing_is_added(empty_store: Store):
    create_centre(empty_store, DRAFT)
    before = counts(empty_store)

    with pytest.raises(CentreExists) as refused:
        create_centre(empty_store, replace(DRAFT, name="Et annet senter"))

    assert refused.value.centre_name == "Gjenbrukssenteret i Vik"
    assert counts(empty_store) == before


def test_the_demo_store_is_refused_too(store: Store):
    with pytest.raises(CentreExists) as refused:
        create_centre(store, DRAFT)
    assert refused.value.centre_name == "Omigjen ombrukssenter"


def test_a_wrong_org_number_is_refused_with_the_field_and_nothing_is_written(
    empty_store: Store,
):
    wrong = ShopDraft("SYKKEL", "Vik Sykkelverksted", "923 609 017", False)  # check digit
    before = counts(empty_store)

    with pytest.raises(InvalidInput) as refused:
        create_centre(empty_store, replace(DRAFT, shops=(DRAFT.shops[0], wrong)))

    assert (refused.value.field, refused.value.value) == ("org_number", "923 609 017")
    assert refused.value.reason == "not a Norwegian organisation number"
    assert counts(empty_store) == before
    assert summarise_store(empty_store).is_empty


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"name": "  "}, "centre_name"),
        ({"shops": ()}, "shops"),
        ({"shops": (ShopDraft("B", "Navn", "974760673", True),)}, "shop_code"),
        ({"shops": (ShopDraft("BRUK", "", "974760673", True),)}, "shop_name"),
        ({"shops": (ShopDraft("BRUK", "Navn", "974760673", True, tills=0),)}, "tills"),
        ({"shops": (DRAFT.shops[0], replace(DRAFT.shops[1], code="Bruk"))}, "shop_code"),
        ({"categories": ()}, "categories"),
        ({"manager": ManagerDraft(500, "Liv Leder", "12")}, "pin"),
        ({"manager": ManagerDraft(0, "Liv Leder", "2468")}, "user_number"),
        ({"manager": ManagerDraft(500, "", "2468")}, "manager_name"),
    ],
)
def test_each_wrong_field_is_named_and_nothing_is_written(empty_store: Store, change, field):
    with pytest.raises(InvalidInput) as refused:
        create_centre(empty_store, replace(DRAFT, **change))

    assert refused.value.field == field
    assert summarise_store(empty_store).is_empty
