"""The window's own settings (geometry, columns, language) in QSettings.

Only strings, ints and QByteArrays are stored (a pickled Decimal poisons the file for the next
process); read with ``type=``. With a data directory given, the file lives beside the
profiles (tests and --data-dir runs never touch the user's real settings).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

_ini_path: Path | None = None


def configure(data_dir: Path | None) -> None:
    """Keep settings in ``data_dir/ui-settings.ini`` (None: the platform's usual place)."""
    global _ini_path
    _ini_path = Path(data_dir) / "ui-settings.ini" if data_dir else None


def settings() -> QSettings:
    if _ini_path is not None:
        return QSettings(str(_ini_path), QSettings.Format.IniFormat)
    return QSettings("InvoiceDesk", "InvoiceDesk")


def get_str(key: str, default: str = "") -> str:
    value = settings().value(key, default, type=str)
    return value if isinstance(value, str) else default


def set_str(key: str, value: str) -> None:
    s = settings()
    s.setValue(key, str(value))
    s.sync()


def get_bytes(key: str) -> QByteArray | None:
    value = settings().value(key, None, type=QByteArray)
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def set_bytes(key: str, value: QByteArray) -> None:
    s = settings()
    s.setValue(key, value)
    s.sync()
