"""Where receipt bytes go: a network printer, a device, and the till's settings for them.

A transport takes the finished ESC/POS bytes (``receipt_escpos.py``) and
delivers them, or raises ``PrinterError(printer, reason)``; never a bare
``OSError``, so the GUI can say what to check and the sale's original receipt
stays due (services/receipts.py records only a receipt really produced).

* ``NetworkPrinter``: raw TCP to port 9100 (Epson's UB-E0x, JetDirect-style
  interfaces). After sending it half-closes and waits a moment for the printer
  to close its side: a printer that drops the connection instead of taking the
  job shows up as "reset" rather than as a receipt silently lost. A failed job
  is aborted (TCP reset), so a jammed printer that recovers later does not
  print half a receipt the till has already reported as failed.
* ``DevicePrinter``: a USB printer device (``/dev/usb/lp0``), a serial port
  (``/dev/ttyUSB0``, set up beforehand, e.g. with ``stty``; ``COM3`` on Windows)
  or a file. The path must exist: an unplugged USB printer's device node
  disappears, and that is "not_found", not a new file. A regular file is
  appended to. On Linux and macOS the writes wait at most ``timeout`` seconds.

``printer_from_settings`` reads the till's receipt printer settings (a dict
from the settings file); PDF and the system's printers are the GUI's business,
so for those it only returns the description.
"""

from __future__ import annotations

import contextlib
import errno
import os
import select
import socket
import stat
import struct
import time
from dataclasses import dataclass
from typing import Protocol

from omigjen_pos.domain.errors import InvalidInput, PrinterError

__all__ = [
    "KINDS",
    "PAPER_WIDTHS",
    "DevicePrinter",
    "NetworkPrinter",
    "ReceiptPrinter",
    "ReceiptPrinterConfig",
    "printer_from_settings",
]

DEFAULT_PORT = 9100
DEFAULT_TIMEOUT_S = 5.0
SETTLE_S = 0.5  # how long to wait for the printer's end of the connection after sending
KINDS = ("network", "device", "pdf", "system")
PAPER_WIDTHS = {"80mm": 48, "58mm": 32}  # characters a line in the printer's normal font
MIN_COLUMNS, MAX_COLUMNS = 24, 64

_UNREACHABLE = {
    errno.ENETUNREACH,
    errno.EHOSTUNREACH,
    errno.EADDRNOTAVAIL,
    getattr(errno, "EHOSTDOWN", errno.EHOSTUNREACH),
    getattr(errno, "ENONET", errno.EHOSTUNREACH),
}
_MISSING = {errno.ENOENT, errno.ENOTDIR, errno.ENODEV, errno.ENXIO}


class ReceiptPrinter(Protocol):
    """Something that delivers a print job, or raises PrinterError."""

    @property
    def name(self) -> str: ...

    def send(self, data: bytes) -> None: ...


class NetworkPrinter:
    """A printer listening for raw print jobs on TCP (port 9100)."""

    def __init__(self, host: str, port: int = DEFAULT_PORT, timeout: float = DEFAULT_TIMEOUT_S):
        self.host = host
        self.port = port
        self.timeout = timeout

    @property
    def name(self) -> str:
        return f"{self.host}:{self.port}"

    def __repr__(self) -> str:
        return f"NetworkPrinter({self.host!r}, {self.port}, timeout={self.timeout})"

    def send(self, data: bytes) -> None:
        """Connect, send everything, half-close, let the printer close; each step
        within ``timeout`` seconds (sending all of ``data`` counts as one step)."""
        try:
            sock = socket.create_connection((self.host, self.port), timeout=self.timeout)
        except OSError as exc:
            raise self._error(exc) from exc
        try:
            sock.sendall(data)
            sock.shutdown(socket.SHUT_WR)
            self._settle(sock)
        except OSError as exc:
            _abort(sock)
            raise self._error(exc) from exc
        sock.close()

    def _settle(self, sock: socket.socket) -> None:
        """Read until the printer closes (status bytes it sends are dropped). A
        reset here means it threw the job away; silence means it still holds
        the connection, which some printers do for a while after a job: fine."""
        deadline = time.monotonic() + min(SETTLE_S, self.timeout)
        while (left := deadline - time.monotonic()) > 0:
            sock.settimeout(left)
            try:
                if not sock.recv(4096):
                    return
            except TimeoutError:
                return

    def _error(self, exc: OSError) -> PrinterError:
        if isinstance(exc, socket.gaierror):
            reason = "unreachable"  # the name does not resolve
        elif isinstance(exc, TimeoutError) or exc.errno == errno.ETIMEDOUT:
            reason = "timeout"
        elif isinstance(exc, ConnectionRefusedError):
            reason = "refused"
        elif (
            isinstance(exc, ConnectionResetError | BrokenPipeError | ConnectionAbortedError)
            or exc.errno == errno.ENOTCONN
        ):
            reason = "reset"
        elif exc.errno in _UNREACHABLE:
            reason = "unreachable"
        elif isinstance(exc, PermissionError):
            reason = "permission"  # a firewall, or a broadcast address
        else:
            reason = "io"
        return PrinterError(self.name, reason, _detail(exc))


