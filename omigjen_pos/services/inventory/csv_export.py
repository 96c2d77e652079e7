"""Exporting a shop's items as CSV, for other programs: UTF-8 without a BOM,
comma-separated, RFC 4180 quoting, money in kroner with a dot (``149.50``).

Rows are streamed from the database in batches (a server-side cursor on
PostgreSQL), so a shop with half a million items never sits in memory whole.
A file is written beside its destination and moved into place when complete,
so a failed export never leaves half a file under the name asked for.
"""

from __future__ import annotations

import csv
import os
from datetime import date
from pathlib import Path
from typing import TextIO

from sqlalchemy import Select, func, select
from sqlalchemy.orm import aliased

from omigjen_pos.domain.business_day import business_date
from omigjen_pos.domain.errors import InvalidInput, NotFound
from omigjen_pos.domain.items import ItemStatus
from omigjen_pos.domain.money import ORE_PER_KRONE
from omigjen_pos.services.actors import Actor
from omigjen_pos.services.inventory.csv_io import EXPORT_COLUMNS
from omigjen_pos.services.inventory.rows import shop_markdown_rules, to_row
from omigjen_pos.store.database import Store
from omigjen_pos.store.models import Category, Item, Sale, SaleKind, SaleLine, Shop
from omigjen_pos.store.types import utcnow

BATCH = 500


def export_items_csv(
    store: Store,
    actor_or_shop: Actor | str,
    status: ItemStatus | None,
    output: str | os.PathLike[str] | TextIO,
    decimal: str = ".",
    today: date | None = None,
    batch_size: int = BATCH,
) -> int:
    """Write the items of a shop (the actor's, or the one with this code), all or
    those with ``status``, to ``output`` (a path or an open text stream opened
    with ``newline=""``). Returns the number of items written."""
    if decimal not in (".", ","):
        raise InvalidInput("decimal", decimal, "a dot or a comma")
    today = today or business_date(utcnow())
    if not isinstance(output, (str, os.PathLike)):
        return _write(output, store, actor_or_shop, status, decimal, today, batch_size)
    path = Path(output)
    # Written under a temporary name beside the destination, then moved into place.
    partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
    try:
        stream = open(partial, "w", encoding="utf-8", newline="")  # noqa: SIM115 (closed below)
    except OSError as exc:
        raise InvalidInput("file", str(path), exc.strerror or str(exc)) from exc
    try:
        with stream:
            written = _write(stream, store, actor_or_shop, status, decimal, today, batch_size)
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return written


def _write(
    stream: TextIO,
    store: Store,
    actor_or_shop: Actor | str,
    status: ItemStatus | None,
    decimal: str,
    today: date,
    batch_size: int,
) -> int:
    writer = csv.writer(stream, lineterminator="\r\n")  # RFC 4180: CRLF, minimal quoting
    writer.writerow(EXPORT_COLUMNS)
    written = 0
    with store.reading() as session:
        if isinstance(actor_or_shop, Actor):
            shop_id = actor_or_shop.shop_id
        else:
            shop_id = session.scalar(
                select(Shop.id).where(Shop.code == actor_or_shop.strip().upper())
            )
            if shop_id is None:
                raise NotFound("shop", actor_or_shop)
        rules = shop_markdown_rules(session, [shop_id]).get(shop_id, [])
        statement = _items(shop_id, status).execution_options(yield_per=batch_size)
        for item, shop_code, shop_name, category_code, category_name, receipt in session.execute(
            statement
        ):
            row = to_row(item, shop_code, shop_name, category_name, rules, today)
            sold = row.status is ItemStatus.SOLD and receipt is not None
            writer.writerow(
                [
                    row.barcode,
                    row.name,
                    category_code,
                    row.status.value,
                    _kroner(row.list_price_ore, decimal),
                    _kroner(row.price_ore, decimal),
                    row.condition.value if row.condition else "",
                    row.source.value,
                    row.quantity,
                    row.intake_date.isoformat(),
                    row.shelf,
                    shop_code,
                    receipt if sold else "",
                ]
            )
            written += 1
            session.expunge(item)  # keep the identity map small while streaming
    return written


def _items(shop_id: int, status: ItemStatus | None) -> Select:
    """The shop's items with the receipt number of each one's latest real sale.

    Items never sold have no sale line: a LEFT JOIN keeps them, with NULL.
    Training receipts and returns are not sales of the item.
    """
    latest = (
        select(SaleLine.item_id, func.max(Sale.id).label("sale_id"))
        .join(Sale, SaleLine.sale_id == Sale.id)
        .where(
            Sale.shop_id == shop_id,
            Sale.kind == SaleKind.SALE,
            Sale.training.is_(False),
            SaleLine.item_id.is_not(None),
        )
        .group_by(SaleLine.item_id)
        .subquery("latest_sale")
    )
    sold_in = aliased(Sale, name="sold_in")
    statement = (
        select(Item, Shop.code, Shop.name, Category.code, Category.name_nb, sold_in.receipt_number)
        .join(Shop, Item.shop_id == Shop.id)
        .join(Category, Item.category_id == Category.id)
        .outerjoin(latest, latest.c.item_id == Item.id)
        .outerjoin(sold_in, sold_in.id == latest.c.sale_id)
        .where(Item.shop_id == shop_id)
        .order_by(Item.id)
    )
    if status is not None:
        statement = statement.where(Item.status == status)
    return statement


def _kroner(ore: int, decimal: str) -> str:
    """``14950`` -> ``149.50``: plain digits, no grouping, for machines."""
    sign = "-" if ore < 0 else ""
    kroner, rest = divmod(abs(ore), ORE_PER_KRONE)
    return f"{sign}{kroner}{decimal}{rest:02d}"
