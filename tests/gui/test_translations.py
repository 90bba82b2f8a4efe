"""Shipped translations are complete and compiled: no unfinished zh_CN entry, .qm newer than
its .ts, every placeholder kept. Run tests/tools/update_translations.py to refresh them."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LANGS = ("zh_CN", "en")


def _ts(lang: str) -> Path:
    return ROOT / "i18n" / f"invoice_desk_{lang}.ts"


def _qm(lang: str) -> Path:
    return ROOT / "desktop" / "i18n" / f"invoice_desk_{lang}.qm"


def _messages(lang: str):
    root = ET.parse(_ts(lang)).getroot()
    for ctx in root.findall("context"):
        name = ctx.find("name").text
        for m in ctx.findall("message"):
            yield name, m


def test_zh_cn_has_no_unfinished_or_missing_entries():
    bad = []
    for ctx, m in _messages("zh_CN"):
        tr = m.find("translation")
        src = m.find("source").text
        if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete"):
            bad.append((ctx, src))
        elif m.get("numerus") == "yes":
            if not [f for f in tr.findall("numerusform") if (f.text or "").strip()]:
                bad.append((ctx, src))
        elif not (tr.text or "").strip():
            bad.append((ctx, src))
    assert not bad, f"untranslated zh_CN strings: {bad[:10]}"


def test_english_plural_forms_are_filled():
    for ctx, m in _messages("en"):
        if m.get("numerus") == "yes":
            forms = [f.text for f in m.find("translation").findall("numerusform")]
            assert len(forms) == 2 and all(forms), (ctx, m.find("source").text)


def test_placeholders_survive_translation():
    for ctx, m in _messages("zh_CN"):
        tr = m.find("translation")
        src = m.find("source").text
        texts = [f.text for f in tr.findall("numerusform")] or [tr.text]
        for t in texts:
            assert set(re.findall(r"\{\w+\}", src)) == set(re.findall(r"\{\w+\}", t or "")), \
                (ctx, src, t)
            assert ("%n" in src) == ("%n" in (t or "")), (ctx, src)


@pytest.mark.parametrize("lang", LANGS)
def test_qm_is_built_from_the_current_ts(lang, tmp_path):
    """A .qm older than its .ts fails, unless compiling the .ts again gives the same bytes
    (a fresh git checkout sets both times arbitrarily)."""
    qm = _qm(lang)
    assert qm.exists(), f"run tests/tools/update_translations.py ({qm} missing)"
    if qm.stat().st_mtime >= _ts(lang).stat().st_mtime:
        return
    from tests.tools.update_translations import tool
    fresh = tmp_path / qm.name
    subprocess.run([tool("pyside6-lrelease"), str(_ts(lang)), "-qm", str(fresh)], check=True,
                   capture_output=True)
    assert fresh.read_bytes() == qm.read_bytes(), \
        f"{qm.name} is older than its .ts: run tests/tools/update_translations.py"


def test_domain_and_store_strings_are_in_the_ts():
    sources = {(ctx, m.find("source").text) for ctx, m in _messages("zh_CN")}
    assert ("Validation", "Choose a customer or supplier.") in sources
    assert ("Workflow", "The {role} role may not edit invoices.") in sources
    assert ("Errors", "{path} is busy in another program; try again in a moment.") in sources
    assert ("Labels", "Posted") in sources
