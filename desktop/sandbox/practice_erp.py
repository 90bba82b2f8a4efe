"""The practice ERP: a loopback HTTP server speaking the REST protocol of PROTOCOL.md.

The tutorial and the tests start one per lesson/test (it starts in milliseconds), script it
through the control API (a colleague edits an invoice, the network drops, the ERP rejects a
record) and point a ``RestConnector`` at it. It only ever binds to 127.0.0.1.

Threads: ``start()`` runs the server in a daemon thread; each request is handled in its own
thread (ThreadingHTTPServer). The control methods may be called from any thread.
"""

from __future__ import annotations

import hmac
import logging
import os
import secrets
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from http.server import ThreadingHTTPServer
from typing import Any

from ..domain.tax import STANDARD_VAT_RATES
from .practice_http import DEFAULT_USERS, MAX_SLOWDOWN, RIGHTS_BY_ROLE, PracticeHandler
from .practice_store import PracticeBooks, PracticeError

log = logging.getLogger(__name__)


@dataclass
class _Faults:
    """What the lesson or test scripted; guarded by ``PracticeErp._lock``."""

    down_until: float = 0.0                        # time.monotonic(); inf = until restored
    delay: float = 0.0                             # seconds added to every API reply
    reject: list[str] = field(default_factory=list)     # messages for the next writes
    fail: list[tuple[int, float | None, str]] = field(default_factory=list)
    lose_responses: int = 0


class _QuietServer(ThreadingHTTPServer):
    """A client that hangs up (a killed sync, a test's fault proxy) is normal here: log it
    quietly instead of printing a traceback to stderr."""

    daemon_threads = True

    def handle_error(self, request, client_address) -> None:
        import sys
        exc = sys.exc_info()[1]
        if isinstance(exc, (ConnectionError, TimeoutError)):
            log.debug("client %s went away: %s", client_address, exc)
        else:
            log.exception("practice ERP request from %s failed", client_address)


