"""``omigjen-pos verify``: passes on a store the app wrote, names the first breach
when something was changed behind the application's back."""

import pytest
from sqlalchemy import text

from omigjen_pos.cli import main
from omigjen_pos.domain.errors import NotFound
from omigjen_pos.domain.settlement import Tender
from omigjen_pos.services import users
from omigjen_pos.services.checkout.basket import open_basket, scan_item
from omigjen_pos.services.checkout.sale import complete_sale
from omigjen_pos.services.checkout.vouchers import issue_voucher
from omigjen_pos.services.store_setup import open_and_upgrade
from omigjen_pos.services.verify import verify_store
from omigjen_pos.store.models import VoucherKind, VoucherUse


def sell_some(store, count: int = 3) -> list[int]:
    cashier = users.login(store, "BRUKT-1", 101, "1111")
    with store.reading() as session:
        barcodes = session.scalars(
            text(
                "SELECT barcode FROM item WHERE shop_id = :s AND kind = 'unique' "
                "AND status = 'in_stock' ORDER BY id LIMIT :n"
            ),
            {"s": cashier.shop_id, "n": count},
        )
        barcodes = list(barcodes)
    sale_ids = []
    for barcode in barcodes:
        basket_id = open_basket(store, cashier).id
        scan_item(store, cashier, basket_id, barcode)
        sale_ids.append(complete_sale(store, cashier, basket_id, [Tender("cash")]).sale_id)
    return sale_ids


def test_a_store_written_by_the_app_passes(store):
    sell_some(store)
    assert verify_store(store) == []


def behind_the_apps_back(store, *statements: str) -> None:
    """Drop the append-only guards and change a sale the way a tamperer would."""
    with store.writing() as session:
        if store.dialect == "postgresql":
            for table in ("sale", "sale_line", "payment"):
                session.execute(text(f"ALTER TABLE {table} DISABLE TRIGGER USER"))
        else:
            for table in ("sale", "sale_line", "payment"):
                for action in ("update", "delete"):
                    session.execute(text(f"DROP TRIGGER {table}_no_{action}"))
        for statement in statements:
            session.execute(text(statement))


def test_an_edited_sale_total_is_named(store):
    sale_id = sell_some(store)[1]
    behind_the_apps_back(store, f"UPDATE sale SET total_ore = total_ore + 100 WHERE id = {sale_id}")
    balance, signature = verify_store(store)
    assert balance.check == "sale balances" and "receipt 2" in balance.where
    assert (signature.check, signature.detail) == (
        "signature chain",
        "the signature does not verify",
    )
    assert "receipt 2" in signature.where


def test_a_consistent_edit_of_a_sale_is_caught_by_its_signature(store):
    """Lines, sale and payment all edited to agree: only the signature chain sees it."""
    sale_id = sell_some(store)[1]
    behind_the_apps_back(
        store,
        f"UPDATE sale SET total_ore = total_ore - 1000, vat_ore = vat_ore - 200 "
        f"WHERE id = {sale_id}",
        f"UPDATE sale_line SET line_total_ore = line_total_ore - 1000, vat_ore = vat_ore - 200 "
        f"WHERE sale_id = {sale_id}",
        f"UPDATE payment SET amount_ore = amount_ore - 1000 WHERE sale_id = {sale_id}",
    )
    [breach] = verify_store(store)
    assert str(breach) == (
        "signature chain: till BRUKT-1 receipt 2 (sale): the signature does not verify"
    )


def test_a_missing_receipt_number_is_named(store):
    sale_id = sell_some(store)[1]
    behind_the_apps_back(store, f"UPDATE sale SET receipt_number = 7 WHERE id = {sale_id}")
    breaches = [str(breach) for breach in verify_store(store)]
    assert breaches[0] == "receipt numbers: till BRUKT-1 (sale): receipt 3 follows 1"
    assert any("counter at 3, highest receipt 7" in breach for breach in breaches)
    assert any(breach.startswith("signature chain: till BRUKT-1 receipt 3") for breach in breaches)


def test_an_item_marked_in_stock_after_its_sale_is_named(store):
    sell_some(store, 1)
    with store.writing() as session:
        session.execute(text("UPDATE item SET status = 'in_stock' WHERE status = 'sold'"))
    [breach] = verify_store(store)
    assert breach.check == "item sold once" and "in_stock" in breach.detail


