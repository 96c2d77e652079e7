import pytest

from omigjen_pos.config import (
    Settings,
    SettingsError,
    default_sqlite_path,
    load_settings,
    resolve_database_url,
    resolve_language,
)


def test_option_beats_environment_beats_settings_beats_default(monkeypatch):
    settings = Settings(database_url="sqlite:///from-settings.sqlite3")
    monkeypatch.setenv("OMIGJEN_DATABASE_URL", "sqlite:///from-env.sqlite3")
    assert resolve_database_url("sqlite:///opt.sqlite3", settings).origin == "option"
    assert resolve_database_url(None, settings).url == "sqlite:///from-env.sqlite3"
    monkeypatch.delenv("OMIGJEN_DATABASE_URL")
    assert resolve_database_url(None, settings).origin == "settings"
    default = resolve_database_url(None, Settings())
    assert default.is_default and default.url == f"sqlite:///{default_sqlite_path()}"


def test_default_store_lives_in_the_data_folder(monkeypatch, tmp_path):
    monkeypatch.setenv("OMIGJEN_DATA_DIR", str(tmp_path))
    assert default_sqlite_path() == tmp_path / "omigjen.sqlite3"


def test_settings_file_is_read(tmp_path):
    path = tmp_path / "settings.toml"
    path.write_text(
        'database_url = "postgresql://pos@server/omigjen"\n'
        'language = "en"\ntill_code = "BRUKT-2"\n',
        encoding="utf-8",
    )
    settings = load_settings(path)
    assert settings == Settings("postgresql://pos@server/omigjen", "en", "BRUKT-2")


def test_a_broken_settings_file_is_reported_with_its_path(tmp_path):
    path = tmp_path / "settings.toml"
    path.write_text("database_url = ", encoding="utf-8")
    with pytest.raises(SettingsError, match=r"settings\.toml"):
        load_settings(path)


def test_unknown_language_in_settings_is_refused(tmp_path):
    path = tmp_path / "settings.toml"
    path.write_text('language = "sv"\n', encoding="utf-8")
    with pytest.raises(SettingsError, match="language"):
        load_settings(path)


def test_norwegian_is_the_default_language_and_lang_overrides_it():
    assert resolve_language(None, Settings()) == "nb"
    assert resolve_language("en", Settings()) == "en"
