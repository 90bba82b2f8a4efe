"""The connection dialog against a real practice ERP on loopback: what the ERP answers, the
typed errors as sentences, inline address rules, the password in the keychain only (or this
session only when there is none), the test in the background, and the profiles dialog."""

from __future__ import annotations

import ast
import json
import time
from pathlib import Path

import keyring
import pytest
from PySide6.QtCore import Qt, QTimer

from desktop.sandbox.practice_erp import PracticeErp
from desktop.sandbox.practice_http import DEFAULT_USERS
from desktop.store import secrets
from desktop.store.profiles import Profile, ProfileRegistry
from desktop.ui.dialogs.connection_dialog import ConnectionDialog
from desktop.ui.dialogs.profiles_dialog import ProfilesDialog
from desktop.workers.task import TaskRunner
from tests.memory_keyring import MemoryKeyring
from tests.unit.sync.test_connect import practice_over_tls

ROOT = Path(__file__).resolve().parents[2]
KIM_PASSWORD = "Kim-7fq!secret"     # unlike any other text in the files, to find leaks
USERS = {**DEFAULT_USERS, "kim": (KIM_PASSWORD, "approver")}
WAIT_MS = 10_000


@pytest.fixture
def erp(tmp_path):
    with PracticeErp(tmp_path / "erp.sqlite3", users=USERS) as server:
        yield server


@pytest.fixture
def reg(data_dir):
    return ProfileRegistry(data_dir)


@pytest.fixture
def runner(qapp):
    r = TaskRunner()
    yield r
    assert r.shutdown(15_000), "a connection test did not stop"


@pytest.fixture
def make_dialog(qtbot, reg, runner):
    def make(profile: Profile | None = None) -> ConnectionDialog:
        dlg = ConnectionDialog(reg, profile, runner)
        qtbot.addWidget(dlg)
        dlg.show()
        return dlg
    return make


@pytest.fixture
def no_keychain(monkeypatch):
    """keyring with no usable backend (bare Linux, CI), and an empty session memory."""
    from keyring.backends import fail
    monkeypatch.setattr(keyring, "get_keyring", lambda: fail.Keyring())
    monkeypatch.setattr(keyring.core, "_keyring_backend", fail.Keyring())
    monkeypatch.setattr(secrets, "_session_only", {})


def fill(dlg: ConnectionDialog, url: str, user: str = "approver", password: str = "practice",
         name: str = "Head office") -> None:
    dlg.name_edit.setText(name)
    dlg.url_edit.setText(url)
    dlg.user_edit.setText(user)
    dlg.password_edit.setText(password)


def run_test(qtbot, dlg: ConnectionDialog) -> bool:
    with qtbot.waitSignal(dlg.test_finished, timeout=WAIT_MS) as blocker:
        qtbot.mouseClick(dlg.test_button, Qt.MouseButton.LeftButton)
    return blocker.args[0]


def files_containing(root: Path, secret: str) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file() and secret.encode() in p.read_bytes()]


# --- what the ERP answers ---------------------------------------------------------------

def test_a_successful_test_shows_the_erp_its_user_and_the_role_approver(qtbot, make_dialog,
                                                                        erp, reg):
    dlg = make_dialog()
    fill(dlg, erp.base_url)
    assert dlg.test_button.isEnabled() and dlg.save_button.isEnabled()
    assert run_test(qtbot, dlg) is True
    assert dlg.result_box.isVisible()
    v = dlg.result_values
    assert "Practice ERP" in v["server"].text()
    assert v["user"].text() == "approver"
    assert v["company"].text() == "Practice Trading Co."
    assert v["role"].text() == "Approver"
    assert "post invoices" in v["rights"].text() and "read invoices" in v["rights"].text()
    assert not v["warnings"].isVisible()
    assert dlg.message_bar.property("role") == "info" and "approver" in dlg.message_bar.text()
    assert "Approver" in dlg.role_value.text() and "ERP" in dlg.role_value.text()
    # the ERP's role replaces the local one in the saved profile
    with qtbot.waitSignal(dlg.profile_saved, timeout=1000) as saved:
        qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    prof = reg.get(saved.args[0])
    assert (prof.kind, prof.username, prof.local_role) == ("rest", "approver", "approver")
    assert prof.company == "Practice Trading Co."
    assert not dlg.isVisible()


