"""``omigjen-pos items import`` and ``items export`` on SQLite and PostgreSQL."""

import csv
import io
import json

import pytest
from sqlalchemy import func, select

from omigjen_pos.cli import main
from omigjen_pos.domain.journal_events import EventType
from omigjen_pos.services.store_setup import open_and_upgrade
from omigjen_pos.store.models import Item, JournalEntry, Shop, Till, User

GOOD = (
    "navn;kategori;pris;tilstand;antall;strekkode\n"
    "Spisestol i eik;MOBLER;149,50;pent brukt;;\n"
    "Bokhylle;Møbler;1 250;som ny;;\n"
    "Sykkelslange;SYKLER;89;;30;7038010009457\n"
)
BAD = (
    "navn;kategori;pris\n"
    "Spisestol;MOBLER;149,50\n"
    "Lampe;Hagemøbler;100\n"
    ";MOBLER;100\n"
    "Radio;ELEKTRO;mye\n"
)


@pytest.fixture
def url(store_factory, capsys):
    """A store the command line can open: the demo centre with five items per shop."""
    made = store_factory.new_url("items")
    assert main(["--database-url", made, "demo", "--items-per-shop", "5"]) == 0
    capsys.readouterr()
    return made


@pytest.fixture(autouse=True)
def no_pin_in_the_environment(monkeypatch):
    monkeypatch.delenv("OMIGJEN_PIN", raising=False)
    monkeypatch.setattr("sys.stdin", io.StringIO())  # no terminal to ask at


def items_in(url, shop="BRUKT") -> int:
    store, _ = open_and_upgrade(url)
    try:
        with store.reading() as session:
            return session.scalar(
                select(func.count())
                .select_from(Item)
                .join(Shop, Item.shop_id == Shop.id)
                .where(Shop.code == shop)
            )
    finally:
        store.close()


