"""The files packaging/ ships beside the frozen app: icon, menu entry, installer.

The build itself and its --self-test run in CI (`make bundle`, .ci/run); these
are the quick checks of what a till's desktop reads."""

import configparser
import shutil
import struct
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ICONS = ROOT / "resources" / "icons"
DESKTOP = ROOT / "packaging" / "linux" / "omigjen-pos.desktop"


def png_size(path: Path) -> tuple[int, int, int]:
    """Width, height and colour type from the PNG header."""
    data = path.read_bytes()[:26]
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height, data[25]


def test_the_icon_is_a_256_pixel_png_with_transparency_drawn_from_the_svg():
    assert png_size(ICONS / "omigjen-pos.png") == (256, 256, 6)  # 6: RGBA
    svg = ET.parse(ICONS / "omigjen-pos.svg").getroot()
    assert svg.get("viewBox") == "0 0 256 256"


def test_the_menu_entry_starts_the_app_with_its_icon():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(DESKTOP, encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application"
    assert desktop["Name"] == "Omigjen POS"
    assert desktop["Exec"] == desktop["TryExec"] == "/opt/omigjen-pos/omigjen-pos"
    assert desktop["Icon"] == "omigjen-pos" == (ICONS / "omigjen-pos.png").stem
    assert desktop["Terminal"] == "false"
    assert desktop["Categories"].endswith(";")


@pytest.mark.skipif(shutil.which("sh") is None, reason="no POSIX shell")
def test_the_linux_installer_is_valid_shell():
    subprocess.run(["sh", "-n", str(ROOT / "packaging" / "linux" / "install.sh")], check=True)


def test_the_bundle_extra_brings_pyinstaller_and_no_test_tools():
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"][
        "optional-dependencies"
    ]
    assert [name.split(">")[0] for name in extras["bundle"]] == ["pyinstaller"]
