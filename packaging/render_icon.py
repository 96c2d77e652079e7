"""Draw resources/icons/omigjen-pos.png (256 x 256) from omigjen-pos.svg.

The SVG is the source; the PNG is committed, since the .desktop entry, the
Windows build (PyInstaller makes the .ico from it) and the window need pixels.
Run again after changing the SVG: ``.venv/bin/python packaging/render_icon.py``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZE = 256


def main() -> int:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - QPainter on images needs the app
    renderer = QSvgRenderer(str(ICONS / "omigjen-pos.svg"))
    if not renderer.isValid():
        print("render_icon: omigjen-pos.svg is not a valid SVG", file=sys.stderr)
        return 1
    image = QImage(SIZE, SIZE, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    target = ICONS / "omigjen-pos.png"
    if not image.save(str(target)):
        print(f"render_icon: cannot write {target}", file=sys.stderr)
        return 1
    print(f"Wrote {target} ({SIZE} x {SIZE}).")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
