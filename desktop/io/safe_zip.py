"""Checks an .xlsx (a zip archive) before openpyxl opens it: zip bombs and XML entity tricks."""

from __future__ import annotations

import re
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from desktop.domain.errors import BadInput
from desktop.domain.i18n import QT_TRANSLATE_NOOP

MAX_MEMBERS = 2000
MAX_TOTAL_BYTES = 200 * 1024 * 1024     # uncompressed, all members together
MAX_RATIO = 100                         # uncompressed / compressed, for members ...
RATIO_MIN_BYTES = 1024 * 1024           # ... bigger than this (small XML compresses well)
_CHUNK = 1024 * 1024

# Entity declarations (billion laughs, XXE) in UTF-8 or UTF-16; defusedxml refuses them too.
_DTD = re.compile(rb"<!DOCTYPE|<!ENTITY|<\x00!\x00(?:D\x00O\x00C|E\x00N\x00T)"
                  rb"|\x00<\x00!\x00(?:D\x00O\x00C|E\x00N\x00T)")
# A formula element <f>, <f t="shared" .../> or with a namespace prefix <x:f>.
_FORMULA = re.compile(rb"<(?:[A-Za-z0-9_]+:)?f[\s>/]")
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


@dataclass(frozen=True, slots=True)
class XlsxInfo:
    """What the safety scan learnt on the way."""

    has_formulas: bool


def _bad(message: str, **params: object) -> BadInput:
    return BadInput(message, **params)


def check_xlsx_safe(path: str | Path) -> XlsxInfo:
    """Refuse files that are not a plain, reasonably sized .xlsx; raise BadInput saying why.

    Zip members are checked by their declared sizes (CPython's zipfile never inflates more
    than a member declares), then every XML member is streamed once looking for entity
    declarations and formulas.
    """
    path = Path(path)
    name = path.name
    try:
        with open(path, "rb") as fh:
            head = fh.read(8)
    except OSError as exc:
        raise _bad(QT_TRANSLATE_NOOP("Import", "The file {name} cannot be opened: {reason}"),
                   name=name, reason=exc.strerror or str(exc)) from None
    if head == _OLE_MAGIC:
        raise _bad(QT_TRANSLATE_NOOP("Import", "{name} is in the old .xls format. Open it in "
                                               "Excel or WPS and save it as .xlsx, then import "
                                               "that file."), name=name)
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError):
        raise _bad(QT_TRANSLATE_NOOP("Import", "{name} is not an Excel .xlsx workbook (it is "
                                               "not a valid zip archive)."), name=name) from None
    with zf:
        infos = zf.infolist()
        if len(infos) > MAX_MEMBERS:
            raise _bad(QT_TRANSLATE_NOOP("Import", "{name} has {count} parts inside; a workbook "
                                                   "has far fewer. It was not opened."),
                       name=name, count=len(infos))
        total = sum(i.file_size for i in infos)
        if total > MAX_TOTAL_BYTES:
            raise _bad(QT_TRANSLATE_NOOP("Import", "{name} unpacks to {mb} MB, more than the "
                                                   "{limit} MB allowed. Split it into smaller "
                                                   "files."),
                       name=name, mb=total // (1024 * 1024), limit=MAX_TOTAL_BYTES // (1024 * 1024))
        for info in infos:
            if info.file_size > RATIO_MIN_BYTES and \
                    info.file_size > MAX_RATIO * max(info.compress_size, 1):
                raise _bad(QT_TRANSLATE_NOOP("Import", "{name} is compressed more than {ratio} "
                                                       "times, like a zip bomb. It was not "
                                                       "opened."), name=name, ratio=MAX_RATIO)
        if "[Content_Types].xml" not in {i.filename for i in infos}:
            raise _bad(QT_TRANSLATE_NOOP("Import", "{name} is a zip archive but not an Excel "
                                                   ".xlsx workbook."), name=name)
        has_formulas = False
        for info in infos:
            lower = info.filename.lower()
            if not (lower.endswith(".xml") or lower.endswith(".rels")):
                continue
            is_sheet = lower.startswith("xl/worksheets/")
            dtd, formula = _scan_member(zf, info, look_for_formulas=is_sheet and not has_formulas)
            if dtd:
                raise _bad(QT_TRANSLATE_NOOP("Import", "{name} contains XML entity declarations, "
                                                       "which spreadsheets never need and attacks "
                                                       "use. It was not opened."), name=name)
            has_formulas = has_formulas or formula
    return XlsxInfo(has_formulas=has_formulas)


def _scan_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo,
                 look_for_formulas: bool) -> tuple[bool, bool]:
    formula = False
    tail = b""
    try:
        with zf.open(info) as fh:
            while chunk := fh.read(_CHUNK):
                window = tail + chunk
                if _DTD.search(window):
                    return True, formula
                if look_for_formulas and not formula and _FORMULA.search(window):
                    formula = True
                tail = window[-32:]
    except (zipfile.BadZipFile, zlib.error, OSError, RuntimeError, NotImplementedError,
            EOFError):
        raise _bad(QT_TRANSLATE_NOOP("Import", "The workbook is damaged (part {part} cannot be "
                                               "unpacked)."), part=info.filename) from None
    return False, formula
