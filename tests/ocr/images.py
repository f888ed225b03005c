"""Test images rendered with a real CJK font: official-document screenshots, photos of them, dense screens.

Each maker returns a `Rendered` with the PNG/JPEG bytes and where the interesting things were drawn (the
mark line, the red header band, the red rule), so tests can check boxes against what was really drawn.
"""

from __future__ import annotations

import glob
import io
from dataclasses import dataclass, field
from functools import cache

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

Box = tuple[int, int, int, int]
RED = (214, 24, 28)
BODY = ("为深入贯彻落实安全生产工作部署，进一步压实各级各部门责任，切实防范化解重大风险，现将有关事项通知如下。",
        "一、提高思想认识。各单位要把安全生产摆在突出位置，主要负责同志要亲自研究部署，层层传导压力。",
        "二、强化隐患排查。要组织力量对重点行业领域开展全覆盖检查，建立问题清单，明确整改时限和责任人。",
        "三、加强应急值守。严格执行领导带班和二十四小时值班制度，遇有突发情况按规定及时报告，不得迟报漏报。",
        "四、狠抓工作落实。各区县、各部门要结合实际制定具体措施，于每月底前将工作进展情况报送市应急管理局。")
PLAIN = ("社区春季运动会将于下周六上午在中心广场举行，欢迎居民朋友踊跃报名参加。",
         "比赛项目包括拔河、跳绳、接力跑和亲子趣味游戏，每户家庭最多报名三个项目。",
         "报名时间为本周一至周五每天上午九点到下午五点，地点在社区服务中心一楼大厅。",
         "活动当天请穿运动鞋并自带饮用水，现场将提供简单的医疗保障和休息区域。",
         "如有疑问请咨询社区工作人员，我们期待与大家共同度过一个健康快乐的周末。")


@cache
def font(size: int, serif: bool = False, bold: bool = False) -> ImageFont.FreeTypeFont:
    """Noto CJK, Simplified Chinese face (index 2 of the collection); the test needs real glyphs."""
    name = f"Noto{'Serif' if serif else 'Sans'}CJK-{'Bold' if bold else 'Regular'}.ttc"
    paths = glob.glob(f"/usr/share/fonts/**/{name}", recursive=True)
    if not paths:
        raise FileNotFoundError(f"{name} not found (Debian: apt install fonts-noto-cjk)")
    return ImageFont.truetype(paths[0], size, index=2)


@dataclass
class Rendered:
    image: Image.Image
    boxes: dict[str, Box] = field(default_factory=dict)  # what was drawn where, in image pixels

    def png(self) -> bytes:
        buf = io.BytesIO()
        self.image.save(buf, "PNG")
        return buf.getvalue()

    def jpeg(self, quality: int = 60) -> bytes:
        buf = io.BytesIO()
        self.image.convert("RGB").save(buf, "JPEG", quality=quality)
        return buf.getvalue()


def _text(draw: ImageDraw.ImageDraw, xy: tuple[int, int], text: str, f: ImageFont.FreeTypeFont,
          fill: tuple[int, int, int] = (20, 20, 20)) -> Box:
    draw.text(xy, text, font=f, fill=fill)
    x0, y0, x1, y1 = draw.textbbox(xy, text, font=f)
    return (x0, y0, x1 - x0, y1 - y0)


def _wrap(text: str, f: ImageFont.FreeTypeFont, width: int) -> list[str]:
    lines, line = [], ""
    for ch in text:
        if f.getlength(line + ch) > width:
            lines.append(line)
            line = ""
        line += ch
    return [*lines, line] if line else lines


