"""Who may do what, service by service, on SQLite and PostgreSQL (issue 8, item 5).

``ROLE_TABLE`` names every public service function that takes an actor, with a
call that runs it on a real store and the people allowed to. Each row is run as
each of five people of the demo centre, logged in for real:

- cashier: Kari (101), cashier of BRUKT, at BRUKT-1
- repairer: Rune (201), only a repairer in BRUKT, at BRUKT-1
- manager: Marte (103), manager of BRUKT, at BRUKT-1
- centre admin: Siri (900), at BRUKT-1
- other shop: Hanne (202), manager of REP and nothing in BRUKT, at REP-1

Everyone allowed must succeed. Everyone else must get PermissionDenied and leave
every row of every table as it was. The other shop's manager is refused
(PermissionDenied, or NotFound: another shop's basket, sale or item does not
exist for them) wherever the call names BRUKT's things; where a call acts on the
caller's own till and shop (``targets_brukt=False``), it may run, but must not
change a single row of BRUKT's nor answer with any of BRUKT's data.

``test_every_service_with_an_actor_is_in_the_table`` walks omigjen_pos.services:
a new service that takes an actor and is in neither the table nor
``NOT_PRIVILEGED`` fails it, so every privileged service gets a row, and the row
fails if the service skips its check. The same table, by hand, is in
docs/reliability.md ("Security").
"""

from __future__ import annotations

import dataclasses
import importlib
import inspect
import pkgutil
import re
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select, text, update

import omigjen_pos.services
from omigjen_pos.domain.business_day import business_date
from omigjen_pos.domain.errors import NotFound, PermissionDenied, UserLocked, WrongPin
from omigjen_pos.domain.item_rules import ItemDraft
from omigjen_pos.domain.items import ItemKind, ItemSource
from omigjen_pos.domain.journal_events import EventType
from omigjen_pos.domain.markdowns import MarkdownBasis, MarkdownRule
from omigjen_pos.domain.pricing import Discount
from omigjen_pos.domain.receipt_codes import receipt_code
from omigjen_pos.domain.roles import Action
from omigjen_pos.domain.settlement import Tender
from omigjen_pos.printing.receipt_document import ReceiptDocument
from omigjen_pos.services import users
from omigjen_pos.services.actors import Actor
from omigjen_pos.services.checkout.basket import (
    cancel_basket,
    open_basket,
    scan_item,
    unfinished_basket,
)
from omigjen_pos.services.checkout.drawer import (
    needs_opening_float,
    record_no_sale,
    record_opening_float,
    record_pay_in,
    record_pay_out,
)
from omigjen_pos.services.checkout.line_changes import (
    discount_basket,
    discount_line,
    override_price,
    remove_line,
    set_quantity,
)
from omigjen_pos.services.checkout.lookup import find_sellable, look_up_price
from omigjen_pos.services.checkout.parking import list_parked, park_basket, resume_basket
from omigjen_pos.services.checkout.returns import find_sales_for_return, record_return
from omigjen_pos.services.checkout.sale import complete_sale
from omigjen_pos.services.checkout.training import switch_training_mode
from omigjen_pos.services.checkout.vouchers import voucher_balance
from omigjen_pos.services.exports.sales_data import SalesExportQuery
from omigjen_pos.services.exports.sales_export import export_sales, require_export
from omigjen_pos.services.inventory.changes import (
    ItemEdit,
    QuantityReason,
    adjust_quantity,
    dispose_item,
    edit_item,
)
from omigjen_pos.services.inventory.csv_import import import_items_csv
from omigjen_pos.services.inventory.markdown_rules import (
    replace_markdown_rules,
    shop_to_administer,
)
from omigjen_pos.services.inventory.registration import (
    list_categories,
    register_item,
    register_items,
)
from omigjen_pos.services.journal_view import (
    JournalQuery,
    export_journal_csv,
    find_journal_ids,
    journal_payload,
    journal_scope,
    require_journal,
)
from omigjen_pos.services.receipt_output import ReceiptOutput, produce_receipt
from omigjen_pos.services.receipts import next_receipt, receipt_for_number, record_receipt_produced
from omigjen_pos.services.reports.day_report import x_report, z_report, z_report_copy
from omigjen_pos.services.reports.figures import (
    ReportPeriod,
    load_figures,
    report_scope,
    report_shops,
)
from omigjen_pos.services.reports.reuse import reuse_figures
from omigjen_pos.services.saft.export import export_saft, require_saft_export
from omigjen_pos.services.shop_settings import (
    ShopSettingsChange,
    read_shop_settings,
    set_cashiers_may_close_day,
    shops_to_administer,
    update_shop_settings,
)
from omigjen_pos.services.signing import new_key_version
from omigjen_pos.services.simulation import simulate_sales
from omigjen_pos.services.store_setup import Store
from omigjen_pos.store.models import Base, JournalEntry, PaymentMethod, Shop
from omigjen_pos.store.types import utcnow

