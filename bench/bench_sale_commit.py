"""Sale commit: a three-item cash sale through the checkout service, against the
same rows written with the raw driver.

The figure: ``open_basket``, three ``scan_item`` and ``complete_sale`` with cash,
as the till calls them (five transactions: a basket survives a crash from its
first scan). Everything the service does is in it: the reads, the receipt number,
the signature (the real RSA path, chained to the till's previous sale), the
journal row.

The floor: the rows those calls leave behind, written with the raw driver in the
same five transactions with the same durability (the basket and the scans are
drafts, committed without waiting for the disk, as ``Store.drafting`` does; the
sale waits for it), values known beforehand, nothing read back:

1. INSERT basket;
2-4. per scan: UPDATE item (held for the basket, only if in stock and free),
   INSERT basket_line, UPDATE basket (updated_at, last scan);
5. UPDATE sequence_counter ... RETURNING (the receipt number), INSERT sale (with a
   signature of the real length), INSERT 3 sale_line, INSERT payment, UPDATE item
   (sold, for the three), UPDATE basket (completed), INSERT journal_entry.

Service and floor take turns, each with its own three items from the shop's
shelves, on a working copy of the large store.
"""

from __future__ import annotations

import base64
import json
import random
import uuid
from datetime import UTC, datetime

from sqlalchemy import select

from bench.core import Context, Result
from bench.raw import RawConnection
from bench.timing import interleaved
from omigjen_pos.domain.business_day import business_date
from omigjen_pos.domain.items import ItemKind, ItemStatus
from omigjen_pos.domain.journal_events import EventType, saft_event_code
from omigjen_pos.domain.money import format_kr
from omigjen_pos.domain.pricing import cash_rounding_ore, vat_included
from omigjen_pos.domain.settlement import Tender
from omigjen_pos.services import users
from omigjen_pos.services.checkout.basket import open_basket, scan_item
from omigjen_pos.services.checkout.sale import complete_sale, receipt_counter
from omigjen_pos.store.models import Category, Item, Shop, VatCodeRow

TARGETS = {"sqlite": 4.0, "postgresql": 1.5}
LINES = 3
# What a 1024-bit RSA signature in base64 looks like: 172 characters.
SIGNATURE = base64.b64encode(bytes(range(128))).decode()


def run(ctx: Context) -> list[Result]:
    results = []
    for backend in ctx.backends:
        with ctx.opened(backend, ctx.large) as store:
            results.append(_measure(ctx, backend, store))
    return results


def _shelf_items(store, shop_id: int, count: int) -> list[dict]:
    """``count`` in-stock unique items of the shop, in a fixed random order."""
    with store.reading() as session:
        vat_registered = session.scalar(select(Shop.vat_registered).where(Shop.id == shop_id))
        rates = {
            code: rate
            for code, rate in session.execute(select(VatCodeRow.standard_code, VatCodeRow.rate_bp))
        }
        categories = {c.id: c for c in session.scalars(select(Category))}
        rows = session.execute(
            select(
                Item.id,
                Item.barcode,
                Item.name,
                Item.price_ore,
                Item.category_id,
                Item.vat_code,
                Item.margin_scheme,
                Item.purchase_price_ore,
            ).where(
                Item.shop_id == shop_id,
                Item.status == ItemStatus.IN_STOCK,
                Item.kind == ItemKind.UNIQUE,
                Item.reserved_basket_id.is_(None),
            )
        ).all()
    chosen = random.Random(9).sample(rows, count)
    items = []
    for row in chosen:
        category = categories[row.category_id]
        code = row.vat_code or category.default_vat_code
        margin = bool(vat_registered and row.margin_scheme and row.purchase_price_ore is not None)
        rate = rates[code] if vat_registered else 0
        base = max(0, row.price_ore - row.purchase_price_ore) if margin else row.price_ore
        items.append(
            {
                "id": row.id,
                "barcode": row.barcode,
                "name": row.name,
                "price": row.price_ore,
                "category_id": row.category_id,
                "group": category.saft_article_group,
                "vat_code": code if vat_registered else "6",
                "rate": rate,
                "margin": margin,
                "purchase": row.purchase_price_ore if margin else None,
                "base": base if vat_registered else 0,
                "vat": vat_included(base, rate) if vat_registered else 0,
            }
        )
    return items


