"""The wizard's store pages: SQLite on this machine or the centre's PostgreSQL,
'Test connection', and the page for a store that already holds a centre.

Next checks the store off the GUI thread first (``CheckedPage``): the page
answers False, the check runs, and a usable answer moves the wizard on.
"""

from __future__ import annotations

from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWizardPage,
)

from omigjen_pos.services.store_connection import (
    DEFAULT_PORT,
    CheckOutcome,
    ConnectionCheck,
    PostgresFields,
    check_connection,
    create_database,
    postgres_url,
    sqlite_url,
)
from omigjen_pos.ui.forms import error_label, named_line_edit
from omigjen_pos.ui.messages import describe_error
from omigjen_pos.ui.setup.rows import add_form_row
from omigjen_pos.ui.setup.state import PageId, SetupState
from omigjen_pos.ui.setup.texts import describe_check
from omigjen_pos.ui.tasks import TaskRunner


def show_result(label: QLabel, text: str, ok: bool) -> None:
    """The result line: green when the store can be used, red when not."""
    label.setObjectName("okMessage" if ok else "errorMessage")
    label.style().unpolish(label)
    label.style().polish(label)
    label.setText(text)


class CheckedPage(QWizardPage):
    """A page whose Next checks the chosen store first, off the GUI thread."""

    def __init__(self, state: SetupState, tasks: TaskRunner) -> None:
        super().__init__()
        self.state, self.tasks = state, tasks
        self.result = error_label(self.tr("Result"))
        self._checking = False
        self._passed: tuple[str, ConnectionCheck] | None = None

    def chosen_url(self) -> str | None:
        """The store the page's fields name, or None when there is none to check."""
        raise NotImplementedError

    def accepts(self, check: ConnectionCheck) -> bool:
        return check.usable

    def refusal(self, check: ConnectionCheck) -> str:
        return describe_check(check)

    @property
    def checking(self) -> bool:
        return self._checking

    def passed_check(self) -> ConnectionCheck | None:
        url = self.chosen_url()
        if self._passed is not None and self._passed[0] == url:
            return self._passed[1]
        return None

    def validatePage(self) -> bool:
        url = self.chosen_url()
        if url is None:
            return True
        check = self.passed_check()
        if check is not None:
            self.state.url, self.state.check = url, check
            return True
        if not self._checking:
            self.run_check(url, go_on=True)
        return False

    def isComplete(self) -> bool:
        return not self._checking and super().isComplete()

    def run_check(self, url: str, go_on: bool) -> None:
        self._set_checking(True)
        self.tasks.run(
            lambda: check_connection(url),
            lambda check: self.take_check(url, check, go_on),
            self._check_failed,
            owner=self,
        )

    def take_check(self, url: str, check: ConnectionCheck, go_on: bool) -> None:
        self._set_checking(False)
        ok = self.accepts(check)
        show_result(self.result, describe_check(check) if ok else self.refusal(check), ok)
        self.checked(check)
        if not ok:
            return
        self._passed = (url, check)
        if go_on and url == self.chosen_url() and self.wizard().currentPage() is self:
            self.wizard().next()  # unless the user went elsewhere meanwhile

    def checked(self, check: ConnectionCheck) -> None:
        """Hook: the page shows more of the answer (a button to create the database)."""

    def _check_failed(self, error: Exception) -> None:
        self._set_checking(False)
        show_result(self.result, describe_error(error), False)

    def _set_checking(self, checking: bool) -> None:
        self._checking = checking
        if checking:
            show_result(self.result, self.tr("Checking…"), True)
        self.completeChanged.emit()


class ChoicePage(CheckedPage):
    """A new centre in a SQLite file on this machine, or the centre's PostgreSQL."""

    def __init__(self, state: SetupState, tasks: TaskRunner, initial_sqlite: str | None) -> None:
        super().__init__(state, tasks)
        self.setTitle(self.tr("Set up Omigjen POS"))
        self.setSubTitle(self.tr("Where should the centre's sales, items and journal be kept?"))
        self.sqlite = QRadioButton(self.tr("A new centre on this machine (SQLite)"))
        self.sqlite.setAccessibleName(self.sqlite.text())
        self.postgres = QRadioButton(self.tr("Connect to the centre's PostgreSQL"))
        self.postgres.setAccessibleName(self.postgres.text())
        group = QButtonGroup(self)
        group.addButton(self.sqlite)
        group.addButton(self.postgres)
        self.file = named_line_edit(self.tr("Store file"))
        self.file.setText(initial_sqlite or state.new_file)
        self.choose_file = QPushButton(self.tr("Choose…"))
        self.choose_file.setAccessibleName(self.tr("Choose the store file"))
        self.choose_file.setAutoDefault(False)
        self.choose_file.clicked.connect(self._choose_file)
        self.sqlite.setChecked(True)
        for button in (self.sqlite, self.postgres):
            button.toggled.connect(self._choice_changed)
        self.file.textChanged.connect(self.completeChanged)
        self._layout()

    def _layout(self) -> None:
        file_row = QHBoxLayout()
        file_row.addWidget(QLabel(self.file.accessibleName()))
        file_row.addWidget(self.file, 1)
        file_row.addWidget(self.choose_file)
        sqlite_help = QLabel(
            self.tr(
                "For one till or a trial: everything is kept in one file on this machine. "
                "Back the file up every day."
            )
        )
        postgres_help = QLabel(
            self.tr(
                "For several tills sharing one store. You need the server's address, a user "
                "and a password from whoever runs the server."
            )
        )
        layout = QVBoxLayout(self)
        for widget in (self.sqlite, sqlite_help):
            layout.addWidget(widget)
        layout.addLayout(file_row)
        layout.addSpacing(16)
        for widget in (self.postgres, postgres_help):
            layout.addWidget(widget)
        for label in (sqlite_help, postgres_help):
            label.setWordWrap(True)
            label.setContentsMargins(28, 0, 0, 0)
        layout.addStretch(1)
        layout.addWidget(self.result)

    def chosen_url(self) -> str | None:
        return sqlite_url(self.file.text().strip()) if self.sqlite.isChecked() else None

    def accepts(self, check: ConnectionCheck) -> bool:
        return check.outcome in (CheckOutcome.EMPTY, CheckOutcome.NO_CENTRE)

    def refusal(self, check: ConnectionCheck) -> str:
        if check.outcome is CheckOutcome.HAS_CENTRE:
            return self.tr(
                "The file already holds the centre «{name}». Choose another file name for a "
                "new centre."
            ).format(name=check.centre_name)
        return describe_check(check)

    def isComplete(self) -> bool:
        has_file = self.postgres.isChecked() or bool(self.file.text().strip())
        return has_file and super().isComplete()

    def nextId(self) -> int:
        return PageId.POSTGRES if self.postgres.isChecked() else PageId.CENTRE

    def _choice_changed(self) -> None:
        self.file.setEnabled(self.sqlite.isChecked())
        self.choose_file.setEnabled(self.sqlite.isChecked())
        self.result.clear()
        self.completeChanged.emit()

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Store file"), self.file.text(), self.tr("SQLite store (*.sqlite3)")
        )
        if path:
            self.file.setText(path)


