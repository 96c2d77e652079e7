"""Importing and exporting a shop's items as CSV, on SQLite and PostgreSQL."""

import csv
import io
import json
import uuid
from datetime import date, timedelta

import barcode as python_barcode
import pytest
from sqlalchemy import func, select, update

from omigjen_pos.domain.errors import InvalidInput, NotFound, PermissionDenied
from omigjen_pos.domain.item_rules import ItemDraft
from omigjen_pos.domain.items import Condition, ItemKind, ItemSource, ItemStatus
from omigjen_pos.domain.journal_events import EventType
from omigjen_pos.domain.markdowns import MarkdownBasis, MarkdownRule
from omigjen_pos.services import users
from omigjen_pos.services.inventory.changes import dispose_item
from omigjen_pos.services.inventory.csv_export import export_items_csv
from omigjen_pos.services.inventory.csv_import import import_items_csv, import_till
from omigjen_pos.services.inventory.csv_io import EXPORT_COLUMNS
from omigjen_pos.services.inventory.markdown_rules import replace_markdown_rules
from omigjen_pos.services.inventory.registration import list_categories, register_items
from omigjen_pos.store.models import (
    Category,
    Item,
    JournalEntry,
    Sale,
    SaleKind,
    SaleLine,
    SequenceCounter,
    Shop,
    Till,
)

TODAY = date(2026, 11, 27)

GOOD_FILE = (
    "name,category,price,condition,source,purchase_price,weight_kg,description,shelf,"
    "notes,quantity,barcode,intake_date,kind\n"
    "Spisestol i eik,MOBLER,149.50,good,donation,,4.2,Solid,M1,,,,2026-11-01,\n"
    'Kaffetrakter,Kitchen,"99,00",as_new,bought_private,25,,,K2,Testet,,,,\n'
    "Sykkelslange 28 tommer,sykler,89,,new_goods,,,,B3,,30,7038010009457,,\n"
    "Handlenett,Klær,15,,new_goods,,,,,,12,,,stock\n"
)


@pytest.fixture
def manager(store):
    return users.login(store, "BRUKT-1", 103, "1234")


@pytest.fixture
def category(store):
    return {c.code: c.id for c in list_categories(store)}


def count(store, model, *where) -> int:
    with store.reading() as session:
        return session.scalar(select(func.count()).select_from(model).where(*where))


def items_by_name(store, shop_code="BRUKT") -> dict[str, Item]:
    with store.reading() as session:
        shop_id = session.scalar(select(Shop.id).where(Shop.code == shop_code))
        return {i.name: i for i in session.scalars(select(Item).where(Item.shop_id == shop_id))}


def test_a_good_file_imports_every_row_with_its_own_in_store_barcode(store, manager, category):
    before = count(store, Item)
    raw = ("\ufeff" + GOOD_FILE).encode("utf-8")  # Excel's "CSV UTF-8" starts with a BOM
    report = import_items_csv(store, manager, "BRUKT", raw, file_name="gamle.csv", today=TODAY)

    assert (report.problems, report.rows, report.imported) == ((), 4, 4)
    assert count(store, Item) == before + 4
    assert len(set(report.barcodes)) == 4
    in_store = [b for b in report.barcodes if b != "7038010009457"]
    assert len(in_store) == 3
    for code in in_store:
        assert code.startswith("201")  # prefix 2, shop BRUKT = 01
        assert python_barcode.get("ean13", code[:12]).get_fullcode() == code

    items = items_by_name(store)
    chair = items["Spisestol i eik"]
    assert (chair.price_ore, chair.category_id, chair.condition) == (
        14950,
        category["MOBLER"],
        Condition.GOOD,
    )
    assert (chair.weight_grams, chair.shelf, chair.intake_date) == (4200, "M1", date(2026, 11, 1))
    assert chair.kind is ItemKind.UNIQUE and chair.status is ItemStatus.IN_STOCK
    coffee = items["Kaffetrakter"]  # category by English name, a quoted decimal comma
    assert (coffee.category_id, coffee.price_ore, coffee.purchase_price_ore) == (
        category["KJOKKEN"],
        9900,
        2500,
    )
    assert coffee.margin_scheme and coffee.intake_date == TODAY
    tube = items["Sykkelslange 28 tommer"]  # a manufacturer barcode makes a stock article
    assert (tube.kind, tube.barcode, tube.quantity, tube.category_id) == (
        ItemKind.STOCK,
        "7038010009457",
        30,
        category["SYKLER"],
    )
    bag = items["Handlenett"]  # kind says stock: an in-store barcode and a count
    assert (bag.kind, bag.quantity, bag.category_id) == (ItemKind.STOCK, 12, category["KLAR"])
    assert bag.barcode in in_store


