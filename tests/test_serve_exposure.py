"""`build.py serve` is reachable from this machine only, and hands out nothing but output/: checked
on the running server from outside (the kernel's socket table, raw request lines)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import ROOT, copy_site

SECRET = "title: Fixture briefing"  # the first line of site.yaml, which must never be served


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[int, int]]:
    """`python build.py serve --port 0` with the default host; yields (port, process id)."""
    site = copy_site(tmp_path_factory.mktemp("serve") / "site")
    process = subprocess.Popen([sys.executable, str(ROOT / "build.py"), "serve", "--site", str(site), "--port", "0"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env={**os.environ, "NO_COLOR": "1", "PYTHONUNBUFFERED": "1"})
    port = 0
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not port:
        line = process.stdout.readline() if process.stdout else ""
        if not line:
            break
        if line.startswith("Serving ") and "http://127.0.0.1:" in line:
            port = int(line.split("http://127.0.0.1:")[1].split("/")[0])
    try:
        assert port, f"serve did not start: {process.poll()}"
        yield port, process.pid
    finally:
        process.terminate()
        process.communicate(timeout=30)


def _listening(port: int) -> list[str]:
    """Local addresses of every listening TCP socket on `port`, from /proc/net/tcp and tcp6."""
    found = []
    for table, width in (("/proc/net/tcp", 8), ("/proc/net/tcp6", 32)):
        try:
            rows = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for row in rows:
            fields = row.split()
            address, hex_port = fields[1].split(":")
            if int(hex_port, 16) == port and fields[3] == "0A":  # 0A: LISTEN
                assert len(address) == width
                found.append(address)
    return found


@pytest.mark.skipif(not Path("/proc/net/tcp").exists(), reason="needs Linux's /proc/net/tcp")
def test_serve_listens_on_loopback_only_by_default(server: tuple[int, int]) -> None:
    port, _pid = server
    addresses = _listening(port)
    assert addresses, "no listening socket found for the server"
    loopback = {"0100007F",  # 127.0.0.1, little-endian hex
                "00000000000000000000000001000000"}  # ::1
    assert set(addresses) <= loopback, f"listening beyond loopback: {addresses}"


def _raw_get(port: int, target: str) -> tuple[int, str]:
    """Send a request line exactly as written (no client-side clean-up of '..' or encodings)."""
    with socket.create_connection(("127.0.0.1", port), timeout=30) as connection:
        connection.sendall(f"GET {target} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n".encode())
        chunks = []
        while chunk := connection.recv(65536):
            chunks.append(chunk)
    response = b"".join(chunks).decode("utf-8", "replace")
    status = int(response.split(" ", 2)[1]) if response.startswith("HTTP/") else 0
    return status, response


@pytest.mark.parametrize("target", [
    "/../site.yaml",
    "/%2e%2e/site.yaml",
    "/%2E%2E/%2E%2E/site.yaml",
    "/topics/%2e%2e/%2e%2e/site.yaml",
    "/..%2f..%2fsite.yaml",
    "/..%5csite.yaml",
    "/..\\site.yaml",
    "/.%2e/site.yaml",
    "//site.yaml",
    "/%2F..%2Fsite.yaml",
])
def test_paths_leaving_output_get_404(server: tuple[int, int], target: str) -> None:
    port, _pid = server
    status, response = _raw_get(port, target)
    assert status == 404, response[:200]
    assert SECRET not in response


@pytest.mark.parametrize("target", ["/etc/passwd", "//etc/passwd", "/%2fetc%2fpasswd", "/proc/self/environ"])
def test_absolute_paths_get_404(server: tuple[int, int], target: str) -> None:
    port, _pid = server
    status, response = _raw_get(port, target)
    assert status == 404, response[:200]
    assert "root:" not in response and "PATH=" not in response


def test_absolute_form_request_target_cannot_escape(server: tuple[int, int]) -> None:
    port, _pid = server
    status, response = _raw_get(port, f"http://127.0.0.1:{port}/../site.yaml")
    assert status in (400, 404), response[:200]
    assert SECRET not in response


def test_the_site_itself_is_served(server: tuple[int, int]) -> None:
    """The checks above can fail: the same server does hand out output/ files."""
    port, _pid = server
    status, response = _raw_get(port, "/topics/weapons.html")
    assert status == 200 and "<h1>Weapons</h1>" in response
