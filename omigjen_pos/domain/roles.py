"""Who may do what. Roles are held per shop; a centre admin acts in every shop."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    CASHIER = "cashier"
    REPAIRER = "repairer"
    MANAGER = "manager"


class Action(StrEnum):
    SELL = "sell"
    REGISTER_ITEMS = "register_items"
    EDIT_ITEMS = "edit_items"
    VIEW_REPORTS = "view_reports"
    CLOSE_DAY = "close_day"
    ADMINISTER_SHOP = "administer_shop"
    UNLOCK_USERS = "unlock_users"


class Screen(StrEnum):
    CHECKOUT = "checkout"
    INVENTORY = "inventory"
    REPORTS = "reports"
    JOURNAL = "journal"
    ADMIN = "admin"


_ACTIONS_BY_ROLE: dict[Role, frozenset[Action]] = {
    Role.CASHIER: frozenset({Action.SELL}),
    Role.REPAIRER: frozenset({Action.REGISTER_ITEMS}),
    Role.MANAGER: frozenset(Action),
}

_SCREEN_NEEDS: dict[Screen, Action] = {
    Screen.CHECKOUT: Action.SELL,
    Screen.INVENTORY: Action.REGISTER_ITEMS,
    Screen.REPORTS: Action.VIEW_REPORTS,
    Screen.JOURNAL: Action.VIEW_REPORTS,
    Screen.ADMIN: Action.ADMINISTER_SHOP,
}


def allowed_actions(
    roles: frozenset[Role], centre_admin: bool = False, cashiers_may_close_day: bool = False
) -> frozenset[Action]:
    """What these roles may do; ``cashiers_may_close_day`` is the shop's setting
    that lets its cashiers take the X- and Z-reports too (managers always may)."""
    if centre_admin:
        return frozenset(Action)
    actions: set[Action] = set()
    for role in roles:
        actions |= _ACTIONS_BY_ROLE[role]
    if cashiers_may_close_day and Role.CASHIER in roles:
        actions.add(Action.CLOSE_DAY)
    return frozenset(actions)


def may(
    roles: frozenset[Role],
    action: Action,
    centre_admin: bool = False,
    cashiers_may_close_day: bool = False,
) -> bool:
    return action in allowed_actions(roles, centre_admin, cashiers_may_close_day)


def screens_for(roles: frozenset[Role], centre_admin: bool = False) -> tuple[Screen, ...]:
    """The screens a user sees, in the order the main window shows them."""
    actions = allowed_actions(roles, centre_admin)
    return tuple(screen for screen, needs in _SCREEN_NEEDS.items() if needs in actions)
