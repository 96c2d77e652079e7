"""A loopback TCP proxy a test can pull the cable out of.

Why: to prove what the till does when the network to the database fails, the
test needs a real broken TCP connection at a moment it chooses, without
stopping the PostgreSQL server other test runs share. The store is opened
through this proxy (``127.0.0.1:proxy.port``); the test then

* ``cut()``: every live connection is closed at once and new ones are closed as
  soon as they arrive, until ``restore()`` (the cable is out);
* ``cut_after_client_sends(marker)``: the client's bytes that contain ``marker``
  (say ``b"COMMIT"``) reach the server, but the server's answer is thrown away
  and everything is cut: the transaction is committed and the client never
  learns it, the nastiest case a retry must survive;
* ``cut_before_client_sends(marker)``: the bytes holding ``marker`` never reach
  the server and everything is cut: the server rolls the transaction back;
* ``cut_at_client_chunk(n, forward)``: the same at the n-th request from now,
  to sweep a cut over every step of an exchange.

A triggered cut leaves the proxy cut (like ``cut()``) until ``restore()``.

Each connection is two blocking sockets and two pump threads, one per
direction. A cut shuts both sockets down, which wakes the pumps; the last pump
of a connection closes its sockets, and ``cut()`` waits for all of that, so no
thread or socket outlives a cut (or ``close()``). The accept loop waits on a
selector with a wake-up socket pair so that ``close()`` stops it at once.

Markers are looked for in the raw stream, so the stream must not be encrypted:
connect with ``sslmode=disable`` (and ``gssencmode=disable``).
"""

from __future__ import annotations

import contextlib
import selectors
import socket
import threading
from collections.abc import Callable

_CHUNK = 65536
_TAIL = 64  # bytes of the previous chunk kept to find a marker split across two
_JOIN_TIMEOUT_S = 5.0


class _Link:
    """One proxied connection: the client's socket, the server's and two pumps."""

    def __init__(self, client: socket.socket, server: socket.socket) -> None:
        self.client = client
        self.server = server
        self.threads: list[threading.Thread] = []
        self.doomed: _Trigger | None = None  # set: drop the server's next answer, cut
        self._pumps_left = 2
        self._lock = threading.Lock()

    def shut(self) -> None:
        """Wake both pumps: their blocking ``recv`` returns at once."""
        for sock in (self.client, self.server):
            with contextlib.suppress(OSError):  # already shut down
                sock.shutdown(socket.SHUT_RDWR)

    def pump_done(self) -> None:
        """Called by each pump on exit; the last one closes both sockets."""
        with self._lock:
            self._pumps_left -= 1
            last = self._pumps_left == 0
        if last:
            self.shut()
            self.client.close()
            self.server.close()


class _Trigger:
    """A one-shot cut armed on the client-to-server stream: at a marker, or at
    the ``nth`` chunk the client sends from now."""

    def __init__(self, forward: bool, marker: bytes = b"", nth: int = 0) -> None:
        if not (0 < len(marker) <= _TAIL) ^ (nth > 0):
            raise ValueError(f"give a marker of 1 to {_TAIL} bytes, or nth >= 1")
        self.forward = forward  # True: let the bytes reach the server first
        self.marker = marker
        self.countdown = nth
        self.fired = threading.Event()

    def matches(self, tail: bytes, chunk: bytes) -> bool:
        if self.countdown:
            self.countdown -= 1
            return self.countdown == 0
        # Also a marker split across two chunks, but only one that ends in this
        # chunk (not one that went by before the trigger was armed).
        start = max(0, len(tail) - len(self.marker) + 1)
        return (tail + chunk).find(self.marker, start) >= 0


