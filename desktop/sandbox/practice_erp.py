"""The practice ERP: a loopback HTTP server speaking the REST protocol of PROTOCOL.md.

The tutorial and the tests start one per lesson/test (it starts in milliseconds), script it
through the control API (a colleague edits an invoice, the network drops, the ERP rejects a
record) and point a ``RestConnector`` at it. It only ever binds to 127.0.0.1.

Threads: ``start()`` runs the server in a daemon thread; each request is handled in its own
thread (ThreadingHTTPServer). The control methods may be called from any thread.
"""

from __future__ import annotations

import hmac
import json
import logging
import os
import re
import secrets
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable

from ..domain.tax import STANDARD_VAT_RATES
from .practice_store import PracticeBooks, PracticeError, parse_cursor

log = logging.getLogger(__name__)

SERVER_NAME = "Practice ERP"
SERVER_VERSION = "1.0"
API = "/api/v1"
MAX_BODY = 1 << 20           # 1 MiB
MAX_LIMIT = 1000
DEFAULT_LIMIT = 100
MAX_SLOWDOWN = 120.0

RIGHTS_BY_ROLE: dict[str, frozenset[str]] = {
    "clerk": frozenset({"invoice.read", "invoice.write", "payment.write", "party.read",
                        "party.write"}),
    "approver": frozenset({"invoice.read", "invoice.write", "invoice.post", "invoice.cancel",
                           "payment.write", "party.read", "party.write"}),
    "admin": frozenset({"invoice.read", "invoice.write", "invoice.post", "invoice.cancel",
                        "invoice.delete", "payment.write", "party.read", "party.write",
                        "settings.write"}),
}
# user → (password, role). Practice credentials only: this server never holds real data.
DEFAULT_USERS: dict[str, tuple[str, str]] = {
    "clerk": ("practice", "clerk"),
    "approver": ("practice", "approver"),
    "admin": ("practice", "admin"),
}


@dataclass
class _Faults:
    """What the lesson or test scripted; guarded by ``PracticeErp._lock``."""

    down_until: float = 0.0                        # time.monotonic(); inf = until restored
    delay: float = 0.0                             # seconds added to every API reply
    reject: list[str] = field(default_factory=list)     # messages for the next writes
    fail: list[tuple[int, float | None, str]] = field(default_factory=list)
    lose_responses: int = 0


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
        handler = type("Handler", (_Handler,), {"erp": self})
        httpd = ThreadingHTTPServer(("127.0.0.1", self.port), handler)
        httpd.daemon_threads = True
        self._httpd = httpd
        self._thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.1},
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


CONTROL_ACTIONS: dict[str, Callable[[PracticeErp, dict], Any]] = {
    "colleague_edit": lambda e, a: e.colleague_edit(a["invoice"], a.get("changes", {})),
    "drop_network": lambda e, a: e.drop_network(a.get("seconds")),
    "restore_network": lambda e, a: e.restore_network(),
    "reject_next": lambda e, a: e.reject_next(a.get("message", "period closed"),
                                              a.get("count", 1)),
    "slow_down": lambda e, a: e.slow_down(a.get("seconds", 0)),
    "fail_next": lambda e, a: e.fail_next(a.get("status", 503), a.get("retry_after"),
                                          a.get("count", 1), a.get("message", "")),
    "lose_next_response": lambda e, a: e.lose_next_response(a.get("count", 1)),
    "expire_credentials": lambda e, a: e.expire_credentials(),
    "post_invoice": lambda e, a: e.post_invoice(a["invoice"]),
    "pay_invoice": lambda e, a: e.pay_invoice(a["invoice"], a["amount"], a.get("date")),
    "cancel_invoice": lambda e, a: e.cancel_invoice(a["invoice"]),
    "delete_invoice": lambda e, a: e.delete_invoice(a["invoice"]),
    "add_party": lambda e, a: e.add_party(a["party"], a.get("key")),
    "add_invoice": lambda e, a: e.add_invoice(a["invoice"], a.get("key"),
                                              a.get("state", "draft")),
    "reset": lambda e, a: e.reset(),
}