def test_changing_the_address_after_a_test_drops_the_stale_answer(qtbot, make_dialog, erp):
    dlg = make_dialog()
    fill(dlg, erp.base_url)
    assert run_test(qtbot, dlg)
    dlg.url_edit.setText(erp.base_url + "/")
    assert dlg.info is None and not dlg.result_box.isVisible()
    assert dlg.profile_from_form().local_role == "clerk"


def test_a_wrong_password_says_to_check_user_and_password(qtbot, make_dialog, erp):
    dlg = make_dialog()
    fill(dlg, erp.base_url, password="not-it")
    assert run_test(qtbot, dlg) is False
    assert "refused the user name or password" in dlg.message_bar.text()
    assert dlg.message_bar.property("role") == "error"
    assert not dlg.result_box.isVisible()
    assert "not-it" not in dlg.message_bar.text() + dlg.error_detail.text()


@pytest.mark.parametrize("status, retry_after, words", [
    (403, None, "does not let this user work with invoices"),
    (429, 120, "busy"),
])
def test_refusals_say_what_to_do_and_keep_the_erps_words(qtbot, make_dialog, erp, status,
                                                         retry_after, words):
    erp.fail_next(status, retry_after=retry_after, message="Ask Mr Wang in accounting")
    dlg = make_dialog()
    fill(dlg, erp.base_url)
    assert run_test(qtbot, dlg) is False
    assert words in dlg.message_bar.text()
    if status == 403:                                   # the ERP's own words, as details
        assert "Ask Mr Wang in accounting" in dlg.error_detail.text()


def test_a_stopped_server_says_to_check_network_and_address(qtbot, make_dialog, tmp_path):
    erp = PracticeErp(tmp_path / "gone.sqlite3")
    url = erp.start()
    erp.stop()
    dlg = make_dialog()
    fill(dlg, url)
    assert run_test(qtbot, dlg) is False
    text = dlg.message_bar.text()
    assert "cannot reach the ERP at 127.0.0.1" in text and "network" in text
    assert "address" in text


def test_an_untrusted_certificate_points_to_the_ca_file(qtbot, make_dialog, tmp_path):
    from tests.tryton_harness.certs import make_server_cert
    ca, cert, key = make_server_cert(tmp_path / "ca")
    erp = PracticeErp(tmp_path / "tls.sqlite3")
    try:
        with practice_over_tls(erp, cert, key) as url:
            dlg = make_dialog()
            fill(dlg, url)
            assert run_test(qtbot, dlg) is False
            assert "CA file" in dlg.message_bar.text()
            dlg.ca_edit.setText(str(ca))
            assert not dlg.ca_message.isVisible()
            assert run_test(qtbot, dlg) is True
            assert dlg.result_values["role"].text() == "Approver"
    finally:
        erp.stop()


# --- inline input rules --------------------------------------------------------------------

def test_plain_http_to_a_lan_host_is_refused_until_allowed_then_warned(make_dialog):
    dlg = make_dialog()
    fill(dlg, "http://10.20.0.7:8000")
    assert dlg.url_message.isVisible() and "plain HTTP" in dlg.url_message.text()
    assert dlg.url_edit.property("invalid") is True
    assert not dlg.save_button.isEnabled() and not dlg.test_button.isEnabled()
    assert not dlg.plain_http_warning.isVisible()
    dlg.plain_http_check.setChecked(True)
    assert not dlg.url_message.isVisible() and not dlg.url_edit.property("invalid")
    assert dlg.plain_http_warning.isVisible()
    assert "unencrypted" in dlg.plain_http_warning_text.text()
    assert dlg.save_button.isEnabled()
    dlg.url_edit.setText("https://10.20.0.7:8443")       # HTTPS needs no warning
    assert not dlg.plain_http_warning.isVisible()