class DevicePrinter:
    """A printer device, serial port or file at ``path``, written to directly."""

    def __init__(self, path: str, timeout: float = DEFAULT_TIMEOUT_S):
        self.path = path
        self.timeout = timeout

    @property
    def name(self) -> str:
        return self.path

    def __repr__(self) -> str:
        return f"DevicePrinter({self.path!r}, timeout={self.timeout})"

    def send(self, data: bytes) -> None:
        """Open the existing ``path`` for writing (never creating it), write all of
        ``data`` and close. The writes are unbuffered: closed is delivered to the
        driver. Raises PrinterError: "not_found", "permission", "busy", "timeout", "io"."""
        flags = os.O_WRONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOCTTY", 0)
        # Non-blocking on POSIX: a serial port's open would otherwise wait for a
        # carrier, and a jammed printer's write would never return.
        flags |= getattr(os, "O_NONBLOCK", 0)
        try:
            fd = os.open(self.path, flags)
        except OSError as exc:
            raise self._error(exc) from exc
        try:
            if stat.S_ISREG(os.fstat(fd).st_mode):
                os.lseek(fd, 0, os.SEEK_END)
            self._write_all(fd, memoryview(data))
        except OSError as exc:
            raise self._error(exc) from exc
        finally:
            os.close(fd)

    def _write_all(self, fd: int, data: memoryview) -> None:
        deadline = time.monotonic() + self.timeout
        while data:
            try:
                data = data[os.write(fd, data) :]
                continue
            except BlockingIOError:
                pass
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([], [fd], [], left)[1]:
                raise TimeoutError(errno.ETIMEDOUT, "the printer takes no more data")

    def _error(self, exc: OSError) -> PrinterError:
        if isinstance(exc, TimeoutError) or exc.errno == errno.ETIMEDOUT:
            reason = "timeout"
        elif isinstance(exc, FileNotFoundError) or exc.errno in _MISSING:
            reason = "not_found"  # unplugged, switched off, or a FIFO nobody reads
        elif isinstance(exc, PermissionError):
            reason = "permission"  # on Linux: the user is not in the lp (or dialout) group
        elif exc.errno == errno.EBUSY:
            reason = "busy"  # another program (CUPS) holds the device
        else:
            reason = "io"
        return PrinterError(self.name, reason, _detail(exc))


@dataclass(frozen=True)
class ReceiptPrinterConfig:
    """The till's receipt printer as its settings describe it."""

    kind: str  # one of KINDS
    host: str = ""
    port: int = DEFAULT_PORT
    path: str = ""
    folder: str = ""
    width_chars: int = PAPER_WIDTHS["80mm"]

    @property
    def escpos(self) -> bool:
        """True when receipts go out as ESC/POS bytes through ``transport()``."""
        return self.kind in ("network", "device")

    def transport(self, timeout: float = DEFAULT_TIMEOUT_S) -> NetworkPrinter | DevicePrinter:
        if self.kind == "network":
            return NetworkPrinter(self.host, self.port, timeout)
        if self.kind == "device":
            return DevicePrinter(self.path, timeout)
        raise ValueError(f"a {self.kind!r} receipt printer is driven by the GUI, not by bytes")


def printer_from_settings(settings: dict | None) -> ReceiptPrinterConfig | None:
    """The receipt printer of ``settings`` ({"kind": "network", "host": "10.0.0.5",
    "port": 9100, "paper": "80mm"}, {"kind": "device", "path": "/dev/usb/lp0"},
    {"kind": "pdf", "folder": "..."}, {"kind": "system"}); None when no printer is
    set up (no settings, no kind, or kind "none"). "columns" overrides the
    characters a line that "paper" implies (an 80 mm printer set to 42).
    Keys of other kinds are ignored. Raises InvalidInput naming the key."""
    if not settings:
        return None
    kind = settings.get("kind")
    if kind is None or kind == "none":
        return None
    if kind not in KINDS:
        raise InvalidInput("kind", str(kind), "network, device, pdf or system")
    width = _width(settings)
    if kind == "network":
        return ReceiptPrinterConfig(
            kind, host=_host(settings), port=_port(settings), width_chars=width
        )
    if kind == "device":
        return ReceiptPrinterConfig(kind, path=_text(settings, "path"), width_chars=width)
    if kind == "pdf":
        return ReceiptPrinterConfig(kind, folder=_text(settings, "folder"), width_chars=width)
    return ReceiptPrinterConfig(kind, width_chars=width)


def _text(settings: dict, key: str) -> str:
    value = settings.get(key)
    if not isinstance(value, str) or not value.strip():
        raise InvalidInput(key, "" if value is None else str(value), "required")
    return value.strip()


def _host(settings: dict) -> str:
    host = _text(settings, "host")
    if any(char.isspace() for char in host) or "/" in host:
        raise InvalidInput("host", host, "a host name or an IP address")
    if host.count(":") == 1:  # "10.0.0.5:9100"; an IPv6 address has more
        raise InvalidInput("host", host, "the port goes in its own field")
    return host.removeprefix("[").removesuffix("]")  # "[fe80::1]" as people write it


def _port(settings: dict) -> int:
    value = settings.get("port", DEFAULT_PORT)
    port = _whole_number(value)
    if port is None or not 1 <= port <= 65535:
        raise InvalidInput("port", str(value), "a whole number from 1 to 65535")
    return port


def _width(settings: dict) -> int:
    paper = settings.get("paper", "80mm")
    key = str(paper).replace(" ", "").lower()
    if key not in PAPER_WIDTHS:
        raise InvalidInput("paper", str(paper), "80mm or 58mm")
    if "columns" not in settings:
        return PAPER_WIDTHS[key]
    columns = _whole_number(settings["columns"])
    if columns is None or not MIN_COLUMNS <= columns <= MAX_COLUMNS:
        raise InvalidInput(
            "columns",
            str(settings["columns"]),
            f"a whole number from {MIN_COLUMNS} to {MAX_COLUMNS}",
        )
    return columns


def _whole_number(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return None


def _abort(sock: socket.socket) -> None:
    """Close with a TCP reset: unsent bytes are dropped, not delivered later."""
    with contextlib.suppress(OSError):  # already broken: closing is all that is left
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    sock.close()


def _detail(exc: OSError) -> str:
    return exc.strerror or str(exc) or type(exc).__name__
