"""The database password never leaves the URL it came in (issue 8, item 5).

A PostgreSQL URL with a password (the test server trusts every local user, so
any password connects) is used for everything a till and the command line do:
open and upgrade a store, seed it, sell, take an X-report, export sales (XLSX and
CSV), SAF-T and the journal, and fail (a server that does not answer, a database
that does not exist, a URL that cannot be read). The password must appear in no
log record (everything captured at DEBUG, SQLAlchemy's and psycopg's too), no
error, nothing the command line prints, no file written and no journal row.
"""

from __future__ import annotations

import logging
import zipfile
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from omigjen_pos.cli import main
from omigjen_pos.domain.errors import StoreUnavailable
from omigjen_pos.domain.settlement import Tender
from omigjen_pos.logging_setup import log_file_path
from omigjen_pos.services import users
from omigjen_pos.services.checkout.basket import open_basket, scan_item
from omigjen_pos.services.checkout.sale import complete_sale
from omigjen_pos.services.demo import seed_demo_centre
from omigjen_pos.services.exports.sales_data import SalesExportQuery
from omigjen_pos.services.exports.sales_export import export_sales
from omigjen_pos.services.journal_view import JournalQuery, export_journal_csv
from omigjen_pos.services.reports.day_report import x_report
from omigjen_pos.services.saft.export import export_saft
from omigjen_pos.services.store_setup import open_and_upgrade
from omigjen_pos.store.models import Base, Item
from omigjen_pos.store.types import utcnow

SECRET = "s3cret-pw"

pytestmark = pytest.mark.postgres


def with_password(url: str) -> str:
    """``postgresql://postgres@host/db`` -> ``postgresql://postgres:s3cret-pw@host/db``."""
    scheme, _, rest = url.partition("://")
    user, _, place = rest.partition("@")
    return f"{scheme}://{user.split(':')[0]}:{SECRET}@{place}"


@pytest.fixture
def secret_url(postgres) -> str:
    return with_password(postgres.url_for(postgres.create("secret")))


@pytest.fixture
def everything_logged(caplog):
    caplog.set_level(logging.DEBUG)
    for name in ("sqlalchemy", "psycopg", "alembic"):  # SQLAlchemy's own default is WARNING
        caplog.set_level(logging.DEBUG, logger=name)
    return caplog


def file_text(path: Path) -> str:
    """A file's text; an XLSX workbook's every part."""
    if path.suffix == ".xlsx":
        with zipfile.ZipFile(path) as book:
            return "".join(book.read(name).decode("utf-8") for name in book.namelist())
    return path.read_text(encoding="utf-8-sig")


def every_row(store) -> str:
    """Every value of every table, as text."""
    with store.reading() as session:
        return "\n".join(
            repr(row)
            for table in Base.metadata.sorted_tables
            for row in session.execute(select(table))
        )


def unreachable(url: str) -> str:
    """The same user and password at a port nobody listens on."""
    head, _, tail = url.rpartition("@")
    return f"{head}@127.0.0.1:1/{tail.rpartition('/')[2]}"


def test_the_password_is_in_no_log_error_export_or_journal(secret_url, everything_logged, tmp_path):
    today = date.today()
    store, result = open_and_upgrade(secret_url)
    try:
        assert result.from_revision is None  # an upgrade from nothing was logged
        seed_demo_centre(store, items_per_shop=3)
        cashier = users.login(store, "BRUKT-1", 101, "1111")
        with store.reading() as session:
            barcode = session.scalar(
                select(Item.barcode).where(Item.shop_id == cashier.shop_id).order_by(Item.id)
            )
        basket = scan_item(store, cashier, open_basket(store, cashier).id, barcode)
        complete_sale(store, cashier, basket.id, [Tender("cash")])
        manager = users.login(store, "BRUKT-1", 103, "1234")
        x_report(store, manager)
        query = SalesExportQuery("BRUKT", today, today)
        export_sales(store, manager, query, tmp_path / "salg.xlsx")
        export_sales(store, manager, query, tmp_path / "salg.csv", fmt="csv")
        export_saft(store, manager, "BRUKT", today, today, tmp_path)
        export_journal_csv(store, manager, JournalQuery(shop_code="BRUKT"), tmp_path / "j.csv")
        stored = every_row(store)
    finally:
        store.close()

    errors = []
    for broken in (
        unreachable(secret_url),  # nobody answers
        secret_url.rpartition("/")[0] + "/omigjen_no_such_database",
        secret_url.replace(":5432/", ":port/"),  # cannot be read
        secret_url.replace("postgresql://", "post gres://"),
    ):
        with pytest.raises(StoreUnavailable) as caught:
            open_and_upgrade(broken)
        error = caught.value
        errors.append(f"{error} | {error.server} | {error.reason} | {error.hint} | {error!r}")

    files = sorted(tmp_path.iterdir())
    assert len(files) >= 8  # xlsx, five CSVs, SAF-T, journal
    assert "sale_completed" in stored and "INSERT INTO" in everything_logged.text
    assert SECRET not in everything_logged.text
    assert not [r for r in everything_logged.records if SECRET in repr((r.msg, r.args))]
    assert not [e for e in errors if SECRET in e], errors
    assert not [f.name for f in files if SECRET in file_text(f)]
    assert SECRET not in stored


def test_the_command_line_never_shows_or_logs_the_password(secret_url, tmp_path, capsys):
    today = utcnow().date().isoformat()
    url = ["--database-url", secret_url]
    assert main([*url, "db", "upgrade"]) == 0
    assert main([*url, "demo", "--items-per-shop", "3"]) == 0
    assert main([*url, "verify"]) == 0
    assert main([*url, "report", "x", "--till", "BRUKT-1"]) == 0
    export = ["export", "sales", "--shop", "BRUKT", "--date", today]
    assert main([*url, *export, "-o", str(tmp_path / "salg.xlsx")]) == 0
    saft = ["saft", "--shop", "BRUKT", "--from", today, "--to", today, "-o", str(tmp_path)]
    assert main([*url, *saft]) == 0
    assert main(["--database-url", unreachable(secret_url), "verify"]) == 2
    assert main(["--database-url", secret_url.replace(":5432/", ":x/"), "verify"]) == 2
    printed = capsys.readouterr()
    assert "cannot open the store" in printed.err
    assert SECRET not in printed.out + printed.err
    log = log_file_path()
    assert not log.exists() or SECRET not in log.read_text(encoding="utf-8")
    assert not [f.name for f in tmp_path.iterdir() if SECRET in file_text(f)]