def test_empty_and_malformed_addresses_get_a_message_at_the_field(make_dialog):
    dlg = make_dialog()
    assert not dlg.url_message.isVisible()          # nothing shouted at an empty new form
    assert not dlg.save_button.isEnabled() and dlg.save_button.toolTip()
    fill(dlg, "erp.example.com")
    assert dlg.url_message.isVisible() and "https://" in dlg.url_message.text()
    assert not dlg.save_button.isEnabled()
    dlg.url_edit.setText("")
    assert dlg.url_message.isVisible() and "Enter the ERP address" in dlg.url_message.text()
    dlg.url_edit.setText("https://erp.example.com")
    assert not dlg.url_message.isVisible() and dlg.save_button.isEnabled()
    dlg.user_edit.setText("")
    assert dlg.user_message.isVisible() and not dlg.save_button.isEnabled()


def test_tryton_asks_for_the_database_and_a_bad_ca_file_is_named(make_dialog, tmp_path):
    dlg = make_dialog()
    fill(dlg, "https://erp.example.com")
    assert not dlg.database_edit.isVisible()
    dlg.kind_combo.setCurrentIndex(dlg.kind_combo.findData("tryton"))
    assert dlg.database_edit.isVisible() and not dlg.save_button.isEnabled()
    dlg.database_edit.setText("books")
    assert dlg.save_button.isEnabled()
    dlg.ca_edit.setText(str(tmp_path / "company-ca.pem"))
    assert dlg.ca_message.isVisible() and "does not exist" in dlg.ca_message.text()
    assert not dlg.save_button.isEnabled()


# --- the password: keychain only ------------------------------------------------------------

def test_the_password_goes_to_the_keychain_and_never_to_a_file_or_log(
        qtbot, make_dialog, reg, erp, tmp_path, caplog):
    caplog.set_level("DEBUG")
    dlg = make_dialog()
    fill(dlg, erp.base_url, user="kim", password=KIM_PASSWORD)
    assert run_test(qtbot, dlg)
    assert dlg.save()
    prof = reg.get(dlg.profile.id)
    assert MemoryKeyring.store[("invoice-desk", prof.secret_name())] == KIM_PASSWORD
    assert not dlg.session_only
    text = reg.file.read_text(encoding="utf-8")
    assert KIM_PASSWORD not in text and json.loads(text)["profiles"][0]["username"] == "kim"
    assert files_containing(tmp_path, KIM_PASSWORD) == []
    assert "head-office saved" in caplog.text          # the save was logged...
    assert KIM_PASSWORD not in caplog.text              # ...without the password


def test_without_a_keychain_it_says_so_and_keeps_the_password_for_this_session_only(
        qtbot, make_dialog, reg, erp, tmp_path, no_keychain):
    dlg = make_dialog()
    fill(dlg, erp.base_url, user="kim", password=KIM_PASSWORD)
    assert dlg.save() is False
    assert dlg.isVisible() and dlg.keychain_panel.isVisible()
    assert "no system keychain" in dlg.keychain_text.text()
    assert dlg.keep_session_button.isVisible() and not dlg.save_button.isEnabled()
    assert not reg.file.exists()                     # nothing written before the choice
    with qtbot.waitSignal(dlg.profile_saved, timeout=1000):
        qtbot.mouseClick(dlg.keep_session_button, Qt.MouseButton.LeftButton)
    assert dlg.session_only and not dlg.isVisible()
    prof = reg.get(dlg.profile.id)
    assert secrets.get_secret(prof.secret_name()) == KIM_PASSWORD   # in memory
    assert MemoryKeyring.store == {}
    assert files_containing(tmp_path, KIM_PASSWORD) == []


