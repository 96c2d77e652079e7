"""Many tills: 1, 4 and 16 ``simulate`` processes selling at once on one PostgreSQL store.

Measured: sales per second of a round. Each round starts N processes of
``python -m omigjen_pos simulate --till BRUKT-k --sales S --wait-for-start``
(the demo cashier, the default 5 % parked and 3 % returned), all on a private
working copy of the small generated store (10k items) with sixteen tills in
BRUKT (BRUKT-3..16 added with ``centre_parts.add_till``). Each process opens the
store and logs in (scrypt), says it is ready and waits; when all are ready the
parent lets them go at once, and the round's time runs from that moment to the
last process's end of sales (each prints its own CLOCK_MONOTONIC times). Process
start-up and login are not timed. Before every round BRUKT's shelf is topped up
to the same number of sellable items (``restock_demo_shop``), enough for 16
tills' worst case, so no till runs out and every round draws from an equal shelf.

The floor is one till: the target is 16 tills selling at least 8 times as many
sales per second as one, with every unique item sold at most once (never on two
sale lines that were not returned), every till's receipt numbers 1..N without a
gap, the store holding exactly the sales the processes reported, and
``verify_store`` finding nothing; a failed check marks the rows not met.

The machine's own ceiling, measured in the same run the same way, each right
after the sales round of as many processes: 1, 4 and 16 processes each running
a fixed CPU-bound Python loop. On two CPUs, 16 processes cannot do more than
about twice the work of one per second, the tills share them with PostgreSQL,
and on a shared machine other people's work takes its part too. The CPU use of
each round is in the rows' details: the whole machine's (/proc/stat), the
processes' own and PostgreSQL's (its processes in /proc, ended backends
included through the postmaster's reaped children).
"""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from sqlalchemy import func, select

from bench.core import Context, Result
from bench.generate import working_copy
from omigjen_pos.domain.business_day import business_date
from omigjen_pos.domain.items import ItemKind
from omigjen_pos.services.centre_parts import add_till
from omigjen_pos.services.demo import restock_demo_shop
from omigjen_pos.services.store_setup import Store, open_and_upgrade
from omigjen_pos.services.verify import verify_store
from omigjen_pos.store.models import Item, Sale, SaleKind, SaleLine, Shop, Till
from omigjen_pos.store.types import utcnow

REPO = Path(__file__).resolve().parents[1]
SHOP = "BRUKT"
COUNTS = (1, 4, 16)
TILLS = tuple(f"{SHOP}-{number}" for number in range(1, max(COUNTS) + 1))
SPEED_UP_LIMIT = 8.0
MAX_LINES = 4  # services/simulation.py: at most four items in a basket
TIMEOUT_S = 900
RETRY_LOGGED = "runs again"  # Store.write_retrying, after a deadlock or serialisation failure
_SOLD = re.compile(r"^sold from (\d+) to (\d+), cpu (\d+)$", re.MULTILINE)
_RECORDED = re.compile(r"^Recorded (\d+) sales? on (\S+) ", re.MULTILINE)
_LOOP = """
import sys, time
print("ready", flush=True)
sys.stdin.readline()
began, cpu = time.monotonic_ns(), time.process_time_ns()
total = 0
for number in range({loops}):
    total += number * number
ended, cpu = time.monotonic_ns(), time.process_time_ns() - cpu
print(f"sold from {{began}} to {{ended}}, cpu {{cpu}}", flush=True)
"""


@dataclass
class Round:
    """One round: N processes let go at once."""

    processes: int
    seconds: float  # from the go to the last process's end
    work: int  # sales (or loops) done in all
    child_cpu_s: float  # the processes' own CPU time over their work
    postgres_cpu_s: float  # the server's processes over the round (/proc)
    machine_busy: float  # share of all CPUs busy over the round (/proc/stat)
    outputs: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    retries: int = 0  # write transactions run again after a deadlock or serialisation failure

    @property
    def per_second(self) -> float:
        return self.work / self.seconds


