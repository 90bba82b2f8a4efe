"""Switching the window's language at run time: our .qm plus Qt's own (buttons, dialogs)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from ..paths import translations_dir

log = logging.getLogger(__name__)
SUPPORTED = ("en", "zh_CN")


def system_language() -> str:
    name = QLocale.system().name()
    return "zh_CN" if name.startswith("zh") else "en"


class LanguageManager:
    """GUI thread only. Installing/removing translators makes Qt send LanguageChange to every
    widget; each window's ``changeEvent`` then calls its ``retranslate_ui``."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.language = "en"
        self._translators: list[QTranslator] = []

    def apply(self, language: str) -> bool:
        if language not in SUPPORTED:
            language = "en"
        for t in self._translators:
            self.app.removeTranslator(t)
        self._translators = []
        ours = QTranslator(self.app)
        ok = ours.load(f"invoice_desk_{language}", str(translations_dir()))
        if ok:
            self.app.installTranslator(ours)
            self._translators.append(ours)
        else:
            log.warning("no translation file for %s in %s", language, translations_dir())
        if language != "en":
            qt = QTranslator(self.app)
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt.load(f"qtbase_{language}", qt_dir):
                self.app.installTranslator(qt)
                self._translators.append(qt)
        locale = QLocale(QLocale.Language.Chinese, QLocale.Country.China) \
            if language == "zh_CN" else QLocale(QLocale.Language.English,
                                                QLocale.Country.UnitedStates)
        QLocale.setDefault(locale)
        self.language = language
        return ok
