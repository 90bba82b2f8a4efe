"""Create or edit an ERP connection profile: address, user, password (to the OS keychain
only), trust, a "Test connection" run in the background, and the role the ERP gives."""

from __future__ import annotations

import logging
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialogButtonBox, QFileDialog, QFormLayout,
                               QGroupBox, QHBoxLayout, QLabel, QLayout, QLineEdit, QProgressBar,
                               QPushButton, QSizePolicy, QSpinBox, QStyle, QVBoxLayout,
                               QWidget)

from ...domain.errors import KnownError
from ...domain.workflow import Role
from ...store import secrets
from ...store.profiles import Profile, ProfileRegistry
from ...sync import connect
from ...sync.connect import ConnectionInfo
from ...workers.task import Task, TaskRunner
from ..base_dialog import BaseDialog
from ..labels import error_text, fill, role_label
from ..widgets.marks import mark_invalid

log = logging.getLogger(__name__)

CONNECTED_KINDS = ("rest", "tryton")
# Changing one of these makes an earlier test result stale.
_CONNECTION_FIELDS = ("kind", "url", "database", "user", "password", "ca_file", "plain_http")


def known_text(exc: BaseException) -> str:
    """One translated sentence for a KnownError; ERP-context messages are looked up there."""
    if isinstance(exc, KnownError) and \
            QCoreApplication.translate("ERP", exc.message) != exc.message:
        return fill("ERP", exc.message, exc.params)
    return error_text(exc)


