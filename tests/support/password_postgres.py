"""A private PostgreSQL server that asks for passwords (scram-sha-256).

The shared test server trusts every connection from 127.0.0.1, so a wrong
password cannot be shown there. This starts a throw-away cluster of the same
PostgreSQL installation on a free local port, with one superuser ``postgres``
whose password is ``PASSWORD``, and removes it afterwards. initdb refuses to run
as root: as root it runs as the ``postgres`` system user.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

PASSWORD = "rett-passord"


class Unavailable(Exception):
    """No private server can be started here; the message says why."""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _binaries() -> Path:
    found = shutil.which("initdb")
    if found:
        return Path(os.path.realpath(found)).parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not candidates:
        raise Unavailable("initdb is not installed")
    return Path(candidates[-1]).parent


def _as_server_user() -> list[str]:
    if os.geteuid() != 0:
        return []
    runuser = shutil.which("runuser")
    try:
        pwd.getpwnam("postgres")
    except KeyError:
        runuser = None
    if runuser is None:
        raise Unavailable("running as root without runuser and a 'postgres' system user")
    return [runuser, "-u", "postgres", "--"]


@contextmanager
def password_server() -> Iterator[tuple[str, int]]:
    """(host, port) of a running server that needs the password PASSWORD."""
    binaries, prefix = _binaries(), _as_server_user()
    folder = Path(tempfile.mkdtemp(prefix="omigjen-pgpw-"))
    data, port = folder / "data", free_port()
    try:
        (folder / "pw").write_text(PASSWORD + "\n", encoding="utf-8")
        if prefix:
            shutil.chown(folder, "postgres")
            shutil.chown(folder / "pw", "postgres")

        def run(*command: str) -> None:
            done = subprocess.run([*prefix, *command], capture_output=True, text=True, timeout=60)
            if done.returncode != 0:
                raise Unavailable(f"{Path(command[0]).name} failed: {done.stderr.strip()[-300:]}")

        run(
            str(binaries / "initdb"),
            "-D",
            str(data),
            "-U",
            "postgres",
            "-A",
            "scram-sha-256",
            f"--pwfile={folder / 'pw'}",
        )
        options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1"
        pg_ctl = str(binaries / "pg_ctl")
        run(pg_ctl, "-D", str(data), "-l", str(folder / "log"), "-o", options, "-w", "start")
        try:
            yield "127.0.0.1", port
        finally:
            subprocess.run(
                [*prefix, pg_ctl, "-D", str(data), "-m", "immediate", "-w", "stop"],
                capture_output=True,
                timeout=60,
            )
    finally:
        shutil.rmtree(folder, ignore_errors=True)
