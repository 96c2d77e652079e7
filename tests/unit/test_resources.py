"""What ships inside the package: translations, SAF-T code lists, packages."""

import csv
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from importlib.resources import files
from pathlib import Path

import pytest

from omigjen_pos.domain.default_categories import GOODS_ARTICLE_GROUP, OTHER_ARTICLE_GROUP
from omigjen_pos.domain.journal_events import SAFT_EVENT_CODES
from omigjen_pos.domain.vat import STANDARD_VAT_CODES

ROOT = Path(__file__).resolve().parents[2]
RESOURCES = files("omigjen_pos.resources")
TS_FILE = ROOT / "resources" / "translations" / "omigjen_pos_nb.ts"
BIN = Path(sys.executable).parent


def saft_codes(name: str, encoding: str) -> dict[str, str]:
    text = (RESOURCES / "saft" / name).read_text(encoding=encoding)
    rows = list(csv.reader(text.splitlines(), delimiter=";"))
    return {row[0]: row[1] for row in rows[1:] if row}


def test_every_saft_event_code_we_use_is_in_skatteetatens_list():
    official = saft_codes("PredefinedBasicID-13.csv", "utf-8")
    assert set(SAFT_EVENT_CODES.values()) <= set(official)
    assert "13999" in official


def test_our_vat_codes_are_standard_output_codes():
    official = saft_codes("Standard_Tax_Codes.csv", "utf-8")
    for code in STANDARD_VAT_CODES:
        assert code.standard_code in official


def test_demo_categories_use_official_article_groups():
    official = saft_codes("PredefinedBasicID-04.csv", "latin-1")
    assert {GOODS_ARTICLE_GROUP, OTHER_ARTICLE_GROUP} <= set(official)


def ts_messages() -> list[tuple[str, str, ET.Element]]:
    tree = ET.parse(TS_FILE)
    return [
        (context.findtext("name"), message.findtext("source"), message.find("translation"))
        for context in tree.iter("context")
        for message in context.iter("message")
    ]


def test_every_norwegian_translation_is_finished():
    unfinished = [
        source
        for _, source, translation in ts_messages()
        if translation.get("type") in ("unfinished", "obsolete", "vanished") or not translation.text
    ]
    assert unfinished == []


@pytest.mark.skipif(
    shutil.which("pyside6-lupdate", path=str(BIN)) is None, reason="pyside6-lupdate not installed"
)
def test_the_ts_file_holds_every_string_the_code_translates(tmp_path):
    fresh = tmp_path / "fresh.ts"
    sources = [str(p) for p in sorted((ROOT / "omigjen_pos" / "ui").rglob("*.py"))]
    sources.append(str(ROOT / "omigjen_pos" / "app.py"))
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), *sources, "-ts", str(fresh)], check=True, capture_output=True
    )
    wanted = {
        (c.findtext("name"), m.findtext("source"))
        for c in ET.parse(fresh).iter("context")
        for m in c.iter("message")
    }
    have = {(context, source) for context, source, _ in ts_messages()}
    assert wanted - have == set(), "run `make translations` and translate the new strings"


@pytest.mark.skipif(
    shutil.which("pyside6-lrelease", path=str(BIN)) is None, reason="pyside6-lrelease not installed"
)
def test_the_shipped_qm_file_is_built_from_the_current_ts_file(tmp_path):
    rebuilt = tmp_path / "nb.qm"
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), str(TS_FILE), "-qm", str(rebuilt)],
        check=True,
        capture_output=True,
    )
    shipped = RESOURCES / "translations" / "omigjen_pos_nb.qm"
    assert shipped.read_bytes() == rebuilt.read_bytes(), "run `make translations`"


def test_every_python_package_is_listed_for_the_wheel():
    listed = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    found = {
        ".".join(path.parent.relative_to(ROOT).parts)
        for path in (ROOT / "omigjen_pos").rglob("__init__.py")
    }
    assert found | {"omigjen_pos.resources"} == listed
