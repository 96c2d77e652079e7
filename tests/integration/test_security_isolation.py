"""Shop isolation, on SQLite and PostgreSQL: a user of one shop neither reads nor
sells another shop's items and sales through any service (issue 8, item 5).

Every shop is its own business. Here Hanne (202), manager of REP, tries BRUKT's
things from her own till REP-1: BRUKT's barcodes, receipts, returns, vouchers,
baskets and journal. The role table (test_security_roles.py) already runs every
service that names BRUKT's things as her; these are the ways in it cannot
express: BRUKT's item scanned into her own basket, searches, her own exports,
a retry carrying BRUKT's identifiers.

One thing is shared on purpose: the stock list's *Whole centre* search
(``ItemQuery(centre_wide=True)``) shows every shop's shelves ("a floor lamp
anywhere in the centre?"; docs/inventory.md). It is read-only: nothing found
that way can be sold, changed or labelled as another shop's from this till.
"""

from __future__ import annotations

import io
import uuid

import pytest
from sqlalchemy import func, select

from omigjen_pos.domain.errors import InvalidInput, ItemUnavailable, NotFound
from omigjen_pos.domain.items import ItemStatus
from omigjen_pos.domain.settlement import Tender
from omigjen_pos.services import users
from omigjen_pos.services.checkout.basket import open_basket, scan_item
from omigjen_pos.services.checkout.lookup import find_sellable
from omigjen_pos.services.checkout.returns import find_sales_for_return, record_return
from omigjen_pos.services.checkout.sale import complete_sale
from omigjen_pos.services.inventory.csv_export import export_items_csv
from omigjen_pos.services.inventory.labels import label_item_ids
from omigjen_pos.services.inventory.search import ItemQuery, find_item_ids, item_by_barcode
from omigjen_pos.services.journal_view import JournalQuery, find_journal_ids
from omigjen_pos.store.models import Basket, Item, PaymentMethod, Sale, Shop, VoucherUse


@pytest.fixture
def hanne(store):
    """The manager of REP, at REP-1: every right, in another shop."""
    return users.login(store, "REP-1", 202, "4444")


@pytest.fixture
def brukt_item(store, make_item):
    """An item of BRUKT's whose name REP's items share ("Spisestol")."""
    return make_item(10000, name="Spisestol rep-test")


def rows(store, model, *where) -> int:
    with store.reading() as session:
        return session.scalar(select(func.count()).select_from(model).where(*where))


def test_another_shops_item_cannot_be_sold_in_ones_own_basket(store, hanne, brukt_item):
    basket = open_basket(store, hanne)
    with pytest.raises(ItemUnavailable) as caught:
        scan_item(store, hanne, basket.id, brukt_item.barcode)
    assert (caught.value.reason, caught.value.shop_code) == ("other_shop", "BRUKT")
    with store.reading() as session:
        item = session.get(Item, brukt_item.id)
        assert (item.status, item.reserved_basket_id) == (ItemStatus.IN_STOCK, None)


def test_searches_at_the_till_and_by_barcode_stay_in_ones_own_shop(store, hanne, brukt_item):
    assert all(row.shop_code == "REP" for row in find_sellable(store, hanne, "spisestol"))
    with pytest.raises(NotFound):
        item_by_barcode(store, hanne, brukt_item.barcode)
    own = find_item_ids(store, hanne, ItemQuery(text="spisestol rep"))
    assert brukt_item.id not in own
    # The stock list's Whole centre search shows every shop's shelves, on purpose.
    centre = find_item_ids(store, hanne, ItemQuery(text="spisestol rep", centre_wide=True))
    assert brukt_item.id in centre


def test_a_shops_item_export_holds_its_own_items_only(store, hanne, brukt_item):
    stream = io.StringIO()
    written = export_items_csv(store, hanne, None, stream)
    with store.reading() as session:
        rep_items = session.scalar(
            select(func.count()).select_from(Item).join(Shop).where(Shop.code == "REP")
        )
    assert written == rep_items and brukt_item.barcode not in stream.getvalue()
    assert ",BRUKT," not in stream.getvalue()


