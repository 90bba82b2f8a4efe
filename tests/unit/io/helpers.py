"""Builders for test workbooks: normal ones through openpyxl, hostile ones by hand."""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl

CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8"?>'
                 '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
                 'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
                 '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxml'
                 'formats-officedocument.spreadsheetml.sheet.main+xml"/>'
                 '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.'
                 'openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>')
ROOT_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
             'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http:'
             '//schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
             'Target="xl/workbook.xml"/></Relationships>')
WORKBOOK = ('<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats'
            '.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/office'
            'Document/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/>'
            '</sheets></workbook>')
WB_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
           'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
           'schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
           'Target="worksheets/sheet1.xml"/></Relationships>')
SHEET_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def inline_row(r: int, values: list[str]) -> str:
    cells = "".join(f'<c r="{chr(65 + i)}{r}" t="inlineStr"><is><t>{v}</t></is></c>'
                    for i, v in enumerate(values))
    return f'<row r="{r}">{cells}</row>'


def hand_built_xlsx(path: Path, sheet_xml: str | bytes) -> Path:
    """A minimal .xlsx whose single sheet is ``sheet_xml`` exactly as given."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", CONTENT_TYPES)
        zf.writestr("_rels/.rels", ROOT_RELS)
        zf.writestr("xl/workbook.xml", WORKBOOK)
        zf.writestr("xl/_rels/workbook.xml.rels", WB_RELS)
        zf.writestr("xl/worksheets/sheet1.xml", sheet_xml)
    return path


def write_xlsx(path: Path, rows: list[list], merges: list[str] = ()) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    for rng in merges:
        ws.merge_cells(rng)
    wb.save(path)
    return path


HEADERS_EN = ["Invoice number", "Customer", "Tax ID", "Country", "Issue date", "Due date",
              "Currency", "Description", "Quantity", "Unit", "Unit price", "Discount %",
              "Tax rate %", "Notes"]
HEADERS_ZH = ["发票号码", "客户", "税号", "国家", "开票日期", "到期日", "币种",
              "货物或应税劳务名称", "数量", "单位", "单价", "折扣", "税率", "备注"]
