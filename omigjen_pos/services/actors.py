"""Who is calling a service, and the checks that scope them to their shop."""

from __future__ import annotations

from dataclasses import dataclass

from omigjen_pos.domain.errors import PermissionDenied
from omigjen_pos.domain.roles import Action, Role, Screen, may, screens_for


@dataclass(frozen=True)
class TillInfo:
    id: int
    code: str
    name: str
    shop_id: int
    shop_code: str
    shop_name: str
    # The shop's setting as it was at login; services that depend on it read it
    # again (reports/day_report.py), so this copy only decides what a screen offers.
    cashiers_may_close_day: bool = False


@dataclass(frozen=True)
class Actor:
    """A user logged in on a till: every service call is made as someone, somewhere."""

    user_id: int
    user_number: int
    name: str
    centre_admin: bool
    roles: frozenset[Role]  # roles in the till's shop
    till: TillInfo

    @property
    def shop_id(self) -> int:
        return self.till.shop_id

    def may(self, action: Action) -> bool:
        return may(self.roles, action, self.centre_admin, self.till.cashiers_may_close_day)

    def require(self, action: Action) -> None:
        if not self.may(action):
            raise PermissionDenied(self.name, action.value, self.till.shop_code)

    @property
    def screens(self) -> tuple[Screen, ...]:
        return screens_for(self.roles, self.centre_admin)
