"""Run the benchmarks: ``python -m bench.run [--quick] [--only NAME ...]``.

Each benchmark module ``bench/bench_<name>.py`` has ``run(ctx) -> list[Result]``;
they run in name order. Every result is printed as one row as soon as it is
known, and all of them are written as JSON to ``bench/results/<timestamp>.json``
with a description of the machine. The exit status is 0 even when a target is
not met: the figures are the output, not a verdict.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import sqlite3
import sys
import time
import traceback
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.core import HEADER, Context, Result
from bench.generate import BACKENDS, PG_ADMIN_URL, postgres_available

BENCH_DIR = Path(__file__).resolve().parent
RESULTS_DIR = BENCH_DIR / "results"


def benchmark_names() -> list[str]:
    return sorted(path.stem.removeprefix("bench_") for path in BENCH_DIR.glob("bench_*.py"))


def machine() -> dict[str, object]:
    """What the figures were measured on."""
    info: dict[str, object] = {
        "nproc": os.cpu_count(),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "platform": platform.platform(),
    }
    try:
        cpuinfo = Path("/proc/cpuinfo").read_text()
        info["cpu"] = next(
            line.split(":", 1)[1].strip() for line in cpuinfo.splitlines() if "model name" in line
        )
        meminfo = Path("/proc/meminfo").read_text().split()
        info["ram_gib"] = round(int(meminfo[meminfo.index("MemTotal:") + 1]) / 1024**2, 1)
        info["load_average"] = os.getloadavg()
    except (OSError, StopIteration, ValueError):
        pass
    if postgres_available() is None:
        import psycopg

        with psycopg.connect(PG_ADMIN_URL) as connection:
            row = connection.execute("SHOW server_version").fetchone()
            info["postgresql"] = row[0] if row else "?"
    return info


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Omigjen POS benchmarks (docs/performance.md)")
    parser.add_argument("--quick", action="store_true", help="10k and 100k items, fewer rounds")
    parser.add_argument("--only", nargs="+", choices=benchmark_names(), metavar="NAME")
    parser.add_argument("--backend", choices=BACKENDS, action="append", dest="backends")
    parser.add_argument(
        "--items",
        nargs=2,
        type=int,
        metavar=("SMALL", "LARGE"),
        help="store sizes in items (default: 10000 and 1000000, quick 100000)",
    )
    parser.add_argument(
        "--output", type=Path, help="JSON file (default: bench/results/<time>.json)"
    )
    args = parser.parse_args(argv)

    started = datetime.now(UTC)
    info = machine()
    print(
        f"Omigjen POS benchmarks ({'quick' if args.quick else 'full'}): "
        f"{info.get('nproc')} CPUs ({info.get('cpu', '?')}), {info.get('ram_gib', '?')} GiB, "
        f"Python {info['python']}, SQLite {info['sqlite']}, "
        f"PostgreSQL {info.get('postgresql', 'not reachable')}, "
        f"load {info.get('load_average', '?')}"
    )
    ctx = Context(args.quick, tuple(args.backends or BACKENDS), items=args.items)
    results: list[Result] = []
    failures: dict[str, str] = {}
    try:
        for name in args.only or benchmark_names():
            print(f"\n== {name}")
            module = importlib.import_module(f"bench.bench_{name}")
            clock = time.perf_counter()
            try:
                found = module.run(ctx)
            except Exception:
                failures[name] = traceback.format_exc()
                print(failures[name], file=sys.stderr)
                continue
            print(HEADER)
            for result in found:
                print(result.row())
            print(f"   ({time.perf_counter() - clock:.0f} s)")
            results.extend(found)
    finally:
        ctx.close()

    print("\n== summary")
    print(HEADER)
    for result in results:
        print(result.row())
    for name in failures:
        print(f"{name}: FAILED (traceback above)")
    RESULTS_DIR.mkdir(exist_ok=True)
    output = args.output or RESULTS_DIR / f"{started:%Y%m%dT%H%M%SZ}.json"
    info["load_average_after"] = os.getloadavg()
    output.write_text(
        json.dumps(
            {
                "started": started.isoformat(),
                "seconds": round((datetime.now(UTC) - started).total_seconds(), 1),
                "mode": "quick" if args.quick else "full",
                "sizes": {"small": ctx.small.key, "large": ctx.large.key},
                "machine": info,
                "skipped_backends": ctx.skipped,
                "results": [result.as_json() for result in results],
                "failures": failures,
            },
            indent=2,
            ensure_ascii=False,
        )
        + "\n"
    )
    print(f"\nresults written to {output}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
