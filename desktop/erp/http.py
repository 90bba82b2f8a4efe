"""The one HTTP policy of every connector: URL rules, timeouts, retries, TLS, proxies,
typed errors and log redaction.

An ``HttpClient`` wraps one ``requests.Session`` and belongs to ONE thread (the GUI's
"Test connection" and the sync worker each make their own). Every call has a
``(connect, read)`` timeout; a request is retried with exponential backoff and full jitter,
honouring ``Retry-After``, only when repeating it cannot do anything twice: the request
never left (connection refused), it is idempotent (GET/HEAD/PUT/DELETE, or carries an
``Idempotency-Key``), or the server said it did not act (429). Failures come out as the
typed errors of ``desktop.domain.errors``, whose messages never hold secrets.
"""

from __future__ import annotations

import email.utils
import errno
import ipaddress
import json
import logging
import random
import re
import socket
import threading
import time
from collections import deque
from dataclasses import dataclass, fields
from typing import Any, Callable, Mapping
from urllib.parse import urlsplit

import requests

from ..domain.errors import (BadInput, ErpAuthError, ErpBug, ErpConflict, ErpError, ErpOffline,
                             ErpPermissionError, ErpRateLimited, ErpRejected)
from ..domain.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
TRANSIENT_STATUSES = frozenset({502, 503, 504})
MAX_ERP_MESSAGE = 500
# Socket errors raised while connecting: the request cannot have reached the server.
_UNSENT_ERRNOS = frozenset({errno.ENETUNREACH, errno.EHOSTUNREACH, errno.EADDRNOTAVAIL,
                            errno.ECONNREFUSED})

PLAIN_HTTP_WARNING = QT_TRANSLATE_NOOP(
    "ERP", "This connection uses plain HTTP: invoices and the password travel unencrypted.")


class ErpNotFound(ErpRejected):
    """The ERP has no record with this id (deleted there, or a wrong id)."""


class ErpCertificateError(ErpError):
    """The ERP's TLS certificate is not trusted; retrying will not help."""


@dataclass(frozen=True, slots=True)
class HttpSettings:
    """The HTTP part of a connection profile (timeouts in seconds)."""

    connect_timeout: float = 5.0
    read_timeout: float = 30.0
    retries: int = 3                  # extra attempts after the first
    backoff: float = 0.5              # first backoff ceiling; doubles per attempt
    backoff_cap: float = 20.0
    max_retry_after: float = 30.0     # wait longer than this? raise ErpRateLimited instead
    ca_file: str = ""                 # the company's CA bundle (PEM); "" = system/certifi
    allow_plain_http: bool = False    # http:// to a non-loopback host (test servers only)
    user_agent: str = "InvoiceDesk/0.1"

    @classmethod
    def from_profile(cls, settings: Any) -> HttpSettings:
        """From a profile: a mapping, or an object with attributes of the same names (such
        as ``store.profiles.Profile``: ``allow_plain_http``, ``ca_file``). Others ignored."""
        if isinstance(settings, HttpSettings):
            return settings
        names = [f.name for f in fields(cls)]
        if settings is None:
            return cls()
        if isinstance(settings, Mapping):
            return cls(**{k: v for k, v in settings.items() if k in names})
        return cls(**{k: getattr(settings, k) for k in names if hasattr(settings, k)})


@dataclass(frozen=True, slots=True)
class Reply:
    status: int
    data: Any                         # parsed JSON; None for an empty body
    headers: Mapping[str, str]

    @property
    def etag(self) -> str:
        """The version token: the ETag without quotes or W/ ("" when the ERP sent none)."""
        return self.headers.get("ETag", "").removeprefix("W/").strip('"')


# --- URLs ---------------------------------------------------------------------------------

