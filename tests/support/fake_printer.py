"""A receipt printer on loopback TCP, and a reader of the ESC/POS it receives.

Why: to prove that receipts reach a network printer whole, and that a printer
that drops or jams shows up as a PrinterError, the tests need a real socket
that behaves like one. ``FakeNetworkPrinter`` listens on 127.0.0.1 at an
ephemeral port, one thread accepting and one per connection, in one of three
modes:

* ``"record"``: reads each connection to its end, then closes it, as a real
  port-9100 printer does; ``jobs()`` waits for and returns the bytes of every
  finished connection, in order;
* ``"close"``: accepts and drops each connection at once, with a TCP reset
  (a printer whose network interface throws the job away);
* ``"hold"``: accepts and never reads, with a small receive buffer: a jammed
  printer. A client sending more than the buffers hold blocks until its timeout.

``close()`` (or leaving the ``with`` block) stops the accept loop, closes every
socket and joins every thread.

``read_escpos(data)`` reads a print job the way a printer would: each text
byte decoded in the code page the job selected (``ESC t n``), with the style it
is printed in, and every command kept, so a test can check the text and the
large type without knowing the byte layout. It knows only the commands the
receipt renderer sends and raises ValueError on any other.
"""

from __future__ import annotations

import contextlib
import selectors
import socket
import struct
import threading
from dataclasses import dataclass, field

MODES = ("record", "close", "hold")
_HOLD_BUFFER = 4096
_READ_TIMEOUT_S = 10.0  # a record connection left open this long is a test bug
_JOIN_TIMEOUT_S = 5.0


class FakeNetworkPrinter:
    def __init__(self, mode: str = "record") -> None:
        if mode not in MODES:
            raise ValueError(f"mode must be one of {MODES}")
        self.mode = mode
        self.host = "127.0.0.1"
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        if mode == "hold":  # accepted sockets inherit it: the jam comes quickly
            self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, _HOLD_BUFFER)
        self._listener.bind((self.host, 0))
        self._listener.listen(8)
        self.port: int = self._listener.getsockname()[1]
        self._wake_r, self._wake_w = socket.socketpair()
        self._lock = threading.Condition()
        self._jobs: dict[int, bytes] = {}  # by the order the connections came in
        self._held: list[socket.socket] = []
        self._threads: list[threading.Thread] = []
        self.accepted = 0
        self._closed = False
        self._acceptor = threading.Thread(target=self._accept_loop, daemon=True)
        self._acceptor.start()

    def __enter__(self) -> FakeNetworkPrinter:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def jobs(self, count: int = 1, timeout: float = 5.0) -> list[bytes]:
        """The bytes of each finished connection, once at least ``count`` have finished."""
        with self._lock:
            # Jobs in the order they were sent: a later connection may finish first.
            if not self._lock.wait_for(lambda: set(range(count)) <= self._jobs.keys(), timeout):
                raise AssertionError(f"{len(self._jobs)} print jobs arrived, expected {count}")
            return [self._jobs[index] for index in sorted(self._jobs)]

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._wake_w.send(b"x")
        self._acceptor.join(_JOIN_TIMEOUT_S)
        with self._lock:
            held, self._held = self._held, []
            threads = list(self._threads)
        for sock in held:
            sock.close()
        for thread in threads:
            thread.join(_JOIN_TIMEOUT_S)
        for sock in (self._listener, self._wake_r, self._wake_w):
            sock.close()

    def _accept_loop(self) -> None:
        with selectors.DefaultSelector() as selector:
            selector.register(self._listener, selectors.EVENT_READ)
            selector.register(self._wake_r, selectors.EVENT_READ)
            while True:
                ready = {key.fileobj for key, _ in selector.select()}
                if self._wake_r in ready:
                    return
                conn, _ = self._listener.accept()
                with self._lock:
                    index = self.accepted
                    self.accepted += 1
                if self.mode == "close":
                    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                    conn.close()
                elif self.mode == "hold":
                    with self._lock:
                        self._held.append(conn)
                else:
                    thread = threading.Thread(target=self._record, args=(conn, index), daemon=True)
                    with self._lock:
                        self._threads.append(thread)
                    thread.start()

    def _record(self, conn: socket.socket, index: int) -> None:
        chunks: list[bytes] = []
        conn.settimeout(_READ_TIMEOUT_S)
        with conn, contextlib.suppress(OSError):
            while chunk := conn.recv(65536):
                chunks.append(chunk)
        with self._lock:
            self._jobs[index] = b"".join(chunks)
            self._lock.notify_all()


