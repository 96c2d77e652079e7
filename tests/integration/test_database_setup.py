"""Engine settings that keep sales safe, and errors people can act on."""

import subprocess
import sys

import pytest
from sqlalchemy import text

from omigjen_pos.domain.errors import StoreUnavailable
from omigjen_pos.store.database import normalise_url, open_store


def test_sqlite_runs_in_wal_mode_with_full_sync_foreign_keys_and_busy_timeout(store):
    if store.dialect != "sqlite":
        pytest.skip("SQLite settings")
    with store.engine.connect() as connection:
        pragma = lambda name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()  # noqa: E731
        assert pragma("journal_mode") == "wal"
        assert pragma("synchronous") == 2  # FULL
        assert pragma("foreign_keys") == 1
        assert pragma("busy_timeout") >= 5000


def test_postgresql_sessions_time_out_instead_of_hanging_or_holding_locks(store):
    if store.dialect != "postgresql":
        pytest.skip("PostgreSQL settings")
    with store.engine.connect() as connection:
        assert connection.execute(text("SHOW statement_timeout")).scalar() == "30s"
        idle = connection.execute(text("SHOW idle_in_transaction_session_timeout")).scalar()
        assert idle == "1min"
        assert connection.execute(text("SHOW tcp_keepalives_idle")).scalar() == "10"


def test_foreign_keys_are_enforced(store):
    with pytest.raises(Exception, match=r"(?i)foreign key"), store.writing() as session:
        session.execute(
            text(
                "INSERT INTO till (shop_id, code, name, active, created_at) "
                "VALUES (9999, 'NOPE-1', 'x', true, CURRENT_TIMESTAMP)"
            )
        )


def test_a_plain_postgresql_url_gets_the_psycopg_driver():
    assert normalise_url("postgresql://pos@db/omigjen").drivername == "postgresql+psycopg"
    assert normalise_url("/tmp/x.sqlite3").drivername == "sqlite"


def test_an_unreachable_server_is_named_in_the_error():
    with pytest.raises(StoreUnavailable) as caught:
        open_store("postgresql://postgres@127.0.0.1:1/omigjen")
    assert caught.value.server == "127.0.0.1:1/omigjen"
    assert "server is running" in caught.value.hint


def test_a_missing_postgresql_database_says_to_create_it(postgres):
    with pytest.raises(StoreUnavailable) as caught:
        open_store(postgres.url_for("omigjen_does_not_exist"))
    assert "Create the database 'omigjen_does_not_exist'" in caught.value.hint


def test_the_cli_reports_an_unreachable_server_in_one_line_with_status_2():
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "omigjen_pos",
            "--database-url",
            "postgresql://postgres@127.0.0.1:1/omigjen",
            "db",
            "upgrade",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "127.0.0.1:1/omigjen" in lines[0]
    assert "Traceback" not in result.stderr
