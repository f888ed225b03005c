"""Word documents: the mark wherever Word puts it (header, text box), tables as lists, comments."""

from __future__ import annotations

import io
from pathlib import Path

import docx
from docx.oxml import parse_xml

from guard.engine import Engine
from guard.extract import detect_kind, extract_bytes, extract_file

PEOPLE = [("张三", "110101199003074733", "13800138000"), ("李四", "440301199001011218", "13900139000")]
NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:v="urn:schemas-microsoft-com:vml"')


def save(document: docx.document.Document, path: Path) -> Path:
    document.save(str(path))
    return path


def text_box_paragraph(text: str) -> str:
    """What Word writes for a text box: DrawingML in mc:Choice and the same text as VML in mc:Fallback."""
    box = f"<w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent>"
    return (f"<w:p {NS}><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wps:txbx>{box}"
            f"</wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>{box}</v:textbox>"
            "</v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>")


def test_a_mark_only_in_the_page_header_is_read_first_and_blocks(tmp_path: Path) -> None:
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "机密★1年"
    document.add_paragraph("关于做好某项工作的通知")
    document.add_paragraph("各单位：")
    document.add_paragraph("现将有关事项通知如下。")
    extracted = extract_file(save(document, tmp_path / "notice.docx"))
    assert extracted.kind == "docx"
    assert extracted.parts[0].where == {"part": "header"}
    assert "机密★1年" in extracted.parts[0].text
    assert Engine().scan_parts(extracted.parts).verdict == "block"


def test_first_page_and_even_headers_are_read(tmp_path: Path) -> None:
    document = docx.Document()
    section = document.sections[0]
    section.different_first_page_header_footer = True
    section.first_page_header.paragraphs[0].text = "秘密★6个月"
    section.header.paragraphs[0].text = "普通页眉"
    document.add_paragraph("正文")
    parts = extract_file(save(document, tmp_path / "first.docx")).parts
    headers = [p.text for p in parts if p.where["part"] == "header"]
    assert headers[0] == "秘密★6个月"
    assert "普通页眉" in headers


def test_a_mark_in_a_text_box_is_read_once(tmp_path: Path) -> None:
    document = docx.Document()
    document.element.body.insert(0, parse_xml(text_box_paragraph("绝密★启用前")))
    document.add_paragraph("2026年某某考试试卷")
    extracted = extract_file(save(document, tmp_path / "exam.docx"))
    boxes = [p for p in extracted.parts if p.where["part"] == "textbox"]
    assert [p.text for p in boxes] == ["绝密★启用前"]
    assert sum(p.text.count("绝密") for p in extracted.parts) == 1
    assert Engine().scan_parts(extracted.parts).verdict == "block"


def test_a_table_of_people_keeps_each_row_as_a_line_of_cells(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("返乡人员名单")
    table = document.add_table(rows=len(PEOPLE), cols=3)
    for r, row in enumerate(PEOPLE):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    document.add_paragraph("以上人员请各社区跟踪。")
    body = extract_file(save(document, tmp_path / "list.docx")).parts[0]
    rows = ["\t".join(PEOPLE[0]), "\t".join(PEOPLE[1])]
    assert body.text.splitlines() == ["返乡人员名单", *rows, "以上人员请各社区跟踪。"]


def test_comments_and_footers_are_their_own_parts(tmp_path: Path) -> None:
    document = docx.Document()
    paragraph = document.add_paragraph("会议纪要正文")
    document.add_comment(paragraph.runs, text="此段涉及工作秘密，勿外传", author="王五")
    document.sections[0].footer.paragraphs[0].text = "内部资料 注意保存"
    parts = extract_file(save(document, tmp_path / "minutes.docx")).parts
    assert [p.where["part"] for p in parts] == ["body", "comment", "footer"]
    assert parts[1].where["author"] == "王五"
    assert parts[1].text == "此段涉及工作秘密，勿外传"


def test_a_renamed_docx_is_still_read_as_docx(tmp_path: Path) -> None:
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "机密★1年"
    path = save(document, tmp_path / "holiday-photos.txt")
    assert detect_kind(path) == "docx"
    extracted = extract_file(path)
    assert extracted.kind == "docx"
    assert Engine().scan_parts(extracted.parts).verdict == "block"


def test_embedded_pictures_are_handed_on_for_ocr(tmp_path: Path) -> None:
    from PIL import Image

    picture = tmp_path / "photo.png"
    Image.new("RGB", (64, 32), "red").save(picture)
    document = docx.Document()
    document.add_picture(str(picture))
    buf = io.BytesIO()
    document.save(buf)
    extracted = extract_bytes(buf.getvalue(), "x.docx")
    assert len(extracted.images) == 1
    assert extracted.images[0].where["part"] == "image"
    assert extracted.images[0].data.startswith(b"\x89PNG")