def is_loopback(host: str) -> bool:
    host = host.strip("[]").rstrip(".").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_url(url: str, allow_plain_http: bool = False) -> str | None:
    """Refuse an ERP address that would be unsafe; → a warning for the UI, or None.

    HTTPS is required except to loopback (127.0.0.0/8, ::1, localhost) unless the profile
    explicitly allows plain HTTP, in which case the (untranslated) warning is returned.
    Raises BadInput for a malformed address or one with a password in it.
    """
    try:
        parts = urlsplit(url.strip())
        host = parts.hostname or ""
        parts.port  # noqa: B018 - raises ValueError for a bad port
    except ValueError:
        raise BadInput(QT_TRANSLATE_NOOP("ERP", "The ERP address is not a valid URL.")) from None
    if parts.scheme not in ("http", "https") or not host:
        raise BadInput(QT_TRANSLATE_NOOP("ERP", "The ERP address must start with https:// and "
                                                "name a server, such as https://erp.example.com."))
    if parts.username or parts.password:
        raise BadInput(QT_TRANSLATE_NOOP("ERP", "Put the user name and password in the "
                                                "connection settings, not in the ERP address."))
    if parts.scheme == "https" or is_loopback(host):
        return None
    if allow_plain_http:
        return PLAIN_HTTP_WARNING
    raise BadInput(QT_TRANSLATE_NOOP("ERP", "The ERP address {host} uses plain HTTP, which would "
                                            "send invoices and the password unencrypted. Use "
                                            "https://, or allow plain HTTP in the profile for a "
                                            "test server."), host=host)


def use_system_trust_store() -> bool:
    """Make TLS trust the OS certificate store (truststore), if installed. Call once at start.

    Needed behind TLS-inspecting corporate proxies whose CA is only in the OS store.
    """
    try:
        import truststore  # type: ignore[import-not-found]
    except ImportError:
        return False
    truststore.inject_into_ssl()
    return True


# --- the client -----------------------------------------------------------------------------

class HttpClient:
    """One ERP's HTTP session. Owned by ONE thread; never share it with another thread."""

    def __init__(self, base_url: str, settings: Any = None, *,
                 sleep: Callable[[float], None] = time.sleep,
                 rand: Callable[[], float] = random.random) -> None:
        self.settings = HttpSettings.from_profile(settings)
        self.warning = check_url(base_url, self.settings.allow_plain_http)
        self.base_url = base_url.strip().rstrip("/")
        parts = urlsplit(self.base_url)
        self.host = parts.netloc
        self._base_path = parts.path
        # REQUESTS_CA_BUNDLE overrides Session.verify, so verify goes with every request.
        self._verify: bool | str = self.settings.ca_file or True
        # Env/system proxies apply, except to loopback (the practice ERP, a local tunnel).
        self._proxies = {"no_proxy": parts.hostname} if is_loopback(parts.hostname or "") else None
        self._sleep = sleep
        self._rand = rand
        self.session = requests.Session()
        self.session.headers.update({"User-Agent": self.settings.user_agent,
                                     "Accept": "application/json"})

    def close(self) -> None:
        self.session.close()

    def backoff_delay(self, attempt: int) -> float:
        """Full jitter: uniform in [0, min(cap, backoff × 2^attempt)]."""
        ceiling = min(self.settings.backoff_cap, self.settings.backoff * (2 ** attempt))
        return self._rand() * ceiling

    def request(self, method: str, path: str, *, json_body: Any = None,
                params: Mapping[str, Any] | None = None, headers: Mapping[str, str] | None = None,
                idempotent: bool | None = None) -> Reply:
        """Send ``method path`` (path relative to the base URL) → Reply, or a typed error."""
        method = method.upper()
        headers = dict(headers or {})
        if idempotent is None:
            idempotent = method in IDEMPOTENT_METHODS or bool(headers.get("Idempotency-Key"))
        s = self.settings
        where = {"method": method, "path": path.partition("?")[0][:200], "host": self.host}
        attempt = 0
        while True:
            delay: float | None = None
            try:
                resp = self.session.request(
                    method, self.base_url + path, json=json_body, params=params, headers=headers,
                    timeout=(s.connect_timeout, s.read_timeout), verify=self._verify,
                    proxies=dict(self._proxies) if self._proxies else None, allow_redirects=False)
            except requests.exceptions.SSLError:
                raise ErpCertificateError(QT_TRANSLATE_NOOP(
                    "ERP", "The certificate of the ERP at {host} is not trusted. If your company "
                           "uses its own certificate authority, set its CA file in the "
                           "connection settings."), **where) from None
            except (requests.ConnectionError, requests.Timeout) as exc:
                never_sent = _never_sent(exc)
                if attempt < s.retries and (idempotent or never_sent):
                    delay = self.backoff_delay(attempt)
                else:
                    raise _offline(exc, where) from None
            except requests.RequestException as exc:
                raise ErpBug(QT_TRANSLATE_NOOP("ERP", "The request {method} {path} to the ERP at "
                                                      "{host} could not be made ({kind})."),
                             kind=type(exc).__name__, **where) from None
            else:
                if resp.status_code < 300:
                    return Reply(resp.status_code, _json_of(resp, where), resp.headers)
                retry_after = parse_retry_after(resp.headers.get("Retry-After"))
                if resp.status_code == 429:
                    wait = retry_after if retry_after is not None else self.backoff_delay(attempt)
                    if attempt < s.retries and wait <= s.max_retry_after:
                        delay = wait
                    else:
                        raise ErpRateLimited(QT_TRANSLATE_NOOP(
                            "ERP", "The ERP asks to slow down; sync will try again in "
                                   "{retry_after:.0f} seconds."), retry_after=wait)
                elif resp.status_code in TRANSIENT_STATUSES and idempotent and attempt < s.retries:
                    wait = retry_after if retry_after is not None else self.backoff_delay(attempt)
                    delay = min(wait, s.max_retry_after)
                else:
                    raise error_for_status(resp.status_code, erp_message(resp), retry_after,
                                           where)
            log.info("%s %s: retrying in %.2f s (attempt %d of %d)", method, where["path"],
                     delay, attempt + 1, s.retries)
            self._sleep(delay)
            attempt += 1