CASHIER, REPAIRER, MANAGER, ADMIN, OTHER = (
    "cashier",
    "repairer",
    "manager",
    "centre admin",
    "other shop",
)
EVERYONE = (CASHIER, REPAIRER, MANAGER, ADMIN, OTHER)
SELLERS = frozenset({CASHIER, MANAGER, ADMIN})  # Action.SELL
REGISTRARS = frozenset({REPAIRER, MANAGER, ADMIN})  # Action.REGISTER_ITEMS
MANAGERS = frozenset({MANAGER, ADMIN})  # every other action
ADMIN_ONLY = frozenset({ADMIN})  # the whole centre

LOGINS = {  # (user number, PIN), from the demo seed (services/demo.py)
    CASHIER: (101, "1111"),
    REPAIRER: (201, "3333"),
    MANAGER: (103, "1234"),
    ADMIN: (900, "9999"),
    OTHER: (202, "4444"),
}
LOCKED_USER = 102  # Ola, a cashier of BRUKT, locked by five wrong PINs
TODAY = business_date(utcnow())

IMPORT_FILE = b"name,category,price,source\nLampe fra import,MOBLER,99,donation\n"


@dataclass(frozen=True)
class World:
    """What the calls work on: BRUKT's things, made through the services once per
    backend and copied into a fresh store for every call."""

    actors: dict[tuple[str, str], Actor]  # (who, till code) -> logged in there
    brukt_id: int
    basket_id: int  # open on BRUKT-1: a unique item and a stock article
    basket_uuid: str
    unique_line: int
    unique_price: int
    stock_line: int
    parked_id: int  # parked on BRUKT-1, one line
    free_item_id: int  # in stock in BRUKT, in no basket
    free_barcode: str
    stock_item_id: int
    sale_id: int  # a cash sale on BRUKT-1, its original receipt not produced yet
    sale_number: int
    sale_line_id: int
    sale_reference: str  # the receipt's barcode
    receipt: ReceiptDocument  # that original, as next_receipt made it
    voucher_code: str  # a tilgodelapp of BRUKT
    journal_id: int  # BRUKT's journal entry of that sale
    category_id: int

    def actor(self, who: str, till: str = "BRUKT-1") -> Actor:
        return self.actors[(who, "REP-1" if who == OTHER else till)]


Run = Callable[[Store, World, Actor, Path], object]


@dataclass(frozen=True)
class Row:
    name: str  # the service function, below omigjen_pos.services
    run: Run
    allowed: frozenset[str]
    targets_brukt: bool = True  # False: acts on the caller's own till or shop
    once: bool = False  # succeeds once per store (a Z a day, a line returned once)


def _draft(world: World) -> ItemDraft:
    return ItemDraft(world.category_id, "Lenestol", 45000, ItemSource.DONATION)


def _period() -> ReportPeriod:
    return ReportPeriod(TODAY, TODAY)


def _brukt_sales() -> SalesExportQuery:
    return SalesExportQuery("BRUKT", TODAY, TODAY)


_BRUKT_JOURNAL = JournalQuery(shop_code="BRUKT")


def R(
    name: str, run: Run, allowed: frozenset[str], targets_brukt: bool = True, once: bool = False
) -> Row:
    return Row(name, run, allowed, targets_brukt, once)


