"""Fixtures for tests that sell: people at the BRUKT till, and items to sell.

A pytest plugin (tests/conftest.py lists it), so every test folder has them."""

import pytest

from omigjen_pos.domain.item_rules import ItemDraft
from omigjen_pos.domain.items import ItemSource
from omigjen_pos.services import users
from omigjen_pos.services.inventory.registration import list_categories, register_item


@pytest.fixture
def cashier(store):
    return users.login(store, "BRUKT-1", 101, "1111")


@pytest.fixture
def manager(store):
    return users.login(store, "BRUKT-1", 103, "1234")


@pytest.fixture
def make_item(store, manager):
    categories = {c.code: c.id for c in list_categories(store)}

    def make(price_ore=10000, **changes):
        base = dict(
            category_id=categories["MOBLER"],
            name="Spisestol",
            price_ore=price_ore,
            source=ItemSource.DONATION,
        )
        return register_item(store, manager, ItemDraft(**(base | changes)))

    return make
