"""The log file: where it is, what a line says, rotation, and no password in it."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from omigjen_pos.logging_setup import (
    LOG_FILE_NAME,
    configure_logging,
    log_file_path,
    redact,
    stop_logging,
)

LINE = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} (INFO|WARNING|ERROR|CRITICAL) [\w.]+: ")


@pytest.fixture
def data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "data"
    monkeypatch.setenv("OMIGJEN_DATA_DIR", str(folder))
    level = logging.getLogger().level
    yield folder
    stop_logging()
    logging.getLogger().setLevel(level)


def test_the_log_file_is_in_the_data_folder_and_each_line_says_when_how_bad_and_where(
    data_folder: Path,
):
    path = configure_logging()

    logging.getLogger("omigjen_pos.services.demo").warning("the shelf is empty")

    assert path == log_file_path() == data_folder / LOG_FILE_NAME
    [line] = path.read_text(encoding="utf-8").splitlines()
    assert LINE.match(line), line
    assert line.endswith(" WARNING omigjen_pos.services.demo: the shelf is empty")


def test_configuring_twice_adds_no_second_handler(data_folder: Path):
    configure_logging()
    configure_logging()

    logging.getLogger("omigjen_pos").info("once")

    assert (data_folder / LOG_FILE_NAME).read_text(encoding="utf-8").count("once") == 1


def test_the_file_rotates_and_keeps_only_the_newest_files(data_folder: Path):
    configure_logging(max_bytes=2_000, backup_count=2)
    log = logging.getLogger("omigjen_pos.test")

    for number in range(200):
        log.info("line %03d %s", number, "x" * 40)

    names = sorted(path.name for path in data_folder.iterdir())
    assert names == [LOG_FILE_NAME, f"{LOG_FILE_NAME}.1", f"{LOG_FILE_NAME}.2"]
    for path in data_folder.iterdir():
        assert path.stat().st_size <= 2_000
    newest = (data_folder / LOG_FILE_NAME).read_text(encoding="utf-8")
    assert "line 199" in newest
    assert "line 000" not in "".join(p.read_text(encoding="utf-8") for p in data_folder.iterdir())


def test_no_password_reaches_the_log_file(data_folder: Path):
    path = configure_logging()
    assert path is not None
    log = logging.getLogger("omigjen_pos.store")
    url = "postgresql+psycopg://pos:Hemmelig%40Ord@db.omigjen.local:5432/omigjen"

    log.info("opening %s", url)
    log.warning("libpq says: host=db user=pos password=Hemmelig2 dbname=omigjen")
    try:
        raise ConnectionError(f"cannot reach {url}")
    except ConnectionError:
        log.exception("the store is gone")
    log.info("as it should be written: %s", make_url(url).render_as_string(hide_password=True))

    text = path.read_text(encoding="utf-8")
    assert "Hemmelig" not in text
    assert "postgresql+psycopg://pos:***@db.omigjen.local:5432/omigjen" in text
    assert "password=***" in text
    assert "Traceback" in text and "ConnectionError: cannot reach" in text


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("postgresql://pos:s3cr3t@server/omigjen", "postgresql://pos:***@server/omigjen"),
        ("postgresql://pos@server/omigjen", "postgresql://pos@server/omigjen"),
        ("sqlite:////home/kasse/omigjen.sqlite3", "sqlite:////home/kasse/omigjen.sqlite3"),
        ("'password': 'abc'", "'password': '***'"),
        ("PASSWORD=abc;", "PASSWORD=***;"),
        (
            "password authentication failed for user pos",
            "password authentication failed for user pos",
        ),
        (
            "Check the user name 'pos' and the password.",
            "Check the user name 'pos' and the password.",
        ),
    ],
)
def test_redact(text: str, shown: str):
    assert redact(text) == shown


def test_a_data_folder_that_cannot_be_written_gives_no_log_file_and_no_error(
    data_folder: Path,
):
    data_folder.parent.mkdir(parents=True, exist_ok=True)
    data_folder.write_text("a file where the folder should be", encoding="utf-8")

    assert configure_logging() is None
