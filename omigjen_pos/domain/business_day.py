"""The business day: every shop in the centre keeps Norwegian time.

A sale's date, a markdown's age and the day a till's float belongs to are all
the date in Europe/Oslo, never the machine's local date or UTC's.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

OSLO = ZoneInfo("Europe/Oslo")


def business_date(moment: datetime) -> date:
    return moment.astimezone(OSLO).date()
