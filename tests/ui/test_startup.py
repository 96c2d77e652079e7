"""Start-up: the hidden ``--quit-when-ready`` that bench/bench_startup.py times the
app with, and what the app leaves unloaded until someone logs in."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import time

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from omigjen_pos.services.store_setup import Store
from omigjen_pos.store.models import Centre
from omigjen_pos.ui.ready_probe import report_first_paint
from tests.ui.helpers import WAIT_MS

# Loaded at the first login or when a PDF, export or upgrade is made; never
# before the login screen is on screen.
NOT_AT_START = (
    "alembic",
    "openpyxl",
    "pypdfium2",
    "reportlab",
    "PySide6.QtCharts",
    "omigjen_pos.ui.workspace",
)
LATER_ON_A_REAL_CENTRE = ("cryptography", "omigjen_pos.services.demo")
_CHILD = f"""
import sys
from omigjen_pos.cli import main
status = main(sys.argv[1:])
watched = {NOT_AT_START + LATER_ON_A_REAL_CENTRE!r}
print("loaded:", *sorted(name for name in watched if name in sys.modules))
sys.exit(status)
"""


def test_the_first_paint_is_reported_once_then_the_callback_runs(qtbot: QtBot):
    label = QLabel("Omigjen POS")
    qtbot.addWidget(label)
    stream, calls = io.StringIO(), []
    before = time.monotonic_ns()

    report_first_paint(label, lambda: calls.append("then"), stream)
    label.show()
    qtbot.waitUntil(lambda: calls != [], timeout=WAIT_MS)
    label.repaint()  # later paints say nothing more
    qtbot.wait(20)

    (line,) = stream.getvalue().splitlines()
    word, stamp = line.split()
    assert word == "ready" and before < int(stamp) <= time.monotonic_ns()
    assert calls == ["then"]


@pytest.mark.parametrize("demo", [True, False], ids=["demo", "real centre"])
def test_the_app_paints_its_login_screen_and_quits_without_loading_what_can_wait(
    sqlite_store: Store, tmp_path, demo: bool
):
    if not demo:  # a real centre's till does not even load the demo and its key making
        with sqlite_store.writing() as session:
            session.execute(update(Centre).values(is_demo=False))
    url = sqlite_store.url.render_as_string(hide_password=False)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        env[name] = str(tmp_path / name.lower())
    command = [sys.executable, "-c", _CHILD, "--database-url", url, "--till", "BRUKT-1"]

    result = subprocess.run(
        [*command, "--quit-when-ready"], env=env, capture_output=True, text=True, timeout=120
    )

    assert result.returncode == 0, result.stderr
    ready, loaded = result.stdout.splitlines()
    assert ready.startswith("ready ") and int(ready.split()[1]) < time.monotonic_ns()
    # The demo store's login screen lists the demo users and their PINs.
    assert loaded == ("loaded: cryptography omigjen_pos.services.demo" if demo else "loaded:")
