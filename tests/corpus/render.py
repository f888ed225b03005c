"""Text to a picture (Pillow, the Noto CJK faces) and to a .docx (python-docx): one text, each source kind.

The image regression set draws its layouts with these helpers; `page_png` and `docx_bytes` turn a plain
text into a plain page, so the class corpus can be scanned as a picture and as an office file too.
"""

from __future__ import annotations

import io
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFont

FONT_DIR = "/usr/share/fonts/opentype/noto"
DEJAVU_MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"

Img = Image.Image


@lru_cache(maxsize=48)  # each face object maps the whole ~20 MB collection: keep only the recent sizes
def font(size: int, face: str = "sans", bold: bool = False) -> ImageFont.FreeTypeFont:
    """face: sans (黑体-like), serif (宋体-like), mono (Sans Mono CJK), dejavu (Latin code font)."""
    size = max(6, int(size))
    if face == "dejavu":
        return ImageFont.truetype(DEJAVU_MONO, size)
    family = "Serif" if face == "serif" else "Sans"
    index = 7 if face == "mono" else 2
    return ImageFont.truetype(f"{FONT_DIR}/Noto{family}CJK-{'Bold' if bold else 'Regular'}.ttc", size, index=index)


def text_width(text: str, f: ImageFont.FreeTypeFont, tracking: float = 0.0) -> int:
    return int(f.getlength(text) + tracking * f.size * max(0, len(text) - 1))


def put(d: ImageDraw.ImageDraw, xy: tuple[float, float], text: str, f: ImageFont.FreeTypeFont,
        fill: tuple[int, int, int] = (25, 25, 25), tracking: float = 0.0) -> int:
    """Draw text (optionally letter-spaced); returns the x after it."""
    x, y = xy
    if not tracking:
        d.text((x, y), text, font=f, fill=fill)
        return int(x + f.getlength(text))
    for ch in text:
        d.text((x, y), ch, font=f, fill=fill)
        x += f.getlength(ch) + tracking * f.size
    return int(x)


def wrap(text: str, f: ImageFont.FreeTypeFont, width: float) -> list[str]:
    lines, line = [], ""
    for ch in text:
        if f.getlength(line + ch) > width and line:
            lines.append(line)
            line = ""
        line += ch
    return [*lines, line] if line else lines


def encode(im: Img, fmt: str = "PNG", quality: int = 90) -> bytes:
    buf = io.BytesIO()
    if fmt == "JPEG":
        im.convert("RGB").save(buf, "JPEG", quality=quality)
    else:
        im.save(buf, "PNG", compress_level=1)
    return buf.getvalue()


def page_png(text: str, width: int = 1240, size: int = 30, margin: int = 80) -> bytes:
    """The text as a plain white page, black Noto Sans CJK, long lines wrapped; empty lines kept."""
    f = font(size)
    lines = [piece for line in text.expandtabs(4).splitlines() for piece in (wrap(line, f, width - 2 * margin) or [""])]
    step = int(size * 1.6)
    im = Image.new("RGB", (width, max(2 * margin + step * len(lines), width // 2)), "white")
    d = ImageDraw.Draw(im)
    for i, line in enumerate(lines):
        put(d, (margin, margin + i * step), line, f)
    return encode(im)


def docx_bytes(text: str) -> bytes:
    """The text as a real .docx, one paragraph a line (python-docx)."""
    from docx import Document

    doc = Document()
    for line in text.splitlines():
        doc.add_paragraph(line)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()
