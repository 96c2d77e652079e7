import gc
from PySide6.QtCore import Qt
from tests.ui.helpers import log_in, wait_until_idle


class Cyc:
    def __init__(self):
        self.me = self


def test_stress_login_logout(qtbot, open_window):
    window = open_window()
    for i in range(150):
        ws = log_in(qtbot, window, 101, "1111")
        qtbot.mouseClick(ws.logout_button, Qt.MouseButton.LeftButton)
        del ws
        for _ in range(300):
            Cyc()
        wait_until_idle(qtbot, window)