def test_every_imported_item_is_journaled_with_who_and_the_file(store, manager):
    report = import_items_csv(store, manager, "BRUKT", GOOD_FILE, file_name="gamle.csv")
    with store.reading() as session:
        entries = session.scalars(
            select(JournalEntry).where(JournalEntry.event_type == EventType.ITEM_REGISTERED)
        ).all()
    assert len(entries) == report.imported == 4
    assert {e.user_id for e in entries} == {manager.user_id}
    assert {e.till_id for e in entries} == {manager.till.id}
    payloads = [json.loads(e.payload_json) for e in entries]
    assert {p["origin"] for p in payloads} == {"gamle.csv"}
    assert {p["barcode"] for p in payloads} == set(report.barcodes)
    assert all("import fra gamle.csv" in e.summary for e in entries)


def test_norwegian_headers_semicolons_and_decimal_commas(store, manager, category):
    text = (
        "Navn;Kategori;Pris;Tilstand;Kilde;Innkjøpspris;Vekt_kg;Beskrivelse;Hylle;Notater;"
        "Antall;Strekkode;Inntaksdato;Type\n"
        "Bokhylle;Møbler;1 250,00;som ny;gave;;12,5;Bjørk;M2;;;;03.11.2026;\n"
        "Vinterjakke;KLAR;349,5;pent brukt;kjøpt;100;;;;Str. M;;;;\n"
        "Drill;verktøy;199,-;for deler;reparert;;1,1;;;;;;;unik\n"
        "Kjole;klær;120;brukt;kommisjon;;;;;;;;;\n"
        "Lykt;sport og fritid;kr 75;;ny;;;;;;4;;;lager\n"
    )
    report = import_items_csv(store, manager, "brukt", text, today=TODAY)
    assert report.problems == () and report.imported == 5
    items = items_by_name(store)
    shelf = items["Bokhylle"]
    assert (shelf.price_ore, shelf.condition, shelf.source, shelf.weight_grams) == (
        125000,
        Condition.AS_NEW,
        ItemSource.DONATION,
        12500,
    )
    assert (shelf.description, shelf.shelf, shelf.intake_date) == ("Bjørk", "M2", date(2026, 11, 3))
    jacket = items["Vinterjakke"]
    assert (jacket.price_ore, jacket.condition, jacket.source, jacket.purchase_price_ore) == (
        34950,
        Condition.GOOD,
        ItemSource.BOUGHT_PRIVATE,
        10000,
    )
    assert jacket.notes == "Str. M"
    drill = items["Drill"]
    assert (drill.price_ore, drill.condition, drill.source, drill.category_id) == (
        19900,
        Condition.FOR_PARTS,
        ItemSource.REPAIRED,
        category["VERKTOY"],
    )
    dress = items["Kjole"]
    assert (dress.condition, dress.source) == (Condition.FAIR, ItemSource.CONSIGNMENT)
    lantern = items["Lykt"]
    assert (lantern.kind, lantern.quantity, lantern.source, lantern.category_id) == (
        ItemKind.STOCK,
        4,
        ItemSource.NEW_GOODS,
        category["SPORT"],
    )


