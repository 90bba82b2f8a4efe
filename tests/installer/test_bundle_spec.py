"""The PyInstaller spec ships every data file the app loads, where the app looks for it, and
the installers take their version from desktop/__init__.py only.

Fast: no build. installer/invoice_desk.spec is executed with PyInstaller's classes and hook
helpers replaced by recorders, once per target OS (Linux, Windows, macOS), and what it asked
for is checked against the files in the source tree. The real build and the frozen app's
smoke test are .ci/build_bundle.sh.
"""

from __future__ import annotations

import re
import sys
import types
from pathlib import Path, PurePosixPath

import pytest

import desktop
from desktop import paths
from desktop.store import migrate

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "installer"
SPEC = INSTALLER / "invoice_desk.spec"
ISS = INSTALLER / "windows" / "invoice-desk.iss"
BUILD_PS1 = INSTALLER / "windows" / "build.ps1"
BUILD_DMG = INSTALLER / "macos" / "build_dmg.sh"
ENTITLEMENTS = INSTALLER / "macos" / "entitlements.plist"
DOCUMENTATION = {".md"}  # e.g. desktop/sandbox/PROTOCOL.md: read by people, not by the app


class Recorded(types.SimpleNamespace):
    """What the spec passed to one PyInstaller class."""


def _hook_stubs() -> dict[str, types.ModuleType]:
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_submodules = lambda package, **kw: [f"<submodules of {package}>"]
    hooks.collect_data_files = lambda package, **kw: [(f"<data of {package}>", package)]
    hooks.copy_metadata = lambda package, **kw: [(f"<metadata of {package}>",
                                                  f"{package}.dist-info")]
    pyi = types.ModuleType("PyInstaller")
    utils = types.ModuleType("PyInstaller.utils")
    pyi.utils, utils.hooks = utils, hooks
    return {"PyInstaller": pyi, "PyInstaller.utils": utils, "PyInstaller.utils.hooks": hooks}


def run_spec(monkeypatch, tmp_path, platform: str) -> dict:
    """Execute the spec as PyInstaller would on ``platform``; returns its recorded calls."""
    import PySide6.QtCore  # noqa: F401 - imported before sys.platform is changed

    calls: dict[str, list[Recorded]] = {}

    def recorder(kind):
        def make(*args, **kwargs):
            rec = Recorded(args=args, **kwargs)
            if kind == "Analysis":
                # PyInstaller turns (source, folder) pairs into (bundle path, source, type).
                rec.datas = [(str(PurePosixPath(dest) / Path(src).name), src, "DATA")
                             for src, dest in kwargs["datas"]]
                rec.scripts, rec.pure, rec.binaries = [], [], []
            calls.setdefault(kind, []).append(rec)
            return rec
        return make

    for name, module in _hook_stubs().items():
        monkeypatch.setitem(sys.modules, name, module)
    monkeypatch.setattr(sys, "platform", platform)
    namespace = {"__name__": "__main__", "__file__": str(SPEC), "SPECPATH": str(INSTALLER),
                 "DISTPATH": str(tmp_path / "dist"), "workpath": str(tmp_path / "work"),
                 "specnm": "invoice_desk"}
    for kind in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE"):
        namespace[kind] = recorder(kind)
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)  # noqa: S102
    return {"calls": calls, "ns": namespace}


@pytest.fixture(scope="module")
def linux_spec(tmp_path_factory):
    with pytest.MonkeyPatch.context() as mp:
        return run_spec(mp, tmp_path_factory.mktemp("spec"), "linux")


def _analysis(result) -> Recorded:
    (analysis,) = result["calls"]["Analysis"]
    return analysis


def _bundled(result) -> set[str]:
    """Bundle-relative paths of the files the spec ships (after its own filtering)."""
    return {dest for dest, _src, _type in _analysis(result).datas}


def _rel(path: Path) -> str:
    return path.resolve().relative_to(ROOT).as_posix()


def _source_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts
                  and p.suffix not in (".pyc", ".tmp"))


# --- the app's own data files ------------------------------------------------------------

def test_every_file_under_resources_lands_in_resource_dir(linux_spec):
    """paths.resource_dir() is <bundle root>/resources: a new icon, lesson or sample (or a
    whole new folder under resources/) is shipped without touching the spec."""
    where = paths.resource_dir().relative_to(paths.bundle_root()).as_posix()
    files = _source_files(ROOT / "resources")
    assert files, "resources/ is empty?"
    missing = [f"{where}/{f.relative_to(ROOT / 'resources').as_posix()}" for f in files]
    missing = [m for m in missing if m not in _bundled(linux_spec)]
    assert not missing, f"not in the bundle: {missing}"