# --- reading ESC/POS -------------------------------------------------------------

ESC, GS = 0x1B, 0x1D
CODE_PAGES = {0: "cp437", 2: "cp850", 5: "cp865", 16: "cp1252", 19: "cp858"}
DOUBLE_SIZE = 0x30  # ESC ! bits: 0x10 double height, 0x20 double width


@dataclass(frozen=True)
class Printed:
    """A run of text printed in one style."""

    text: str
    bold: bool
    size: int  # the ESC ! size bits
    align: int  # 0 left, 1 centre, 2 right
    page: str


@dataclass
class Printout:
    commands: list[bytes] = field(default_factory=list)  # every command, in order
    runs: list[Printed] = field(default_factory=list)
    barcodes: list[tuple[int, bytes]] = field(default_factory=list)  # (GS k m, data)

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)

    def text_where(self, *, bold: bool | None = None, size: int | None = None) -> str:
        return "".join(
            run.text
            for run in self.runs
            if (bold is None or run.bold == bold) and (size is None or run.size == size)
        )

    @property
    def pages(self) -> list[int]:
        return [cmd[2] for cmd in self.commands if cmd[:2] == b"\x1bt"]


_ESC_ARGS = {b"@": 0, b"t": 1, b"!": 1, b"E": 1, b"a": 1, b"d": 1, b"-": 1, b"M": 1, b"p": 3}
_GS_ARGS = {b"h": 1, b"w": 1, b"f": 1, b"H": 1, b"!": 1, b"B": 1}


def read_escpos(data: bytes) -> Printout:
    out = Printout()
    state = {"page": "cp437", "bold": False, "size": 0, "align": 0}
    i = 0
    text = bytearray()

    def flush() -> None:
        if text:
            run = Printed(
                bytes(text).decode(state["page"]),
                state["bold"],
                state["size"],
                state["align"],
                state["page"],
            )
            out.runs.append(run)
            text.clear()

    while i < len(data):
        byte = data[i]
        if byte not in (ESC, GS):
            if byte < 0x20 and byte != 0x0A:
                raise ValueError(f"control byte {byte:#04x} at {i}")
            text.append(byte)
            i += 1
            continue
        flush()
        letter = data[i + 1 : i + 2]
        if byte == ESC:
            if letter not in _ESC_ARGS:
                raise ValueError(f"unknown command ESC {letter!r} at {i}")
            end = i + 2 + _ESC_ARGS[letter]
            command = data[i:end]
            arg = command[2] if len(command) > 2 else 0
            if letter == b"@":
                state.update(page="cp437", bold=False, size=0, align=0)
            elif letter == b"t":
                state["page"] = CODE_PAGES[arg]
            elif letter == b"!":
                state.update(size=arg & DOUBLE_SIZE, bold=bool(arg & 0x08))
            elif letter == b"E":
                state["bold"] = bool(arg & 1)
            elif letter == b"a":
                state["align"] = arg
        elif letter == b"V":
            end = i + (3 if data[i + 2] in (0, 1, 48, 49) else 4)
            command = data[i:end]
        elif letter == b"k":
            kind = data[i + 2]
            if kind <= 6:  # function A: data ends with NUL
                end = data.index(b"\x00", i + 3) + 1
                out.barcodes.append((kind, data[i + 3 : end - 1]))
            else:  # function B: a length byte, then the data
                end = i + 4 + data[i + 3]
                out.barcodes.append((kind, data[i + 4 : end]))
            command = data[i:end]
        elif letter in _GS_ARGS:
            end = i + 2 + _GS_ARGS[letter]
            command = data[i:end]
        else:
            raise ValueError(f"unknown command GS {letter!r} at {i}")
        if end > len(data):
            raise ValueError(f"command at {i} cut short")
        out.commands.append(bytes(command))
        i = end
    flush()
    return out
