"""Hostile and broken workbooks are refused with one clear sentence, before any damage."""

from __future__ import annotations

import zipfile

import pytest

from desktop.domain.errors import BadInput
from desktop.io.cells import TooLong
from desktop.io.excel import guess_mapping, parse_rows, read_sheet_names, read_table
from desktop.io.safe_zip import check_xlsx_safe

from .helpers import (CONTENT_TYPES, HEADERS_EN, ROOT_RELS, SHEET_NS, WB_RELS, WORKBOOK,
                      hand_built_xlsx, inline_row, write_xlsx)


def _sheet(body: str, prolog: str = "") -> str:
    return f'{prolog}<worksheet xmlns="{SHEET_NS}"><sheetData>{body}</sheetData></worksheet>'


def test_zip_bomb_is_refused_before_loading(tmp_path):
    padding = " " * (30 * 1024 * 1024)        # 30 MB of spaces compress to ~30 KB
    path = hand_built_xlsx(tmp_path / "bomb.xlsx", _sheet(inline_row(1, ["a"]) + padding))
    assert path.stat().st_size < 200_000
    with pytest.raises(BadInput, match="zip bomb"):
        read_table(path)
    with pytest.raises(BadInput, match="zip bomb"):
        read_sheet_names(path)


def test_total_size_limit(tmp_path, monkeypatch):
    import desktop.io.safe_zip as sz
    monkeypatch.setattr(sz, "MAX_TOTAL_BYTES", 10_000)
    path = hand_built_xlsx(tmp_path / "big.xlsx",
                           _sheet("".join(inline_row(r, ["x" * 50]) for r in range(1, 200))))
    with pytest.raises(BadInput, match="unpacks to"):
        check_xlsx_safe(path)


def test_too_many_members(tmp_path):
    path = tmp_path / "many.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("[Content_Types].xml", CONTENT_TYPES)
        for i in range(2100):
            zf.writestr(f"junk/{i}.bin", b"")
    with pytest.raises(BadInput, match="parts inside"):
        read_table(path)


BILLION_LAUGHS = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
                  '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
                  '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>')
XXE = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'


@pytest.mark.parametrize("prolog, cell", [(BILLION_LAUGHS, "&lol3;"), (XXE, "&xxe;")])
def test_entity_attacks_are_refused(tmp_path, prolog, cell):
    path = hand_built_xlsx(tmp_path / "xxe.xlsx", _sheet(inline_row(1, [cell]), prolog))
    with pytest.raises(BadInput, match="entity declarations"):
        read_table(path)


def test_entity_attack_in_the_workbook_part_is_refused_by_defusedxml_too(tmp_path, monkeypatch):
    """With the pre-scan disabled, openpyxl + defusedxml still refuse; we say it clearly."""
    import desktop.io.excel as excel
    from desktop.io.safe_zip import XlsxInfo
    monkeypatch.setattr(excel, "check_xlsx_safe", lambda p: XlsxInfo(has_formulas=False))
    path = tmp_path / "wbxxe.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("[Content_Types].xml", CONTENT_TYPES)
        zf.writestr("_rels/.rels", ROOT_RELS)
        zf.writestr("xl/workbook.xml", BILLION_LAUGHS + WORKBOOK.split("?>", 1)[1])
        zf.writestr("xl/_rels/workbook.xml.rels", WB_RELS)
        zf.writestr("xl/worksheets/sheet1.xml", _sheet(inline_row(1, ["a"])))
    with pytest.raises(BadInput, match="entity declarations"):
        read_table(path)


def test_not_a_zip_and_old_xls(tmp_path):
    (tmp_path / "t.xlsx").write_text("Invoice,Customer\n1,Acme\n")
    with pytest.raises(BadInput, match="not a valid zip"):
        read_table(tmp_path / "t.xlsx")
    (tmp_path / "o.xlsx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    with pytest.raises(BadInput, match="old .xls"):
        read_table(tmp_path / "o.xlsx")
    with pytest.raises(BadInput, match="cannot be opened"):
        read_table(tmp_path / "missing.xlsx")


def test_zip_that_is_not_a_workbook(tmp_path):
    path = tmp_path / "z.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("readme.txt", "hi")
    with pytest.raises(BadInput, match="not an Excel"):
        read_table(path)


def test_broken_workbook_gives_a_clear_sentence(tmp_path):
    path = hand_built_xlsx(tmp_path / "broken.xlsx", "<worksheet><sheetData><row>")
    with pytest.raises(BadInput, match="cannot be read as an Excel workbook"):
        read_table(path)


def test_row_cap(tmp_path):
    path = write_xlsx(tmp_path / "huge.xlsx", [HEADERS_EN] + [["N", "Acme"]] * 120)
    with pytest.raises(BadInput, match="more than 100 rows"):
        read_table(path, max_rows=100)
    assert len(read_table(path, max_rows=120).rows) == 120


def test_row_cap_counts_rows_even_when_the_dimension_lies(tmp_path):
    body = inline_row(1, ["Invoice number", "Customer"]) + "".join(
        inline_row(r, ["N", "Acme"]) for r in range(2, 60))
    sheet = (f'<worksheet xmlns="{SHEET_NS}"><dimension ref="A1"/><sheetData>{body}'
             '</sheetData></worksheet>')
    path = hand_built_xlsx(tmp_path / "lie.xlsx", sheet)
    t = read_table(path)
    assert len(t.rows) == 58 and t.rows[0] == ("N", "Acme")
    with pytest.raises(BadInput, match="more than 10 rows"):
        read_table(path, max_rows=10)


def test_too_long_cell_refuses_only_its_row(tmp_path):
    path = write_xlsx(tmp_path / "long.xlsx", [
        HEADERS_EN,
        ["N1", "Acme", "", "CN", "2026-11-28", None, "CNY", "x" * 5000, 1, "", 10, None, 13],
        ["N2", "Acme", "", "CN", "2026-11-28", None, "CNY", "ok", 1, "", 10, None, 13]])
    t = read_table(path)
    assert isinstance(t.rows[0][7], TooLong)
    result = parse_rows(t.headers, t.rows, guess_mapping(t.headers), row_numbers=t.row_numbers)
    assert [i.invoice.number for i in result.invoices] == ["N2"]
    assert "5000 characters" in result.rejected[0].problems[0].text()


def test_data_far_to_the_right_is_refused(tmp_path):
    import openpyxl
    wb = openpyxl.Workbook()
    wb.active.append(["Invoice number"])
    wb.active.cell(row=2, column=300, value="x")
    wb.save(tmp_path / "wide.xlsx")
    with pytest.raises(BadInput, match="beyond column"):
        read_table(tmp_path / "wide.xlsx")
