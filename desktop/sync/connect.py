"""From a profile to a working connector: credentials from the keychain, the practice ERP
started on loopback for the practice profile, and the checks and the "Test connection" of the
connection settings. Qt-free; used by the CLI, the sync worker and the window (which may not
import erp/ itself).
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from ..domain.errors import (BadInput, ErpAuthError, ErpError, ErpOffline, ErpPermissionError,
                             ErpRateLimited, KnownError)
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..erp.base import ConnectionInfo, Connector
from ..sandbox.practice_erp import PracticeErp
from ..store import secrets
from ..store.profiles import Profile, ProfileRegistry

PRACTICE_USER = "admin"
PRACTICE_PASSWORD = "practice"

_practice_servers: dict[str, PracticeErp] = {}
_practice_lock = threading.Lock()


def practice_erp(registry: ProfileRegistry, profile: Profile) -> PracticeErp:
    """The practice ERP of ``profile``, started once per process on a free loopback port.
    Its data lives in the profile's folder, beside (never inside) the practice store."""
    key = str(registry.profile_dir(profile.id))
    with _practice_lock:
        server = _practice_servers.get(key)
        if server is None:
            path = registry.profile_dir(profile.id) / "practice-erp.sqlite3"
            path.parent.mkdir(parents=True, exist_ok=True)
            server = PracticeErp(path)
            server.start()
            _practice_servers[key] = server
        return server


def stop_practice_servers() -> None:
    with _practice_lock:
        for server in _practice_servers.values():
            server.stop()
        _practice_servers.clear()


def password_for(profile: Profile) -> str:
    if profile.kind == "practice":
        # Typed in the connection settings (lesson 4 changes it), kept for this session only:
        # a practice password never reaches the real keychain.
        return secrets.get_session_secret(profile.secret_name()) or PRACTICE_PASSWORD
    secret = secrets.get_secret(profile.secret_name())
    if not secret:
        raise ErpAuthError(QT_TRANSLATE_NOOP(
            "ERP", "No password is stored for the profile \"{profile}\"; enter it in the "
                   "connection settings."), profile=profile.name)
    return secret


def set_practice_password(profile: Profile, password: str | None) -> None:
    """The practice ERP password to sign in with from now on, for this session only (None:
    back to the built-in one)."""
    if profile.kind != "practice":
        raise ValueError(f"not a practice profile: {profile.kind}")
    secrets.set_session_secret(profile.secret_name(), password or None)


def make_connector(registry: ProfileRegistry, profile: Profile,
                   password: str | None = None, *,
                   http: Mapping[str, Any] | None = None) -> Connector:
    """A new connector for ``profile`` (owned by the calling thread: close it when done).

    ``http`` overrides the HTTP policy of REST and Tryton profiles (``connect_timeout``,
    ``read_timeout``, ``retries``); None keeps the connectors' defaults."""
    from ..erp.http import install_redaction
    install_redaction()  # idempotent: secrets of ERP traffic never reach the log files
    if profile.kind == "offline":
        raise BadInput(QT_TRANSLATE_NOOP("ERP", "The profile \"{profile}\" works offline and "
                                                "has no ERP to sync with."), profile=profile.name)
    if profile.kind == "practice":
        from ..erp.rest import RestConnector
        server = practice_erp(registry, profile)
        return RestConnector(server.base_url, PRACTICE_USER,
                             password if password is not None else password_for(profile))
    pw = password if password is not None else password_for(profile)
    overrides = {k: v for k, v in (http or {}).items()
                 if k in ("connect_timeout", "read_timeout", "retries")}
    settings = {"ca_file": profile.ca_file, "allow_plain_http": profile.allow_plain_http,
                **overrides}
    if profile.kind == "rest":
        from ..erp.rest import RestConnector
        return RestConnector(profile.url, profile.username, pw, settings)
    if profile.kind == "tryton":
        from ..erp.tryton import TrytonConnector
        extra: dict[str, Any] = {}
        if "connect_timeout" in overrides or "read_timeout" in overrides:
            extra["timeout"] = (float(overrides.get("connect_timeout", 5.0)),
                                float(overrides.get("read_timeout", 60.0)))
        if "retries" in overrides:
            extra["retries"] = int(overrides["retries"])
        return TrytonConnector(profile.url, profile.database, profile.username, pw,
                               mapping=profile.mapping or None, ca_file=profile.ca_file,
                               allow_plain_http=profile.allow_plain_http, **extra)
    raise KnownError(QT_TRANSLATE_NOOP("ERP", "Unknown connection kind \"{kind}\"."),
                     kind=profile.kind)