def _label(parent: QWidget, name: str = "", role: str = "", hidden: bool = False) -> QLabel:
    """A word-wrapped, selectable label (``role``: the style sheet's error/secondary...)."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if role:
        label.setProperty("role", role)
    label.setVisible(not hidden)
    return label


def _widget(cls, parent: QWidget, name: str, slot=None, hidden: bool = False):
    w = cls(parent)
    w.setObjectName(name)
    if slot is not None:
        w.clicked.connect(slot)
    if hidden:
        w.hide()
    return w


def _box(parent: QWidget, *items: QWidget, vertical: bool = True, name: str = "") -> QWidget:
    """``items`` in a column (or a row) without margins, as one form field."""
    box = QWidget(parent)
    box.setObjectName(name)
    lay = QVBoxLayout(box) if vertical else QHBoxLayout(box)
    lay.setContentsMargins(0, 0, 0, 0)
    lay.setSpacing(2)
    for i, w in enumerate(items):
        lay.addWidget(w, 1 if not vertical and i == 0 else 0)   # a row: the first one grows
    return box


def _notice(parent: QWidget, name: str) -> tuple[QWidget, QLabel]:
    """A hidden row: the warning icon and a text (visible without a style sheet)."""
    pic = QLabel(parent)
    pic.setPixmap(parent.style().standardIcon(
        QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(16, 16))
    text = _label(parent, name + "Text")
    box = _box(parent, pic, text, vertical=False, name=name)
    box.layout().setAlignment(pic, Qt.AlignmentFlag.AlignTop)
    box.layout().setStretch(0, 0)
    box.layout().setStretch(1, 1)
    box.hide()
    return box, text


class ConnectionDialog(BaseDialog):
    """GUI thread only. Creates (``profile=None``) or edits a REST or Tryton profile.

    "Test connection" runs ``connect.test_profile`` on a ``TaskRunner`` thread: pass the
    window's runner so closing the dialog never waits for a slow ERP (the job gets a snapshot
    of the form and the password as plain values; it never touches widgets). The password
    goes only to the keychain (``store.secrets``), or, with no keychain and the user's
    consent, to this process's memory. After ``accept``: ``profile`` (as saved) and
    ``session_only``.
    """

    settings_key = "connection_dialog"
    help_topic = "connection"

    test_started = Signal()
    test_finished = Signal(bool)     # True: the ERP answered (``info``); False: error/cancelled
    profile_saved = Signal(str)      # profile id: profiles.json and the keychain are written

    def __init__(self, registry: ProfileRegistry, profile: Profile | None = None,
                 runner: TaskRunner | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if profile is not None and profile.kind not in CONNECTED_KINDS + ("practice",):
            raise ValueError(f"ConnectionDialog edits REST, Tryton and practice profiles, "
                             f"not {profile.kind}")
        # The practice ERP runs inside the app: only its password (and the sync interval) can
        # change, and that password is kept for this session only, never in the keychain.
        self.practice = profile is not None and profile.kind == "practice"
        self.setObjectName("connectionDialog")
        self.registry = registry
        self.original = profile
        self.profile: Profile | None = None          # as saved
        self.session_only = False
        self.info: ConnectionInfo | None = None       # the last test's answer (current inputs)
        self.error: BaseException | None = None       # the last test's failure
        self.runner = runner if runner is not None else TaskRunner(self)
        self._task: Task | None = None
        self._loading = True
        self._touched: set[str] = set()
        self._problems: dict[str, str] = {}
        self._url_warning = ""
        self._message: tuple[str, object] | None = None   # (what, detail) for retranslation
        self._keychain_error: BaseException | None = None
        self._initial_minutes: int | None = None
        self._build()
        self._load(profile)
        self._loading = False
        self.retranslate_ui()

    # ------------------------------------------------------------------ building ----
    def _field(self, widget: QWidget, name: str, *below: QWidget) -> tuple[QWidget, QLabel]:
        """``widget`` above its inline message (and any hints)."""
        msg = _label(self, name, "error", hidden=True)
        return _box(self, widget, msg, *below), msg

    def _build(self) -> None:
        self.intro = _label(self, "connectionIntro", "secondary")
        self.name_edit = _widget(QLineEdit, self, "profileNameEdit")
        self.kind_combo = _widget(QComboBox, self, "erpKindCombo")
        for kind in CONNECTED_KINDS + (("practice",) if self.practice else ()):
            self.kind_combo.addItem("", kind)
        self.url_edit = _widget(QLineEdit, self, "serverUrlEdit")
        self.url_edit.setInputMethodHints(Qt.InputMethodHint.ImhUrlCharactersOnly)
        self.database_edit = _widget(QLineEdit, self, "databaseEdit")
        self.user_edit = _widget(QLineEdit, self, "userNameEdit")
        self.password_edit = _widget(QLineEdit, self, "passwordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_hint = _label(self, "passwordHint", "secondary")
        self.ca_edit = _widget(QLineEdit, self, "caFileEdit")
        self.ca_browse_button = _widget(QPushButton, self, "caFileBrowseButton",
                                        self._on_ca_browse_button_clicked)
        self.ca_hint = _label(self, "caFileHint", "secondary")
        self.plain_http_check = _widget(QCheckBox, self, "allowPlainHttpCheck")
        self.plain_http_warning, self.plain_http_warning_text = _notice(self, "plainHttpWarning")
        self.interval_spin = _widget(QSpinBox, self, "syncIntervalSpin")
        self.interval_spin.setRange(1, 24 * 60)
        self.interval_spin.setMinimumWidth(110)
        self.interval_spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.role_value = _label(self, "roleValueLabel")

        name_box, self.name_message = self._field(self.name_edit, "profileNameMessage")
        url_box, self.url_message = self._field(self.url_edit, "serverUrlMessage")
        self.database_box, self.database_message = self._field(self.database_edit,
                                                               "databaseMessage")
        user_box, self.user_message = self._field(self.user_edit, "userNameMessage")
        pw_box, self.password_message = self._field(self.password_edit, "passwordMessage",
                                                    self.password_hint)
        ca_row = _box(self, self.ca_edit, self.ca_browse_button, vertical=False)
        ca_box, self.ca_message = self._field(ca_row, "caFileMessage", self.ca_hint)
        http_box = _box(self, self.plain_http_check, self.plain_http_warning)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form_labels: dict[str, QLabel] = {}
        for key, box, buddy in (("name", name_box, self.name_edit),
                                ("kind", self.kind_combo, self.kind_combo),
                                ("url", url_box, self.url_edit),
                                ("database", self.database_box, self.database_edit),
                                ("user", user_box, self.user_edit),
                                ("password", pw_box, self.password_edit),
                                ("ca_file", ca_box, self.ca_edit),
                                ("plain_http", http_box, None),
                                ("interval", self.interval_spin, self.interval_spin),
                                ("role", self.role_value, None)):
            self.form_labels[key] = label = QLabel(self)
            label.setBuddy(buddy)
            self.form.addRow(label, box)

        # the test: button, busy indicator, cancel
        self.test_button = _widget(QPushButton, self, "testConnectionButton", self.start_test)
        self.busy_bar = _widget(QProgressBar, self, "testBusyBar", hidden=True)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumWidth(140)
        self.busy_label = _widget(QLabel, self, "testBusyLabel", hidden=True)
        self.cancel_test_button = _widget(QPushButton, self, "cancelTestButton",
                                          self.cancel_test, hidden=True)
        test_row = QHBoxLayout()
        for w in (self.test_button, self.busy_bar, self.busy_label, self.cancel_test_button):
            test_row.addWidget(w)
        test_row.addStretch(1)
        self.message_bar = _label(self, "messageBar", hidden=True)
        self.error_detail = _label(self, "errorDetailLabel", "secondary", hidden=True)

        # what the ERP answered
        self.result_box = _widget(QGroupBox, self, "testResultBox", hidden=True)
        self.result_form = QFormLayout(self.result_box)
        self.result_labels: dict[str, QLabel] = {}
        self.result_values: dict[str, QLabel] = {}
        for key, name in (("server", "resultServerLabel"), ("user", "resultUserLabel"),
                          ("company", "resultCompanyLabel"), ("role", "resultRoleLabel"),
                          ("rights", "resultRightsLabel"), ("warnings", "resultWarningsLabel")):
            self.result_labels[key] = label = QLabel(self.result_box)
            self.result_values[key] = value = _label(self.result_box, name)
            self.result_form.addRow(label, value)

        # no keychain: say so, offer this session only
        notice, self.keychain_text = _notice(self, "keychainNotice")
        notice.show()
        self.keep_session_button = _widget(QPushButton, self, "keepForSessionButton",
                                           self.keep_for_session)
        self.keychain_panel = _box(self, notice, self.keep_session_button, name="keychainPanel")
        self.keychain_panel.layout().setAlignment(self.keep_session_button,
                                                  Qt.AlignmentFlag.AlignRight)
        self.keychain_panel.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.setObjectName("connectionButtons")
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveConnectionButton")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addLayout(test_row)
        for w in (self.message_bar, self.error_detail, self.result_box, self.keychain_panel):
            layout.addWidget(w)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(580)

        for key, edit in (("name", self.name_edit), ("url", self.url_edit),
                          ("database", self.database_edit), ("user", self.user_edit),
                          ("password", self.password_edit), ("ca_file", self.ca_edit)):
            edit.textChanged.connect(lambda _t, k=key: self._on_field_changed(k))
        self.kind_combo.currentIndexChanged.connect(lambda _i: self._on_field_changed("kind"))
        self.plain_http_check.toggled.connect(lambda _b: self._on_field_changed("plain_http"))

    def _load(self, p: Profile | None) -> None:
        if p is None:
            self.interval_spin.setValue(1)
            return
        self.name_edit.setText(p.name)
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(p.kind), 0))
        self.kind_combo.setEnabled(False)   # another ERP means another store
        self.url_edit.setText(p.url)
        self.database_edit.setText(p.database)
        self.user_edit.setText(p.username)
        self.ca_edit.setText(p.ca_file)
        self.plain_http_check.setChecked(p.allow_plain_http)
        if self.practice:
            self.name_edit.setEnabled(False)
            self.user_edit.setText(connect.PRACTICE_USER)
            self.user_edit.setEnabled(False)
            for key in ("url", "database", "ca_file", "plain_http"):
                self.form.setRowVisible(self.form_labels[key], False)
        self._initial_minutes = max(1, round(p.sync_interval_s / 60))
        self.interval_spin.setValue(self._initial_minutes)

    # ---------------------------------------------------------------- translation ----
    def retranslate_ui(self) -> None:
        editing = self.original is not None
        self.setWindowTitle(self.tr("Edit the ERP connection") if editing
                            else self.tr("Connect to an ERP"))
        self.intro.setText(self.tr(
            "This is the practice ERP built into Invoice Desk: it runs on this computer and "
            "holds practice data only. The password you type here is kept until you close the "
            "app, never in the keychain.") if self.practice else self.tr(
            "Invoice Desk keeps your invoices in step with the company ERP. Ask your ERP "
            "administrator for the address and a user; the password is kept in the system "
            "keychain, never in a file."))
        texts = {"name": self.tr("&Name:"), "kind": self.tr("&ERP type:"),
                 "url": self.tr("Server &address:"), "database": self.tr("&Database:"),
                 "user": self.tr("&User name:"), "password": self.tr("&Password:"),
                 "ca_file": self.tr("Company &CA file:"), "plain_http": "",
                 "interval": self.tr("S&ync every:"), "role": self.tr("Role:")}
        for key, text in texts.items():
            self.form_labels[key].setText(text)
        self.kind_combo.setItemText(0, self.tr("REST (Invoice Desk protocol)"))
        self.kind_combo.setItemText(1, self.tr("Tryton"))
        if self.practice:
            self.kind_combo.setItemText(2, self.tr("Practice ERP (on this computer)"))
        self.name_edit.setPlaceholderText(self.tr("e.g. Head office ERP"))
        self.url_edit.setPlaceholderText(self.tr("https://erp.example.com"))
        self.database_edit.setPlaceholderText(self.tr("the Tryton database name"))
        self.password_edit.setPlaceholderText(
            self.tr("unchanged") if self.practice
            else self.tr("unchanged (kept in the keychain)") if editing else "")
        self.password_hint.setText(self.tr("Leave empty to keep the stored password.")
                                   if editing else "")
        self.password_hint.setVisible(editing)
        self.ca_edit.setPlaceholderText(self.tr("none: the system's trusted certificates"))
        self.ca_browse_button.setText(self.tr("&Browse…"))
        self.ca_hint.setText(self.tr("Only if your company's ERP uses a certificate from its own "
                                     "certificate authority (PEM file from your IT "
                                     "department)."))
        self.plain_http_check.setText(self.tr("Allow plain &HTTP (test servers only)"))
        self.interval_spin.setSuffix(self.tr(" min"))
        self.test_button.setText(self.tr("&Test connection"))
        self.busy_label.setText(self.tr("Asking the ERP…"))
        self.cancel_test_button.setText(self.tr("Cancel test"))
        self.result_box.setTitle(self.tr("What the ERP answered"))
        for key, text in (("server", self.tr("Server:")), ("user", self.tr("User:")),
                          ("company", self.tr("Company:")), ("role", self.tr("Role:")),
                          ("rights", self.tr("Rights:")), ("warnings", self.tr("Warnings:"))):
            self.result_labels[key].setText(text)
        self.keep_session_button.setText(self.tr("&Keep for this session only"))
        self.save_button.setText(self.tr("&Save"))
        self._validate()
        self._render_result()
        self._render_message()
        self._render_keychain()

    def help_text(self) -> str:
        return self.tr("Fill in the ERP address, your ERP user name and password, then press "
                       "Test connection to see what the ERP answers: its version, your company, "
                       "your rights and the role they give you. Save keeps the settings; the "
                       "password goes to the system keychain.")

    # ----------------------------------------------------------------- validation ----
    def _on_field_changed(self, key: str) -> None:
        if self._loading:
            return
        self._touched.add(key)
        if key in _CONNECTION_FIELDS and (self.info is not None or self.error is not None):
            self.info, self.error = None, None      # the answer was for other settings
            self._message = None
            self._render_result()
            self._render_message()
        if self._keychain_error is not None:
            self._keychain_error = None
            self._render_keychain()
        self._validate()

    def _collect_problems(self) -> dict[str, str]:
        """Field key → what is wrong with it (translated); sets ``_url_warning``."""
        problems: dict[str, str] = {}
        self._url_warning = ""
        if not self.name_edit.text().strip():
            problems["name"] = self.tr("Give the connection a name, such as the company's.")
        try:
            warning = None if self.practice else connect.check_profile_url(
                self.url_edit.text(), self.plain_http_check.isChecked())
        except KnownError as exc:
            problems["url"] = known_text(exc)
        else:
            self._url_warning = QCoreApplication.translate("ERP", warning) if warning else ""
        if self.kind() == "tryton" and not self.database_edit.text().strip():
            problems["database"] = self.tr("Enter the name of the Tryton database.")
        if not self.user_edit.text().strip():
            problems["user"] = self.tr("Enter the user name you log in to the ERP with.")
        if self.original is None and not self.password_edit.text():
            problems["password"] = self.tr("Enter the password of this ERP user.")
        try:
            connect.check_ca_file(self.ca_edit.text())
        except KnownError as exc:
            problems["ca_file"] = known_text(exc)
        return problems

    def _validate(self) -> None:
        self._problems = self._collect_problems()
        tryton = self.kind() == "tryton"
        self.form.setRowVisible(self.database_box, tryton and not self.practice)
        shown_always = {"url", "ca_file"}   # a wrong value (not a missing one) shows at once
        for key, edit, msg in (("name", self.name_edit, self.name_message),
                               ("url", self.url_edit, self.url_message),
                               ("database", self.database_edit, self.database_message),
                               ("user", self.user_edit, self.user_message),
                               ("password", self.password_edit, self.password_message),
                               ("ca_file", self.ca_edit, self.ca_message)):
            text = self._problems.get(key, "")
            empty = not edit.text().strip()
            if text and key not in self._touched and (empty or key not in shown_always):
                text = ""
            mark_invalid(edit, text)
            msg.setText(text)
            msg.setVisible(bool(text))
        self.plain_http_warning_text.setText(self._url_warning)
        self.plain_http_warning.setVisible(bool(self._url_warning))
        busy = self.testing
        test_blockers = [k for k in ("url", "database", "user", "password", "ca_file")
                         if k in self._problems]
        self.test_button.setEnabled(not busy and not test_blockers)
        self.test_button.setToolTip(self._problems[test_blockers[0]] if test_blockers else "")
        first = next(iter(self._problems.values()), "")
        self.save_button.setEnabled(not busy and not self._problems
                                    and self._keychain_error is None)
        self.save_button.setToolTip(first)
        self._render_role()
        self._fit()

    def problems(self) -> dict[str, str]:
        """What keeps Save disabled (field key → translated message); {} when valid."""
        return dict(self._problems)

    def kind(self) -> str:
        return self.kind_combo.currentData()

    def _on_ca_browse_button_clicked(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Company CA file"), self.ca_edit.text(),
            self.tr("Certificates (*.pem *.crt *.cer);;All files (*)"))
        if path:
            self.ca_edit.setText(path)

    # ------------------------------------------------------------------ the profile --
    def profile_from_form(self) -> Profile:
        """The profile the form describes (a new one has no id yet)."""
        base = self.original or Profile(id="", name="", kind="rest",
                                        local_role=Role.CLERK.value)
        minutes = self.interval_spin.value()
        interval = (base.sync_interval_s if self.original is not None
                    and minutes == self._initial_minutes else minutes * 60)
        p = replace(base, name=self.name_edit.text().strip(), kind=self.kind(),
                    url=self.url_edit.text().strip(),
                    database=self.database_edit.text().strip() if self.kind() == "tryton" else "",
                    username=self.user_edit.text().strip(), ca_file=self.ca_edit.text().strip(),
                    allow_plain_http=self.plain_http_check.isChecked(),
                    sync_interval_s=interval)
        if self.practice:                   # the built-in server: nothing else is the clerk's
            p = replace(p, url=base.url, database=base.database, username=base.username,
                        ca_file=base.ca_file, allow_plain_http=base.allow_plain_http)
        if self.info is not None:           # the ERP's word replaces the local role
            p.local_role = self.info.role.value
            p.company = self.info.company
        return p

    def _render_role(self) -> None:
        if self.info is not None:
            text = self.tr("{role} (given by the ERP)").format(
                role=role_label(self.info.role.value))
        else:
            current = self.original.local_role if self.original else Role.CLERK.value
            text = self.tr("{role} until a test shows what the ERP gives this user").format(
                role=role_label(current))
        self.role_value.setText(text)

    # ----------------------------------------------------------------------- test ----
    @property
    def testing(self) -> bool:
        return self._task is not None

    def start_test(self) -> bool:
        """Ask the ERP in the background; ``test_finished`` follows. False if it cannot start."""
        if self.testing or not self.test_button.isEnabled():
            return False
        profile = self.profile_from_form()
        password = self.password_edit.text() or None
        self.info, self.error = None, None
        self._render_result()
        if password is None:               # editing: the stored one (keychain; GUI thread)
            try:
                password = connect.password_for(profile)
            except KnownError as exc:
                self._fail(exc, "no_password" if connect.error_kind(exc) == "auth" else "")
                mark_invalid(self.password_edit, self.message_bar.text())
                self.test_finished.emit(False)
                return False
        registry = self.registry

        def job(_ctx):  # worker thread: network only, no widgets
            return connect.test_profile(registry, profile, password)

        task = self.runner.run(job, on_done=lambda info: self._on_test_done(task, info),
                               on_error=lambda exc: self._on_test_failed(task, exc))
        self._task = task
        self._set_busy(True)
        self.test_started.emit()
        return True

    def cancel_test(self) -> None:
        """Stop waiting for the ERP: the form is usable at once, a late answer is ignored."""
        if self._task is None:
            return
        self._abandon_test()
        self._message = ("cancelled", None)
        self._render_message()
        self.test_finished.emit(False)

    def _abandon_test(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None
            self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        for w in (self.busy_bar, self.busy_label, self.cancel_test_button):
            w.setVisible(busy)
        if busy:
            self._message = None
            self._render_message()
            self.cancel_test_button.setFocus()
        self._validate()

    def _on_test_done(self, task: Task, info: ConnectionInfo) -> None:
        if task is not self._task:
            return                          # cancelled, or the dialog closed
        self._task = None
        self.info = info
        self._message = ("ok", None)
        self._set_busy(False)
        self._render_result()
        self._render_message()
        self.test_finished.emit(True)

    def _on_test_failed(self, task: Task, exc: BaseException) -> None:
        if task is not self._task:
            return
        self._task = None
        self._set_busy(False)
        if not isinstance(exc, KnownError):
            self.test_finished.emit(False)
            raise exc                       # a bug: the crash dialog, with a report
        self._fail(exc)
        self.test_finished.emit(False)

    def _fail(self, exc: BaseException, what: str = "") -> None:
        self.error = exc
        self._message = (what or connect.error_kind(exc), exc)
        self._render_message()

    # --------------------------------------------------------------------- showing ----
    def _host(self) -> str:
        from urllib.parse import urlsplit
        try:
            return urlsplit(self.url_edit.text().strip()).netloc or self.url_edit.text()
        except ValueError:
            return self.url_edit.text()

    def _sentence(self, what: str, exc: object) -> tuple[str, str, bool]:
        """→ (the sentence saying what happened and what to do, the ERP's own words, is it
        an error)."""
        detail = ""
        if isinstance(exc, KnownError):       # the ERP's own words, else the error's sentence
            detail = str(getattr(exc, "erp_message", "") or "") or known_text(exc)
        texts = {
            "offline": self.tr("Invoice Desk cannot reach the ERP at {host}: check the network "
                               "connection and the server address, then test again."),
            "auth": self.tr("The ERP refused the user name or password: check both (the "
                            "password is case-sensitive), then test again."),
            "no_password": self.tr("No password is stored for this connection: type it in the "
                                   "Password field, then test again."),
            "certificate": self.tr("The ERP's certificate is not trusted: if your company uses "
                                   "its own certificate authority, choose its CA file (your IT "
                                   "department has it), then test again."),
            "permission": self.tr("The ERP does not let this user work with invoices: ask the "
                                  "ERP administrator for the rights, or use another user."),
            "busy": self.tr("The ERP is busy and asks to wait: test again in a minute."),
            "keychain": self.tr("The stored password cannot be read because there is no system "
                                "keychain: type the password, then test again."),
            "erp": self.tr("The ERP answered something Invoice Desk cannot use: check that the "
                           "address points to the ERP's interface, or ask your ERP "
                           "administrator."),
        }
        if what == "ok" and self.info is not None:
            return (self.tr("Connected to {server} as {user}.").format(
                server=self._server_text(self.info), user=self.info.user), "", False)
        if what == "cancelled":
            return self.tr("Test cancelled: nothing was changed."), "", False
        if what in texts:
            keep_detail = what in ("permission", "erp", "busy")
            return texts[what].format(host=self._host()), detail if keep_detail else "", True
        return detail or str(exc), "", True      # input, other: the error's own sentence

    def _render_message(self) -> None:
        if self._message is None:
            self.message_bar.hide()
            self.error_detail.hide()
            return
        text, detail, is_error = self._sentence(*self._message)
        kind = "error" if is_error else ("warning" if self._message[0] == "cancelled" else "info")
        self.message_bar.setProperty("role", kind)
        self.message_bar.style().unpolish(self.message_bar)
        self.message_bar.style().polish(self.message_bar)
        self.message_bar.setText(text)
        self.message_bar.show()
        self.error_detail.setText(self.tr("Details: {message}").format(message=detail)
                                  if detail else "")
        self.error_detail.setVisible(bool(detail))
        self._fit()

    @staticmethod
    def _server_text(info: ConnectionInfo) -> str:
        return f"{info.erp_name} {info.server_version}".strip()

    def right_labels(self) -> dict[str, str]:
        """ERP rights (REST protocol names) → translated words, in the order shown."""
        return {
            "invoice.read": self.tr("read invoices"),
            "invoice.write": self.tr("change invoices"),
            "invoice.create": self.tr("create invoices"),
            "invoice.post": self.tr("post invoices"),
            "invoice.cancel": self.tr("cancel invoices"),
            "invoice.delete": self.tr("delete invoices"),
            "payment.write": self.tr("record payments"),
            "party.read": self.tr("read customers and suppliers"),
            "party.write": self.tr("change customers and suppliers"),
            "attachment.create": self.tr("attach files"),
            "settings.write": self.tr("change ERP settings"),
        }

    def _render_result(self) -> None:
        info = self.info
        self.result_box.setVisible(info is not None)
        if info is None:
            self._render_role()
            return
        v = self.result_values
        v["server"].setText(self._server_text(info))
        v["user"].setText(info.user)
        v["company"].setText(info.company or "—")
        v["role"].setText(role_label(info.role.value))
        known = self.right_labels()
        rights = [known[r] for r in known if r in info.rights]
        rights += sorted(r for r in info.rights if r not in known)
        v["rights"].setText(", ".join(rights) or "—")
        warnings = [QCoreApplication.translate("ERP", w) for w in info.warnings]
        v["warnings"].setText("\n".join(f"⚠ {w}" for w in warnings))
        self.result_form.setRowVisible(v["warnings"], bool(warnings))
        self._render_role()
        self._fit()

    # ----------------------------------------------------------------------- save ----
    def save(self) -> bool:
        """Write the password to the keychain and the profile to profiles.json, then close.

        With no keychain, nothing is written: the dialog says so and offers
        ``keep_for_session()``. False if the dialog stays open."""
        self._validate()
        if not self.save_button.isEnabled():
            return False
        return self._save(session_only=False)

    def keep_for_session(self) -> bool:
        """No keychain: keep the password in this process's memory only, and save the rest."""
        if self._keychain_error is None:
            return False
        return self._save(session_only=True)

    def _save(self, session_only: bool) -> bool:
        profile = self.profile_from_form()
        new = self.original is None
        if new:
            profile.id = self.registry.unique_id(profile.name)
        password = self.password_edit.text()
        kept_in_keychain = True
        if password and self.practice:
            connect.set_practice_password(profile, password)
            kept_in_keychain = False
        elif password:
            try:
                kept_in_keychain = secrets.set_secret(profile.secret_name(), password,
                                                      session_only_fallback=session_only)
            except secrets.KeychainUnavailable as exc:
                self._keychain_error = exc
                self._render_keychain()
                return False
        try:
            if new:
                self.registry.add(profile)
            else:
                self.registry.update(profile)
        except KnownError as exc:
            if new and password:
                try:
                    secrets.delete_secret(profile.secret_name())
                except KnownError:
                    pass
            self._message = ("other", exc)
            self._render_message()
            return False
        self.profile = profile
        self.session_only = bool(password) and not kept_in_keychain
        self._keychain_error = None
        self._render_keychain()
        log.info("connection profile %s saved (%s)", profile.id, profile.kind)
        self.profile_saved.emit(profile.id)
        self.accept()
        return True

    def _render_keychain(self) -> None:
        exc = self._keychain_error
        self.keychain_panel.setVisible(exc is not None)
        if exc is None:
            return
        self.keychain_text.setText(self.tr(
            "This computer has no system keychain, so the password cannot be saved. Invoice "
            "Desk can keep it in memory until you close the app (it is never written to disk); "
            "you will type it again next time."))
        self.keychain_text.setToolTip(known_text(exc))
        self.save_button.setEnabled(False)
        self.keep_session_button.setFocus()
        self._fit()

    # ------------------------------------------------------------------- geometry ----
    def _fit(self) -> None:
        """Grow to show everything (wrapped labels: a top-level window does not ask for
        their height by itself); never shrinks, so the window does not jump."""
        layout = self.layout()
        if layout is None or not self.isVisible():
            return
        for nested in self.findChildren(QLayout):   # nested layouts cache a stale height
            nested.invalidate()
        layout.activate()
        need = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() \
            else layout.totalSizeHint().height()
        if self.height() < need:
            self.resize(self.width(), need)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self._fit()

    # ---------------------------------------------------------------------- close ----
    def done(self, result: int) -> None:
        self._abandon_test()               # a late answer is ignored; the runner finishes it
        super().done(result)