def _never_sent(exc: BaseException) -> bool:
    """True when the request certainly did not reach the server (so any method may repeat)."""
    if isinstance(exc, requests.ConnectTimeout):
        return True
    seen: set[int] = set()
    stack: list[BaseException | None] = [exc]
    while stack:
        e = stack.pop()
        if e is None or id(e) in seen:
            continue
        seen.add(id(e))
        if isinstance(e, (ConnectionRefusedError, socket.gaierror)) or (
                type(e) is OSError and e.errno in _UNSENT_ERRNOS):
            return True
        stack += [getattr(e, "reason", None), e.__cause__, e.__context__,
                  *[a for a in getattr(e, "args", ()) if isinstance(a, BaseException)]]
    return False


def _offline(exc: BaseException, where: dict[str, str]) -> ErpOffline:
    if isinstance(exc, requests.Timeout) and not isinstance(exc, requests.ConnectTimeout):
        return ErpOffline(QT_TRANSLATE_NOOP("ERP", "The ERP at {host} did not answer in time. "
                                                   "Work goes on locally; sync will try again."),
                          **where)
    return ErpOffline(QT_TRANSLATE_NOOP("ERP", "The ERP at {host} cannot be reached (no network, "
                                               "or the server is down). Work goes on locally; "
                                               "sync will try again."), **where)


def _json_of(resp: requests.Response, where: dict[str, str]) -> Any:
    if not resp.content:
        return None
    try:
        return json.loads(resp.content)
    except ValueError:
        raise ErpBug(QT_TRANSLATE_NOOP("ERP", "The ERP answered {method} {path} with something "
                                              "that is not valid JSON ({content_type})."),
                     content_type=resp.headers.get("Content-Type", "no content type")[:60],
                     **where) from None


def parse_retry_after(value: str | None) -> float | None:
    """Retry-After in seconds (delta-seconds or an HTTP date); None if absent/unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def erp_message(resp: requests.Response) -> str:
    """The ERP's own words about a refusal, redacted and bounded ("" if none)."""
    text = ""
    try:
        data = resp.json()
    except ValueError:
        ctype = resp.headers.get("Content-Type", "")
        if ctype.startswith("text/plain"):
            text = resp.text
    else:
        if isinstance(data, dict):
            err = data.get("error")
            msg = data.get("message") or data.get("detail") or (
                err.get("message") if isinstance(err, dict) else err)
            text = msg if isinstance(msg, str) else ""
        elif isinstance(data, str):
            text = data
    text = " ".join(text.split())
    return redact(text)[:MAX_ERP_MESSAGE]