def csv_file(tmp_path, text, name="varer.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def run_import(url, path, *extra):
    return main(["--database-url", url, "items", "import", path, "--shop", "BRUKT", *extra])


def test_import_prints_a_summary_and_journals_who_did_it(url, tmp_path, capsys):
    path = csv_file(tmp_path, GOOD)
    assert run_import(url, path, "--user", "103", "--pin", "1234") == 0
    out, err = capsys.readouterr()
    assert out == "Imported 3 items into BRUKT.\n" and err == ""
    assert items_in(url) == 8
    store, _ = open_and_upgrade(url)
    try:
        with store.reading() as session:
            manager = session.scalar(select(User.id).where(User.number == 103))
            till = session.scalar(select(Till.id).where(Till.code == "BRUKT-1"))
            entries = session.scalars(select(JournalEntry).order_by(JournalEntry.id)).all()
    finally:
        store.close()
    kinds = [e.event_type for e in entries if e.user_id == manager]
    assert kinds == [
        EventType.LOGIN,
        *[EventType.ITEM_REGISTERED] * 3,
        EventType.LOGOUT,
    ]
    registered = [e for e in entries if e.event_type == EventType.ITEM_REGISTERED]
    assert {(e.till_id, json.loads(e.payload_json)["origin"]) for e in registered} == {
        (till, "varer.csv")
    }


def test_a_dry_run_imports_nothing(url, tmp_path, capsys):
    path = csv_file(tmp_path, GOOD)
    assert run_import(url, path, "--dry-run", "--user", "103", "--pin", "1234") == 0
    assert capsys.readouterr().out == "Dry run: 3 rows OK, nothing imported.\n"
    assert items_in(url) == 5


def test_the_till_option_chooses_the_till_the_import_is_recorded_on(url, tmp_path, capsys):
    path = csv_file(tmp_path, "name,category,price\nStol,MOBLER,100\n")
    argv = ["--database-url", url, "--till", "BRUKT-2", "items", "import", path]
    assert main([*argv, "--shop", "BRUKT", "--user", "103", "--pin", "1234"]) == 0
    assert capsys.readouterr().out == "Imported 1 item into BRUKT.\n"
    store, _ = open_and_upgrade(url)
    try:
        with store.reading() as session:
            till = session.scalar(
                select(Till.code)
                .join(JournalEntry, JournalEntry.till_id == Till.id)
                .where(JournalEntry.event_type == EventType.ITEM_REGISTERED)
            )
    finally:
        store.close()
    assert till == "BRUKT-2"
    assert main([*argv, "--shop", "REP", "--user", "103", "--pin", "1234"]) == 1
    assert capsys.readouterr().err == ("omigjen-pos: till: 'BRUKT-2' (belongs to BRUKT, not REP)\n")


def test_bad_rows_are_listed_one_a_line_and_nothing_is_imported(url, tmp_path, capsys):
    path = csv_file(tmp_path, BAD, "gamle.csv")
    assert run_import(url, path, "--user", "103", "--pin", "1234") == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.splitlines() == [
        "omigjen-pos: gamle.csv: line 3: kategori 'Hagemøbler': unknown category (codes: "
        "BOKER, ELEKTRO, KJOKKEN, KLAR, LEKER, MOBLER, REPARASJON, SPORT, SYKLER, VERKTOY)",
        "omigjen-pos: gamle.csv: line 4: navn: a name is needed",
        "omigjen-pos: gamle.csv: line 5: pris 'mye': not an amount in kroner",
        "omigjen-pos: nothing imported: 3 problems in gamle.csv.",
    ]
    assert items_in(url) == 5


def test_unknown_columns_are_noted_but_do_not_stop_the_import(url, tmp_path, capsys):
    path = csv_file(tmp_path, "name,category,price,colour\nStol,MOBLER,100,rød\n")
    assert run_import(url, path, "--user", "103", "--pin", "1234") == 0
    out, err = capsys.readouterr()
    assert out == "Imported 1 item into BRUKT.\n"
    assert err == "omigjen-pos: note: column 'colour' is not known; ignored\n"


def test_an_unknown_shop_is_one_clear_line(url, tmp_path, capsys):
    path = csv_file(tmp_path, GOOD)
    argv = ["--database-url", url, "items", "import", path, "--shop", "NOPE"]
    assert main([*argv, "--user", "103", "--pin", "1234"]) == 1
    assert capsys.readouterr().err == "omigjen-pos: shop 'NOPE' not found\n"
    export = ["--database-url", url, "items", "export", "--shop", "NOPE", "-o"]
    assert main([*export, str(tmp_path / "out.csv")]) == 1
    assert capsys.readouterr().err == "omigjen-pos: shop 'NOPE' not found\n"
    assert not (tmp_path / "out.csv").exists()


def test_who_imports_must_know_the_pin_and_manage_the_shop(url, tmp_path, capsys, monkeypatch):
    path = csv_file(tmp_path, GOOD)
    assert run_import(url, path, "--user", "103", "--pin", "0000") == 1
    assert "wrong PIN, 4 attempts left" in capsys.readouterr().err
    assert run_import(url, path, "--user", "101", "--pin", "1111") == 1
    assert capsys.readouterr().err == ("omigjen-pos: Kari Kasserer may not import items in BRUKT\n")
    assert run_import(url, path, "--user", "103") == 1
    assert "a PIN is needed: give --pin, set OMIGJEN_PIN" in capsys.readouterr().err
    assert items_in(url) == 5
    monkeypatch.setenv("OMIGJEN_PIN", "1234")
    assert run_import(url, path, "--user", "103") == 0
    assert capsys.readouterr().out == "Imported 3 items into BRUKT.\n"


def test_a_missing_file_is_one_line(url, tmp_path, capsys):
    assert run_import(url, str(tmp_path / "nope.csv"), "--user", "103", "--pin", "1234") == 1
    err = capsys.readouterr().err
    assert err.startswith("omigjen-pos: file: ") and "No such file" in err
    assert len(err.splitlines()) == 1


def test_export_writes_the_file_and_filters_by_status(url, tmp_path, capsys):
    run_import(url, csv_file(tmp_path, GOOD), "--user", "103", "--pin", "1234")
    capsys.readouterr()
    out_path = tmp_path / "brukt.csv"
    argv = ["--database-url", url, "items", "export", "--shop", "brukt", "-o", str(out_path)]
    assert main(argv) == 0
    assert capsys.readouterr().out == f"Exported 8 items from BRUKT to {out_path}.\n"
    with out_path.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert len(rows) == 8 and {r["shop"] for r in rows} == {"BRUKT"}
    chair = next(r for r in rows if r["name"] == "Spisestol i eik")
    assert (chair["price"], chair["category"], chair["condition"]) == ("149.50", "MOBLER", "good")

    assert main([*argv, "--status", "sold"]) == 0
    assert capsys.readouterr().out == f"Exported 0 items from BRUKT to {out_path}.\n"
    assert out_path.read_text(encoding="utf-8").splitlines() == [
        "barcode,name,category,status,price,current_price,condition,source,quantity,"
        "intake_date,shelf,shop,sold_receipt"
    ]
    with pytest.raises(SystemExit):
        main([*argv, "--status", "lost"])
