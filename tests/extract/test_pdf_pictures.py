"""PDF pages that have a text layer and pictures: the pictures are rendered for OCR too (without the text,
which is read from the layer), once per distinct picture, within the caps; big pages fit the pixel cap."""

from __future__ import annotations

import io

import numpy as np
import pytest
from fpdf import FPDF
from PIL import Image, ImageDraw
from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, DecodedStreamObject, DictionaryObject, FloatObject, NameObject, NumberObject

from guard.extract import extract_bytes
from guard.extract.base import Limits

WORDS = "Please find the attached pages."


def pattern(size: tuple[int, int] = (1200, 800)) -> bytes:
    """A white picture with a black block in its upper left quarter (easy to find in a render)."""
    image = Image.new("RGB", size, "white")
    ImageDraw.Draw(image).rectangle((0, 0, size[0] // 2 - 1, size[1] // 2 - 1), fill="black")
    buf = io.BytesIO()
    image.save(buf, "PNG")
    return buf.getvalue()


def white(size: tuple[int, int] = (1200, 800)) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", size, "white").save(buf, "PNG")
    return buf.getvalue()


def pdf_with(pages: list[list[tuple[bytes, float, float, float]]], words: str = WORDS, *,
             text_over: bool = False) -> bytes:
    """Pages with a line of text and pictures (png, x, y, width in mm); `text_over` puts the words on top
    of the first picture."""
    pdf = FPDF()
    pdf.set_font("helvetica", size=14)
    for pictures in pages:
        pdf.add_page()
        for png, x, y, w in pictures:
            pdf.image(io.BytesIO(png), x=x, y=y, w=w)
        if text_over and pictures:
            pdf.set_xy(pictures[0][1] + 5, pictures[0][2] + 5)
        if words:
            pdf.cell(text=words)
    return bytes(pdf.output())


def rewritten(data: bytes, change) -> bytes:  # type: ignore[no-untyped-def]
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    for page in writer.pages:
        change(writer, page)
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def rendered(data: bytes) -> np.ndarray:
    with Image.open(io.BytesIO(data)) as image:
        return np.asarray(image.convert("L"))


def test_the_picture_on_a_page_with_a_few_words_is_rendered_for_ocr() -> None:
    extracted = extract_bytes(pdf_with([[(pattern(), 10, 30, 120)]]), "report.pdf")
    assert extracted.parts[0].text.strip() == WORDS
    assert [image.where for image in extracted.images] == [{"part": "page", "page": 1, "pictures": True}]
    render = rendered(extracted.images[0].data)
    assert render.shape[1] >= 1200  # at the picture's own resolution, not 200 dpi of the page
    dark = (render < 128).mean()
    assert 0.2 < dark < 0.3  # the picture (a quarter black) and not much else: cropped to it
    assert extracted.notes == []


def test_the_text_layer_is_not_rendered_again() -> None:
    extracted = extract_bytes(pdf_with([[(white(), 10, 30, 120)]], text_over=True), "over.pdf")
    assert extracted.parts[0].text.strip() == WORDS
    assert (rendered(extracted.images[0].data) < 200).sum() == 0  # the words were removed before the render


def test_a_picture_on_every_page_is_read_once() -> None:
    logo = pattern((600, 200))
    extracted = extract_bytes(pdf_with([[(logo, 10, 30, 60)]] * 5), "letters.pdf")
    assert [image.where["page"] for image in extracted.images] == [1]
    assert extracted.notes == []


def test_icons_too_small_to_hold_text_are_not_rendered() -> None:
    extracted = extract_bytes(pdf_with([[(pattern((16, 16)), 10, 30, 1.5)]]), "icon.pdf")
    assert extracted.images == []


@pytest.mark.parametrize("rotate", [90, 180, 270])
def test_the_crop_follows_a_rotated_page(rotate: int) -> None:
    data = rewritten(pdf_with([[(pattern(), 40, 120, 100)]]), lambda w, page: page.rotate(rotate))
    render = rendered(extract_bytes(data, "rotated.pdf").images[0].data)
    assert 0.2 < (render < 128).mean() < 0.3


def wrap_in_form(writer: PdfWriter, page) -> None:  # type: ignore[no-untyped-def]
    """Move the page's content into a Form XObject drawn at half size (as stamping tools do)."""
    form = DecodedStreamObject()
    form.set_data(page.get_contents().get_data())
    form.update({NameObject("/Type"): NameObject("/XObject"), NameObject("/Subtype"): NameObject("/Form"),
                 NameObject("/BBox"): ArrayObject([FloatObject(0), FloatObject(0), FloatObject(595),
                                                   FloatObject(842)]),
                 NameObject("/Resources"): page["/Resources"]})
    page[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/XObject"): DictionaryObject({NameObject("/Fm0"): writer._add_object(form)})})
    content = DecodedStreamObject()
    content.set_data(b"q 0.5 0 0 0.5 100 100 cm /Fm0 Do Q")
    page[NameObject("/Contents")] = writer._add_object(content)


def test_a_picture_inside_a_form_xobject_is_rendered() -> None:
    data = rewritten(pdf_with([[(pattern(), 10, 30, 120)]]), wrap_in_form)
    extracted = extract_bytes(data, "stamped.pdf")
    assert extracted.parts and extracted.parts[0].text.strip() == WORDS
    render = rendered(extracted.images[0].data)
    assert (render < 128).sum() > 0.15 * render.size  # the picture is in the render (the form's area)


def huge_header_image(writer: PdfWriter, page) -> None:  # type: ignore[no-untyped-def]
    """Replace the page's picture by one whose header claims 20000x20000 pixels (400 MP)."""
    xobjects = page["/Resources"]["/XObject"]
    name = next(iter(xobjects))
    bomb = DecodedStreamObject()
    bomb.set_data(b"\xff" * 100)
    bomb.update({NameObject("/Type"): NameObject("/XObject"), NameObject("/Subtype"): NameObject("/Image"),
                 NameObject("/Width"): NumberObject(20000), NameObject("/Height"): NumberObject(20000),
                 NameObject("/ColorSpace"): NameObject("/DeviceGray"),
                 NameObject("/BitsPerComponent"): NumberObject(8)})
    xobjects[NameObject(name)] = writer._add_object(bomb)


@pytest.mark.parametrize("words", [WORDS, ""], ids=["text-page", "scanned-page"])
def test_a_picture_too_large_to_decode_is_a_note_not_a_render(words: str) -> None:
    data = rewritten(pdf_with([[(pattern(), 10, 30, 120)]], words), huge_header_image)
    extracted = extract_bytes(data, "bomb.pdf")
    assert extracted.images == []
    assert extracted.notes == ["page 1 holds a picture of 20000×20000 pixels, too large to decode safely: its "
                               "pictures were not checked"]


def test_an_a0_scan_is_rendered_to_fit_the_pixel_cap() -> None:
    scan = Image.new("L", (2480, 3508), 255)  # an A0 sheet scanned at 75 dpi, saved as PDF
    ImageDraw.Draw(scan).rectangle((100, 100, 1000, 300), fill=0)
    buf = io.BytesIO()
    scan.save(buf, "PDF", resolution=75)
    limits = Limits()
    extracted = extract_bytes(buf.getvalue(), "a0.pdf", limits)
    assert [image.where for image in extracted.images] == [{"part": "page", "page": 1, "scanned": True}]
    height, width = rendered(extracted.images[0].data).shape
    assert width * height <= limits.max_pixels
    assert width * height > 0.95 * limits.max_pixels  # as much detail as the cap allows (A0 at 200 dpi is 62 MP)
    assert extracted.notes == []


def test_renders_past_the_ocr_page_cap_are_a_note() -> None:
    pages = [[(pattern((400 + n, 300)), 10, 30, 100)] for n in range(4)]  # four different pictures
    extracted = extract_bytes(pdf_with(pages), "album.pdf", Limits(max_ocr_pages=2))
    assert [image.where["page"] for image in extracted.images] == [1, 2]
    assert extracted.notes == ["2 more pages with pictures or scans not rendered for OCR (limit 2): not checked"]


def test_renders_past_the_memory_limit_are_a_note() -> None:
    import random

    rng = random.Random(3)
    noise = []
    for _ in range(3):
        buf = io.BytesIO()
        Image.frombytes("L", (1000, 1000), rng.randbytes(1_000_000)).save(buf, "PNG")
        noise.append(buf.getvalue())
    pages = [[(picture, 10, 30, 150)] for picture in noise]
    extracted = extract_bytes(pdf_with(pages), "noise.pdf", Limits(max_unpacked_bytes=1048576))
    assert 1 <= len(extracted.images) < 3
    assert extracted.notes == [f"renders pass the memory limit of 1 MB: {3 - len(extracted.images)} more pages "
                               "with pictures or scans not rendered for OCR, not checked"]
