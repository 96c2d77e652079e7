"""Write docs/images/reports-screen.png: the reports screen at 1366 x 800.

A temporary SQLite store gets the demo centre with two weeks of trading history
(``services.history``, as ``omigjen-pos demo --days 14`` makes it), the centre
admin logs in, and the screen is grabbed offscreen in Norwegian with the app's
style sheet, showing every shop over the history's days. The day is pinned, so
the figures come out the same every time (only the "updated" clock moves).
Run from the repository root:

    .venv/bin/python docs/images/make_reports_screenshot.py [--out docs/images/reports-screen.png]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QThreadPool  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from omigjen_pos.app import load_style  # noqa: E402
from omigjen_pos.domain.business_day import OSLO  # noqa: E402
from omigjen_pos.services import users  # noqa: E402
from omigjen_pos.services.history import seed_demo_with_history  # noqa: E402
from omigjen_pos.services.store_setup import open_and_upgrade  # noqa: E402
from omigjen_pos.store.types import simulated_clock  # noqa: E402
from omigjen_pos.ui.i18n import install_language  # noqa: E402
from omigjen_pos.ui.screens.reports.reports_screen import ReportsScreen  # noqa: E402
from omigjen_pos.ui.tasks import TaskRunner  # noqa: E402
from omigjen_pos.ui.workspace import Workspace  # noqa: E402

TODAY = date(2026, 11, 27)  # a Friday
DAYS = 14
SIZE = (1366, 800)  # the workspace of a manager needs 1363 px


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs/images/reports-screen.png")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_language(app, "nb")
    load_style(app)
    with tempfile.TemporaryDirectory() as folder:
        store, _ = open_and_upgrade(f"sqlite:///{Path(folder) / 'reports.sqlite3'}")
        try:
            with simulated_clock(datetime(2026, 11, 27, 9, 0, tzinfo=OSLO)):
                outcome = seed_demo_with_history(store, DAYS, today=TODAY)
                actor = users.login(store, "BRUKT-1", 900, "9999")
            assert outcome.history is not None
            grab(app, store, actor, outcome.history.days[0], args.out)
        finally:
            QThreadPool.globalInstance().waitForDone(10_000)
            store.close()
    print(f"Wrote {args.out}")
    return 0


def grab(
    app: QApplication,
    store,
    actor,
    first: date,
    out: Path,
    tasks: TaskRunner | None = None,
    last: date = TODAY,
    size: tuple[int, int] = SIZE,
) -> None:
    """The reports screen of ``actor``'s workspace showing ``first`` to ``last``,
    saved as ``out`` (make_screenshots.py calls this too, with its own store)."""
    tasks = tasks or TaskRunner()
    workspace = Workspace(actor, store, tasks)
    workspace.resize(*size)
    screens = workspace.screen_titles()
    workspace.navigation.setCurrentRow(screens.index(app.translate("Workspace", "Reports")))
    screen = workspace.pages.currentWidget()
    assert isinstance(screen, ReportsScreen)
    workspace.show()
    screen.period.set_dates(first, last)
    screen.reload()
    settle(app, lambda: screen.loads > 0 and not tasks.busy)
    workspace.setFocus()
    settle(app, lambda: False, rounds=20)  # let layouts settle
    workspace.grab().save(str(out), "PNG")
    workspace.close()
    workspace.deleteLater()


def settle(app: QApplication, done, rounds: int = 2000) -> None:
    """Run Qt's events (and let background tasks finish) until ``done()`` or
    ``rounds`` are over; the settings screenshots use it too."""
    for _ in range(rounds):
        app.processEvents()
        if done():
            return
        QThreadPool.globalInstance().waitForDone(5)


if __name__ == "__main__":
    raise SystemExit(main())
