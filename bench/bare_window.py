"""The floor of bench_startup.py: a bare PySide6 window, reporting its first paint.

``python -m bench.bare_window``: a QApplication and a QMainWindow with one label,
shown; at the label's first paint it prints ``ready <monotonic ns>`` and closes,
exactly as ``omigjen-pos --quit-when-ready`` does for the login screen
(omigjen_pos/ui/ready_probe.py, which imports nothing but PySide6).
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from omigjen_pos.ui.ready_probe import report_first_paint


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1200, 800)
    label = QLabel("Omigjen POS")
    window.setCentralWidget(label)
    report_first_paint(label, window.close)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