def test_every_compiled_translation_lands_where_paths_looks(linux_spec):
    """translations_dir() is Path(paths.__file__).resolve().parent / "i18n"; frozen, a module's
    __file__ is <bundle root>/desktop/paths.pyc, so the .qm must be under desktop/i18n."""
    where = _rel(paths.translations_dir())
    qms = sorted(paths.translations_dir().glob("*.qm"))
    from desktop.ui.language import SUPPORTED
    assert {q.stem.removeprefix("invoice_desk_") for q in qms} >= set(SUPPORTED)
    missing = [f"{where}/{q.name}" for q in qms if f"{where}/{q.name}" not in _bundled(linux_spec)]
    assert not missing, f"not in the bundle: {missing}"


def test_qt_own_translations_for_shipped_languages(linux_spec):
    from desktop.ui.language import SUPPORTED
    names = {PurePosixPath(d).name for d in _bundled(linux_spec)
             if "/translations/" in d and d.startswith("PySide6/")}
    for lang in SUPPORTED:
        assert f"qtbase_{lang}.qm" in names


def test_spec_drops_qt_translations_of_other_languages(linux_spec):
    keep = linux_spec["ns"]["keep_data"]
    assert keep("PySide6/Qt/translations/qtbase_zh_CN.qm")
    assert keep("PySide6/Qt/translations/qtbase_en.qm")
    assert not keep("PySide6/Qt/translations/qtbase_de.qm")
    assert keep("desktop/i18n/invoice_desk_de.qm")  # our own are never filtered


def test_every_migration_is_shipped_as_source_and_as_hidden_import(linux_spec):
    """Alembic reads env.py and versions/*.py from migrate.MIGRATIONS_DIR as files; their
    imports are only found by PyInstaller through the hidden imports."""
    where = _rel(migrate.MIGRATIONS_DIR)
    files = _source_files(migrate.MIGRATIONS_DIR)
    versions = [f for f in files if f.parent.name == "versions" and f.stem != "__init__"]
    assert len(versions) >= 2 and (migrate.MIGRATIONS_DIR / "env.py") in files
    missing = [f"{where}/{f.relative_to(migrate.MIGRATIONS_DIR).as_posix()}" for f in files]
    missing = [m for m in missing if m not in _bundled(linux_spec)]
    assert not missing, f"not in the bundle: {missing}"
    hidden = set(_analysis(linux_spec).hiddenimports)
    assert "desktop.store.migrations.env" in hidden
    for f in versions:
        assert f"desktop.store.migrations.versions.{f.stem}" in hidden


def test_every_data_file_inside_the_package_is_shipped(linux_spec):
    """Any non-Python file under desktop/ (a schema, a template, a new data folder) is loaded
    from disk at run time, so it must be in the bundle at the same place."""
    package = ROOT / "desktop"
    data = [f for f in _source_files(package)
            if (f.suffix != ".py" or migrate.MIGRATIONS_DIR in f.parents)
            and f.suffix not in DOCUMENTATION]
    missing = [_rel(f) for f in data if _rel(f) not in _bundled(linux_spec)]
    assert not missing, (f"data files inside desktop/ that the bundle lacks: {missing}; add "
                         "them to app_datas() in installer/invoice_desk.spec")


# --- third-party packages that load things at run time -----------------------------------

def test_run_time_discovery_of_third_party_packages(linux_spec):
    analysis = _analysis(linux_spec)
    hidden = set(analysis.hiddenimports)
    sources = {src for _dest, src, _type in analysis.datas}
    assert "<submodules of keyring.backends>" in hidden      # backends by entry point
    assert "<metadata of keyring>" in sources                 # ... which needs the metadata
    assert "<submodules of stdnum>" in hidden                 # stdnum.<cc>.vat by name
    assert "<data of stdnum>" in sources                      # *.dat tables
    assert {"sqlalchemy.dialects.sqlite", "alembic.op", "alembic.context",
            "defusedxml.ElementTree", "platformdirs.unix"} <= hidden
    assert "desktop.store.migrations" not in analysis.excludes


def test_excludes_keep_what_the_app_and_its_libraries_import(linux_spec):
    excludes = set(_analysis(linux_spec).excludes)
    used = {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets", "PySide6.QtPrintSupport",
            "PySide6.QtSvg", "pydoc", "unittest", "sqlite3", "xml"}
    assert not used & excludes
    assert {"PySide6.QtWebEngineCore", "PySide6.QtQml", "PySide6.QtQuick"} <= excludes
    assert "pkg_resources" in excludes  # its runtime hook would cost every start 0.2 s


# --- per-OS branches ------------------------------------------------------------------------

def test_linux_is_one_console_onedir_executable(linux_spec):
    (exe,) = linux_spec["calls"]["EXE"]
    assert exe.name == "invoice-desk" and exe.console is True and exe.exclude_binaries is True
    (coll,) = linux_spec["calls"]["COLLECT"]
    assert coll.name == "invoice-desk"
    assert "BUNDLE" not in linux_spec["calls"]


