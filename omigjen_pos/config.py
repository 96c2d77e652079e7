"""Typed settings and where things live on disk.

Settings are declared once here with their defaults. The database URL is
resolved in this order: ``--database-url``, the environment variable
``OMIGJEN_DATABASE_URL``, ``database_url`` in the settings file
(``settings.toml`` in the user's config folder), else a SQLite file in the
user's data folder. ``OMIGJEN_CONFIG_DIR`` and ``OMIGJEN_DATA_DIR`` move those
folders (tests and portable installs use them).
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs

APP_NAME = "omigjen-pos"
SETTINGS_FILE_NAME = "settings.toml"
DEFAULT_LANGUAGE = "nb"
SUPPORTED_LANGUAGES = ("nb", "en")


class SettingsError(Exception):
    """The settings file exists but cannot be used."""


def config_dir() -> Path:
    override = os.environ.get("OMIGJEN_CONFIG_DIR")
    return Path(override) if override else platformdirs.user_config_path(APP_NAME, appauthor=False)


def data_dir() -> Path:
    override = os.environ.get("OMIGJEN_DATA_DIR")
    return Path(override) if override else platformdirs.user_data_path(APP_NAME, appauthor=False)


def default_sqlite_path() -> Path:
    return data_dir() / "omigjen.sqlite3"


@dataclass(frozen=True)
class Settings:
    """What a till remembers between runs. Window geometry is kept apart (Qt)."""

    database_url: str | None = None
    language: str = DEFAULT_LANGUAGE
    till_code: str | None = None  # which till this machine is; None lets the login screen ask
    extra: dict[str, object] = field(default_factory=dict)


def load_settings(path: Path | None = None) -> Settings:
    path = path or config_dir() / SETTINGS_FILE_NAME
    if not path.exists():
        return Settings()
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise SettingsError(f"{path}: {exc}") from exc
    known = {"database_url", "language", "till_code"}
    language = str(raw.get("language", DEFAULT_LANGUAGE))
    if language not in SUPPORTED_LANGUAGES:
        raise SettingsError(f"{path}: language must be one of {', '.join(SUPPORTED_LANGUAGES)}")
    return Settings(
        database_url=raw.get("database_url"),
        language=language,
        till_code=raw.get("till_code"),
        extra={k: v for k, v in raw.items() if k not in known},
    )


@dataclass(frozen=True)
class ResolvedUrl:
    url: str
    origin: str  # "option", "environment", "settings" or "default"

    @property
    def is_default(self) -> bool:
        return self.origin == "default"


def resolve_database_url(option: str | None, settings: Settings) -> ResolvedUrl:
    if option:
        return ResolvedUrl(option, "option")
    env = os.environ.get("OMIGJEN_DATABASE_URL")
    if env:
        return ResolvedUrl(env, "environment")
    if settings.database_url:
        return ResolvedUrl(settings.database_url, "settings")
    return ResolvedUrl(f"sqlite:///{default_sqlite_path()}", "default")


def resolve_language(option: str | None, settings: Settings) -> str:
    language = option or os.environ.get("OMIGJEN_LANG") or settings.language
    return language if language in SUPPORTED_LANGUAGES else DEFAULT_LANGUAGE
