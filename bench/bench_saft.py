"""SAF-T: the busiest shop's SAF-T Cash Register file for a year, in time and memory.

Measured: ``export_saft`` for BRUKT (70 % of the sales: about 37k sales a year at
100k items, 370k at 1M) as the CLI's ``saft`` calls it, by the shop's manager:
everything read in one snapshot, streamed to the file with lxml's ``xmlfile``,
added up against ``collect_sales``, then checked against Skatteetaten's XSD and
the file's references (``schema.validate_saft``, a second streaming pass) before
it is renamed and journaled. Each export runs in a fresh child process that does
nothing else (``python -m bench.bench_saft``); the figures are taken inside it,
around the call: the time, and the peak memory (VmHWM, reset just before the
call through /proc/self/clear_refs) less the memory the process held just
before (VmRSS): what the export itself adds at its highest. Periods end on the
history's last trading day.

Memory: a month (30 days), three months (91) and a year (365), one row: the
year's peak against the month's. Streaming means flat: the year's peak at most
1.2x the month's, or at most 16 MB above it. A year's file is twelve times a
month's (about 1 GB at 1M items), so anything kept per sale, line or event
would show as several times the month's peak; the 16 MB allow for what the
libraries cache and for the noise of a small figure (a month's export adds
8-13 MB to the process). The details split each peak into writing (the
reading and writing of the file) and checking (the XSD check after it).

Time: the year, against a floor of the same data read and the same document
written with nothing of the app in between: the SELECT statements the export
sent (recorded with SQLAlchemy's ``before_cursor_execute`` in the first year's
child, with its SET of PostgreSQL's plan mode) replayed with the raw driver in
one read transaction and fetched, plus the app's file written again by lxml
(the file iterparsed, every element under auditfile, company, location,
articles and cashregister written with ``xmlfile.write`` as it ends; only the
writes timed, not the parsing that hands them over). Target: at most 2x the
floor. The XSD check is part of ``export_saft`` (no file is handed over
unchecked) and so of the figure; a second row gives the export without it (its
time, taken in the child, taken off).

Repetitions of the year: 3 in quick mode, 1 in full mode (a year at 1M items
took about 3 minutes on SQLite); the month and three months run first, once.
"""

from __future__ import annotations

import json
import os
import pickle
import re
import subprocess
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path
from time import perf_counter_ns

from lxml import etree
from sqlalchemy import event, func, select

from bench.core import Context, Result
from bench.raw import RawConnection
from bench.timing import Samples, interleaved

SHOP, TILL, MANAGER, PIN = "BRUKT", "BRUKT-1", 103, "1234"
PERIODS = {"month": 30, "3 months": 91, "year": 365}
TIME_LIMIT = 2.0
MEMORY_LIMIT, MEMORY_SLACK_MB = 1.2, 16.0
_ROOT = Path(__file__).resolve().parent.parent
_NS = "{urn:StandardAuditFile-Taxation-CashRegister:NO}"
_CONTAINERS = frozenset(
    _NS + tag for tag in ("auditfile", "company", "location", "articles", "cashregister")
)


def run(ctx: Context) -> list[Result]:
    repeat = ctx.repeat(full=1, quick=3)
    label = ctx.label(ctx.large)
    results = []
    for backend in ctx.backends:
        url = ctx.store_url(backend, ctx.large)
        last = _last_trading_day(url)
        with tempfile.TemporaryDirectory(prefix="omigjen-bench-saft-") as folder:
            work = Path(folder)
            memory = {}
            for name, days in PERIODS.items():
                if name != "year":
                    memory[name] = _export_in_child(url, last, days, work / "saft.xml")
            year = _Year(url, last, work, repeat)
            interleaved({"app": year.app, "floor": year.floor}, repeat, warmup=0)
            memory["year"] = year.children[0]
        results += _time_rows(backend, label, year)
        results.append(_memory_row(backend, label, memory))
    return results


