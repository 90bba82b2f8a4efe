"""A minimal raw JSON-RPC client for trytond (stdlib + requests only).

Used by tests as the "raw baseline" and to make ERP-side edits behind the app's back.
Not the app's client: it deliberately does no retries, caching or clever batching.
"""
from __future__ import annotations

import base64
import datetime as dt
import itertools
import json
from decimal import Decimal
from typing import Any

import requests

__all__ = [
    "RawTryton",
    "TrytonRPCError",
    "TrytonHTTPError",
    "TrytonUserError",
    "TrytonUserWarning",
    "TrytonConcurrencyError",
    "encode",
    "decode",
]


# -- Tryton's JSON type extension (mirrors trytond/protocols/jsonrpc.py) --------------------

def _default(obj: Any) -> Any:
    # order matters: datetime is a subclass of date
    if isinstance(obj, Decimal):
        return {"__class__": "Decimal", "decimal": str(obj)}
    if isinstance(obj, dt.datetime):
        if obj.tzinfo is not None:
            raise TypeError("Tryton datetimes are naive UTC; convert before sending")
        return {"__class__": "datetime", "year": obj.year, "month": obj.month,
                "day": obj.day, "hour": obj.hour, "minute": obj.minute,
                "second": obj.second, "microsecond": obj.microsecond}
    if isinstance(obj, dt.date):
        return {"__class__": "date", "year": obj.year, "month": obj.month, "day": obj.day}
    if isinstance(obj, dt.time):
        return {"__class__": "time", "hour": obj.hour, "minute": obj.minute,
                "second": obj.second, "microsecond": obj.microsecond}
    if isinstance(obj, dt.timedelta):
        return {"__class__": "timedelta", "seconds": obj.total_seconds()}
    if isinstance(obj, (bytes, bytearray)):
        return {"__class__": "bytes", "base64": base64.encodebytes(bytes(obj)).decode("ascii")}
    if isinstance(obj, (set, frozenset)):
        return list(obj)
    raise TypeError(f"cannot encode {type(obj).__name__} for Tryton JSON-RPC")


_DECODERS = {
    "Decimal": lambda d: Decimal(d["decimal"]),
    "date": lambda d: dt.date(d["year"], d["month"], d["day"]),
    "datetime": lambda d: dt.datetime(d["year"], d["month"], d["day"], d["hour"],
                                      d["minute"], d["second"], d.get("microsecond", 0)),
    "time": lambda d: dt.time(d["hour"], d["minute"], d["second"], d.get("microsecond", 0)),
    "timedelta": lambda d: dt.timedelta(seconds=d["seconds"]),
    "bytes": lambda d: base64.decodebytes(d["base64"].encode("ascii")),
}


def _object_hook(d: dict) -> Any:
    cls = d.get("__class__")
    if cls in _DECODERS:
        return _DECODERS[cls](d)
    return d


def encode(obj: Any) -> str:
    return json.dumps(obj, default=_default, separators=(",", ":"))


def decode(text: str | bytes) -> Any:
    return json.loads(text, object_hook=_object_hook)


# -- errors --------------------------------------------------------------------------------

_KINDS = frozenset({"UserError", "UserWarning", "ConcurrencyException", "LoginException",
                    "RateLimitException"})


class TrytonRPCError(Exception):
    """`{"error": ...}` in a JSON-RPC answer.

    .kind   "UserError" (also AccessError & co.), "UserWarning", "ConcurrencyException",
            "LoginException", or None for an unexpected server error ([str(exc), traceback])
    .detail the rest of the payload as Tryton sent it
    .method the RPC method called
    """

    def __init__(self, method: str, error: Any):
        self.method = method
        self.error = error
        kind, detail = None, error
        # Tryton exceptions: [ClassName, args]; unexpected errors: [str(exc), traceback]
        if isinstance(error, (list, tuple)) and len(error) == 2 and error[0] in _KINDS:
            kind, detail = error[0], error[1]
        self.kind = kind
        self.detail = detail
        super().__init__(f"{method}: {self.message}")

    @property
    def message(self) -> str:
        if self.kind is None:
            return str(self.error[0] if isinstance(self.error, (list, tuple)) else self.error)
        d = self.detail
        if isinstance(d, (list, tuple)) and d:
            if self.kind == "UserWarning" and len(d) >= 2:
                return f"{self.kind}: {d[1]}"
            return f"{self.kind}: {d[0]}"
        return f"{self.kind}: {d}"


class TrytonUserError(TrytonRPCError):
    """UserError and its subclasses (AccessError, RequiredValidationError...)."""


class TrytonUserWarning(TrytonRPCError):
    @property
    def key(self) -> str:
        return self.detail[0]


