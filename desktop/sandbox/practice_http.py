"""The practice ERP's HTTP side: routes, request checks, auth, scripted faults, control.

Each request runs on its own server thread (ThreadingHTTPServer); the handler reads at most
MAX_BODY bytes, accepts JSON only, and answers every refusal with a clear one-sentence
message. The server object (``practice_erp.PracticeErp``) holds the state it consults.
"""

from __future__ import annotations

import hmac
import json
import logging
import re
import time
from decimal import Decimal
from http.server import BaseHTTPRequestHandler
from typing import TYPE_CHECKING, Any, Callable
from urllib.parse import parse_qsl

from .practice_store import PracticeError, parse_cursor

if TYPE_CHECKING:
    from .practice_erp import PracticeErp

log = logging.getLogger("desktop.sandbox.practice_erp")

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


class PracticeHandler(BaseHTTPRequestHandler):
    """One request; runs on a server thread. Replies JSON only, bounded bodies."""

    erp: PracticeErp
    protocol_version = "HTTP/1.1"
    server_version = f"PracticeERP/{SERVER_VERSION}"
    timeout = 30
    disable_nagle_algorithm = True   # headers and body go out at once (no 40 ms delayed ACK)

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