class TcpProxy:
    """Forward ``127.0.0.1:port`` to ``target_host:target_port``; see the module text."""

    def __init__(self, target_host: str, target_port: int, listen_host: str = "127.0.0.1") -> None:
        self.target = (target_host, target_port)
        self._listener = socket.create_server((listen_host, 0))
        self._listener.setblocking(False)
        self.host = listen_host
        self.port: int = self._listener.getsockname()[1]
        self._wake_r, self._wake_w = socket.socketpair()
        self._lock = threading.Lock()
        self._links: set[_Link] = set()
        self._is_cut = False
        self._trigger: _Trigger | None = None
        self._stopping = False
        self._pumps: list[threading.Thread] = []  # every pump still to be joined
        self.accepted = 0  # connections the client opened, refused ones included
        self.client_chunks = 0  # chunks clients sent through live connections
        self._acceptor = threading.Thread(target=self._accept_loop, name="tcp-proxy-accept")
        self._acceptor.start()

    # -- what a test calls -------------------------------------------------

    def __enter__(self) -> TcpProxy:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @property
    def is_cut(self) -> bool:
        return self._is_cut

    def cut(self) -> None:
        """Close every live connection now and refuse new ones until ``restore()``."""
        self._cut_all(wait=True)

    def restore(self) -> None:
        """Plug the cable back in: new connections are forwarded again."""
        with self._lock:
            self._is_cut = False

    def cut_after_client_sends(self, marker: bytes) -> threading.Event:
        """Arm a one-shot cut: forward the client's bytes holding ``marker``, then
        drop the server's answer and cut everything. Returns an event set when it fired."""
        return self._arm(_Trigger(forward=True, marker=marker))

    def cut_before_client_sends(self, marker: bytes) -> threading.Event:
        """Arm a one-shot cut: the client's bytes holding ``marker`` are not
        forwarded; everything is cut instead. Returns an event set when it fired."""
        return self._arm(_Trigger(forward=False, marker=marker))

    def cut_at_client_chunk(self, nth: int, forward: bool) -> threading.Event:
        """Arm a one-shot cut at the ``nth`` chunk any client sends from now (1: the
        next). With ``forward`` the chunk reaches the server and its answer is lost;
        without, it never arrives. A chunk is one ``recv``: with a driver that waits
        for each answer, one request. For sweeping a cut over every step of an exchange;
        ``client_chunks`` counts how many steps there are."""
        return self._arm(_Trigger(forward=forward, nth=nth))

    def disarm(self) -> None:
        with self._lock:
            self._trigger = None

    def close(self) -> None:
        """Stop accepting, cut every connection, and wait for every thread."""
        with self._lock:
            if self._stopping:
                return
            self._stopping = True
        self._wake_w.send(b"x")
        self._acceptor.join(_JOIN_TIMEOUT_S)
        self._cut_all(wait=True)
        with self._lock:
            pumps, self._pumps = self._pumps, []
        for thread in pumps:  # also those of connections that ended on their own
            thread.join(_JOIN_TIMEOUT_S)
        self._listener.close()
        self._wake_r.close()
        self._wake_w.close()
        stuck = [t.name for t in [self._acceptor, *pumps] if t.is_alive()]
        if stuck:  # pragma: no cover - a bug in this file
            raise RuntimeError(f"proxy threads did not stop: {stuck}")

    # -- inside ------------------------------------------------------------

    def _arm(self, trigger: _Trigger) -> threading.Event:
        with self._lock:
            self._trigger = trigger
        return trigger.fired

    def _cut_all(self, wait: bool) -> None:
        """Mark the proxy cut and shut every link; with ``wait``, also join the
        pumps (except the calling thread, when a pump itself pulls the cable)."""
        with self._lock:
            self._is_cut = True
            links = list(self._links)
        for link in links:
            link.shut()
        if not wait:
            return
        me = threading.current_thread()
        for link in links:
            for thread in link.threads:
                if thread is not me:
                    thread.join(_JOIN_TIMEOUT_S)
                    if thread.is_alive():  # pragma: no cover - a bug in this file
                        raise RuntimeError(f"proxy thread {thread.name} did not stop")

    def _accept_loop(self) -> None:
        with selectors.DefaultSelector() as selector:
            selector.register(self._listener, selectors.EVENT_READ)
            selector.register(self._wake_r, selectors.EVENT_READ)
            while not self._stopping:
                for key, _ in selector.select():
                    if key.fileobj is self._listener and not self._stopping:
                        self._accept_one()

    def _accept_one(self) -> None:
        try:
            client, _ = self._listener.accept()
        except BlockingIOError:
            return
        client.setblocking(True)
        self.accepted += 1
        if self._is_cut:
            client.close()  # the client sees the server hang up straight away
            return
        try:
            server = socket.create_connection(self.target, timeout=5)
        except OSError:
            client.close()
            return
        server.settimeout(None)
        for sock in (client, server):
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        link = _Link(client, server)
        n = self.accepted
        link.threads = [
            threading.Thread(
                target=self._pump,
                args=(link, client, server, self._client_chunk),
                name=f"tcp-proxy-{n}-to-server",
                daemon=True,
            ),
            threading.Thread(
                target=self._pump,
                args=(link, server, client, self._server_chunk),
                name=f"tcp-proxy-{n}-to-client",
                daemon=True,
            ),
        ]
        with self._lock:
            if self._is_cut or self._stopping:  # cut while we were connecting
                link.threads = []
                client.close()
                server.close()
                return
            self._links.add(link)
            self._pumps = [t for t in self._pumps if t.is_alive()] + link.threads
        for thread in link.threads:
            thread.start()

    def _pump(
        self,
        link: _Link,
        source: socket.socket,
        sink: socket.socket,
        on_chunk: Callable[[_Link, bytes, bytes], tuple[bytes, bool]],
    ) -> None:
        """Copy ``source`` to ``sink`` until either end goes; ``on_chunk`` may
        hold a chunk back and pull the cable."""
        tail = b""
        try:
            while True:
                chunk = source.recv(_CHUNK)
                if not chunk:
                    break
                data, cut_now = on_chunk(link, tail, chunk)
                tail = (tail + chunk)[-_TAIL:]
                if data:
                    sink.sendall(data)
                if cut_now:
                    self._cut_all(wait=False)
                    break
        except OSError:
            pass  # the other end or a cut closed the socket
        finally:
            link.shut()  # one direction gone: the connection is gone
            with self._lock:
                self._links.discard(link)
            link.pump_done()

    def _client_chunk(self, link: _Link, tail: bytes, chunk: bytes) -> tuple[bytes, bool]:
        """Client to server: count the chunk; does it fire the armed trigger?"""
        with self._lock:
            self.client_chunks += 1
            trigger = self._trigger
            if trigger is None or not trigger.matches(tail, chunk):
                return chunk, False
            self._trigger = None
        if trigger.forward:
            link.doomed = trigger  # the server's next answer is dropped, then the cut
            return chunk, False
        trigger.fired.set()
        return b"", True

    def _server_chunk(self, link: _Link, _tail: bytes, chunk: bytes) -> tuple[bytes, bool]:
        """Server to client: the answer to a marked request is dropped, then the cut."""
        trigger = link.doomed
        if trigger is None:
            return chunk, False
        trigger.fired.set()
        return b"", True