@contextlib.contextmanager
def connected(registry: ProfileRegistry, profile: Profile, password: str | None = None, *,
              http: Mapping[str, Any] | None = None) -> Iterator[Connector]:
    conn = make_connector(registry, profile, password, http=http)
    try:
        yield conn
    finally:
        conn.close()


# --- the connection settings: checks and "Test connection" ----------------------------------

# "Test connection" answers quickly: one retry, and a read timeout a person will wait for.
TEST_HTTP: dict[str, Any] = {"connect_timeout": 5.0, "read_timeout": 20.0, "retries": 1}
_PEM_MARKER = b"-----BEGIN CERTIFICATE-----"
_CA_READ_LIMIT = 4 * 1024 * 1024


def check_profile_url(url: str, allow_plain_http: bool = False) -> str | None:
    """The ERP address rules of ``erp.http.check_url`` for callers that may not import erp/.

    Raises BadInput for an empty, malformed or unsafe address; → the (untranslated, "ERP"
    context) warning to show when plain HTTP is allowed for a remote host, else None.
    """
    if not url.strip():
        raise BadInput(QT_TRANSLATE_NOOP("ERP", "Enter the ERP address, such as "
                                                "https://erp.example.com."))
    from ..erp.http import check_url  # requests loads only when a connection is set up
    return check_url(url, allow_plain_http)


def check_ca_file(path: str) -> None:
    """Raise BadInput unless ``path`` is "" (the system's trust) or a readable PEM file."""
    if not path.strip():
        return
    p = Path(path.strip()).expanduser()
    if not p.is_file():
        raise BadInput(QT_TRANSLATE_NOOP("ERP", "The CA file {path} does not exist."),
                       path=str(p))
    try:
        with p.open("rb") as fh:
            head = fh.read(_CA_READ_LIMIT)
    except OSError:
        raise BadInput(QT_TRANSLATE_NOOP("ERP", "The CA file {path} cannot be read."),
                       path=str(p)) from None
    if _PEM_MARKER not in head:
        raise BadInput(QT_TRANSLATE_NOOP("ERP", "The file {path} is not a PEM certificate: ask "
                                                "your IT department for the company's CA "
                                                "certificate in PEM format (.pem or .crt)."),
                       path=str(p))


def check_profile(profile: Profile) -> str | None:
    """Check what a connected profile needs before a connection is tried; → the address
    warning (see ``check_profile_url``), or BadInput for the first problem."""
    warning = check_profile_url(profile.url, profile.allow_plain_http)
    if profile.kind == "tryton" and not profile.database.strip():
        raise BadInput(QT_TRANSLATE_NOOP("ERP", "Enter the name of the Tryton database."))
    if not profile.username.strip():
        raise BadInput(QT_TRANSLATE_NOOP("ERP", "Enter the ERP user name."))
    check_ca_file(profile.ca_file)
    return warning


def test_profile(registry: ProfileRegistry, profile: Profile,
                 password: str | None = None) -> ConnectionInfo:
    """Log in with ``profile`` (``password``: the one just typed; None: the keychain's) and
    ask the ERP who we are: server, user, company, rights and the role they amount to.

    Blocking network I/O with short timeouts (``TEST_HTTP``): call it from a worker thread.
    Raises the typed errors (``error_kind`` sorts them for the message to show).
    """
    if profile.connected:
        check_profile(profile)
    with connected(registry, profile, password, http=TEST_HTTP) as conn:
        return conn.test_connection()


test_profile.__test__ = False  # type: ignore[attr-defined]  # not a pytest test


def error_kind(exc: BaseException) -> str:
    """What a failed connection test amounts to, for the sentence saying what to do:
    keychain | certificate | offline | auth | permission | busy | input | erp | other | bug."""
    from ..erp.http import ErpCertificateError
    if isinstance(exc, secrets.KeychainUnavailable):
        return "keychain"
    if isinstance(exc, ErpCertificateError):
        return "certificate"
    if isinstance(exc, ErpOffline):
        return "offline"
    if isinstance(exc, ErpAuthError):
        return "auth"
    if isinstance(exc, ErpPermissionError):
        return "permission"
    if isinstance(exc, ErpRateLimited):
        return "busy"
    if isinstance(exc, BadInput):
        return "input"
    if isinstance(exc, ErpError):
        return "erp"
    if isinstance(exc, KnownError):
        return "other"
    return "bug"


__all__ = ["ConnectionInfo", "PRACTICE_PASSWORD", "PRACTICE_USER", "TEST_HTTP", "check_ca_file",
           "check_profile", "check_profile_url", "connected", "error_kind", "make_connector",
           "password_for", "practice_erp", "set_practice_password", "stop_practice_servers", "test_profile"]
