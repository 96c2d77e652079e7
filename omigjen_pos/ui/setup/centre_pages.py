"""The wizard's pages about the centre itself: name and address, tills per shop,
categories, the first manager, and the summary before Finish."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from html import escape

from PySide6.QtCore import QLocale
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from omigjen_pos.domain.default_categories import (
    DEFAULT_CATEGORIES,
    DefaultCategory,
    default_category,
)
from omigjen_pos.domain.orgnr import format_orgnr
from omigjen_pos.domain.pin import MAX_PIN_LENGTH, MIN_PIN_LENGTH
from omigjen_pos.domain.shops import MAX_TILLS_PER_SHOP, till_codes
from omigjen_pos.domain.vat import vat_code
from omigjen_pos.services.centre_setup import MAX_USER_NUMBER, CentreDraft, ShopDraft
from omigjen_pos.ui.forms import error_label, named_line_edit
from omigjen_pos.ui.setup.rows import add_form_row
from omigjen_pos.ui.setup.shops_page import ShopsPage
from omigjen_pos.ui.setup.state import SetupState


def category_name(category: DefaultCategory) -> str:
    """The category's name in the interface's language (categories carry both)."""
    bokmal = QLocale().language() == QLocale.Language.NorwegianBokmal
    return category.name_nb if bokmal else category.name_en


class CentrePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("The centre"))
        self.setSubTitle(
            self.tr("Its name, and the address printed on the receipts of every shop in it.")
        )
        self.name = named_line_edit(self.tr("Centre name"), self.tr("e.g. Omigjen ombrukssenter"))
        self.name.setMaxLength(120)
        self.address = named_line_edit(self.tr("Address"), self.tr("e.g. Gjenbruksveien 1"))
        self.address.setMaxLength(120)
        self.postal_code = named_line_edit(self.tr("Postal code"))
        self.postal_code.setMaxLength(8)
        self.city = named_line_edit(self.tr("City"))
        self.city.setMaxLength(60)
        self.name.textChanged.connect(self.completeChanged)
        form = QFormLayout(self)
        for field in (self.name, self.address, self.postal_code, self.city):
            add_form_row(form, field)

    def isComplete(self) -> bool:
        return bool(self.name.text().strip())


class TillsPage(QWizardPage):
    """How many tills each shop has; their codes follow from the shop's code."""

    def __init__(self, shops: ShopsPage) -> None:
        super().__init__()
        self.shops = shops
        self.setTitle(self.tr("Tills"))
        self.setSubTitle(
            self.tr("How many tills (cash registers) each shop has. Each till gets a code.")
        )
        self.counts: dict[str, QSpinBox] = {}
        self._kept: dict[str, int] = {}
        self._grid = QGridLayout()
        layout = QVBoxLayout(self)
        layout.addLayout(self._grid)
        layout.addStretch(1)

    def initializePage(self) -> None:
        self._kept.update({code: box.value() for code, box in self.counts.items()})
        while self._grid.count():
            widget = self._grid.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.counts.clear()
        for column, title in enumerate((self.tr("Shop"), self.tr("Tills"), self.tr("Till codes"))):
            heading = QLabel(title)
            heading.setObjectName("rowTitle")
            self._grid.addWidget(heading, 0, column)
        for row, shop in enumerate(self.shops.drafts(), start=1):
            count = QSpinBox()
            count.setRange(1, MAX_TILLS_PER_SHOP)
            count.setValue(self._kept.get(shop.code, 1))
            count.setAccessibleName(self.tr("Tills in {shop}").format(shop=shop.code))
            codes = QLabel()
            count.valueChanged.connect(
                lambda n, label=codes, code=shop.code: label.setText(", ".join(till_codes(code, n)))
            )
            codes.setText(", ".join(till_codes(shop.code, count.value())))
            self._grid.addWidget(QLabel(f"{shop.code} – {shop.name}"), row, 0)
            self._grid.addWidget(count, row, 1)
            self._grid.addWidget(codes, row, 2)
            self.counts[shop.code] = count
        self._grid.setColumnStretch(2, 1)
        if self.counts:
            next(iter(self.counts.values())).setFocus()

    def drafts(self) -> list[ShopDraft]:
        drafts = []
        for shop in self.shops.drafts():
            box = self.counts.get(shop.code)
            tills = box.value() if box is not None else self._kept.get(shop.code, 1)
            drafts.append(replace(shop, tills=tills))
        return drafts


