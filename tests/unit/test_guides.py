"""The user guides and the pictures of the docs.

Every picture README.md and docs/*.md show exists; each role's guide has its
bokmål part first and its English part after, showing the same screens in its
own language (``guide-x.png`` and ``guide-x.en.png``); the guides' links lead
somewhere; and the screenshot script makes the set-up wizard's pictures.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
IMAGES = DOCS / "images"
ROLES = ("cashier", "repairer", "manager", "it")
NORWEGIAN, ENGLISH = "Norsk (bokmål)", "English"
_PICTURE = re.compile(r"!\[[^\]]*\]\(([^)\s]+)\)")
_LINK = re.compile(r"(?<!!)\[[^\]]+\]\(([^)\s]+)\)")
_HEADING = re.compile(r"^#{1,6} (.+)$", re.MULTILINE)
_FENCE = re.compile(r"^```.*?^```", re.MULTILINE | re.DOTALL)


def pages() -> list[Path]:
    return [ROOT / "README.md", *sorted(DOCS.glob("*.md"))]


def prose(text: str) -> str:
    """The text without its code blocks (a shell comment is no heading)."""
    return _FENCE.sub("", text)


def pictures(text: str) -> list[str]:
    return [target for target in _PICTURE.findall(text) if "://" not in target]


def guide(role: str) -> str:
    return (DOCS / f"guide-{role}.md").read_text(encoding="utf-8")


def halves(role: str) -> tuple[str, str]:
    before, _, english = guide(role).partition(f"\n## {ENGLISH}\n")
    return before.partition(f"\n## {NORWEGIAN}\n")[2], english


def slug(heading: str) -> str:
    """The anchor GitHub gives a heading: lower case, punctuation dropped, spaces
    to hyphens (letters such as æ, ø and å stay)."""
    text = re.sub(r"[`*_]", "", heading).strip().lower()
    return re.sub(r"[^\w\- ]", "", text).replace(" ", "-")


def anchors(page: Path) -> set[str]:
    return {slug(h) for h in _HEADING.findall(prose(page.read_text(encoding="utf-8")))}


@pytest.mark.parametrize("page", pages(), ids=lambda page: page.name)
def test_every_picture_shown_exists(page: Path):
    text = page.read_text(encoding="utf-8")
    missing = [target for target in pictures(text) if not (page.parent / target).is_file()]
    assert not missing, f"{page.name} shows pictures that do not exist: {missing}"


def test_every_guide_picture_is_shown_somewhere():
    shown = {
        (page.parent / target).resolve()
        for page in pages()
        for target in pictures(page.read_text(encoding="utf-8"))
    }
    unused = [path.name for path in sorted(IMAGES.glob("guide-*.png")) if path not in shown]
    assert not unused, f"pictures no page shows (remove them from make_screenshots.py): {unused}"


@pytest.mark.parametrize("role", ROLES)
def test_each_guide_has_bokmal_first_then_english(role: str):
    headings = re.findall(r"^## (.+)$", prose(guide(role)), re.MULTILINE)
    assert headings == [NORWEGIAN, ENGLISH]
    norwegian, english = halves(role)
    assert len(re.findall(r"^### ", norwegian, re.MULTILINE)) >= 3
    assert len(re.findall(r"^### ", norwegian, re.MULTILINE)) == len(
        re.findall(r"^### ", english, re.MULTILINE)
    ), "both languages have the same sections"


@pytest.mark.parametrize("role", ROLES)
def test_each_language_shows_the_same_screens_in_its_own_language(role: str):
    norwegian, english = halves(role)
    nb, en = pictures(norwegian), pictures(english)
    assert nb, f"guide-{role}.md shows no screen"
    assert not [p for p in nb if p.endswith(".en.png")], "bokmål pictures in the bokmål part"
    assert [p.replace(".en.png", ".png") for p in en] == nb, (
        "the English part shows the same screens, as .en.png"
    )


@pytest.mark.parametrize("role", ROLES)
def test_the_guides_links_lead_somewhere(role: str):
    page = DOCS / f"guide-{role}.md"
    broken = []
    for target in _LINK.findall(prose(page.read_text(encoding="utf-8"))):
        if "://" in target:
            continue
        path, _, anchor = target.partition("#")
        linked = (page.parent / path).resolve() if path else page
        if not linked.exists() or (
            anchor and linked.suffix == ".md" and anchor not in anchors(linked)
        ):
            broken.append(target)
    assert not broken, f"guide-{role}.md links to nothing: {broken}"


def test_the_readme_shows_the_till_and_links_every_guide():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "docs/images/guide-checkout.png" in pictures(readme)
    for role in ROLES:
        assert f"(docs/guide-{role}.md)" in readme


def test_the_screenshot_script_makes_the_wizards_pictures(qapp, tmp_path: Path):
    """The script's own run, for the one scene that needs no store (a second or two)."""
    from omigjen_pos.ui.i18n import install_language

    spec = importlib.util.spec_from_file_location(
        "make_screenshots", IMAGES / "make_screenshots.py"
    )
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = script
    flash = qapp.cursorFlashTime()
    try:
        spec.loader.exec_module(script)
        status = script.main(
            [
                "--only",
                "setup",
                "--lang",
                "en",
                "--out",
                str(tmp_path),
                "--scratch",
                str(tmp_path / "s"),
            ]
        )
    finally:
        install_language(qapp, "en")
        qapp.setStyleSheet("")
        qapp.setCursorFlashTime(flash)
        sys.modules.pop(spec.name, None)
    assert status == 0
    made = sorted(path.name for path in tmp_path.glob("*.png"))
    assert made == [
        f"guide-setup-{page}.en.png" for page in ("postgres", "shops", "store", "summary")
    ]
    assert not (tmp_path / "s").exists(), "the work folder is removed"
