"""Receipts as ESC/POS bytes for thermal receipt printers (Epson and compatibles).

python-escpos builds the commands: its ``Dummy`` printer collects them, and a
transport in ``printing/printers.py`` delivers the bytes. The body is
``receipt_text``, the same lines as the screen preview and the journal, so
paper, PDF and screen agree; only the marks ("KOPI", "IKKE KVITTERING FOR
KJØP", "TRENING") are printed in larger type (double width and height, bold,
N13/N14) at the top and the bottom, and the title in bold.

Text goes out in code page CP865 (Nordic, ``ESC t 5``), which has æ ø å Æ Ø Å.
A character CP865 lacks gets an ASCII stand-in when there is a natural one
(typographic quotes and dashes, "…", non-breaking spaces); otherwise the
printer is switched to CP850 (or CP858 for "€") for that character and back,
so "§" in the margin-scheme note prints as "§". Control characters in the
text (an item name pasted with an ESC in it) are printed as "?", never sent
as commands. Every character stays one character, so the columns of
``receipt_text`` hold.

python-escpos is imported on first use, not with this module, and with a
stand-in handler on the root logger: its import calls ``logging.basicConfig()``,
which would otherwise send every log record of the process to stderr.
"""

from __future__ import annotations

import contextlib
import io
import logging
import textwrap
import threading
import unicodedata
from dataclasses import replace
from typing import TYPE_CHECKING

from omigjen_pos.printing.receipt_document import ReceiptDocument, receipt_text

if TYPE_CHECKING:
    from escpos.printer import Dummy

__all__ = [
    "CODE_PAGE",
    "drawer_kick_bytes",
    "receipt_escpos_bytes",
    "test_page_bytes",
]

CODE_PAGE = "CP865"  # python-escpos's name; slot 5 of the Epson tables (ESC t 5)
FALLBACK_PAGES = ("CP850", "CP858")  # PC850 Multilingual (§, À, Ó ...), PC858 (PC850 with €)
DRAWER_PIN = 2  # the usual drawer socket; pin 5 is the second drawer
MIN_WIDTH = 16
FEED_LINES = 6  # python-escpos feeds as much before it cuts
_BARCODE_HEIGHT_DOTS = 80  # 10 mm at 203 dpi
_STAND_INS = str.maketrans(
    {
        "\u00a0": " ",  # no-break space (thousands in amounts): some printers draw 0xFF
        "\u2007": " ",
        "\u2009": " ",
        "\u202f": " ",
        "\u2026": ".",  # … where receipt_text shortens a long description
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u2022": "*",
    }
)
# barcode() reports its renderer with print(); keep the till's stdout clean, one at a time.
_QUIET = threading.Lock()


def receipt_escpos_bytes(
    receipt: ReceiptDocument, width: int = 48, cut: bool = True, open_drawer: bool = False
) -> bytes:
    """The whole print job for one receipt: initialise, (drawer pulse), CP865,
    marks large, title bold, the body of ``receipt_text``, the receipt's barcode
    (CODE128), marks large again, feed and partial cut. ``width`` is the
    printer's characters per line in its normal font: 48 on 80 mm paper, 32 on 58 mm."""
    _check_width(width)
    printer = _start(open_drawer)
    # split("\n"), not splitlines(): that also breaks at \x1c-\x1e, \x85 ... in a name
    title, *body = receipt_text(replace(receipt, marks=()), width).rstrip("\n").split("\n")
    _large(printer, receipt.marks, width)
    printer.set(bold=True)
    _write(printer, title + "\n")
    printer.set(bold=False)
    _write(printer, "".join(line + "\n" for line in body))
    if receipt.barcode:
        printer.ln()
        _barcode(printer, receipt.barcode, width)
    if receipt.marks:
        printer.ln()
        _large(printer, receipt.marks, width)
    _finish(printer, cut)
    return printer.output


def text_escpos_bytes(text: str, width: int = 48, cut: bool = True) -> bytes:
    """A monospaced document (an X- or Z-report) as one print job: initialise,
    CP865, the text as it is, feed and cut. Lines must fit ``width``."""
    _check_width(width)
    printer = _start(False)
    _write(printer, text if text.endswith("\n") else text + "\n")
    _finish(printer, cut)
    return printer.output


def drawer_kick_bytes() -> bytes:
    """The drawer pulse alone (pin 2), for opening the drawer without a sale."""
    printer = _dummy()
    printer.cashdraw(DRAWER_PIN)
    return printer.output