def error_for_status(status: int, message: str, retry_after: float | None,
                     where: Mapping[str, str]) -> ErpError:
    """The typed error for an HTTP error status (``message`` is the ERP's own text)."""
    w = dict(where)
    if status == 401:
        return ErpAuthError(QT_TRANSLATE_NOOP("ERP", "The ERP at {host} refused the user name or "
                                                     "password. Check them in the connection "
                                                     "settings."), **w)
    if status == 403:
        err = ErpPermissionError(QT_TRANSLATE_NOOP("ERP", "The ERP user may not do this: "
                                                          "{erp_message}"),
                                 erp_message=message or "-", **w)
        err.erp_message = message   # type: ignore[attr-defined] - as on ErpRejected
        return err
    if status == 404:
        return ErpNotFound(QT_TRANSLATE_NOOP("ERP", "The ERP has no such record ({path})."),
                           erp_message=message, **w)
    if status in (409, 412):
        return ErpConflict(QT_TRANSLATE_NOOP("ERP", "The record was changed in the ERP by someone "
                                                    "else; sync will fetch it and merge."),
                           erp_message=message, **w)
    if status in (400, 422):
        return ErpRejected(QT_TRANSLATE_NOOP("ERP", "The ERP refused the record: {erp_message}"),
                           erp_message=message or f"HTTP {status}", **w)
    if status == 429:
        wait = retry_after or 0.0
        return ErpRateLimited(QT_TRANSLATE_NOOP("ERP", "The ERP asks to slow down; sync will try "
                                                       "again in {retry_after:.0f} seconds."),
                              retry_after=wait)
    if status in TRANSIENT_STATUSES:
        return ErpOffline(QT_TRANSLATE_NOOP("ERP", "The ERP at {host} is temporarily unavailable "
                                                   "(HTTP {status}). Sync will try again."),
                          status=status, **w)
    if 300 <= status < 400:
        return ErpBug(QT_TRANSLATE_NOOP("ERP", "The ERP at {host} redirected {path} elsewhere; "
                                               "check the ERP address in the connection "
                                               "settings."), **w)
    return ErpBug(QT_TRANSLATE_NOOP("ERP", "The ERP answered {method} {path} with an unexpected "
                                           "error (HTTP {status}): {erp_message}"),
                  status=status, erp_message=message or "-", **w)


# --- log redaction ---------------------------------------------------------------------------

_SECRET_NAME = (r"[\w-]*(?:password|passwd|pwd|secret|token|api[_-]?key|session[_-]?id|sessid"
                r"|cookie|authorization|credential)[\w-]*")
_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    # user:password@ in URLs
    (re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://)[^/\s:@]+:[^/\s@]+@"), r"\1***@"),
    # header lines: "Authorization: Bearer abc", "Cookie: a=b; c=d"
    (re.compile(r"(?im)^(\s*(?:proxy-)?(?:authorization|cookie|set-cookie|x-control-token)\s*:)"
                r".*$"), r"\1 ***"),
    # Bearer/Basic credentials anywhere
    (re.compile(r"(?i)\b(bearer|basic)\s+[A-Za-z0-9\-._~+/]+=*"), r"\1 ***"),
    # "password": "x"  'token': 'x'  password=x  Cookie=x  (JSON, dict reprs, query strings)
    (re.compile(r"(?i)([\"']?\b" + _SECRET_NAME + r"\b[\"']?\s*[:=]\s*)"
                r"(\"(?:[^\"\\]|\\.)*\"|'(?:[^'\\]|\\.)*'|[^\s&,;}\]]+)"), r"\1***"),
]
_known_secrets: deque[str] = deque(maxlen=64)
_secrets_lock = threading.Lock()


def remember_secret(value: str) -> None:
    """Redact this exact value (a password, a token) wherever it appears in later logs."""
    if value and len(value) >= 4:
        with _secrets_lock:
            if value not in _known_secrets:
                _known_secrets.append(value)


def redact(text: str) -> str:
    """``text`` with passwords, tokens, Authorization/Cookie headers and session ids masked."""
    if not text:
        return text
    with _secrets_lock:
        known = list(_known_secrets)
    for secret in known:
        text = text.replace(secret, "***")
    for pattern, repl in _PATTERNS:
        text = pattern.sub(repl, text)
    return text


class RedactingFilter(logging.Filter):
    """Masks secrets in log records. Attach it to every HANDLER (handler filters see the
    records of all loggers, logger filters only their own): ``install_redaction()``."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken format string: leave it to the handler
            return True
        cleaned = redact(message)
        if cleaned != message or record.args:
            record.msg, record.args = cleaned, None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


def install_redaction(logger: logging.Logger | None = None) -> RedactingFilter:
    """Add one RedactingFilter to every handler of ``logger`` (default: the root logger)."""
    target = logger or logging.getLogger()
    flt = RedactingFilter()
    for handler in target.handlers:
        if not any(isinstance(f, RedactingFilter) for f in handler.filters):
            handler.addFilter(flt)
    return flt


def make_session(base_url: str, profile_settings: Any = None) -> HttpClient:
    """The HTTP client for one ERP profile (one per thread); checks the URL first."""
    return HttpClient(base_url, profile_settings)
