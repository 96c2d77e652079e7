"""A form row of the wizard: the label as tall as its field and centred beside it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget


def add_form_row(form: QFormLayout, field: QWidget) -> QLabel:
    """Add ``field`` under its accessible name, the label its buddy (Alt+letter)."""
    label = QLabel(field.accessibleName())
    label.setBuddy(field)
    label.setMinimumHeight(field.sizeHint().height())
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    form.addRow(label, field)
    return label
