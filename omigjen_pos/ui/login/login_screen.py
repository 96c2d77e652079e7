"""The first thing everyone sees: pick yourself (or type your number), enter the PIN.

The PIN check is slow on purpose (scrypt), so it runs through the TaskRunner;
the screen shows it is working and stays responsive.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from omigjen_pos.domain.errors import UserLocked
from omigjen_pos.services import users
from omigjen_pos.services.actors import Actor, TillInfo
from omigjen_pos.services.store_setup import Store
from omigjen_pos.ui.login.keypad import NumericKeypad
from omigjen_pos.ui.messages import describe_error
from omigjen_pos.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from omigjen_pos.services.demo import DemoLoginHint  # loaded only for a demo store

_NUMBER_ROLE = Qt.ItemDataRole.UserRole


class LoginScreen(QWidget):
    logged_in = Signal(object)  # Actor

    def __init__(
        self,
        store: Store,
        tasks: TaskRunner,
        tills: list[TillInfo],
        fixed_till: TillInfo | None,
        demo_hints: list[DemoLoginHint],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._tasks = tasks
        self._tills = tills
        self._load_serial = 0
        self._checking_pin = False
        self.setAccessibleName(self.tr("Log in"))

        title = QLabel(self.tr("Omigjen POS"))
        title.setObjectName("appTitle")
        self.till_label = QLabel()
        self.till_label.setObjectName("tillLabel")
        self.till_choice = QComboBox()
        self.till_choice.setAccessibleName(self.tr("Till"))
        for till in tills:
            self.till_choice.addItem(f"{till.shop_name} – {till.name} ({till.code})", till.code)
        if fixed_till is not None:
            self.till_choice.setCurrentIndex(self.till_choice.findData(fixed_till.code))
        # A till configured in the settings is fixed; a trial or demo may pick one.
        self.till_choice.setVisible(fixed_till is None)
        self.till_label.setVisible(fixed_till is not None)
        self.till_choice.currentIndexChanged.connect(self.reload_users)

        self.user_list = QListWidget()
        self.user_list.setObjectName("userList")
        self.user_list.setAccessibleName(self.tr("Users"))
        self.user_list.currentItemChanged.connect(self._user_picked)
        self.user_list.itemActivated.connect(lambda _item: self.pin_field.setFocus())
        self.number_field = QLineEdit()
        self.number_field.setAccessibleName(self.tr("User number"))
        self.number_field.setPlaceholderText(self.tr("or type your user number"))
        self.number_field.setValidator(QIntValidator(1, 999_999, self))
        self.number_field.textEdited.connect(self._number_typed)
        self.number_field.returnPressed.connect(lambda: self.pin_field.setFocus())

        self.pin_field = QLineEdit()
        self.pin_field.setAccessibleName(self.tr("PIN"))
        self.pin_field.setPlaceholderText(self.tr("PIN"))
        self.pin_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_field.setMaxLength(8)
        self.pin_field.setValidator(QIntValidator(0, 99_999_999, self))
        self.pin_field.returnPressed.connect(self.submit)
        self.keypad = NumericKeypad()
        self.keypad.digit_pressed.connect(self.pin_field.insert)
        self.keypad.backspace_pressed.connect(self.pin_field.backspace)
        self.keypad.enter_pressed.connect(self.submit)
        self.message = QLabel()
        self.message.setObjectName("errorMessage")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))

        self._layout(title, demo_hints)
        self.setTabOrder(self.user_list, self.number_field)
        self.setTabOrder(self.number_field, self.pin_field)
        self.reload_users()

    def _layout(self, title: QLabel, demo_hints: list[DemoLoginHint]) -> None:
        who = QVBoxLayout()
        who.addWidget(QLabel(self.tr("Who are you?")))
        who.addWidget(self.user_list, 1)
        who.addWidget(self.number_field)
        pin = QVBoxLayout()
        pin.addWidget(QLabel(self.tr("PIN")))
        pin.addWidget(self.pin_field)
        pin.addWidget(self.keypad, 1)
        pin.addWidget(self.message)
        columns = QHBoxLayout()
        columns.addLayout(who, 3)
        columns.addLayout(pin, 2)
        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(self.till_label)
        header.addWidget(self.till_choice)
        root = QVBoxLayout(self)
        root.addLayout(header)
        root.addLayout(columns, 1)
        if demo_hints:
            root.addWidget(self._demo_panel(demo_hints))

    def _demo_panel(self, hints: list[DemoLoginHint]) -> QFrame:
        panel = QFrame()
        panel.setObjectName("demoPanel")
        panel.setAccessibleName(self.tr("Demo users and PINs"))
        grid = QGridLayout(panel)
        grid.addWidget(QLabel(self.tr("Demo centre: log in as any of these users")), 0, 0, 1, 8)
        for index, hint in enumerate(hints):
            row, column = 1 + index // 2, (index % 2) * 4
            shops = ", ".join(hint.shop_codes) or self.tr("all shops")
            grid.addWidget(QLabel(str(hint.number)), row, column)
            grid.addWidget(QLabel(hint.name), row, column + 1)
            grid.addWidget(QLabel(self.tr("PIN {pin}").format(pin=hint.pin)), row, column + 2)
            grid.addWidget(QLabel(shops), row, column + 3)
        return panel

    # --- state ---------------------------------------------------------------

    @property
    def till_code(self) -> str:
        return self.till_choice.currentData()

    def current_till(self) -> TillInfo:
        return next(t for t in self._tills if t.code == self.till_code)

    def reload_users(self) -> None:
        till = self.current_till()
        self.till_label.setText(
            self.tr("{shop} – {till} ({code})").format(
                shop=till.shop_name, till=till.name, code=till.code
            )
        )
        self.user_list.clear()
        self.pin_field.clear()
        self._load_serial += 1
        serial = self._load_serial
        self._tasks.run(
            lambda: users.list_login_users(self._store, till.code),
            lambda found: self._show_users(serial, found),
            self.show_error,
        )

    def _show_users(self, serial: int, login_users: list[users.LoginUser]) -> None:
        if serial != self._load_serial:
            return  # the list of a till chosen earlier, answered late
        self.user_list.clear()
        for user in login_users:
            text = f"{user.name}   ·   {user.number}"
            if user.locked:
                text += "   " + self.tr("(locked)")
            item = QListWidgetItem(text)
            item.setData(_NUMBER_ROLE, user.number)
            self.user_list.addItem(item)
        self.user_list.setCurrentRow(-1)
        # The number field, not the list: a focused list makes its first user current,
        # which would preselect someone and glue typed digits onto their number.
        self.number_field.clear()
        self.number_field.setFocus()

    def _user_picked(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.number_field.setText(str(item.data(_NUMBER_ROLE)))
            self.message.clear()

    def _number_typed(self, text: str) -> None:
        for row in range(self.user_list.count()):
            item = self.user_list.item(row)
            if str(item.data(_NUMBER_ROLE)) == text:
                self.user_list.setCurrentItem(item)
                return
        self.user_list.setCurrentItem(None)

    # --- logging in ------------------------------------------------------------

    def submit(self) -> None:
        if self._checking_pin:
            return  # a double Enter while the PIN is being checked
        if not self.number_field.text():
            self._show_message(self.tr("Choose your name in the list or type your user number."))
            return
        if not self.pin_field.text():
            self._show_message(self.tr("Type your PIN."))
            self.pin_field.setFocus()
            return
        number, pin, till_code = (
            int(self.number_field.text()),
            self.pin_field.text(),
            self.till_code,
        )
        self.message.setText(self.tr("Checking…"))
        self._checking_pin = True
        self._tasks.run(
            lambda: users.login(self._store, till_code, number, pin),
            self._logged_in,
            self._login_failed,
        )

    def _logged_in(self, actor: Actor) -> None:
        self._checking_pin = False
        self.pin_field.clear()
        self.message.clear()
        self.logged_in.emit(actor)

    def _login_failed(self, error: Exception) -> None:
        self._checking_pin = False
        self.pin_field.clear()
        self.pin_field.setFocus()
        self.show_error(error)
        if isinstance(error, UserLocked):
            self.reload_users()

    def show_error(self, error: Exception) -> None:
        self._show_message(describe_error(error))

    def _show_message(self, text: str) -> None:
        QApplication.beep()
        self.message.setText(text)

    def reset(self) -> None:
        """Back to a clean screen after someone logs out."""
        self.reload_users()
        self.message.clear()
