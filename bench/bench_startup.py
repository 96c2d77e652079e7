"""Start-up: process start to the login screen painted, against a bare PySide6 window.

Measured: ``python -m omigjen_pos --database-url URL --till BRUKT-1 --lang nb
--quit-when-ready`` (Qt offscreen), from the parent's ``time.monotonic_ns()``
just before ``subprocess.Popen`` to the child's own when the login screen's
first frame has been painted (omigjen_pos/ui/ready_probe.py prints it). That is
everything a cashier waits for: the interpreter, the imports, the settings, the
store opened and its schema checked, the window built, the first paint. (The
user list is loaded on a worker thread; on SQLite it was in that first frame in
the runs checked by hand.)

The floor: ``python -m bench.bare_window`` (a QApplication and a QMainWindow
with one label, reporting its first paint the same way), same interpreter, same
environment. Stores: "empty" is the demo centre with no items and no history
(``seed_demo_centre(items_per_shop=0)``: shops, tills, users, categories,
signing keys) in a store made for this benchmark; the large one is a working
copy of the generated store (1M items in a full run). All take turns (bare,
empty, large, ...; the order reversed every other round) after two unmeasured
rounds; the figures are medians. Targets: the empty store at most 2.5x the
bare window; the large store at most 1.2x the empty one (and 2.5x bare).

Every child gets its own settings, data and XDG folders (the user's settings
and log are never touched) and ``PYTHONPYCACHEPREFIX`` in a temporary folder
with ``PYTHONDONTWRITEBYTECODE`` unset: the warm-up rounds compile the modules
once, as an installed app has its ``.pyc`` files.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

import psycopg
from psycopg import sql

from bench.core import Context, Result
from bench.generate import PG_ADMIN_URL, PG_PREFIX, pg_url
from bench.timing import Samples
from omigjen_pos.services.demo import seed_demo_centre
from omigjen_pos.services.store_setup import open_and_upgrade
from omigjen_pos.ui.ready_probe import READY

REPO = Path(__file__).resolve().parents[1]
BARE_LIMIT = 2.5
GROWTH_LIMIT = 1.2
TIMEOUT_S = 180
WARMUP = 2


def run(ctx: Context) -> list[Result]:
    repeat = ctx.repeat(15, 6)
    with ExitStack() as stack:
        home = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="omigjen-startup-")))
        env = _child_env(home)
        commands = {"bare": [sys.executable, "-m", "bench.bare_window"]}
        for backend in ctx.backends:
            empty = stack.enter_context(_empty_store(backend, home))
            commands[f"{backend} empty"] = _app(empty)
            commands[f"{backend} large"] = _app(ctx.store_url(backend, ctx.large))
        ctx.log(f"  {len(commands)} kinds of start, {WARMUP} + {repeat} rounds")
        samples = _take_turns(commands, env, repeat)
    bare, large_label = samples["bare"], ctx.label(ctx.large)
    results = []
    for backend in ctx.backends:
        empty, large = samples[f"{backend} empty"], samples[f"{backend} large"]
        results.append(
            Result.against(
                f"start-up ({backend}, empty)",
                empty,
                bare,
                BARE_LIMIT,
                f"≤{BARE_LIMIT:g}x bare window",
                backend=backend,
                floor_name="bare PySide6 window",
            )
        )
        growth, over_bare = large.median_ms / empty.median_ms, large.median_ms / bare.median_ms
        results.append(
            Result(
                name=f"start-up ({backend}, {large_label})",
                figure_ms=large.median_ms,
                floor_ms=empty.median_ms,
                floor_name="the same start on the empty store",
                ratio=growth,
                target=f"≤{GROWTH_LIMIT:g}x empty, ≤{BARE_LIMIT:g}x bare",
                met=growth <= GROWTH_LIMIT and over_bare <= BARE_LIMIT,
                backend=backend,
                details={
                    "figure": large.summary(),
                    "floor": empty.summary(),
                    "bare": bare.summary(),
                    "ratio_to_bare": round(over_bare, 3),
                },
            )
        )
    return results


def _app(url: str) -> list[str]:
    return [
        sys.executable,
        "-m",
        "omigjen_pos",
        "--database-url",
        url,
        "--till",
        "BRUKT-1",
        "--lang",
        "nb",
        "--quit-when-ready",
    ]


def _child_env(home: Path) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPYCACHEPREFIX=str(home / "pyc"))
    for name in ("PYTHONDONTWRITEBYTECODE", "OMIGJEN_DATABASE_URL", "OMIGJEN_LANG"):
        env.pop(name, None)
    for name, folder in (
        ("OMIGJEN_CONFIG_DIR", "config"),
        ("OMIGJEN_DATA_DIR", "data"),
        ("XDG_CONFIG_HOME", "xdg-config"),
        ("XDG_DATA_HOME", "xdg-data"),
        ("XDG_CACHE_HOME", "xdg-cache"),
        ("XDG_RUNTIME_DIR", "xdg-runtime"),
    ):
        (home / folder).mkdir(mode=0o700)
        env[name] = str(home / folder)
    return env


def _take_turns(commands: dict[str, list[str]], env: dict[str, str], repeat: int) -> dict:
    taken: dict[str, list[int]] = {name: [] for name in commands}
    order = list(commands.items())
    for round_number in range(WARMUP + repeat):
        for name, command in order if round_number % 2 == 0 else reversed(order):
            elapsed = _start_once(command, env)
            if round_number >= WARMUP:
                taken[name].append(elapsed)
    return {name: Samples(tuple(ns)) for name, ns in taken.items()}


def _start_once(command: list[str], env: dict[str, str]) -> int:
    """Nanoseconds from just before the process starts to its ``ready`` line."""
    started = time.monotonic_ns()
    process = subprocess.Popen(
        command,
        cwd=REPO,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        out, err = process.communicate(timeout=TIMEOUT_S)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    ready = [line.split()[1] for line in out.splitlines() if line.startswith(f"{READY} ")]
    if process.returncode != 0 or len(ready) != 1:
        raise RuntimeError(
            f"{' '.join(command[2:])}: exit status {process.returncode}, "
            f"stdout {out[-500:]!r}, stderr {err[-1500:]!r}"
        )
    return int(ready[0]) - started


@contextmanager
def _empty_store(backend: str, folder: Path) -> Iterator[str]:
    """The demo centre without items or history, in a store made here and removed after."""
    if backend == "sqlite":
        url = f"sqlite:///{folder / 'empty.sqlite3'}"
        _seed_without_items(url)
        yield url
        return
    name = f"{PG_PREFIX}run_{os.getpid()}_startup_empty"
    _pg_admin(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)"), name)
    _pg_admin(sql.SQL("CREATE DATABASE {}"), name)
    try:
        _seed_without_items(pg_url(name))
        yield pg_url(name)
    finally:
        _pg_admin(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)"), name)


def _seed_without_items(url: str) -> None:
    store, _ = open_and_upgrade(url)
    try:
        seed_demo_centre(store, items_per_shop=0)
    finally:
        store.close()


def _pg_admin(statement: sql.SQL, name: str) -> None:
    with psycopg.connect(PG_ADMIN_URL, autocommit=True, connect_timeout=5) as admin:
        admin.execute(statement.format(sql.Identifier(name)))
