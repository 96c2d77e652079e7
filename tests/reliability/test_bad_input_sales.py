"""Bad input (issue 8, item 4), the sums: random baskets rung up through the real
checkout services on a real store, read back from the database, must add up;
and prices and quantities out of range never get in.

Per example: new unique items and stock articles (25, 15, 12 and 0 % VAT, some
bought from private sellers under the margin scheme), scanned, counted, priced
over within the cashier's limit, with line discounts in % or kroner and a sale
discount (a manager's PIN when the cuts go past the limit, as at the till), in
a VAT-registered shop or not, paid by a random mix of card, Vipps and cash with
cash handed over beyond what is due. The domain's own properties are in
tests/unit/test_pricing.py; these check what the services record. See the "Bad
input" section of docs/reliability.md.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from fractions import Fraction
from itertools import count

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from omigjen_pos.domain.errors import ApprovalNeeded, InvalidInput
from omigjen_pos.domain.item_rules import MAX_PRICE_ORE as MAX_ITEM_PRICE_ORE
from omigjen_pos.domain.item_rules import ItemDraft
from omigjen_pos.domain.items import ItemKind, ItemSource, ItemStatus
from omigjen_pos.domain.journal_events import EventType
from omigjen_pos.domain.pricing import Discount, LineInput, cash_rounding_ore, price_basket
from omigjen_pos.domain.settlement import MAX_CHANGE_ORE, Tender
from omigjen_pos.services import users
from omigjen_pos.services.actors import Actor
from omigjen_pos.services.checkout.basket import open_basket, scan_item
from omigjen_pos.services.checkout.line_changes import (
    MAX_PRICE_ORE,
    MAX_QUANTITY,
    discount_basket,
    discount_line,
    override_price,
    set_quantity,
)
from omigjen_pos.services.checkout.sale import complete_sale
from omigjen_pos.services.checkout.views import BasketView
from omigjen_pos.services.inventory.registration import register_item, register_items
from omigjen_pos.services.store_setup import Store
from omigjen_pos.services.verify import verify_store
from omigjen_pos.store.models import Category, Item, JournalEntry, Payment, Sale, SaleLine
from tests.support.bad_input import assert_clear, changed_tables, fuzz_settings, snapshot

SALES_EXAMPLES = {"sqlite": 40, "postgresql": 20}
REFUSAL_EXAMPLES = 25
CASHIER_LIMIT_BP = 2000  # the demo shops' limit
# Category code -> VAT rate of its default code. Two are added for the test: the
# demo centre sells at 25 % and 0 % only.
RATES = {"MOBLER": 2500, "BOKER": 0, "FUZZ-MAT": 1500, "FUZZ-REISE": 1200}


@dataclass(frozen=True)
class Shop:
    code: str
    vat_registered: bool
    cashier: Actor
    manager: Actor
    manager_number: int
    manager_pin: str


@dataclass
class Centre:
    store: Store
    shops: dict[str, Shop]
    categories: dict[str, int]


@pytest.fixture(scope="module")
def centre(store_factory) -> Iterator[Centre]:
    """A demo store for the random sales (both backends): examples add items of their own."""
    yield from _centre(store_factory)


@pytest.fixture(scope="module")
def quiet_centre(store_factory) -> Iterator[Centre]:
    """A store of its own for the refusals, so its snapshots stay small."""
    yield from _centre(store_factory)


def _centre(store_factory) -> Iterator[Centre]:
    store = store_factory.demo()
    with store.writing() as session:
        furniture = session.scalars(select(Category).where(Category.code == "MOBLER")).one()
        for code, vat_code, name in (("FUZZ-MAT", "31", "Mat"), ("FUZZ-REISE", "33", "Reise")):
            session.add(
                Category(
                    centre_id=furniture.centre_id,
                    code=code,
                    name_nb=name,
                    name_en=name,
                    default_vat_code=vat_code,
                    saft_article_group=furniture.saft_article_group,
                )
            )
    with store.reading() as session:
        categories = {c.code: c.id for c in session.scalars(select(Category))}
    shops = {
        "BRUKT": Shop(
            "BRUKT",
            True,
            users.login(store, "BRUKT-1", 101, "1111"),
            users.login(store, "BRUKT-1", 103, "1234"),
            103,
            "1234",
        ),
        "HJERTE": Shop(
            "HJERTE",
            False,
            users.login(store, "HJERTE-1", 301, "5555"),
            users.login(store, "HJERTE-1", 302, "6666"),
            302,
            "6666",
        ),
    }
    yield Centre(store, shops, categories)
    store.close()


# --- the strategies ----------------------------------------------------------------

discounts = st.one_of(
    st.none(),
    st.integers(1, 10_000).map(lambda bp: Discount(percent_bp=bp)),
    st.integers(1, 3_000_000).map(lambda ore: Discount(amount_ore=ore)),
)


@st.composite
def line_specs(draw) -> dict:
    stock = draw(st.booleans())
    private = draw(st.integers(0, 3)) == 0  # bought from a private seller: margin scheme
    price = draw(st.one_of(st.integers(0, 300_000), st.integers(0, 5_000_000)))
    return {
        "kind": ItemKind.STOCK if stock else ItemKind.UNIQUE,
        "category": draw(st.sampled_from(sorted(RATES))),
        "price": price,
        "purchase": draw(st.integers(0, max(price, 1) * 2)) if private else None,
        "quantity": draw(st.integers(1, 6)) if stock else 1,
        "spare": draw(st.integers(0, 3)) if stock else 0,
        # A new price per unit: up to the cashier's limit below what was asked, or above it.
        "price_change_bp": draw(st.one_of(st.none(), st.integers(-5000, CASHIER_LIMIT_BP))),
        "discount": draw(discounts),
    }


baskets = st.fixed_dictionaries(
    {
        "shop": st.sampled_from(["BRUKT", "BRUKT", "BRUKT", "HJERTE"]),
        "as_manager": st.booleans(),
        "lines": st.lists(line_specs(), min_size=1, max_size=6),
        "discount": discounts,
    }
)
references = st.text(st.characters(codec="utf-8", exclude_categories=("Cc", "Cs")), max_size=64)
_names = count(1)


def _register(centre: Centre, shop: Shop, specs: list[dict]) -> list[str]:
    drafts = [
        ItemDraft(
            category_id=centre.categories[spec["category"]],
            name=f"Fuzz {next(_names)} «{spec['category']}»",
            price_ore=spec["price"],
            source=ItemSource.DONATION if spec["purchase"] is None else ItemSource.BOUGHT_PRIVATE,
            kind=spec["kind"],
            purchase_price_ore=spec["purchase"],
            quantity=spec["quantity"] + spec["spare"],
        )
        for spec in specs
    ]
    return [row.barcode for row in register_items(centre.store, shop.manager, drafts)]


def _approving(centre: Centre, shop: Shop, actor: Actor) -> Callable:
    """Send a change; when it is a cut past the cashier's limit, send it again with
    the shop manager's approval, as the till's PIN dialog does."""

    def send(change: Callable) -> BasketView:
        try:
            return change(None)
        except ApprovalNeeded:
            approval = users.approve(centre.store, actor, shop.manager_number, shop.manager_pin)
            return change(approval)

    return send


def _expected(shop: Shop, specs: list[dict], charged: list[int], discount) -> object:
    """The basket priced by the rules from what the test chose, not from what the
    services stored: the stored sale must come to this."""
    lines = []
    for spec, unit in zip(specs, charged, strict=True):
        margin = shop.vat_registered and spec["purchase"] is not None
        lines.append(
            LineInput(
                unit_price_ore=unit,
                quantity=spec["quantity"],
                vat_rate_bp=RATES[spec["category"]],
                margin_scheme=margin,
                purchase_price_ore=spec["purchase"] if margin else None,
                discount=spec["discount"],
            )
        )
    return price_basket(lines, discount, vat_registered=shop.vat_registered)


def _tenders(draw, total: int) -> list[Tender]:
    card = draw(st.one_of(st.just(0), st.integers(1, total))) if total else 0
    left = total - card
    vipps = draw(st.one_of(st.just(0), st.integers(1, left))) if left else 0
    rest = left - vipps
    due = rest + cash_rounding_ore(rest)
    tenders = []
    if card:
        tenders.append(Tender("card", card, reference=draw(references)))
    if vipps:
        tenders.append(Tender("vipps", vipps, reference=draw(references)))
    if rest or draw(st.booleans()):
        handed = draw(st.one_of(st.none(), st.integers(due, due + 200_000)))
        tenders.append(Tender("cash", tendered_ore=handed))
    order = draw(st.permutations(range(len(tenders))))
    return [tenders[i] for i in order]


def _vat(base: int, rate_bp: int) -> int:
    """VAT in a VAT-inclusive base, half away from zero: worked out with fractions,
    apart from the code under test."""
    exact = Fraction(base * rate_bp, 10_000 + rate_bp)
    whole = int(exact)
    return whole + (1 if exact - whole >= Fraction(1, 2) else 0)


# --- random baskets, completed and read back ---------------------------------------


def test_random_baskets_add_up_in_the_store(centre, backend):
    store = centre.store

    @fuzz_settings(SALES_EXAMPLES[backend])
    @given(basket=baskets, data=st.data())
    def ring_up(basket, data):
        shop = centre.shops[basket["shop"]]
        actor = shop.manager if basket["as_manager"] else shop.cashier
        send = _approving(centre, shop, actor)
        specs = basket["lines"]
        barcodes = _register(centre, shop, specs)
        view = open_basket(store, actor)
        basket_id = view.id
        for barcode in barcodes:
            view = scan_item(store, actor, basket_id, barcode)
        charged = []
        for spec, line in zip(specs, view.lines, strict=True):
            if spec["quantity"] > 1:
                view = send(
                    lambda ok, line=line, spec=spec: set_quantity(
                        store, actor, basket_id, line.id, spec["quantity"], ok
                    )
                )
            unit = line.asked_price_ore
            if spec["price_change_bp"] is not None:
                unit -= unit * spec["price_change_bp"] // 10_000
                unit = min(unit, MAX_PRICE_ORE)
                view = send(
                    lambda ok, line=line, unit=unit: override_price(
                        store, actor, basket_id, line.id, unit, ok
                    )
                )
            charged.append(unit)
            if spec["discount"] is not None:
                view = send(
                    lambda ok, line=line, spec=spec: discount_line(
                        store, actor, basket_id, line.id, spec["discount"], ok
                    )
                )
        if basket["discount"] is not None:
            view = send(lambda ok: discount_basket(store, actor, basket_id, basket["discount"], ok))

        expected = _expected(shop, specs, charged, basket["discount"])
        assert (view.total_ore, view.vat_ore) == (expected.total_ore, expected.vat_ore)
        tenders = _tenders(data.draw, view.total_ore)
        summary = complete_sale(store, actor, basket_id, tenders)

        with store.reading() as session:
            sale = session.scalars(select(Sale).where(Sale.uuid == view.uuid)).one()
            lines = session.scalars(
                select(SaleLine).where(SaleLine.sale_id == sale.id).order_by(SaleLine.line_number)
            ).all()
            payments = session.scalars(
                select(Payment).where(Payment.sale_id == sale.id).order_by(Payment.id)
            ).all()
            entry = session.scalars(
                select(JournalEntry).where(
                    JournalEntry.sale_id == sale.id,
                    JournalEntry.event_type == EventType.SALE_COMPLETED,
                )
            ).one()
            items = {
                item.barcode: item
                for item in session.scalars(
                    select(Item).where(Item.shop_id == actor.shop_id, Item.barcode.in_(barcodes))
                )
            }

        # What was recorded is what the rules give for what the test chose.
        assert (sale.total_ore, sale.vat_ore, sale.discount_ore) == (
            expected.total_ore,
            expected.vat_ore,
            expected.discount_ore,
        )
        assert [line.barcode for line in lines] == barcodes
        for line, priced, unit in zip(lines, expected.lines, charged, strict=True):
            assert (line.unit_price_ore, line.line_total_ore, line.vat_ore) == (
                unit,
                priced.total_ore,
                priced.vat_ore,
            )

        # Lines − discounts + rounding = payments − change.
        gross = sum(line.unit_price_ore * line.quantity for line in lines)
        discounts_given = sum(line.discount_ore for line in lines)
        handed_over = sum(
            p.tendered_ore if p.tendered_ore is not None else p.amount_ore for p in payments
        )
        change = sum(p.change_ore for p in payments)
        assert gross - discounts_given == sale.total_ore
        assert sale.discount_ore == discounts_given
        assert gross - discounts_given + sale.rounding_ore == handed_over - change
        assert sum(p.amount_ore for p in payments) == sale.total_ore + sale.rounding_ore
        for line in lines:
            assert line.line_total_ore == line.unit_price_ore * line.quantity - line.discount_ore

        # Cash rounding: on the cash part only, to whole kroner, at most 50 øre.
        cash = [p for p in payments if p.method.value == "cash"]
        cash_part = sale.total_ore - sum(p.amount_ore for p in payments if p not in cash)
        assert sale.rounding_ore == cash_rounding_ore(cash_part)
        assert abs(sale.rounding_ore) <= 50
        assert all(p.amount_ore % 100 == 0 for p in cash)

        # VAT per rate adds up to the sale's VAT; each line's VAT from its base.
        per_rate = defaultdict(int)
        for line in lines:
            per_rate[line.vat_rate_bp] += line.vat_ore
            if not shop.vat_registered:
                assert (line.vat_rate_bp, line.vat_base_ore, line.vat_ore) == (0, 0, 0)
            elif line.margin_scheme:
                margin = line.line_total_ore - line.purchase_price_ore * line.quantity
                assert line.vat_base_ore == max(0, margin)
            else:
                assert line.vat_base_ore == line.line_total_ore
            assert line.vat_ore == _vat(line.vat_base_ore, line.vat_rate_bp)
        assert sum(per_rate.values()) == sale.vat_ore

        # Nothing negative gets in.
        for line in lines:
            assert line.quantity >= 1
            for amount in (line.unit_price_ore, line.discount_ore, line.line_total_ore):
                assert amount >= 0
            assert 0 <= line.vat_ore <= line.vat_base_ore <= line.line_total_ore
        for p in payments:
            assert p.amount_ore >= 0 and p.change_ore >= 0
            assert p.tendered_ore is None or p.tendered_ore >= p.amount_ore
        assert sale.total_ore >= 0 and sale.vat_ore >= 0 and sale.discount_ore >= 0
        given_refs = sorted(t.reference.strip() for t in tenders if t.method != "cash")
        assert sorted(p.reference for p in payments if p.method.value != "cash") == given_refs

        # The journal says the same, and so did the till.
        payload = json.loads(entry.payload_json)
        assert (payload["total_ore"], payload["vat_ore"], payload["rounding_ore"]) == (
            sale.total_ore,
            sale.vat_ore,
            sale.rounding_ore,
        )
        assert payload["lines"] == len(lines) and payload["receipt_number"] == sale.receipt_number
        assert (summary.total_ore, summary.vat_ore, summary.rounding_ore) == (
            sale.total_ore,
            sale.vat_ore,
            sale.rounding_ore,
        )
        assert summary.change_ore == change

        # The items left the shelf.
        for spec, barcode in zip(specs, barcodes, strict=True):
            item = items[barcode]
            if spec["kind"] is ItemKind.UNIQUE:
                assert item.status is ItemStatus.SOLD and item.reserved_basket_id is None
            else:
                assert item.quantity == spec["spare"]

    ring_up()
    assert verify_store(store) == []


# --- out-of-range prices and quantities are refused, the store untouched ----------

prices_out_of_range = st.one_of(
    st.integers(max_value=-1),
    st.integers(MAX_PRICE_ORE + 1, 10**40),
    st.sampled_from([-1, -(2**63), 2**63, 2**64, 10**30]),
)
quantities_out_of_range = st.one_of(
    st.integers(max_value=0),
    st.integers(MAX_QUANTITY + 1, 10**40),
    st.sampled_from([0, -1, 2**31, 2**63, 10**30]),
)


@pytest.fixture(scope="module")
def open_line(quiet_centre) -> tuple[Actor, int, int, str]:
    """A basket with a stock article (3 of 5 in stock), for the refusals."""
    centre = quiet_centre
    shop = centre.shops["BRUKT"]
    [barcode] = _register(
        centre,
        shop,
        [
            {
                "category": "MOBLER",
                "price": 10_000,
                "purchase": None,
                "kind": ItemKind.STOCK,
                "quantity": 3,
                "spare": 2,
            }
        ],
    )
    view = open_basket(centre.store, shop.manager)
    view = scan_item(centre.store, shop.manager, view.id, barcode)
    view = set_quantity(centre.store, shop.manager, view.id, view.lines[0].id, 3)
    return shop.manager, view.id, view.lines[0].id, barcode


def _refused(centre: Centre, call: Callable, error: type[Exception] = InvalidInput) -> None:
    before = snapshot(centre.store)
    with pytest.raises(error) as refused:
        call()
    assert_clear(refused.value)
    assert changed_tables(before, snapshot(centre.store)) == []


def test_out_of_range_quantities_are_refused(quiet_centre, open_line):
    centre = quiet_centre
    manager, basket_id, line_id, _ = open_line

    @fuzz_settings(REFUSAL_EXAMPLES)
    @given(quantities_out_of_range)
    def refuse(quantity):
        _refused(centre, lambda: set_quantity(centre.store, manager, basket_id, line_id, quantity))

    refuse()


def test_out_of_range_prices_and_discounts_are_refused(quiet_centre, open_line):
    centre = quiet_centre
    manager, basket_id, line_id, _ = open_line

    @fuzz_settings(REFUSAL_EXAMPLES)
    @given(prices_out_of_range)
    def refuse(price):
        store = centre.store
        _refused(centre, lambda: override_price(store, manager, basket_id, line_id, price))
        if price > 0:
            too_much = Discount(amount_ore=price)
            _refused(centre, lambda: discount_line(store, manager, basket_id, line_id, too_much))
            _refused(centre, lambda: discount_basket(store, manager, basket_id, too_much))
        else:
            with pytest.raises(ValueError):  # the pricing rules refuse a negative discount
                Discount(amount_ore=price)

    refuse()


def test_out_of_range_items_are_refused_at_registration(quiet_centre):
    centre = quiet_centre
    shop = centre.shops["BRUKT"]
    furniture = centre.categories["MOBLER"]

    @fuzz_settings(REFUSAL_EXAMPLES)
    @given(
        price=st.one_of(st.integers(max_value=-1), st.integers(MAX_ITEM_PRICE_ORE + 1, 10**40)),
        quantity=st.one_of(st.integers(max_value=-1), st.integers(1_000_001, 10**40)),
        which=st.sampled_from(["price", "purchase", "quantity"]),
    )
    def refuse(price, quantity, which):
        draft = ItemDraft(
            category_id=furniture,
            name="Fuzz stol",
            price_ore=price if which == "price" else 10_000,
            source=ItemSource.BOUGHT_PRIVATE,
            purchase_price_ore=price if which == "purchase" else 1_000,
            kind=ItemKind.STOCK,
            quantity=quantity if which == "quantity" else 1,
        )
        _refused(centre, lambda: register_item(centre.store, shop.manager, draft))

    refuse()


def test_cash_beyond_a_million_kroner_in_change_is_refused(quiet_centre, open_line):
    centre = quiet_centre
    manager, basket_id, _, _ = open_line
    store = centre.store

    @fuzz_settings(REFUSAL_EXAMPLES)
    @given(st.integers(MAX_CHANGE_ORE + 30_001, 10**40))
    def refuse(handed_over):
        tenders = [Tender("cash", tendered_ore=handed_over)]
        _refused(centre, lambda: complete_sale(store, manager, basket_id, tenders))

    refuse()
