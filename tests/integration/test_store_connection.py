"""'Test connection' in the set-up wizard: every answer names what to fix.

Against real servers: the shared PostgreSQL at 127.0.0.1:5432 (trust auth, so
roles without rights are made here and dropped again), a private server that
asks for passwords (tests/support/password_postgres.py), and SQLite files.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import psycopg
import pytest
from alembic import command
from psycopg import sql
from sqlalchemy import create_engine
from sqlalchemy.engine import make_url

from omigjen_pos.domain.errors import StoreUnavailable
from omigjen_pos.services.centre_setup import create_centre
from omigjen_pos.services.store_connection import (
    CheckOutcome,
    PostgresFields,
    check_connection,
    create_database,
    postgres_fields,
    postgres_url,
    prepare_store,
    sqlite_url,
)
from omigjen_pos.store.migrate import alembic_config, head_revision
from tests.conftest import PG_ADMIN_URL, RUN_ID, PostgresServer
from tests.integration.test_centre_setup import DRAFT
from tests.support import password_postgres


def url_as(role: str, database: str, password: str | None = None) -> str:
    url = make_url(PG_ADMIN_URL).set(username=role, password=password, database=database)
    return url.render_as_string(hide_password=False)


@pytest.fixture
def make_role(postgres: PostgresServer) -> Iterator:
    """Login roles on the shared server, dropped after the test (ask for this
    fixture before ``empty_database``, so the database and the rights granted
    in it go first)."""
    made: list[str] = []

    def make(*options: str) -> str:
        name = f"omigjen_role_{RUN_ID}_{uuid.uuid4().hex[:6]}"
        with psycopg.connect(PG_ADMIN_URL, autocommit=True) as admin:
            admin.execute(
                sql.SQL("CREATE ROLE {} LOGIN " + " ".join(options)).format(sql.Identifier(name))
            )
        made.append(name)
        return name

    yield make
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as admin:
        for name in made:
            admin.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(name)))


@pytest.fixture
def empty_database(postgres: PostgresServer) -> Iterator[str]:
    name = postgres.create("conn")
    yield name
    postgres.drop(name)


def missing_name() -> str:
    return f"omigjen_missing_{uuid.uuid4().hex[:8]}"


# --- host and port -----------------------------------------------------------------


@pytest.mark.postgres
def test_a_closed_port_says_nothing_listens_there(postgres):
    port = password_postgres.free_port()  # bound and released: nobody listens on it

    check = check_connection(f"postgresql://postgres@127.0.0.1:{port}/omigjen")

    assert check.outcome is CheckOutcome.CONNECTION_REFUSED
    assert check.server == f"127.0.0.1:{port}/omigjen"
    assert check.detail == "Connection refused"
    assert not check.usable


def test_a_host_name_that_does_not_resolve_is_named_as_such():
    check = check_connection("postgresql://postgres@no-such-host.invalid:5432/omigjen")

    assert check.outcome is CheckOutcome.HOST_NOT_FOUND
    assert "no-such-host.invalid" in check.detail


# --- user and database --------------------------------------------------------------


@pytest.mark.postgres
def test_an_unknown_user_is_named(postgres):
    check = check_connection(url_as("omigjen_nobody_at_all", "test"))

    assert check.outcome is CheckOutcome.USER_UNKNOWN
    assert check.detail == 'role "omigjen_nobody_at_all" does not exist'


@pytest.mark.postgres
def test_a_missing_database_is_named_and_a_superuser_is_offered_to_create_it(postgres):
    name = missing_name()
    try:
        check = check_connection(postgres.url_for(name))
        assert check.outcome is CheckOutcome.DATABASE_MISSING
        assert (check.database, check.can_create_database) == (name, True)

        after = create_database(postgres.url_for(name))

        assert after.outcome is CheckOutcome.EMPTY
    finally:
        postgres.drop(name)


@pytest.mark.postgres
def test_a_user_without_createdb_is_not_offered_to_create_the_database(postgres, make_role):
    role = make_role("NOCREATEDB")
    url = url_as(role, missing_name())

    check = check_connection(url)

    assert check.outcome is CheckOutcome.DATABASE_MISSING
    assert not check.can_create_database
    with pytest.raises(StoreUnavailable, match="permission denied to create database"):
        create_database(url)


@pytest.mark.postgres
def test_a_database_the_user_may_not_connect_to_says_permission_denied(
    postgres, make_role, empty_database
):
    role = make_role()
    with psycopg.connect(postgres.url_for(empty_database), autocommit=True) as admin:
        admin.execute(
            sql.SQL("REVOKE CONNECT ON DATABASE {} FROM PUBLIC").format(
                sql.Identifier(empty_database)
            )
        )

    check = check_connection(url_as(role, empty_database))

    assert check.outcome is CheckOutcome.PERMISSION_DENIED
    assert "permission denied for database" in check.detail


@pytest.mark.postgres
def test_a_user_who_may_not_create_tables_is_told_before_set_up_starts(
    postgres, make_role, empty_database
):
    # PostgreSQL 15 and later: only the owner of schema public may create in it.
    role = make_role()
    with psycopg.connect(postgres.url_for(empty_database), autocommit=True) as admin:
        admin.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")  # not what is tested here
        admin.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC")

    check = check_connection(url_as(role, empty_database))

    assert check.outcome is CheckOutcome.CANNOT_CREATE_TABLES
    assert check.detail == "permission denied for schema public"


@pytest.mark.postgres
def test_a_user_who_may_not_add_the_search_extension_is_told_too(
    postgres, make_role, empty_database
):
    role = make_role()
    with psycopg.connect(postgres.url_for(empty_database), autocommit=True) as admin:
        admin.execute(sql.SQL("GRANT CREATE ON SCHEMA public TO {}").format(sql.Identifier(role)))

    check = check_connection(url_as(role, empty_database))

    assert check.outcome is CheckOutcome.CANNOT_CREATE_TABLES
    assert "pg_trgm" in check.detail


@pytest.mark.postgres
def test_a_database_owner_may_build_the_schema(postgres, make_role):
    role = make_role()
    name = f"omigjen_owned_{RUN_ID}"
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as admin:
        admin.execute(
            sql.SQL("CREATE DATABASE {} OWNER {}").format(
                sql.Identifier(name), sql.Identifier(role)
            )
        )
    try:
        url = url_as(role, name)
        assert check_connection(url).outcome is CheckOutcome.EMPTY

        prepare_store(url).close()

        assert check_connection(url).outcome is CheckOutcome.NO_CENTRE
    finally:
        postgres.drop(name)


# --- what the store holds -------------------------------------------------------------


@pytest.mark.postgres
def test_an_empty_database_is_ready_and_is_left_as_it_was(postgres, empty_database):
    url = postgres.url_for(empty_database)

    check = check_connection(url)

    assert check.outcome is CheckOutcome.EMPTY
    assert (check.revision, check.head, check.needs_upgrade) == (None, head_revision(), True)
    with psycopg.connect(url) as connection:
        tables = connection.execute(
            "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
        ).fetchone()
    assert tables == (0,)


@pytest.mark.postgres
def test_after_prepare_and_set_up_the_check_finds_the_centre(postgres, empty_database):
    url = postgres.url_for(empty_database)
    store = prepare_store(url)
    try:
        assert check_connection(url).outcome is CheckOutcome.NO_CENTRE
        create_centre(store, DRAFT)
    finally:
        store.close()

    check = check_connection(url)

    assert check.outcome is CheckOutcome.HAS_CENTRE
    assert check.centre_name == "Gjenbrukssenteret i Vik"
    assert (check.revision, check.needs_upgrade) == (head_revision(), False)


@pytest.mark.postgres
def test_an_older_schema_is_usable_and_needs_an_upgrade(postgres, empty_database):
    url = postgres.url_for(empty_database)
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://"))
    with engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "0004")
    engine.dispose()

    check = check_connection(url)

    assert (check.outcome, check.revision, check.needs_upgrade) == (
        CheckOutcome.NO_CENTRE,
        "0004",
        True,
    )


@pytest.mark.postgres
def test_a_schema_from_a_newer_release_is_refused(postgres, empty_database):
    url = postgres.url_for(empty_database)
    prepare_store(url).close()
    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")

    check = check_connection(url)

    assert (check.outcome, check.revision) == (CheckOutcome.TOO_NEW, "9999_from_the_future")


@pytest.mark.postgres
def test_a_database_with_other_tables_is_refused(postgres, empty_database):
    url = postgres.url_for(empty_database)
    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute("CREATE TABLE customers (id integer)")

    check = check_connection(url)

    assert (check.outcome, check.detail) == (CheckOutcome.FOREIGN_TABLES, "customers")


# --- passwords (a private server: the shared one trusts everybody) ------------------


@pytest.fixture(scope="module")
def password_server() -> Iterator[tuple[str, int]]:
    try:
        with password_postgres.password_server() as address:
            yield address
    except password_postgres.Unavailable as why:
        pytest.skip(f"no private PostgreSQL with password authentication: {why}")


def on_password_server(address, password: str | None, database: str = "postgres") -> str:
    host, port = address
    return postgres_url(PostgresFields(host, port, database, "postgres", password or ""))


def test_a_wrong_password_is_named(password_server):
    check = check_connection(on_password_server(password_server, "feil-passord"))

    assert check.outcome is CheckOutcome.PASSWORD_REFUSED
    assert check.detail == 'password authentication failed for user "postgres"'


def test_a_missing_password_is_named(password_server):
    check = check_connection(on_password_server(password_server, None))

    assert check.outcome is CheckOutcome.PASSWORD_NEEDED


def test_the_right_password_reaches_the_server(password_server):
    url = on_password_server(password_server, password_postgres.PASSWORD)

    assert check_connection(url).outcome is CheckOutcome.EMPTY


def test_the_right_password_and_a_missing_database_is_a_missing_database(password_server):
    url = on_password_server(password_server, password_postgres.PASSWORD, "omigjen")

    check = check_connection(url)

    assert (check.outcome, check.can_create_database) == (CheckOutcome.DATABASE_MISSING, True)


def test_the_password_never_shows_in_the_answer(password_server):
    check = check_connection(on_password_server(password_server, "hemmelig-passord"))

    assert "hemmelig-passord" not in repr(check)


def test_a_url_that_cannot_be_read_is_named_without_its_password():
    check = check_connection("postgresql://kasse:hemmelig@server:femti/omigjen")

    assert check.outcome is CheckOutcome.FAILED
    assert check.server == "postgresql://kasse:***@server:femti/omigjen"
    assert "hemmelig" not in repr(check)


def test_form_fields_and_url_go_both_ways():
    fields = PostgresFields("db.omigjen.no", 5433, "omigjen", "kasse", "p@ss:w/rd")

    assert postgres_fields(postgres_url(fields)) == fields


# --- SQLite ---------------------------------------------------------------------------


def test_a_new_sqlite_file_is_ready_and_not_created_by_the_check(tmp_path):
    path = tmp_path / "new" / "senter.sqlite3"

    check = check_connection(sqlite_url(path))

    assert check.outcome is CheckOutcome.EMPTY
    assert not path.exists() and not path.parent.exists()


def test_a_file_that_is_not_a_database_is_named(tmp_path):
    path = tmp_path / "notes.sqlite3"
    path.write_text("not a database, just some notes\n" * 100)

    check = check_connection(sqlite_url(path))

    assert check.outcome is CheckOutcome.NOT_A_DATABASE


def test_a_sqlite_store_with_a_centre_is_found(tmp_path):
    url = sqlite_url(tmp_path / "senter.sqlite3")
    store = prepare_store(url)
    try:
        create_centre(store, DRAFT)
    finally:
        store.close()

    check = check_connection(url)

    assert (check.outcome, check.centre_name) == (
        CheckOutcome.HAS_CENTRE,
        "Gjenbrukssenteret i Vik",
    )


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_a_folder_the_user_may_not_write_to_is_named(tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        check = check_connection(sqlite_url(locked / "senter.sqlite3"))
    finally:
        locked.chmod(0o700)

    assert check.outcome is CheckOutcome.FILE_NOT_WRITABLE
