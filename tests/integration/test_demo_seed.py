"""The demo centre a newcomer sees: three kinds of shop, every role, real-looking items."""

from datetime import date, datetime, time

from sqlalchemy import func, select

from omigjen_pos.cli import main
from omigjen_pos.domain.barcodes import is_valid_ean
from omigjen_pos.domain.business_day import OSLO, business_date
from omigjen_pos.domain.roles import Role
from omigjen_pos.services import users
from omigjen_pos.services.checkout.drawer import needs_opening_float
from omigjen_pos.services.demo import CENTRE_NAME, seed_demo_centre, sellable_items
from omigjen_pos.services.history import opening_hours, seed_demo_with_history, trading_days
from omigjen_pos.services.store_setup import open_and_upgrade, summarise_store
from omigjen_pos.services.verify import verify_store
from omigjen_pos.store.models import (
    Base,
    CashMovement,
    CashMovementKind,
    Category,
    Item,
    JournalEntry,
    Sale,
    SaleKind,
    Shop,
    Till,
    UserRole,
)
from omigjen_pos.store.types import UtcDateTime, simulated_clock, utcnow


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


# Trading history (`demo --days N`): backdated through the real checkout services.


def _every_timestamp(store):
    """(table.column, value) of every timestamp column of every row in the store."""
    with store.reading() as session:
        for table in Base.metadata.sorted_tables:
            for column in table.columns:
                if isinstance(column.type, UtcDateTime):
                    for value in session.scalars(select(column).where(column.is_not(None))):
                        yield f"{table.name}.{column.name}", value


def _assert_history_is_honest(store, days, today, items_per_shop):
    """Every timestamp lies within a history day's opening hours (or today: the
    shelves filled for today); sales carry their day; numbering and floats hold."""
    for where, moment in _every_timestamp(store):
        local = moment.astimezone(OSLO)
        if local.date() == today and where.startswith("item."):
            continue  # today's donations, put on the shelves at the real time
        assert local.date() in days, (where, local)
        opens, closes = opening_hours(local.date())
        assert opens <= local < closes, (where, local)
    with store.reading() as session:
        sales = session.execute(
            select(Sale.till_id, Sale.receipt_series, Sale.receipt_number, Sale.business_date)
            .add_columns(Sale.created_at, Sale.kind)
            .order_by(Sale.id)
        ).all()
        floats = session.execute(
            select(CashMovement.till_id, CashMovement.created_at).where(
                CashMovement.kind == CashMovementKind.OPENING_FLOAT
            )
        ).all()
        tills = set(session.scalars(select(Till.id)))
        shops = list(session.scalars(select(Shop.id)))
        left = {shop_id: sellable_items(session, shop_id) for shop_id in shops}
    sale_days = {day for *_, day, _, kind in sales if kind is SaleKind.SALE}
    assert sale_days == set(days) and max(sale_days) < today
    assert all(day == created.astimezone(OSLO).date() for *_, day, created, _ in sales)
    by_till: dict[tuple[int, str], list[int]] = {}
    for till_id, series, number, *_ in sales:
        by_till.setdefault((till_id, series), []).append(number)
    assert {till for till, _ in by_till} == tills
    assert all(numbers == list(range(1, len(numbers) + 1)) for numbers in by_till.values())
    float_days = sorted((till, at.astimezone(OSLO).date()) for till, at in floats)
    assert float_days == sorted((till, day) for till in tills for day in days)
    assert all(count >= items_per_shop for count in left.values())


def test_demo_days_writes_past_trading_days_that_verify_accepts(store_factory, capsys):
    url = store_factory.new_url("history")
    argv = ["--database-url", url, "demo", "--days", "3", "--items-per-shop", "20"]
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert "Trading history: 3 days" in out and "on 4 tills" in out
    assert main(["--database-url", url, "verify"]) == 0
    store, _ = open_and_upgrade(url)
    try:
        today = business_date(utcnow())
        _assert_history_is_honest(store, trading_days(3, today), today, 20)
        # Today is untouched: every till starts it with its opening float.
        for till, (number, pin) in (("BRUKT-2", (102, "2222")), ("HJERTE-1", (301, "5555"))):
            actor = users.login(store, till, number, pin)
            assert needs_opening_float(store, actor)
    finally:
        store.close()


def test_history_keeps_the_centre_hours_across_a_clock_change(empty_store):
    # Tuesday 31 March 2026: summer time began on Sunday the 29th, a closed day;
    # on Saturdays the centre closes at 16.
    today = date(2026, 3, 31)
    with simulated_clock(datetime(2026, 3, 31, 9, 0, tzinfo=OSLO)):
        outcome = seed_demo_with_history(empty_store, 2, items_per_shop=10, seed=7)
    history = outcome.history
    assert history is not None and outcome.seed.centre_created
    assert history.days == [date(2026, 3, 28), date(2026, 3, 30)]
    assert history.sales > 0 and not history.ran_out
    _assert_history_is_honest(empty_store, history.days, today, 10)
    with empty_store.reading() as session:
        saturday_last = session.scalar(
            select(func.max(Sale.created_at)).where(Sale.business_date == date(2026, 3, 28))
        )
    assert saturday_last.astimezone(OSLO).time() < time(16)
    assert verify_store(empty_store) == []


def test_the_same_seed_gives_the_same_history(sqlite_demo_factory):
    clock_start = datetime(2026, 6, 10, 9, 0, tzinfo=OSLO)
    totals = []
    for _ in range(2):
        store = sqlite_demo_factory.empty()
        with simulated_clock(clock_start):
            seed_demo_with_history(store, 1, items_per_shop=5, seed=11)
        with store.reading() as session:
            totals.append(
                session.execute(select(Sale.receipt_number, Sale.total_ore).order_by(Sale.id)).all()
            )
        store.close()
    assert totals[0] == totals[1] and totals[0]


def test_a_plain_demo_has_no_trading_at_all(empty_store):
    seed_demo_centre(empty_store, items_per_shop=5)
    with empty_store.reading() as session:
        assert session.scalar(select(func.count()).select_from(Sale)) == 0
        assert session.scalar(select(func.count()).select_from(CashMovement)) == 0
        assert session.scalar(select(func.count()).select_from(JournalEntry)) == 0
