"""Typed settings and where things live on disk.

Settings are declared once here with their defaults. The database URL is
resolved in this order: ``--database-url``, the environment variable
``OMIGJEN_DATABASE_URL``, ``database_url`` in the settings file
(``settings.toml`` in the user's config folder), else a SQLite file in the
user's data folder. ``OMIGJEN_CONFIG_DIR`` and ``OMIGJEN_DATA_DIR`` move those
folders (tests and portable installs use them).
"""

from __future__ import annotations

import math
import os
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time
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


def settings_path() -> Path:
    return config_dir() / SETTINGS_FILE_NAME


def load_settings(path: Path | None = None) -> Settings:
    path = path or settings_path()
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


def save_settings(changes: Mapping[str, object], path: Path | None = None) -> Path:
    """Set top-level keys of the settings file (a value of None removes the key; a
    dict replaces a whole table such as ``[receipt_printer]``) and keep every
    other key as it was. The file is written whole and atomically (a temporary
    file, fsync, rename), so a crash leaves the old file or the new one, never
    half of one. Comments in the file are not kept. Returns the path written.
    Raises SettingsError when the present file cannot be read."""
    path = path or settings_path()
    raw: dict[str, object] = {}
    if path.exists():
        try:
            raw = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise SettingsError(f"{path}: {exc}") from exc
    for key, value in changes.items():
        if value is None:
            raw.pop(key, None)
        else:
            raw[key] = value
    text = dump_toml(raw)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    # It may hold a database password: readable by its owner only, unless the
    # file was made readable to others on purpose before.
    mode = path.stat().st_mode & 0o777 if path.exists() else 0o600
    try:
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
        with open(descriptor, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
    return path


_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")


def dump_toml(data: Mapping[str, object]) -> str:
    """``data`` as TOML that ``tomllib`` reads back equal: scalars first, then one
    ``[table]`` per dict (nested dicts as ``[a.b]``). Lists hold scalars or dicts
    written inline. Enough for a settings file; not a general TOML writer."""
    lines: list[str] = []
    _dump_table(data, (), lines)
    return "\n".join(lines).lstrip("\n") + "\n"


def _dump_table(table: Mapping[str, object], prefix: tuple[str, ...], lines: list[str]) -> None:
    scalars = {k: v for k, v in table.items() if not isinstance(v, Mapping)}
    tables = {k: v for k, v in table.items() if isinstance(v, Mapping)}
    if prefix and (scalars or not tables):
        lines += ["", "[" + ".".join(_key(part) for part in prefix) + "]"]
    lines += [f"{_key(key)} = {_value(value)}" for key, value in scalars.items()]
    for key, value in tables.items():
        assert isinstance(value, Mapping)
        _dump_table(value, (*prefix, str(key)), lines)


def _key(key: object) -> str:
    text = str(key)
    return text if _BARE_KEY.fullmatch(text) else _string(text)


def _value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "nan"
        if math.isinf(value):
            return "inf" if value > 0 else "-inf"
        return repr(value)
    if isinstance(value, str):
        return _string(value)
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, Mapping):
        return "{" + ", ".join(f"{_key(k)} = {_value(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_value(item) for item in value) + "]"
    raise TypeError(f"cannot write {type(value).__name__} to the settings file")


def _string(text: str) -> str:
    out = []
    for char in text:
        if char in '"\\':
            out.append("\\" + char)
        elif char == "\n":
            out.append("\\n")
        elif char == "\t":
            out.append("\\t")
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            out.append(f"\\u{ord(char):04X}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'