def run(ctx: Context) -> list[Result]:
    if "postgresql" not in ctx.backends:
        ctx.log(f"  skipped: {ctx.skipped.get('postgresql', 'PostgreSQL not chosen')}")
        return []
    sales, rounds = ctx.repeat(80, 30), ctx.repeat(3, 1)
    loops = 10_000_000  # about a second for one process on this machine
    shelf = max(COUNTS) * sales * MAX_LINES + 100
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="omigjen-tills-") as folder:
        home = Path(folder)
        with working_copy("postgresql", ctx.small, ctx.log) as url:
            store, _ = open_and_upgrade(url)
            try:
                _add_tills(store)
                before = _sales_in_store(store)
                tills: dict[int, list[Round]] = {count: [] for count in COUNTS}
                ceiling: dict[int, list[Round]] = {count: [] for count in COUNTS}
                for number in range(rounds):
                    order = COUNTS if number % 2 == 0 else tuple(reversed(COUNTS))
                    for count in order:
                        restock_demo_shop(store, SHOP, shelf, business_date(utcnow()))
                        ctx.log(f"  round {number + 1}: {count} tills x {sales} sales")
                        tills[count].append(_sell(url, count, sales, number, home))
                        ceiling[count].append(_loop(count, loops, home))
                checks = _checks(store, tills, before)
            finally:
                store.close()
    load = {"before": load_before, "after": os.getloadavg()}
    return _results(tills, ceiling, checks, sales, loops, load, ctx.label(ctx.small))


def _add_tills(store: Store) -> None:
    with store.writing() as session:
        shop_id = session.scalar(select(Shop.id).where(Shop.code == SHOP))
        known = set(session.scalars(select(Till.code)))
        for number, code in enumerate(TILLS, start=1):
            if code not in known:
                add_till(session, shop_id, code, number)


def _env(home: Path, name: str) -> dict[str, str]:
    """The child's own data (its log) and settings folders; no store from the environment."""
    env = dict(os.environ)
    env.pop("OMIGJEN_DATABASE_URL", None)
    for variable, folder in (("OMIGJEN_DATA_DIR", "data"), ("OMIGJEN_CONFIG_DIR", "config")):
        path = home / name / folder
        path.mkdir(parents=True, exist_ok=True)
        env[variable] = str(path)
    return env


def _sell(url: str, count: int, sales: int, round_number: int, home: Path) -> Round:
    commands, envs = [], []
    for index, till in enumerate(TILLS[:count]):
        name = f"r{round_number}-{count}-{till}"
        envs.append(_env(home, name))
        commands.append(
            [
                sys.executable,
                "-m",
                "omigjen_pos",
                "--database-url",
                url,
                "simulate",
                "--till",
                till,
                "--sales",
                str(sales),
                "--seed",
                str(1000 * round_number + 100 * count + index),
                "--wait-for-start",
            ]
        )
    done = _gated(commands, envs, home)
    for output, till in zip(done.outputs, TILLS, strict=False):
        recorded = _RECORDED.search(output)
        if recorded is None or int(recorded.group(1)) != sales or recorded.group(2) != till:
            done.problems.append(f"{till}: did not record {sales} sales: {output[-300:]!r}")
    done.work = sum(int(m.group(1)) for m in map(_RECORDED.search, done.outputs) if m)
    logs = home.glob(f"r{round_number}-{count}-*/data/omigjen-pos.log")
    done.retries = sum(log.read_text(errors="replace").count(RETRY_LOGGED) for log in logs)
    return done


def _loop(count: int, loops: int, home: Path) -> Round:
    command = [sys.executable, "-c", _LOOP.format(loops=loops)]
    done = _gated([command] * count, [dict(os.environ)] * count, home)
    done.work = count * loops
    return done


def _gated(commands: list[list[str]], envs: list[dict[str, str]], home: Path) -> Round:
    """Start every command, wait until each has said ``ready``, let them all go at
    once and wait for them; the round's time is the go to the last end of work."""
    with ExitStack() as stack:
        children = []
        for command, env in zip(commands, envs, strict=True):
            stderr = stack.enter_context(tempfile.TemporaryFile(dir=home))
            process = subprocess.Popen(
                command,
                cwd=REPO,
                env=env,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=stderr,
                text=True,
            )
            children.append(_Child(process, stderr))
        return _let_go(children)


