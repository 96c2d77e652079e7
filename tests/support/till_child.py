"""A till in a process of its own, for tests that kill it for real (SIGKILL).

Run as ``python -m tests.support.till_child URL DATA_DIR BARCODE...`` from the
repository root. The child opens the store at URL (already migrated and
seeded), logs in cashier 101 at BRUKT-1, counts the day's opening float if it is
still to be counted, builds the checkout screen offscreen with OMIGJEN_DATA_DIR
set to DATA_DIR, scans the barcodes through ``CheckoutScreen.scan`` and, once
they are where the test wants them, prints ``READY`` and runs the event loop
until it is killed. ``--expect lines``: wait until the basket on screen shows
the barcodes in order. ``--expect queued``: wait until the store is noticed gone
and the till's disk copy lists every barcode as pending. ``--wait-for-go``:
print ``WAITING`` once the screen is idle and read a line from stdin before
scanning, so the test can pull the cable first. Any failure is printed to
stderr and ends the child with status 2.

``TillChild`` is the test's side: start the child, wait for a line, kill it.
Only the standard library is imported at the top, so importing this module in
the test costs nothing.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import queue
import signal
import subprocess
import sys
import threading
import time
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
TILL, CASHIER, PIN = "BRUKT-1", 101, "1111"
READY, WAITING = "READY", "WAITING"
CHILD_TIMEOUT_S = 20.0  # the child gives up on a wait after this long


# --- the child ---------------------------------------------------------------------


def _say(line: str) -> None:
    print(line, flush=True)


def _wait_until(condition: Callable[[], bool], what: str, state: Callable[[], str]) -> None:
    from PySide6.QtTest import QTest

    deadline = time.monotonic() + CHILD_TIMEOUT_S
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(f"child: gave up waiting for {what}; {state()}")
        QTest.qWait(20)  # processes events meanwhile


def child_main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="till_child")
    parser.add_argument("url")
    parser.add_argument("data_dir")
    parser.add_argument("barcodes", nargs="+")
    parser.add_argument("--expect", choices=("lines", "queued"), default="lines")
    parser.add_argument("--wait-for-go", action="store_true")
    args = parser.parse_args(argv)
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["OMIGJEN_DATA_DIR"] = args.data_dir

    from PySide6.QtWidgets import QApplication

    from omigjen_pos.services import users
    from omigjen_pos.services.checkout.basket_copy import load_basket_copy
    from omigjen_pos.services.checkout.drawer import needs_opening_float, record_opening_float
    from omigjen_pos.store import database
    from omigjen_pos.store.database import open_store
    from omigjen_pos.ui.screens.checkout.checkout_screen import CheckoutScreen
    from omigjen_pos.ui.tasks import TaskRunner

    database.PG_CONNECT_TIMEOUT_S = 2  # a mistake fails in seconds, not minutes
    database.PG_STATEMENT_TIMEOUT_MS = 5000
    app = QApplication([sys.argv[0]])
    store = open_store(args.url)
    actor = users.login(store, TILL, CASHIER, PIN)
    if needs_opening_float(store, actor):
        record_opening_float(store, actor, 150000)
    tasks = TaskRunner()
    screen = CheckoutScreen(store, actor, tasks)
    screen.show()

    def state() -> str:
        rows = range(screen.model.rowCount())
        return (
            f"on screen {[screen.model.line(r).barcode for r in rows]}, "
            f"busy {screen.busy}/{tasks.busy}, online {screen.watch.online}, "
            f"message {screen.message.text()!r}, copy {load_basket_copy(TILL)}"
        )

    _wait_until(lambda: not tasks.busy, "the screen to start", state)
    if screen.basket is not None or screen.float_panel.isVisible():
        raise RuntimeError("child: the till did not start empty and ready to sell")
    if args.wait_for_go:
        _say(WAITING)
        sys.stdin.readline()

    codes = list(args.barcodes)
    for code in codes:
        screen.scan(code)
    if args.expect == "lines":

        def shown() -> bool:
            rows = range(screen.model.rowCount())
            return not screen.busy and [screen.model.line(r).barcode for r in rows] == codes

        _wait_until(shown, f"the basket to show {codes}", state)
    else:

        def queued() -> bool:
            copy = load_basket_copy(TILL)
            return (
                not screen.watch.online
                and not tasks.busy
                and copy is not None
                and bool(copy.uuid)
                and sorted(copy.pending) == sorted(codes)  # the order: see test_till_outage
            )

        _wait_until(queued, f"the disk copy to hold {codes} as pending", state)
    _say(READY)
    return app.exec()


def main() -> None:
    try:
        status = child_main()
    except BaseException:
        traceback.print_exc()
        sys.stderr.flush()
        status = 2
    os._exit(status)  # no clean-up: a till that stops is a till that stops


# --- the test's side -----------------------------------------------------------


class TillChild:
    """The child till, started at once; ``kill()`` always, in a ``finally``."""

    def __init__(
        self,
        url: str,
        data_dir: Path,
        barcodes: Sequence[str],
        log: Path,
        expect: str = "lines",
        wait_for_go: bool = False,
    ) -> None:
        command = [sys.executable, "-m", "tests.support.till_child", url, str(data_dir)]
        command += [*barcodes, "--expect", expect] + (["--wait-for-go"] if wait_for_go else [])
        env = dict(os.environ, OMIGJEN_DATA_DIR=str(data_dir), QT_QPA_PLATFORM="offscreen")
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
        self.log = log
        self._stderr = log.open("wb")
        self.process = subprocess.Popen(
            command,
            cwd=REPO,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._stderr,
            text=True,
        )
        self._lines: queue.Queue[str | None] = queue.Queue()
        self._reader = threading.Thread(target=self._read, name="till-child-stdout", daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self._lines.put(line.strip())
        self._lines.put(None)  # the child is gone

    def wait_for(self, expected: str, timeout_s: float = 30.0) -> None:
        """Until the child prints ``expected``; fails with its stderr if it dies or
        takes longer than ``timeout_s``."""
        deadline = time.monotonic() + timeout_s
        while True:
            left = deadline - time.monotonic()
            try:
                line = self._lines.get(timeout=max(left, 0.001))
            except queue.Empty:
                message = f"no {expected} from the till child: {self.stderr()}"
                raise AssertionError(message) from None
            if line is None:
                raise AssertionError(
                    f"the till child ended ({self.process.wait()}) before {expected}: "
                    f"{self.stderr()}"
                )
            if line == expected:
                return

    def send(self, line: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()

    def stderr(self) -> str:
        self._stderr.flush()
        return self.log.read_text(encoding="utf-8", errors="replace")[-4000:]

    def kill(self) -> int:
        """SIGKILL (if still running), reap, and stop the reader; the exit status."""
        if self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGKILL)
        status = self.process.wait(timeout=10)
        self._reader.join(timeout=10)
        for stream in (self.process.stdin, self.process.stdout):
            if stream is not None:
                with contextlib.suppress(OSError):  # a pipe to a dead child
                    stream.close()
        self._stderr.close()
        return status


if __name__ == "__main__":
    main()
