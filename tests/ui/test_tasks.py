"""TaskRunner: service calls run on the thread pool, answers come back on the GUI thread."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QThread, QThreadPool
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from omigjen_pos.ui.tasks import TaskRunner
from tests.ui.helpers import WAIT_MS


@pytest.fixture
def runner(qapp: QApplication) -> Iterator[TaskRunner]:
    tasks = TaskRunner()
    yield tasks
    # Destroyed here on the GUI thread, even if a failed test's traceback still holds it.
    QThreadPool.globalInstance().waitForDone(WAIT_MS)
    shiboken6.delete(tasks)


class Outcome:
    """What came back, and on which thread the callbacks ran."""

    def __init__(self) -> None:
        self.results: list[Any] = []
        self.errors: list[Exception] = []
        self.callback_threads: list[QThread] = []

    def done(self, result: Any) -> None:
        self.callback_threads.append(QThread.currentThread())
        self.results.append(result)

    def failed(self, error: Exception) -> None:
        self.callback_threads.append(QThread.currentThread())
        self.errors.append(error)

    @property
    def arrived(self) -> bool:
        return bool(self.results or self.errors)


def test_the_call_runs_off_the_gui_thread(qtbot: QtBot, runner: TaskRunner, qapp: QApplication):
    outcome = Outcome()

    runner.run(QThread.currentThread, outcome.done, outcome.failed)

    qtbot.waitUntil(lambda: outcome.arrived, timeout=WAIT_MS)
    (worker_thread,) = outcome.results
    assert worker_thread != qapp.thread()


def test_the_result_is_delivered_on_the_gui_thread(
    qtbot: QtBot, runner: TaskRunner, qapp: QApplication
):
    outcome = Outcome()

    runner.run(lambda: 6 * 7, outcome.done, outcome.failed)

    qtbot.waitUntil(lambda: outcome.arrived, timeout=WAIT_MS)
    assert outcome.results == [42]
    assert outcome.callback_threads == [qapp.thread()]


def test_an_exception_is_delivered_to_on_error_on_the_gui_thread(
    qtbot: QtBot, runner: TaskRunner, qapp: QApplication
):
    outcome = Outcome()
    boom = ValueError("the database went away")

    def failing() -> None:
        raise boom

    runner.run(failing, outcome.done, outcome.failed)

    qtbot.waitUntil(lambda: outcome.arrived, timeout=WAIT_MS)
    assert outcome.errors == [boom] and outcome.results == []
    assert outcome.callback_threads == [qapp.thread()]


def test_busy_while_a_call_runs_and_idle_after(qtbot: QtBot, runner: TaskRunner):
    release = threading.Event()
    outcome = Outcome()
    assert not runner.busy

    runner.run(lambda: release.wait(WAIT_MS / 1000), outcome.done, outcome.failed)
    assert runner.busy
    qtbot.wait(20)
    assert runner.busy, "still busy while the call has not returned"

    release.set()
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)
    assert outcome.results == [True]


def test_busy_until_the_last_of_several_calls_returns(qtbot: QtBot, runner: TaskRunner):
    first, second = threading.Event(), threading.Event()
    outcome = Outcome()
    runner.run(lambda: first.wait(WAIT_MS / 1000) and "first", outcome.done, outcome.failed)
    runner.run(lambda: second.wait(WAIT_MS / 1000) and "second", outcome.done, outcome.failed)

    first.set()
    qtbot.waitUntil(lambda: outcome.results == ["first"], timeout=WAIT_MS)
    assert runner.busy

    second.set()
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)
    assert outcome.results == ["first", "second"]


def test_busy_changed_reports_start_and_end_once(qtbot: QtBot, runner: TaskRunner):
    changes: list[bool] = []
    runner.busy_changed.connect(changes.append)
    release = threading.Event()
    outcome = Outcome()

    runner.run(lambda: release.wait(WAIT_MS / 1000), outcome.done, outcome.failed)
    runner.run(lambda: release.wait(WAIT_MS / 1000), outcome.done, outcome.failed)
    release.set()
    qtbot.waitUntil(lambda: len(outcome.results) == 2, timeout=WAIT_MS)

    assert changes == [True, False]


def test_busy_ends_after_a_failed_call_too(qtbot: QtBot, runner: TaskRunner):
    outcome = Outcome()

    runner.run(lambda: 1 / 0, outcome.done, outcome.failed)

    qtbot.waitUntil(lambda: outcome.arrived, timeout=WAIT_MS)
    assert not runner.busy
    assert isinstance(outcome.errors[0], ZeroDivisionError)


def test_background_calls_do_not_use_up_references_to_true(qtbot: QtBot, runner: TaskRunner):
    # PySide6 6.12.0's SignalInstance.emit() returned True without a new reference: each
    # call took three from True until CPython 3.11 aborted with "bool_dealloc".
    calls = 100
    before = sys.getrefcount(True)

    for _ in range(calls):
        with qtbot.waitCallback(timeout=WAIT_MS) as answered:
            runner.run(lambda: None, answered, answered)

    assert not runner.busy
    assert sys.getrefcount(True) > before - calls // 10  # a little noise, never one per call


def test_an_answer_for_a_widget_deleted_meanwhile_is_dropped(qtbot: QtBot, runner: TaskRunner):
    release = threading.Event()
    label = QLabel()
    runner.run(lambda: release.wait(WAIT_MS / 1000) and "late", label.setText, label.setText)
    shiboken6.delete(label)  # the screen went away while the store was answering
    release.set()
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)  # no RuntimeError on the way
