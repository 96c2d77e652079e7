"""This till's own settings, kept in ``settings.toml`` on this machine (config.py):
the store it opens, its receipt printer, its label printer, its language.

They belong to the machine, not to the store, so they are read and written here
without a database. ``save_till_settings`` checks every value before anything
is written and keeps every key of the file it does not know. The store URL and
the language take effect at the next start; the printers at once (the GUI hands
the new ones to its screens).

A test connection is ``services.store_connection.check_connection``, the set-up
wizard's: it changes nothing and says what to fix.

Label printers: labels are PDFs (printing/labels.py). ``[label_printer]`` says
where they go when a repairer presses Ctrl+Enter: ``kind = "pdf"`` saves them in
``folder`` (default: the data folder's ``labels/``), ``kind = "system"``
prints them on the operating system's printer called ``name`` (a Brother or
Zebra label printer set up with its driver).
"""

from __future__ import annotations

import io
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from omigjen_pos.config import (
    SUPPORTED_LANGUAGES,
    SettingsError,
    data_dir,
    default_sqlite_path,
    load_settings,
    save_settings,
    settings_path,
)
from omigjen_pos.domain.barcodes import MAX_SERIAL, in_store_ean13
from omigjen_pos.domain.errors import InvalidInput, StoreUnavailable
from omigjen_pos.logging_setup import redact
from omigjen_pos.printing.labels import LabelDocument, LabelLayout, render_labels_pdf
from omigjen_pos.printing.printers import ReceiptPrinterConfig, printer_from_settings
from omigjen_pos.store.database import Store, normalise_url

log = logging.getLogger(__name__)

LABEL_KINDS = ("pdf", "system")
HIDDEN_PASSWORD = "***"  # how SQLAlchemy writes a hidden password
KNOWN_KEYS = ("database_url", "language", "receipt_printer", "label_printer")


@dataclass(frozen=True)
class TillSettings:
    """What ``settings.toml`` says about this till (defaults where it says nothing)."""

    path: Path
    database_url: str | None = None  # None: the SQLite file in the data folder
    language: str = "nb"
    receipt_printer: dict[str, object] = field(default_factory=dict)  # {} : none
    label_printer: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class LabelPrinterConfig:
    kind: str  # one of LABEL_KINDS
    folder: str = ""  # pdf: where label PDFs go; "" is the data folder's labels/
    name: str = ""  # system: the printer's name in the operating system

    @property
    def folder_path(self) -> Path:
        return Path(self.folder) if self.folder else default_labels_folder()


def default_labels_folder() -> Path:
    return data_dir() / "labels"


def read_till_settings(path: Path | None = None) -> TillSettings:
    """This machine's settings. Raises SettingsError when the file is broken."""
    path = path or settings_path()
    settings = load_settings(path)
    return TillSettings(
        path=path,
        database_url=settings.database_url,
        language=settings.language,
        receipt_printer=_table(settings.extra.get("receipt_printer")),
        label_printer=_table(settings.extra.get("label_printer")),
    )


def save_till_settings(changes: Mapping[str, object], path: Path | None = None) -> TillSettings:
    """Write ``changes`` to this machine's settings file and return what it now says.

    Keys: ``database_url`` (a URL or a SQLite file path; "" or None for the
    default store), ``language`` ("nb" or "en"), ``receipt_printer`` and
    ``label_printer`` (tables; their keys are merged into what the file holds,
    a value "" or None removes a key). Raises InvalidInput naming the first bad
    value, before anything is written; SettingsError when the file is broken."""
    unknown = set(changes) - set(KNOWN_KEYS)
    if unknown:
        raise ValueError(f"not a till setting: {', '.join(sorted(unknown))}")
    path = path or settings_path()
    current = read_till_settings(path)
    out: dict[str, object] = {}
    if "database_url" in changes:
        url = str(changes["database_url"] or "").strip()
        out["database_url"] = check_store_url(url) if url else None
    if "language" in changes:
        language = str(changes["language"])
        if language not in SUPPORTED_LANGUAGES:
            raise InvalidInput("language", language, "nb or en")
        out["language"] = language
    if "receipt_printer" in changes:
        table = _merged(current.receipt_printer, changes["receipt_printer"])
        printer_from_settings(table)  # raises InvalidInput naming the key
        out["receipt_printer"] = table
    if "label_printer" in changes:
        table = _merged(current.label_printer, changes["label_printer"])
        label_printer_from_settings(table)
        out["label_printer"] = table
    save_settings(out, path)
    if "database_url" in out:
        shown = masked_url(str(out["database_url"])) if out["database_url"] else "the default"
        log.info("store URL for the next start set to %s", shown)
    return read_till_settings(path)