class _RawSale:
    """The floor: the rows of one sale, written with the raw driver."""

    def __init__(self, raw: RawConnection, actor, drafts: bool) -> None:
        self.raw = raw
        self.actor = actor
        self.drafts = drafts
        self.counter = receipt_counter(actor.till.id, False)
        insert = "INSERT INTO {} ({}) VALUES ({})"

        def statement(table: str, columns: str) -> str:
            names = columns.split()
            return raw.sql(insert.format(table, ", ".join(names), ", ".join("?" for _ in names)))

        self.insert_basket = (
            statement(
                "basket",
                "uuid shop_id till_id user_id state training basket_discount_ore "
                "discount_percent_bp created_at updated_at",
            )
            + " RETURNING id"
        )
        self.hold = raw.sql(
            "UPDATE item SET reserved_basket_id = ?, updated_at = ? "
            "WHERE id = ? AND status = 'in_stock' AND reserved_basket_id IS NULL"
        )
        self.insert_line = statement(
            "basket_line",
            "basket_id item_id quantity asked_price_ore unit_price_ore discount_ore "
            "discount_percent_bp created_at",
        )
        self.touch_basket = raw.sql(
            "UPDATE basket SET updated_at = ?, last_scan_id = ? WHERE id = ?"
        )
        self.draw = raw.sql(
            "UPDATE sequence_counter SET value = value + 1 WHERE name = ? RETURNING value"
        )
        self.insert_sale = (
            statement(
                "sale",
                "uuid shop_id till_id cashier_user_id kind training receipt_series receipt_number "
                "business_date created_at total_ore vat_ore discount_ore rounding_ore "
                "signature signature_key_version",
            )
            + " RETURNING id"
        )
        self.insert_sale_line = statement(
            "sale_line",
            "sale_id line_number item_id barcode description category_id saft_article_group "
            "quantity unit_price_ore price_overridden discount_ore line_total_ore vat_code "
            "vat_rate_bp vat_base_ore vat_ore margin_scheme purchase_price_ore",
        )
        self.insert_payment = statement(
            "payment",
            "sale_id method saft_payment_code amount_ore tendered_ore change_ore reference",
        )
        marks = ", ".join("?" for _ in range(LINES))
        self.sell = raw.sql(
            "UPDATE item SET status = 'sold', reserved_basket_id = NULL, updated_at = ? "
            f"WHERE id IN ({marks}) AND reserved_basket_id = ? AND status = 'in_stock'"
        )
        self.close_basket = raw.sql(
            "UPDATE basket SET state = 'completed', updated_at = ? WHERE id = ?"
        )
        self.insert_journal = statement(
            "journal_entry",
            "occurred_at shop_id till_id user_id event_type saft_event_code sale_id summary "
            "payload_json",
        )

    def sell_three(self, items: list[dict]) -> None:
        raw, actor, cursor, v = self.raw, self.actor, self.raw.cursor, self.raw.values
        basket_uuid = str(uuid.uuid4())
        with raw.writing(draft=self.drafts):
            now = datetime.now(UTC)
            cursor.execute(
                self.insert_basket,
                v(
                    (
                        basket_uuid,
                        actor.shop_id,
                        actor.till.id,
                        actor.user_id,
                        "open",
                        False,
                        0,
                        0,
                        now,
                        now,
                    )
                ),
            )
            basket_id = cursor.fetchone()[0]
        for item in items:
            with raw.writing(draft=self.drafts):
                now = datetime.now(UTC)
                cursor.execute(self.hold, v((basket_id, now, item["id"])))
                assert cursor.rowcount == 1
                cursor.execute(
                    self.insert_line,
                    v((basket_id, item["id"], 1, item["price"], item["price"], 0, 0, now)),
                )
                cursor.execute(self.touch_basket, v((now, str(uuid.uuid4()), basket_id)))
        total = sum(item["price"] for item in items)
        vat = sum(item["vat"] for item in items)
        rounding = cash_rounding_ore(total)
        with raw.writing():
            now = datetime.now(UTC)
            cursor.execute(self.draw, (self.counter,))
            number = cursor.fetchone()[0]
            cursor.execute(
                self.insert_sale,
                v(
                    (
                        basket_uuid,
                        actor.shop_id,
                        actor.till.id,
                        actor.user_id,
                        "sale",
                        False,
                        "sale",
                        number,
                        business_date(now),
                        now,
                        total,
                        vat,
                        0,
                        rounding,
                        SIGNATURE,
                        1,
                    )
                ),
            )
            sale_id = cursor.fetchone()[0]
            cursor.executemany(
                self.insert_sale_line,
                [
                    v(
                        (
                            sale_id,
                            line_number,
                            item["id"],
                            item["barcode"],
                            item["name"],
                            item["category_id"],
                            item["group"],
                            1,
                            item["price"],
                            False,
                            0,
                            item["price"],
                            item["vat_code"],
                            item["rate"],
                            item["base"],
                            item["vat"],
                            item["margin"],
                            item["purchase"],
                        )
                    )
                    for line_number, item in enumerate(items, start=1)
                ],
            )
            cursor.execute(
                self.insert_payment,
                (sale_id, "cash", "12001", total + rounding, total + rounding, 0, ""),
            )
            cursor.execute(self.sell, v((now, *(item["id"] for item in items), basket_id)))
            assert cursor.rowcount == LINES
            cursor.execute(self.close_basket, v((now, basket_id)))
            payload = {
                "receipt_number": number,
                "total_ore": total,
                "vat_ore": vat,
                "rounding_ore": rounding,
                "lines": LINES,
                "basket": basket_uuid,
            }
            cursor.execute(
                self.insert_journal,
                v(
                    (
                        now,
                        actor.shop_id,
                        actor.till.id,
                        actor.user_id,
                        EventType.SALE_COMPLETED.value,
                        saft_event_code(EventType.SALE_COMPLETED),
                        sale_id,
                        f"Salg {number}: {format_kr(total)}",
                        json.dumps(payload, ensure_ascii=False),
                    )
                ),
            )