def test_an_overdrawn_voucher_is_named(store):
    sale_ids = sell_some(store, 2)
    cashier = users.login(store, "BRUKT-1", 101, "1111")
    with store.writing() as session:
        voucher = issue_voucher(session, cashier, VoucherKind.STORE_CREDIT, 5000, None, False)
        session.flush()
        # Uses are inserted, never updated: two of 3000 øre overdraw the 5000.
        for sale_id in sale_ids:
            session.add(VoucherUse(voucher_id=voucher.id, sale_id=sale_id, amount_ore=3000))
        code = voucher.code
    [breach] = verify_store(store)
    assert (breach.check, breach.where) == ("voucher balance", f"voucher {code}")
    assert breach.detail == "6000 øre spent of 5000 øre"


def test_the_command_exits_non_zero_naming_the_first_breach(store_factory, capsys):
    url = store_factory.new_url("verify")
    assert main(["--database-url", url, "demo", "--items-per-shop", "3"]) == 0
    assert main(["--database-url", url, "verify"]) == 0
    assert "all checks passed" in capsys.readouterr().out
    store, _ = open_and_upgrade(url)
    try:
        sell_some(store, 1)
        with store.writing() as session:
            session.execute(text("UPDATE item SET status = 'in_stock' WHERE status = 'sold'"))
    finally:
        store.close()
    assert main(["--database-url", url, "verify", "--shop", "BRUKT"]) == 1
    assert "FAILED: item sold once" in capsys.readouterr().err


def test_verify_for_an_unknown_shop_is_refused(store):
    with pytest.raises(NotFound):
        verify_store(store, "NOPE")


def _unguard_journal(session, store) -> None:
    if store.dialect == "postgresql":
        session.execute(text("ALTER TABLE journal_entry DISABLE TRIGGER USER"))
    else:
        session.execute(text("DROP TRIGGER journal_entry_no_delete"))


def test_a_sale_missing_from_the_journal_is_named(store):
    sale_id = sell_some(store, 2)[1]
    with store.writing() as session:
        _unguard_journal(session, store)
        session.execute(
            text(f"DELETE FROM journal_entry WHERE sale_id = {sale_id} AND event_type = :e"),
            {"e": "sale_completed"},
        )
        number = session.scalar(text(f"SELECT receipt_number FROM sale WHERE id = {sale_id}"))
    [breach] = verify_store(store)
    assert (breach.check, breach.where) == (
        "sale journaled",
        f"till BRUKT-1 receipt {number} (sale)",
    )
    assert "sale_completed" in breach.detail


def test_a_completed_basket_without_its_sale_is_named(store):
    sell_some(store, 1)
    cashier = users.login(store, "BRUKT-1", 101, "1111")
    basket = open_basket(store, cashier)
    with store.writing() as session:
        session.execute(
            text("UPDATE basket SET state = 'completed' WHERE id = :b"), {"b": basket.id}
        )
        uuid = session.scalar(text("SELECT uuid FROM basket WHERE id = :b"), {"b": basket.id})
    [breach] = verify_store(store)
    assert (breach.check, breach.where) == ("basket completed", f"till BRUKT-1 basket {uuid}")


def test_an_unsigned_sale_is_a_breach_unless_it_is_from_before_the_shop_had_a_key(store):
    sell_some(store, 1)
    behind_the_apps_back(store, "UPDATE sale SET signature = NULL")
    assert [str(b) for b in verify_store(store)] == [
        "signature chain: till BRUKT-1 receipt 1 (sale): not signed"
    ]
    # A store upgraded past revision 0005: its shops' keys are younger than old sales.
    with store.writing() as session:
        if store.dialect == "postgresql":
            session.execute(text("ALTER TABLE signing_key DISABLE TRIGGER USER"))
            session.execute(
                text("UPDATE signing_key SET created_at = created_at + interval '1 day'")
            )
        else:
            session.execute(text("DROP TRIGGER signing_key_no_update"))
            session.execute(
                text("UPDATE signing_key SET created_at = datetime(created_at, '+1 day')")
            )
    assert verify_store(store) == []


def test_a_journal_row_edited_behind_the_apps_back_is_named(store):
    """Turning a sale's journal entry into another event hides the sale from the
    X- and Z-reports, which count from the journal: verify names the sale."""
    sale_id = sell_some(store, 2)[1]
    with store.writing() as session:
        if store.dialect == "postgresql":
            session.execute(text("ALTER TABLE journal_entry DISABLE TRIGGER USER"))
        else:
            session.execute(text("DROP TRIGGER journal_entry_no_update"))
        session.execute(
            text(
                "UPDATE journal_entry SET event_type = 'price_lookup', saft_event_code = '13022' "
                "WHERE sale_id = :s AND event_type = 'sale_completed'"
            ),
            {"s": sale_id},
        )
    [breach] = verify_store(store)
    assert (breach.check, breach.where) == ("sale journaled", "till BRUKT-1 receipt 2 (sale)")