def document_screen(marked: bool = True, red_header: bool = True, size: tuple[int, int] = (1920, 1080)) -> Rendered:
    """A word-processor window showing page one of an official document (GB/T 9704 layout)."""
    w, h = size
    im = Image.new("RGB", size, (222, 224, 228))
    d = ImageDraw.Draw(im)
    d.rectangle((0, 0, w, 56), fill=(246, 246, 248))
    _text(d, (24, 16), "文件  编辑  视图  插入  格式  工具  帮助", font(18))
    px0, px1 = w // 2 - 470, w // 2 + 470
    d.rectangle((px0, 76, px1, h), fill=(255, 255, 255))
    left, right, y = px0 + 110, px1 - 110, 116
    boxes: dict[str, Box] = {"page": (px0, 76, px1 - px0, h - 76)}
    if marked:
        boxes["copy_number"] = _text(d, (left, y), "000123", font(22))
        boxes["mark"] = _text(d, (left, y + 36), "机密★1年", font(24, bold=True))
        boxes["urgency"] = _text(d, (left, y + 74), "特急", font(24, bold=True))
    y += 128
    if red_header:
        f = font(60, serif=True, bold=True)
        title = "××市人民政府文件"
        x = (px0 + px1 - int(f.getlength(title))) // 2
        boxes["red_header"] = _text(d, (x, y), title, f, fill=RED)
        y += 100
        number = "×政发〔2026〕12号"
        boxes["doc_number"] = _text(d, ((px0 + px1 - int(font(22).getlength(number))) // 2, y), number, font(22))
        y += 46
        d.rectangle((left - 10, y, right + 10, y + 3), fill=RED)
        boxes["red_rule"] = (left - 10, y, right - left + 21, 4)
        y += 34
    title = "关于做好2026年安全生产工作的通知" if red_header or marked else "关于举办社区春季运动会的通知"
    f = font(30, serif=True, bold=True)
    boxes["title"] = _text(d, ((px0 + px1 - int(f.getlength(title))) // 2, y), title, f)
    y += 64
    _text(d, (left, y), "各区县人民政府，市政府各部门：" if red_header else "各位居民朋友：", font(21))
    y += 40
    for para in BODY if red_header or marked else PLAIN:
        for line in _wrap("　　" + para, font(21), right - left):
            if y > h - 40:
                break
            _text(d, (left, y), line, font(21))
            y += 38
    return Rendered(im, boxes)


def plain_screen() -> Rendered:
    """An unmarked page (a community notice): nothing to block."""
    return document_screen(marked=False, red_header=False)


def perspective_coeffs(dst: list[tuple[float, float]], src: list[tuple[float, float]]) -> list[float]:
    rows = []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    return list(np.linalg.solve(np.array(rows, float), np.array(src, float).reshape(8)))


def photo_of(shot: Rendered, size: tuple[int, int] = (1600, 1200), blur: float = 1.0,
             quality: int = 60, skew: float = 0.03) -> bytes:
    """A phone photo of the page on screen: slight perspective, blur, uneven light, JPEG at `quality`."""
    page = shot.image.crop((shot.boxes["page"][0] - 40, 40, shot.boxes["page"][0] + shot.boxes["page"][2] + 40,
                            shot.image.size[1]))
    page = page.resize(size, Image.Resampling.BICUBIC)
    w, h = size
    k = skew
    src = [(0, 0), (w, 0), (w, h), (0, h)]
    dst = [(w * k, h * k * 0.5), (w * (1 - k * 0.4), 0), (w, h), (0, h * (1 - k))]
    page = page.transform(size, Image.Transform.PERSPECTIVE, perspective_coeffs(dst, src),
                          Image.Resampling.BICUBIC, fillcolor=(90, 90, 95))
    page = page.filter(ImageFilter.GaussianBlur(blur))
    arr = np.asarray(page, dtype=np.float32)
    light = np.linspace(1.0, 0.7, w, dtype=np.float32)[None, :, None] * np.linspace(0.95, 0.8, h,
                                                                                      dtype=np.float32)[:, None, None]
    noise = np.random.default_rng(7).normal(0, 4, arr.shape).astype(np.float32)
    page = Image.fromarray(np.clip(arr * light + noise, 0, 255).astype(np.uint8))
    return Rendered(page).jpeg(quality)


def dense_screen(size: tuple[int, int] = (1920, 1080)) -> Rendered:
    """A screen packed with small text (a spreadsheet or log): the slow case for full OCR."""
    im = Image.new("RGB", size, (255, 255, 255))
    d = ImageDraw.Draw(im)
    f = font(14)
    text = "".join(PLAIN + BODY)
    y, i = 8, 0
    while y < size[1] - 20:
        line = text[i % len(text):] + text
        d.text((8, y), line[:130], font=f, fill=(30, 30, 30))
        y, i = y + 20, i + 37
    return Rendered(im)


def png_bomb_header(width: int = 100_000, height: int = 100_000) -> bytes:
    """A tiny PNG whose header claims a huge size: decoding it naively would need ~30 GB."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\0" * 1024)) + \
        chunk(b"IEND", b"")
