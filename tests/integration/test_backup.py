"""``omigjen-pos backup`` (issue 8, item 6): a consistent copy of a SQLite store
taken while tills sell, a restore that verifies and sells, and for PostgreSQL
the pg_dump command (without the password) and a pg_dump / pg_restore round trip.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from omigjen_pos.cli import main
from omigjen_pos.domain.items import ItemKind, ItemStatus
from omigjen_pos.domain.settlement import Tender
from omigjen_pos.services import users
from omigjen_pos.services.checkout.basket import open_basket, scan_item
from omigjen_pos.services.checkout.sale import complete_sale
from omigjen_pos.services.demo import seed_demo_centre
from omigjen_pos.services.store_setup import open_and_upgrade
from omigjen_pos.services.verify import verify_store
from omigjen_pos.store.models import Item, Sale, Shop

REPO = Path(__file__).resolve().parents[2]
SALES_PER_TILL = 30
CHILD_TIMEOUT_S = 180


def _sell(store, count: int = 1) -> list[int]:
    """``count`` sales of one unique item each by the demo cashier on BRUKT-1;
    their receipt numbers."""
    cashier = users.login(store, "BRUKT-1", 101, "1111")
    numbers = []
    try:
        for _ in range(count):
            with store.reading() as session:
                barcode = session.scalars(
                    select(Item.barcode)
                    .join(Shop, Item.shop_id == Shop.id)
                    .where(
                        Shop.code == "BRUKT",
                        Item.kind == ItemKind.UNIQUE,
                        Item.status == ItemStatus.IN_STOCK,
                        Item.reserved_basket_id.is_(None),
                    )
                    .order_by(Item.id)
                ).first()
            assert barcode is not None
            basket = scan_item(store, cashier, open_basket(store, cashier).id, barcode)
            sale = complete_sale(store, cashier, basket.id, [Tender("cash")])
            numbers.append(sale.receipt_number)
    finally:
        users.logout(store, cashier)
    return numbers


def _receipts(path: Path) -> dict[str, tuple]:
    """Per sale uuid: (till, series, receipt number, total), read straight from the file."""
    with sqlite3.connect(path) as connection:
        rows = connection.execute(
            "SELECT s.uuid, t.code, s.receipt_series, s.receipt_number, s.total_ore "
            "FROM sale s JOIN till t ON t.id = s.till_id"
        ).fetchall()
    connection.close()
    return {row[0]: row[1:] for row in rows}


def _gapless(receipts: dict[str, tuple]) -> bool:
    series: dict[tuple[str, str], list[int]] = {}
    for till, name, number, _ in receipts.values():
        series.setdefault((till, name), []).append(number)
    return all(sorted(numbers) == list(range(1, len(numbers) + 1)) for numbers in series.values())


def _no_leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_a_backup_taken_while_two_tills_sell_is_consistent(tmp_path, capsys):
    live = tmp_path / "live.sqlite3"
    url = f"sqlite:///{live}"
    store, _ = open_and_upgrade(url)
    seed_demo_centre(store, items_per_shop=250)
    store.close()
    children = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "omigjen_pos",
                "--database-url",
                url,
                "simulate",
                "--till",
                till,
                "--sales",
                str(SALES_PER_TILL),
                "--seed",
                str(seed),
            ],
            cwd=REPO,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for seed, till in enumerate(("BRUKT-1", "BRUKT-2"), start=1)
    ]
    backups: list[tuple[Path, bool]] = []  # (file, both tills selling all the while)
    try:
        deadline = time.monotonic() + CHILD_TIMEOUT_S
        while len(_receipts(live)) < 4:
            assert all(child.poll() is None for child in children), "a till stopped early"
            assert time.monotonic() < deadline, "the tills never started selling"
            time.sleep(0.05)
        while any(child.poll() is None for child in children) and len(backups) < 6:
            target = tmp_path / f"backup-{len(backups) + 1}.sqlite3"
            selling = all(child.poll() is None for child in children)
            assert main(["--database-url", url, "backup", "-o", str(target)]) == 0
            selling = selling and all(child.poll() is None for child in children)
            backups.append((target, selling))
            time.sleep(0.15)
        outputs = [child.communicate(timeout=CHILD_TIMEOUT_S) for child in children]
    finally:
        for child in children:
            if child.poll() is None:
                child.kill()
                child.wait()
    for child, (out, err) in zip(children, outputs, strict=True):
        assert child.returncode == 0, err
        assert f"Recorded {SALES_PER_TILL} sales" in out
    printed = re.findall(r"to (\S+): (\d+) receipts", capsys.readouterr().out)
    assert [(name, int(count)) for name, count in printed] == [
        (str(path), len(_receipts(path))) for path, _ in backups
    ]
    assert any(selling for _, selling in backups), "no backup was taken while both tills sold"

    final = _receipts(live)
    counts = []
    for path, _ in backups:
        copied = _receipts(path)
        counts.append(len(copied))
        assert 0 < len(copied) <= len(final)
        assert all(final[key] == value for key, value in copied.items())  # what the store had
        assert _gapless(copied), f"{path.name}: receipt numbers with a gap"
        with sqlite3.connect(path) as connection:
            assert connection.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        connection.close()
        assert not Path(f"{path}-wal").exists()  # one self-contained file
        assert main(["--database-url", f"sqlite:///{path}", "verify"]) == 0
    assert counts == sorted(counts) and counts[0] < len(final)
    assert _no_leftovers(tmp_path) == []


def test_a_restored_backup_verifies_and_sells_on(sqlite_store, tmp_path, capsys):
    live = Path(sqlite_store.url.database)
    url = f"sqlite:///{live}"
    assert _sell(sqlite_store, count=2) == [1, 2]
    backup = tmp_path / "before-lunch.sqlite3"
    assert main(["--database-url", url, "backup", "-o", str(backup)]) == 0
    assert "2 receipts (0 returns)" in capsys.readouterr().out
    assert _sell(sqlite_store) == [3]  # lost with the restore below
    sqlite_store.close()

    # The restore as docs/backups.md tells it: every till stopped, the store and
    # its -wal and -shm files moved aside, the backup copied into place.
    aside = tmp_path / "broken"
    aside.mkdir()
    for suffix in ("", "-wal", "-shm"):
        if Path(f"{live}{suffix}").exists():
            shutil.move(f"{live}{suffix}", aside / f"store.sqlite3{suffix}")
    shutil.copyfile(backup, live)
    assert main(["--database-url", url, "verify"]) == 0
    assert "all checks passed" in capsys.readouterr().out

    store, _ = open_and_upgrade(url)
    try:
        assert _sell(store) == [3]
        assert verify_store(store) == []
        with store.reading() as session:
            assert session.scalar(select(func.count()).select_from(Sale)) == 3
    finally:
        store.close()


def test_an_existing_file_is_replaced_only_with_force(sqlite_store, tmp_path, capsys):
    url = f"sqlite:///{sqlite_store.url.database}"
    target = tmp_path / "backup.sqlite3"
    target.write_text("last week's backup")
    assert main(["--database-url", url, "backup", "-o", str(target)]) == 1
    err = capsys.readouterr().err
    assert f"{target} already exists; give --force to replace it" in err
    assert target.read_text() == "last week's backup"
    assert _no_leftovers(tmp_path) == []

    assert main(["--database-url", url, "backup", "-o", str(target), "--force"]) == 0
    assert f"to {target}: 0 receipts" in capsys.readouterr().out
    with sqlite3.connect(target) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    connection.close()
    assert _no_leftovers(tmp_path) == []


def test_nothing_is_written_when_the_store_or_the_folder_is_missing(tmp_path, capsys):
    missing_store = tmp_path / "nope.sqlite3"
    target = tmp_path / "backup.sqlite3"
    assert main(["--database-url", str(missing_store), "backup", "-o", str(target)]) == 2
    assert "the file does not exist" in capsys.readouterr().err
    assert not missing_store.exists() and not target.exists()

    store, _ = open_and_upgrade(f"sqlite:///{tmp_path / 'live.sqlite3'}")
    store.close()
    elsewhere = tmp_path / "no-such-folder" / "backup.sqlite3"
    code = main(["--database-url", str(tmp_path / "live.sqlite3"), "backup", "-o", str(elsewhere)])
    assert code == 1
    assert "does not exist" in capsys.readouterr().err
    assert not elsewhere.parent.exists()


def test_postgresql_is_told_to_use_pg_dump_without_the_password(tmp_path, capsys):
    url = "postgresql://pos:secretpw@db.omigjen.lan:5433/omigjen"
    target = tmp_path / "omigjen.dump"
    assert main(["--database-url", url, "backup", "-o", str(target)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "secretpw" not in captured.err
    assert "back up the PostgreSQL store at db.omigjen.lan:5433/omigjen" in captured.err
    assert (
        f"  pg_dump --host=db.omigjen.lan --port=5433 --username=pos --dbname=omigjen "
        f"--format=custom --file={target}\n"
    ) in captured.err
    assert not target.exists()


def _client_tools() -> None:
    """Skip unless pg_dump and pg_restore are here and not older than the server."""
    missing = [tool for tool in ("pg_dump", "pg_restore") if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"{' and '.join(missing)} not installed (Debian: postgresql-client)")
    version = subprocess.run(
        ["pg_dump", "--version"], capture_output=True, text=True, check=True
    ).stdout
    client = int(re.search(r"(\d+)\.", version).group(1))  # type: ignore[union-attr]
    with psycopg.connect(_admin_url(), connect_timeout=5) as connection:
        server = int(connection.execute("SHOW server_version_num").fetchone()[0]) // 10000
    if client < server:
        pytest.skip(f"pg_dump {client} cannot dump a PostgreSQL {server} server")


def _admin_url() -> str:
    from tests.conftest import PG_ADMIN_URL

    return PG_ADMIN_URL


@pytest.mark.postgres
def test_a_pg_dump_restores_with_pg_restore_and_sells_on(postgres, tmp_path, capsys):
    _client_tools()
    plain = postgres.url_for(postgres.create("bkp"))
    with_password = make_url(plain).set(password="secretpw").render_as_string(hide_password=False)
    store, _ = open_and_upgrade(with_password)
    try:
        seed_demo_centre(store, items_per_shop=5)
        assert _sell(store, count=2) == [1, 2]
    finally:
        store.close()

    dump = tmp_path / "omigjen.dump"
    assert main(["--database-url", with_password, "backup", "-o", str(dump)]) == 1
    printed = capsys.readouterr().err.splitlines()[1]
    environment = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
    # The command exactly as printed: no password in it, and trust auth needs none.
    subprocess.run(shlex.split(printed), env=environment, check=True, timeout=120)

    restored = postgres.url_for(postgres.create("bkr"))
    subprocess.run(
        ["pg_restore", "--no-owner", "--exit-on-error", f"--dbname={restored}", str(dump)],
        env=environment,
        check=True,
        timeout=120,
        capture_output=True,
    )
    assert main(["--database-url", restored, "verify"]) == 0
    assert "all checks passed" in capsys.readouterr().out
    store, _ = open_and_upgrade(restored)
    try:
        assert _sell(store) == [3]
        assert verify_store(store) == []
        with pytest.raises(DBAPIError, match="append-only"), store.writing() as session:
            session.execute(text("UPDATE sale SET total_ore = 0"))  # N18 came back too
    finally:
        store.close()
