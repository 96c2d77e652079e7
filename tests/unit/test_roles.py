from omigjen_pos.domain.roles import Action, Role, Screen, may, screens_for


def test_a_cashier_sees_only_the_checkout():
    assert screens_for(frozenset({Role.CASHIER})) == (Screen.CHECKOUT,)


def test_a_repairer_sees_only_the_inventory():
    assert screens_for(frozenset({Role.REPAIRER})) == (Screen.INVENTORY,)


def test_a_manager_sees_every_screen_in_order():
    assert screens_for(frozenset({Role.MANAGER})) == tuple(Screen)


def test_a_centre_admin_may_do_everything_without_shop_roles():
    assert screens_for(frozenset(), centre_admin=True) == tuple(Screen)
    assert may(frozenset(), Action.CLOSE_DAY, centre_admin=True)


def test_a_user_without_roles_may_do_nothing():
    assert screens_for(frozenset()) == ()
    assert not may(frozenset({Role.CASHIER}), Action.UNLOCK_USERS)


def test_a_shop_may_let_its_cashiers_close_the_day_and_nothing_more():
    cashier, repairer = frozenset({Role.CASHIER}), frozenset({Role.REPAIRER})
    assert not may(cashier, Action.CLOSE_DAY)
    assert may(cashier, Action.CLOSE_DAY, cashiers_may_close_day=True)
    assert not may(repairer, Action.CLOSE_DAY, cashiers_may_close_day=True)
    assert not may(cashier, Action.VIEW_REPORTS, cashiers_may_close_day=True)
    assert screens_for(cashier) == (Screen.CHECKOUT,)
