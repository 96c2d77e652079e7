"""What else happens at the counter: finding an item by name, a price check, a
return, cash in and out of the drawer, looking up a voucher for payment, and
closing the day (X- and Z-reports, managers)."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject

from omigjen_pos.domain.errors import InvalidState, PrinterError, StoreUnavailable
from omigjen_pos.domain.money import format_kr
from omigjen_pos.services.checkout.drawer import record_no_sale, record_pay_in, record_pay_out
from omigjen_pos.services.checkout.lookup import find_sellable, look_up_price
from omigjen_pos.services.checkout.returns import (
    ItemDestination,
    find_sales_for_return,
    record_return,
)
from omigjen_pos.services.checkout.views import SaleSummary
from omigjen_pos.services.checkout.vouchers import voucher_balance
from omigjen_pos.services.inventory.rows import ItemRow
from omigjen_pos.services.receipt_output import produce_report
from omigjen_pos.services.reports.day_report import x_report, z_report
from omigjen_pos.ui.messages import describe_error
from omigjen_pos.ui.screens.checkout.cash_dialog import NO_SALE, PAY_IN, CashDialog
from omigjen_pos.ui.screens.checkout.day_close_dialog import DayCloseDialog
from omigjen_pos.ui.screens.checkout.item_search_dialog import ItemSearchDialog
from omigjen_pos.ui.screens.checkout.payment_dialog import PaymentDialog
from omigjen_pos.ui.screens.checkout.return_dialog import ReturnDialog


class CounterActions(QObject):
    """Owned by the checkout screen."""

    def __init__(self, screen) -> None:
        super().__init__(screen)
        self._screen = screen
        self.price_check_pending = False
        self.dialog = None
        self._pending_return: tuple | None = None  # sent again, same UUID, after an outage

    def _open(self, dialog) -> None:
        # open(), not exec(): no nested event loop, so the store's answers keep coming.
        dialog.finished.connect(lambda _result: self._screen.scan_field.setFocus())
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    # --- finding an item ------------------------------------------------------------

    def ask_search(self) -> None:
        store, actor = self._screen.store, self._screen.actor
        dialog = ItemSearchDialog(
            lambda text: find_sellable(store, actor, text), self._screen.tasks, self._screen
        )
        dialog.chosen.connect(self._screen.scan)
        self._open(dialog)

    def start_price_check(self) -> None:
        """The next scan shows the price instead of selling the item."""
        self.price_check_pending = True
        self._screen.last_item.setText(self.tr("Price check: scan the item."))
        self._screen.scan_field.setFocus()

    def check_price(self, barcode: str) -> None:
        self.price_check_pending = False
        store, actor = self._screen.store, self._screen.actor
        self._screen.tasks.run(
            lambda: look_up_price(store, actor, barcode), self._show_price, self._screen.show_error
        )

    def _show_price(self, row: ItemRow) -> None:
        text = self.tr("Price check: {name}\n{price}").format(
            name=row.name, price=format_kr(row.price_ore)
        )
        if row.price_ore < row.list_price_ore:
            text += "  " + self.tr("(label {price})").format(price=format_kr(row.list_price_ore))
        self._screen.last_item.setText(text)

    # --- returns ---------------------------------------------------------------------

    def ask_return(self) -> None:
        if self._screen.basket is not None or self._screen.busy:
            self._screen.message.setText(self.tr("Finish or park this sale before a return."))
            return
        store, actor = self._screen.store, self._screen.actor
        dialog = ReturnDialog(
            lambda typed: find_sales_for_return(store, actor, typed, self._screen.training),
            self._screen.tasks,
            self._screen,
        )
        dialog.requested.connect(self._record_return)
        self._open(dialog)

    def _record_return(
        self,
        sale_id: int,
        line_ids: list,
        method: str,
        destination: str,
        reference: str,
        return_uuid: str,
    ) -> None:
        self._pending_return = (sale_id, line_ids, method, destination, reference, return_uuid)
        screen = self._screen
        store, actor, training = screen.store, screen.actor, screen.training
        screen.tasks.run(
            lambda: record_return(
                store,
                actor,
                return_uuid,
                sale_id,
                line_ids,
                method,
                ItemDestination(destination),
                reference,
                training,
            ),
            lambda refund: self._returned(refund, method == "cash"),
            self._return_failed,
        )

    def retry_pending_return(self) -> None:
        """The store is back: the return that could not be recorded is sent again
        with its UUID, so it is recorded once even if the first try landed."""
        if self._pending_return is not None:
            self._record_return(*self._pending_return)

    def _return_failed(self, error: Exception) -> None:
        if not isinstance(error, StoreUnavailable):
            self._pending_return = None
        self._screen.show_error(error)

    def _returned(self, refund: SaleSummary, cash: bool) -> None:
        self._pending_return = None
        paid_out = format_kr(-(refund.total_ore + refund.rounding_ore))
        text = self.tr("Return receipt {number}: {amount} back to the customer.").format(
            number=refund.receipt_number, amount=paid_out
        )
        if refund.voucher_code:
            text += "\n" + self.tr(
                "Tilgodelapp code {code}: write it down for the customer."
            ).format(code=refund.voucher_code)
        self._screen.last_item.setText(text)
        self._screen.message.clear()
        self._screen.receipts.after_sale(refund, cash)  # the Returkvittering (N15)
        self._screen.sale_completed.emit(refund)

    # --- the cash drawer ---------------------------------------------------------------

    def ask_cash(self) -> None:
        dialog = CashDialog(self._screen)
        dialog.chosen.connect(self._record_cash)
        self._open(dialog)

    def _record_cash(self, kind: str, amount_ore: int, reason: str) -> None:
        store, actor = self._screen.store, self._screen.actor
        if kind == NO_SALE:
            call, done = (
                lambda: record_no_sale(store, actor, reason),
                self.tr("Drawer opened without a sale: {reason}.").format(reason=reason),
            )
        else:
            record = record_pay_in if kind == PAY_IN else record_pay_out
            call = lambda: record(store, actor, amount_ore, reason)  # noqa: E731
            done = (
                self.tr("Pay-in of {amount} recorded.")
                if kind == PAY_IN
                else self.tr("Pay-out of {amount} recorded.")
            ).format(amount=format_kr(amount_ore))
        self._screen.tasks.run(call, lambda _none: self._cash_recorded(done), self._cash_failed)

    def _cash_failed(self, error: Exception) -> None:
        self._screen.show_error(error)
        if isinstance(error, StoreUnavailable):
            # Not sent again by itself: a cash movement has no key that would
            # make a second try harmless, so the cashier decides.
            self._screen.message.setText(
                self.tr(
                    "The cash movement was not recorded. When the database is back, "
                    "check the journal and record it again if it is missing."
                )
            )

    def _cash_recorded(self, done: str) -> None:
        self._screen.last_item.setText(done)
        self._screen.receipts.open_drawer()  # recorded first, then the drawer opens

    # --- vouchers at payment -------------------------------------------------------------

    def look_up_voucher(self, dialog: PaymentDialog, code: str) -> None:
        store, actor = self._screen.store, self._screen.actor
        self._screen.tasks.run(
            lambda: voucher_balance(store, actor, code),
            dialog.show_voucher,  # bound methods: dropped if the dialog is gone meanwhile
            dialog.voucher_failed,
        )

    # --- closing the day ---------------------------------------------------------------

    def ask_day_close(self) -> None:
        """Managers (and cashiers where the shop allows it): the X-report, the
        count, the Z-report (between sales)."""
        screen = self._screen
        if screen.basket is not None or screen.busy:
            screen.message.setText(self.tr("Finish or park this sale before closing the day."))
            return
        dialog = DayCloseDialog(screen)
        store, actor = screen.store, screen.actor
        dialog.z_requested.connect(lambda counted: self._take_z(dialog, counted))
        self._open(dialog)
        screen.tasks.run(lambda: x_report(store, actor), dialog.show_report, dialog_error(dialog))

    def _take_z(self, dialog: DayCloseDialog, counted_ore: int) -> None:
        screen = self._screen
        store, actor, output = screen.store, screen.actor, screen.receipts.output

        def close_and_print():
            report = z_report(store, actor, counted_ore)
            try:
                path = produce_report(report, output)
            except (PrinterError, OSError) as error:  # the day is closed; paper can follow
                return report, error
            return report, path

        screen.tasks.run(
            close_and_print,
            lambda done: self._z_taken(dialog, *done),
            dialog_error(dialog),
            owner=dialog,
        )

    def _z_taken(self, dialog: DayCloseDialog, report, printed) -> None:
        dialog.show_report(report)
        if isinstance(printed, PrinterError | OSError):
            dialog.refused(
                self.tr(
                    "Z-report {number} is taken, but the printer did not print it: {error}"
                ).format(number=report.number, error=printed)
            )
        elif printed is not None:
            dialog.message.setText(
                self.tr("Z-report {number} saved as PDF: {path}").format(
                    number=report.number, path=str(printed)
                )
            )
        self._screen.last_item.setText(
            self.tr("Day closed: Z-report {number}.").format(number=report.number)
        )


def dialog_error(dialog: DayCloseDialog):
    """Errors shown in the dialog, in words; dropped if the dialog is gone."""

    def show(error: Exception) -> None:
        if shiboken6.isValid(dialog):
            if isinstance(error, InvalidState) and error.what == "Z-report":
                dialog.refused(
                    QCoreApplication.translate(
                        "CounterActions", "This till's Z-report for today is already taken."
                    )
                )
            else:
                dialog.refused(describe_error(error))

    return show