def test_a_file_with_bad_rows_is_refused_whole_with_each_line_and_reason(store, manager):
    before_items = count(store, Item)
    before_journal = count(store, JournalEntry)
    text = (
        "navn;kategori;pris;kilde;innkjøpspris;inntaksdato\n"  # line 1
        "Spisestol;MOBLER;149,50;gave;;\n"  # 2
        'Lenestol;MOBLER;"350";gave;;\n'  # 3
        "Lampe;Hagemøbler;100;gave;;\n"  # 4: unknown category
        "\n"  # 5: blank, skipped but counted as a spreadsheet row
        "Radio;ELEKTRO;12,3,4;gave;;\n"  # 6: not an amount
        "Bord;MOBLER;400;kjøpt;;\n"  # 7: bought privately without a purchase price
        "Stol;MOBLER;300;gave;;1.1.2027\n"  # 8: good, with a Norwegian date
    )
    report = import_items_csv(store, manager, "BRUKT", text, today=date(2027, 1, 5))
    assert [(p.line, p.column, p.value, p.reason) for p in report.problems] == [
        (
            4,
            "kategori",
            "Hagemøbler",
            "unknown category (codes: BOKER, ELEKTRO, KJOKKEN, KLAR, LEKER, MOBLER, "
            "REPARASJON, SPORT, SYKLER, VERKTOY)",
        ),
        (6, "pris", "12,3,4", "not an amount in kroner"),
        (7, "innkjøpspris", "", "needed for goods bought from a private person"),
    ]
    assert str(report.problems[1]) == "line 6: pris '12,3,4': not an amount in kroner"
    assert (report.rows, report.imported, report.barcodes) == (6, 0, ())
    assert count(store, Item) == before_items
    assert count(store, JournalEntry) == before_journal


def test_line_numbers_count_rows_as_a_spreadsheet_shows_them(store, manager):
    text = (
        "name,category,price,description\n"
        'Kommode,MOBLER,500,"Tre skuffer,\nen løs knott"\n'  # one row over two text lines
        "Speil,MOBLER,-10,\n"  # row 3 of the spreadsheet, line 4 of the text
        "Hylle,MOBLER,100,,ekstra\n"  # a value beyond the last column
    )
    report = import_items_csv(store, manager, "BRUKT", text)
    assert [(p.line, p.column, p.reason) for p in report.problems] == [
        (3, "price", "between 0 and ten million kroner"),
        (4, "", "more values than columns (the file is separated by ',')"),
    ]


@pytest.mark.parametrize(
    ("row", "column", "reason"),
    [
        (
            "Stol,MOBLER,100,,5,,",
            "quantity",
            "a unique item is one thing; write 'stock' as its kind",
        ),
        ("Stol,MOBLER,100,,x,,stock", "quantity", "not a whole number of 0 or more"),
        ("Stol,MOBLER,100,nesten ny,,,", "condition", "not one of"),
        ("Stol,MOBLER,100,,,7038010009458,", "barcode", "not a valid EAN/UPC number"),
        ("Stol,MOBLER,100,,,2010000000014,", "barcode", "an in-store number (prefix 2)"),
        ("Stol,MOBLER,100,,,7038010009457,unique", "barcode", "unique items get an in-store"),
        ("Stol,MOBLER,100,,,,unik2", "kind", "not one of"),
        (",MOBLER,100,,,,", "name", "a name is needed"),
        ("Stol,,100,,,,", "category", "a category is needed"),
        ("Stol,MOBLER, ,,,,", "price", "a price is needed"),
        ("Stol,MOBLER,100,,³,,stock", "quantity", "not a whole number"),
        ("Stol,MOBLER,100,,,703801000945³,", "barcode", "not a valid EAN/UPC number"),
    ],
)
def test_each_bad_value_is_named_by_its_column(store, manager, row, column, reason):
    text = f"name,category,price,condition,quantity,barcode,kind\n{row}\n"
    report = import_items_csv(store, manager, "BRUKT", text)
    assert [(p.line, p.column) for p in report.problems] == [(2, column)]
    assert report.problems[0].reason.startswith(reason)


def test_dates_must_be_real_and_not_in_the_future(store, manager):
    text = (
        "name,category,price,intake_date\n"
        "A,MOBLER,1,2026-02-30\n"
        "B,MOBLER,1,next week\n"
        "C,MOBLER,1,28.11.2026\n"
        "D,MOBLER,1,27.11.2026\n"
    )
    report = import_items_csv(store, manager, "BRUKT", text, today=TODAY)
    assert [(p.line, p.reason) for p in report.problems] == [
        (2, "no such date"),
        (3, "not a date (YYYY-MM-DD or DD.MM.YYYY)"),
        (4, "in the future"),
    ]