def _table(value: object) -> dict[str, object]:
    return dict(value) if isinstance(value, Mapping) else {}


def _merged(old: Mapping[str, object], new: object) -> dict[str, object]:
    if not isinstance(new, Mapping):
        raise InvalidInput("printer", str(new), "a table of printer settings")
    table = dict(old)
    for key, value in new.items():
        if value is None or (isinstance(value, str) and not value.strip()):
            table.pop(key, None)
        else:
            table[key] = value.strip() if isinstance(value, str) else value
    return table


# --- the store -----------------------------------------------------------------------


def masked_url(url: str) -> str:
    """``url`` to show or log: its password replaced by ``***``."""
    if "://" not in url:
        return url  # a SQLite file path
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return redact(url)


def restore_password(typed: str, saved: str | None) -> str:
    """The URL a user means when they edited the shown URL, whose password
    reads ``***``: the saved URL's password put back. Any other text is kept."""
    if not saved or "://" not in typed or "://" not in saved:
        return typed
    try:
        new, old = make_url(typed.strip()), make_url(saved)
    except ArgumentError:
        return typed
    if new.password != HIDDEN_PASSWORD or old.password is None:
        return typed
    return new.set(password=old.password).render_as_string(hide_password=False)


def default_store_url() -> str:
    """The store a till opens when its settings name none: a SQLite file."""
    return f"sqlite:///{default_sqlite_path()}"


def store_in_use(store: Store) -> str:
    """The URL of the store this app opened at start, its password hidden."""
    return store.url.render_as_string(hide_password=True)


def check_store_url(url: str) -> str:
    """``url`` if it can be read as a store URL (or a SQLite file path), else
    InvalidInput("database_url") with the password hidden."""
    try:
        normalise_url(url)
    except StoreUnavailable:
        raise InvalidInput("database_url", masked_url(url), "not a database URL") from None
    return url


# --- printers ------------------------------------------------------------------------


def receipt_printer_in_settings() -> ReceiptPrinterConfig | None:
    """The receipt printer this machine's settings name; None when none (or the
    settings cannot be read, which the app reported at start)."""
    try:
        return printer_from_settings(read_till_settings().receipt_printer)
    except (SettingsError, InvalidInput):
        log.warning("the receipt printer settings cannot be used", exc_info=True)
        return None


def label_printer_from_settings(settings: Mapping[str, object] | None) -> LabelPrinterConfig | None:
    """The label printer of a ``[label_printer]`` table; None when none is set up
    (no table, no kind, kind "none"). Raises InvalidInput naming the key."""
    if not settings:
        return None
    kind = settings.get("kind")
    if kind is None or kind == "none":
        return None
    if kind not in LABEL_KINDS:
        raise InvalidInput("kind", str(kind), "pdf or system")
    if kind == "system":
        name = settings.get("name")
        if not isinstance(name, str) or not name.strip():
            raise InvalidInput("name", "" if name is None else str(name), "required")
        return LabelPrinterConfig(kind, name=name.strip())
    folder = settings.get("folder", "")
    if not isinstance(folder, str):
        raise InvalidInput("folder", str(folder), "a folder")
    return LabelPrinterConfig(kind, folder=folder.strip())


def label_printer_in_settings() -> LabelPrinterConfig | None:
    """The label printer this machine's settings name; None when none."""
    try:
        return label_printer_from_settings(read_till_settings().label_printer)
    except (SettingsError, InvalidInput):
        log.warning("the label printer settings cannot be used", exc_info=True)
        return None


def sample_label_pdf() -> bytes:
    """One roll label (62 x 29 mm) that shows whether the label printer works:
    a price in large type, æ ø å, a colour tag and a barcode that must scan."""
    buffer = io.BytesIO()
    label = LabelDocument(
        shop_name="Omigjen POS",
        item_name="Testetikett æ ø å",
        price_ore=12_345,
        barcode=in_store_ean13(99, MAX_SERIAL),  # no shop's item: the last number of the last shop
        condition="Pent brukt",
        tag_colour="yellow",
        tag_text="Gul · testutskrift",
    )
    render_labels_pdf([label], LabelLayout.ROLL_62X29, buffer)
    return buffer.getvalue()


def save_sample_label(config: LabelPrinterConfig | None) -> Path:
    """The test label as a PDF in the label folder (``kind`` pdf, or none: the
    data folder's labels/); returns its path. Raises OSError."""
    folder = config.folder_path if config is not None else default_labels_folder()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "testetikett.pdf"
    path.write_bytes(sample_label_pdf())
    return path
