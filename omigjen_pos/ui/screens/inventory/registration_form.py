"""The workbench form: register an item in seconds, keyboard only.

Enter saves; Ctrl+Enter saves and prints the label. After a save the form is
ready for the next item at once, keeping category and source. Prices and
weights are typed the Norwegian way (``149,50``, ``1 250``). A bad field is
framed red with a message and nothing is saved.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from omigjen_pos.domain.errors import InvalidInput
from omigjen_pos.domain.item_rules import ItemDraft, parse_kilograms
from omigjen_pos.domain.items import Condition, ItemKind, ItemSource
from omigjen_pos.domain.money import format_kr, parse_kroner
from omigjen_pos.services.actors import Actor
from omigjen_pos.services.inventory.registration import CategoryOption, register_item
from omigjen_pos.services.inventory.rows import ItemRow
from omigjen_pos.services.store_setup import Store
from omigjen_pos.ui.forms import clear_marks, mark_invalid, named_combo, named_line_edit
from omigjen_pos.ui.item_texts import condition_text, source_text
from omigjen_pos.ui.messages import describe_error, describe_invalid
from omigjen_pos.ui.tasks import TaskRunner


class RegistrationForm(QWidget):
    registered = Signal(object, bool)  # ItemRow, print the label

    def __init__(
        self,
        store: Store,
        actor: Actor,
        tasks: TaskRunner,
        categories: list[CategoryOption],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store, self._actor, self._tasks = store, actor, tasks
        self._saving = False
        self.setAccessibleName(self.tr("Register item"))
        self.category = named_combo(self.tr("Category"), [(c.name_nb, c.id) for c in categories])
        self.name = named_line_edit(self.tr("Name"), self.tr("e.g. Floor lamp in brass"))
        # No category preselected: a wrong default would slip through unnoticed.
        self.category.setCurrentIndex(-1)
        self.category.setPlaceholderText(self.tr("Choose a category"))
        self.condition = named_combo(
            self.tr("Condition"), [(condition_text(c), c) for c in Condition]
        )
        self.condition.setCurrentIndex(self.condition.findData(Condition.GOOD))
        self.price = named_line_edit(self.tr("Price"), self.tr("kroner, e.g. 149,50"))
        self.weight = named_line_edit(self.tr("Weight"), self.tr("kg, e.g. 1,5"))
        self.source = named_combo(self.tr("Source"), [(source_text(s), s) for s in ItemSource])
        self.purchase_price = named_line_edit(
            self.tr("Purchase price"), self.tr("what we paid the seller, kroner")
        )
        self.shelf = named_line_edit(self.tr("Shelf"), self.tr("e.g. A3"))
        self.notes = named_line_edit(self.tr("Notes"), "")
        self.stock_article = QCheckBox(self.tr("Stock article (counted)"))
        self.stock_article.setAccessibleName(self.tr("Stock article"))
        self.quantity = QSpinBox()
        self.quantity.setRange(0, 1_000_000)
        self.quantity.setValue(1)
        self.quantity.setAccessibleName(self.tr("Quantity"))
        self.barcode = named_line_edit(self.tr("Barcode"), self.tr("manufacturer's EAN, or empty"))
        self.message = QLabel()
        self.message.setObjectName("errorMessage")
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setWordWrap(True)
        self.last_saved = QLabel()
        self.last_saved.setObjectName("lastSaved")
        self.last_saved.setAccessibleName(self.tr("Last registered item"))
        self.save_button = QPushButton(self.tr("Save (Enter)"))
        self.save_print_button = QPushButton(self.tr("Save and print label (Ctrl+Enter)"))
        self.save_print_button.setObjectName("primaryKey")
        for button in (self.save_button, self.save_print_button):
            button.setAccessibleName(button.text())
        self.save_button.clicked.connect(lambda: self.save(print_label=False))
        self.save_print_button.clicked.connect(lambda: self.save(print_label=True))
        for sequence in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(sequence), self, activated=lambda: self.save(print_label=True))
        for line in (
            self.name,
            self.price,
            self.weight,
            self.purchase_price,
            self.shelf,
            self.notes,
            self.barcode,
        ):
            line.returnPressed.connect(lambda: self.save(print_label=False))
        self.source.currentIndexChanged.connect(self._show_relevant_fields)
        self.stock_article.toggled.connect(self._show_relevant_fields)
        self._layout()
        self._show_relevant_fields()

    def _layout(self) -> None:
        form = QFormLayout()
        self._rows: dict[QWidget, QLabel] = {}
        for widget in (
            self.category,
            self.name,
            self.condition,
            self.price,
            self.weight,
            self.source,
            self.purchase_price,
            self.shelf,
            self.notes,
        ):
            label = QLabel(widget.accessibleName())
            label.setBuddy(widget)
            self._rows[widget] = label
            form.addRow(label, widget)
        stock = QHBoxLayout()
        stock.addWidget(self.stock_article)
        stock.addWidget(self.quantity)
        stock.addWidget(self.barcode, 1)
        form.addRow(stock)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.save_print_button)
        root = QVBoxLayout(self)
        root.addLayout(form)
        root.addLayout(buttons)
        root.addWidget(self.message)
        root.addWidget(self.last_saved)
        root.addStretch(1)

    def _show_relevant_fields(self) -> None:
        bought = self.source.currentData() == ItemSource.BOUGHT_PRIVATE
        self.purchase_price.setVisible(bought)
        self._rows[self.purchase_price].setVisible(bought)
        stock = self.stock_article.isChecked()
        self.quantity.setVisible(stock)
        self.barcode.setVisible(stock)
        self.condition.setEnabled(not stock)

    # --- reading the form -------------------------------------------------------

    def _fields(self) -> list[QWidget]:
        return [
            self.category,
            self.name,
            self.price,
            self.weight,
            self.purchase_price,
            self.barcode,
            self.quantity,
        ]

    def _widget_for(self, field: str) -> QWidget:
        return {
            "category": self.category,
            "name": self.name,
            "price": self.price,
            "weight": self.weight,
            "purchase_price": self.purchase_price,
            "barcode": self.barcode,
            "quantity": self.quantity,
            "shelf": self.shelf,
            "notes": self.notes,
        }.get(field, self.name)

    def read_draft(self) -> ItemDraft:
        """The form as a draft; raises InvalidInput naming the bad field."""
        # Qt hands enum data back as plain str; turn it into the enum again.
        source = ItemSource(self.source.currentData())
        stock = self.stock_article.isChecked()
        if self.category.currentIndex() < 0:
            raise InvalidInput("category", "", "choose a category")
        if not self.price.text().strip():
            raise InvalidInput("price", "", "a price is needed")
        purchase = None
        if source is ItemSource.BOUGHT_PRIVATE and self.purchase_price.text().strip():
            purchase = parse_kroner(self.purchase_price.text(), "purchase_price")
        return ItemDraft(
            category_id=self.category.currentData(),
            name=self.name.text(),
            price_ore=parse_kroner(self.price.text(), "price"),
            source=source,
            kind=ItemKind.STOCK if stock else ItemKind.UNIQUE,
            condition=None if stock else Condition(self.condition.currentData()),
            purchase_price_ore=purchase,
            weight_grams=parse_kilograms(self.weight.text(), "weight"),
            shelf=self.shelf.text(),
            notes=self.notes.text(),
            quantity=self.quantity.value() if stock else 1,
            manufacturer_barcode=self.barcode.text().strip() or None if stock else None,
        )

    # --- saving -------------------------------------------------------------------

    def save(self, print_label: bool) -> None:
        if self._saving:
            return  # a double Enter must not register the item twice
        clear_marks(self._fields(), self.message)
        try:
            draft = self.read_draft()
        except InvalidInput as error:
            self._show_invalid(error)
            return
        self._saving = True
        self._set_buttons_enabled(False)
        store, actor = self._store, self._actor
        self._tasks.run(
            lambda: register_item(store, actor, draft),
            lambda row: self._saved(row, print_label),
            self._failed,
        )

    def _saved(self, row: ItemRow, print_label: bool) -> None:
        self._saving = False
        self._set_buttons_enabled(True)
        self.last_saved.setText(
            self.tr("Registered {barcode}  {name}  {price}").format(
                barcode=row.barcode, name=row.name, price=format_kr(row.price_ore)
            )
        )
        for line in (
            self.name,
            self.price,
            self.weight,
            self.purchase_price,
            self.notes,
            self.barcode,
        ):
            line.clear()
        self.quantity.setValue(1)
        self.name.setFocus()
        self.registered.emit(row, print_label)

    def _failed(self, error: Exception) -> None:
        self._saving = False
        self._set_buttons_enabled(True)
        if isinstance(error, InvalidInput):
            self._show_invalid(error)
        else:
            self.message.setText(describe_error(error))

    def _show_invalid(self, error: InvalidInput) -> None:
        mark_invalid(self._widget_for(error.field), self.message, describe_invalid(error))

    def _set_buttons_enabled(self, enabled: bool) -> None:
        self.save_button.setEnabled(enabled)
        self.save_print_button.setEnabled(enabled)
