"""Importing a shop's items from a CSV file: a shop moving from another system.

Every row is read and checked with the domain rules before anything is written
(``csv_io``). If any row is bad, or on a dry run, nothing is written and the
report names each bad row by its line. Otherwise all rows are registered in one
transaction, each with an in-store barcode and its own journal entry, exactly as
the registration screen gives them (``registration.register_items``).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select

from omigjen_pos.domain.business_day import business_date
from omigjen_pos.domain.errors import InvalidInput, NotFound, PermissionDenied
from omigjen_pos.domain.item_rules import ItemDraft
from omigjen_pos.domain.roles import Action
from omigjen_pos.services.actors import Actor, TillInfo
from omigjen_pos.services.inventory.csv_io import (
    CsvTable,
    RowProblem,
    RowRefused,
    category_lookup,
    read_csv_text,
    row_draft,
)
from omigjen_pos.services.inventory.registration import register_items
from omigjen_pos.services.tills import till_by_code
from omigjen_pos.store.database import Store
from omigjen_pos.store.models import Category, Item, Shop, Till
from omigjen_pos.store.types import utcnow

_IN_BATCHES_OF = 500  # manufacturer barcodes per IN (...) query


@dataclass(frozen=True)
class ImportReport:
    shop_code: str
    file_name: str
    dry_run: bool
    rows: int  # item rows read (blank lines are not counted)
    problems: tuple[RowProblem, ...]
    ignored_columns: tuple[str, ...]  # headers the import does not know
    imported: int  # items written: 0 when refused or on a dry run
    barcodes: tuple[str, ...]  # of the imported items, in file order

    @property
    def ok(self) -> bool:
        return not self.problems


def import_till(store: Store, shop_code: str, till_code: str | None = None) -> TillInfo:
    """The till an import is recorded on: ``till_code`` if given, else the shop's
    first active till. Raises NotFound for an unknown shop."""
    with store.reading() as session:
        shop = session.scalar(select(Shop).where(Shop.code == shop_code.strip().upper()))
        if shop is None:
            raise NotFound("shop", shop_code)
        if till_code:
            till = till_by_code(session, till_code)
            if till.shop_id != shop.id:
                raise InvalidInput(
                    "till", till_code, f"belongs to {till.shop_code}, not {shop.code}"
                )
            return till
        first = session.scalar(
            select(Till.code).where(Till.shop_id == shop.id, Till.active).order_by(Till.code)
        )
        if first is None:
            raise NotFound("till of shop", shop.code)
        return till_by_code(session, first)


def import_items_csv(
    store: Store,
    actor: Actor,
    shop_code: str,
    source: str | os.PathLike[str] | bytes,
    *,
    dry_run: bool = False,
    file_name: str | None = None,
    today: date | None = None,
) -> ImportReport:
    """Check every row of the CSV ``source`` and import them all, or nothing.

    ``source`` is a path (a ``Path``, or a ``str`` without a line break), the
    file's bytes, or its text. The caller must manage ``shop_code`` and be logged
    in on one of its tills. Unreadable files raise InvalidInput("file", ...).
    """
    shop_code = shop_code.strip().upper()
    if actor.till.shop_code != shop_code or not actor.may(Action.ADMINISTER_SHOP):
        raise PermissionDenied(actor.name, "import items", shop_code)
    text, name = read_csv_text(source, file_name)
    today = today or business_date(utcnow())
    with store.reading() as session:
        categories = category_lookup(session.scalars(select(Category).where(Category.active)))
    problems: list[RowProblem] = []
    drafts: list[tuple[int, ItemDraft]] = []
    rows = 0
    ignored: tuple[str, ...] = ()
    try:
        table = CsvTable.parse(text)
    except RowRefused as refused:
        problems.append(refused.problem)
    else:
        ignored = table.ignored
        for line, cells in table.records():
            rows += 1
            try:
                drafts.append((line, row_draft(table, line, cells, categories, today)))
            except RowRefused as refused:
                problems.append(refused.problem)
        if rows == 0:
            problems.append(RowProblem(1, "", "", "no items below the header"))
        problems += _barcode_clashes(store, actor.shop_id, table.name_of("barcode"), drafts)
    problems.sort(key=lambda p: p.line)
    report = ImportReport(
        shop_code=shop_code,
        file_name=name,
        dry_run=dry_run,
        rows=rows,
        problems=tuple(problems),
        ignored_columns=ignored,
        imported=0,
        barcodes=(),
    )
    if problems or dry_run:
        return report
    made = register_items(store, actor, [draft for _, draft in drafts], today, origin=name)
    return replace(report, imported=len(made), barcodes=tuple(row.barcode for row in made))


def _barcode_clashes(
    store: Store, shop_id: int, column: str, rows: Sequence[tuple[int, ItemDraft]]
) -> list[RowProblem]:
    """Manufacturer barcodes given twice in the file, or already used in the shop."""
    first_line: dict[str, int] = {}
    problems: list[RowProblem] = []
    for line, draft in rows:
        code = draft.manufacturer_barcode
        if code is None:
            continue
        if code in first_line:
            problems.append(RowProblem(line, column, code, f"also on line {first_line[code]}"))
        else:
            first_line[code] = line
    codes = list(first_line)
    taken: dict[str, str] = {}
    with store.reading() as session:
        for start in range(0, len(codes), _IN_BATCHES_OF):
            batch = codes[start : start + _IN_BATCHES_OF]
            found = session.execute(
                select(Item.barcode, Item.name).where(
                    Item.shop_id == shop_id, Item.barcode.in_(batch)
                )
            )
            taken.update((code, name) for code, name in found)
    for code, name in taken.items():
        reason = f"already used by «{name}» in this shop"
        problems.append(RowProblem(first_line[code], column, code, reason))
    return problems