class TrytonConcurrencyError(TrytonRPCError):
    pass


class TrytonHTTPError(Exception):
    """A non-200 HTTP answer (401 bad login/expired session, 403, 429 rate limit...)."""

    def __init__(self, method: str, response: requests.Response):
        self.method = method
        self.status_code = response.status_code
        self.response = response
        super().__init__(f"{method}: HTTP {response.status_code} {response.reason}")


def _error_for(method: str, error: Any) -> TrytonRPCError:
    kind = error[0] if isinstance(error, (list, tuple)) and len(error) == 2 else None
    if kind == "ConcurrencyException":
        return TrytonConcurrencyError(method, error)
    if kind == "UserWarning":
        return TrytonUserWarning(method, error)
    if kind == "UserError":  # AccessError, RequiredValidationError... all arrive as UserError
        return TrytonUserError(method, error)
    return TrytonRPCError(method, error)


# -- client --------------------------------------------------------------------------------

class RawTryton:
    """Raw JSON-RPC to one database.

        rt = RawTryton(server.url, server.database, verify=server.ca_file)
        rt.login("admin", "admin")
        ids = rt.call("model.party.party.search", [], 0, None, None, {})
        rt.execute("account.invoice", "read", ids, ["state"])   # context appended for you

    `call` sends params exactly as given (the context must be the last one).
    `execute(model, method, *args, context=None)` appends `self.context` merged with
    `context` (set `rt.context = {"company": facts["company_id"]}` once).
    """

    def __init__(self, url: str, database: str, *, verify: Any = True,
                 timeout: tuple[float, float] = (5.0, 120.0), context: dict | None = None):
        self.url = url.rstrip("/")
        self.database = database
        self.verify = verify
        self.timeout = timeout
        self.context: dict = dict(context or {})
        self.session = requests.Session()
        self.session.trust_env = False  # no proxies / REQUESTS_CA_BUNDLE for loopback tests
        self.session.headers["Content-Type"] = "application/json"
        self._ids = itertools.count(1)
        self.login_name: str | None = None
        self.user_id: int | None = None
        self.token: str | None = None

    # endpoints
    @property
    def db_endpoint(self) -> str:
        return f"{self.url}/{self.database}/rpc/"

    @property
    def root_endpoint(self) -> str:
        return f"{self.url}/rpc/"

    def _post(self, endpoint: str, method: str, params: list, headers: dict | None = None) -> Any:
        body = encode({"id": next(self._ids), "method": method, "params": list(params)})
        resp = self.session.post(endpoint, data=body.encode("utf-8"), headers=headers,
                                 timeout=self.timeout, verify=self.verify)
        if resp.status_code != 200:
            raise TrytonHTTPError(method, resp)
        data = decode(resp.content)
        if data.get("error") is not None:
            raise _error_for(method, data["error"])
        return data.get("result")

    def login(self, login: str, password: str, language: str = "en") -> int:
        result = self._post(self.db_endpoint, "common.db.login",
                            [login, {"password": password}, language])
        self.login_name = login
        self.user_id, self.token = result[0], result[1]
        auth = base64.b64encode(f"{login}:{self.user_id}:{self.token}".encode()).decode()
        self.session.headers["Authorization"] = f"Session {auth}"
        return self.user_id

    def logout(self) -> None:
        if self.token is not None:
            try:
                self._post(self.db_endpoint, "common.db.logout", [])
            finally:
                self.session.headers.pop("Authorization", None)
                self.token = None

    def call(self, method: str, *params: Any) -> Any:
        """Call `method` on the database endpoint with params as given."""
        return self._post(self.db_endpoint, method, list(params))

    def call_root(self, method: str, *params: Any) -> Any:
        """Call a database-less method (common.server.version, common.db.list ...)."""
        return self._post(self.root_endpoint, method, list(params))

    def execute(self, model: str, method: str, *args: Any, context: dict | None = None) -> Any:
        ctx = dict(self.context)
        if context:
            ctx.update(context)
        return self.call(f"model.{model}.{method}", *args, ctx)

    def accept_warning(self, warning: "TrytonUserWarning | str", always: bool = False) -> None:
        """Accept a UserWarning (by exception or key) for this user; then retry the call.

        Uses res.user.warning.skip (what Tryton's own client calls in 8.x): a plain
        `create` on res.user.warning is refused to users without admin rights."""
        key = warning.key if isinstance(warning, TrytonUserWarning) else warning
        self.call("model.res.user.warning.skip", key, always, {})

    def preferences(self) -> dict:
        return self.call("model.res.user.get_preferences", True, {})

    def close(self) -> None:
        self.session.close()

    def __enter__(self) -> "RawTryton":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()