class CategoriesPage(QWizardPage):
    """The default categories, ticked; the manager unticks what the centre does not sell."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Categories"))
        self.setSubTitle(
            self.tr(
                "What the centre's shops sell. Each category carries its VAT rate: used "
                "goods and repairs 25 %, books 0 %."
            )
        )
        self.boxes: dict[str, QCheckBox] = {}
        grid = QGridLayout()
        for index, category in enumerate(DEFAULT_CATEGORIES):
            box = QCheckBox(self._text(category))
            box.setAccessibleName(self._name(category))
            box.setChecked(True)
            box.toggled.connect(self.completeChanged)
            grid.addWidget(box, index % 5, index // 5)
            self.boxes[category.code] = box
        self.message = error_label(self.tr("Message"))
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addStretch(1)
        layout.addWidget(self.message)

    def _name(self, category: DefaultCategory) -> str:
        return category_name(category)

    def _text(self, category: DefaultCategory) -> str:
        rate = vat_code(category.vat_code).rate_bp // 100
        return self.tr("{name} ({rate} % VAT)").format(name=self._name(category), rate=rate)

    def chosen(self) -> tuple[str, ...]:
        return tuple(code for code, box in self.boxes.items() if box.isChecked())

    def isComplete(self) -> bool:
        complete = bool(self.chosen())
        self.message.setText("" if complete else self.tr("Choose at least one category."))
        return complete


class ManagerPage(QWizardPage):
    """The first manager: manager in every shop and centre administrator."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("The first manager"))
        self.setSubTitle(
            self.tr(
                "Manager of every shop and administrator of the centre. Logs in with the "
                "user number and the PIN."
            )
        )
        self.name = named_line_edit(self.tr("Name"), self.tr("e.g. Siri Senterleder"))
        self.name.setMaxLength(120)
        self.number = named_line_edit(self.tr("User number"), self.tr("e.g. 100"))
        self.number.setValidator(QIntValidator(1, MAX_USER_NUMBER, self))
        self.pin = named_line_edit(self.tr("PIN"), self.tr("4 to 8 digits"))
        self.pin_again = named_line_edit(self.tr("PIN again"))
        for field in (self.pin, self.pin_again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setMaxLength(MAX_PIN_LENGTH)
            field.setValidator(QIntValidator(0, 99_999_999, self))
        self.message = error_label(self.tr("Message"))
        for field in (self.name, self.number, self.pin, self.pin_again):
            field.textChanged.connect(self._changed)
        form = QFormLayout()
        for field in (self.name, self.number, self.pin, self.pin_again):
            add_form_row(form, field)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.message)

    def _problem(self) -> str:
        pin, again = self.pin.text(), self.pin_again.text()
        if pin and not (pin.isdigit() and MIN_PIN_LENGTH <= len(pin) <= MAX_PIN_LENGTH):
            return self.tr("A PIN is 4 to 8 digits.")
        if again and len(again) >= len(pin) and again != pin:
            return self.tr("The two PINs differ. Type the same PIN twice.")
        return ""

    def _changed(self) -> None:
        self.message.setText(self._problem())
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        number = self.number.text()
        return (
            bool(self.name.text().strip())
            and number.isdigit()
            and 1 <= int(number) <= MAX_USER_NUMBER
            and len(self.pin.text()) >= MIN_PIN_LENGTH
            and self.pin.text() == self.pin_again.text()
            and not self._problem()
        )


class SummaryPage(QWizardPage):
    """Everything at a glance; Finish creates the centre."""

    def __init__(self, state: SetupState, draft: Callable[[], CentreDraft]) -> None:
        super().__init__()
        self.state, self._draft = state, draft
        self.setTitle(self.tr("Ready to create the centre"))
        self.setSubTitle(self.tr("Check what will be created. Finish creates it."))
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setAccessibleName(self.tr("Summary"))
        self.message = error_label(self.tr("Message"))
        holder = QWidget()
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(holder, 1)
        layout.addWidget(self.message)

    def initializePage(self) -> None:
        self.message.clear()
        draft = self._draft()
        check = self.state.check
        shops = "".join(
            "<li>"
            + self.tr("{code} – {name}, org. number {org}{mva}; tills {tills}").format(
                code=escape(shop.code),
                name=escape(shop.name),
                org=format_orgnr(shop.org_number),
                mva=" MVA" if shop.vat_registered else "",
                tills=", ".join(till_codes(shop.code, shop.tills)),
            )
            + "</li>"
            for shop in draft.shops
        )
        address = ", ".join(p for p in (draft.address_line, draft.postal_code, draft.city) if p)
        rows = [
            (self.tr("Store"), escape(check.server if check else "")),
            (self.tr("Centre"), escape(draft.name + (f", {address}" if address else ""))),
            (self.tr("Shops"), f"<ul style='margin:0'>{shops}</ul>"),
            (
                self.tr("Categories"),
                escape(", ".join(category_name(default_category(c)) for c in draft.categories)),
            ),
            (
                self.tr("Manager"),
                escape(f"{draft.manager.name} ({draft.manager.number})"),
            ),
        ]
        self.text.setText(
            "<table cellspacing='6'>"
            + "".join(
                f"<tr><td valign='top'><b>{title}</b></td><td>{value}</td></tr>"
                for title, value in rows
            )
            + "</table>"
        )

    def nextId(self) -> int:
        return -1
