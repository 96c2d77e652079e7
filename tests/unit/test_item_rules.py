import pytest

from omigjen_pos.domain.errors import InvalidInput
from omigjen_pos.domain.item_rules import ItemDraft, check_draft, parse_kilograms
from omigjen_pos.domain.items import ItemKind, ItemSource


def draft(**changes) -> ItemDraft:
    base = dict(category_id=1, name="Spisestol i eik", price_ore=14950, source=ItemSource.DONATION)
    return ItemDraft(**(base | changes))


@pytest.mark.parametrize(
    ("typed", "grams"),
    [("1,5", 1500), ("0,25", 250), ("12", 12000), ("1 250", 1_250_000), ("3 kg", 3000), ("", None)],
)
def test_weights_are_typed_in_kilograms_the_norwegian_way(typed, grams):
    assert parse_kilograms(typed) == grams


@pytest.mark.parametrize("typed", ["tung", "1,2345", "-1", "20000"])
def test_unreadable_or_absurd_weights_are_refused(typed):
    with pytest.raises(InvalidInput) as caught:
        parse_kilograms(typed)
    assert caught.value.field == "weight"


def test_a_name_is_needed_and_tidied():
    assert check_draft(draft(name="  Spisestol   i eik ")).name == "Spisestol i eik"
    with pytest.raises(InvalidInput, match="name"):
        check_draft(draft(name="   "))


def test_bought_from_a_private_person_needs_a_purchase_price():
    with pytest.raises(InvalidInput) as caught:
        check_draft(draft(source=ItemSource.BOUGHT_PRIVATE))
    assert caught.value.field == "purchase_price"
    ok = check_draft(draft(source=ItemSource.BOUGHT_PRIVATE, purchase_price_ore=5000))
    assert ok.purchase_price_ore == 5000


def test_a_purchase_price_is_dropped_for_donations():
    assert check_draft(draft(purchase_price_ore=5000)).purchase_price_ore is None


def test_unique_items_are_one_of_a_kind_without_a_manufacturer_barcode():
    assert check_draft(draft(quantity=7)).quantity == 1
    with pytest.raises(InvalidInput, match="barcode"):
        check_draft(draft(manufacturer_barcode="7038010009457"))


def test_stock_articles_keep_a_valid_manufacturer_barcode_and_refuse_a_bad_one():
    stock = dict(kind=ItemKind.STOCK, source=ItemSource.NEW_GOODS, quantity=40)
    assert (
        check_draft(draft(**stock, manufacturer_barcode=" 7038010009457")).manufacturer_barcode
        == "7038010009457"
    )
    with pytest.raises(InvalidInput, match="barcode"):
        check_draft(draft(**stock, manufacturer_barcode="7038010009458"))


@pytest.mark.parametrize("price", [-1, 10_000_000_01])
def test_prices_outside_reason_are_refused(price):
    with pytest.raises(InvalidInput, match="price"):
        check_draft(draft(price_ore=price))


def test_an_in_store_number_is_refused_as_a_manufacturer_barcode():
    stock = dict(kind=ItemKind.STOCK, source=ItemSource.NEW_GOODS, quantity=1)
    with pytest.raises(InvalidInput, match="in-store"):
        check_draft(draft(**stock, manufacturer_barcode="2010000000205"))
