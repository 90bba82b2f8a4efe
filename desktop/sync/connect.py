"""From a profile to a working connector: credentials from the keychain, the practice ERP
started on loopback for the practice profile. Qt-free; used by the CLI and the sync worker.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator

from ..domain.errors import BadInput, ErpAuthError, KnownError
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..erp.base import Connector
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
        return PRACTICE_PASSWORD
    secret = secrets.get_secret(profile.secret_name())
    if not secret:
        raise ErpAuthError(QT_TRANSLATE_NOOP(
            "ERP", "No password is stored for the profile \"{profile}\"; enter it in the "
                   "connection settings."), profile=profile.name)
    return secret


def make_connector(registry: ProfileRegistry, profile: Profile,
                   password: str | None = None) -> Connector:
    """A new connector for ``profile`` (owned by the calling thread: close it when done)."""
    if profile.kind == "offline":
        raise BadInput(QT_TRANSLATE_NOOP("ERP", "The profile \"{profile}\" works offline and "
                                                "has no ERP to sync with."), profile=profile.name)
    if profile.kind == "practice":
        from ..erp.rest import RestConnector
        server = practice_erp(registry, profile)
        return RestConnector(server.base_url, PRACTICE_USER, PRACTICE_PASSWORD)
    pw = password if password is not None else password_for(profile)
    settings = {"ca_file": profile.ca_file, "allow_plain_http": profile.allow_plain_http}
    if profile.kind == "rest":
        from ..erp.rest import RestConnector
        return RestConnector(profile.url, profile.username, pw, settings)
    if profile.kind == "tryton":
        from ..erp.tryton import TrytonConnector
        return TrytonConnector(profile.url, profile.database, profile.username, pw,
                               mapping=profile.mapping or None, ca_file=profile.ca_file,
                               allow_plain_http=profile.allow_plain_http)
    raise KnownError(QT_TRANSLATE_NOOP("ERP", "Unknown connection kind \"{kind}\"."),
                     kind=profile.kind)


@contextlib.contextmanager
def connected(registry: ProfileRegistry, profile: Profile,
              password: str | None = None) -> Iterator[Connector]:
    conn = make_connector(registry, profile, password)
    try:
        yield conn
    finally:
        conn.close()
