"""A fault-injecting HTTP proxy on loopback, between the app and a real ERP server.

Each request is forwarded to the upstream server unless a fault is chosen for it:
``refuse`` (close at once, nothing sent upstream), ``reset`` (forward, then cut the reply
after its headers: the ERP did the work, the client never learns it), ``slow`` (wait before
forwarding), ``500``, ``429`` (with Retry-After), ``truncate`` (forward, send half the JSON).
Faults come from a script (a list, one per request) or at random with a seeded RNG.
Bounded: it serves only 127.0.0.1 and stops with the test.
"""

from __future__ import annotations

import http.client
import random
import socket
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

FAULTS = ("refuse", "reset", "slow", "500", "429", "truncate")


class FaultProxy:
    def __init__(self, upstream: str, *, rate: float = 0.0, seed: int = 1,
                 faults: tuple[str, ...] = FAULTS, slow_s: float = 0.3) -> None:
        parts = urlsplit(upstream)
        self.upstream = (parts.hostname, parts.port)
        self.rate = rate
        self.rng = random.Random(seed)
        self.faults = faults
        self.slow_s = slow_s
        self.script: list[str | None] = []
        self.seen: Counter[str] = Counter()
        self._lock = threading.Lock()
        handler = type("Handler", (_Handler,), {"proxy": self})
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True,
                                       kwargs={"poll_interval": 0.05})

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def start(self) -> str:
        self.thread.start()
        return self.url

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(5)

    def __enter__(self) -> FaultProxy:
        self.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    def next_fault(self, path: str) -> str | None:
        with self._lock:
            if path.startswith("/control"):
                return None
            if self.script:
                fault = self.script.pop(0)
            elif self.rate and self.rng.random() < self.rate:
                fault = self.rng.choice(self.faults)
            else:
                fault = None
            self.seen[fault or "ok"] += 1
            return fault


class _Handler(BaseHTTPRequestHandler):
    proxy: FaultProxy
    protocol_version = "HTTP/1.1"

    def log_message(self, *args) -> None:  # quiet
        pass

    def _relay(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else None
        fault = self.proxy.next_fault(self.path)
        if fault == "refuse":
            self._cut()
            return
        if fault == "slow":
            time.sleep(self.proxy.slow_s)
        if fault in ("500", "429"):
            status = int(fault)
            payload = b'{"error": "injected", "message": "injected fault"}'
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            if status == 429:
                self.send_header("Retry-After", "0")
            self.end_headers()
            self.wfile.write(payload)
            return
        conn = http.client.HTTPConnection(*self.proxy.upstream, timeout=30)
        headers = {k: v for k, v in self.headers.items()
                   if k.lower() not in ("host", "connection", "content-length")}
        conn.request(self.command, self.path, body=body, headers=headers)
        resp = conn.getresponse()
        data = resp.read()
        conn.close()
        if fault == "reset":
            self._cut()
            return
        self.send_response(resp.status)
        for k, v in resp.getheaders():
            if k.lower() not in ("transfer-encoding", "connection", "content-length"):
                self.send_header(k, v)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if fault == "truncate" and len(data) > 2:
            self.wfile.write(data[: len(data) // 2])
            self.wfile.flush()
            self._cut()
            return
        self.wfile.write(data)

    def _cut(self) -> None:
        try:
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER,
                                       b"\x01\x00\x00\x00\x00\x00\x00\x00")
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        self.close_connection = True

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _relay
