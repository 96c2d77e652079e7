"""The shipped Alembic revisions build exactly the schema the models describe."""

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from omigjen_pos.domain.errors import StoreTooNew
from omigjen_pos.services.store_setup import open_and_upgrade
from omigjen_pos.store.migrate import (
    current_revision,
    head_revision,
    include_object,
    shipped_head,
    upgrade_to_head,
)
from omigjen_pos.store.models import Base


def test_an_empty_database_is_upgraded_to_head(empty_store):
    assert current_revision(empty_store.engine) == head_revision()
    tables = set(inspect(empty_store.engine).get_table_names())
    assert set(Base.metadata.tables) <= tables


def test_migrated_schema_and_models_agree(empty_store):
    with empty_store.engine.connect() as connection:
        options = {"compare_type": True, "include_object": include_object}
        context = MigrationContext.configure(connection, opts=options)
        assert compare_metadata(context, Base.metadata) == []


def test_upgrading_a_current_store_changes_nothing(empty_store):
    result = upgrade_to_head(empty_store.engine)
    assert not result.changed


def test_the_head_read_from_the_file_names_is_alembics_head():
    # upgrade_to_head trusts the file names to skip Alembic on a current store.
    assert shipped_head() == head_revision()


def test_the_standard_vat_codes_come_with_the_schema(empty_store):
    with empty_store.engine.connect() as connection:
        rates = dict(connection.execute(text("SELECT standard_code, rate_bp FROM vat_code")).all())
    assert rates == {"3": 2500, "31": 1500, "33": 1200, "5": 0, "6": 0}


def test_a_store_from_a_newer_release_is_refused(store_factory):
    url = store_factory.new_url("newer")
    store, _ = open_and_upgrade(url)
    with store.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'fffffffff'"))
    store.close()
    with pytest.raises(StoreTooNew):
        open_and_upgrade(url)