def test_a_dry_run_checks_every_row_and_writes_nothing(store, manager):
    before = (count(store, Item), count(store, JournalEntry), count(store, SequenceCounter))
    report = import_items_csv(store, manager, "BRUKT", GOOD_FILE, dry_run=True)
    assert (report.ok, report.dry_run, report.rows, report.imported) == (True, True, 4, 0)
    assert (count(store, Item), count(store, JournalEntry), count(store, SequenceCounter)) == before


def test_duplicate_manufacturer_barcodes_in_the_file_or_the_shop_are_reported(store, manager):
    first = "name,category,price,barcode,quantity\nSlange,SYKLER,89,7038010009457,3\n"
    assert import_items_csv(store, manager, "BRUKT", first).imported == 1
    text = (
        "name,category,price,barcode,quantity\n"
        "Lapper,SYKLER,49,4006381333931,10\n"
        "Slange igjen,SYKLER,89,7038010009457,5\n"
        "Lapper igjen,SYKLER,49,4006381333931,2\n"
    )
    report = import_items_csv(store, manager, "BRUKT", text)
    assert [(p.line, p.value, p.reason) for p in report.problems] == [
        (3, "7038010009457", "already used by «Slange» in this shop"),
        (4, "4006381333931", "also on line 2"),
    ]
    assert report.imported == 0
    # Another shop may use the same manufacturer number.
    charity = users.login(store, "HJERTE-1", 302, "6666")
    other = "name,category,price,barcode\nSlange,LEKER,89,7038010009457\n"
    assert import_items_csv(store, charity, "HJERTE", other).imported == 1


def test_the_header_must_name_the_required_columns_once(store, manager):
    missing = import_items_csv(store, manager, "BRUKT", "navn;pris;farge\nStol;100;rød\n")
    assert [(p.line, p.reason) for p in missing.problems] == [
        (1, "a column 'category' or 'kategori' is needed")
    ]
    twice = import_items_csv(store, manager, "BRUKT", "name;navn;category;price\na;b;MOBLER;1\n")
    assert [(p.line, p.column) for p in twice.problems] == [(1, "navn")]
    empty = import_items_csv(store, manager, "BRUKT", "name,category,price\n\n")
    assert [(p.line, p.reason) for p in empty.problems] == [(1, "no items below the header")]


def test_unknown_columns_are_ignored_and_listed(store, manager):
    text = "Name,Category,Price,Farge,Purchase price\nStol,MOBLER,100,rød,\n"
    report = import_items_csv(store, manager, "BRUKT", text)
    assert report.imported == 1
    assert report.ignored_columns == ("Farge",)  # "Purchase price" is purchase_price


def test_a_file_that_is_not_utf8_is_refused_with_a_hint(store, manager, tmp_path):
    path = tmp_path / "latin1.csv"
    path.write_bytes("name;category;price\nStol;Møbler;100\n".encode("cp1252"))
    with pytest.raises(InvalidInput) as caught:
        import_items_csv(store, manager, "BRUKT", path)
    assert caught.value.field == "file" and "line 2" in caught.value.reason
    with pytest.raises(InvalidInput, match="No such file"):
        import_items_csv(store, manager, "BRUKT", tmp_path / "nothing.csv")


def test_a_file_path_is_read(store, manager, tmp_path):
    path = tmp_path / "varer.csv"
    path.write_text(GOOD_FILE, encoding="utf-8")
    report = import_items_csv(store, manager, "BRUKT", str(path))
    assert (report.file_name, report.imported) == ("varer.csv", 4)


def test_only_a_manager_of_the_shop_may_import(store, manager):
    repairer = users.login(store, "BRUKT-1", 201, "3333")  # may register, not import
    with pytest.raises(PermissionDenied, match="may not import items in BRUKT"):
        import_items_csv(store, repairer, "BRUKT", GOOD_FILE)
    with pytest.raises(PermissionDenied, match="HJERTE"):
        import_items_csv(store, manager, "HJERTE", GOOD_FILE)


def test_the_import_till_is_the_shops_first(store):
    assert import_till(store, "brukt").code == "BRUKT-1"
    assert import_till(store, "BRUKT", "brukt-2").code == "BRUKT-2"
    with pytest.raises(NotFound, match="shop 'NOPE'"):
        import_till(store, "NOPE")
    with pytest.raises(InvalidInput, match="belongs to REP"):
        import_till(store, "BRUKT", "REP-1")


