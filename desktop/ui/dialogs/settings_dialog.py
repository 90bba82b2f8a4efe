"""Settings: the language of the window, the local role of offline/practice profiles, and
our company as e-invoices name it (per profile)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QGroupBox, QLabel,
                               QLineEdit, QPlainTextEdit, QVBoxLayout)

from ...domain.errors import KnownError
from ...domain.workflow import Role
from ...store.profiles import Profile, ProfileRegistry
from ..base_dialog import BaseDialog
from ..labels import error_text, problem_text, role_label
from ..widgets.marks import mark_invalid

LANGUAGES = (("en", "English"), ("zh_CN", "简体中文"))
COMPANY_FIELDS = ("company", "company_tax_id", "company_country", "company_address")


class SettingsDialog(BaseDialog):
    """GUI thread only. Read ``language()`` and ``role()`` after ``accept``.

    The company section edits the open profile: OK checks it (a tax ID against its country's
    rules) and, given a ``registry``, saves it there and into ``profile``; without one,
    ``company_profile()`` holds the edited profile for the caller to save.
    """

    settings_key = "settings_dialog"
    help_topic = "settings"

    def __init__(self, language: str, profile: Profile | None, parent=None, *,
                 registry: ProfileRegistry | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.profile = profile
        self.registry = registry
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
        self._build_company()
        self.error_label = QLabel(self)
        self.error_label.setObjectName("settingsErrorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setProperty("role", "error")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.setObjectName("settingsButtons")
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.company_box)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.retranslate_ui()

    def _build_company(self) -> None:
        box = self.company_box = QGroupBox(self)
        box.setObjectName("companyGroup")
        self.company_hint = QLabel(box)
        self.company_hint.setObjectName("companyHint")
        self.company_hint.setWordWrap(True)
        self.company_hint.setProperty("role", "secondary")
        self.company_name_edit = QLineEdit(box)
        self.company_name_edit.setObjectName("companyNameEdit")
        self.company_tax_edit = QLineEdit(box)
        self.company_tax_edit.setObjectName("companyTaxIdEdit")
        self.company_country_edit = QLineEdit(box)
        self.company_country_edit.setObjectName("companyCountryEdit")
        self.company_country_edit.setMaxLength(2)
        self.company_country_edit.setMaximumWidth(60)
        self.company_address_edit = QPlainTextEdit(box)
        self.company_address_edit.setObjectName("companyAddressEdit")
        self.company_address_edit.setTabChangesFocus(True)
        self.company_address_edit.setFixedHeight(
            self.company_address_edit.fontMetrics().lineSpacing() * 3 + 14)
        p = self.profile
        if p is not None:
            self.company_name_edit.setText(p.company or "")
            self.company_tax_edit.setText(p.company_tax_id or "")
            self.company_country_edit.setText(p.company_country or "")
            self.company_address_edit.setPlainText(p.company_address or "")
        box.setEnabled(p is not None)
        self.company_form = QFormLayout(box)
        self.company_form.addRow(self.company_hint)
        for w in (self.company_name_edit, self.company_tax_edit, self.company_country_edit,
                  self.company_address_edit):
            self.company_form.addRow(QLabel(box), w)

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
        self.company_box.setTitle(self.tr("Your company"))
        if self.profile is None:
            self.company_hint.setText(self.tr("Open a profile to enter your company."))
        else:
            self.company_hint.setText(self.tr(
                "How e-invoices name you: the seller of your sales, the buyer of your "
                "purchases. A sales e-invoice needs the name, tax ID and country. Kept with "
                "this profile."))
        texts = (self.tr("Company &name:"), self.tr("&Tax ID:"),
                 self.tr("&Country (2 letters):"), self.tr("&Address:"))
        for row, text in enumerate(texts, start=1):
            label = self.company_form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
            label.setText(text)
            label.setBuddy(self.company_form.itemAt(row, QFormLayout.ItemRole.FieldRole).widget())
        self.company_country_edit.setPlaceholderText("CN")

    def language(self) -> str:
        return self.language_combo.currentData()

    def role(self) -> str:
        return self.role_combo.currentData()

    def company_profile(self) -> Profile | None:
        """The profile with the company fields as entered (None without a profile)."""
        if self.profile is None:
            return None
        return replace(self.profile,
                       company=self.company_name_edit.text().strip(),
                       company_tax_id=self.company_tax_edit.text().strip(),
                       company_country=self.company_country_edit.text().strip().upper(),
                       company_address=self.company_address_edit.toPlainText().strip())

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def _on_buttons_accepted(self) -> None:
        edited = self.company_profile()
        if edited is None:
            self.accept()
            return
        fields = {"name": self.company_name_edit, "tax_id": self.company_tax_edit,
                  "country": self.company_country_edit}
        for w in fields.values():
            mark_invalid(w, "")
        problems = edited.company_problems()
        if problems:
            for p in problems:
                if p.field in fields:
                    mark_invalid(fields[p.field], problem_text(p))
            self._show_error("\n".join(problem_text(p) for p in problems))
            fields.get(problems[0].field, self.company_name_edit).setFocus()
            return
        changed = any(getattr(edited, f) != getattr(self.profile, f) for f in COMPANY_FIELDS)
        if changed and self.registry is not None:
            try:
                saved = self.registry.get(self.profile.id)   # other settings as on disk
                for f in COMPANY_FIELDS:
                    setattr(saved, f, getattr(edited, f))
                self.registry.update(saved)
            except KnownError as exc:
                self._show_error(error_text(exc))
                return
            for f in COMPANY_FIELDS:
                setattr(self.profile, f, getattr(edited, f))
        self._show_error("")
        self.accept()
