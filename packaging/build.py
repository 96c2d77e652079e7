"""Build the self-contained application folder ``dist/omigjen-pos/`` and check it.

    make bundle                      # Linux, from a fresh clone: venv, PyInstaller, this
    python packaging/build.py        # in an environment with ``pip install -e ".[bundle]"``
    py packaging\\build.py            # the same on Windows (PowerShell or cmd)

Runs PyInstaller on ``packaging/omigjen-pos.spec`` (work files in
``build/pyinstaller/``), puts the install helpers beside the executable (the
``.desktop`` entry and ``install.sh`` on Linux, ``install.ps1`` on Windows), and
runs the build's ``--self-test`` with settings and data in a temporary folder.
Exits 0 only when the build and its self-test pass. See packaging/README.md.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "omigjen-pos.spec"
NAME = "omigjen-pos"
WINDOWS = sys.platform == "win32"
SELF_TEST_TIMEOUT = 300  # seconds; it takes about ten


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--dist", type=Path, default=ROOT / "dist", help="where the folder goes (default dist/)"
    )
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    parser.add_argument("--no-self-test", action="store_true", help="build only")
    args = parser.parse_args(argv)
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        print(
            'build.py: PyInstaller is missing: pip install -e ".[bundle]" (or run make bundle)',
            file=sys.stderr,
        )
        return 2
    started = time.monotonic()
    folder = build(args.dist.resolve(), args.clean)
    add_install_helpers(folder)
    files, size = measure(folder)
    print(
        f"build.py: built {folder} in {time.monotonic() - started:.0f} s: "
        f"{files} files, {size / 1e6:.0f} MB"
    )
    if args.no_self_test:
        return 0
    return self_test(folder)


def build(dist: Path, clean: bool) -> Path:
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level=WARN",
        f"--distpath={dist}",
        f"--workpath={ROOT / 'build' / 'pyinstaller'}",
        str(SPEC),
    ]
    if clean:
        command.insert(3, "--clean")
    print("build.py:", " ".join(command), flush=True)
    subprocess.run(command, cwd=ROOT, check=True)
    return dist / NAME


def add_install_helpers(folder: Path) -> None:
    """What installing needs, at the top of the folder, so the folder is all one copies."""
    if WINDOWS:
        helpers = [PACKAGING / "windows" / "install.ps1"]
    else:
        helpers = [PACKAGING / "linux" / f"{NAME}.desktop", PACKAGING / "linux" / "install.sh"]
    for helper in helpers:
        shutil.copy2(helper, folder / helper.name)


def measure(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return len(files), sum(p.stat().st_size for p in files)


def executable(folder: Path) -> Path:
    """The console executable: on Windows the GUI one has no stdout to print to."""
    return folder / (f"{NAME}-cli.exe" if WINDOWS else NAME)


def self_test(folder: Path) -> int:
    program = executable(folder)
    with tempfile.TemporaryDirectory(prefix="omigjen-bundle-test-") as home:
        env = dict(os.environ)
        env["OMIGJEN_CONFIG_DIR"] = str(Path(home) / "config")  # never the builder's own
        env["OMIGJEN_DATA_DIR"] = str(Path(home) / "data")
        env.pop("OMIGJEN_DATABASE_URL", None)
        print(f"build.py: {program} --self-test", flush=True)
        try:
            # Not from the source tree: the build must not find the sources by accident.
            result = subprocess.run(
                [str(program), "--self-test"], cwd=home, env=env, timeout=SELF_TEST_TIMEOUT
            )
        except subprocess.TimeoutExpired:
            print(f"build.py: the self-test took over {SELF_TEST_TIMEOUT} s", file=sys.stderr)
            return 1
    if result.returncode != 0:
        print(f"build.py: the self-test failed (exit status {result.returncode})", file=sys.stderr)
        return 1
    print(f"build.py: {folder} passed its self-test")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