def test_editing_keeps_the_stored_password_unless_a_new_one_is_typed(qtbot, make_dialog, reg,
                                                                     erp):
    prof = reg.add(Profile(id="head-office", name="Head office", kind="rest",
                           url=erp.base_url, username="kim", sync_interval_s=90))
    secrets.set_secret(prof.secret_name(), KIM_PASSWORD)
    dlg = make_dialog(prof)
    assert dlg.password_edit.text() == "" and dlg.save_button.isEnabled()
    assert not dlg.kind_combo.isEnabled()
    assert run_test(qtbot, dlg) is True            # with the keychain's password
    dlg.name_edit.setText("Head office (Kim)")
    assert dlg.save()
    saved = reg.get("head-office")
    assert saved.name == "Head office (Kim)" and saved.local_role == "approver"
    assert saved.sync_interval_s == 90              # an untouched interval is kept exactly
    assert secrets.get_secret(prof.secret_name()) == KIM_PASSWORD
    dlg2 = make_dialog(saved)
    dlg2.password_edit.setText("New-Pass-2")
    dlg2.interval_spin.setValue(5)
    assert dlg2.save()
    assert secrets.get_secret(prof.secret_name()) == "New-Pass-2"
    assert reg.get("head-office").sync_interval_s == 300


def test_editing_with_no_stored_password_asks_for_it(qtbot, make_dialog, reg, erp):
    prof = reg.add(Profile(id="p", name="P", kind="rest", url=erp.base_url, username="kim"))
    dlg = make_dialog(prof)
    assert run_test(qtbot, dlg) is False
    assert "No password is stored" in dlg.message_bar.text()
    assert erp.requests_seen == {}


def test_the_practice_profile_takes_a_new_password_for_this_session_only(
        qtbot, make_dialog, reg, tmp_path):
    from desktop.sync import connect
    from desktop.tutorial import actions
    prof = reg.ensure_practice()
    server = connect.practice_erp(reg, prof)          # stopped by the GUI conftest
    server.users["admin"] = ("practice-2026", server.users["admin"][1])   # as lesson 4 does
    server.expire_credentials()
    dlg = make_dialog(prof)
    # only the password and the interval are the clerk's: the server runs in the app
    assert not dlg.name_edit.isEnabled() and not dlg.user_edit.isEnabled()
    assert dlg.user_edit.text() == connect.PRACTICE_USER
    assert not dlg.url_edit.isVisible() and not dlg.ca_edit.isVisible()
    assert not dlg.plain_http_check.isVisible() and not dlg.database_edit.isVisible()
    assert "practice ERP" in dlg.intro.text() and "keychain" in dlg.intro.text()
    assert run_test(qtbot, dlg) is False              # the built-in password is refused now
    assert "refused the user name or password" in dlg.message_bar.text()
    dlg.password_edit.setText("practice-2026")
    assert run_test(qtbot, dlg) is True
    assert dlg.save()
    assert dlg.session_only
    assert MemoryKeyring.store == {}                  # never the real keychain
    assert files_containing(tmp_path, "practice-2026") == []
    saved = reg.get(prof.id)
    assert (saved.kind, saved.url, saved.username) == ("practice", prof.url, prof.username)
    assert connect.password_for(saved) == "practice-2026"
    with connect.connected(reg, saved) as conn:      # sync signs in with the typed password
        assert conn.test_connection().user == connect.PRACTICE_USER
    actions.restore_password(server)                  # the lesson's end: both sides as before
    assert connect.password_for(saved) == connect.PRACTICE_PASSWORD
    with connect.connected(reg, saved) as conn:
        assert conn.test_connection().user == connect.PRACTICE_USER


def test_only_rest_tryton_and_practice_profiles_have_connection_settings(make_dialog, reg):
    offline = reg.add(Profile(id="desk", name="Desk", kind="offline"))
    with pytest.raises(ValueError):
        make_dialog(offline)


# --- in the background -----------------------------------------------------------------------

