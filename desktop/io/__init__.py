"""File formats in and out (Excel, UBL e-invoices) as domain records; the caller saves.

Imports only ``desktop.domain``, the standard library, openpyxl and defusedxml.
"""

from __future__ import annotations

from desktop.domain.errors import KnownError
from desktop.domain.i18n import QT_TRANSLATE_NOOP

# How often long loops look at the cancel flag and report progress.
CHECK_EVERY = 200


class Cancelled(KnownError):
    """The user cancelled a long import or export; nothing was produced."""

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("Import", "Cancelled; nothing was imported or "
                                                     "exported."))


def check_cancel(cancel) -> None:
    """Raise Cancelled when ``cancel`` (anything with ``is_set()``, e.g. threading.Event) is set."""
    if cancel is not None and cancel.is_set():
        raise Cancelled()
