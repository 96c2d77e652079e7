"""``omigjen-pos db upgrade`` and ``omigjen-pos demo`` on SQLite and PostgreSQL."""

import subprocess
import sys

import pytest
from sqlalchemy import func, select

from omigjen_pos import __version__
from omigjen_pos.cli import main
from omigjen_pos.services.store_setup import open_and_upgrade, summarise_store
from omigjen_pos.store.migrate import current_revision, head_revision
from omigjen_pos.store.models import Item, Sale


def test_db_upgrade_brings_an_empty_database_to_head(store_factory, capsys):
    url = store_factory.new_url("cli")
    assert main(["--database-url", url, "db", "upgrade"]) == 0
    assert f"schema {head_revision()} (head)" in capsys.readouterr().out
    store, _ = open_and_upgrade(url)
    try:
        assert current_revision(store.engine) == head_revision()
    finally:
        store.close()


def test_demo_seeds_once_and_then_reports_nothing_to_add(store_factory, capsys):
    url = store_factory.new_url("cli")
    assert main(["--database-url", url, "demo", "--items-per-shop", "5"]) == 0
    assert "3 shops, 4 tills, 8 users, 10 categories, 15 items added" in capsys.readouterr().out
    assert main(["--database-url", url, "demo"]) == 0
    assert "nothing added" in capsys.readouterr().out
    store, _ = open_and_upgrade(url)
    try:
        assert _items(store) == 15
    finally:
        store.close()


def test_version_is_printed_by_the_installed_command():
    result = subprocess.run(
        [sys.executable, "-m", "omigjen_pos", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert result.stdout.strip() == f"omigjen-pos {__version__}"


def test_the_environment_variable_chooses_the_store(store_factory, monkeypatch, capsys):
    url = store_factory.new_url("env")
    monkeypatch.setenv("OMIGJEN_DATABASE_URL", url)
    assert main(["db", "upgrade"]) == 0
    assert "empty -> " in capsys.readouterr().out


def test_demo_history_goes_only_into_an_empty_store(store_factory, capsys):
    url = store_factory.new_url("cli")
    assert main(["--database-url", url, "demo", "--items-per-shop", "5"]) == 0
    capsys.readouterr()
    assert main(["--database-url", url, "demo", "--days", "2"]) == 1
    captured = capsys.readouterr()
    assert "no history added" in captured.err and "nothing added" not in captured.out
    store, _ = open_and_upgrade(url)
    try:
        assert _items(store) == 15  # nothing added, no sales made
        with store.reading() as session:
            assert session.scalar(select(func.count()).select_from(Sale)) == 0
    finally:
        store.close()


def test_demo_with_history_run_again_adds_nothing(store_factory, capsys):
    url = store_factory.new_url("cli")
    assert main(["--database-url", url, "demo", "--days", "1", "--items-per-shop", "5"]) == 0
    assert "Trading history: 1 day (" in capsys.readouterr().out
    store, _ = open_and_upgrade(url)
    try:
        before = summarise_store(store), _items(store)
        assert main(["--database-url", url, "demo", "--days", "1"]) == 0
        assert "nothing added" in capsys.readouterr().out
        assert (summarise_store(store), _items(store)) == before
    finally:
        store.close()


def test_demo_days_must_be_a_sensible_number(capsys):
    for bad in ("-1", "many", "400"):
        with pytest.raises(SystemExit) as exited:
            main(["demo", "--days", bad])
        assert exited.value.code == 2
        assert "a number of days from 0 to 366" in capsys.readouterr().err


def _items(store) -> int:
    with store.reading() as session:
        return session.scalar(select(func.count()).select_from(Item)) or 0
