"""Random trading through the real checkout services: load tests and training data.

Every sale goes through exactly the calls the till screen makes (open, scan,
park/resume, cancel, complete, return), so several simulations on different tills of
one PostgreSQL store exercise the same holds, numbering and commits as a busy
Saturday does.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, or_, select

from omigjen_pos.domain.errors import ItemUnavailable
from omigjen_pos.domain.items import ItemKind, ItemStatus
from omigjen_pos.domain.pricing import cash_rounding_ore
from omigjen_pos.domain.receipt_codes import receipt_code
from omigjen_pos.domain.settlement import Tender
from omigjen_pos.services.actors import Actor
from omigjen_pos.services.checkout.basket import cancel_basket, open_basket, scan_item
from omigjen_pos.services.checkout.parking import park_basket, resume_basket
from omigjen_pos.services.checkout.returns import find_sales_for_return, record_return
from omigjen_pos.services.checkout.sale import complete_sale
from omigjen_pos.store.database import Store
from omigjen_pos.store.models import Item, PaymentMethod

MAX_LINES = 4
VOID_SHARE = 0.05
PARK_SHARE = 0.05
RETURN_SHARE = 0.03


@dataclass
class SimulationReport:
    sales: int = 0
    voids: int = 0
    parks: int = 0
    returns: int = 0
    refused_scans: int = 0
    stopped_early: bool = False  # the shop ran out of items to sell


def _sellable(actor: Actor):
    return (
        Item.shop_id == actor.shop_id,
        Item.status == ItemStatus.IN_STOCK,
        Item.reserved_basket_id.is_(None),
        or_(Item.kind == ItemKind.UNIQUE, Item.quantity > 0),
    )


def _random_barcodes(store: Store, actor: Actor, rng: random.Random, count: int) -> list[str]:
    with store.reading() as session:
        available = (
            session.scalar(select(func.count()).select_from(Item).where(*_sellable(actor))) or 0
        )
        if available == 0:
            return []
        return [
            session.scalar(
                select(Item.barcode)
                .where(*_sellable(actor))
                .order_by(Item.id)
                .offset(rng.randrange(available))
                .limit(1)
            )
            or ""
            for _ in range(count)
        ]


def _tenders(rng: random.Random, total_ore: int) -> list[Tender]:
    choice = rng.random()
    if choice < 0.4:
        due = total_ore + cash_rounding_ore(total_ore)
        return [Tender("cash", tendered_ore=-(-due // 10_000) * 10_000)]  # next 100 kr note
    if choice < 0.75:
        return [Tender("card", total_ore, reference=f"{rng.randrange(10**6):06d}")]
    if choice < 0.85:
        return [Tender("vipps", total_ore, reference=f"V{rng.randrange(10**8):08d}")]
    card = total_ore // 2
    return [Tender("card", card, reference=f"{rng.randrange(10**6):06d}"), Tender("cash")]


def _return_a_line(store: Store, actor: Actor, rng: random.Random, receipt_number: int) -> None:
    """The customer comes back at once with one thing: a return of one line."""
    (sale,) = find_sales_for_return(store, actor, receipt_code(actor.till.id, receipt_number))
    line = rng.choice(sale.lines)
    method = rng.choice((PaymentMethod.CASH, PaymentMethod.CARD, PaymentMethod.STORE_CREDIT))
    record_return(store, actor, str(uuid.uuid4()), sale.id, [line.id], method)


def simulate_sales(
    store: Store,
    actor: Actor,
    sales: int,
    seed: int | None = None,
    progress: Callable[[int, int], None] | None = None,
    park_share: float = PARK_SHARE,
    return_share: float = RETURN_SHARE,
) -> SimulationReport:
    """Ring up ``sales`` sales; of the baskets, ``VOID_SHARE`` are voided and
    ``park_share`` parked and taken up again; ``return_share`` of the sales get
    one line returned at once (the race test raises the two shares)."""
    if not (0 <= park_share <= 1 - VOID_SHARE and 0 <= return_share <= 1):
        raise ValueError(
            f"park_share must be within 0..{1 - VOID_SHARE:g} and return_share within 0..1"
        )
    rng = random.Random(seed)
    report = SimulationReport()
    while report.sales < sales:
        barcodes = _random_barcodes(store, actor, rng, rng.randint(1, MAX_LINES))
        if not barcodes:
            report.stopped_early = True
            break
        basket = open_basket(store, actor)
        for barcode in barcodes:
            try:
                basket = scan_item(store, actor, basket.id, barcode)
            except ItemUnavailable:  # another till got there first, or already scanned
                report.refused_scans += 1
        roll = rng.random()
        if not basket.lines or roll < VOID_SHARE:
            cancel_basket(store, actor, basket.id, "simulering")
            report.voids += 1
            continue
        if roll < VOID_SHARE + park_share:
            park_basket(store, actor, basket.id)
            basket = resume_basket(store, actor, basket.id)
            report.parks += 1
        try:
            sale = complete_sale(store, actor, basket.id, _tenders(rng, basket.total_ore))
        except ItemUnavailable as exc:
            if exc.reason != "out_of_stock":
                raise
            # A stock article is not held by a basket: other tills sold the last
            # ones between the scan and the payment. The customer gives up.
            cancel_basket(store, actor, basket.id, "utsolgt")
            report.voids += 1
            continue
        report.sales += 1
        if rng.random() < return_share:
            _return_a_line(store, actor, rng, sale.receipt_number)
            report.returns += 1
        if progress:
            progress(report.sales, sales)
    return report
