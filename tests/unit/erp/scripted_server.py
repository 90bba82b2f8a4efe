"""A real loopback HTTP server that answers from a script, for testing the HTTP policy."""

from __future__ import annotations

import json
import ssl
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Answer:
    status: int = 200
    body: object = None            # dict/list → JSON; bytes → raw; None → empty
    headers: dict = field(default_factory=dict)
    delay: float = 0.0             # seconds before answering
    close: bool = False            # drop the connection without answering


@dataclass
class Seen:
    method: str
    path: str
    headers: dict
    body: bytes


class ScriptedServer:
    """Answers requests in order from ``script``; the last answer repeats. Records requests."""

    def __init__(self, tls: ssl.SSLContext | None = None) -> None:
        self.script: list[Answer] = []
        self.seen: list[Seen] = []
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True

            def log_message(self, *args):  # quiet
                pass

            def _any(self):
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                with server._lock:
                    server.seen.append(Seen(self.command, self.path, dict(self.headers), body))
                    answer = (server.script.pop(0) if len(server.script) > 1
                              else (server.script[0] if server.script else Answer()))
                if answer.delay:
                    time.sleep(answer.delay)
                if answer.close:
                    self.close_connection = True
                    return
                if isinstance(answer.body, bytes):
                    data, ctype = answer.body, "text/plain"
                elif answer.body is None:
                    data, ctype = b"", "application/json"
                else:
                    data, ctype = json.dumps(answer.body).encode(), "application/json"
                self.send_response(answer.status)
                self.send_header("Content-Type", answer.headers.get("Content-Type", ctype))
                self.send_header("Content-Length", str(len(data)))
                for k, v in answer.headers.items():
                    if k != "Content-Type":
                        self.send_header(k, v)
                self.end_headers()
                try:
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _any

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        if tls is not None:
            self.httpd.socket = tls.wrap_socket(self.httpd.socket, server_side=True)
        self.thread = threading.Thread(target=self.httpd.serve_forever,
                                       kwargs={"poll_interval": 0.05}, daemon=True)
        self.thread.start()
        scheme = "https" if tls is not None else "http"
        self.url = f"{scheme}://127.0.0.1:{self.httpd.server_address[1]}"

    def answer(self, *answers: Answer) -> ScriptedServer:
        with self._lock:
            self.script = list(answers)
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
