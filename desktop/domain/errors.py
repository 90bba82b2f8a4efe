"""Error types every layer may raise and the window may show without importing erp/."""

from __future__ import annotations

from .i18n import QT_TRANSLATE_NOOP


class KnownError(Exception):
    """A problem of the environment (bad file, ERP unreachable, disk full...).

    Shown to the user as one sentence saying what happened and what to do.
    ``message`` is the untranslated text (marked with QT_TRANSLATE_NOOP), ``params`` fill its
    ``{name}`` placeholders after translation.
    """

    context = "Errors"

    def __init__(self, message: str, **params: object) -> None:
        self.message = message
        self.params = params
        super().__init__(self.text())

    def text(self) -> str:
        """The English sentence (the window translates ``message`` first)."""
        try:
            return self.message.format(**self.params)
        except (KeyError, IndexError):
            return self.message


class BadInput(KnownError):
    """The user's input (JSON, a file, a command-line value) is wrong; exit code 2."""


class NotFound(BadInput):
    """A record the user named does not exist."""


class StoreError(KnownError):
    """The local database cannot be opened or written."""


class BugError(Exception):
    """Something that should never happen: reaches the crash dialog with a report."""


class ValidationFailed(BadInput):
    """A record has problems; ``problems`` lists them all."""

    def __init__(self, problems: list) -> None:  # list[Problem]
        self.problems = problems
        joined = " ".join(f"{p.field}: {p.text()}" for p in problems)
        super().__init__(QT_TRANSLATE_NOOP("Errors", "The invoice has problems: {problems}"),
                         problems=joined)


class PermissionDenied(KnownError):
    """The local role does not allow an action."""


# --- typed ERP errors, raised by connectors in erp/, shown by ui/ -----------------------

class ErpError(KnownError):
    """Base of everything a connector raises about the ERP."""

    retryable = False


class ErpOffline(ErpError):
    """The ERP cannot be reached (no network, refused, timed out)."""

    retryable = True


class ErpAuthError(ErpError):
    """The ERP refused the credentials or the session expired and could not be renewed."""


class ErpPermissionError(ErpError):
    """The ERP user may not do this."""


class ErpRejected(ErpError):
    """The ERP refused the record (validation, closed period...); ``erp_message`` is its text."""

    def __init__(self, message: str, erp_message: str = "", **params: object) -> None:
        self.erp_message = erp_message
        super().__init__(message, erp_message=erp_message, **params)


class ErpConflict(ErpError):
    """The record changed in the ERP since the version this update was based on."""


class ErpRateLimited(ErpError):
    """The ERP asks us to slow down; ``retry_after`` is in seconds."""

    retryable = True

    def __init__(self, message: str, retry_after: float = 0.0, **params: object) -> None:
        self.retry_after = retry_after
        super().__init__(message, retry_after=retry_after, **params)


class ErpNeedsConfirmation(ErpError):
    """The ERP raised a warning that must be acknowledged (``key`` names it)."""

    def __init__(self, message: str, key: str = "", erp_message: str = "", **params: object) -> None:
        self.key = key
        self.erp_message = erp_message
        super().__init__(message, key=key, erp_message=erp_message, **params)


class ErpBug(ErpError):
    """The ERP answered something unexpected (an internal error, a malformed reply)."""
