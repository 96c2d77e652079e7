"""The set-up wizard: from an empty store (or none) to a centre ready to log in.

Pages: where the store lives (SQLite here, or the centre's PostgreSQL with
'Test connection'), the centre, its shops, tills, categories, the first manager,
a summary. A PostgreSQL store that already holds a centre skips to a page whose
Finish just opens it. Finish builds or upgrades the schema and creates the
centre off the GUI thread; ``completed`` hands the opened store on.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget, QWizard

from omigjen_pos.services.centre_setup import CentreDraft, ManagerDraft, create_centre
from omigjen_pos.services.store_connection import postgres_fields, prepare_store, sqlite_path
from omigjen_pos.services.store_setup import Store
from omigjen_pos.ui.setup.centre_pages import (
    CategoriesPage,
    CentrePage,
    ManagerPage,
    SummaryPage,
    TillsPage,
)
from omigjen_pos.ui.setup.shops_page import ShopsPage
from omigjen_pos.ui.setup.state import PageId, SetupState
from omigjen_pos.ui.setup.store_pages import ChoicePage, ExistingCentrePage, PostgresPage
from omigjen_pos.ui.setup.texts import describe_setup_error
from omigjen_pos.ui.tasks import TaskRunner


class SetupWizard(QWizard):
    completed = Signal(object, str)  # the opened Store, its URL

    def __init__(
        self, initial_url: str | None, new_file: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.tasks = TaskRunner(self)
        self.state = SetupState(new_file=new_file)
        self.store: Store | None = None  # once Finish has opened it
        self._finishing = False
        self.setWindowTitle(self.tr("Omigjen POS – set-up"))
        self.setAccessibleName(self.tr("Set-up"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        for button, text in (
            (QWizard.WizardButton.BackButton, self.tr("< Back")),
            (QWizard.WizardButton.NextButton, self.tr("Next >")),
            (QWizard.WizardButton.FinishButton, self.tr("Finish")),
            (QWizard.WizardButton.CancelButton, self.tr("Cancel")),
        ):
            self.setButtonText(button, text)
            self.button(button).setAccessibleName(text.strip("<> "))
        self.resize(980, 700)
        initial_sqlite = sqlite_path(initial_url) if initial_url else None
        initial_postgres = postgres_fields(initial_url) if initial_url else None
        self.choice = ChoicePage(self.state, self.tasks, initial_sqlite)
        self.choice.postgres.setChecked(initial_postgres is not None)
        self.postgres = PostgresPage(self.state, self.tasks, initial_postgres)
        self.centre = CentrePage()
        self.shops = ShopsPage()
        self.tills = TillsPage(self.shops)
        self.categories = CategoriesPage()
        self.manager = ManagerPage()
        self.summary = SummaryPage(self.state, self.draft)
        self.existing = ExistingCentrePage(self.state)
        for page_id, page in (
            (PageId.CHOICE, self.choice),
            (PageId.POSTGRES, self.postgres),
            (PageId.CENTRE, self.centre),
            (PageId.SHOPS, self.shops),
            (PageId.TILLS, self.tills),
            (PageId.CATEGORIES, self.categories),
            (PageId.MANAGER, self.manager),
            (PageId.SUMMARY, self.summary),
            (PageId.EXISTING, self.existing),
        ):
            self.setPage(page_id, page)
        self.setStartId(PageId.CHOICE)

    def draft(self) -> CentreDraft:
        return CentreDraft(
            name=self.centre.name.text().strip(),
            address_line=self.centre.address.text().strip(),
            postal_code=self.centre.postal_code.text().strip(),
            city=self.centre.city.text().strip(),
            shops=tuple(self.tills.drafts()),
            categories=self.categories.chosen(),
            manager=ManagerDraft(
                number=int(self.manager.number.text() or 0),
                name=self.manager.name.text().strip(),
                pin=self.manager.pin.text(),
            ),
        )

    # --- Finish: off the GUI thread ------------------------------------------------

    def validateCurrentPage(self) -> bool:
        if self.currentId() not in (PageId.SUMMARY, PageId.EXISTING):
            return super().validateCurrentPage()
        if self.store is not None:
            return True  # the job is done: let the wizard close
        if not self._finishing:
            self._start_finish()
        return False

    def _start_finish(self) -> None:
        url = self.state.url
        assert url is not None, "the store page set it"
        new_centre = self.currentId() == PageId.SUMMARY
        draft = self.draft() if new_centre else None
        page = self.summary if new_centre else self.existing
        page.message.setObjectName("okMessage")
        page.message.setText(
            self.tr("Creating the centre…") if new_centre else self.tr("Opening the store…")
        )
        self._set_finishing(True)

        def finish() -> Store:
            store = prepare_store(url)
            try:
                if draft is not None:
                    create_centre(store, draft)
            except BaseException:
                store.close()
                raise
            return store

        self.tasks.run(finish, lambda store: self._finished(store, url), self._failed, owner=self)

    def _finished(self, store: Store, url: str) -> None:
        self.store = store
        self._set_finishing(False)
        self.completed.emit(store, url)
        self.accept()

    def _failed(self, error: Exception) -> None:
        self._set_finishing(False)
        page = self.summary if self.currentId() == PageId.SUMMARY else self.existing
        page.message.setObjectName("errorMessage")
        page.message.setText(describe_setup_error(error))

    def _set_finishing(self, finishing: bool) -> None:
        self._finishing = finishing
        for button in (
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.CancelButton,
        ):
            self.button(button).setEnabled(not finishing)
        for page in (self.summary, self.existing):
            page.message.style().unpolish(page.message)
            page.message.style().polish(page.message)

    def reject(self) -> None:
        if self._finishing:
            return  # the store is being built; Esc must not leave it half-opened
        super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._finishing and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return
        super().keyPressEvent(event)