def test_register_items_writes_all_or_nothing(store, manager, category):
    good = ItemDraft(category["MOBLER"], "Stol", 100, ItemSource.DONATION)
    before = count(store, Item)
    with store.writing() as session:
        session.execute(update(Category).where(Category.code == "BOKER").values(active=False))
    retired = ItemDraft(category["BOKER"], "Bok", 100, ItemSource.DONATION)
    with pytest.raises(NotFound):
        register_items(store, manager, [good, retired, good])
    assert count(store, Item) == before
    rows = register_items(store, manager, [good, good])
    assert len({r.barcode for r in rows}) == 2 and count(store, Item) == before + 2


# --- export ---------------------------------------------------------------------------------


def exported(store, shop, status=None, **options) -> list[dict[str, str]]:
    stream = io.StringIO(newline="")
    written = export_items_csv(store, shop, status, stream, today=TODAY, **options)
    rows = list(csv.DictReader(io.StringIO(stream.getvalue(), newline="")))
    assert len(rows) == written
    return rows


def test_export_writes_every_column_machine_friendly(store, manager, tmp_path):
    import_items_csv(store, manager, "BRUKT", GOOD_FILE, today=TODAY)
    replace_markdown_rules(store, manager, [MarkdownRule(MarkdownBasis.INTAKE_AGE, 2500, 20)])
    path = tmp_path / "export.csv"
    written = export_items_csv(store, manager, None, path, today=TODAY)

    raw = path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")  # no BOM
    assert raw.split(b"\r\n")[0] == ",".join(EXPORT_COLUMNS).encode()  # RFC 4180: CRLF
    rows = {r["name"]: r for r in csv.DictReader(io.StringIO(raw.decode("utf-8"), newline=""))}
    assert written == len(rows) == count(store, Item, Item.shop_id == manager.shop_id)
    assert list(next(iter(rows.values()))) == list(EXPORT_COLUMNS)
    chair = rows["Spisestol i eik"]  # 26 days on the shelf: 25 % off, rounded down
    barcode = items_by_name(store)["Spisestol i eik"].barcode
    assert chair == {
        "barcode": barcode,
        "name": "Spisestol i eik",
        "category": "MOBLER",
        "status": "in_stock",
        "price": "149.50",
        "current_price": "112.00",
        "condition": "good",
        "source": "donation",
        "quantity": "1",
        "intake_date": "2026-11-01",
        "shelf": "M1",
        "shop": "BRUKT",
        "sold_receipt": "",
    }
    tube = rows["Sykkelslange 28 tommer"]  # stock articles keep their price
    assert (tube["barcode"], tube["price"], tube["current_price"]) == (
        "7038010009457",
        "89.00",
        "89.00",
    )
    assert (tube["condition"], tube["quantity"]) == ("", "30")


def test_export_quotes_by_rfc_4180_and_can_use_a_decimal_comma(store, manager):
    text = 'name,category,price\n"Bord, ""Gustav"" i eik",MOBLER,"1250,5"\n'
    import_items_csv(store, manager, "BRUKT", text, today=TODAY)
    stream = io.StringIO(newline="")
    export_items_csv(store, "BRUKT", None, stream, decimal=",", today=TODAY)
    assert '"Bord, ""Gustav"" i eik",MOBLER,in_stock,"1250,50","1250,50",' in stream.getvalue()
    with pytest.raises(InvalidInput):
        export_items_csv(store, "BRUKT", None, io.StringIO(), decimal=";")


def test_export_filters_by_status_and_streams_in_batches(store, manager):
    import_items_csv(store, manager, "BRUKT", GOOD_FILE, today=TODAY)
    chair = items_by_name(store)["Spisestol i eik"]
    dispose_item(store, manager, chair.id, "Knekt bein", recycled=False)
    everything = exported(store, "BRUKT", batch_size=2)
    assert len(everything) == count(store, Item, Item.shop_id == manager.shop_id)
    assert [r["barcode"] for r in everything] == [r["barcode"] for r in exported(store, "BRUKT")]
    disposed = exported(store, "brukt", ItemStatus.DISPOSED, batch_size=2)
    assert [(r["name"], r["status"]) for r in disposed] == [("Spisestol i eik", "disposed")]
    assert exported(store, "HJERTE", ItemStatus.DISPOSED) == []
    assert {r["shop"] for r in exported(store, "HJERTE")} == {"HJERTE"}


