"""Several till processes selling from one small pool of items on PostgreSQL."""

import io
import os
import re
import subprocess
import sys
import time

import pytest
from sqlalchemy import case, func, select, text

from omigjen_pos.cli import main
from omigjen_pos.services.store_setup import open_and_upgrade
from omigjen_pos.services.verify import verify_store
from omigjen_pos.store.models import Item, Sale, SaleLine, Shop, Till

TILLS = ("BRUKT-1", "BRUKT-2", "BRUKT-3", "BRUKT-4")


@pytest.mark.postgres
def test_four_processes_sell_each_item_once_with_gapless_numbers(postgres, capsys):
    url = postgres.url_for(postgres.create("race"))
    assert main(["--database-url", url, "demo", "--items-per-shop", "12"]) == 0
    capsys.readouterr()
    store, _ = open_and_upgrade(url)
    try:
        with store.writing() as session:
            shop_id = session.scalar(select(Shop.id).where(Shop.code == "BRUKT"))
            session.add_all(Till(shop_id=shop_id, code=code, name=code) for code in TILLS[2:])
        env = dict(os.environ, OMIGJEN_DATABASE_URL=url)
        processes = [
            subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "omigjen_pos",
                    "simulate",
                    "--till",
                    till,
                    "--sales",
                    "6",
                    "--seed",
                    str(seed),
                ],
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for seed, till in enumerate(TILLS)
        ]
        outputs = [process.communicate(timeout=240) for process in processes]
        for process, (_out, err) in zip(processes, outputs, strict=True):
            # 0: all its sales made; 1: the pool ran dry first. Never a crash.
            assert process.returncode in (0, 1), err
            assert process.returncode == 0 or "ran out of items to sell" in err, err
            assert "Traceback" not in err and "unexpected error" not in err, err
        assert verify_store(store) == []
        with store.reading() as session:
            # A returned item may be sold again: count its lines net of returns.
            net = func.sum(case((Sale.kind == "return", -1), else_=1))
            per_item = session.execute(
                select(SaleLine.item_id, net)
                .join(Sale, SaleLine.sale_id == Sale.id)
                .join(Item, SaleLine.item_id == Item.id)
                .where(Item.kind == "unique")
                .group_by(SaleLine.item_id)
            ).all()
            numbers = session.execute(
                select(Till.code, func.count(), func.max(Sale.receipt_number))
                .join(Till, Sale.till_id == Till.id)
                .group_by(Till.code)
            ).all()
        assert per_item and all(count in (0, 1) for _, count in per_item)
        assert all(count == top for _, count, top in numbers)  # 1..N, no gaps
        # What the processes say they recorded is exactly what the store holds.
        # (A return has a receipt number of its own.)
        reported = sum(
            int(re.search(r"Recorded (\d+) sale", out).group(1))
            + int(re.search(r"(\d+) returns?\b", out).group(1))
            for out, _ in outputs
        )
        assert sum(count for _, count, _ in numbers) == reported > 0
    finally:
        store.close()


def test_simulate_rings_up_sales_that_verify_accepts(store_factory, capsys):
    url = store_factory.new_url("simulate")
    assert main(["--database-url", url, "demo", "--items-per-shop", "30"]) == 0
    assert (
        main(["--database-url", url, "simulate", "--till", "REP-1", "--sales", "8", "--seed", "7"])
        == 0
    )
    assert "Recorded 8 sales on REP-1" in capsys.readouterr().out
    assert main(["--database-url", url, "verify"]) == 0


def test_simulate_can_wait_for_the_go_and_time_its_sales(store_factory, capsys, monkeypatch):
    """The hidden --wait-for-start of bench/bench_many_tills.py: logged in, it says
    so and waits for a line on stdin; then it says when its sales began and ended."""
    url = store_factory.new_url("simulate")
    assert main(["--database-url", url, "demo", "--items-per-shop", "10"]) == 0
    capsys.readouterr()
    stdin = io.StringIO("go\n")
    monkeypatch.setattr(sys, "stdin", stdin)
    before = time.monotonic_ns()

    command = ["--database-url", url, "simulate", "--till", "REP-1", "--sales", "2"]
    assert main([*command, "--seed", "3", "--wait-for-start"]) == 0

    ready, sold, recorded = capsys.readouterr().out.splitlines()
    assert ready == "ready" and stdin.read() == ""  # the go was read
    began, ended, cpu = map(
        int, re.fullmatch(r"sold from (\d+) to (\d+), cpu (\d+)", sold).groups()
    )
    assert before < began < ended <= time.monotonic_ns() and cpu > 0
    assert recorded.startswith("Recorded 2 sales on REP-1")


def test_simulate_needs_a_cashier_on_a_store_that_is_not_the_demo(store_factory, capsys):
    url = store_factory.new_url("simulate")
    assert main(["--database-url", url, "demo", "--items-per-shop", "3"]) == 0
    store, _ = open_and_upgrade(url)
    try:
        with store.writing() as session:
            session.execute(text("UPDATE centre SET is_demo = false"))
    finally:
        store.close()
    assert main(["--database-url", url, "simulate", "--till", "REP-1", "--sales", "1"]) == 1
    assert "--user" in capsys.readouterr().err
