"""Changing the chosen line or the whole basket: quantity, price, discounts.

Each change goes to the store off the GUI thread. One the store refuses as a
price cut beyond the cashier's limit opens the manager's PIN dialog, and the
same change is sent again with the approval; the cashier never types it twice.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from omigjen_pos.domain.errors import ApprovalNeeded, InvalidInput
from omigjen_pos.domain.money import format_amount, parse_kroner
from omigjen_pos.domain.price_cuts import parse_discount
from omigjen_pos.services.checkout.line_changes import (
    discount_basket,
    discount_line,
    override_price,
    remove_line,
    set_quantity,
)
from omigjen_pos.services.checkout.views import BasketLineView, BasketView
from omigjen_pos.services.users import Approval, approve
from omigjen_pos.ui.screens.checkout.approval_dialog import ApprovalDialog
from omigjen_pos.ui.screens.checkout.value_dialog import ValueDialog

Change = Callable[[Approval | None], BasketView]


def _quantity(text: str) -> int:
    typed = text.strip()
    # ASCII only: str.isdigit() also passes "²" (which int() refuses) and other
    # scripts' digits; and short, as a pasted page of digits makes int() raise.
    plain = typed.isascii() and typed.isdigit() and len(typed) <= 9
    if not plain or not 1 <= int(typed) <= 9999:
        raise InvalidInput("quantity", typed[:20], "a whole number from 1 to 9999")
    return int(typed)


def _price(text: str) -> int:
    price = parse_kroner(text, "price")
    if price < 0:
        raise InvalidInput("price", text, "not an amount in kroner")
    return price


class LineActions(QObject):
    """Owned by the checkout screen; works on its basket and chosen line."""

    def __init__(self, screen) -> None:
        super().__init__(screen)
        self._screen = screen
        self.dialog: ValueDialog | ApprovalDialog | None = None

    # --- what the keys do ---------------------------------------------------------

    def ask_quantity(self) -> None:
        line = self._chosen_line()
        if line is None:
            return
        if not line.stock_article:
            self._screen.message.setText(self.tr("A one-off item is always one."))
            return
        self._ask(
            self.tr("Quantity"),
            self.tr("How many of {name}?").format(name=line.name),
            self.tr("e.g. 3"),
            _quantity,
            lambda quantity: self._send(
                lambda approval: set_quantity(*self._who(), line.id, quantity, approval)
            ),
            str(line.quantity),
        )

    def ask_price(self) -> None:
        line = self._chosen_line()
        if line is None:
            return
        self._ask(
            self.tr("New price"),
            self.tr("Price per item for {name}, in kroner").format(name=line.name),
            self.tr("e.g. 80"),
            _price,
            lambda price: self._send(
                lambda approval: override_price(*self._who(), line.id, price, approval)
            ),
            format_amount(line.unit_price_ore),
        )

    def ask_line_discount(self) -> None:
        line = self._chosen_line()
        if line is None:
            return
        self._ask(
            self.tr("Discount on the line"),
            self.tr("Discount on {name}: 10 % or kroner").format(name=line.name),
            self.tr("e.g. 10 % or 50"),
            parse_discount,
            lambda discount: self._send(
                lambda approval: discount_line(*self._who(), line.id, discount, approval)
            ),
        )

    def remove_chosen(self) -> None:
        """F4: a line correction; the sale discount's shares move to the other lines,
        so a manager may have to approve what they come to."""
        line = self._chosen_line()
        if line is not None:
            self._send(lambda approval: remove_line(*self._who(), line.id, approval))

    def ask_basket_discount(self) -> None:
        if not self._screen.basket or not self._screen.basket.lines:
            return
        self._ask(
            self.tr("Discount on the sale"),
            self.tr("Discount on the whole sale: 10 % or kroner"),
            self.tr("e.g. 10 % or 50"),
            parse_discount,
            lambda discount: self._send(
                lambda approval: discount_basket(*self._who(), discount, approval)
            ),
        )

    # --- plumbing -----------------------------------------------------------------

    def _who(self):
        screen = self._screen
        return screen.store, screen.actor, screen.basket.id

    def _chosen_line(self) -> BasketLineView | None:
        screen = self._screen
        if screen.basket is None or not screen.basket.lines or screen.busy:
            return None
        rows = screen.table.selectionModel().selectedRows()
        return screen.model.line(rows[0].row() if rows else len(screen.basket.lines) - 1)

    def _ask(self, title, label, hint, parse, then, initial: str = "") -> None:
        dialog = ValueDialog(title, label, hint, parse, self._screen, initial)
        dialog.chosen.connect(then)
        self._open(dialog)

    def _open(self, dialog) -> None:
        # open(), not exec(): no nested event loop, so the store's answers keep coming.
        dialog.finished.connect(lambda _result: self._screen.scan_field.setFocus())
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def _send(self, change: Change, approval: Approval | None = None) -> None:
        self._screen.tasks.run(
            lambda: change(approval),
            self._screen.show_changed_basket,
            lambda error: self._refused(change, error),
        )

    def _refused(self, change: Change, error: Exception) -> None:
        if not isinstance(error, ApprovalNeeded):
            self._screen.show_error(error)
            return
        why = self.tr(
            "A cut of {cut} % is more than a cashier may give ({limit} %). "
            "A manager approves with their number and PIN."
        ).format(cut=f"{error.cut_bp / 100:g}", limit=f"{error.limit_bp / 100:g}")
        store, actor = self._screen.store, self._screen.actor
        dialog = ApprovalDialog(
            why,
            lambda number, pin: approve(store, actor, number, pin),
            self._screen.tasks,
            self._screen,
        )
        dialog.approved.connect(lambda approval: self._send(change, approval))
        self._open(dialog)
