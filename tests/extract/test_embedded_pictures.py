"""Pictures inside documents and chat files count with every frame; OpenDocument pictures are read too."""

from __future__ import annotations

import io

import docx
from PIL import Image

from guard.extract import extract_bytes
from tests.extract.test_frames import picture, saved


def test_every_page_of_a_tiff_pasted_into_a_docx_is_handed_on() -> None:
    tiff = saved([picture("page one"), picture("page two")], "TIFF")
    document = docx.Document()
    document.add_paragraph("请查收扫描件。")
    document.add_picture(io.BytesIO(saved([picture("cover")], "PNG")))
    document.save(buf := io.BytesIO())
    data = _with_member(buf.getvalue(), "word/media/scan.tiff", tiff)
    extracted = extract_bytes(data, "report.docx")
    pages = [image.where for image in extracted.images if image.where["name"] == "word/media/scan.tiff"]
    assert pages == [{"part": "image", "name": "word/media/scan.tiff", "page": 1},
                     {"part": "image", "name": "word/media/scan.tiff", "page": 2}]
    assert len(extracted.images) == 3


def _with_member(package: bytes, name: str, data: bytes) -> bytes:
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(package)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info, src.read(info))
        dst.writestr(name, data)
    return out.getvalue()


def test_a_picture_in_an_odt_is_handed_on_for_ocr() -> None:
    from odf.draw import Frame
    from odf.draw import Image as DrawImage
    from odf.opendocument import OpenDocumentText
    from odf.text import P

    document = OpenDocumentText()
    document.text.addElement(P(text="请查收附图。"))
    href = document.addPicture("Pictures/page.png", "image/png", saved([picture("a page")], "PNG"))
    frame = Frame(width="10cm", height="4cm", anchortype="paragraph")
    frame.addElement(DrawImage(href=href))
    paragraph = P()
    paragraph.addElement(frame)
    document.text.addElement(paragraph)
    document.save(buf := io.BytesIO())
    extracted = extract_bytes(buf.getvalue(), "note.odt")
    assert extracted.parts[0].text.startswith("请查收附图")
    assert [image.where for image in extracted.images] == [{"part": "image", "name": "Pictures/page.png"}]
    with Image.open(io.BytesIO(extracted.images[0].data)) as image:
        assert image.size == (320, 120)


def test_every_frame_of_a_gif_sent_in_wechat_is_handed_on() -> None:
    gif = saved([picture("first"), picture("second")], "GIF", duration=40)
    dat = bytes(b ^ 0x5A for b in gif)  # the old WeChat format: the picture XORed with one byte
    extracted = extract_bytes(dat, "3f2a9c.dat")
    assert extracted.kind == "wechat_dat"
    assert [image.where for image in extracted.images] == [
        {"part": "image", "frame": 1, "wechat_dat": "xor", "format": "gif"},
        {"part": "image", "frame": 2, "wechat_dat": "xor", "format": "gif"}]