_ROUTES: list[tuple[str, re.Pattern[str], str]] = [
    (m, re.compile(p + r"\Z"), name) for m, p, name in [
        ("POST", API + r"/session", "login"),
        ("DELETE", API + r"/session", "logout"),
        ("GET", API + r"/whoami", "whoami"),
        ("GET", API + r"/taxes", "taxes"),
        ("GET", API + r"/invoices", "list_invoices"),
        ("POST", API + r"/invoices", "create_invoice"),
        ("GET", API + r"/invoices/ids", "invoice_ids"),
        ("GET", API + r"/invoices/(?P<id>\d+)", "get_invoice"),
        ("PUT", API + r"/invoices/(?P<id>\d+)", "put_invoice"),
        ("PATCH", API + r"/invoices/(?P<id>\d+)", "patch_invoice"),
        ("DELETE", API + r"/invoices/(?P<id>\d+)", "delete_invoice"),
        ("POST", API + r"/invoices/(?P<id>\d+)/post", "post_invoice"),
        ("POST", API + r"/invoices/(?P<id>\d+)/cancel", "cancel_invoice"),
        ("POST", API + r"/invoices/(?P<id>\d+)/payments", "add_payment"),
        ("GET", API + r"/parties", "list_parties"),
        ("POST", API + r"/parties", "create_party"),
        ("GET", API + r"/parties/(?P<id>\d+)", "get_party"),
        ("PUT", API + r"/parties/(?P<id>\d+)", "put_party"),
        ("PATCH", API + r"/parties/(?P<id>\d+)", "patch_party"),
    ]
]

RIGHT_OF_ROUTE = {
    "list_invoices": "invoice.read", "invoice_ids": "invoice.read", "get_invoice": "invoice.read",
    "create_invoice": "invoice.write", "put_invoice": "invoice.write",
    "patch_invoice": "invoice.write", "delete_invoice": "invoice.delete",
    "post_invoice": "invoice.post", "cancel_invoice": "invoice.cancel",
    "add_payment": "payment.write", "list_parties": "party.read", "get_party": "party.read",
    "create_party": "party.write", "put_party": "party.write", "patch_party": "party.write",
}


class _Dropped(Exception):
    """Close the connection without a reply (network down, response lost)."""