def test_export_of_an_unknown_shop_leaves_no_file(store, tmp_path):
    path = tmp_path / "out.csv"
    with pytest.raises(NotFound, match="shop 'NOPE'"):
        export_items_csv(store, "NOPE", None, path)
    assert list(tmp_path.iterdir()) == []


def _sell(store, item_id: int, receipt: int, *, kind=SaleKind.SALE, training=False) -> None:
    """A completed sale of the item, written through the models (checkout comes later)."""
    with store.writing() as session:
        till = session.scalars(select(Till).where(Till.code == "BRUKT-1")).one()
        item = session.get(Item, item_id)
        sign = -1 if kind is SaleKind.RETURN else 1
        sale = Sale(
            uuid=str(uuid.uuid4()),
            shop_id=till.shop_id,
            till_id=till.id,
            cashier_user_id=item.registered_by_user_id,
            kind=kind,
            training=training,
            receipt_series="training" if training else "sale",
            receipt_number=receipt,
            business_date=TODAY,
            total_ore=sign * item.price_ore,
            vat_ore=0,
        )
        session.add(sale)
        session.flush()
        session.add(
            SaleLine(
                sale_id=sale.id,
                line_number=1,
                item_id=item.id,
                barcode=item.barcode,
                description=item.name,
                saft_article_group="04003",
                quantity=sign,
                unit_price_ore=item.price_ore,
                line_total_ore=sign * item.price_ore,
                vat_code="3",
                vat_rate_bp=2500,
                vat_base_ore=0,
                vat_ore=0,
            )
        )
        item.status = ItemStatus.SOLD if kind is SaleKind.SALE else ItemStatus.RETURNED


def test_a_sold_item_shows_the_receipt_of_its_latest_sale(store, manager):
    import_items_csv(store, manager, "BRUKT", GOOD_FILE, today=TODAY)
    items = items_by_name(store)
    chair, coffee = items["Spisestol i eik"].id, items["Kaffetrakter"].id
    _sell(store, chair, 7)
    _sell(store, chair, 8, kind=SaleKind.RETURN)
    _sell(store, chair, 12)  # sold again after the return
    _sell(store, chair, 1, training=True)  # a training receipt is no sale
    _sell(store, coffee, 9)
    _sell(store, coffee, 10, kind=SaleKind.RETURN)  # returned: not sold any more

    rows = {r["name"]: r for r in exported(store, "BRUKT")}
    assert (rows["Spisestol i eik"]["status"], rows["Spisestol i eik"]["sold_receipt"]) == (
        "sold",
        "12",
    )
    assert (rows["Kaffetrakter"]["status"], rows["Kaffetrakter"]["sold_receipt"]) == (
        "returned",
        "",
    )
    assert rows["Handlenett"]["sold_receipt"] == ""  # never sold: kept by the LEFT JOIN
    sold = exported(store, "BRUKT", ItemStatus.SOLD)
    assert [(r["name"], r["sold_receipt"]) for r in sold] == [("Spisestol i eik", "12")]


def test_ageing_items_show_their_markdown_only_while_in_stock(store, manager):
    old = TODAY - timedelta(days=60)
    text = f"name,category,price,intake_date\nGammel stol,MOBLER,100,{old.isoformat()}\n"
    import_items_csv(store, manager, "BRUKT", text, today=TODAY)
    replace_markdown_rules(store, manager, [MarkdownRule(MarkdownBasis.INTAKE_AGE, 5000, 30)])
    row = next(r for r in exported(store, manager) if r["name"] == "Gammel stol")
    assert (row["price"], row["current_price"]) == ("100.00", "50.00")
    _sell(store, items_by_name(store)["Gammel stol"].id, 3)
    row = next(r for r in exported(store, manager) if r["name"] == "Gammel stol")
    assert (row["price"], row["current_price"], row["sold_receipt"]) == ("100.00", "100.00", "3")
