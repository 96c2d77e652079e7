"""Search as you type: the first page of the stock list for a partial word.

Measured: what the stock screen does when the typing pauses until the first
page shows, minus the thread hop: ``find_item_ids`` with the screen's default
filters (the shop's items in stock, by name), the typed text and the screen's
first-page limit, the ids handed to its ``ItemTableModel``, and every cell of
the visible rows read as the view paints them (the model fetches the rows a
window at a time through ``fetch_item_rows``). Qt offscreen. (The rest of the
ids, and the count, follow in the background.)

The floor: the very SQL statements the service ran for that page (recorded with
SQLAlchemy's ``before_cursor_execute`` on a warm-up call), replayed with the
raw driver in one read transaction and fetched.

Targets: the page at most 2x its floor at each size, and the large store's page
at most 3x the small one's. Partial words typed in turn, common and rare:
"""

from __future__ import annotations

from sqlalchemy import event

from bench.core import Context, Result
from bench.raw import RawConnection
from bench.timing import Samples, interleaved
from omigjen_pos.domain.items import ItemStatus
from omigjen_pos.services import users
from omigjen_pos.services.inventory.search import ItemQuery, fetch_item_rows, find_item_ids
from omigjen_pos.ui.screens.inventory import stock_screen
from omigjen_pos.ui.screens.inventory.item_table_model import ItemTableModel

WORDS = ("lamp", "stol", "jakk", "sofa", "kopp")
PAGE_ROWS = 30  # rows a stock list shows at once
# The screen's first query: its first page of ids (None, all of them, in a tree
# from before the two-phase search: how "before" figures were measured).
FIRST_PAGE = getattr(stock_screen, "FIRST_PAGE", None)
FLOOR_LIMIT = 2.0
GROWTH_LIMIT = 3.0

__doc__ += ", ".join(f'"{word}"' for word in WORDS) + "."


def run(ctx: Context) -> list[Result]:
    ctx.qt_app()
    repeat, warmup = ctx.repeat(100, 40), len(WORDS)
    results = []
    for backend in ctx.backends:
        with ctx.opened(backend, ctx.small) as small, ctx.opened(backend, ctx.large) as large:
            lists = {"small": _StockList(small), "large": _StockList(large)}
            try:
                samples = interleaved(
                    {
                        "small": lists["small"].page,
                        "small floor": lists["small"].floor,
                        "large": lists["large"].page,
                        "large floor": lists["large"].floor,
                    },
                    repeat,
                    warmup,
                    between=lambda lists=lists: [s.next_word() for s in lists.values()],
                )
            finally:
                for stock_list in lists.values():
                    stock_list.close()
        for size, key in ((ctx.small, "small"), (ctx.large, "large")):
            results.append(
                Result.against(
                    f"search ({backend}, {ctx.label(size)})",
                    samples[key],
                    samples[f"{key} floor"],
                    FLOOR_LIMIT,
                    f"≤{FLOOR_LIMIT:g}x raw query",
                    backend=backend,
                    floor_name="the service's SQL, raw driver",
                    with_p99=True,
                    details={"matches": lists[key].matches},
                )
            )
        results.append(_growth(ctx, backend, samples["small"], samples["large"]))
    return results


def _growth(ctx: Context, backend: str, small: Samples, large: Samples) -> Result:
    small_label, large_label = ctx.label(ctx.small), ctx.label(ctx.large)
    return Result.against(
        f"search growth ({backend}, {small_label}→{large_label})",
        large,
        small,
        GROWTH_LIMIT,
        f"≤{GROWTH_LIMIT:g}x the {small_label} page",
        backend=backend,
        floor_name=f"the same page at {small_label} items",
    )


class _StockList:
    """The stock screen's model over one store, and the SQL its pages cost."""

    def __init__(self, store) -> None:
        self.store = store
        self.actor = users.login(store, "BRUKT-1", 103, "1234")
        self.model = ItemTableModel(lambda ids: fetch_item_rows(store, ids))
        self.raw = RawConnection(store.url.render_as_string(hide_password=False))
        self.word_index = 0
        self.statements: dict[str, list[tuple[str, object]]] = {}
        self.matches: dict[str, int] = {}
        for word in WORDS:
            self.statements[word] = self._record(word)

    @property
    def word(self) -> str:
        return WORDS[self.word_index % len(WORDS)]

    def next_word(self) -> None:
        self.word_index += 1

    def page(self) -> None:
        self._page(self.word)

    def _page(self, word: str) -> None:
        query = ItemQuery(text=word, status=ItemStatus.IN_STOCK)
        ids = find_item_ids(self.store, self.actor, query, limit=FIRST_PAGE)
        self.model.set_ids(ids)
        for row in range(min(PAGE_ROWS, self.model.rowCount())):
            for column in range(self.model.columnCount()):
                self.model.data(self.model.index(row, column))

    def _record(self, word: str) -> list[tuple[str, object]]:
        """The statements one page costs, as the driver received them."""
        seen: list[tuple[str, object]] = []

        def listen(_conn, _cursor, statement, parameters, _context, _executemany) -> None:
            if statement.lstrip().upper().startswith("SELECT"):
                seen.append((statement, parameters))

        event.listen(self.store.engine, "before_cursor_execute", listen)
        try:
            self._page(word)
        finally:
            event.remove(self.store.engine, "before_cursor_execute", listen)
        self.matches[word] = self.model.rowCount()
        return seen

    def floor(self) -> None:
        cursor = self.raw.cursor
        with self.raw.reading():
            for statement, parameters in self.statements[self.word]:
                cursor.execute(statement, parameters)
                cursor.fetchall()

    def close(self) -> None:
        self.raw.close()
