"""Kinds of journal events and their SAF-T Cash Register event codes (N17, N19).

The codes come from Skatteetaten's code list PredefinedBasicID-13. Events the
list has no code for use 13999 ("Other") and keep their own name in the journal.
"""

from __future__ import annotations

from enum import StrEnum


class EventType(StrEnum):
    APP_START = "app_start"
    APP_STOP = "app_stop"
    LOGIN = "login"
    LOGOUT = "logout"
    LOGIN_FAILED = "login_failed"
    USER_LOCKED = "user_locked"
    USER_UNLOCKED = "user_unlocked"
    DRAWER_OPEN = "drawer_open"
    SOFTWARE_UPDATE = "software_update"
    X_REPORT = "x_report"
    Z_REPORT = "z_report"
    PARK = "park"
    RESUME = "resume"
    SALES_RECEIPT = "sales_receipt"
    RETURN_RECEIPT = "return_receipt"
    COPY_RECEIPT = "copy_receipt"
    PROVISIONAL_RECEIPT = "provisional_receipt"
    DELIVERY_RECEIPT = "delivery_receipt"
    TRAINING_RECEIPT = "training_receipt"
    PAY_OUT = "pay_out"
    PAY_IN = "pay_in"
    OPENING_FLOAT = "opening_float"  # vekselkasse counted at the day's first login (N4)
    JOURNAL_EXPORT = "journal_export"
    PRICE_CHANGE = "price_change"
    PRICE_LOOKUP = "price_lookup"
    TRAINING_ON = "training_on"
    TRAINING_OFF = "training_off"
    VOID = "void"
    ITEM_REGISTERED = "item_registered"
    SALE_COMPLETED = "sale_completed"  # the sale itself; its receipt has its own event
    RETURN_COMPLETED = "return_completed"  # a return of finished lines (N15)
    LINE_CORRECTION = "line_correction"  # a line removed or its quantity lowered (N6)
    PRICE_OVERRIDE = "price_override"  # a price typed over at the till
    DISCOUNT = "discount"  # a line or basket discount at the till (N6)
    REPORT_COPY = "report_copy"  # a Z-report printed again, marked KOPI
    SALES_EXPORT = "sales_export"  # sales exported for the accountant (13999)
    MASTER_DATA_CHANGE = "master_data_change"


OTHER_EVENT_CODE = "13999"

SAFT_EVENT_CODES: dict[EventType, str] = {
    EventType.APP_START: "13001",
    EventType.APP_STOP: "13002",
    EventType.LOGIN: "13003",
    EventType.LOGOUT: "13004",
    EventType.DRAWER_OPEN: "13005",
    EventType.SOFTWARE_UPDATE: "13007",
    EventType.X_REPORT: "13008",
    EventType.Z_REPORT: "13009",
    EventType.PARK: "13010",
    EventType.RESUME: "13011",
    EventType.SALES_RECEIPT: "13012",
    EventType.RETURN_RECEIPT: "13013",
    EventType.COPY_RECEIPT: "13014",
    EventType.PROVISIONAL_RECEIPT: "13015",
    EventType.DELIVERY_RECEIPT: "13016",
    EventType.TRAINING_RECEIPT: "13017",
    EventType.REPORT_COPY: "13018",
    EventType.PAY_OUT: "13019",
    EventType.JOURNAL_EXPORT: "13020",
    EventType.PRICE_CHANGE: "13021",
    EventType.PRICE_LOOKUP: "13022",
    EventType.TRAINING_ON: "13023",
    EventType.TRAINING_OFF: "13024",
    EventType.VOID: "13028",
}


def saft_event_code(event: EventType) -> str:
    return SAFT_EVENT_CODES.get(event, OTHER_EVENT_CODE)
