"""Small helpers every form uses: mark a bad field, clear the marks."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


def mark_invalid(field: QWidget, message: QLabel, text: str) -> None:
    """Show ``text`` under the form and frame the field red (style sheet: [invalid=true])."""
    field.setProperty("invalid", True)
    field.style().unpolish(field)
    field.style().polish(field)
    field.setFocus()
    message.setText(text)


def clear_marks(fields: list[QWidget], message: QLabel) -> None:
    for field in fields:
        if field.property("invalid"):
            field.setProperty("invalid", False)
            field.style().unpolish(field)
            field.style().polish(field)
    message.clear()