def test_the_test_runs_in_the_background_and_the_dialog_stays_responsive(qtbot, make_dialog,
                                                                         erp):
    erp.slow_down(0.5)                      # login and whoami: about a second
    dlg = make_dialog()
    fill(dlg, erp.base_url)
    ticks = []
    timer = QTimer(dlg)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(20)
    t0 = time.monotonic()
    with qtbot.waitSignal(dlg.test_finished, timeout=WAIT_MS) as done:
        qtbot.mouseClick(dlg.test_button, Qt.MouseButton.LeftButton)
        assert time.monotonic() - t0 < 0.3     # the click returned at once
        assert dlg.testing and dlg.busy_bar.isVisible() and dlg.cancel_test_button.isVisible()
        assert not dlg.test_button.isEnabled() and not dlg.save_button.isEnabled()
        qtbot.waitUntil(lambda: len(ticks) >= 5, timeout=2000)   # the event loop runs
        assert dlg.testing                     # ... while the ERP is still answering
        dlg.name_edit.setText("Typed while waiting")
    timer.stop()
    assert done.args == [True] and not dlg.busy_bar.isVisible()
    assert dlg.name_edit.text() == "Typed while waiting"


def test_cancel_frees_the_form_at_once_and_ignores_the_late_answer(qtbot, make_dialog, erp,
                                                                   runner):
    erp.slow_down(0.5)
    dlg = make_dialog()
    fill(dlg, erp.base_url)
    with qtbot.waitSignal(dlg.test_started, timeout=1000):
        qtbot.mouseClick(dlg.test_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dlg.test_finished, timeout=1000) as done:
        qtbot.mouseClick(dlg.cancel_test_button, Qt.MouseButton.LeftButton)
    assert done.args == [False] and not dlg.testing
    assert dlg.test_button.isEnabled() and not dlg.busy_bar.isVisible()
    assert "cancelled" in dlg.message_bar.text()
    qtbot.waitUntil(lambda: runner.active() == 0, timeout=WAIT_MS)   # the ERP answered late
    assert dlg.info is None and not dlg.result_box.isVisible()


# --- the profiles dialog ---------------------------------------------------------------------

def test_profiles_dialog_lists_switches_adds_and_edits(qtbot, reg, runner, erp):
    reg.ensure_practice()
    reg.add(Profile(id="hq", name="HQ", kind="rest", url="https://erp.example.com",
                    username="kim"))
    dlg = ProfilesDialog(reg, current_id="practice", runner=runner)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.model.rowCount() == 2 and dlg.selected_id() == "practice"
    assert not dlg.edit_button.isEnabled()           # the practice ERP is built in
    dlg.select("hq")
    assert dlg.edit_button.isEnabled()
    conn = dlg.edit_connection()
    assert conn.original.id == "hq" and conn.isVisible()
    conn.reject()
    conn = dlg.add_connection()
    fill(conn, erp.base_url, name="Branch")
    with qtbot.waitSignal(dlg.profiles_changed, timeout=1000):
        assert conn.save()
    assert dlg.model.rowCount() == 3 and dlg.selected_id() == "branch"
    with qtbot.waitSignal(dlg.profile_chosen, timeout=1000) as chosen:
        qtbot.mouseClick(dlg.open_button, Qt.MouseButton.LeftButton)
    assert chosen.args == ["branch"] and not dlg.isVisible()


# --- translations ---------------------------------------------------------------------------

def _tr_strings(path: Path) -> set[tuple[str, str]]:
    found = set()
    for cls in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(cls, ast.ClassDef):
            for node in ast.walk(cls):
                if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                        and node.func.attr == "tr" and node.args
                        and isinstance(node.args[0], ast.Constant)):
                    found.add((cls.name, node.args[0].value))
    return found


def test_every_string_of_the_dialogs_has_a_pending_chinese_translation():
    pending = json.loads((ROOT / "i18n" / "pending" / "connection.json").read_text("utf-8"))
    have = {(e["context"], e["source"]) for e in pending if e["translation"].strip()}
    dialogs = ROOT / "desktop" / "ui" / "dialogs"
    wanted = _tr_strings(dialogs / "connection_dialog.py") | _tr_strings(
        dialogs / "profiles_dialog.py")
    assert len(wanted) > 50
    assert sorted(wanted - have) == []
