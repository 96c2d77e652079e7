"""Shared fixtures: offscreen Qt, private folders, and fresh stores on SQLite and
PostgreSQL built from a migrated, demo-seeded template once per run.

PostgreSQL is expected at 127.0.0.1:5432 (user postgres, trust auth, database
test); ``OMIGJEN_TEST_PG_URL`` points elsewhere. Without a server the PostgreSQL
tests are skipped with the reason, unless ``OMIGJEN_REQUIRE_PG=1`` (set by CI),
which turns the skip into a failure. Every database a run creates is dropped.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import psycopg
import pytest
from psycopg import sql

from omigjen_pos.services.demo import seed_demo_centre
from omigjen_pos.services.store_setup import Store, open_and_upgrade

pytest_plugins = ["tests.support.checkout_fixtures"]

PG_ADMIN_URL = os.environ.get("OMIGJEN_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/test")
RUN_ID = uuid.uuid4().hex[:8]
TEMPLATE_ITEMS_PER_SHOP = 10


@pytest.fixture(autouse=True, scope="session")
def private_folders(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Keep settings and data files of the run away from the developer's own."""
    base = tmp_path_factory.mktemp("home")
    saved = {
        k: os.environ.get(k)
        for k in ("OMIGJEN_CONFIG_DIR", "OMIGJEN_DATA_DIR", "OMIGJEN_DATABASE_URL", "OMIGJEN_LANG")
    }
    os.environ["OMIGJEN_CONFIG_DIR"] = str(base / "config")
    os.environ["OMIGJEN_DATA_DIR"] = str(base / "data")
    os.environ.pop("OMIGJEN_DATABASE_URL", None)
    os.environ.pop("OMIGJEN_LANG", None)
    yield
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


class PostgresServer:
    """Creates and drops this run's databases on the shared server."""

    def __init__(self, admin_url: str) -> None:
        self.admin_url = admin_url
        self._created: list[str] = []
        self._serial = 0

    def _admin(self) -> psycopg.Connection:
        return psycopg.connect(self.admin_url, autocommit=True, connect_timeout=5)

    def url_for(self, name: str) -> str:
        base, _, _ = self.admin_url.rpartition("/")
        return f"{base}/{name}"

    def create(self, prefix: str, template: str | None = None) -> str:
        self._serial += 1
        name = f"omigjen_{prefix}_{RUN_ID}_{self._serial}"
        with self._admin() as conn:
            statement = sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name))
            if template:
                statement += sql.SQL(" TEMPLATE {}").format(sql.Identifier(template))
            conn.execute(statement)
        self._created.append(name)
        return name

    def drop(self, name: str) -> None:
        with self._admin() as conn:
            conn.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )
        if name in self._created:
            self._created.remove(name)

    def drop_all(self) -> None:
        for name in list(reversed(self._created)):
            self.drop(name)


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    try:
        psycopg.connect(PG_ADMIN_URL, connect_timeout=3).close()
    except psycopg.OperationalError as exc:
        reason = f"PostgreSQL not reachable at {PG_ADMIN_URL}: {str(exc).strip()}"
        if os.environ.get("OMIGJEN_REQUIRE_PG") == "1":
            pytest.fail(f"OMIGJEN_REQUIRE_PG=1 but {reason}")
        pytest.skip(reason)
    server = PostgresServer(PG_ADMIN_URL)
    yield server
    server.drop_all()


class StoreFactory:
    """Fresh stores of one backend: empty-and-migrated, or cloned from the template."""

    def __init__(self, backend: str, tmp: Path, postgres: PostgresServer | None) -> None:
        self.backend = backend
        self._tmp = tmp
        self._pg = postgres
        self._template: str | None = None
        self._opened: list[Store] = []
        self._count = 0

    def new_url(self, prefix: str = "t", template: str | None = None) -> str:
        """A URL of a database that does not hold a schema yet (or a template copy)."""
        return self._new_database(prefix, template)[0]

    def _new_database(self, prefix: str, template: str | None) -> tuple[str, str]:
        """(url, key): key is the SQLite file or the PostgreSQL database name."""
        self._count += 1
        if self.backend == "sqlite":
            path = self._tmp / f"{prefix}{self._count}.sqlite3"
            if template:
                shutil.copyfile(template, path)
            return f"sqlite:///{path}", str(path)
        assert self._pg is not None
        name = self._pg.create(prefix, template)
        return self._pg.url_for(name), name

    def open(self, url: str) -> Store:
        store, _ = open_and_upgrade(url)
        self._opened.append(store)
        return store

    def empty(self) -> Store:
        return self.open(self.new_url("empty"))

    def demo(self) -> Store:
        """A store with the demo centre (few items), copied from a template built once."""
        if self._template is None:
            url, key = self._new_database("template", None)
            store, _ = open_and_upgrade(url)
            seed_demo_centre(store, items_per_shop=TEMPLATE_ITEMS_PER_SHOP)
            store.close()  # a template must have no open connections to be copied
            self._template = key
        return self.open(self.new_url("demo", self._template))

    def close_all(self) -> None:
        for store in self._opened:
            store.close()
        self._opened.clear()


@pytest.fixture(
    scope="session", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def backend(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture(scope="session")
def store_factory(
    backend: str, request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[StoreFactory]:
    pg = request.getfixturevalue("postgres") if backend == "postgresql" else None
    factory = StoreFactory(backend, tmp_path_factory.mktemp(f"stores-{backend}"), pg)
    yield factory
    factory.close_all()


@pytest.fixture
def store(store_factory: StoreFactory) -> Iterator[Store]:
    """A demo-centre store of its own for each test, on SQLite and on PostgreSQL."""
    opened = store_factory.demo()
    yield opened
    opened.close()


@pytest.fixture
def empty_store(store_factory: StoreFactory) -> Iterator[Store]:
    opened = store_factory.empty()
    yield opened
    opened.close()


@pytest.fixture(scope="session")
def sqlite_demo_factory(tmp_path_factory: pytest.TempPathFactory) -> Iterator[StoreFactory]:
    """SQLite only, for GUI tests where the backend is not what is being tested."""
    factory = StoreFactory("sqlite", tmp_path_factory.mktemp("stores-gui"), None)
    yield factory
    factory.close_all()


@pytest.fixture
def sqlite_store(sqlite_demo_factory: StoreFactory) -> Iterator[Store]:
    opened = sqlite_demo_factory.demo()
    yield opened
    opened.close()
