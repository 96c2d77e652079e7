"""The interface language: English source strings, Norwegian bokmål from the .qm catalogue."""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from importlib.resources import files
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

import omigjen_pos
from omigjen_pos.ui.i18n import install_language, qm_path
from tests.ui.conftest import OpenWindow
from tests.ui.helpers import log_in

PACKAGE = Path(omigjen_pos.__file__).parent
TS_SOURCE = files("omigjen_pos.resources") / "translations" / "omigjen_pos_nb.ts"


def ok_key_name(window) -> str:
    return window.login_screen.keypad.findChild(QPushButton, "primaryKey").accessibleName()


def test_english_login_screen_and_workspace(qtbot: QtBot, open_window: OpenWindow):
    assert install_language(QApplication.instance(), "en")
    window = open_window()

    assert window.login_screen.accessibleName() == "Log in"
    assert ok_key_name(window) == "Log in"
    assert log_in(qtbot, window, 101, "1111").screen_titles() == ["Checkout"]


@pytest.mark.usefixtures("norwegian")
def test_norwegian_login_screen_and_workspace(qtbot: QtBot, open_window: OpenWindow):
    window = open_window()

    assert window.login_screen.accessibleName() == "Logg inn"
    assert ok_key_name(window) == "Logg inn"
    assert log_in(qtbot, window, 101, "1111").screen_titles() == ["Kasse"]


def test_switching_back_to_english_removes_the_norwegian_catalogue(qapp: QApplication):
    assert install_language(qapp, "nb")
    assert QCoreApplication.translate("Workspace", "Checkout") == "Kasse"

    assert install_language(qapp, "en")

    assert QCoreApplication.translate("Workspace", "Checkout") == "Checkout"


def test_the_norwegian_catalogue_ships_with_the_package():
    shipped = files("omigjen_pos.resources") / "translations" / "omigjen_pos_nb.qm"

    assert shipped.is_file()
    assert Path(qm_path("nb")).is_file()


def test_installing_norwegian_succeeds(qapp: QApplication):
    assert install_language(qapp, "nb") is True


def test_a_language_without_a_catalogue_is_refused_and_english_stays(qapp: QApplication):
    assert install_language(qapp, "nb")

    assert install_language(qapp, "sv") is False

    assert QCoreApplication.translate("Workspace", "Checkout") == "Checkout"


# --- every string a person reads is translated -------------------------------------


def _literals(args: list[ast.expr], count: int) -> list[str] | None:
    if len(args) < count or not all(isinstance(a, ast.Constant) for a in args[:count]):
        return None
    return [a.value for a in args[:count] if isinstance(a, ast.Constant)]


def interface_strings() -> set[tuple[str, str]]:
    """(context, source) of every self.tr("...") and translate("Context", "...") call."""
    found: set[tuple[str, str]] = set()
    for path in [*sorted((PACKAGE / "ui").rglob("*.py")), PACKAGE / "app.py"]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for cls in [n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]:
            for call in [n for n in ast.walk(cls) if isinstance(n, ast.Call)]:
                is_tr = isinstance(call.func, ast.Attribute) and call.func.attr == "tr"
                if is_tr and (text := _literals(call.args, 1)):
                    found.add((cls.name, text[0]))
        for call in [n for n in ast.walk(tree) if isinstance(n, ast.Call)]:
            is_translate = isinstance(call.func, ast.Name) and call.func.id == "translate"
            if is_translate and (pair := _literals(call.args, 2)):
                found.add((pair[0], pair[1]))
    assert len(found) > 30, "the scan found too little to prove anything"
    return found


def untranslated_by_the_shipped_catalogue(strings: set[tuple[str, str]]) -> list[tuple[str, str]]:
    # The translator lives and dies here, on the GUI thread: kept alive by a failed
    # test's traceback it could be destroyed later by a garbage collection on a worker.
    translator = QTranslator()
    assert translator.load(qm_path("nb"))
    return [(c, s) for c, s in sorted(strings) if not translator.translate(c, s)]


def test_the_shipped_catalogue_translates_every_interface_string():
    assert untranslated_by_the_shipped_catalogue(interface_strings()) == []


def test_the_ts_source_has_a_finished_translation_of_every_interface_string():
    finished = {
        (context.findtext("name"), message.findtext("source"))
        for context in ET.parse(str(TS_SOURCE)).getroot().iter("context")
        for message in context.iter("message")
        if message.find("translation").get("type") is None and message.findtext("translation")
    }

    assert sorted(interface_strings() - finished) == []
