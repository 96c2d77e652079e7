"""Write docs/images/settings-till.png and settings-shop.png: the settings screen's
two tabs at 1280 x 900, in Norwegian with the app's style sheet.

A temporary SQLite store gets the demo centre and two markdown rules, a
temporary settings.toml a network receipt printer, and Marte (manager of the
second-hand shop) opens the screen. Run from the repository root:

    .venv/bin/python docs/images/make_settings_screenshots.py [--out docs/images]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from make_reports_screenshot import settle  # noqa: E402  (same folder)
from PySide6.QtCore import QThreadPool  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from omigjen_pos.app import load_style  # noqa: E402
from omigjen_pos.domain.markdowns import MarkdownBasis, MarkdownRule  # noqa: E402
from omigjen_pos.services import users  # noqa: E402
from omigjen_pos.services.demo import seed_demo_centre  # noqa: E402
from omigjen_pos.services.inventory.markdown_rules import replace_markdown_rules  # noqa: E402
from omigjen_pos.services.store_setup import open_and_upgrade  # noqa: E402
from omigjen_pos.ui.i18n import install_language  # noqa: E402
from omigjen_pos.ui.screens.settings.settings_screen import SettingsScreen  # noqa: E402
from omigjen_pos.ui.tasks import TaskRunner  # noqa: E402

SIZE = (1280, 900)
SETTINGS = """\
till_code = "BRUKT-1"

[receipt_printer]
kind = "network"
host = "10.0.0.5"
port = 9100
paper = "80mm"
"""


# The second-hand shop's markdown rules in the pictures (make_screenshots.py uses them too).
MARKDOWN_RULES = (
    MarkdownRule(MarkdownBasis.INTAKE_AGE, 2500, min_days=30),
    MarkdownRule(MarkdownBasis.TAG_COLOUR, 5000, tag_colour="yellow"),
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs/images")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_language(app, "nb")
    load_style(app)
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        (base / "config").mkdir()
        (base / "config" / "settings.toml").write_text(SETTINGS, encoding="utf-8")
        os.environ["OMIGJEN_CONFIG_DIR"] = str(base / "config")
        os.environ["OMIGJEN_DATA_DIR"] = str(base / "data")
        store, _ = open_and_upgrade(f"sqlite:///{base / 'settings.sqlite3'}")
        try:
            seed_demo_centre(store, items_per_shop=2)
            actor = users.login(store, "BRUKT-1", 103, "1234")
            replace_markdown_rules(store, actor, list(MARKDOWN_RULES))
            grab(app, store, actor, args.out)
        finally:
            QThreadPool.globalInstance().waitForDone(10_000)
            store.close()
    return 0


def grab(
    app: QApplication, store, actor, out: Path, suffix: str = "", tasks: TaskRunner | None = None
) -> None:
    """settings-till<suffix>.png and settings-shop<suffix>.png in ``out``: the screen
    as ``actor`` sees it, with the settings.toml of OMIGJEN_CONFIG_DIR."""
    tasks = tasks or TaskRunner()
    screen = SettingsScreen(store, actor, tasks)
    screen.resize(*SIZE)
    screen.show()
    settle(app, lambda: screen.shop_page.settings is not None and not tasks.busy)
    for index, name in enumerate((f"settings-till{suffix}.png", f"settings-shop{suffix}.png")):
        screen.tabs.setCurrentIndex(index)
        settle(app, lambda: False, rounds=20)  # let layouts settle
        screen.grab().save(str(out / name), "PNG")
        print(f"Wrote {out / name}")
    screen.close()
    screen.deleteLater()


if __name__ == "__main__":
    raise SystemExit(main())