# fmt: off
ROLE_TABLE: tuple[Row, ...] = (
    # --- the till: Action.SELL --------------------------------------------------------
    R("checkout.basket.open_basket", lambda s, w, a, t: open_basket(s, a), SELLERS, False),
    R("checkout.basket.open_basket:by_uuid",
      lambda s, w, a, t: open_basket(s, a, basket_uuid=w.basket_uuid), SELLERS),
    R("checkout.basket.unfinished_basket", lambda s, w, a, t: unfinished_basket(s, a),
      SELLERS, False),
    R("checkout.basket.scan_item",
      lambda s, w, a, t: scan_item(s, a, w.basket_id, w.free_barcode), SELLERS, once=True),
    R("checkout.basket.cancel_basket",
      lambda s, w, a, t: cancel_basket(s, a, w.basket_id, "kunden gikk"), SELLERS, once=True),
    R("checkout.drawer.needs_opening_float", lambda s, w, a, t: needs_opening_float(s, a),
      SELLERS, False),
    R("checkout.drawer.record_opening_float",
      lambda s, w, a, t: record_opening_float(s, a, 150000), SELLERS, False),
    R("checkout.drawer.record_pay_in",
      lambda s, w, a, t: record_pay_in(s, a, 50000, "Veksel"), SELLERS, False),
    R("checkout.drawer.record_pay_out",
      lambda s, w, a, t: record_pay_out(s, a, 8550, "Melk"), SELLERS, False),
    R("checkout.drawer.record_no_sale",
      lambda s, w, a, t: record_no_sale(s, a, "Veksle"), SELLERS, False),
    R("checkout.line_changes.set_quantity",
      lambda s, w, a, t: set_quantity(s, a, w.basket_id, w.stock_line, 2), SELLERS),
    R("checkout.line_changes.override_price",  # 10 % off: within the cashier's 20 %
      lambda s, w, a, t: override_price(s, a, w.basket_id, w.unique_line,
                                        w.unique_price * 9 // 10), SELLERS),
    R("checkout.line_changes.discount_line",
      lambda s, w, a, t: discount_line(s, a, w.basket_id, w.unique_line,
                                       Discount(percent_bp=1000)), SELLERS),
    R("checkout.line_changes.discount_basket",
      lambda s, w, a, t: discount_basket(s, a, w.basket_id, Discount(percent_bp=1000)),
      SELLERS),
    R("checkout.line_changes.remove_line",
      lambda s, w, a, t: remove_line(s, a, w.basket_id, w.unique_line), SELLERS, once=True),
    R("checkout.lookup.find_sellable", lambda s, w, a, t: find_sellable(s, a, "stol"),
      SELLERS, False),
    R("checkout.lookup.look_up_price", lambda s, w, a, t: look_up_price(s, a, w.free_barcode),
      SELLERS),
    R("checkout.parking.park_basket", lambda s, w, a, t: park_basket(s, a, w.basket_id),
      SELLERS, once=True),
    R("checkout.parking.list_parked", lambda s, w, a, t: list_parked(s, a), SELLERS, False),
    R("checkout.parking.resume_basket", lambda s, w, a, t: resume_basket(s, a, w.parked_id),
      SELLERS, once=True),
    R("checkout.returns.find_sales_for_return",
      lambda s, w, a, t: find_sales_for_return(s, a, w.sale_reference), SELLERS),
    R("checkout.returns.record_return",
      lambda s, w, a, t: record_return(s, a, str(uuid.uuid4()), w.sale_id, [w.sale_line_id],
                                       PaymentMethod.CASH), SELLERS, once=True),
    R("checkout.sale.complete_sale",
      lambda s, w, a, t: complete_sale(s, a, w.basket_id, [Tender("cash")]), SELLERS),
    R("checkout.vouchers.voucher_balance",
      lambda s, w, a, t: voucher_balance(s, a, w.voucher_code), SELLERS),
    R("receipts.next_receipt", lambda s, w, a, t: next_receipt(s, a, w.sale_id), SELLERS),
    R("receipts.record_receipt_produced",
      lambda s, w, a, t: record_receipt_produced(s, a, w.receipt, w.sale_id, "pdf"), SELLERS,
      once=True),
    R("receipts.receipt_for_number",
      lambda s, w, a, t: receipt_for_number(s, a, "BRUKT-1", w.sale_number), SELLERS),
    R("receipt_output.produce_receipt",
      lambda s, w, a, t: produce_receipt(s, a, w.sale_id, ReceiptOutput(pdf_folder=t)),
      SELLERS, once=True),
    R("simulation.simulate_sales", lambda s, w, a, t: simulate_sales(s, a, 1, seed=7),
      SELLERS, False),
    # --- the workbench: Action.REGISTER_ITEMS -----------------------------------------
    R("inventory.registration.register_item",
      lambda s, w, a, t: register_item(s, a, _draft(w)), REGISTRARS, False),
    R("inventory.registration.register_items",
      lambda s, w, a, t: register_items(s, a, [_draft(w)]), REGISTRARS, False),
    # --- corrections: Action.EDIT_ITEMS ----------------------------------------------
    R("inventory.changes.edit_item",
      lambda s, w, a, t: edit_item(s, a, w.free_item_id, ItemEdit(price_ore=12300)), MANAGERS),
    R("inventory.changes.dispose_item",
      lambda s, w, a, t: dispose_item(s, a, w.free_item_id, "Knust", False), MANAGERS, once=True),
    R("inventory.changes.adjust_quantity",
      lambda s, w, a, t: adjust_quantity(s, a, w.stock_item_id, 3, QuantityReason.RECEIVED),
      MANAGERS),
    # --- the shop's own settings: Action.ADMINISTER_SHOP -----------------------------
    R("inventory.csv_import.import_items_csv",
      lambda s, w, a, t: import_items_csv(s, a, "BRUKT", IMPORT_FILE), MANAGERS),
    R("inventory.markdown_rules.replace_markdown_rules",
      lambda s, w, a, t: replace_markdown_rules(
          s, a, [MarkdownRule(MarkdownBasis.INTAKE_AGE, 2500, min_days=60)]), MANAGERS, False),
    R("inventory.markdown_rules.replace_markdown_rules:brukt",
      lambda s, w, a, t: replace_markdown_rules(s, a, [], w.brukt_id), MANAGERS),
    R("inventory.markdown_rules.shop_to_administer",
      lambda s, w, a, t: shop_to_administer(a, w.brukt_id), MANAGERS),
    R("checkout.training.switch_training_mode",
      lambda s, w, a, t: switch_training_mode(s, a, True), MANAGERS, False),
    R("signing.new_key_version", lambda s, w, a, t: new_key_version(s, a), MANAGERS, False),
    R("shop_settings.set_cashiers_may_close_day",
      lambda s, w, a, t: set_cashiers_may_close_day(s, a, True), MANAGERS, False),
    R("shop_settings.shops_to_administer", lambda s, w, a, t: shops_to_administer(s, a),
      MANAGERS, False),
    R("shop_settings.read_shop_settings",
      lambda s, w, a, t: read_shop_settings(s, a, w.brukt_id), MANAGERS),
    R("shop_settings.update_shop_settings",
      lambda s, w, a, t: update_shop_settings(
          s, a, ShopSettingsChange(cashiers_may_close_day=True), w.brukt_id), MANAGERS),
    # --- closing the day: Action.CLOSE_DAY (cashiers too where the shop says so) -----
    R("reports.day_report.x_report", lambda s, w, a, t: x_report(s, a), MANAGERS, False),
    R("reports.day_report.z_report", lambda s, w, a, t: z_report(s, a, 0), MANAGERS, False,
      once=True),
    R("reports.day_report.z_report_copy",  # Z 1 of BRUKT-2, taken when the world was made
      lambda s, w, a, t: z_report_copy(s, _at(w, a, "BRUKT-2"), 1), MANAGERS, False),
    # --- reports, exports and the journal: Action.VIEW_REPORTS -----------------------
    R("reports.figures.report_scope", lambda s, w, a, t: report_scope(a, w.brukt_id), MANAGERS),
    R("reports.figures.report_scope:whole_centre", lambda s, w, a, t: report_scope(a, None),
      ADMIN_ONLY),
    R("reports.figures.report_shops", lambda s, w, a, t: report_shops(s, a), MANAGERS, False),
    R("reports.figures.load_figures",
      lambda s, w, a, t: load_figures(s, a, w.brukt_id, _period()), MANAGERS),
    R("reports.reuse.reuse_figures",
      lambda s, w, a, t: reuse_figures(s, a, w.brukt_id, _period()), MANAGERS),
    R("exports.sales_export.require_export",
      lambda s, w, a, t: require_export(a, _brukt_sales()), MANAGERS),
    R("exports.sales_export.require_export:whole_centre",
      lambda s, w, a, t: require_export(a, SalesExportQuery(None, TODAY, TODAY)), ADMIN_ONLY),
    R("exports.sales_export.export_sales",
      lambda s, w, a, t: export_sales(s, a, _brukt_sales(), t / "salg.xlsx"), MANAGERS),
    R("saft.export.require_saft_export", lambda s, w, a, t: require_saft_export(a, "BRUKT"),
      MANAGERS),
    R("saft.export.export_saft",
      lambda s, w, a, t: export_saft(s, a, "BRUKT", TODAY, TODAY, t), MANAGERS),
    R("journal_view.journal_scope", lambda s, w, a, t: journal_scope(s, a), MANAGERS, False),
    R("journal_view.require_journal", lambda s, w, a, t: require_journal(a, "BRUKT"), MANAGERS),
    R("journal_view.require_journal:whole_centre", lambda s, w, a, t: require_journal(a, None),
      ADMIN_ONLY),
    R("journal_view.find_journal_ids",
      lambda s, w, a, t: find_journal_ids(s, a, _BRUKT_JOURNAL), MANAGERS),
    R("journal_view.journal_payload", lambda s, w, a, t: journal_payload(s, a, w.journal_id),
      MANAGERS),
    R("journal_view.export_journal_csv",
      lambda s, w, a, t: export_journal_csv(s, a, _BRUKT_JOURNAL, t / "journal.csv"), MANAGERS),
    # --- people: Action.UNLOCK_USERS -------------------------------------------------
    R("users.unlock_user", lambda s, w, a, t: users.unlock_user(s, a, LOCKED_USER), MANAGERS),
)
# fmt: on

# Public functions of omigjen_pos.services that take an actor but are no
# privilege of their own, and why.
NOT_PRIVILEGED: dict[str, str] = {
    "users.logout": "anyone logged in may log out; it is only journaled",
    "users.approve": "the check is on the approving manager's PIN and role in the till's "
    "shop, not on the actor (test_approvals_come_only_from_a_manager_of_the_tills_shop)",
    "inventory.search.find_item_ids": "any logged-in user searches the stock: their shop's, "
    "or on purpose the whole centre's shelves (test_security_isolation.py)",
    "inventory.search.item_by_barcode": "any logged-in user reads their own shop's item "
    "(test_security_isolation.py)",
    "inventory.csv_export.export_items_csv": "the actor's own shop's items, as the stock "
    "screen shows them to anyone logged in (test_security_isolation.py)",
    "journal.record_by": "writes the journal row of what its caller has already checked, "
    "in the caller's transaction",
    "journal.record_for_shop": "the same, for a change to a shop's settings",
    "inventory.markdown_rules.replace_rules_in": "a helper in the caller's transaction, "
    "after the caller's shop_to_administer check (a row of the table)",
    "checkout.basket.own_open_basket": "a helper in the caller's transaction: finds the "
    "basket in the actor's shop after the caller checked Action.SELL",
    "checkout.vouchers.spend_voucher": "runs inside complete_sale's transaction, after its "
    "Action.SELL check; scoped to the actor's shop",
    "checkout.vouchers.issue_voucher": "runs inside record_return's transaction, after its "
    "Action.SELL check; issued in the actor's shop",
}


def _at(world: World, actor: Actor, till: str) -> Actor:
    """The same person logged in on another till of their shop."""
    for (who, _), known in world.actors.items():
        if known == actor:
            return world.actor(who, till)
    raise AssertionError(actor)


# --- the world, made once per backend -------------------------------------------------


def make_world(store: Store) -> World:
    actors = {}
    for who, (number, pin) in LOGINS.items():
        for till in ("REP-1",) if who == OTHER else ("BRUKT-1", "BRUKT-2"):
            actors[(who, till)] = users.login(store, till, number, pin)
    cashier, manager = actors[(CASHIER, "BRUKT-1")], actors[(MANAGER, "BRUKT-1")]
    category = {c.code: c.id for c in list_categories(store)}["MOBLER"]

    def item(name: str, **changes):
        draft = ItemDraft(category, name, 10000, ItemSource.DONATION)
        return register_item(store, manager, dataclasses.replace(draft, **changes))

    def sold(barcode: str):
        basket = scan_item(store, cashier, open_basket(store, cashier).id, barcode)
        return complete_sale(store, cashier, basket.id, [Tender("cash")])

    stock = item(
        "Kaffefilter", kind=ItemKind.STOCK, quantity=10, source=ItemSource.NEW_GOODS, condition=None
    )
    sale = sold(item("Spisestol solgt").barcode)
    credited = sold(item("Spisestol returnert").barcode)
    (returnable,) = find_sales_for_return(store, cashier, f"BRUKT-1 {credited.receipt_number}")
    voucher = record_return(
        store,
        cashier,
        str(uuid.uuid4()),
        returnable.id,
        [returnable.lines[0].id],
        PaymentMethod.STORE_CREDIT,
    ).voucher_code
    (found,) = find_sales_for_return(store, cashier, f"BRUKT-1 {sale.receipt_number}")
    parked = scan_item(store, cashier, open_basket(store, cashier).id, item("Krakk").barcode)
    park_basket(store, cashier, parked.id)
    basket = open_basket(store, cashier)
    basket = scan_item(store, cashier, basket.id, item("Spisestol i kurven").barcode)
    basket = scan_item(store, cashier, basket.id, stock.barcode)
    free = item("Spisestol ledig")
    z_report(store, actors[(MANAGER, "BRUKT-2")], 0)
    with store.reading() as session:
        journal_id = session.scalar(
            select(JournalEntry.id).where(
                JournalEntry.sale_id == sale.sale_id,
                JournalEntry.event_type == EventType.SALE_COMPLETED,
            )
        )
    for _ in range(5):
        with pytest.raises((WrongPin, UserLocked)):
            users.login(store, "BRUKT-1", LOCKED_USER, "0000")
    unique_line, stock_line = basket.lines
    return World(
        actors=actors,
        brukt_id=cashier.shop_id,
        basket_id=basket.id,
        basket_uuid=basket.uuid,
        unique_line=unique_line.id,
        unique_price=unique_line.unit_price_ore,
        stock_line=stock_line.id,
        parked_id=parked.id,
        free_item_id=free.id,
        free_barcode=free.barcode,
        stock_item_id=stock.id,
        sale_id=sale.sale_id,
        sale_number=sale.receipt_number,
        sale_line_id=found.lines[0].id,
        sale_reference=receipt_code(cashier.till.id, sale.receipt_number),
        receipt=next_receipt(store, cashier, sale.sale_id),
        voucher_code=voucher,
        journal_id=journal_id,
        category_id=category,
    )


@dataclass
class Stores:
    """Copies of the world's store. Refused calls change nothing (which each test
    checks), so they share one copy; allowed calls get a copy per row, and rows
    that succeed once per store (``once``) a copy per call. A copy is closed when
    done with (the run drops the databases at its end), so PostgreSQL's
    connections are not used up."""

    factory: object
    template: str
    world: World
    refused: Store | None = None
    row: tuple[str, Store] | None = None  # the copy of the row being run

    def fresh(self) -> Store:
        return self.factory.open(self.factory.new_url("sec", self.template))

    @contextmanager
    def for_call(self, row: Row, allowed: bool) -> Iterator[Store]:
        if not allowed:
            if self.refused is None:
                self.refused = self.fresh()
            yield self.refused
        elif row.once:
            store = self.fresh()
            try:
                yield store
            finally:
                store.close()
        else:
            if self.row is None or self.row[0] != row.name:
                self.close_row()
                self.row = (row.name, self.fresh())
            yield self.row[1]

    def close_row(self) -> None:
        if self.row is not None:
            self.row[1].close()
            self.row = None

    def close(self) -> None:
        self.close_row()
        if self.refused is not None:
            self.refused.close()


@pytest.fixture(scope="module")
def stores(store_factory) -> Iterator[Stores]:
    seed = store_factory.demo()
    world = make_world(seed)
    template = seed.url.database
    seed.close()  # a PostgreSQL template must have no connections to be copied
    stores = Stores(store_factory, template, world)
    yield stores
    stores.close()  # the databases are dropped with the run's others


# --- what "nothing changed" means ----------------------------------------------------

Snapshot = dict[str, dict[tuple, dict]]


def snapshot(store: Store) -> Snapshot:
    """Every row of every table of the models, by primary key."""
    tables: Snapshot = {}
    with store.reading() as session:
        for table in Base.metadata.sorted_tables:
            key = [column.name for column in table.primary_key]
            tables[table.name] = {
                tuple(row[name] for name in key): dict(row)
                for row in session.execute(select(table)).mappings()
            }
    return tables


def changes(before: Snapshot, after: Snapshot) -> list[tuple[str, dict]]:
    """(table, row) of every row added, changed or deleted."""
    found = []
    for table, rows in after.items():
        old = before[table]
        for key in old.keys() | rows.keys():
            if old.get(key) != rows.get(key):
                found.append((table, rows.get(key) or old[key]))
    return found


def shop_of(table: str, row: dict, tables: Snapshot) -> int | None:
    """The shop a row belongs to; None for the centre's own rows (users, categories)."""

    def parent(name: str, key: int | None) -> int | None:
        found = tables[name].get((key,))
        return found["shop_id"] if found else None

    if table == "shop":
        return row["id"]
    if "shop_id" in row:
        return row["shop_id"]
    if table in ("sale_line", "payment", "receipt_print"):
        return parent("sale", row["sale_id"])
    if table == "basket_line":
        return parent("basket", row["basket_id"])
    if table == "voucher_use":
        return parent("voucher", row["voucher_id"])
    if table == "sequence_counter":
        kind, number = re.match(r"(till|shop):(\d+):", row["name"]).groups()
        return parent("till", int(number)) if kind == "till" else int(number)
    return None


# --- the table, run ---------------------------------------------------------------------


def _brukt_in(answer: object) -> bool:
    return "BRUKT" in repr(answer) or "Bruktbutikk" in repr(answer)


@pytest.mark.parametrize("who", EVERYONE)
@pytest.mark.parametrize("row", ROLE_TABLE, ids=[row.name for row in ROLE_TABLE])
def test_the_role_table(stores: Stores, row: Row, who: str, tmp_path: Path) -> None:
    world = stores.world
    actor = world.actor(who)
    allowed = who in row.allowed
    with stores.for_call(row, allowed) as store:
        if allowed:
            row.run(store, world, actor, tmp_path)  # raises if refused
        else:
            refused_as_it_should(store, world, row, who, actor, tmp_path)


def refused_as_it_should(
    store: Store, world: World, row: Row, who: str, actor: Actor, tmp_path: Path
) -> None:
    before = snapshot(store)
    if who != OTHER:
        with pytest.raises(PermissionDenied):
            row.run(store, world, actor, tmp_path)
        assert changes(before, snapshot(store)) == [], f"{who} refused, yet rows changed"
        return
    try:
        answer = row.run(store, world, actor, tmp_path)
    except (PermissionDenied, NotFound):
        assert changes(before, snapshot(store)) == [], "refused, yet rows changed"
        return
    assert not row.targets_brukt, f"{row.name}: another shop's user reached BRUKT's things"
    assert not _brukt_in(answer), f"{row.name} answered with BRUKT's data: {answer!r}"
    after = snapshot(store)
    touched = {(table, shop_of(table, changed, after)) for table, changed in changes(before, after)}
    assert all(shop not in (world.brukt_id, None) for _, shop in touched), touched


# --- the table covers every service -------------------------------------------------


def services_with_an_actor() -> set[str]:
    """Public functions defined in omigjen_pos.services.** with a parameter named
    ``actor`` (or ``actor_...``), as "module.function" below omigjen_pos.services."""
    found = set()
    package = omigjen_pos.services
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        module = importlib.import_module(info.name)
        for name, function in inspect.getmembers(module, inspect.isfunction):
            if name.startswith("_") or function.__module__ != module.__name__:
                continue
            parameters = inspect.signature(function).parameters
            if any(p == "actor" or p.startswith("actor_") for p in parameters):
                found.add(f"{module.__name__.removeprefix(package.__name__ + '.')}.{name}")
    return found


def test_every_service_with_an_actor_is_in_the_table() -> None:
    in_table = {row.name.split(":")[0] for row in ROLE_TABLE}
    services = services_with_an_actor()
    missing = services - in_table - NOT_PRIVILEGED.keys()
    assert not missing, f"add a row to ROLE_TABLE (or a reason to NOT_PRIVILEGED): {missing}"
    assert not (in_table & NOT_PRIVILEGED.keys())
    stale = (in_table | NOT_PRIVILEGED.keys()) - services
    assert not stale, f"no such service any more: {stale}"


def test_the_table_names_the_functions_it_calls() -> None:
    """Each row's name is the function its call runs (a typo would hide a service)."""
    for row in ROLE_TABLE:
        module, _, name = row.name.split(":")[0].rpartition(".")
        function = getattr(importlib.import_module(f"omigjen_pos.services.{module}"), name)
        assert function.__name__ in row.run.__code__.co_names, row.name


# --- the things the issue names --------------------------------------------------------


def _allow_cashiers_to_close(store: Store, allowed: bool) -> None:
    with store.writing() as session:
        session.execute(
            update(Shop).where(Shop.code == "BRUKT").values(cashiers_may_close_day=allowed)
        )


def test_a_cashier_takes_x_and_z_only_where_the_shop_says_so(store, cashier):
    with pytest.raises(PermissionDenied):
        x_report(store, cashier)
    manager = users.login(store, "BRUKT-1", 103, "1234")
    assert set_cashiers_may_close_day(store, manager, True)
    [entry] = [
        e
        for e in _journal(store, EventType.MASTER_DATA_CHANGE)
        if "cashiers_may_close_day" in (e.payload_json or "")
    ]
    assert entry.user_id == manager.user_id
    # The service reads the shop's setting now; the till offers the key from the
    # next login, whose actor carries the setting.
    assert not cashier.may(Action.CLOSE_DAY)
    again = users.login(store, "BRUKT-1", 101, "1111")
    assert again.till.cashiers_may_close_day and again.may(Action.CLOSE_DAY)
    assert x_report(store, cashier).kind == "X"
    assert z_report(store, again, 0).number == 1
    # A repairer is no cashier: the setting gives them nothing.
    repairer = users.login(store, "BRUKT-1", 201, "3333")
    with pytest.raises(PermissionDenied):
        x_report(store, repairer)


def test_a_shop_that_withdraws_the_setting_is_obeyed_at_once(store):
    _allow_cashiers_to_close(store, True)
    cashier = users.login(store, "BRUKT-1", 101, "1111")
    assert cashier.may(Action.CLOSE_DAY)
    _allow_cashiers_to_close(store, False)
    with pytest.raises(PermissionDenied):
        z_report(store, cashier, 0)
    with store.reading() as session:
        assert session.scalar(text("SELECT count(*) FROM z_report")) == 0


def test_the_setting_of_one_shop_gives_nothing_in_another(store):
    _allow_cashiers_to_close(store, True)
    rune_at_rep = users.login(store, "REP-1", 201, "3333")  # a cashier of REP
    with pytest.raises(PermissionDenied):
        x_report(store, rune_at_rep)


def test_approvals_come_only_from_a_manager_of_the_tills_shop(store, cashier):
    """The price limit itself: tests/integration/test_till_changes.py."""
    with pytest.raises(PermissionDenied):
        users.approve(store, cashier, 202, "4444")  # REP's manager, not BRUKT's
    with pytest.raises(PermissionDenied):
        users.approve(store, cashier, 201, "3333")  # BRUKT's repairer
    assert users.approve(store, cashier, 900, "9999").user_number == 900  # centre admin
    for _ in range(5):
        with pytest.raises((WrongPin, UserLocked)):
            users.approve(store, cashier, 103, "0000")
    with pytest.raises(UserLocked):  # a locked manager approves nothing, right PIN or not
        users.approve(store, cashier, 103, "1234")


def _journal(store: Store, event: EventType) -> list[JournalEntry]:
    with store.reading() as session:
        return list(session.scalars(select(JournalEntry).where(JournalEntry.event_type == event)))