def _measure(ctx: Context, backend: str, store) -> Result:
    repeat, warmup = ctx.repeat(200, 40), 5
    actor = users.login(store, "BRUKT-1", 101, "1111")
    items = iter(_shelf_items(store, actor.shop_id, 2 * LINES * (repeat + warmup)))
    raw = RawConnection(store.url.render_as_string(hide_password=False))

    def service() -> None:
        basket = open_basket(store, actor)
        for _ in range(LINES):
            basket = scan_item(store, actor, basket.id, next(items)["barcode"])
        complete_sale(store, actor, basket.id, [Tender("cash")])

    # The floor's drafts are as durable as the service's (a tree from before
    # Store.drafting wrote them durably; its "before" figures were measured so).
    floor = _RawSale(raw, actor, drafts=hasattr(store, "drafting"))
    try:
        samples = interleaved(
            {
                "service": service,
                "floor": lambda: floor.sell_three([next(items) for _ in range(LINES)]),
            },
            repeat,
            warmup,
        )
    finally:
        raw.close()
    limit = TARGETS[backend]
    return Result.against(
        f"sale commit ({backend}, {ctx.label(ctx.large)})",
        samples["service"],
        samples["floor"],
        limit,
        f"≤{limit:g}x raw-driver floor",
        backend=backend,
        floor_name="the same rows, raw driver, same transactions",
        with_p99=True,
    )
