"""Receipt transports over real sockets and real files, and the printer settings.

The network printer is tests/support/fake_printer.py on loopback: it records what
arrives, drops the connection, or never reads (a jammed printer)."""

from __future__ import annotations

import contextlib
import errno
import os
import select
import socket
import stat
import sys
import threading
import time

import pytest

from omigjen_pos.domain.errors import InvalidInput, PrinterError
from omigjen_pos.printing.printers import (
    DevicePrinter,
    NetworkPrinter,
    ReceiptPrinterConfig,
    printer_from_settings,
)
from omigjen_pos.printing.receipt_document import (
    NOT_A_RECEIPT,
    PaymentLine,
    ReceiptDocument,
    ReceiptLine,
    VatLine,
    receipt_text,
)
from omigjen_pos.printing.receipt_escpos import drawer_kick_bytes, receipt_escpos_bytes
from tests.support.fake_printer import DOUBLE_SIZE, FakeNetworkPrinter, read_escpos

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs and non-blocking devices")
BIG = b"\x00" * (16 * 1024 * 1024)  # more than any socket or pipe buffer holds


def receipt(**changes) -> ReceiptDocument:
    base = dict(
        title="Salgskvittering",
        shop_name="Gjenbruk på Øya",
        org_line="Org.nr. 921 467 710 MVA",
        address_lines=("Åsgårdveien 1", "3770 Kragerø"),
        till_code="BRUKT-1",
        receipt_number=7,
        when="27.11.2026 14:03",
        cashier="Åse Ødegård",
        lines=(ReceiptLine("Lenestol", 1, 49900, 49900), ReceiptLine("Bøker", 3, 2000, 6000)),
        vat_lines=(VatLine(2500, 44720, 11180),),
        total_ore=55900,
        rounding_ore=0,
        payments=(PaymentLine("Kontant", 60000),),
        change_ore=4100,
        barcode="99000100000007",
    )
    return ReceiptDocument(**(base | changes))