class _Year:
    """A year's export in a child process, and the floor, turn by turn."""

    def __init__(self, url: str, last: date, work: Path, repeat: int) -> None:
        self.url, self.last, self.work = url, last, work
        self.children: list[dict] = []
        self.statements = work / "statements.pickle"
        self.kept = work / "kept.xml"  # the first export's file: what the floor writes again
        self.floor_read: list[int] = []
        self.floor_write: list[int] = []

    def app(self) -> None:
        first = not self.children
        output = self.kept if first else self.work / "saft.xml"
        self.children.append(
            _export_in_child(
                self.url, self.last, PERIODS["year"], output, self.statements if first else None
            )
        )
        if not first:
            output.unlink()

    def floor(self) -> None:
        statements = list(_recorded(self.statements))
        raw = RawConnection(self.url)
        try:
            started = perf_counter_ns()
            with raw.reading():
                for statement, parameters in statements:
                    raw.cursor.execute(statement, parameters)
                    if raw.cursor.description is not None:  # not the SET
                        raw.cursor.fetchall()
            self.floor_read.append(perf_counter_ns() - started)
        finally:
            raw.close()
        target = self.work / "floor.xml"
        self.floor_write.append(_write_again(self.kept, target))
        target.unlink()


def _time_rows(backend: str, label: str, year: _Year) -> list[Result]:
    app = Samples(tuple(child["export_ns"] for child in year.children))
    unchecked = Samples(tuple(c["export_ns"] - c["validate_ns"] for c in year.children))
    floor = Samples(tuple(map(sum, zip(year.floor_read, year.floor_write, strict=True))))
    details = {
        "period": year.children[0]["period"],
        "transactions": year.children[0]["transactions"],
        "file_mb": round(year.children[0]["bytes"] / 1e6, 1),
        "xsd_check": Samples(tuple(c["validate_ns"] for c in year.children)).summary(),
        "floor_read": Samples(tuple(year.floor_read)).summary(),
        "floor_write": Samples(tuple(year.floor_write)).summary(),
    }
    floor_name = "the export's SQL, raw driver + the same file written by lxml"
    return [
        Result.against(
            f"SAF-T year ({backend}, {label})",
            app,
            floor,
            TIME_LIMIT,
            f"≤{TIME_LIMIT:g}x raw read + lxml write",
            backend=backend,
            floor_name=floor_name,
            details=details,
        ),
        Result.against(
            f"SAF-T no XSD ({backend}, {label})",
            unchecked,
            floor,
            TIME_LIMIT,
            f"≤{TIME_LIMIT:g}x raw read + lxml write",
            backend=backend,
            floor_name=floor_name,
            details=details,
        ),
    ]


def _memory_row(backend: str, label: str, memory: dict[str, dict]) -> Result:
    peaks = {name: child["peak_kb"] / 1024 for name, child in memory.items()}
    month, year = peaks["month"], peaks["year"]
    return Result(
        name=f"SAF-T memory ({backend}, {label})",
        figure_ms=year,
        floor_ms=month,
        floor_name="the month's peak (MB above the process before the call)",
        ratio=year / month,
        target=f"≤{MEMORY_LIMIT:g}x or +{MEMORY_SLACK_MB:g} MB month",
        met=year <= max(MEMORY_LIMIT * month, month + MEMORY_SLACK_MB),
        backend=backend,
        unit="MB",
        details={
            "peak_mb": {name: round(peak, 1) for name, peak in peaks.items()},
            **{  # writing: the file written (and read for); checking: the XSD check after
                key: {name: child[key] for name, child in memory.items()}
                for key in ("writing_peak_kb", "checking_peak_kb", "transactions", "articles")
            },
        },
    )


def _last_trading_day(url: str) -> date:
    """The history's last day of sales in the shop (before today: another
    benchmark of the run may have added days after it)."""
    from omigjen_pos.domain.business_day import business_date
    from omigjen_pos.services.store_setup import open_and_upgrade
    from omigjen_pos.store.models import Sale, Shop
    from omigjen_pos.store.types import utcnow

    store, _ = open_and_upgrade(url)
    try:
        with store.reading() as session:
            found = session.scalar(
                select(func.max(Sale.business_date))
                .join(Shop, Sale.shop_id == Shop.id)
                .where(Shop.code == SHOP, Sale.business_date < business_date(utcnow()))
            )
    finally:
        store.close()
    assert found is not None, f"no sales of {SHOP} in the store"
    return found


def _export_in_child(
    url: str, last: date, days: int, output: Path, record: Path | None = None
) -> dict:
    first = last - timedelta(days=days - 1)
    command = [sys.executable, "-m", "bench.bench_saft", url, str(first), str(last), str(output)]
    done = subprocess.run(
        [*command, *([str(record)] if record else [])],
        cwd=_ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"SAF-T child failed:\n{done.stderr}")
    return json.loads(done.stdout.splitlines()[-1])


