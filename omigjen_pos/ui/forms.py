"""Small helpers every form uses: mark a bad field, clear the marks."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget


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


def named_line_edit(name: str, placeholder: str = "") -> QLineEdit:
    """A text field with its accessible name (screen readers, tests) and a hint."""
    field = QLineEdit()
    field.setAccessibleName(name)
    field.setPlaceholderText(placeholder)
    return field


def named_combo(
    name: str, entries: list[tuple[str, object]], first: tuple[str, object] | None = None
) -> QComboBox:
    """A choice list of (text, data) entries, optionally led by ``first`` ("All")."""
    combo = QComboBox()
    combo.setAccessibleName(name)
    for text, data in ([first] if first else []) + entries:
        combo.addItem(text, data)
    return combo


def dialog_buttons(
    ok_text: str, on_ok, back_text: str, on_back, enter_presses_ok: bool
) -> tuple[QHBoxLayout, QPushButton]:
    """Back on the left, OK on the right, and Enter under the dialog's control.

    Qt makes the first "auto-default" button the default when a dialog opens, so
    Enter in a field would press it as well as any ``returnPressed`` slot: a
    double submit. Here neither button is auto-default; OK is the default only
    when ``enter_presses_ok`` (otherwise the fields' own Enter decides).
    """
    ok, back = QPushButton(ok_text), QPushButton(back_text)
    for button, slot in ((ok, on_ok), (back, on_back)):
        button.setAccessibleName(button.text())
        button.setAutoDefault(False)
        button.clicked.connect(slot)
    ok.setDefault(enter_presses_ok)
    row = QHBoxLayout()
    row.addWidget(back)
    row.addStretch(1)
    row.addWidget(ok)
    return row, ok


def error_label(name: str) -> QLabel:
    """The red line under a form that says what is wrong and what to do."""
    label = QLabel()
    label.setObjectName("errorMessage")
    label.setWordWrap(True)
    label.setAccessibleName(name)
    return label
