"""Rendered classification marks and the character aligner behind `build_ocr_confusions.py`.

Kept apart from the build script so a test can render one of the build's own conditions, read it with the
real engine and check the aligner's substitutions against the committed table.
"""

from __future__ import annotations

import io
import subprocess
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cache

from PIL import Image, ImageDraw, ImageFilter, ImageFont

RED = (214, 24, 28)
BODY = "为深入贯彻落实安全生产工作部署，进一步压实各级各部门责任，切实防范化解重大风险，现将有关事项通知如下。" \
       "各单位要把安全生产摆在突出位置，主要负责同志要亲自研究部署，层层传导压力，建立问题清单，明确整改时限。"


@dataclass(frozen=True, slots=True)
class Spec:
    """One render: what is written and how badly it is reproduced."""

    mark: str  # level★period, e.g. 机密★1年
    copy_no: str  # 000123
    urgency: str  # 特急 / 加急 / "" (none)
    font: str  # a key of fonts()
    size: int  # glyph size in pixels
    blur: float  # Gaussian sigma, 0 = sharp
    rescale: float  # downscaled to this factor and back up, 1 = untouched
    jpeg: int  # JPEG quality, 0 = PNG
    layout: str  # "crop" (the strip above the red header) or "page" (the top of a page with header and body)

    def truth(self) -> list[tuple[str, str]]:
        """(kind, text) of the lines the table counts; body text is drawn but not counted."""
        lines = [("copy", self.copy_no), ("mark", self.mark)] + ([("urgency", self.urgency)] if self.urgency else [])
        if self.layout == "page":
            lines += [("header", "某市人民政府文件"), ("docno", "某政发〔2026〕12号")]
        return lines


@cache
def fonts() -> dict[str, tuple[str, int]]:
    """Simplified-Chinese faces present (fontconfig): name -> (file, collection index). Noto Sans CJK stands
    in for 黑体, Noto Serif CJK for 仿宋/宋体; any FangSong or Kai face found is used as well."""
    out = subprocess.run(["fc-list", ":lang=zh", "file", "family", "style", "index"], capture_output=True,
                         text=True, check=False).stdout
    found: dict[str, tuple[str, int]] = {}
    for row in sorted(out.splitlines()):
        path, _, rest = row.partition(": ")
        fields = dict(f.split("=", 1) for f in rest.split(":") if "=" in f)
        family = fields.get("family", rest.split(":")[0]).split(",")[0].strip()
        style = fields.get("style", "Regular").split(",")[0].strip()
        wanted = family in ("Noto Sans CJK SC", "Noto Serif CJK SC") and style in ("Regular", "Bold")
        wanted |= any(k in family.lower() for k in ("kai", "fangsong", "fang song")) or any(
            k in family for k in ("仿宋", "楷"))
        if wanted:
            found.setdefault(f"{family} {style}", (path, int(fields.get("index", "0"))))
    return found


@cache
def _font(name: str, size: int) -> ImageFont.FreeTypeFont:
    path, index = fonts()[name]
    return ImageFont.truetype(path, size, index=index)


def render(spec: Spec) -> bytes:
    """PNG or JPEG bytes of the spec, degraded as it says."""
    f = _font(spec.font, spec.size)
    gap = round(spec.size * 1.9)
    lines = [("copy", spec.copy_no), ("mark", spec.mark)] + ([("urgency", spec.urgency)] if spec.urgency else [])
    width = spec.size * 34 + 80 if spec.layout == "page" else spec.size * 16 + 60
    height = gap * len(lines) + 30 + (spec.size * 17 if spec.layout == "page" else 0)
    im = Image.new("RGB", (width, height), (255, 255, 255))
    draw = ImageDraw.Draw(im)
    x, y = 40, 16
    for _kind, text in lines:
        draw.text((x, y), text, font=f, fill=(24, 24, 24))
        y += gap
    if spec.layout == "page":
        big = _font(spec.font, round(spec.size * 2.2))
        title = "某市人民政府文件"
        draw.text(((width - big.getlength(title)) / 2, y), title, font=big, fill=RED)
        y += round(spec.size * 3.4)
        number = "某政发〔2026〕12号"
        draw.text(((width - f.getlength(number)) / 2, y), number, font=f, fill=(24, 24, 24))
        y += gap
        draw.rectangle((x - 10, y, width - x + 10, y + 2), fill=RED)
        y += spec.size
        per_line = (width - 2 * x) // spec.size
        for i in range(0, min(len(BODY), per_line * 5), per_line):
            draw.text((x, y), BODY[i:i + per_line], font=f, fill=(24, 24, 24))
            y += round(spec.size * 1.7)
    if spec.blur:
        im = im.filter(ImageFilter.GaussianBlur(spec.blur))
    if spec.rescale != 1:
        small = im.resize((round(width * spec.rescale), round(height * spec.rescale)), Image.Resampling.BILINEAR)
        im = small.resize((width, height), Image.Resampling.BILINEAR)
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=spec.jpeg) if spec.jpeg else im.save(buf, "PNG")
    return buf.getvalue()


def match_lines(truths: list[str], reads: list[str], floor: float = 0.34) -> list[str | None]:
    """The read line each true line became (greedy by similarity, each read line used once), None when
    no read line is similar enough: the line was not found, which is not a character confusion."""
    scored = sorted(((SequenceMatcher(None, t, r, autojunk=False).ratio(), i, j)
                     for i, t in enumerate(truths) for j, r in enumerate(reads)), reverse=True)
    out: list[str | None] = [None] * len(truths)
    used: set[int] = set()
    for ratio, i, j in scored:
        if ratio >= floor and out[i] is None and j not in used:
            out[i] = reads[j]
            used.add(j)
    return out


def align(truth: str, read: str) -> list[tuple[str, str, str]]:
    """(kind, true, printed) edits: kind is equal, sub (1:1, 1:2 and 2:1), drop, insert, or garbled (a
    longer unequal block, not attributed to single characters)."""
    edits: list[tuple[str, str, str]] = []
    for op, i0, i1, j0, j1 in SequenceMatcher(None, truth, read, autojunk=False).get_opcodes():
        a, b = truth[i0:i1], read[j0:j1]
        if op == "equal":
            edits += [("equal", ch, ch) for ch in a]
        elif op == "delete":
            edits += [("drop", ch, "") for ch in a]
        elif op == "insert":
            edits += [("insert", "", ch) for ch in b]
        elif len(a) == len(b):
            edits += [("sub", x, y) for x, y in zip(a, b, strict=True)]
        elif (len(a), len(b)) in ((1, 2), (2, 1)):
            edits.append(("sub", a, b))
        else:
            edits.append(("garbled", a, b))
    return edits
