"""The window reaches every dialog: connect from the welcome page, profiles, connection
settings, import, export, e-invoice export — by menu and shortcut."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication


def _top(name):
    return [w for w in QApplication.topLevelWidgets() if w.objectName() == name and w.isVisible()]


def test_an_offline_profile_has_no_connection_settings(make_window, tmp_path):
    from desktop.store.profiles import Profile, ProfileRegistry
    w = make_window(ProfileRegistry(tmp_path / "fresh"))
    w.open_profile(w.registry.add(Profile(id="desk", name="Desk", kind="offline")))
    assert not w.connection_ui.connection_action.isEnabled()
    assert w.connection_ui.edit_connection() is None


def test_welcome_offers_to_connect(make_window, qtbot, tmp_path):
    from desktop.store.profiles import ProfileRegistry
    w = make_window(ProfileRegistry(tmp_path / "fresh"))
    w.show()
    w.show_welcome()
    assert w.welcome.connect_button.isVisible()
    w.welcome.connect_button.click()
    qtbot.waitUntil(lambda: bool(_top("connectionDialog")))
    _top("connectionDialog")[0].reject()


def test_file_menu_dialogs(window, qtbot):
    names = [a.objectName() for a in window.file_menu.actions()]
    for expected in ("profilesAction", "connectionSettingsAction", "importAction",
                     "exportAction", "exportEInvoiceAction"):
        assert expected in names
    # practice: its connection settings hold only the password (lesson 4 changes it)
    assert window.ctx.profile.kind == "practice"
    dlg = window.connection_ui.edit_connection()
    assert dlg is not None and dlg.practice and not dlg.url_edit.isVisible()
    dlg.reject()
    window.exchange_ui.import_action.trigger()
    qtbot.waitUntil(lambda: bool(_top("importWizard")))
    _top("importWizard")[0].reject()
    window.exchange_ui.export_action.trigger()
    qtbot.waitUntil(lambda: bool(_top("exportDialog")))
    _top("exportDialog")[0].reject()
    window.select_row(0)
    assert window.exchange_ui.export_ubl_action.isEnabled()
    window.connection_ui.profiles_action.trigger()
    qtbot.waitUntil(lambda: bool([w for w in QApplication.topLevelWidgets()
                                  if w.isVisible() and "rofile" in w.objectName()]))
    for w in QApplication.topLevelWidgets():
        if w.isVisible() and "rofile" in w.objectName():
            w.close()


def test_sign_in_prompt_is_not_modal(window):
    window.sync_ui.credentials_needed.emit("wrong password")
    assert window.message_bar.isVisible() and "Connection settings" in window.message_bar.text()
    assert QApplication.activeModalWidget() is None


def test_tutorial_is_offered_on_the_welcome_page_and_in_the_help_menu(make_window, tmp_path):
    from desktop.store.profiles import ProfileRegistry
    w = make_window(ProfileRegistry(tmp_path / "fresh"))
    w.show()
    w.show_welcome()
    assert w.welcome.tutorial_button.isVisible() and w.welcome.tutorial_button.isEnabled()
    titles = [m.title().replace("&", "") for m in w.menuBar().findChildren(type(w.file_menu))]
    assert "Help" in titles
    assert w.tutorial is not None


def test_once_the_first_page_is_up_the_heap_is_settled_for_the_sync_thread(window, qtbot):
    """Long-lived objects are frozen after the first page (workers/heap.py), so a full garbage
    collection triggered by the sync thread does not stop the window for ~100 ms."""
    import gc
    gc.unfreeze()
    assert gc.get_freeze_count() == 0
    window.show_list()
    qtbot.waitUntil(lambda: gc.get_freeze_count() > 1000, timeout=5000)
    gc.unfreeze()


def test_an_info_message_fades_and_never_covers_the_status_bar(window, qtbot, monkeypatch):
    import desktop.ui.main_window as mw
    monkeypatch.setattr(mw, "INFO_MESSAGE_MS", 50)
    window.notify("1 invoice changed.", "info")
    assert window.message_bar.isVisible()
    assert window.statusBar().currentMessage() == ""     # count and totals stay readable
    qtbot.waitUntil(lambda: not window.message_bar.isVisible(), timeout=3000)
    window.notify("The ERP refused the sign-in.", "error")
    qtbot.wait(200)
    assert window.message_bar.isVisible()                 # an error stays until the next