def _write_again(source: Path, target: Path) -> int:
    """lxml writing ``source``'s document to ``target`` element by element as
    iterparse hands them over (the containers opened and closed around them);
    returns the nanoseconds spent writing. The line breaks between elements are
    not written (iterparse has not read an element's tail when it ends)."""
    spent = 0
    opened: list = []
    with open(target, "wb") as out, etree.xmlfile(out, encoding="UTF-8") as xf:
        xf.write_declaration()
        for kind, element in etree.iterparse(str(source), events=("start", "end"), huge_tree=True):
            parent = element.getparent()
            container = element.tag in _CONTAINERS
            whole = kind == "end" and not container and parent is not None
            whole = whole and parent.tag in _CONTAINERS  # type: ignore[union-attr]
            if whole:  # made as the app makes its elements: no namespace of their own
                parent.remove(element)
                for inner in element.iter():
                    inner.tag = etree.QName(inner).localname
                    if inner.text is None and not len(inner):
                        inner.text = ""  # as the app writes it: <signature></signature>
                etree.cleanup_namespaces(element)
            started = perf_counter_ns()
            if container:
                if kind == "start":
                    nsmap = element.nsmap if parent is None else None
                    opened.append(xf.element(element.tag, nsmap=nsmap))
                    opened[-1].__enter__()
                else:
                    opened.pop().__exit__(None, None, None)
            elif whole:
                xf.write(element)
            spent += perf_counter_ns() - started
        started = perf_counter_ns()
    return spent + perf_counter_ns() - started


def _recorded(path: Path):
    """The statements a child recorded, one pickle each."""
    with open(path, "rb") as recorded:
        while True:
            try:
                yield pickle.load(recorded)
            except EOFError:
                return


# -- the child process -------------------------------------------------------------


def _memory_kb(field: str) -> int:
    status = Path("/proc/self/status").read_text()
    return int(re.search(rf"^{field}:\s+(\d+) kB", status, re.MULTILINE).group(1))  # type: ignore[union-attr]


def _child(url: str, first: str, last: str, output: str, record: str | None = None) -> None:
    """One export, as ``saft`` runs it; prints what it took as one JSON line."""
    from omigjen_pos.services import users
    from omigjen_pos.services.saft import export
    from omigjen_pos.services.store_setup import open_and_upgrade

    store, _ = open_and_upgrade(url)
    actor = users.login(store, TILL, MANAGER, PIN)
    checking = export.validate_saft
    validate_ns = writing_peak = 0

    def timed_check(*args, **kwargs) -> None:  # the XSD check's time, and its own peak
        nonlocal validate_ns, writing_peak
        writing_peak = _memory_kb("VmHWM")
        Path("/proc/self/clear_refs").write_text("5")
        started = perf_counter_ns()
        checking(*args, **kwargs)
        validate_ns += perf_counter_ns() - started

    export.validate_saft = timed_check
    recorded = open(record, "wb") if record else None  # noqa: SIM115 (closed below)
    statements = 0

    def listen(_conn, _cursor, statement, parameters, _context, _executemany) -> None:
        nonlocal statements
        reading = statement.lstrip().upper().startswith(("SELECT", "SET "))  # SET: the plan mode
        if reading and "pg_advisory" not in statement:
            pickle.dump((statement, parameters), recorded)  # to disk: no memory kept here
            statements += 1

    if recorded:
        event.listen(store.engine, "before_cursor_execute", listen)
    Path("/proc/self/clear_refs").write_text("5")  # VmHWM from here on
    before = _memory_kb("VmRSS")
    started = perf_counter_ns()
    summary = export.export_saft(
        store, actor, SHOP, date.fromisoformat(first), date.fromisoformat(last), Path(output)
    )
    export_ns = perf_counter_ns() - started
    checking_peak = _memory_kb("VmHWM")  # the check, the journal entry
    if recorded:
        event.remove(store.engine, "before_cursor_execute", listen)
        recorded.close()
    users.logout(store, actor)
    store.close()
    result = {
        "period": f"{first}..{last}",
        "export_ns": export_ns,
        "validate_ns": validate_ns,
        "peak_kb": max(writing_peak, checking_peak) - before,
        "writing_peak_kb": writing_peak - before,
        "checking_peak_kb": checking_peak - before,
        "rss_before_kb": before,
        "transactions": summary.transactions,
        "articles": summary.articles,
        "bytes": summary.size_bytes,
        "statements": statements,
    }
    print(json.dumps(result))


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _child(*sys.argv[1:])