@dataclass
class _Child:
    process: subprocess.Popen
    stderr: IO[bytes]

    def failure(self, output: str) -> str:
        self.process.wait()
        self.stderr.seek(0)
        text = self.stderr.read().decode(errors="replace")
        command = " ".join(map(str, self.process.args[3:8]))
        return (
            f"{command}: exit status {self.process.returncode}, "
            f"stdout {output[-300:]!r}, stderr {text[-1500:]!r}"
        )


def _let_go(children: list[_Child]) -> Round:
    processes = [child.process for child in children]
    try:
        for child in children:
            stdout = child.process.stdout
            line = stdout.readline() if stdout else ""
            if line.strip() != "ready":
                raise RuntimeError(child.failure(line))
        busy_before, postgres_before = _cpu_ticks(), _postgres_cpu_s()
        go = time.monotonic_ns()
        for process in processes:
            assert process.stdin is not None
            process.stdin.write("go\n")
            process.stdin.flush()
        outputs = [process.communicate(timeout=TIMEOUT_S)[0] for process in processes]
        busy_after, postgres_after = _cpu_ticks(), _postgres_cpu_s()
    finally:
        for process in processes:
            if process.poll() is None:
                process.kill()
                process.wait()
    problems, ends, cpu = [], [], 0
    for child, output in zip(children, outputs, strict=True):
        sold = _SOLD.search(output)
        if child.process.returncode != 0 or sold is None:
            problems.append(child.failure(output))
            continue
        ends.append(int(sold.group(2)))
        cpu += int(sold.group(3))
    busy = (busy_after[0] - busy_before[0]) / max(1, busy_after[1] - busy_before[1])
    return Round(
        processes=len(processes),
        seconds=(max(ends, default=go) - go) / 1e9 or float("nan"),
        work=0,
        child_cpu_s=cpu / 1e9,
        postgres_cpu_s=postgres_after - postgres_before,
        machine_busy=busy,
        outputs=outputs,
        problems=problems,
    )


