"""Settings of the shop (in the store, for every till of the shop): the receipt
footer, VAT registration, the cashiers' price-cut limit, whether cashiers may
take the X- and Z-reports, the markdown rules. Managers change their own shop,
centre admins choose any shop.

Only what was changed is sent, all in one save (services/shop_settings.py
journals each setting with its old and new value). Changing the VAT
registration asks first, with No as the default: it changes every receipt.
"""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from omigjen_pos.domain.errors import InvalidInput
from omigjen_pos.domain.markdowns import MarkdownRule
from omigjen_pos.domain.shop_settings import FOOTER_LINE_WIDTH, FOOTER_MAX_LINES, footer_lines
from omigjen_pos.services.actors import Actor
from omigjen_pos.services.shop_settings import (
    ShopChoice,
    ShopSettings,
    ShopSettingsChange,
    read_shop_settings,
    shops_to_administer,
    update_shop_settings,
)
from omigjen_pos.services.store_setup import Store
from omigjen_pos.ui.screens.settings.common import (
    StatusLine,
    describe_refusal,
    mark,
    save_cancel_row,
    unmark,
)
from omigjen_pos.ui.screens.settings.markdown_editor import MarkdownRulesEditor
from omigjen_pos.ui.tasks import TaskRunner


class ShopSettingsPage(QWidget):
    def __init__(
        self, store: Store, actor: Actor, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._store, self._actor, self._tasks = store, actor, tasks
        self.settings: ShopSettings | None = None
        self.vat_question: QMessageBox | None = None
        self.saves = 0  # answers shown; tests wait on it
        self.setAccessibleName(self.tr("The shop"))

        self.shop = QComboBox()
        self.shop.setAccessibleName(self.tr("Shop"))
        self.shop.addItem(actor.till.shop_name, actor.shop_id)
        self.shop.setVisible(actor.centre_admin)  # a centre admin chooses among every shop
        self.shop_name = QLabel(f"{actor.till.shop_name} ({actor.till.shop_code})")
        bold = self.shop_name.font()
        bold.setBold(True)
        self.shop_name.setFont(bold)
        self.shop_name.setVisible(not actor.centre_admin)
        self.footer = QPlainTextEdit()
        self.footer.setAccessibleName(self.tr("Receipt footer"))
        self.footer.setTabChangesFocus(True)
        self.footer.setPlaceholderText(self.tr("E.g. return policy and opening hours"))
        # Monospaced and as wide as the receipt's line: what fits here fits the paper.
        self.footer.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        metrics = self.footer.fontMetrics()
        self.footer.setFixedHeight(metrics.lineSpacing() * (FOOTER_MAX_LINES + 1) + 16)
        self.footer.setMinimumWidth(metrics.horizontalAdvance("M" * (FOOTER_LINE_WIDTH + 2)))
        self.footer_hint = QLabel()
        self.footer_hint.setAccessibleName(self.tr("Room left in the footer"))
        self.footer.textChanged.connect(self._show_footer_room)
        self.vat = QCheckBox(self.tr("VAT-registered: MVA after the org. number, VAT on sales"))
        self.vat.setAccessibleName(self.tr("VAT-registered"))
        self.limit = QDoubleSpinBox()
        self.limit.setAccessibleName(self.tr("Cashiers' price-cut limit"))
        self.limit.setDecimals(1)
        self.limit.setRange(0.0, 100.0)
        self.limit.setSuffix(" %")
        self.limit.setMaximumWidth(160)
        limit_note = QLabel(
            self.tr(
                "How much a cashier may take off a price (new price or discount) without "
                "a manager's PIN. 0 %: every cut needs a manager."
            )
        )
        limit_note.setWordWrap(True)
        self.close_day = QCheckBox(self.tr("Cashiers may take the X- and Z-reports"))
        self.close_day.setAccessibleName(self.tr("Cashiers may close the day"))
        self.markdowns = MarkdownRulesEditor()

        receipts = QGroupBox(self.tr("Receipts"))
        receipt_form = QFormLayout(receipts)
        receipt_form.addRow(self.tr("Footer"), self.footer)
        receipt_form.addRow("", self.footer_hint)
        receipt_form.addRow("", self.vat)
        cashiers = QGroupBox(self.tr("Cashiers"))
        cashier_form = QFormLayout(cashiers)
        cashier_form.addRow(self.tr("Price-cut limit"), self.limit)
        cashier_form.addRow("", limit_note)
        cashier_form.addRow("", self.close_day)
        markdowns = QGroupBox(self.tr("Markdowns for ageing stock"))
        QVBoxLayout(markdowns).addWidget(self.markdowns)

        self.message = StatusLine(self.tr("Message"))
        self.save_button = QPushButton(self.tr("Save"))
        self.cancel_button = QPushButton(self.tr("Undo changes"))
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.load)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Shop")))
        top.addWidget(self.shop)
        top.addWidget(self.shop_name)
        top.addStretch(1)
        root = QVBoxLayout(self)
        root.addLayout(top)
        root.addWidget(receipts)
        root.addWidget(cashiers)
        root.addWidget(markdowns)
        root.addStretch(1)
        root.addWidget(self.message)
        root.addLayout(save_cancel_row(self.save_button, self.cancel_button))
        self._set_busy(True)
        if actor.centre_admin:
            tasks.run(lambda: shops_to_administer(store, actor), self._list_shops, self._failed)
        self.load()

    # --- loading ---------------------------------------------------------------------------

    def _list_shops(self, shops: list[ShopChoice]) -> None:
        self.shop.blockSignals(True)
        self.shop.clear()
        for choice in shops:
            self.shop.addItem(f"{choice.name} ({choice.code})", choice.id)
        self.shop.blockSignals(False)
        self.shop.currentIndexChanged.connect(lambda _index: self.load())

    def shop_id(self) -> int:
        return int(self.shop.currentData())

    def load(self) -> None:
        """The form as the store says (Cancel: throw the edits away)."""
        self._clear()
        self._set_busy(True)
        store, actor, shop_id = self._store, self._actor, self.shop_id()
        self._tasks.run(lambda: read_shop_settings(store, actor, shop_id), self._show, self._failed)

    def _show(self, settings: ShopSettings) -> None:
        if settings.shop_id != self.shop_id():
            return  # an answer for a shop no longer chosen
        self.settings = settings
        self.footer.setPlainText(settings.receipt_footer)
        self.vat.setChecked(settings.vat_registered)
        self.limit.setValue(settings.cashier_price_cut_limit_bp / 100)
        self.close_day.setChecked(settings.cashiers_may_close_day)
        self.markdowns.set_rules(settings.markdown_rules)
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy)
        self.cancel_button.setEnabled(not busy)

    def _show_footer_room(self) -> None:
        lines = footer_lines(self.footer.toPlainText())
        longest = max((len(line) for line in lines), default=0)
        text = self.tr("{lines} of {max_lines} lines; longest line {longest} of {width} characters")
        self.footer_hint.setText(
            text.format(
                lines=len(lines),
                max_lines=FOOTER_MAX_LINES,
                longest=longest,
                width=FOOTER_LINE_WIDTH,
            )
        )
        too_much = len(lines) > FOOTER_MAX_LINES or longest > FOOTER_LINE_WIDTH
        self.footer_hint.setObjectName("errorMessage" if too_much else "")
        self.footer_hint.style().unpolish(self.footer_hint)
        self.footer_hint.style().polish(self.footer_hint)

    # --- saving ----------------------------------------------------------------------------

    def change(self) -> ShopSettingsChange:
        """What the form changes; raises InvalidInput for a rule that cannot be."""
        loaded = self.settings
        assert loaded is not None
        footer = self.footer.toPlainText()
        limit_bp = round(self.limit.value() * 100)
        rules: list[MarkdownRule] = self.markdowns.rules()
        return ShopSettingsChange(
            receipt_footer=footer if footer != loaded.receipt_footer else None,
            vat_registered=(
                self.vat.isChecked() if self.vat.isChecked() != loaded.vat_registered else None
            ),
            cashier_price_cut_limit_bp=(
                limit_bp if round(loaded.cashier_price_cut_limit_bp / 10) * 10 != limit_bp else None
            ),
            cashiers_may_close_day=(
                self.close_day.isChecked()
                if self.close_day.isChecked() != loaded.cashiers_may_close_day
                else None
            ),
            markdown_rules=rules if set(rules) != set(loaded.markdown_rules) else None,
        )

    def save(self) -> None:
        if self.settings is None:
            return
        self._clear()
        try:
            change = self.change()
        except InvalidInput as error:
            self._refused(error)
            return
        if change == ShopSettingsChange():
            self.message.show_ok(self.tr("Nothing to save: no setting was changed."))
            return
        if change.vat_registered is not None:
            self._ask_about_vat(change)
            return
        self._submit(change)

    def _ask_about_vat(self, change: ShopSettingsChange) -> None:
        shop = self.shop.currentText()
        if change.vat_registered:
            text = self.tr(
                "Mark {shop} as VAT-registered?\n\nFrom the next sale its receipts show MVA "
                "after the org. number and VAT is charged on every sale. Do this only when "
                "the shop is in the VAT register (Merverdiavgiftsregisteret)."
            )
        else:
            text = self.tr(
                "Mark {shop} as not VAT-registered?\n\nFrom the next sale its receipts show "
                "no MVA and no VAT is charged. Do this only when the shop is no longer in the "
                "VAT register (Merverdiavgiftsregisteret)."
            )
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("VAT registration"),
            text.format(shop=shop),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)  # a stray Enter changes nothing
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Yes, change it"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("No, keep it"))
        box.finished.connect(lambda result: self._vat_answered(result, change))
        box.finished.connect(box.deleteLater)
        self.vat_question = box
        box.open()

    def _vat_answered(self, result: int, change: ShopSettingsChange) -> None:
        self.vat_question = None
        if result == QMessageBox.StandardButton.Yes:
            self._submit(change)
        else:
            self.message.show_ok(self.tr("Nothing saved. Change the VAT box back or save again."))

    def _submit(self, change: ShopSettingsChange) -> None:
        self._set_busy(True)
        store, actor, shop_id = self._store, self._actor, self.shop_id()
        self._tasks.run(
            lambda: update_shop_settings(store, actor, change, shop_id),
            lambda saved: self._saved(saved, change),
            self._failed,
        )

    def _saved(self, settings: ShopSettings, change: ShopSettingsChange) -> None:
        self.saves += 1
        self._show(settings)
        parts = [self.tr("Saved for {shop}.").format(shop=settings.shop_name)]
        if change.receipt_footer is not None:
            parts.append(self.tr("New receipts carry the new footer."))
        if change.vat_registered is not None:
            parts.append(
                self.tr("Sales from now on are with VAT.")
                if settings.vat_registered
                else self.tr("Sales from now on are without VAT.")
            )
        if change.cashiers_may_close_day is not None:
            parts.append(self.tr("Cashiers see the change to the reports at their next login."))
        self.message.show_ok(" ".join(parts))

    def _failed(self, error: Exception) -> None:
        self.saves += 1
        self._set_busy(self.settings is None)
        self._refused(error)

    def _refused(self, error: Exception) -> None:
        fields = {
            "receipt_footer": self.footer,
            "cashier_price_cut_limit": self.limit,
            "markdown_rules": self.markdowns,
        }
        field = fields.get(error.field) if isinstance(error, InvalidInput) else None
        if field is not None:
            mark(field)
        self.message.show_problem(describe_refusal(error))

    def _clear(self) -> None:
        unmark([self.footer, self.limit, self.markdowns])
        self.message.clear()
