"""What the user sees when something goes wrong that nobody planned for.

``install_error_handler`` makes every unexpected exception end here: one that
escapes a slot or an event handler (PySide6 hands those to ``sys.excepthook``),
one in a Python thread (``threading.excepthook``), and one a screen could only
describe as "something went wrong" (``ui/messages.describe_error`` calls
``report_unexpected``). Each is written to the log file with its traceback;
the user gets one calm dialog, in their language: what happened, that the sale
on the screen is kept, what to do, and where the log file is. Never a
traceback on screen.

The dialog is shown with ``show()``, never ``exec()``: an exception can come in
the middle of any slot, and a nested event loop there could run that slot's
callers again. It is modal to the application, so the user reads it before
going on, and only one is open at a time: more errors while it is open only
count up in it. Errors from other threads reach it through a queued signal.

Nothing here touches the basket: the till keeps it in the store and on disk
(services/checkout/basket_copy.py) and on screen, whatever a slot did half-way;
tests/ui/test_error_dialog.py checks that with an error raised inside the till.
Qt's own warnings go to the log too (``qInstallMessageHandler``).
"""

from __future__ import annotations

import contextlib
import logging
import sys
import threading
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, Qt, QtMsgType, Signal, qInstallMessageHandler
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

log = logging.getLogger(__name__)
qt_log = logging.getLogger("qt")

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}

_reporter: ErrorReporter | None = None


class ErrorDialog(QDialog):
    """The friendly message; ``count`` goes up when the same trouble repeats."""

    def __init__(self, log_path: Path | None, when: datetime, parent: QWidget | None = None):
        super().__init__(parent)
        self.count = 1
        self.setWindowTitle(self.tr("Omigjen POS: something went wrong"))
        self.setAccessibleName(self.tr("Unexpected error"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        icon = QLabel()
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(48, 48)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        heading = QLabel(self.tr("Something unexpected went wrong in Omigjen POS."))
        heading.setObjectName("errorHeading")
        heading.setWordWrap(True)
        kept = QLabel(
            self.tr(
                "Nothing is lost: the sale on the screen is kept, and every sale that was "
                "paid is saved."
            )
        )
        todo = QLabel(
            self.tr(
                "What to do: close this message and carry on. If it happens again, log out "
                "and in again, or restart Omigjen POS. If it still happens, call the person "
                "responsible for the tills and tell them the time: {time}."
            ).format(time=when.strftime("%d.%m.%Y %H:%M:%S"))
        )
        where = QLabel(
            self.tr("The details are in the log file:\n{path}").format(path=log_path)
            if log_path is not None
            else self.tr("The log file could not be written, so the details are lost.")
        )
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.where = where
        self.repeated = QLabel()
        self.repeated.setVisible(False)
        for label in (kept, todo, where, self.repeated):
            label.setWordWrap(True)
        self.body = "\n".join(label.text() for label in (heading, kept, todo, where))
        self.ok_button = QPushButton(self.tr("OK"))
        self.ok_button.setAccessibleName(self.tr("Close the message"))
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self.accept)
        text = QVBoxLayout()
        for widget in (heading, kept, todo, where, self.repeated):
            text.addWidget(widget)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(text, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.ok_button)
        root = QVBoxLayout(self)
        root.addLayout(top)
        root.addLayout(buttons)
        self.setMinimumWidth(520)

    def happened_again(self) -> None:
        self.count += 1
        self.repeated.setText(
            self.tr("It happened {count} times since this message appeared.").format(
                count=self.count
            )
        )
        self.repeated.setVisible(True)


class ErrorReporter(QObject):
    """Lives on the GUI thread; logs each unexpected error and shows the dialog."""

    _arrived = Signal(object)  # a datetime: when it happened

    def __init__(self, log_path: Path | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_path = log_path
        self.dialog: ErrorDialog | None = None
        self.reported = 0
        # Queued even from the GUI thread: the dialog opens once the slot that
        # failed has returned, never inside it.
        self._arrived.connect(self._show, Qt.ConnectionType.QueuedConnection)
        self._previous_hooks: tuple | None = None
        self._previous_qt_handler = None

    # --- where errors come from ----------------------------------------------------

    def excepthook(
        self, kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        log.critical("unexpected error", exc_info=(kind, error, trace))
        self.notify()

    def threading_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        log.critical(
            "unexpected error in thread %s",
            args.thread.name if args.thread else "?",
            exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
        )
        self.notify()

    def qt_message(self, kind: QtMsgType, context, message: str) -> None:
        where = f" ({context.file}:{context.line})" if context and context.file else ""
        qt_log.log(_QT_LEVELS.get(kind, logging.WARNING), "%s%s", message, where)

    def notify(self) -> None:
        """Show the dialog (from any thread); the error is already logged."""
        self.reported += 1
        # RuntimeError: the application is gone (shutting down); the log has it.
        with contextlib.suppress(RuntimeError):
            self._arrived.emit(datetime.now())

    # --- the dialog ------------------------------------------------------------------

    def _show(self, when: datetime) -> None:
        try:
            self._show_dialog(when)
        except Exception:  # the dialog itself failing must not come back here for ever
            log.exception("the error dialog could not be shown")

    def _show_dialog(self, when: datetime) -> None:
        if self.dialog is not None:
            self.dialog.happened_again()
            return
        dialog = ErrorDialog(self.log_path, when)
        dialog.finished.connect(self._closed)
        self.dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        dialog.ok_button.setFocus()

    def _closed(self, _result: int) -> None:
        self.dialog = None

    # --- installing ------------------------------------------------------------------

    def install(self) -> None:
        global _reporter
        self._previous_hooks = (sys.excepthook, threading.excepthook)
        sys.excepthook = self.excepthook
        threading.excepthook = self.threading_hook
        self._previous_qt_handler = qInstallMessageHandler(self.qt_message)
        _reporter = self

    def uninstall(self) -> None:
        """Put back what was there before (tests)."""
        global _reporter
        if self._previous_hooks is not None:
            sys.excepthook, threading.excepthook = self._previous_hooks
            self._previous_hooks = None
            qInstallMessageHandler(self._previous_qt_handler)
        if _reporter is self:
            _reporter = None


def install_error_handler(app: QApplication, log_path: Path | None) -> ErrorReporter:
    """From now on every unexpected error is logged and shown in the dialog."""
    reporter = ErrorReporter(log_path, app)
    reporter.install()
    return reporter


def report_unexpected(error: BaseException) -> None:
    """An unexpected error a screen caught (and logged) shows the dialog too,
    when the app installed the handler; otherwise nothing happens here."""
    if _reporter is not None:
        _reporter.notify()


def installed_reporter() -> ErrorReporter | None:
    return _reporter
