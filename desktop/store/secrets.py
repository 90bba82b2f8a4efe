"""Secrets in the OS keychain (keyring); never in SQLite, settings files or logs.

With no keychain backend (bare Linux, CI) keyring raises; we say so plainly and, where the
caller allows it, keep the secret for this process only.
"""

from __future__ import annotations

import logging

import keyring
from keyring.errors import KeyringError, NoKeyringError, PasswordDeleteError

from ..domain.errors import KnownError
from ..domain.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

SERVICE = "invoice-desk"

_session_only: dict[str, str] = {}


class KeychainUnavailable(KnownError):
    """No usable OS keychain on this machine."""


def _unavailable(exc: Exception) -> KeychainUnavailable:
    return KeychainUnavailable(QT_TRANSLATE_NOOP(
        "Errors", "No system keychain is available on this computer ({reason}); the secret can "
                  "be kept for this session only and must be entered again next time."),
        reason=type(exc).__name__)


def keychain_available() -> bool:
    try:
        keyring.get_password(SERVICE, "__probe__")
    except (NoKeyringError, KeyringError, RuntimeError, ImportError):
        return False
    return True


def get_secret(name: str) -> str | None:
    """The secret called ``name``, from the keychain or this session's memory."""
    if name in _session_only:
        return _session_only[name]
    try:
        return keyring.get_password(SERVICE, name)
    except (NoKeyringError, KeyringError, RuntimeError, ImportError) as exc:
        raise _unavailable(exc) from exc


def set_secret(name: str, value: str, *, session_only_fallback: bool = False) -> bool:
    """Keep ``value`` in the keychain. Returns False if it was kept for this session only."""
    try:
        keyring.set_password(SERVICE, name, value)
        _session_only.pop(name, None)
        return True
    except (NoKeyringError, KeyringError, RuntimeError, ImportError) as exc:
        if not session_only_fallback:
            raise _unavailable(exc) from exc
        log.warning("no keychain: secret %r kept in memory for this session only", name)
        _session_only[name] = value
        return False


def get_session_secret(name: str) -> str | None:
    """A secret kept in this process's memory only (never looked up in the keychain)."""
    return _session_only.get(name)


def set_session_secret(name: str, value: str | None) -> None:
    """Keep ``value`` in this process's memory only (None forgets it); the keychain is never
    touched. For secrets that must not outlive the session, such as the practice ERP's."""
    if value is None:
        _session_only.pop(name, None)
    else:
        _session_only[name] = value


def delete_secret(name: str) -> None:
    _session_only.pop(name, None)
    try:
        keyring.delete_password(SERVICE, name)
    except PasswordDeleteError:
        pass
    except (NoKeyringError, KeyringError, RuntimeError, ImportError) as exc:
        raise _unavailable(exc) from exc