def _postgres_cpu_s() -> float:
    """CPU seconds of the server's processes so far, the backends that ended
    included (the postmaster has reaped them: its children's time). Zero when
    the server is on another machine or its processes cannot be read."""
    ticks = 0
    for folder in Path("/proc").iterdir():
        try:
            if not folder.name.isdigit() or (folder / "comm").read_text().strip() != "postgres":
                continue
            fields = (folder / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        ticks += sum(int(value) for value in fields[11:15])  # utime stime cutime cstime
    return ticks / os.sysconf("SC_CLK_TCK")


def _cpu_ticks() -> tuple[int, int]:
    """(busy, total) jiffies of all CPUs since boot."""
    fields = [int(value) for value in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = fields[3] + fields[4]  # idle, iowait
    return sum(fields) - idle, sum(fields)


def _sales_in_store(store: Store) -> int:
    with store.reading() as session:
        return (
            session.scalar(
                select(func.count())
                .select_from(Sale)
                .where(Sale.kind == SaleKind.SALE, Sale.training.is_(False))
            )
            or 0
        )


def _checks(store: Store, tills: dict[int, list[Round]], before: int) -> dict[str, object]:
    """What must hold in the store after all rounds; ``problems`` lists what does not."""
    problems = [problem for rounds in tills.values() for r in rounds for problem in r.problems]
    with store.reading() as session:
        returned = select(SaleLine.returned_line_id).where(SaleLine.returned_line_id.is_not(None))
        sold_twice = session.scalar(
            select(func.count()).select_from(
                select(SaleLine.item_id)
                .join(Sale, SaleLine.sale_id == Sale.id)
                .join(Item, SaleLine.item_id == Item.id)
                .where(
                    Item.kind == ItemKind.UNIQUE,
                    Sale.kind == SaleKind.SALE,
                    Sale.training.is_(False),
                    SaleLine.id.not_in(returned),
                )
                .group_by(SaleLine.item_id)
                .having(func.count() > 1)
                .subquery()
            )
        )
        numbering = session.execute(
            select(
                Till.code,
                Sale.receipt_series,
                func.count(),
                func.count(Sale.receipt_number.distinct()),
                func.min(Sale.receipt_number),
                func.max(Sale.receipt_number),
            )
            .join(Till, Sale.till_id == Till.id)
            .group_by(Till.code, Sale.receipt_series)
        ).all()
    gaps = [
        f"{code} ({series}): {count} receipts numbered {low}..{high}"
        for code, series, count, distinct, low, high in numbering
        if not (low == 1 and high == count == distinct)
    ]
    reported = sum(r.work for rounds in tills.values() for r in rounds)
    added = _sales_in_store(store) - before
    breaches = [str(breach) for breach in verify_store(store)]
    if sold_twice:
        problems.append(f"{sold_twice} unique items on two sale lines not returned")
    problems += gaps
    if added != reported:
        problems.append(f"the tills reported {reported} sales, the store gained {added}")
    problems += [f"verify: {breach}" for breach in breaches]
    return {
        "ok": not problems,
        "unique_items_sold_twice": sold_twice,
        "tills_with_gapless_numbers": len(numbering) - len(gaps),
        "sales_reported": reported,
        "sales_added_to_store": added,
        "verify_breaches": len(breaches),
        "problems": problems[:20],
    }


def _results(tills, ceiling, checks, sales, loops, load, label) -> list[Result]:
    def rate(rounds: list[Round]) -> float:
        return statistics.median(r.per_second for r in rounds)

    def describe(rounds: list[Round]) -> dict[str, object]:
        cpus = os.cpu_count() or 1
        return {
            "rounds": len(rounds),
            "per_second": [round(r.per_second, 2) for r in rounds],
            "seconds": [round(r.seconds, 3) for r in rounds],
            "retried_transactions": [r.retries for r in rounds],
            # Shares of the whole machine (all CPUs) over each round:
            "machine_busy_pct": [round(100 * r.machine_busy, 1) for r in rounds],
            "processes_cpu_pct": [round(100 * r.child_cpu_s / r.seconds / cpus, 1) for r in rounds],
            "postgres_cpu_pct": [
                round(100 * r.postgres_cpu_s / r.seconds / cpus, 1) for r in rounds
            ],
        }

    one, machine_one = rate(tills[1]), rate(ceiling[1])
    speed_ups = {count: rate(tills[count]) / one for count in COUNTS}
    limits = {count: rate(ceiling[count]) / machine_one for count in COUNTS}
    common = {
        "store": f"PostgreSQL, working copy of the {label} store, {len(TILLS)} tills in {SHOP}",
        "sales_per_till_and_round": sales,
        "speed_up": {str(c): round(s, 2) for c, s in speed_ups.items()},
        "cpu_ceiling_speed_up": {str(c): round(s, 2) for c, s in limits.items()},
        "cpus": os.cpu_count(),
        "load_average": load,
        "checks": checks,
    }
    results = []
    for count in COUNTS:
        per_sale = 1000 / rate(tills[count])
        is_floor = count == 1
        target = "checks pass" if count != max(COUNTS) else f"≥{SPEED_UP_LIMIT:g}x 1 till, checks"
        met = bool(checks["ok"]) and (count != max(COUNTS) or speed_ups[count] >= SPEED_UP_LIMIT)
        results.append(
            Result(
                name=f"many tills (postgresql, {count} till{'s' * (count > 1)})",
                figure_ms=per_sale,
                floor_ms=None if is_floor else 1000 / one,
                floor_name="" if is_floor else "1 till, ms per sale",
                ratio=None if is_floor else speed_ups[count],  # sales per second vs 1 till
                target=target,
                met=met,
                backend="postgresql",
                details={
                    "figure": "wall-clock ms per sale, all tills together (1000 / sales per s)",
                    "ratio": "speed-up: sales per second / one till's",
                    "tills": describe(tills[count]),
                    "cpu_loop": describe(ceiling[count]),
                    **common,
                },
            )
        )
    top = max(COUNTS)
    results.append(
        Result(
            name=f"CPU ceiling ({top} vs 1 process)",
            figure_ms=1000 * 1e6 / rate(ceiling[top]),
            floor_ms=1000 * 1e6 / machine_one,
            floor_name="1 process, ms per million loops",
            ratio=limits[top],
            target="the machine's limit, no target",
            met=True,
            details={
                "figure": f"ms per million loop turns, {top} processes of {loops} turns",
                "cpu_loop": {str(c): describe(ceiling[c]) for c in COUNTS},
                "speed_up": {str(c): round(s, 2) for c, s in limits.items()},
                "cpus": os.cpu_count(),
                "load_average": load,
            },
        )
    )
    return results
