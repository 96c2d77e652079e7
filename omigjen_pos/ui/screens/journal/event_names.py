"""Translated names of the journal's kinds of event, and the groups the event
filter offers first (all receipts, all reports, logins)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from omigjen_pos.domain.journal_events import EventType

translate = QCoreApplication.translate

RECEIPTS = (
    EventType.SALES_RECEIPT,
    EventType.RETURN_RECEIPT,
    EventType.COPY_RECEIPT,
    EventType.PROVISIONAL_RECEIPT,
    EventType.DELIVERY_RECEIPT,
    EventType.TRAINING_RECEIPT,
)
REPORTS = (EventType.X_REPORT, EventType.Z_REPORT, EventType.REPORT_COPY)
LOGINS = (
    EventType.LOGIN,
    EventType.LOGOUT,
    EventType.LOGIN_FAILED,
    EventType.USER_LOCKED,
    EventType.USER_UNLOCKED,
)


def event_text(event: EventType) -> str:
    return {
        EventType.APP_START: translate("JournalEvents", "Program started"),
        EventType.APP_STOP: translate("JournalEvents", "Program stopped"),
        EventType.LOGIN: translate("JournalEvents", "Login"),
        EventType.LOGOUT: translate("JournalEvents", "Logout"),
        EventType.LOGIN_FAILED: translate("JournalEvents", "Wrong PIN"),
        EventType.USER_LOCKED: translate("JournalEvents", "User locked"),
        EventType.USER_UNLOCKED: translate("JournalEvents", "User unlocked"),
        EventType.DRAWER_OPEN: translate("JournalEvents", "Drawer opened"),
        EventType.SOFTWARE_UPDATE: translate("JournalEvents", "Software update"),
        EventType.X_REPORT: translate("JournalEvents", "X-report"),
        EventType.Z_REPORT: translate("JournalEvents", "Z-report"),
        EventType.PARK: translate("JournalEvents", "Sale parked"),
        EventType.RESUME: translate("JournalEvents", "Parked sale resumed"),
        EventType.SALES_RECEIPT: translate("JournalEvents", "Sales receipt"),
        EventType.RETURN_RECEIPT: translate("JournalEvents", "Return receipt"),
        EventType.COPY_RECEIPT: translate("JournalEvents", "Copy receipt"),
        EventType.PROVISIONAL_RECEIPT: translate("JournalEvents", "Provisional receipt"),
        EventType.DELIVERY_RECEIPT: translate("JournalEvents", "Delivery receipt"),
        EventType.TRAINING_RECEIPT: translate("JournalEvents", "Training receipt"),
        EventType.PAY_OUT: translate("JournalEvents", "Cash paid out"),
        EventType.PAY_IN: translate("JournalEvents", "Cash paid in"),
        EventType.OPENING_FLOAT: translate("JournalEvents", "Opening float"),
        EventType.JOURNAL_EXPORT: translate("JournalEvents", "Journal exported"),
        EventType.PRICE_CHANGE: translate("JournalEvents", "Price changed"),
        EventType.PRICE_LOOKUP: translate("JournalEvents", "Price look-up"),
        EventType.TRAINING_ON: translate("JournalEvents", "Training mode on"),
        EventType.TRAINING_OFF: translate("JournalEvents", "Training mode off"),
        EventType.VOID: translate("JournalEvents", "Sale voided"),
        EventType.ITEM_REGISTERED: translate("JournalEvents", "Item registered"),
        EventType.SALE_COMPLETED: translate("JournalEvents", "Sale completed"),
        EventType.RETURN_COMPLETED: translate("JournalEvents", "Return completed"),
        EventType.LINE_CORRECTION: translate("JournalEvents", "Line corrected"),
        EventType.PRICE_OVERRIDE: translate("JournalEvents", "Price overridden"),
        EventType.DISCOUNT: translate("JournalEvents", "Discount given"),
        EventType.REPORT_COPY: translate("JournalEvents", "Report copy"),
        EventType.MASTER_DATA_CHANGE: translate("JournalEvents", "Master data changed"),
    }.get(event, event.value)


def event_choices() -> list[tuple[str, tuple[EventType, ...]]]:
    """What the event filter offers: everything, three groups, then each kind
    by its name in the interface language."""
    single = sorted(((event_text(e), (e,)) for e in EventType), key=lambda c: c[0].casefold())
    return [
        (translate("JournalEvents", "All events"), ()),
        (translate("JournalEvents", "All receipts"), RECEIPTS),
        (translate("JournalEvents", "X- and Z-reports"), REPORTS),
        (translate("JournalEvents", "Logins and logouts"), LOGINS),
        *single,
    ]