def test_windows_is_windowed_with_a_console_twin(monkeypatch, tmp_path):
    result = run_spec(monkeypatch, tmp_path, "win32")
    exes = {e.name: e for e in result["calls"]["EXE"]}
    assert exes["invoice-desk"].console is False
    assert exes["invoice-desk-cli"].console is True
    assert "platformdirs.windows" in _analysis(result).hiddenimports
    version_file = Path(exes["invoice-desk"].version)
    text = version_file.read_text(encoding="utf-8")
    assert f"StringStruct('ProductVersion', '{desktop.__version__}')" in text
    assert "BUNDLE" not in result["calls"]


def test_macos_app_bundle_plist_comes_from_the_package_version(monkeypatch, tmp_path):
    result = run_spec(monkeypatch, tmp_path, "darwin")
    (exe,) = result["calls"]["EXE"]
    assert exe.console is False
    (bundle,) = result["calls"]["BUNDLE"]
    plist = bundle.info_plist
    assert bundle.name == "Invoice Desk.app"
    assert bundle.version == desktop.__version__
    assert plist["CFBundleShortVersionString"] == desktop.__version__
    assert plist["CFBundleVersion"] == desktop.__version__
    assert plist["CFBundleIdentifier"] == bundle.bundle_identifier
    assert plist["NSHighResolutionCapable"] is True
    assert set(plist["CFBundleLocalizations"]) >= {"en", "zh_CN"}
    assert re.fullmatch(r"\d+\.\d+", plist["LSMinimumSystemVersion"])
    assert "platformdirs.macos" in _analysis(result).hiddenimports
    assert exe.codesign_identity is None  # ad hoc unless an identity is given


def test_macos_signing_identity_turns_on_hardened_runtime_signing(monkeypatch, tmp_path):
    """PyInstaller signs with --options=runtime and --timestamp whenever it has an identity;
    the entitlements must come along or ctypes/cffi fail under the hardened runtime."""
    monkeypatch.setenv("MACOS_SIGN_IDENTITY", "Developer ID Application: Test (TEAMID1234)")
    result = run_spec(monkeypatch, tmp_path, "darwin")
    (exe,) = result["calls"]["EXE"]
    assert exe.codesign_identity == "Developer ID Application: Test (TEAMID1234)"
    assert Path(exe.entitlements_file) == ENTITLEMENTS
    import plistlib
    entitlements = plistlib.loads(ENTITLEMENTS.read_bytes())
    assert entitlements.get("com.apple.security.cs.allow-unsigned-executable-memory") is True
    assert "com.apple.security.app-sandbox" not in entitlements  # keyring, ERP, user files


def test_signing_identity_is_ignored_off_macos(monkeypatch, tmp_path):
    monkeypatch.setenv("MACOS_SIGN_IDENTITY", "Developer ID Application: Test (TEAMID1234)")
    result = run_spec(monkeypatch, tmp_path, "linux")
    assert all(e.codesign_identity is None for e in result["calls"]["EXE"])


# --- one version, in desktop/__init__.py ----------------------------------------------------

def test_version_is_read_from_the_package(linux_spec):
    assert linux_spec["ns"]["VERSION"] == desktop.__version__


@pytest.mark.parametrize("path", [SPEC, ISS, BUILD_PS1, BUILD_DMG, ENTITLEMENTS],
                         ids=lambda p: p.name)
def test_no_installer_file_hard_codes_the_version(path):
    lines = [line for line in path.read_text(encoding="utf-8-sig").splitlines()
             if not line.lstrip().startswith(("<?xml", "<!DOCTYPE", "<plist"))]
    literal = re.compile(r"(?<![\d.])" + re.escape(desktop.__version__) + r"(?![\d.])")
    assert not [line for line in lines if literal.search(line)]


def test_inno_setup_script_takes_its_version_from_the_command_line():
    iss = ISS.read_text(encoding="utf-8-sig")
    assert re.search(r"#ifndef AppVersion\s+#error", iss), "ISCC must refuse to run without /DAppVersion"
    assert "AppVersion={#AppVersion}" in iss
    assert not re.search(r'#define\s+AppVersion\s+"', iss)
    ps1 = BUILD_PS1.read_text(encoding="utf-8-sig")
    assert "desktop\\__init__.py" in ps1 or "desktop/__init__.py" in ps1
    assert "/DAppVersion=" in ps1


def test_inno_setup_is_per_user_with_a_stable_app_id_and_two_languages():
    iss = ISS.read_text(encoding="utf-8-sig")
    assert "PrivilegesRequired=lowest" in iss
    assert re.search(r"AppId=\{\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}",
                     iss)
    assert re.search(r'MessagesFile: "compiler:Default.isl"', iss)
    assert "ChineseSimplified.isl" in iss


def test_dmg_script_reads_the_version_from_the_package():
    sh = BUILD_DMG.read_text(encoding="utf-8")
    assert "desktop/__init__.py" in sh
    assert "CFBundleShortVersionString" in sh  # and checks the built app against it
