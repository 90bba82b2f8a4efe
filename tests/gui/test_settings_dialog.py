"""File ▸ Settings: our company's identity per profile, checked (tax ID by its country's rules)
and saved in the profile registry; language and role as before."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QDialogButtonBox

from desktop.paths import translations_dir
from desktop.store.profiles import Profile, ProfileRegistry
from desktop.ui.dialogs.settings_dialog import SettingsDialog

OUR_USCC = "91110000600037341L"


@pytest.fixture
def registry(data_dir):
    reg = ProfileRegistry(data_dir)
    reg.add(Profile(id="local", name="Local (offline)", local_role="administrator",
                    company="Invoice Desk Test Co", extra_tax_rates=["5"]))
    return reg


@pytest.fixture
def make(qtbot):
    def make(profile, registry=None, language="en"):
        d = SettingsDialog(language, profile, registry=registry)
        qtbot.addWidget(d)
        d.show()
        return d
    return make


def fill(d, name=None, tax=None, country=None, address=None):
    if name is not None:
        d.company_name_edit.setText(name)
    if tax is not None:
        d.company_tax_edit.setText(tax)
    if country is not None:
        d.company_country_edit.setText(country)
    if address is not None:
        d.company_address_edit.setPlainText(address)


def press_ok(d):
    d.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_the_company_is_shown_checked_and_saved(make, registry):
    prof = registry.get("local")
    d = make(prof, registry)
    assert d.company_name_edit.text() == "Invoice Desk Test Co" and d.company_box.isEnabled()
    assert d.company_tax_edit.text() == "" and d.company_country_edit.maxLength() == 2
    fill(d, tax=f" {OUR_USCC} ", country="cn", address="88 Jianguo Road\nBeijing\n")
    press_ok(d)
    assert d.result() == SettingsDialog.DialogCode.Accepted and not d.error_label.isVisible()
    for p in (prof, ProfileRegistry(registry.data_dir).get("local")):   # in memory and on disk
        assert (p.company_tax_id, p.company_country, p.company_address) == \
            (OUR_USCC, "CN", "88 Jianguo Road\nBeijing")
    assert ProfileRegistry(registry.data_dir).get("local").extra_tax_rates == ["5"]


def test_an_invalid_tax_id_keeps_the_dialog_open_and_saves_nothing(make, registry, qtbot):
    prof = registry.get("local")
    d = make(prof, registry)
    fill(d, tax="91110000600037341X", country="CN")
    press_ok(d)
    assert d.isVisible() and d.result() == 0
    assert d.error_label.isVisible()
    assert d.error_label.text() == ("\"91110000600037341X\" is not a valid unified social "
                                    "credit code (18 characters with a check digit).")
    assert d.company_tax_edit.property("invalid") is True
    assert d.company_tax_edit.toolTip() == d.error_label.text()
    assert d.company_country_edit.property("invalid") is not True
    assert prof.company_tax_id == "" and registry.get("local").company_tax_id == ""
    fill(d, tax=OUR_USCC)                                   # corrected: OK now closes it
    press_ok(d)
    assert d.result() == SettingsDialog.DialogCode.Accepted
    assert d.company_tax_edit.property("invalid") is False
    assert registry.get("local").company_tax_id == OUR_USCC


@pytest.mark.parametrize("tax,country,field,needle", [
    ("DE136695977", "DE", "tax", "is not a valid EU VAT number"),
    ("", "C1", "country", "two-letter code"),      # the field takes two characters at most
])
def test_other_invalid_company_details(make, registry, tax, country, field, needle):
    d = make(registry.get("local"), registry)
    fill(d, tax=tax, country=country)
    press_ok(d)
    assert d.isVisible() and needle in d.error_label.text()
    widget = d.company_tax_edit if field == "tax" else d.company_country_edit
    assert widget.property("invalid") is True
    assert registry.get("local").company_country == ""


def test_a_tax_id_of_a_country_without_known_rules_is_taken_as_typed(make, registry):
    d = make(registry.get("local"), registry)
    fill(d, tax="12-3456789", country="US")
    press_ok(d)
    assert d.result() == SettingsDialog.DialogCode.Accepted
    assert registry.get("local").company_party().tax_id == "12-3456789"


def test_cancel_saves_nothing(make, registry):
    prof = registry.get("local")
    d = make(prof, registry)
    fill(d, name="Other", tax=OUR_USCC, country="CN")
    d.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert prof.company == "Invoice Desk Test Co" and prof.company_tax_id == ""
    assert registry.get("local").company_tax_id == ""


def test_a_registry_that_cannot_save_keeps_the_dialog_open(make, registry):
    ghost = Profile(id="gone", name="Deleted meanwhile")
    d = make(ghost, registry)
    fill(d, name="X", tax=OUR_USCC, country="CN")
    press_ok(d)
    assert d.isVisible() and "no profile" in d.error_label.text().lower()
    assert ghost.company_tax_id == ""


def test_without_a_registry_the_caller_gets_the_edited_profile(make, registry):
    prof = registry.get("local")
    d = make(prof)
    fill(d, tax=OUR_USCC, country="CN")
    press_ok(d)
    assert d.result() == SettingsDialog.DialogCode.Accepted
    edited = d.company_profile()
    assert (edited.company_tax_id, edited.id, edited.extra_tax_rates) == (OUR_USCC, "local",
                                                                          ["5"])
    assert prof.company_tax_id == ""                           # untouched: the caller saves


def test_no_profile_open(make):
    d = make(None)
    assert not d.company_box.isEnabled() and "Open a profile" in d.company_hint.text()
    press_ok(d)
    assert d.result() == SettingsDialog.DialogCode.Accepted and d.company_profile() is None


def test_language_and_role_are_still_returned(make, registry):
    d = make(registry.get("local"), registry, language="zh_CN")
    assert d.language() == "zh_CN" and d.role() == "administrator"


def test_the_company_section_in_chinese(make, registry, qapp, qtbot):
    t = QTranslator()
    assert t.load("invoice_desk_zh_CN", str(translations_dir()))
    d = make(registry.get("local"), registry)
    qapp.installTranslator(t)
    try:
        qtbot.waitUntil(lambda: d.company_box.title() == "本公司")
        label = d.company_form.labelForField(d.company_tax_edit)
        assert label.text() == "税号(&T)：" and label.buddy() is d.company_tax_edit
        fill(d, tax="91110000600037341X", country="CN")
        press_ok(d)
        assert d.error_label.text() == ("“91110000600037341X”不是有效的统一社会信用代码"
                                        "（18 位，含校验码）。")
    finally:
        qapp.removeTranslator(t)