def closed_port() -> socket.socket:
    """A bound loopback port nobody listens on (kept bound so no one else takes it)."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    return sock


# --- the network printer ----------------------------------------------------------


def test_a_receipt_reaches_the_network_printer_byte_for_byte():
    document = receipt(marks=("KOPI", NOT_A_RECEIPT), copy=True)
    job = receipt_escpos_bytes(document, open_drawer=True)
    with FakeNetworkPrinter() as fake:
        printer = NetworkPrinter(fake.host, fake.port, timeout=2.0)
        started = time.monotonic()
        printer.send(job)
        elapsed = time.monotonic() - started
        [received] = fake.jobs(1)
    assert received == job
    out = read_escpos(received)
    expected = receipt_text(document).replace("\u00a0", " ")
    assert out.text_where(size=0).strip("\n") in expected
    assert out.text_where(size=DOUBLE_SIZE).count(NOT_A_RECEIPT) == 2
    assert "Bøker" in out.text and "Betjent av Åse Ødegård" in out.text
    assert received.startswith(b"\x1b@" + drawer_kick_bytes())
    assert elapsed < 1.0  # the fake closes its end after the job: no waiting


def test_jobs_arrive_one_connection_each_in_order():
    with FakeNetworkPrinter() as fake:
        printer = NetworkPrinter(fake.host, fake.port)
        for number in (1, 2, 3):
            printer.send(receipt_escpos_bytes(receipt(receipt_number=number)))
        printer.send(drawer_kick_bytes())
        jobs = fake.jobs(4)
    for number, job in zip((1, 2, 3), jobs[:3], strict=True):
        assert f"Kvittering {number}" in read_escpos(job).text
    assert jobs[3] == drawer_kick_bytes() and fake.accepted == 4


def test_a_port_nobody_listens_on_is_refused():
    with closed_port() as sock:
        port = sock.getsockname()[1]
        with pytest.raises(PrinterError) as caught:
            NetworkPrinter("127.0.0.1", port, timeout=2.0).send(b"x")
    error = caught.value
    assert (error.printer, error.reason) == (f"127.0.0.1:{port}", "refused")
    assert error.detail and not isinstance(error, OSError)
    assert isinstance(error.__cause__, ConnectionRefusedError)


def test_a_host_name_that_does_not_resolve_is_unreachable():
    with pytest.raises(PrinterError) as caught:
        NetworkPrinter("receipt-printer.invalid", timeout=2.0).send(b"x")
    assert (caught.value.printer, caught.value.reason) == (
        "receipt-printer.invalid:9100",
        "unreachable",
    )


def test_a_printer_that_drops_the_connection_is_reported_not_taken_as_printed():
    with FakeNetworkPrinter("close") as fake:
        with pytest.raises(PrinterError) as caught:
            NetworkPrinter(fake.host, fake.port, timeout=2.0).send(receipt_escpos_bytes(receipt()))
        assert fake.accepted == 1
    assert caught.value.reason == "reset"


def test_a_jammed_printer_times_out_within_the_timeout():
    with FakeNetworkPrinter("hold") as fake:
        printer = NetworkPrinter(fake.host, fake.port, timeout=0.5)
        started = time.monotonic()
        with pytest.raises(PrinterError) as caught:
            printer.send(BIG)
        elapsed = time.monotonic() - started
    assert caught.value.reason == "timeout"
    assert 0.4 < elapsed < 1.5


def test_a_printer_that_keeps_the_connection_open_after_a_small_job_is_not_an_error():
    with FakeNetworkPrinter("hold") as fake:
        started = time.monotonic()
        NetworkPrinter(fake.host, fake.port, timeout=3.0).send(drawer_kick_bytes())
        elapsed = time.monotonic() - started
    assert elapsed < 1.0  # waits half a second for the printer's end, not the timeout


@pytest.mark.parametrize(
    ("error", "reason"),
    [
        (OSError(errno.EHOSTUNREACH, "No route to host"), "unreachable"),
        (OSError(errno.ENETUNREACH, "Network is unreachable"), "unreachable"),
        (OSError(errno.ETIMEDOUT, "Connection timed out"), "timeout"),
        (TimeoutError("timed out"), "timeout"),
        (ConnectionResetError(errno.ECONNRESET, "Connection reset by peer"), "reset"),
        (BrokenPipeError(errno.EPIPE, "Broken pipe"), "reset"),
        (OSError(errno.ENOTCONN, "Transport endpoint is not connected"), "reset"),
        (PermissionError(errno.EACCES, "Permission denied"), "permission"),
        (OSError(errno.EIO, "Input/output error"), "io"),
    ],
)
def test_network_errors_are_named_by_what_the_user_can_check(error, reason):
    printed = NetworkPrinter("10.0.0.5")._error(error)
    assert (printed.printer, printed.reason) == ("10.0.0.5:9100", reason)


# --- a printer device or file -----------------------------------------------------


def test_a_device_file_gets_the_bytes_and_each_job_is_appended(tmp_path):
    path = tmp_path / "lp0"
    path.write_bytes(b"")
    job = receipt_escpos_bytes(receipt())
    DevicePrinter(str(path)).send(job)
    assert path.read_bytes() == job
    DevicePrinter(str(path)).send(drawer_kick_bytes())
    assert path.read_bytes() == job + drawer_kick_bytes()


def test_a_missing_device_is_not_found_and_not_created(tmp_path):
    path = tmp_path / "usb" / "lp0"
    for missing in (path, tmp_path / "lp9"):
        with pytest.raises(PrinterError) as caught:
            DevicePrinter(str(missing)).send(b"x")
        assert (caught.value.printer, caught.value.reason) == (str(missing), "not_found")
        assert not missing.exists()


def test_a_folder_is_no_printer(tmp_path):
    with pytest.raises(PrinterError) as caught:
        DevicePrinter(str(tmp_path)).send(b"x")
    assert caught.value.reason == "io"


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root may write any file")
def test_a_device_the_user_may_not_write_is_permission(tmp_path):
    path = tmp_path / "lp0"
    path.write_bytes(b"")
    path.chmod(stat.S_IRUSR)
    with pytest.raises(PrinterError) as caught:
        DevicePrinter(str(path)).send(b"x")
    assert caught.value.reason == "permission"


@posix_only
def test_a_character_device_takes_the_job():
    DevicePrinter(os.devnull).send(receipt_escpos_bytes(receipt()))


@posix_only
def test_a_pipe_with_a_reader_gets_everything(tmp_path):
    fifo = tmp_path / "printer"
    os.mkfifo(fifo)
    data = receipt_escpos_bytes(receipt()) * 200  # several times the pipe's buffer
    received = bytearray()
    reader_fd = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)  # a reader before the writer

    def read() -> None:
        deadline = time.monotonic() + 5.0
        while len(received) < len(data) and time.monotonic() < deadline:
            select.select([reader_fd], [], [], 0.05)
            with contextlib.suppress(BlockingIOError):
                chunk = os.read(reader_fd, 65536)
                received.extend(chunk)
                if not chunk:  # no writer yet
                    time.sleep(0.005)

    reader = threading.Thread(target=read)
    reader.start()
    try:
        DevicePrinter(str(fifo)).send(data)
        reader.join(5.0)
    finally:
        os.close(reader_fd)
    assert bytes(received) == data


@posix_only
def test_a_pipe_nobody_reads_is_not_found(tmp_path):
    fifo = tmp_path / "printer"
    os.mkfifo(fifo)
    with pytest.raises(PrinterError) as caught:
        DevicePrinter(str(fifo)).send(b"x")
    assert caught.value.reason == "not_found"


@posix_only
def test_a_device_that_stops_taking_data_times_out_within_the_timeout(tmp_path):
    fifo = tmp_path / "printer"
    os.mkfifo(fifo)
    jammed = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)  # open, never read
    try:
        started = time.monotonic()
        with pytest.raises(PrinterError) as caught:
            DevicePrinter(str(fifo), timeout=0.3).send(BIG)
        elapsed = time.monotonic() - started
    finally:
        os.close(jammed)
    assert caught.value.reason == "timeout"
    assert 0.25 < elapsed < 1.5


# --- settings ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("settings", "expected"),
    [
        (
            {"kind": "network", "host": "10.0.0.5"},
            ReceiptPrinterConfig("network", host="10.0.0.5", port=9100, width_chars=48),
        ),
        (
            {"kind": "network", "host": " kvittering.lan ", "port": "9101", "paper": "58 mm"},
            ReceiptPrinterConfig("network", host="kvittering.lan", port=9101, width_chars=32),
        ),
        (
            {"kind": "network", "host": "[fe80::1]", "port": 9100, "columns": 42},
            ReceiptPrinterConfig("network", host="fe80::1", width_chars=42),
        ),
        (
            {"kind": "device", "path": "/dev/usb/lp0", "paper": "58mm", "host": "left over"},
            ReceiptPrinterConfig("device", path="/dev/usb/lp0", width_chars=32),
        ),
        (
            {"kind": "pdf", "folder": "/home/kasse/Kvitteringer"},
            ReceiptPrinterConfig("pdf", folder="/home/kasse/Kvitteringer"),
        ),
        ({"kind": "system", "paper": "80MM"}, ReceiptPrinterConfig("system", width_chars=48)),
        ({"kind": "none"}, None),
        ({"paper": "80mm"}, None),
        ({}, None),
        (None, None),
    ],
)
def test_settings_describe_the_printer(settings, expected):
    assert printer_from_settings(settings) == expected


@pytest.mark.parametrize(
    ("settings", "field"),
    [
        ({"kind": "usb"}, "kind"),
        ({"kind": "network"}, "host"),
        ({"kind": "network", "host": "  "}, "host"),
        ({"kind": "network", "host": "10.0.0.5:9100"}, "host"),
        ({"kind": "network", "host": "http://10.0.0.5"}, "host"),
        ({"kind": "network", "host": "kasse printer"}, "host"),
        ({"kind": "network", "host": "10.0.0.5", "port": 0}, "port"),
        ({"kind": "network", "host": "10.0.0.5", "port": 65536}, "port"),
        ({"kind": "network", "host": "10.0.0.5", "port": "ni"}, "port"),
        ({"kind": "network", "host": "10.0.0.5", "port": True}, "port"),
        ({"kind": "network", "host": "10.0.0.5", "port": 9100.0}, "port"),
        ({"kind": "device"}, "path"),
        ({"kind": "device", "path": 5}, "path"),
        ({"kind": "pdf", "folder": ""}, "folder"),
        ({"kind": "system", "paper": "A4"}, "paper"),
        ({"kind": "system", "columns": 12}, "columns"),
        ({"kind": "system", "columns": "42 tegn"}, "columns"),
    ],
)
def test_settings_that_cannot_work_name_their_field(settings, field):
    with pytest.raises(InvalidInput) as caught:
        printer_from_settings(settings)
    assert caught.value.field == field


def test_network_and_device_settings_give_a_transport_the_others_do_not():
    network = printer_from_settings({"kind": "network", "host": "10.0.0.5", "port": 9101})
    device = printer_from_settings({"kind": "device", "path": "/dev/usb/lp0"})
    assert network is not None and device is not None
    transport = network.transport(timeout=2.0)
    assert isinstance(transport, NetworkPrinter)
    assert (transport.name, transport.timeout) == ("10.0.0.5:9101", 2.0)
    assert isinstance(device.transport(), DevicePrinter)
    assert device.transport().name == "/dev/usb/lp0"
    assert network.escpos and device.escpos
    for kind in ("pdf", "system"):
        config = printer_from_settings({"kind": kind, "folder": "/tmp"})
        assert config is not None and not config.escpos
        with pytest.raises(ValueError):
            config.transport()


def test_a_printer_from_settings_prints_at_its_paper_width():
    with FakeNetworkPrinter() as fake:
        config = printer_from_settings(
            {"kind": "network", "host": fake.host, "port": fake.port, "paper": "58mm"}
        )
        assert config is not None
        config.transport().send(receipt_escpos_bytes(receipt(), config.width_chars))
        [job] = fake.jobs(1)
    lines = read_escpos(job).text.split("\n")
    assert max(len(line) for line in lines) == 32
