"""Where the application's own files are: resources/ and the compiled translations.

Works from a source checkout (the repo's resources/ beside the package) and from a frozen
bundle (PyInstaller puts them under sys._MEIPASS). Qt-free, importable from every layer.
"""

from __future__ import annotations

import sys
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def bundle_root() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    return Path(frozen) if frozen else PACKAGE_DIR.parent


def resource_dir() -> Path:
    """The top-level resources/ folder (icons, style sheet, tutorial lessons, samples)."""
    return bundle_root() / "resources"


def translations_dir() -> Path:
    """Compiled .qm files (built from i18n/*.ts with pyside6-lrelease)."""
    return PACKAGE_DIR / "i18n"
