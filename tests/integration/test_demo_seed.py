"""The demo centre a newcomer sees: three kinds of shop, every role, real-looking items."""

from sqlalchemy import func, select

from omigjen_pos.domain.barcodes import is_valid_ean
from omigjen_pos.domain.roles import Role
from omigjen_pos.services.demo import CENTRE_NAME, seed_demo_centre
from omigjen_pos.services.store_setup import summarise_store
from omigjen_pos.store.models import Category, Item, Shop, Till, UserRole


def test_the_demo_centre_has_a_second_hand_shop_a_workshop_and_a_charity(empty_store):
    report = seed_demo_centre(empty_store, items_per_shop=100)
    assert report.centre_created and report.items == 300
    with empty_store.reading() as session:
        shops = {s.code: s for s in session.scalars(select(Shop))}
        tills = session.execute(
            select(Shop.code, func.count()).join(Till).group_by(Shop.code)
        ).all()
        roles = set(session.scalars(select(UserRole.role)))
    assert set(shops) == {"BRUKT", "REP", "HJERTE"}
    assert shops["BRUKT"].vat_registered and shops["REP"].vat_registered
    assert not shops["HJERTE"].vat_registered
    assert dict(tills) == {"BRUKT": 2, "REP": 1, "HJERTE": 1}
    assert roles == set(Role)
    assert summarise_store(empty_store).centre_name == CENTRE_NAME


def test_demo_items_have_valid_unique_barcodes_in_their_shops_range(empty_store):
    seed_demo_centre(empty_store, items_per_shop=50)
    with empty_store.reading() as session:
        rows = session.execute(select(Item.barcode, Shop.barcode_number).join(Shop)).all()
    barcodes = [barcode for barcode, _ in rows]
    assert len(set(barcodes)) == len(barcodes) == 150
    assert all(is_valid_ean(code) and code[1:3] == f"{shop:02d}" for code, shop in rows)


def test_no_margin_scheme_in_a_shop_that_is_not_vat_registered(empty_store):
    seed_demo_centre(empty_store, items_per_shop=150)
    with empty_store.reading() as session:
        margin_in_charity = session.scalar(
            select(func.count())
            .select_from(Item)
            .join(Shop)
            .where(Shop.code == "HJERTE", Item.margin_scheme)
        )
        margin_elsewhere = session.scalar(
            select(func.count()).select_from(Item).where(Item.margin_scheme)
        )
    assert margin_in_charity == 0 and margin_elsewhere > 0


def test_books_are_zero_rated(empty_store):
    seed_demo_centre(empty_store, items_per_shop=0)
    with empty_store.reading() as session:
        assert (
            session.scalar(select(Category.default_vat_code).where(Category.code == "BOKER")) == "5"
        )


def test_seeding_twice_adds_nothing(empty_store):
    seed_demo_centre(empty_store, items_per_shop=20)
    before = summarise_store(empty_store)
    again = seed_demo_centre(empty_store, items_per_shop=20)
    assert not again.added_anything
    assert summarise_store(empty_store) == before
