"""Spreadsheets, slides and OpenDocument files: every sheet and slide a part, tables kept as rows."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from odf.opendocument import OpenDocumentSpreadsheet, OpenDocumentText
from odf.style import Footer, Header, MasterPage, PageLayout
from odf.table import Table, TableCell, TableRow
from odf.text import H, P
from pptx import Presentation
from pptx.util import Inches

from guard.engine import Engine
from guard.extract import extract_file

PEOPLE = [("姓名", "身份证号", "手机"), ("张三", "110101199003074733", "13800138000"),
          ("李四", "440301199001011218", "13900139000"), ("王五", "11010519491231002X", "13700137000")]


def test_every_sheet_is_a_grid_of_rows(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "名单"
    for row in PEOPLE:
        ws.append(row)
    wb.create_sheet("说明")["B2"] = "内部资料 注意保存"
    wb.save(tmp_path / "list.xlsx")
    extracted = extract_file(tmp_path / "list.xlsx")
    assert extracted.kind == "xlsx"
    assert [p.where["sheet"] for p in extracted.parts] == ["名单", "说明"]
    assert {p.where["part"] for p in extracted.parts} == {"sheet"}
    assert extracted.parts[0].text.splitlines()[1] == "张三\t110101199003074733\t13800138000"
    assert extracted.parts[1].text == "\t内部资料 注意保存"


def test_phone_numbers_stored_as_numbers_lose_no_digits_and_gain_no_decimals(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.active.append(["张三", 13800138000, 3.5])
    wb.save(tmp_path / "n.xlsx")
    assert extract_file(tmp_path / "n.xlsx").parts[0].text == "张三\t13800138000\t3.5"


def test_a_long_sheet_is_cut_at_the_text_limit_with_a_note(tmp_path: Path) -> None:
    from guard.extract.base import Limits

    wb = openpyxl.Workbook()
    for i in range(200):
        wb.active.append([f"第{i}行", "内容" * 10])
    wb.save(tmp_path / "big.xlsx")
    extracted = extract_file(tmp_path / "big.xlsx", Limits(max_text_chars=1000))
    assert sum(len(p.text) for p in extracted.parts) <= 1000
    assert any("text limit" in n for n in extracted.notes)


def test_slides_with_tables_and_notes(tmp_path: Path) -> None:
    deck = Presentation()
    slide = deck.slides.add_slide(deck.slide_layouts[5])
    slide.shapes.title.text = "工作汇报"
    slide.notes_slide.notes_text_frame.text = "领导行程：周三赴某地调研"
    second = deck.slides.add_slide(deck.slide_layouts[6])
    box = second.shapes.add_textbox(Inches(1), Inches(0.2), Inches(4), Inches(1))
    box.text_frame.text = "机密★1年"
    table = second.shapes.add_table(2, 2, Inches(1), Inches(2), Inches(4), Inches(1)).table
    for r, row in enumerate([("张三", "110101199003074733"), ("李四", "440301199001011218")]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    deck.save(tmp_path / "report.pptx")
    extracted = extract_file(tmp_path / "report.pptx")
    assert [p.where for p in extracted.parts] == [{"part": "slide", "slide": 1}, {"part": "slide", "slide": 2}]
    assert "领导行程" in extracted.parts[0].text
    assert extracted.parts[1].text.splitlines() == ["机密★1年", "张三\t110101199003074733", "李四\t440301199001011218"]
    assert Engine().scan_parts(extracted.parts).verdict == "block"


def test_odt_headers_headings_paragraphs_and_tables(tmp_path: Path) -> None:
    doc = OpenDocumentText()
    layout = PageLayout(name="pm1")
    doc.automaticstyles.addElement(layout)
    master = MasterPage(name="Standard", pagelayoutname=layout)
    header, footer = Header(), Footer()
    header.addElement(P(text="秘密★6个月"))
    footer.addElement(P(text="第1页"))
    master.addElement(header)
    master.addElement(footer)
    doc.masterstyles.addElement(master)
    doc.text.addElement(H(outlinelevel=1, text="关于某项工作的通知"))
    doc.text.addElement(P(text="各单位："))
    table = Table(name="名单")
    for row in PEOPLE[:2]:
        tr = TableRow()
        for value in row:
            cell = TableCell()
            cell.addElement(P(text=value))
            tr.addElement(cell)
        table.addElement(tr)
    doc.text.addElement(table)
    doc.save(str(tmp_path / "notice.odt"))
    extracted = extract_file(tmp_path / "notice.odt")
    assert extracted.kind == "odt"
    assert [p.where["part"] for p in extracted.parts] == ["header", "body", "footer"]
    assert extracted.parts[0].text == "秘密★6个月"
    assert extracted.parts[1].text.splitlines() == ["关于某项工作的通知", "各单位：", "姓名\t身份证号\t手机",
                                                    "张三\t110101199003074733\t13800138000"]
    assert Engine().scan_parts(extracted.parts).verdict == "block"


def test_ods_sheets_are_parts(tmp_path: Path) -> None:
    doc = OpenDocumentSpreadsheet()
    table = Table(name="人员")
    tr = TableRow()
    for value in PEOPLE[1]:
        cell = TableCell(valuetype="string")
        cell.addElement(P(text=value))
        tr.addElement(cell)
    table.addElement(tr)
    doc.spreadsheet.addElement(table)
    doc.save(str(tmp_path / "people.ods"))
    extracted = extract_file(tmp_path / "people.ods")
    assert extracted.kind == "ods"
    assert extracted.parts[0].where == {"part": "sheet", "sheet": "人员"}
    assert extracted.parts[0].text == "张三\t110101199003074733\t13800138000"