class PracticeErp:
    """One practice ERP server. ``with PracticeErp(path) as erp: url = erp.base_url``."""

    def __init__(self, db_path: str | os.PathLike | None = None, port: int = 0, *,
                 users: dict[str, tuple[str, str]] | None = None, token_ttl: float = 3600.0,
                 company: str = "Practice Trading Co.",
                 tax_rates: tuple[Decimal, ...] = STANDARD_VAT_RATES) -> None:
        self._own_file = db_path is None
        if db_path is None:
            fd, db_path = tempfile.mkstemp(prefix="practice-erp-", suffix=".sqlite3")
            os.close(fd)
        self.db_path = os.fspath(db_path)
        self.port = port
        self.company = company
        self.token_ttl = token_ttl
        self.users = dict(users or DEFAULT_USERS)
        self.control_token = secrets.token_urlsafe(24)
        self.books = PracticeBooks(self.db_path, tax_rates)
        self.requests_seen: Counter[str] = Counter()   # "GET /api/v1/invoices" → count
        self._tokens: dict[str, tuple[str, float]] = {}
        self._faults = _Faults()
        self._lock = threading.Lock()
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # --- life cycle ------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        if self._httpd is None:
            raise RuntimeError("The practice ERP is not running.")
        return f"http://127.0.0.1:{self._httpd.server_address[1]}"

    def start(self) -> str:
        """Bind 127.0.0.1:port (0 = any free port), serve in a daemon thread; → base url."""
        if self._httpd is not None:
            return self.base_url
        handler = type("Handler", (PracticeHandler,), {"erp": self})
        httpd = _QuietServer(("127.0.0.1", self.port), handler)
        httpd.daemon_threads = True
        self._httpd = httpd
        self._thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05},
                                        name="practice-erp", daemon=True)
        self._thread.start()
        log.info("practice ERP listening on %s", self.base_url)
        return self.base_url

    def stop(self) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None
        self.books.close()
        if self._own_file:
            for suffix in ("", "-wal", "-shm"):
                try:
                    os.unlink(self.db_path + suffix)
                except FileNotFoundError:
                    pass

    def serve_forever(self) -> None:
        """Start and block until interrupted (for ``invoice-desk practice-erp serve``)."""
        self.start()
        try:
            while self._thread is not None and self._thread.is_alive():
                self._thread.join(0.5)
        except KeyboardInterrupt:
            pass
        finally:
            self.stop()

    def __enter__(self) -> PracticeErp:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # --- control API (also reachable as POST /control/<name>) --------------------------

    def colleague_edit(self, invoice: str, changes: dict) -> dict:
        """A colleague changes the invoice in the ERP (by ERP id or by key)."""
        return self.books.colleague_edit(str(invoice), changes)

    def drop_network(self, seconds: float | None = None) -> None:
        """Close every API connection at once, for ``seconds`` or until restore_network()."""
        with self._lock:
            self._faults.down_until = (float("inf") if seconds is None
                                       else time.monotonic() + float(seconds))

    def restore_network(self) -> None:
        with self._lock:
            self._faults.down_until = 0.0

    def reject_next(self, message: str = "period closed", count: int = 1) -> None:
        """The next ``count`` writes (POST/PUT/PATCH/DELETE) get 422 with ``message``."""
        with self._lock:
            self._faults.reject.extend([message] * int(count))

    def slow_down(self, seconds: float) -> None:
        """Every API reply waits ``seconds`` (0 to stop)."""
        with self._lock:
            self._faults.delay = max(0.0, min(float(seconds), MAX_SLOWDOWN))

    def fail_next(self, status: int = 503, retry_after: float | None = None, count: int = 1,
                  message: str = "") -> None:
        """The next ``count`` API requests get ``status`` (e.g. 429 with Retry-After)."""
        with self._lock:
            self._faults.fail.extend([(int(status), retry_after, message)] * int(count))

    def lose_next_response(self, count: int = 1) -> None:
        """Do the next ``count`` API requests, then drop the connection without replying."""
        with self._lock:
            self._faults.lose_responses += int(count)

    def expire_credentials(self) -> None:
        """Every session token stops working (the client must log in again)."""
        with self._lock:
            self._tokens.clear()

    def post_invoice(self, invoice: str) -> dict:
        return self.books.post_invoice(str(invoice))

    def pay_invoice(self, invoice: str, amount: Decimal | str, on: date | str | None = None,
                    reference: str = "bank transfer") -> dict:
        when = on.isoformat() if isinstance(on, date) else (on or date.today().isoformat())
        inv, _ = self.books.add_payment(str(invoice), {"amount": str(amount), "date": when,
                                                       "reference": reference}, None)
        return inv

    def cancel_invoice(self, invoice: str) -> dict:
        return self.books.cancel_invoice(str(invoice))

    def delete_invoice(self, invoice: str) -> None:
        self.books.delete_invoice(str(invoice))

    def reset(self) -> None:
        """Empty the books and clear every scripted fault (sessions stay valid)."""
        with self._lock:
            self._faults = _Faults()
        self.books.reset()
        self.requests_seen.clear()

    # --- seeding (demo data, lessons, tests) ---------------------------------------------

    def add_party(self, data: dict, key: str | None = None) -> dict:
        """Create a party in wire format (PROTOCOL.md) as if typed in the ERP."""
        return self.books.create_party(data, key)[0]

    def add_invoice(self, data: dict, key: str | None = None, state: str = "draft") -> dict:
        """Create an invoice in wire format; ``state="posted"`` posts it at once."""
        return self.books.create_invoice(data, key, state)[0]

    def get_invoice(self, invoice: str) -> dict:
        return self.books.get_invoice(str(invoice))

    # --- used by the handler -------------------------------------------------------------

    def _login(self, user: Any, password: Any) -> str:
        entry = self.users.get(user) if isinstance(user, str) else None
        ok = (entry is not None and isinstance(password, str)
              and hmac.compare_digest(entry[0].encode(), password.encode()))
        if not ok:
            raise PracticeError(401, "auth", "Wrong user name or password.")
        token = secrets.token_urlsafe(32)
        with self._lock:
            self._tokens[token] = (user, time.monotonic() + self.token_ttl)
        return token

    def _user_of(self, token: str) -> str:
        with self._lock:
            user, until = self._tokens.get(token, ("", 0.0))
            if user and until < time.monotonic():
                del self._tokens[token]
                user = ""
        if not user:
            raise PracticeError(401, "auth", "The session has expired or is not valid; "
                                             "log in again.")
        return user

    def _logout(self, token: str) -> None:
        with self._lock:
            self._tokens.pop(token, None)

    def _rights(self, user: str) -> frozenset[str]:
        return RIGHTS_BY_ROLE.get(self.users[user][1], frozenset())


