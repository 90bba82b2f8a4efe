"""GUI fixtures: a demo store built once and copied per test, the main window on it, and
settings kept in the test's own folder. Every window's threads are stopped in teardown."""

from __future__ import annotations

import shutil

import pytest

DEMO_COUNT = 300


@pytest.fixture(autouse=True)
def _ui_settings(tmp_path):
    """QSettings of the window go to the test's folder, never the user's."""
    from desktop.ui import settings
    settings.configure(tmp_path / "ui")
    (tmp_path / "ui").mkdir(exist_ok=True)
    yield
    settings.configure(None)


@pytest.fixture(autouse=True)
def _no_modal_message_boxes(monkeypatch):
    """A modal message box would hang an offscreen run: record it and answer Cancel/Ok."""
    from PySide6.QtWidgets import QMessageBox
    shown: list[tuple[str, str]] = []

    def fake(kind, answer):
        def box(parent, title, text, *args, **kwargs):
            shown.append((kind, text))
            return answer
        return box
    for kind, answer in (("question", QMessageBox.StandardButton.Cancel),
                         ("warning", QMessageBox.StandardButton.Ok),
                         ("information", QMessageBox.StandardButton.Ok),
                         ("critical", QMessageBox.StandardButton.Ok)):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(fake(kind, answer)))
    return shown


@pytest.fixture(autouse=True)
def _sync_by_hand_only():
    """No background sync cycle races a GUI test: tests press "Sync now" themselves. The
    practice ERP servers a test started are stopped after it."""
    from desktop.sync.connect import stop_practice_servers
    from desktop.ui.sync_ui import SyncUi
    SyncUi.auto = False
    yield
    SyncUi.auto = True
    stop_practice_servers()


@pytest.fixture(scope="session")
def template_data_dir(tmp_path_factory):
    """A data directory with the practice profile holding DEMO_COUNT sample invoices, and the
    keychain entries (the store's audit key) it needs, restored per test by ``demo_dir``."""
    from desktop.sandbox.demo_data import generate
    from desktop.store.bulk import import_invoices
    from desktop.store.profiles import ProfileRegistry
    from desktop.store.store import Store
    d = tmp_path_factory.mktemp("template") / "data"
    reg = ProfileRegistry(d)
    prof = reg.ensure_practice()
    with Store(reg.store_path(prof.id)) as st:
        import_invoices(st, "demo", generate(DEMO_COUNT, seed=7), action="demo",
                        total=DEMO_COUNT)
    from tests.memory_keyring import MemoryKeyring
    return d, dict(MemoryKeyring.store)


@pytest.fixture
def demo_dir(template_data_dir, tmp_path):
    from tests.memory_keyring import MemoryKeyring
    template, secrets = template_data_dir
    d = tmp_path / "data"
    shutil.copytree(template, d)
    MemoryKeyring.store.update(secrets)
    return d


@pytest.fixture
def registry(demo_dir):
    from desktop.store.profiles import ProfileRegistry
    return ProfileRegistry(demo_dir)


@pytest.fixture
def languages(qapp):
    from desktop.ui.language import LanguageManager
    lm = LanguageManager(qapp)
    lm.apply("en")
    yield lm
    lm.apply("en")


def pytest_collection_modifyitems(items):
    """The offscreen plugin's harmless warnings (the completer popup asks for raise() and a
    keyboard grab it cannot give) must not fail the GUI tests."""
    for item in items:
        if "tests/gui" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore("does not support raise",
                                                      "does not support grabbing"))


def _make_window(qtbot, registry, languages):
    from desktop.ui.main_window import MainWindow
    w = MainWindow(registry, languages)
    qtbot.addWidget(w)
    return w


@pytest.fixture
def make_window(qtbot, languages):
    windows = []

    def make(registry):
        w = _make_window(qtbot, registry, languages)
        windows.append(w)
        return w
    yield make
    for w in windows:
        if w.current_editor is not None:
            w.current_editor.undo_stack.setClean()
            w.current_editor.reject()
        assert w.runner.shutdown(10000), "a background task did not stop"
        w.shutdown()


@pytest.fixture
def window(make_window, registry, qtbot):
    """The main window on the practice profile (administrator), showing the list."""
    w = make_window(registry)
    w.show()
    w.open_profile(registry.get("practice"))
    qtbot.waitExposed(w)
    return w


def set_role(window, role: str) -> None:
    """Change the local role of the window's profile (as the settings dialog does)."""
    window.apply_settings(window.languages.language, role)


def type_text(widget, text: str) -> None:
    """Type ``text`` key by key, Chinese too (QTest.keyClicks aborts on non-Latin-1 text;
    an input method delivers such characters as key events carrying text)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication
    for ch in text:
        target = widget or QApplication.focusWidget()   # None: wherever the focus is now
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(target, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))
