"""Signing keys (N20): a shop's first key when it first sells, new versions, the
chain going on across versions."""

from sqlalchemy import select

from omigjen_pos.domain.settlement import Tender
from omigjen_pos.services.checkout.basket import open_basket, scan_item
from omigjen_pos.services.checkout.sale import complete_sale
from omigjen_pos.services.signing import NoSigningKey, new_key_version, with_signing_key
from omigjen_pos.services.verify import verify_store
from omigjen_pos.store.models import Sale, Shop, SigningKey


def test_a_shop_without_a_key_gets_its_first_when_it_first_signs(store):
    with store.writing() as session:
        shop_id = session.scalar(select(SigningKey.shop_id).limit(1))
    calls = []

    def write():
        calls.append(1)
        with store.reading() as session:
            versions = session.scalars(
                select(SigningKey.version).where(SigningKey.shop_id == 999)
            ).all()
        if not versions:
            raise NoSigningKey(999)
        return versions

    with store.writing() as session:
        template = session.get(Shop, shop_id)
        session.add(
            Shop(
                id=999,
                centre_id=template.centre_id,
                code="NY",
                name="Ny butikk",
                org_number="999999999",
                vat_registered=True,
                barcode_number=99,
            )
        )
    assert with_signing_key(store, 999, write) == [1] and len(calls) == 2


def test_a_new_key_version_signs_from_then_on_and_the_chain_still_verifies(
    store, cashier, manager, make_item
):
    def sell():
        basket = scan_item(store, cashier, open_basket(store, cashier).id, make_item().barcode)
        return complete_sale(store, cashier, basket.id, [Tender("cash")])

    sell()
    assert new_key_version(store, manager) == 2
    sell()
    with store.reading() as session:
        versions = session.scalars(select(Sale.signature_key_version).order_by(Sale.id)).all()
    assert versions == [1, 2]
    assert verify_store(store) == []
