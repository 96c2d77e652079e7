"""Writing settings.toml (config.save_settings) and this till's settings on top of
it (services/till_settings.py): whole, atomic, keeping what it does not know."""

from __future__ import annotations

import os
import stat
import sys
import tomllib
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from omigjen_pos.config import SettingsError, dump_toml, load_settings, save_settings
from omigjen_pos.domain.errors import InvalidInput
from omigjen_pos.services.till_settings import (
    label_printer_from_settings,
    masked_url,
    read_till_settings,
    restore_password,
    save_till_settings,
)

HAND_WRITTEN = """\
# written by the IT person
database_url = "postgresql://pos:hemmelig@server/omigjen"
till_code = "BRUKT-1"
future_option = [1, 2, 3]

[receipt_printer]
kind = "network"
host = "10.0.0.5"
columns = 42

[something_new]
when = 2026-11-28T10:00:00
"""


def test_a_change_keeps_every_key_it_does_not_touch(tmp_path: Path):
    path = tmp_path / "settings.toml"
    path.write_text(HAND_WRITTEN, encoding="utf-8")

    save_settings({"language": "en", "till_code": None}, path)

    data = tomllib.loads(path.read_text(encoding="utf-8"))
    assert data["language"] == "en"
    assert "till_code" not in data
    assert data["future_option"] == [1, 2, 3]
    assert data["receipt_printer"] == {"kind": "network", "host": "10.0.0.5", "columns": 42}
    assert str(data["something_new"]["when"]) == "2026-11-28 10:00:00"
    assert load_settings(path).database_url == "postgresql://pos:hemmelig@server/omigjen"
    assert [p.name for p in tmp_path.iterdir()] == ["settings.toml"]  # no temporary left


def test_a_new_settings_file_is_made_with_its_folder_and_only_its_owner_may_read_it(
    tmp_path: Path,
):
    path = tmp_path / "config" / "settings.toml"

    save_settings({"database_url": "postgresql://pos:hemmelig@server/omigjen"}, path)

    assert load_settings(path).database_url == "postgresql://pos:hemmelig@server/omigjen"
    if sys.platform != "win32":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_broken_file_is_reported_and_left_as_it_was(tmp_path: Path):
    path = tmp_path / "settings.toml"
    path.write_text("language = ", encoding="utf-8")

    with pytest.raises(SettingsError, match=r"settings\.toml"):
        save_settings({"language": "nb"}, path)

    assert path.read_text(encoding="utf-8") == "language = "


def test_a_failed_write_leaves_the_old_file_whole(tmp_path: Path, monkeypatch):
    path = tmp_path / "settings.toml"
    path.write_text(HAND_WRITTEN, encoding="utf-8")

    def no_rename(*_args):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", no_rename)
    with pytest.raises(OSError, match="disk full"):
        save_settings({"language": "en"}, path)

    assert path.read_text(encoding="utf-8") == HAND_WRITTEN
    assert [p.name for p in tmp_path.iterdir()] == ["settings.toml"]


_keys = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=12)
_scalars = (
    st.booleans()
    | st.integers(-(2**63), 2**63 - 1)
    | st.floats(allow_nan=False)
    | st.text(st.characters(blacklist_categories=("Cs",)), max_size=30)
)
_values = st.recursive(
    _scalars | st.lists(_scalars, max_size=4),
    lambda inner: st.dictionaries(_keys, inner, max_size=4),
    max_leaves=12,
)


@given(st.dictionaries(_keys, _values, max_size=6))
def test_what_is_written_reads_back_the_same(data: dict):
    assert tomllib.loads(dump_toml(data)) == data


def test_till_settings_merge_printer_tables_and_refuse_a_bad_one_before_writing(
    tmp_path: Path,
):
    path = tmp_path / "settings.toml"
    path.write_text(HAND_WRITTEN, encoding="utf-8")

    saved = save_till_settings(
        {"receipt_printer": {"kind": "network", "host": " 10.0.0.9 ", "port": 9101}}, path
    )
    assert saved.receipt_printer == {
        "kind": "network",
        "host": "10.0.0.9",
        "port": 9101,
        "columns": 42,  # a key the form does not show is kept
    }

    before = path.read_text(encoding="utf-8")
    with pytest.raises(InvalidInput) as refused:
        save_till_settings(
            {"language": "en", "receipt_printer": {"kind": "network", "host": "10.0.0.9:9100"}},
            path,
        )
    assert refused.value.field == "host"
    with pytest.raises(InvalidInput) as refused:
        save_till_settings({"database_url": "mysql://pos@server/omigjen"}, path)
    assert refused.value.field == "database_url"
    with pytest.raises(InvalidInput):
        save_till_settings({"label_printer": {"kind": "system"}}, path)  # which printer?
    assert path.read_text(encoding="utf-8") == before


def test_an_empty_database_url_means_the_default_store(tmp_path: Path):
    path = tmp_path / "settings.toml"
    path.write_text(HAND_WRITTEN, encoding="utf-8")

    assert save_till_settings({"database_url": ""}, path).database_url is None
    assert read_till_settings(path).receipt_printer["host"] == "10.0.0.5"


def test_passwords_are_masked_and_put_back():
    saved = "postgresql://pos:hemmelig@server/omigjen"

    assert masked_url(saved) == "postgresql://pos:***@server/omigjen"
    assert masked_url("/home/kasse/omigjen.sqlite3") == "/home/kasse/omigjen.sqlite3"
    assert restore_password("postgresql://pos:***@server2/omigjen", saved) == (
        "postgresql://pos:hemmelig@server2/omigjen"
    )
    assert restore_password("postgresql://pos:nytt@server/omigjen", saved) == (
        "postgresql://pos:nytt@server/omigjen"
    )
    assert restore_password("/tmp/x.sqlite3", saved) == "/tmp/x.sqlite3"


def test_label_printer_settings():
    assert label_printer_from_settings(None) is None
    assert label_printer_from_settings({"kind": "none", "name": "x"}) is None
    assert label_printer_from_settings({"kind": "pdf"}).folder_path.name == "labels"
    assert label_printer_from_settings({"kind": "pdf", "folder": "/srv/e"}).folder_path == Path(
        "/srv/e"
    )
    assert label_printer_from_settings({"kind": "system", "name": " QL-700 "}).name == "QL-700"
    with pytest.raises(InvalidInput):
        label_printer_from_settings({"kind": "zebra"})
