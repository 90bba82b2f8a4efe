"""Refresh the Qt Linguist sources and compile them.

    .venv/bin/python tests/tools/update_translations.py [--no-lupdate]

1. ``pyside6-lupdate`` over desktop/ui, desktop/app.py, desktop/workers AND the Qt-free
   desktop/domain and desktop/store (their QT_TRANSLATE_NOOP strings), into
   i18n/invoice_desk_zh_CN.ts and i18n/invoice_desk_en.ts (existing translations are kept;
   vanished strings are dropped with -no-obsolete);
2. translations other modules' authors left in i18n/pending/*.json (a list of
   {"context", "source", "translation"}) fill the zh_CN entries still unfinished;
3. ``pyside6-lrelease`` of each .ts into desktop/i18n/*.qm.
"""

from __future__ import annotations

import argparse
import json
import shutil
import xml.etree.ElementTree as ET
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "i18n"
QM_DIR = ROOT / "desktop" / "i18n"
LANGUAGES = ("zh_CN", "en")
SOURCES = ("desktop/ui", "desktop/app.py", "desktop/workers", "desktop/domain", "desktop/store",
           "desktop/io", "desktop/sync", "desktop/erp", "desktop/tutorial")


def tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    if here.exists():
        return str(here)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found (it ships with PySide6-Essentials)")
    return found


def source_files() -> list[str]:
    files: list[str] = []
    for s in SOURCES:
        p = ROOT / s
        if not p.exists():
            continue
        if p.is_file():
            files.append(str(p.relative_to(ROOT)))
        else:
            files += sorted(str(f.relative_to(ROOT)) for f in p.rglob("*.py")
                            if "migrations" not in f.parts)
    return files


def ts_path(lang: str) -> Path:
    return TS_DIR / f"invoice_desk_{lang}.ts"


def qm_path(lang: str) -> Path:
    return QM_DIR / f"invoice_desk_{lang}.qm"


def lupdate() -> None:
    TS_DIR.mkdir(exist_ok=True)
    for lang in LANGUAGES:
        cmd = [tool("pyside6-lupdate"), "-no-obsolete", "-locations", "relative",
               "-target-language", lang, *source_files(), "-ts", str(ts_path(lang))]
        subprocess.run(cmd, cwd=ROOT, check=True)


def _write_ts(tree, path: Path) -> None:
    tree.write(path, encoding="utf-8", xml_declaration=True)
    text = path.read_text(encoding="utf-8")
    if "<!DOCTYPE TS>" not in text:
        path.write_text(text.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1), encoding="utf-8")


def merge_pending(lang: str = "zh_CN") -> int:
    """Fill unfinished entries of ``lang`` from i18n/pending/*.json; returns how many."""
    pending: dict[tuple[str, str], str] = {}
    for f in sorted((TS_DIR / "pending").glob("*.json")):
        for e in json.loads(f.read_text(encoding="utf-8")):
            if e.get("translation", "").strip():
                pending[(e["context"], e["source"])] = e["translation"]
    if not pending:
        return 0
    path = ts_path(lang)
    tree = ET.parse(path)
    filled = 0
    for ctx in tree.getroot().findall("context"):
        name = ctx.find("name").text
        for m in ctx.findall("message"):
            tr = m.find("translation")
            key = (name, m.find("source").text)
            if key not in pending:
                continue
            if m.get("numerus") == "yes":
                forms = tr.findall("numerusform")
                if tr.get("type") == "unfinished" or not any((f.text or "").strip()
                                                             for f in forms):
                    for f in forms:
                        tr.remove(f)
                    form = ET.SubElement(tr, "numerusform")  # Chinese has one plural form
                    form.text = pending[key]
                    tr.attrib.pop("type", None)
                    filled += 1
            elif tr.get("type") == "unfinished" or not (tr.text or "").strip():
                tr.text = pending[key]
                tr.attrib.pop("type", None)
                filled += 1
    if filled:
        _write_ts(tree, path)
    return filled


def fill_english_plurals() -> int:
    """English numerus entries get their two forms from the source: "%n invoice(s)" →
    "%n invoice" / "%n invoices"; a source without "(s)" is used for both."""
    path = ts_path("en")
    tree = ET.parse(path)
    filled = 0
    for ctx in tree.getroot().findall("context"):
        for m in ctx.findall("message"):
            if m.get("numerus") != "yes":
                continue
            tr = m.find("translation")
            forms = tr.findall("numerusform")
            if len(forms) == 2 and all((f.text or "").strip() for f in forms):
                continue
            src = m.find("source").text
            for f in forms:
                tr.remove(f)
            for text in (src.replace("(s)", ""), src.replace("(s)", "s")):
                ET.SubElement(tr, "numerusform").text = text
            tr.attrib.pop("type", None)
            filled += 1
    if filled:
        _write_ts(tree, path)
    return filled


def lrelease() -> None:
    QM_DIR.mkdir(exist_ok=True)
    for lang in LANGUAGES:
        subprocess.run([tool("pyside6-lrelease"), str(ts_path(lang)), "-qm", str(qm_path(lang))],
                       cwd=ROOT, check=True)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="lupdate + lrelease for Invoice Desk")
    p.add_argument("--no-lupdate", action="store_true", help="only compile the .ts files")
    args = p.parse_args(argv)
    if not args.no_lupdate:
        lupdate()
    n = merge_pending()
    if n:
        print(f"filled {n} zh_CN translation(s) from i18n/pending/")
    n = fill_english_plurals()
    if n:
        print(f"filled {n} English plural form(s)")
    lrelease()
    return 0


if __name__ == "__main__":
    sys.exit(main())
