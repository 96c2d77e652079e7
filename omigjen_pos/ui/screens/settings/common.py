"""What the two settings pages share: the line that says how a save went, the
sentences for a refused value, and the Save/Cancel row."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QWidget

from omigjen_pos.config import SettingsError
from omigjen_pos.domain.errors import InvalidInput
from omigjen_pos.domain.shop_settings import (
    FOOTER_LINE_TOO_LONG,
    FOOTER_LINE_WIDTH,
    FOOTER_MAX_LINES,
    FOOTER_TOO_MANY_LINES,
    LIMIT_OUT_OF_RANGE,
    MARKDOWN_COLOUR,
    MARKDOWN_DAYS,
    MARKDOWN_MAX_DAYS,
    MARKDOWN_PERCENT,
    MARKDOWN_TWICE,
)
from omigjen_pos.domain.text import CONTROL_CHARACTERS
from omigjen_pos.ui.messages import describe_error

translate = QCoreApplication.translate


class StatusLine(QLabel):
    """Green when something worked, red (with what to do) when it did not."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAccessibleName(name)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.ok = True

    def show_ok(self, text: str) -> None:
        self._set("lastSaved", text, True)

    def show_problem(self, text: str) -> None:
        self._set("errorMessage", text, False)

    def _set(self, style: str, text: str, ok: bool) -> None:
        self.ok = ok
        self.setObjectName(style)
        self.style().unpolish(self)
        self.style().polish(self)
        self.setText(text)


def mark(field: QWidget) -> None:
    """Frame ``field`` red (style sheet: [invalid=true]) and put the cursor in it."""
    _set_invalid(field, True)
    field.setFocus()


def unmark(fields: list[QWidget]) -> None:
    for field in fields:
        if field.property("invalid"):
            _set_invalid(field, False)


def _set_invalid(field: QWidget, invalid: bool) -> None:
    field.setProperty("invalid", invalid)
    field.style().unpolish(field)
    field.style().polish(field)


def save_cancel_row(save: QPushButton, cancel: QPushButton) -> QHBoxLayout:
    """Cancel on the left, Save on the right; neither takes Enter from a field
    (Enter in a text box must not save a half-typed form)."""
    for button in (save, cancel):
        button.setAccessibleName(button.text())
        button.setAutoDefault(False)
    row = QHBoxLayout()
    row.addWidget(cancel)
    row.addStretch(1)
    row.addWidget(save)
    return row


def left(widget: QWidget) -> QHBoxLayout:
    """``widget`` at its own size on the left of a form row."""
    row = QHBoxLayout()
    row.addWidget(widget)
    row.addStretch(1)
    return row


def scrolling(content: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(content)
    return area


def field_name(field: str) -> str:
    return {
        "database_url": translate("SettingsTexts", "Database"),
        "language": translate("SettingsTexts", "Language"),
        "kind": translate("SettingsTexts", "Printer"),
        "host": translate("SettingsTexts", "Printer address"),
        "port": translate("SettingsTexts", "Port"),
        "path": translate("SettingsTexts", "Device"),
        "folder": translate("SettingsTexts", "Folder"),
        "paper": translate("SettingsTexts", "Paper"),
        "columns": translate("SettingsTexts", "Characters a line"),
        "name": translate("SettingsTexts", "Printer name"),
        "receipt_footer": translate("SettingsTexts", "Receipt footer"),
        "cashier_price_cut_limit": translate("SettingsTexts", "Cashiers' price-cut limit"),
        "markdown_rules": translate("SettingsTexts", "Markdown rules"),
    }.get(field, field)


def describe_refusal(error: Exception) -> str:
    """A refused setting in the user's words; anything else as describe_error."""
    if isinstance(error, SettingsError):
        return translate(
            "SettingsTexts",
            "The settings file cannot be read ({detail}). Correct it or move it away.",
        ).format(detail=str(error))
    if not isinstance(error, InvalidInput):
        return describe_error(error)
    reasons = {
        "required": translate("SettingsTexts", "fill it in"),
        "not a database URL": translate(
            "SettingsTexts",
            "write it as postgresql://user@server:5432/database or as the path of a SQLite file",
        ),
        "nb or en": translate("SettingsTexts", "choose a language from the list"),
        "a host name or an IP address": translate(
            "SettingsTexts", "type the printer's IP address (e.g. 10.0.0.5) or host name"
        ),
        "the port goes in its own field": translate(
            "SettingsTexts", "type the port in the Port field, not after the address"
        ),
        "a whole number from 1 to 65535": translate(
            "SettingsTexts", "a whole number from 1 to 65535 (usually 9100)"
        ),
        "80mm or 58mm": translate("SettingsTexts", "choose 80 mm or 58 mm"),
        CONTROL_CHARACTERS: translate(
            "SettingsTexts", "remove the tabs and special characters it holds"
        ),
        FOOTER_TOO_MANY_LINES: translate(
            "SettingsTexts", "at most {lines} lines fit under the receipt"
        ).format(lines=FOOTER_MAX_LINES),
        FOOTER_LINE_TOO_LONG: translate(
            "SettingsTexts", "a line may have at most {width} characters on an 80 mm receipt"
        ).format(width=FOOTER_LINE_WIDTH),
        LIMIT_OUT_OF_RANGE: translate("SettingsTexts", "from 0 to 100 %"),
        MARKDOWN_PERCENT: translate("SettingsTexts", "a markdown is above 0 and at most 100 %"),
        MARKDOWN_DAYS: translate(
            "SettingsTexts", "the number of days is a whole number from 0 to {days}"
        ).format(days=MARKDOWN_MAX_DAYS),
        MARKDOWN_COLOUR: translate("SettingsTexts", "choose a tag colour"),
        MARKDOWN_TWICE: translate(
            "SettingsTexts", "two rules for the same age or colour: remove one of them"
        ),
    }
    reason = reasons.get(error.reason, error.reason)
    return translate("SettingsTexts", "{field}: {reason}").format(
        field=field_name(error.field), reason=reason
    )