def test_another_shops_receipt_is_not_found_for_a_return(store, hanne, cashier, brukt_item):
    basket = scan_item(store, cashier, open_basket(store, cashier).id, brukt_item.barcode)
    sold = complete_sale(store, cashier, basket.id, [Tender("cash")])
    for reference in (f"BRUKT-1 {sold.receipt_number}", str(sold.receipt_number)):
        with pytest.raises(NotFound):
            find_sales_for_return(store, hanne, reference)
    with pytest.raises(NotFound):
        record_return(store, hanne, str(uuid.uuid4()), sold.sale_id, [1], PaymentMethod.CASH)


def test_a_retry_with_another_shops_return_uuid_shows_nothing_of_it(
    store, hanne, cashier, brukt_item
):
    """A return is safe to repeat with its UUID; another shop's UUID must not
    answer with that shop's return (it did before this test)."""
    basket = scan_item(store, cashier, open_basket(store, cashier).id, brukt_item.barcode)
    sold = complete_sale(store, cashier, basket.id, [Tender("cash")])
    (found,) = find_sales_for_return(store, cashier, f"BRUKT-1 {sold.receipt_number}")
    brukt_return = str(uuid.uuid4())
    record_return(store, cashier, brukt_return, found.id, [found.lines[0].id], "cash")
    rep_sale = _a_rep_sale(store, hanne)
    (rep_found,) = find_sales_for_return(store, hanne, f"REP-1 {rep_sale.receipt_number}")
    before = rows(store, Sale)
    with pytest.raises(NotFound):
        record_return(store, hanne, brukt_return, rep_found.id, [rep_found.lines[0].id], "cash")
    assert rows(store, Sale) == before


def test_a_basket_uuid_of_another_shop_does_not_open_its_basket(store, hanne, cashier, brukt_item):
    """A till re-creates its basket by UUID after a crash; another shop's UUID must
    not hand over that shop's basket and items (it did before this test)."""
    brukt = scan_item(store, cashier, open_basket(store, cashier).id, brukt_item.barcode)
    baskets = rows(store, Basket)
    with pytest.raises(NotFound):
        open_basket(store, hanne, basket_uuid=brukt.uuid)
    assert rows(store, Basket) == baskets


def test_another_shops_voucher_pays_nothing(store, hanne, cashier, brukt_item):
    basket = scan_item(store, cashier, open_basket(store, cashier).id, brukt_item.barcode)
    sold = complete_sale(store, cashier, basket.id, [Tender("cash")])
    (found,) = find_sales_for_return(store, cashier, f"BRUKT-1 {sold.receipt_number}")
    credit = record_return(
        store, cashier, str(uuid.uuid4()), found.id, [found.lines[0].id], "store_credit"
    )
    rep_basket = _rep_basket(store, hanne)
    sales = rows(store, Sale)
    with pytest.raises(NotFound):
        complete_sale(
            store,
            hanne,
            rep_basket.id,
            [Tender("store_credit", rep_basket.total_ore, reference=credit.voucher_code)],
        )
    assert (rows(store, Sale), rows(store, VoucherUse)) == (sales, 0)


def test_the_journal_of_ones_shop_cannot_be_widened_by_another_shops_till(store, hanne):
    with pytest.raises(InvalidInput):
        find_journal_ids(store, hanne, JournalQuery(shop_code="REP", till_code="BRUKT-1"))


def test_labels_by_shop_code_find_only_that_shops_items(store, brukt_item):
    with pytest.raises(NotFound):
        label_item_ids(store, "REP", [brukt_item.barcode])
    assert label_item_ids(store, "BRUKT", [brukt_item.barcode]) == [brukt_item.id]


def _rep_basket(store, hanne):
    with store.reading() as session:
        barcode = session.scalar(
            select(Item.barcode)
            .join(Shop)
            .where(Shop.code == "REP", Item.status == ItemStatus.IN_STOCK, Item.kind == "unique")
            .order_by(Item.id)
        )
    return scan_item(store, hanne, open_basket(store, hanne).id, barcode)


def _a_rep_sale(store, hanne):
    return complete_sale(store, hanne, _rep_basket(store, hanne).id, [Tender("cash")])