def test_page_bytes(width: int = 48) -> bytes:
    """A test print: the name in large type, æ ø å in the code page, a ruler of
    ``width`` characters to check the paper setting, feed and partial cut."""
    _check_width(width)
    printer = _start(open_drawer=False)
    _large(printer, ("Omigjen POS testutskrift",), width)
    ruler = "".join("|" if i % 10 == 0 else "+" if i % 5 == 0 else "-" for i in range(1, width + 1))
    digits = "".join(str(i % 10) for i in range(1, width + 1))
    pangram = "Vår sære Zulu fra badeøya spilte jo whist og quickstep i min taxi."
    lines = [
        "",
        "Æ Ø Å æ ø å",
        *textwrap.wrap(pangram, width),
        f"Tegnsett {CODE_PAGE}",
        "",
        ruler,
        digits,
        f"{width} tegn per linje",
    ]
    _write(printer, "".join(line + "\n" for line in lines))
    _finish(printer, cut=True)
    return printer.output


def _check_width(width: int) -> None:
    if width < MIN_WIDTH:
        raise ValueError(f"a receipt printer line has at least {MIN_WIDTH} characters, not {width}")


def _dummy() -> Dummy:
    root = logging.getLogger()
    guard = logging.NullHandler()
    root.addHandler(guard)  # so the first import's logging.basicConfig() adds nothing
    try:
        from escpos.printer import Dummy
    finally:
        root.removeHandler(guard)
    return Dummy()


def _start(open_drawer: bool) -> Dummy:
    printer = _dummy()
    printer.hw("INIT")  # ESC @: a known state whatever the last job left behind
    if open_drawer:
        printer.cashdraw(DRAWER_PIN)
    printer.charcode(CODE_PAGE)  # emits ESC t 5 now; text is encoded in CP865 from here
    return printer


def _finish(printer: Dummy, cut: bool) -> None:
    if cut:
        printer.cut(mode="PART")  # ESC d 6, then GS V 1
    else:
        printer.print_and_feed(FEED_LINES)


def _large(printer: Dummy, marks: tuple[str, ...], width: int) -> None:
    """Marks in double width and height, bold, centred, wrapped at word breaks."""
    if not marks:
        return
    printer.set(align="center", bold=True, double_width=True, double_height=True)
    for mark in marks:
        _write(printer, "".join(line + "\n" for line in textwrap.wrap(mark, width // 2)))
    printer.set(align="left", bold=False, normal_textsize=True)


def _barcode(printer: Dummy, code: str, width: int) -> None:
    """CODE128 through GS k with function type B. Digits in pairs go in code set C
    (half as wide: a 14-digit receipt code fits 58 mm paper at 2 dots a module)."""
    if code.isdigit() and len(code) % 2 == 0:
        data = "{C" + "".join(chr(int(code[i : i + 2])) for i in range(0, len(code), 2))
    elif code.isascii() and code.isprintable():
        data = "{B" + code
    else:
        raise ValueError(f"cannot print {code!r} as a CODE128 barcode")
    with _QUIET, contextlib.redirect_stdout(io.StringIO()):
        printer.barcode(
            data,
            "CODE128",
            height=_BARCODE_HEIGHT_DOTS,
            width=3 if width >= 40 else 2,
            pos="BELOW",
            font="A",
            align_ct=True,
            function_type="B",
        )
    printer.set(align="left")


def _write(printer: Dummy, text: str) -> None:
    """Text in CP865, each character CP865 lacks in the first fallback page that
    has it (switching back at once), or as "?"."""
    for page, run in _runs(text):
        printer.charcode(page)  # python-escpos emits ESC t only when the page changes
        printer.text(run)
    printer.charcode(CODE_PAGE)


def _runs(text: str) -> list[tuple[str, str]]:
    runs: list[tuple[str, str]] = []
    for char in unicodedata.normalize("NFC", text).translate(_STAND_INS):
        page, out = _place(char)
        if runs and runs[-1][0] == page:
            runs[-1] = (page, runs[-1][1] + out)
        else:
            runs.append((page, out))
    return runs


def _place(char: str) -> tuple[str, str]:
    if char == "\n":
        return CODE_PAGE, char
    if unicodedata.category(char)[0] == "C":  # control, format, private, unassigned
        return CODE_PAGE, "?"
    for page in (CODE_PAGE, *FALLBACK_PAGES):
        try:
            char.encode(page.lower())
        except UnicodeEncodeError:
            continue
        return page, char
    return CODE_PAGE, "?"


test_page_bytes.__test__ = False  # type: ignore[attr-defined]  # a printout, not a pytest test
