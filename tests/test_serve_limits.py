"""The dev server under hostile or careless clients: the reload WebSocket checks Host and Origin,
connections are capped, running out of descriptors pauses accepting without flooding the log,
and a 10,000-character URL is a 404, not a traceback."""

from __future__ import annotations

import base64
import os
import resource
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ROOT, copy_site
from test_serve import Server

from briefing.serve import MAX_CONNECTIONS


def _upgrade(port: int, origin: str | None, host: str | None = None) -> int:
    """Open the live-reload WebSocket with these headers; the HTTP status of the answer (101 = opened)."""
    key = base64.b64encode(os.urandom(16)).decode("ascii")
    lines = ["GET /livereload HTTP/1.1", f"Host: {host or f'127.0.0.1:{port}'}", "Upgrade: websocket",
             "Connection: Upgrade", f"Sec-WebSocket-Key: {key}", "Sec-WebSocket-Version: 13"]
    if origin is not None:
        lines.append(f"Origin: {origin}")
    with socket.create_connection(("127.0.0.1", port), timeout=10) as connection:
        connection.sendall(("\r\n".join(lines) + "\r\n\r\n").encode("ascii"))
        answer = connection.recv(4096).decode("latin-1")
    return int(answer.split(" ", 2)[1])


@pytest.fixture
def running(tmp_path: Path):
    server = Server(copy_site(tmp_path / "site"))
    try:
        yield server
    finally:
        server.stop()


def test_the_reload_socket_checks_origin_and_host(running: Server) -> None:
    port = running.port
    assert _upgrade(port, f"http://127.0.0.1:{port}") == 101
    assert _upgrade(port, f"http://localhost:{port}", host=f"localhost:{port}") == 101
    assert _upgrade(port, "http://evil.example") == 403
    assert _upgrade(port, f"http://127.0.0.1:{port + 1}") == 403
    assert _upgrade(port, "null") == 403
    assert _upgrade(port, f"http://evil.example:{port}", host=f"evil.example:{port}") == 403


def test_a_very_long_url_is_a_404(running: Server) -> None:
    status, _ = running.get_raw("/" + "a" * 10000 + ".html")
    assert status == 404
    status, _ = running.get_raw("/" + "/".join(["b" * 255] * 40))
    assert status == 404
    assert running.get("/")[0] == 200
    _, err = running.stop()
    assert "Traceback" not in err


def test_idle_connections_are_capped(running: Server) -> None:
    held = []
    try:
        for _ in range(MAX_CONNECTIONS + 60):
            held.append(socket.create_connection(("127.0.0.1", running.port), timeout=10))
        time.sleep(1.0)
        closed = 0
        for connection in held:
            connection.setblocking(False)
            try:
                closed += connection.recv(1) == b""
            except BlockingIOError:
                pass
        assert closed >= 50, f"only {closed} of {len(held)} idle connections were refused"
    finally:
        for connection in held:
            connection.close()
    time.sleep(0.3)
    assert running.get("/")[0] == 200


def test_running_out_of_descriptors_pauses_accepting_without_flooding_the_log(tmp_path: Path) -> None:
    site = copy_site(tmp_path / "site")

    def few_descriptors() -> None:
        resource.setrlimit(resource.RLIMIT_NOFILE, (64, 64))

    process = subprocess.Popen([sys.executable, str(ROOT / "build.py"), "serve", "--site", str(site), "--port", "0"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, preexec_fn=few_descriptors,
                               env={**os.environ, "NO_COLOR": "1", "PYTHONUNBUFFERED": "1"})
    assert process.stdout is not None
    line = ""
    deadline = time.monotonic() + 60
    while not line.startswith("Serving ") and time.monotonic() < deadline:
        line = process.stdout.readline()
        assert line or process.poll() is None, process.stderr.read() if process.stderr else ""
    port = int(line.split("http://127.0.0.1:")[1].split("/")[0])
    held = []
    try:
        for _ in range(120):
            try:
                held.append(socket.create_connection(("127.0.0.1", port), timeout=5))
            except OSError:
                break
        time.sleep(3)
        assert process.poll() is None, "the server died"
    finally:
        for connection in held:
            connection.close()
    time.sleep(6)  # longer than the longest pause: it accepts again
    with socket.create_connection(("127.0.0.1", port), timeout=10) as connection:
        connection.sendall(f"GET / HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n".encode())
        assert connection.recv(12).startswith(b"HTTP/1.1 200")
    process.terminate()
    _, err = process.communicate(timeout=30)
    assert "Traceback" not in err, err[:2000]
    assert len(err) < 5000, f"{len(err)} bytes of log"
    assert err.count("out of file descriptors") >= 1
