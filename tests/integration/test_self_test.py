"""``omigjen-pos --self-test``: the check a packaged build runs without a screen.

Run here from the sources, in this process through ``cli.main`` and as a new
process through ``python -m omigjen_pos``; ``make bundle`` runs the same flag on
the frozen build (packaging/build.py).
"""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
from pathlib import Path

from omigjen_pos import cli
from omigjen_pos.services.self_test import TEMP_PREFIX, SelfTest, run_self_test

CHECKS = [
    "temporary store",
    "demo centre",
    "register an item",
    "sell it for cash",
    "store invariants",
    "label PDF",
    "receipt PDF",
    "receipt ESC/POS",
    "SAF-T export",
    "PostgreSQL driver",
    "Qt platform",
    "Norwegian translation",
    "print support",
    "main window",
]


def check_lines(output: str) -> list[tuple[str, str]]:
    """(status, name) of each check line, in order."""
    lines = []
    for line in output.splitlines():
        status, _, rest = line.partition(" ")
        if status in ("OK", "FAILED", "SKIPPED"):
            lines.append((status, rest.strip().split(":")[0]))
    return lines


def temporary_folder(output: str) -> Path:
    """The folder the run says its store was in."""
    match = re.search(r"SQLite at (.+)[/\\]self-test\.sqlite3", output)
    assert match, output
    return Path(match[1])


def test_the_self_test_passes_in_process_on_its_own_store_and_leaves_nothing(capsys, tmp_path):
    # The configured store does not matter, even one that cannot be opened.
    broken = f"sqlite:///{tmp_path / 'no' / 'such' / 'folder' / 'x.sqlite3'}"
    assert cli.main(["--database-url", broken, "--self-test"]) == cli.EXIT_OK
    out = capsys.readouterr().out
    assert check_lines(out) == [("OK", name) for name in CHECKS]
    assert "Self-test passed: 14 checks OK" in out
    assert "reads 'Selvtest: spisestol i eik'" in out  # the label and receipt were read back
    folder = temporary_folder(out)
    assert folder.name.startswith(TEMP_PREFIX) and not folder.exists()
    assert not (tmp_path / "no").exists()


def test_the_self_test_passes_as_a_new_process(tmp_path):
    env = dict(os.environ)
    env.update(
        OMIGJEN_CONFIG_DIR=str(tmp_path / "config"),
        OMIGJEN_DATA_DIR=str(tmp_path / "data"),
        QT_QPA_PLATFORM="offscreen",
    )
    result = subprocess.run(
        [sys.executable, "-m", "omigjen_pos", "--self-test"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert check_lines(result.stdout) == [("OK", name) for name in CHECKS]
    assert "(from source; Python" in result.stdout.splitlines()[0]


def test_a_failed_check_fails_the_run_names_the_reason_and_skips_what_needs_it():
    out = io.StringIO()
    test = SelfTest(out)

    def missing_module() -> str:
        import omigjen_pos_no_such_module  # noqa: F401 - what a build that left it out sees

        return "never"

    ok = test.chain([("first", lambda: "fine"), ("second", missing_module), ("third", str)])
    assert not ok and not test.passed
    assert out.getvalue().splitlines() == [
        "OK      first: fine",
        "FAILED  second: ModuleNotFoundError: No module named 'omigjen_pos_no_such_module'",
        "SKIPPED third: an earlier check failed",
    ]


def test_gui_checks_that_fail_make_the_whole_run_fail():
    out = io.StringIO()

    def no_platform_plugin() -> str:
        raise RuntimeError("no xcb plugin")

    def broken_gui(test: SelfTest, run) -> None:
        assert run.store is not None and run.actor is not None  # the store half is done
        test.check("Qt platform", no_platform_plugin)

    assert run_self_test(broken_gui, out) is False
    text = out.getvalue()
    assert "FAILED  Qt platform: RuntimeError: no xcb plugin" in text
    assert "Self-test FAILED: 1 of 11 checks did not pass (Qt platform)." in text