class _Handler(BaseHTTPRequestHandler):
    """One request; runs on a server thread. Replies JSON only, bounded bodies."""

    erp: PracticeErp
    protocol_version = "HTTP/1.1"
    server_version = f"PracticeERP/{SERVER_VERSION}"
    timeout = 30

    def log_message(self, fmt: str, *args: Any) -> None:  # no stderr noise; paths hold no secrets
        log.debug("%s " + fmt, self.address_string(), *args)

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        self._handle()

    do_POST = do_PUT = do_PATCH = do_DELETE = do_GET

    # --- the pipeline ----------------------------------------------------------------

    def _handle(self) -> None:
        path, _, query = self.path.partition("?")
        try:
            if path.startswith("/control/"):
                status, body, headers = self._control(path[len("/control/"):])
            elif path.startswith(API + "/") or path == API:
                status, body, headers = self._api(path, query)
            else:
                raise PracticeError(404, "not_found", f"No such endpoint: {path[:80]}.")
        except _Dropped:
            self.close_connection = True
            return
        except PracticeError as e:
            status, body, headers = e.status, {"error": e.code, "message": e.message}, {}
            if e.status == 401:
                headers["WWW-Authenticate"] = 'Bearer realm="practice-erp"'
            if e.status in (411, 413, 415):
                self.close_connection = True
        except Exception:  # a bug in the practice server: say so, keep serving
            log.exception("practice ERP failed on %s %s", self.command, path)
            status, body, headers = 500, {"error": "internal",
                                          "message": "Internal error in the practice ERP."}, {}
        self._reply(status, body, headers)

    def _reply(self, status: int, body: Any, headers: dict[str, str]) -> None:
        data = b"" if body is None else json.dumps(body).encode()
        self.send_response(status)
        if body is not None:
            self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        for k, v in headers.items():
            self.send_header(k, v)
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if data and self.command != "HEAD":
            self.wfile.write(data)

    def _body(self) -> Any:
        if self.headers.get("Transfer-Encoding"):
            raise PracticeError(411, "length_required", "Send the body with a Content-Length.")
        length_text = self.headers.get("Content-Length", "0") or "0"
        if not length_text.isdigit():
            raise PracticeError(400, "bad_request", "Content-Length is not a number.")
        length = int(length_text)
        if length > MAX_BODY:
            raise PracticeError(413, "too_large", f"The body is larger than {MAX_BODY} bytes.")
        raw = self.rfile.read(length) if length else b""
        if not raw:
            return {}
        ctype = self.headers.get("Content-Type", "")
        if not ctype.split(";")[0].strip().lower() == "application/json":
            raise PracticeError(415, "unsupported_media_type",
                                "Send the body as JSON (Content-Type: application/json).")
        try:
            return json.loads(raw.decode("utf-8"), parse_float=Decimal)
        except (UnicodeDecodeError, ValueError) as e:
            raise PracticeError(400, "bad_request", f"The body is not valid JSON: {e}.") from None

    def _control(self, action: str) -> tuple[int, Any, dict[str, str]]:
        if self.command != "POST":
            raise PracticeError(405, "method_not_allowed", "Control actions are POST requests.")
        token = self.headers.get("X-Control-Token", "")
        if not hmac.compare_digest(token.encode(), self.erp.control_token.encode()):
            raise PracticeError(403, "forbidden", "Wrong or missing X-Control-Token.")
        fn = CONTROL_ACTIONS.get(action)
        if fn is None:
            raise PracticeError(404, "not_found", f"No control action {action[:40]!r}; the "
                                f"actions are: {', '.join(sorted(CONTROL_ACTIONS))}.")
        args = self._body()
        if not isinstance(args, dict):
            raise PracticeError(400, "bad_request", "The body must be a JSON object.")
        try:
            result = fn(self.erp, args)
        except KeyError as e:
            raise PracticeError(400, "bad_request", f"Missing argument {e}.") from None
        except (TypeError, ValueError) as e:
            raise PracticeError(400, "bad_request", f"Bad argument: {e}.") from None
        return 200, {"ok": True, "result": result}, {}

    def _api(self, path: str, query: str) -> tuple[int, Any, dict[str, str]]:
        erp = self.erp
        with erp._lock:
            f = erp._faults
            down = f.down_until > time.monotonic()
            delay = f.delay
            failure = f.fail.pop(0) if (f.fail and not down) else None
        if down:
            raise _Dropped
        if delay:
            time.sleep(delay)
        route, params = self._route(path)
        with erp._lock:
            erp.requests_seen[f"{self.command} {path}"] += 1
        body = self._body() if self.command in ("POST", "PUT", "PATCH") else None
        if failure is not None:
            status, retry_after, message = failure
            headers = {"Retry-After": str(int(retry_after))} if retry_after is not None else {}
            return status, {"error": "unavailable" if status != 429 else "rate_limited",
                            "message": message or f"Scripted failure {status}."}, headers
        if route == "login":
            if not isinstance(body, dict):
                raise PracticeError(400, "bad_request", "Send {\"user\": ..., \"password\": ...}.")
            token = erp._login(body.get("user"), body.get("password"))
            return 200, {"token": token, "expires_in": int(erp.token_ttl)}, {}
        auth = self.headers.get("Authorization", "")
        scheme, _, token = auth.partition(" ")
        if scheme.lower() != "bearer" or not token:
            raise PracticeError(401, "auth", "Log in first (Authorization: Bearer <token>).")
        user = erp._user_of(token.strip())
        if route == "logout":
            erp._logout(token.strip())
            return 204, None, {}
        right = RIGHT_OF_ROUTE.get(route)
        if right and right not in erp._rights(user):
            raise PracticeError(403, "forbidden", f"User {user} may not do this "
                                                  f"(needs the right {right}).")
        if self.command in ("POST", "PUT", "PATCH", "DELETE"):
            with erp._lock:
                message = erp._faults.reject.pop(0) if erp._faults.reject else None
            if message is not None:
                raise PracticeError(422, "rejected", message)
        result = getattr(self, "_r_" + route)(user, params, _query(query), body)
        with erp._lock:
            lose = erp._faults.lose_responses > 0
            if lose:
                erp._faults.lose_responses -= 1
        if lose:
            raise _Dropped
        return result

    def _route(self, path: str) -> tuple[str, dict[str, str]]:
        allowed = []
        for method, pattern, name in _ROUTES:
            m = pattern.match(path)
            if m:
                if method == self.command:
                    return name, m.groupdict()
                allowed.append(method)
        if allowed:
            raise PracticeError(405, "method_not_allowed",
                                f"{self.command} is not allowed here; use {', '.join(allowed)}.")
        raise PracticeError(404, "not_found", f"No such endpoint: {path[:80]}.")

    # --- headers -----------------------------------------------------------------------

    def _key(self, required: bool = True) -> str | None:
        key = self.headers.get("Idempotency-Key", "").strip()
        if not key and required:
            raise PracticeError(400, "bad_request", "Send an Idempotency-Key header (the "
                                                    "client's uuid of the record).")
        if len(key) > 200:
            raise PracticeError(400, "bad_request", "The Idempotency-Key is too long.")
        return key or None

    def _if_match(self, required: bool) -> int | None:
        value = self.headers.get("If-Match", "").strip()
        if not value or value == "*":
            if required:
                raise PracticeError(428, "precondition_required",
                                    "Send If-Match with the ETag of the version you edited.")
            return None
        value = value.removeprefix("W/").strip('"')
        if not value.isdigit():
            raise PracticeError(400, "bad_request", "If-Match must be an ETag from a reply.")
        return int(value)

    # --- routes ------------------------------------------------------------------------

    def _r_whoami(self, user: str, p: dict, q: dict, body: Any) -> tuple:
        return 200, {"user": user, "company": self.erp.company, "role": self.erp.users[user][1],
                     "rights": sorted(self.erp._rights(user)), "server": SERVER_NAME,
                     "version": SERVER_VERSION, "practice": True}, {}

    def _r_taxes(self, user: str, p: dict, q: dict, body: Any) -> tuple:
        return 200, {"items": self.erp.books.taxes()}, {}

    def _r_list_invoices(self, user: str, p: dict, q: dict, body: Any) -> tuple:
        items, more, nxt = self.erp.books.list_invoices(parse_cursor(q.get("since")), _limit(q),
                                                        key=q.get("key", ""))
        return 200, {"items": items, "next": nxt, "more": more}, {}

    def _r_invoice_ids(self, user: str, p: dict, q: dict, body: Any) -> tuple:
        return 200, {"ids": self.erp.books.live_invoice_ids()}, {}

    def _r_get_invoice(self, user: str, p: dict, q: dict, body: Any) -> tuple:
        return _record(200, self.erp.books.get_invoice(p["id"]))

    def _r_create_invoice(self, user: str, p: dict, q: dict, body: Any) -> tuple:
        inv, created = self.erp.books.create_invoice(body, self._key())
        return _record(201 if created else 200, inv, created)

    def _r_put_invoice(self, user: str, p: dict, q: dict, body: Any) -> tuple:
        return _record(200, self.erp.books.update_invoice(p["id"], body, self._if_match(True),
                                                          partial=False))

    def _r_patch_invoice(self, user: str, p: dict, q: dict, body: Any) -> tuple:
        return _record(200, self.erp.books.update_invoice(p["id"], body, self._if_match(True),
                                                          partial=True))

    def _r_delete_invoice(self, user: str, p: dict, q: dict, body: Any) -> tuple:
        self.erp.books.delete_invoice(p["id"])
        return 204, None, {}

    def _r_post_invoice(self, user: str, p: dict, q: dict, body: Any) -> tuple:
        self._check_version_of(p["id"])
        return _record(200, self.erp.books.post_invoice(p["id"]))

    def _r_cancel_invoice(self, user: str, p: dict, q: dict, body: Any) -> tuple:
        self._check_version_of(p["id"])
        return _record(200, self.erp.books.cancel_invoice(p["id"]))

    def _check_version_of(self, ident: str) -> None:
        expected = self._if_match(False)
        if expected is not None and self.erp.books.get_invoice(ident)["version"] != expected:
            raise PracticeError(412, "stale", "The invoice was changed by someone else.")

    def _r_add_payment(self, user: str, p: dict, q: dict, body: Any) -> tuple:
        inv, created = self.erp.books.add_payment(p["id"], body, self._key())
        return _record(201 if created else 200, inv, created)

    def _r_list_parties(self, user: str, p: dict, q: dict, body: Any) -> tuple:
        items, more, nxt = self.erp.books.list_parties(
            parse_cursor(q.get("since")), _limit(q), key=q.get("key", ""),
            tax_id=q.get("tax_id", ""), name=q.get("name", ""))
        return 200, {"items": items, "next": nxt, "more": more}, {}

    def _r_get_party(self, user: str, p: dict, q: dict, body: Any) -> tuple:
        return _record(200, self.erp.books.get_party(p["id"]))

    def _r_create_party(self, user: str, p: dict, q: dict, body: Any) -> tuple:
        party, created = self.erp.books.create_party(body, self._key())
        return _record(201 if created else 200, party, created)

    def _r_put_party(self, user: str, p: dict, q: dict, body: Any) -> tuple:
        return _record(200, self.erp.books.update_party(p["id"], body, self._if_match(True),
                                                        partial=False))

    def _r_patch_party(self, user: str, p: dict, q: dict, body: Any) -> tuple:
        return _record(200, self.erp.books.update_party(p["id"], body, self._if_match(True),
                                                        partial=True))


def _record(status: int, record: dict, created: bool | None = None) -> tuple:
    headers = {"ETag": f'"{record["version"]}"'}
    if created is False:
        headers["Idempotent-Replayed"] = "true"
    return status, record, headers


def _query(query: str) -> dict[str, str]:
    from urllib.parse import parse_qsl
    try:
        return dict(parse_qsl(query, keep_blank_values=True, strict_parsing=False,
                              max_num_fields=20))
    except ValueError:
        raise PracticeError(400, "bad_request", "Too many query parameters.") from None


def _limit(q: dict[str, str]) -> int:
    text = q.get("limit", str(DEFAULT_LIMIT))
    if not text.isdigit() or not 1 <= int(text) <= MAX_LIMIT:
        raise PracticeError(400, "bad_request", f"limit must be a whole number from 1 to "
                                                f"{MAX_LIMIT}.")
    return int(text)
