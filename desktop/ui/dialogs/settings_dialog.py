"""Settings: the language of the window and the local role of offline/practice profiles."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout

from ...domain.workflow import Role
from ...store.profiles import Profile
from ..base_dialog import BaseDialog
from ..labels import role_label

LANGUAGES = (("en", "English"), ("zh_CN", "简体中文"))


class SettingsDialog(BaseDialog):
    """GUI thread only. Read ``language()`` and ``role()`` after ``accept``."""

    settings_key = "settings_dialog"
    help_topic = "settings"

    def __init__(self, language: str, profile: Profile | None, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.profile = profile
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("languageCombo")
        for code, name in LANGUAGES:
            self.language_combo.addItem(name, code)  # each language in its own words
        i = self.language_combo.findData(language)
        self.language_combo.setCurrentIndex(max(i, 0))
        self.role_combo = QComboBox(self)
        self.role_combo.setObjectName("roleCombo")
        for r in Role:
            self.role_combo.addItem("", r.value)
        if profile is not None:
            self.role_combo.setCurrentIndex(max(self.role_combo.findData(profile.local_role), 0))
        self.role_combo.setEnabled(profile is not None and not profile.connected)
        self.role_hint = QLabel(self)
        self.role_hint.setObjectName("roleHint")
        self.role_hint.setWordWrap(True)
        self.role_hint.setProperty("role", "secondary")
        self.form = QFormLayout()
        self.language_label = QLabel(self)
        self.language_label.setBuddy(self.language_combo)
        self.role_label = QLabel(self)
        self.role_label.setBuddy(self.role_combo)
        self.form.addRow(self.language_label, self.language_combo)
        self.form.addRow(self.role_label, self.role_combo)
        self.form.addRow("", self.role_hint)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.setObjectName("settingsButtons")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.language_label.setText(self.tr("&Language:"))
        self.role_label.setText(self.tr("Your &role:"))
        for i, r in enumerate(Role):
            self.role_combo.setItemText(i, role_label(r.value))
        if self.profile is not None and self.profile.connected:
            self.role_hint.setText(self.tr("With an ERP connection your rights come from the "
                                           "ERP."))
        else:
            self.role_hint.setText(self.tr("Used on this computer only (offline and practice "
                                           "profiles): it decides who may approve and post."))

    def language(self) -> str:
        return self.language_combo.currentData()

    def role(self) -> str:
        return self.role_combo.currentData()