class PostgresPage(CheckedPage):
    """Host, port, database, user and password; 'Test connection' says what is wrong."""

    def __init__(
        self, state: SetupState, tasks: TaskRunner, initial: PostgresFields | None
    ) -> None:
        super().__init__(state, tasks)
        initial = initial or PostgresFields()
        self.setTitle(self.tr("The centre's PostgreSQL"))
        self.setSubTitle(
            self.tr("Type what the server's administrator gave you, then test the connection.")
        )
        self.host = named_line_edit(self.tr("Server (host)"), self.tr("e.g. server.omigjen.local"))
        self.port = named_line_edit(self.tr("Port"), str(DEFAULT_PORT))
        self.port.setValidator(QIntValidator(1, 65535, self))
        self.port.setText(str(initial.port))
        self.database = named_line_edit(self.tr("Database"))
        self.user = named_line_edit(self.tr("User"))
        self.password = named_line_edit(self.tr("Password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        for field, value in (
            (self.host, initial.host),
            (self.database, initial.database),
            (self.user, initial.user),
            (self.password, initial.password),
        ):
            field.setText(value)
            field.textChanged.connect(self._fields_changed)
        self.port.textChanged.connect(self._fields_changed)
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.setAccessibleName(self.test_button.text())
        self.test_button.setAutoDefault(False)
        self.test_button.clicked.connect(self.test_connection)
        self.create_button = QPushButton(self.tr("Create database"))
        self.create_button.setAccessibleName(self.create_button.text())
        self.create_button.setAutoDefault(False)
        self.create_button.clicked.connect(self.create_database)
        self.create_button.hide()
        self._layout()

    def _layout(self) -> None:
        form = QFormLayout()
        for field in (self.host, self.port, self.database, self.user, self.password):
            add_form_row(form, field)
        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.create_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.result)
        layout.addStretch(1)

    def fields(self) -> PostgresFields:
        return PostgresFields(
            host=self.host.text().strip(),
            port=int(self.port.text() or DEFAULT_PORT),
            database=self.database.text().strip(),
            user=self.user.text().strip(),
            password=self.password.text(),
        )

    def chosen_url(self) -> str | None:
        return postgres_url(self.fields())

    def isComplete(self) -> bool:
        fields = self.fields()
        return bool(fields.host and fields.database and fields.user) and super().isComplete()

    def nextId(self) -> int:
        check = self.passed_check()
        if check is not None and check.outcome is CheckOutcome.HAS_CENTRE:
            return PageId.EXISTING
        return PageId.CENTRE

    def test_connection(self) -> None:
        if self.isComplete():
            self.run_check(postgres_url(self.fields()), go_on=False)
        else:
            show_result(self.result, self.tr("Type the server, the database and the user."), False)

    def create_database(self) -> None:
        url = postgres_url(self.fields())
        self.create_button.setEnabled(False)
        self._set_checking(True)
        self.tasks.run(
            lambda: create_database(url),
            lambda check: self.take_check(url, check, go_on=False),
            self._check_failed,
            owner=self,
        )

    def checked(self, check: ConnectionCheck) -> None:
        missing = check.outcome is CheckOutcome.DATABASE_MISSING and check.can_create_database
        self.create_button.setVisible(missing)
        self.create_button.setEnabled(missing)

    def _fields_changed(self) -> None:
        self.create_button.hide()
        self.result.clear()
        self.completeChanged.emit()


class ExistingCentrePage(QWizardPage):
    """The store already holds a centre: Finish opens its login screen."""

    def __init__(self, state: SetupState) -> None:
        super().__init__()
        self.state = state
        self.setTitle(self.tr("The centre is already set up"))
        self.setSubTitle(self.tr("Nothing needs creating: Finish opens the login screen."))
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.message = error_label(self.tr("Message"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addStretch(1)
        layout.addWidget(self.message)

    def initializePage(self) -> None:
        check = self.state.check
        name = check.centre_name if check else ""
        text = self.tr(
            "The database at {server} holds the centre «{name}». This machine will use that "
            "database from now on."
        ).format(server=check.server if check else "", name=name)
        if check is not None and check.needs_upgrade:
            text += " " + self.tr("Its tables are upgraded to this version of Omigjen POS first.")
        self.text.setText(text)

    def nextId(self) -> int:
        return -1
