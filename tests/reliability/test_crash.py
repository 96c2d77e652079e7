"""Crash test (issue 8, item 1): a simulating till is killed with SIGKILL at random
moments, over and over, and the store must stay whole after every kill.

30 kills per dialect by default (CI); ``OMIGJEN_CRASH_KILLS=300`` is the long mode
and ``OMIGJEN_CRASH_SEED=S`` replays a campaign. See docs/reliability.md.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator

import pytest

from omigjen_pos.services.demo import seed_demo_centre
from omigjen_pos.services.store_setup import open_and_upgrade
from tests.support import crash_harness as harness

KILLS_PER_STORE = 25


def _seed_template(url: str) -> None:
    store, _ = open_and_upgrade(url)
    try:
        seed_demo_centre(store, items_per_shop=harness.ITEMS_PER_SHOP)
    finally:
        store.close()


def _report(report: harness.CampaignReport) -> None:
    print(
        f"\ncrash {report.dialect}: seed {report.seed}, {report.kills} kills in "
        f"{len(report.rounds)} rounds, {report.stores} stores, {report.restocks} restocks, "
        f"{report.sales_by_killed_children} sales by killed children, first sale after "
        f"{report.first_sale_s:.2f} s, {report.seconds:.1f} s"
    )


def _campaign(dialect, new_url, drop=None) -> None:
    kills = harness.default_kills()
    seed = harness.default_seed()
    report = harness.run_campaign(
        dialect, new_url, kills, seed, kills_per_store=KILLS_PER_STORE, drop_store=drop
    )
    _report(report)
    assert report.kills >= kills, f"seed {seed}: only {report.kills} kills"
    assert report.sales_by_killed_children > 0, f"seed {seed}: the children never sold"


def test_sqlite_store_survives_kills(tmp_path) -> None:
    template = tmp_path / "template.sqlite3"
    _seed_template(f"sqlite:///{template}")
    counter = iter(range(1, 10**6))

    def new_url() -> str:
        path = tmp_path / f"crash{next(counter)}.sqlite3"
        shutil.copyfile(template, path)
        return f"sqlite:///{path}"

    _campaign("sqlite", new_url, drop=lambda url: harness.Path(harness.sqlite_path(url)).unlink())


@pytest.fixture
def pg_databases(postgres) -> Iterator[tuple]:
    template = postgres.create("crashtpl")
    _seed_template(postgres.url_for(template))
    made: list[str] = []

    def new_url() -> str:
        name = postgres.create("crash", template)
        made.append(name)
        return postgres.url_for(name)

    def drop(url: str) -> None:
        postgres.drop(url.rpartition("/")[2])

    yield new_url, drop
    for name in made:
        postgres.drop(name)
    postgres.drop(template)


@pytest.mark.postgres
def test_postgresql_store_survives_kills(pg_databases) -> None:
    new_url, drop = pg_databases
    _campaign("postgresql", new_url, drop)


def test_the_checker_sees_a_half_written_sale(tmp_path) -> None:
    """The harness is no use if it passes a broken store: a basket marked completed
    without its sale, and a till's sales that its X-report does not count."""
    url = f"sqlite:///{tmp_path / 'broken.sqlite3'}"
    _seed_template(url)
    checker = harness.StoreChecker(url)
    try:
        assert checker.check()[0] == []
        from sqlalchemy import text

        with checker.store.writing() as session:
            session.execute(
                text(
                    "INSERT INTO basket (uuid, shop_id, till_id, user_id, state, training, "
                    "basket_discount_ore, discount_percent_bp, created_at, updated_at) "
                    "SELECT 'half-done', shop_id, id, 1, 'completed', 0, 0, 0, "
                    "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM till WHERE code = 'BRUKT-1'"
                )
            )
        problems = checker.check()[0]
    finally:
        checker.close()
    assert any("completed basket without its sale" in p for p in problems), problems
    assert any(p.startswith("verify: basket completed") for p in problems), problems
