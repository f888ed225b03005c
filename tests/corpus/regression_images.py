# ruff: noqa: E501
"""Regression set of images (was tests/heldout_images): document pages, screenshots, chats, photos, marked or not.

The OCR pipeline has been tuned against it, so it guards regressions; it is not held out.

Written from docs/labels.md (what marks look like, what harmless look-alikes exist), not from
the detectors, and independent of tests/ocr/images.py's fixed layouts. Every sample renders from its own
seed, so `build_corpus()` is deterministic and a sample can be rendered alone (`Sample.render()`).
Samples are `tests.corpus.sample.Sample` records with `id`, `group`, `mark`, `seed` and `make`.

Groups and labels:
  screen   (block)     the mark is on a screen-like image: a page render, a viewer window, a snip, a chat
  photo    (block)     a phone photo of a marked page or screen: perspective, blur, JPEG 50-70, uneven light
  harmless (harmless)  leak-case news, training notices, public documents, chats, spreadsheets, code

Mark styles (`Sample.mark`): star (`机密★1年` ...), exam (`绝密★启用前`), bare (`秘密` alone, 份号 above),
telegram (密码电报 head with 等级), docnum (a 发文字号 with 密 in the issuer code, no other mark).
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from tests.ocr.images import perspective_coeffs

from .render import Img, encode, font, put, text_width, wrap
from .sample import Sample

SEED = 31337
RED = (206, 22, 30)



# ---------------------------------------------------------------------------------------------- vocabulary

PLACES = [("江州市", "江"), ("临川市", "临"), ("云港市", "云"), ("青河县", "青"), ("安平市", "安"), ("东陵区", "东陵"),
          ("南浔市", "浔"), ("北屿县", "屿"), ("西岭市", "岭"), ("宁川市", "宁"), ("滨海新区", "滨"), ("华阳市", "华")]
ORGANS = [("人民政府", "政"), ("人民政府办公室", "政办"), ("公安局", "公"), ("发展和改革委员会", "发改"),
          ("卫生健康委员会", "卫健"), ("应急管理局", "应急"), ("国家安全局", "安"), ("财政局", "财"),
          ("教育局", "教"), ("委员会办公室", "委办"), ("人民武装部", "武")]
TOPICS = ["加强重要目标安全保卫工作", "做好重大活动期间安保工作", "调整突发事件应急处置预案", "开展专项整治行动",
          "加强边境管控工作", "做好防汛抗旱应急准备", "开展重点人员排查", "做好干部调整有关工作",
          "推进国有企业重组整合", "处置群体性事件有关情况", "做好涉外重大活动服务保障", "加强网络安全重点保障"]
ADDRESSEES = ["各县（市、区）人民政府，市政府各部门：", "各县（市、区）公安局，局属各单位：", "各区委、各部委办局：",
              "市直有关单位：", "各成员单位：", "各乡镇人民政府，县直各部门："]
BODY = ["根据上级有关部署要求，结合我市实际，现就有关事项通知如下。",
        "一、提高思想认识。各单位要充分认识做好此项工作的重要性和紧迫性，主要负责同志要亲自部署、亲自过问，确保各项任务落到实处。",
        "二、压实工作责任。要细化工作方案，明确责任分工和完成时限，建立工作台账，实行销号管理。",
        "三、加强信息报送。发生重大情况要在30分钟内电话报告、1小时内书面报告，不得迟报、漏报、瞒报。",
        "四、严格工作纪律。对工作不力、造成严重后果的，依规依纪依法严肃追究有关人员责任。",
        "五、强化统筹协调。各牵头单位要加强与成员单位的沟通衔接，定期会商研判，及时解决工作中遇到的困难和问题。",
        "请各单位于本月25日前将贯彻落实情况书面报送市委办公室，并抄送相关部门。"]
SECRET_LEVELS = ["机密", "秘密", "绝密"]
PERIODS = ["1年", "5年", "10年", "20年", "30年", "6个月", "3个月", "长期"]
URGENCY = ["特急", "加急", None, None]
NAMES = ["张伟", "王芳", "李娜", "刘洋", "陈静", "杨帆", "赵磊", "黄敏", "周杰", "吴婷", "徐强", "孙悦", "马超", "朱琳",
         "胡斌", "郭勇", "何丽", "高峰", "林晓", "罗鹏"]
CHAT_LINES = ["收到，马上处理", "好的，明天上午开会再说", "今天下午三点在三楼会议室", "大家辛苦了！", "这个材料我再看一下",
              "晚上一起吃饭吗", "周末去爬山，有人一起吗", "孩子的作业在群里发一下", "已经提交了，请查收", "谢谢领导关心",
              "明天降温，注意添衣", "快递到了，放在门卫了", "会议改到周四了", "麻烦把表格再发一遍", "[强]",
              "告诉你一个秘密，下周放假", "这本《秘密花园》挺好看的", "密码发我一下，WiFi连不上", "报销单已经签字了"]


def _doc_number(rng: random.Random, abbr: str, code: str, secret: bool) -> str:
    year = rng.choice([2025, 2026])
    n = rng.randint(1, 99)
    if secret:
        code = rng.choice([code + "密发", code + "密", "办密发", "委密", code + "密字", "委办密"])
    else:
        code = code + rng.choice(["发", "发", "函", "字", "通"])
    return f"{abbr}{code}〔{year}〕{n}号"


# ---------------------------------------------------------------------------------------------- pages


@dataclass
class PageSpec:
    copy_no: str | None = None
    mark: str | None = None
    urgency: str | None = None
    header: str | None = None  # red 发文机关标志
    doc_no: str | None = None
    signer: str | None = None
    title: str = ""
    addressee: str | None = None
    body: tuple[str, ...] = ()
    note: str | None = None  # 附注 such as （此件公开发布）
    telegram: bool = False
    header_lines: tuple[str, ...] = ()  # exam papers: lines under the mark instead of a red header


def page_spec(rng: random.Random, style: str) -> PageSpec:
    """A first page of one mark style (star, exam, bare, telegram, docnum) or harmless (training, public)."""
    place, abbr = rng.choice(PLACES)
    organ, code = rng.choice(ORGANS)
    topic = rng.choice(TOPICS)
    body = tuple(rng.sample(BODY[1:6], rng.randint(3, 5)))
    body = (BODY[0], *body, BODY[6])
    spec = PageSpec(header=f"{place}{organ}文件", title=f"关于{topic}的通知", addressee=rng.choice(ADDRESSEES),
                    body=body, urgency=rng.choice(URGENCY))
    if style == "star":
        level = rng.choice(SECRET_LEVELS)
        spec.mark = f"{level}★{rng.choice(PERIODS)}"
        spec.copy_no = f"{rng.randint(1, 999999):06d}" if rng.random() < 0.8 else None
        spec.doc_no = _doc_number(rng, abbr, code, secret=False)
    elif style == "bare":
        spec.mark = rng.choice(["秘密", "机密"])
        spec.copy_no = f"{rng.randint(1, 999999):06d}"
        spec.doc_no = _doc_number(rng, abbr, code, secret=False)
    elif style == "docnum":
        spec.doc_no = _doc_number(rng, abbr, code, secret=True)
        spec.urgency = None
    elif style == "exam":
        subject = rng.choice(["数学", "语文", "英语", "物理", "化学", "思想政治", "历史", "地理"])
        spec.mark = "绝密★启用前"
        spec.header = None
        spec.urgency = None
        spec.header_lines = (f"{rng.choice([2026, 2027])}年{place[:-1]}普通高中学业水平选择性考试", subject,
                             "本试卷共8页，满分150分。考试用时120分钟。")
        spec.title = "注意事项："
        spec.addressee = None
        spec.body = ("1．答卷前，考生务必将自己的姓名、准考证号填写在答题卡上。",
                     "2．回答选择题时，选出每小题答案后，用铅笔把答题卡上对应题目的答案标号涂黑。",
                     "3．考试结束后，将本试卷和答题卡一并交回。",
                     "一、选择题：本题共8小题，每小题5分，共40分。在每小题给出的四个选项中，只有一项是符合题目要求的。",
                     "1．已知集合A＝{x｜x²－4x＜0}，B＝{1，2，3，4，5}，则A∩B＝")
    elif style == "telegram":
        spec.telegram = True
        spec.header = "密码电报" if rng.random() < 0.7 else f"{place}委办公室密码电报"
        spec.urgency = rng.choice(["特急", "特提", "加急", "平急"])
        spec.doc_no = f"{abbr}委电〔{rng.choice([2025, 2026])}〕{rng.randint(1, 300)}号"
    elif style == "training":
        spec.title = rng.choice(["机密文件管理制度培训通知", "关于举办机密文件管理制度培训的通知",
                                 "关于开展保守国家秘密知识培训的通知"])
        spec.doc_no = _doc_number(rng, abbr, code, secret=False) if rng.random() < 0.6 else None
        if spec.doc_no is None:
            spec.header = None
        spec.urgency = None
        spec.body = ("为进一步增强干部职工保密意识，提高涉密载体管理水平，经研究，决定举办机密文件管理制度培训。",
                     "一、培训时间：2026年6月12日（星期五）上午9:00。", "二、培训地点：机关三楼多功能会议室。",
                     "三、培训内容：保密法律法规、机密文件收发登记、复印和销毁管理制度、典型泄密案例警示教育。",
                     "四、参训人员：各科室负责人及文件管理员。请各单位于6月10日前报送参训人员名单。")
    elif style == "public":
        spec.doc_no = _doc_number(rng, abbr, code, secret=False)
        spec.urgency = None
        spec.title = f"关于印发{place}{rng.choice(['优化营商环境', '城市更新', '全民健身', '垃圾分类'])}实施方案的通知"
        spec.body = ("现将《实施方案》印发给你们，请认真贯彻执行。", *rng.sample(BODY[1:6], 2))
        spec.note = "（此件公开发布）"
    return spec


def render_page(spec: PageSpec, width: int, rng: random.Random, rows: float = 1.414) -> Img:
    """Page one in GB/T 9704 proportions at `width` pixels (A4 210 mm): 份号, 密级, 紧急, red header, rule..."""
    W = width
    H = int(W * rows)
    paper = rng.choice([(255, 255, 255), (255, 255, 255), (252, 251, 247), (250, 250, 250)])
    im = Image.new("RGB", (W, H), paper)
    d = ImageDraw.Draw(im)
    left, right = 0.133 * W, W - 0.124 * W
    body_px = W * rng.uniform(0.025, 0.029)
    step = body_px * rng.uniform(1.65, 1.85)
    y = 0.15 * W * rng.uniform(0.75, 1.05)
    mark_face = rng.choice(["sans", "sans", "serif"])
    body_face = rng.choice(["serif", "serif", "sans"])
    tracking = rng.choice([0.0, 0.0, 0.0, 0.15, 0.35])
    ink = rng.choice([(20, 20, 20), (0, 0, 0), (45, 45, 50)])
    if spec.telegram:
        return _telegram(im, d, spec, W, rng, body_px, ink)
    if spec.copy_no:
        put(d, (left, y), spec.copy_no, font(body_px, "sans"), ink)
        y += step
    if spec.mark:
        mark = spec.mark
        if rng.random() < 0.25 and "★" in mark:
            mark = mark.replace("1", "１").replace("6", "６").replace("5", "５")  # full-width digits, as typed in WPS
        put(d, (left, y), mark, font(body_px, mark_face, bold=True), ink, tracking)
        y += step
    if spec.urgency:
        put(d, (left, y), spec.urgency, font(body_px, mark_face, bold=True), ink, tracking)
        y += step
    for i, line in enumerate(spec.header_lines):
        f = font(body_px * (1.35 if i < 2 else 0.9), "serif" if i < 2 else body_face, bold=i < 2)
        put(d, ((W - f.getlength(line)) / 2, y + step * 0.3), line, f, ink)
        y += step * (1.6 if i < 2 else 1.2)
    if spec.header:
        y += step * rng.uniform(0.3, 1.2)
        size = min(W * rng.uniform(0.055, 0.08), (right - left) / max(1, len(spec.header)) * 0.98)
        f = font(size, "serif", bold=True)
        hw = text_width(spec.header, f, 0.08)
        put(d, ((W - hw) / 2, y), spec.header, f, RED, 0.08)
        y += size * 1.5 + step * 0.5
        if spec.doc_no:
            f = font(body_px, body_face)
            if spec.signer:
                put(d, (left + body_px, y), spec.doc_no, f, ink)
                put(d, (right - f.getlength(spec.signer), y), spec.signer, f, ink)
            else:
                put(d, ((W - f.getlength(spec.doc_no)) / 2, y), spec.doc_no, f, ink)
            y += step * 1.1
        rule_h = max(2, int(W * 0.0025))
        d.rectangle((left - 4, y, right + 4, y + rule_h), fill=RED)
        y += step * 1.2
    elif spec.doc_no:
        f = font(body_px, body_face)
        put(d, ((W - f.getlength(spec.doc_no)) / 2, y), spec.doc_no, f, ink)
        y += step * 1.5
    if spec.title:
        f = font(body_px * (1.35 if spec.addressee else 1.05), "serif", bold=True)
        for line in wrap(spec.title, f, right - left - body_px * 2):
            x = (W - f.getlength(line)) / 2 if spec.addressee else left
            put(d, (x, y), line, f, ink)
            y += f.size * 1.5
        y += step * 0.4
    f = font(body_px, body_face)
    if spec.addressee:
        put(d, (left, y), spec.addressee, f, ink)
        y += step
    for para in spec.body:
        for line in wrap("　　" + para, f, right - left):
            if y > H - step * 2:
                break
            put(d, (left, y), line, f, ink)
            y += step
    if spec.note and y < H - step * 3:
        put(d, (left + body_px * 2, y + step), spec.note, f, ink)
    return im


def _telegram(im: Img, d: ImageDraw.ImageDraw, spec: PageSpec, W: int, rng: random.Random, body_px: float,
              ink: tuple[int, int, int]) -> Img:
    """A cipher telegram form: title, then a ruled table with 发电单位, 签批, 等级, 编号, then the text."""
    left, right = 0.1 * W, W - 0.1 * W
    y = 0.08 * W
    f = font(body_px * 2.2, "serif", bold=True)
    color = RED if rng.random() < 0.6 else ink
    put(d, ((W - text_width(spec.header or "", f, 0.3)) / 2, y), spec.header or "", f, color, 0.3)
    y += f.size * 1.8
    fb = font(body_px, rng.choice(["sans", "serif"]))
    rows = [(("发电单位", rng.choice(PLACES)[0] + "委办公室"), ("签批盖章", "")),
            ((f"等级：{spec.urgency}", ""), (f"{rng.choice(['明', '密'])}电号：", spec.doc_no or "")),
            (("抄送", "各成员单位"), ("", ""))]
    if rng.random() < 0.5:
        rows[2] = (("标题", "关于" + rng.choice(TOPICS) + "的通知"), ("", ""))
    row_h = body_px * 2.2
    mid = left + (right - left) * 0.5
    d.rectangle((left, y, right, y + row_h * len(rows)), outline=color, width=2)
    for r, ((k1, v1), (k2, v2)) in enumerate(rows):
        top = y + r * row_h
        if r:
            d.line((left, top, right, top), fill=color, width=1)
        d.line((mid, top, mid, top + row_h), fill=color, width=1)
        put(d, (left + body_px * 0.5, top + row_h * 0.25), f"{k1}  {v1}".strip(), fb, ink)
        put(d, (mid + body_px * 0.5, top + row_h * 0.25), f"{k2}  {v2}".strip(), fb, ink)
    y += row_h * len(rows) + body_px * 1.5
    for para in BODY[:5]:
        for line in wrap("　　" + para, fb, right - left):
            if y > im.size[1] - body_px * 3:
                return im
            put(d, (left, y), line, fb, ink)
            y += body_px * 1.8
    return im


# ---------------------------------------------------------------------------------------------- screens

SCREENS = [(1920, 1080), (1920, 1080), (1920, 1080), (1366, 768), (1600, 900), (2560, 1440), (1440, 900), (1280, 1024)]


def _icons(d: ImageDraw.ImageDraw, x: int, y: int, n: int, size: int, rng: random.Random, until: int) -> None:
    for _ in range(n):
        if x + size > until:
            return
        c = tuple(rng.randint(60, 200) for _ in range(3))
        d.rounded_rectangle((x, y, x + size, y + size), radius=3, fill=c)
        x += size + rng.randint(6, 16)


def viewer_screen(page: Img, rng: random.Random, title: str = "") -> Img:
    """A word processor / PDF reader window with menus, toolbar, sidebar and status bar showing `page`."""
    W, H = rng.choice(SCREENS)
    s = W / 1920
    dark = rng.random() < 0.25
    bg = (58, 60, 64) if dark else rng.choice([(222, 224, 228), (205, 208, 214), (236, 236, 236), (120, 124, 130)])
    chrome = (40, 42, 46) if dark else (246, 246, 248)
    fg = (220, 220, 220) if dark else (40, 40, 40)
    im = Image.new("RGB", (W, H), bg)
    d = ImageDraw.Draw(im)
    app = rng.choice(["WPS Office", "福昕PDF阅读器", "文档查看器", "Microsoft Word", "永中Office", "数科OFD阅读器"])
    name = title or rng.choice(["通知", "文件", "附件1", "扫描件"])
    bar = int(34 * s)
    d.rectangle((0, 0, W, bar), fill=(30, 90, 170) if not dark and rng.random() < 0.4 else chrome)
    put(d, (12 * s, 7 * s), f"{name}.{rng.choice(['pdf', 'docx', 'wps', 'ofd'])} - {app}", font(17 * s), fg if dark else (30, 30, 30))
    y = bar
    menu = rng.choice(["文件  编辑  视图  插入  格式  工具  窗口  帮助", "开始  插入  页面布局  引用  审阅  视图  章节  安全",
                       "文件  主页  注释  视图  表单  保护  共享  帮助"])
    d.rectangle((0, y, W, y + int(30 * s)), fill=chrome)
    put(d, (16 * s, y + 5 * s), menu, font(16 * s), fg)
    y += int(30 * s)
    tool_h = int(rng.choice([40, 52, 88]) * s)
    d.rectangle((0, y, W, y + tool_h), fill=chrome)
    _icons(d, int(14 * s), y + int(8 * s), 40, int(min(tool_h - 16 * s, 30 * s)), rng, W - 300)
    if tool_h > 60 * s:
        put(d, (W * 0.55, y + tool_h * 0.55), rng.choice(["宋体  三号  B  I  U", "仿宋_GB2312  16  两端对齐"]), font(15 * s), fg)
    y += tool_h
    d.line((0, y, W, y), fill=(180, 180, 180))
    top = y
    status = int(26 * s)
    d.rectangle((0, H - status, W, H), fill=chrome)
    put(d, (14 * s, H - status + 4 * s), f"第1页/共{rng.randint(2, 9)}页   字数：{rng.randint(800, 4000)}   中文(中国)", font(14 * s), fg)
    x0 = 0
    if rng.random() < 0.6:  # sidebar: thumbnails or outline
        side = int(rng.choice([180, 220, 260]) * s)
        d.rectangle((0, top, side, H - status), fill=chrome)
        if rng.random() < 0.5:
            thumb = page.resize((int(side * 0.6), int(side * 0.6 * page.size[1] / page.size[0])))
            ty = top + int(16 * s)
            for i in range(3):
                if ty + thumb.size[1] > H - status:
                    break
                im.paste(thumb, (int(side * 0.2), ty))
                put(d, (side * 0.48, ty + thumb.size[1] + 2), str(i + 1), font(12 * s), fg)
                ty += thumb.size[1] + int(24 * s)
        else:
            ty = top + int(14 * s)
            put(d, (12 * s, ty), "目录", font(16 * s, bold=True), fg)
            for item in ["一、提高思想认识", "二、压实工作责任", "三、加强信息报送", "四、严格工作纪律", "附件"]:
                ty += int(30 * s)
                put(d, (22 * s, ty), item, font(14 * s), fg)
        x0 = side
    if rng.random() < 0.2:  # right-hand pane
        pane = int(240 * s)
        d.rectangle((W - pane, top, W, H - status), fill=chrome)
        put(d, (W - pane + 12 * s, top + 12 * s), rng.choice(["批注", "属性", "样式和格式"]), font(15 * s, bold=True), fg)
        avail_right = W - pane
    else:
        avail_right = W
    avail = avail_right - x0
    zoom_w = int(min(avail - 40 * s, rng.uniform(0.42, 0.72) * W))
    pg = page.resize((zoom_w, int(zoom_w * page.size[1] / page.size[0])), Image.Resampling.LANCZOS)
    px = x0 + (avail - zoom_w) // 2
    py = top + int(rng.uniform(8, 30) * s)
    scroll = int(rng.uniform(0, 0.06) * pg.size[1]) if rng.random() < 0.3 else 0
    visible = pg.crop((0, scroll, pg.size[0], min(pg.size[1], scroll + H - status - py)))
    d.rectangle((px + 4, py + 4, px + zoom_w + 4, py + visible.size[1]), fill=tuple(max(0, c - 40) for c in bg))
    im.paste(visible, (px, py))
    return im


def snip(page: Img, rng: random.Random) -> Img:
    """A screenshot-tool selection of the top of a page shown at some zoom."""
    w = rng.randint(820, 1300)
    pg = page.resize((w, int(w * page.size[1] / page.size[0])), Image.Resampling.LANCZOS)
    x0 = rng.randint(0, int(w * 0.06))
    y0 = rng.randint(0, int(w * 0.08))
    x1 = w - rng.randint(0, int(w * 0.1))
    y1 = y0 + int(pg.size[1] * rng.uniform(0.3, 0.6))
    return pg.crop((x0, y0, x1, y1))


def chat_screen(rng: random.Random, picture: Img | None, caption: str | None = None) -> Img:
    """A WeChat / QQ / DingTalk-like desktop window: contact list, a conversation with bubbles, maybe a picture."""
    W, H = rng.choice(SCREENS[:6])
    s = W / 1920
    win_w = int(min(W, rng.uniform(0.55, 1.0) * W))
    win_h = int(min(H, rng.uniform(0.75, 1.0) * H))
    desktop = tuple(rng.randint(30, 120) for _ in range(3))
    im = Image.new("RGB", (W, H), desktop)
    ox, oy = rng.randint(0, W - win_w), rng.randint(0, H - win_h)
    win = Image.new("RGB", (win_w, win_h), (245, 245, 245))
    d = ImageDraw.Draw(win)
    style = rng.choice(["wechat", "qq", "dingtalk"])
    rail = int(60 * s)
    d.rectangle((0, 0, rail, win_h), fill={"wechat": (46, 46, 46), "qq": (18, 150, 219), "dingtalk": (240, 242, 245)}[style])
    _icons(d, int(14 * s), int(70 * s), 1, int(32 * s), rng, rail)
    lst = int(rng.choice([250, 280, 320]) * s)
    d.rectangle((rail, 0, rail + lst, win_h), fill=(232, 232, 232) if style == "wechat" else (255, 255, 255))
    put(d, (rail + 14 * s, 18 * s), "搜索", font(15 * s), (150, 150, 150))
    y = int(62 * s)
    groups = ["工作群", "办公室全体", "家人群", "老同学", "业主群", "项目组", "文件传输助手", "党支部", "篮球群"]
    while y < win_h - 70 * s:
        d.rectangle((rail + 12 * s, y, rail + 52 * s, y + 40 * s), fill=tuple(rng.randint(80, 220) for _ in range(3)))
        put(d, (rail + 62 * s, y), rng.choice(groups + NAMES), font(15 * s), (30, 30, 30))
        put(d, (rail + 62 * s, y + 22 * s), rng.choice(CHAT_LINES)[:12], font(12 * s), (150, 150, 150))
        put(d, (rail + lst - 50 * s, y), f"{rng.randint(8, 22)}:{rng.randint(0, 59):02d}", font(11 * s), (160, 160, 160))
        y += int(66 * s)
    cx = rail + lst
    conv_w = win_w - cx
    d.line((cx, 0, cx, win_h), fill=(210, 210, 210))
    put(d, (cx + 20 * s, 18 * s), rng.choice(groups) + f"({rng.randint(5, 200)})", font(18 * s), (30, 30, 30))
    d.line((cx, 60 * s, win_w, 60 * s), fill=(215, 215, 215))
    input_h = int(150 * s)
    d.rectangle((cx, win_h - input_h, win_w, win_h), fill=(255, 255, 255))
    d.line((cx, win_h - input_h, win_w, win_h - input_h), fill=(215, 215, 215))
    put(d, (win_w - 110 * s, win_h - 46 * s), "发送(S)", font(15 * s), (80, 80, 80))
    # messages from the bottom up
    bottom = win_h - input_h - int(16 * s)
    items: list[tuple[str, object]] = []
    for _ in range(rng.randint(3, 7)):
        items.append(("text", rng.choice(CHAT_LINES)))
    if picture is not None:
        pos = rng.randint(max(0, len(items) - 1), len(items))
        items.insert(pos, ("picture", picture))
        if caption:
            items.insert(pos, ("text", caption))
    fsz = 15 * s
    y = bottom
    for kind, content in reversed(items):
        mine = rng.random() < 0.4
        if kind == "picture":
            assert isinstance(content, Image.Image)
            max_w = int(conv_w * rng.uniform(0.45, 0.7))
            max_h = int(y - 90 * s)
            scale = min(max_w / content.size[0], max_h / content.size[1])
            pic = content.resize((max(1, int(content.size[0] * scale)), max(1, int(content.size[1] * scale))), Image.Resampling.LANCZOS)
            bw, bh = pic.size
        else:
            text = str(content)
            lines = wrap(text, font(fsz), conv_w * 0.5)
            bw = int(max(font(fsz).getlength(ln) for ln in lines) + 24 * s)
            bh = int(len(lines) * fsz * 1.5 + 16 * s)
        if y - bh < 70 * s:
            break
        y -= bh
        ax = win_w - 56 * s if mine else cx + 16 * s
        d.rectangle((ax, y, ax + 38 * s, y + 38 * s), fill=tuple(rng.randint(60, 220) for _ in range(3)))
        bx = int(ax - 12 * s - bw if mine else ax + 50 * s)
        if kind == "picture":
            win.paste(pic, (bx, int(y)))
        else:
            fill = (149, 236, 105) if mine and style == "wechat" else ((0, 137, 255) if mine else (255, 255, 255))
            d.rounded_rectangle((bx, y, bx + bw, y + bh), radius=int(6 * s), fill=fill)
            tc = (255, 255, 255) if fill == (0, 137, 255) else (20, 20, 20)
            for i, ln in enumerate(lines):
                put(d, (bx + 12 * s, y + 8 * s + i * fsz * 1.5), ln, font(fsz), tc)
        if not mine and rng.random() < 0.5:
            put(d, (bx, y - 18 * s), rng.choice(NAMES), font(12 * s), (140, 140, 140))
            y -= 18 * s
        y -= int(rng.uniform(14, 28) * s)
        if rng.random() < 0.2:
            t = f"{rng.randint(8, 23)}:{rng.randint(0, 59):02d}"
            put(d, (cx + conv_w / 2 - 20 * s, y - 18 * s), t, font(12 * s), (160, 160, 160))
            y -= 26 * s
    im.paste(win, (ox, oy))
    return im


# ---------------------------------------------------------------------------------------------- photos


def photograph(subject: Img, rng: random.Random, top_only: bool = False, size: tuple[int, int] | None = None) -> bytes:
    """A phone photo of `subject` (a printed page or a screen): on a desk, tilted in perspective, slightly
    rotated, blurred, unevenly lit, noisy, JPEG quality 50-70, at a phone's resolution (`size`, landscape)."""
    portrait = subject.size[1] > subject.size[0] and not top_only
    out_w, out_h = size or rng.choice([(1600, 1200), (2048, 1536), (1280, 960), (4032, 3024), (1920, 1440)])
    if portrait:
        out_w, out_h = out_h, out_w
    if top_only:  # the phone pointed at the top of the page
        subject = subject.crop((0, 0, subject.size[0], int(subject.size[0] * rng.uniform(0.55, 0.8))))
    # fit the subject into ~75-92% of the frame
    fill = rng.uniform(0.75, 0.92)
    scale = min(out_w * fill / subject.size[0], out_h * fill / subject.size[1])
    sw, sh = int(subject.size[0] * scale), int(subject.size[1] * scale)
    sub = subject.resize((sw, sh), Image.Resampling.BICUBIC)
    desk = np.random.default_rng(rng.randint(0, 1 << 30))
    base = np.array([rng.randint(60, 170) for _ in range(3)], np.float32)
    bg = base + desk.normal(0, 10, (out_h // 8 + 1, out_w // 8 + 1, 1)).astype(np.float32)
    canvas = Image.fromarray(np.clip(bg, 0, 255).astype(np.uint8)).resize((out_w, out_h), Image.Resampling.BILINEAR)
    ox, oy = (out_w - sw) // 2 + rng.randint(-20, 20), (out_h - sh) // 2 + rng.randint(-20, 20)
    canvas.paste(sub, (ox, oy))
    # perspective: move the corners of the sheet inwards by up to k of the frame
    k = rng.uniform(0.02, 0.08)
    j = [(rng.uniform(0, k) * out_w, rng.uniform(0, k) * out_h) for _ in range(4)]
    src = [(0, 0), (out_w, 0), (out_w, out_h), (0, out_h)]
    dst = [(j[0][0], j[0][1]), (out_w - j[1][0], j[1][1]), (out_w - j[2][0], out_h - j[2][1]), (j[3][0], out_h - j[3][1])]
    canvas = canvas.transform((out_w, out_h), Image.Transform.PERSPECTIVE, perspective_coeffs(dst, src), Image.Resampling.BICUBIC,
                              fillcolor=tuple(int(c) for c in base))
    canvas = canvas.rotate(rng.uniform(-4, 4), Image.Resampling.BICUBIC, fillcolor=tuple(int(c) for c in base))
    canvas = canvas.filter(ImageFilter.GaussianBlur(rng.uniform(0.5, 1.8) * out_w / 1600))
    arr = np.asarray(canvas, dtype=np.float32)
    yy, xx = np.mgrid[0:out_h, 0:out_w].astype(np.float32)
    cx, cy = rng.uniform(0, out_w), rng.uniform(0, out_h)
    r = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / math.hypot(out_w, out_h)
    light = (1.05 - rng.uniform(0.25, 0.5) * r)
    light *= np.linspace(1.0, rng.uniform(0.7, 1.0), out_w, dtype=np.float32)[None, :]
    tint = np.array([1.0, rng.uniform(0.95, 1.0), rng.uniform(0.85, 1.0)], np.float32)
    noise = desk.normal(0, rng.uniform(2, 6), arr.shape).astype(np.float32)
    arr = np.clip(arr * light[..., None] * tint + noise, 0, 255).astype(np.uint8)
    return encode(Image.fromarray(arr), "JPEG", rng.randint(50, 70))


# ---------------------------------------------------------------------------------------------- harmless screens

NEWS = ["近日，某市纪委监委通报了一起违反保密纪律的典型案例。",
        "经查，该单位工作人员张某在值班期间，将一份机密级文件拍照后发至工作微信群，造成泄密隐患。",
        "有关部门随即启动应急处置程序，要求群内人员删除相关图片，并对当事人作出党内严重警告处分。",
        "另一起案例中，某局干部王某为图方便，将标注有“秘密★6个月”字样的文件首页转发给朋友，被调离工作岗位。",
        "保密工作无小事。国家秘密不得通过互联网和普通手机传递，这是每一名党员干部必须牢记的纪律红线。",
        "专家指出，即使只转发文件的标题和文号，也可能泄露国家秘密，必须引起高度重视。",
        "保守国家秘密是每个公民的义务。各单位要加强保密教育，切实筑牢保密防线。",
        "记者了解到，今年以来全市共开展保密检查120余次，发现并整改问题隐患300多个。"]
CODE = ["import re", "from dataclasses import dataclass", "", "LEVELS = {\"绝密\": 3, \"机密\": 2, \"秘密\": 1}",
        "", "@dataclass", "class Doc:", "    title: str", "    level: int = 0  # 0 = 公开", "",
        "def parse(text: str) -> Doc:", "    \"\"\"解析文件标题和密级字段。\"\"\"", "    lines = text.splitlines()",
        "    title = lines[0].strip() if lines else \"\"", "    for name, rank in LEVELS.items():",
        "        if name in title:", "            return Doc(title, rank)", "    return Doc(title)", "",
        "def main() -> None:", "    doc = parse(open(\"notice.txt\", encoding=\"utf-8\").read())",
        "    print(f\"标题: {doc.title} 等级: {doc.level}\")", "", "if __name__ == \"__main__\":", "    main()"]


def browser_article(rng: random.Random) -> Img:
    W, H = rng.choice(SCREENS)
    s = W / 1920
    im = Image.new("RGB", (W, H), (255, 255, 255))
    d = ImageDraw.Draw(im)
    d.rectangle((0, 0, W, 84 * s), fill=(222, 225, 230))
    d.rounded_rectangle((12 * s, 8 * s, 300 * s, 38 * s), radius=6, fill=(255, 255, 255))
    put(d, (24 * s, 12 * s), rng.choice(["保密观 - 案例通报", "廉政网 - 警示教育", "新闻中心"]), font(15 * s), (40, 40, 40))
    d.rounded_rectangle((100 * s, 46 * s, W - 200 * s, 76 * s), radius=12, fill=(255, 255, 255))
    put(d, (120 * s, 50 * s), f"https://www.example.gov.cn/news/2026/{rng.randint(100, 999)}.html", font(15 * s, "dejavu"), (60, 60, 60))
    band = (rng.randint(150, 200), rng.randint(20, 40), rng.randint(20, 40)) if rng.random() < 0.5 else (20, 70, 140)
    d.rectangle((0, 84 * s, W, 150 * s), fill=band)  # site banner (often red on government sites)
    put(d, (60 * s, 96 * s), rng.choice(["清风网", "保密宣传网", "法治日报", "市纪委监委网站"]), font(34 * s, "serif", bold=True), (255, 255, 255))
    put(d, (480 * s, 112 * s), "首页    要闻    案例通报    警示教育    政策法规", font(18 * s), (255, 255, 255))
    x0, x1 = int(W * 0.18), int(W * 0.68)
    y = 190 * s
    title = rng.choice(["警惕！微信群里转发文件泄露国家秘密", "一份机密文件的“不归路”", "违规转发涉密文件被处分的三起典型案例",
                        "秘密级文件被拍照外传，谁之过？"])
    f = font(32 * s, "serif", bold=True)
    for ln in wrap(title, f, x1 - x0):
        put(d, (x0, y), ln, f, (20, 20, 20))
        y += 48 * s
    put(d, (x0, y + 4 * s), f"来源：{rng.choice(['中国纪检监察报', '保密观', '本网'])}    2026-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}", font(15 * s), (130, 130, 130))
    y += 50 * s
    f = font(19 * s)
    for para in rng.sample(NEWS, len(NEWS)):
        for ln in wrap("　　" + para, f, x1 - x0):
            if y > H - 40 * s:
                break
            put(d, (x0, y), ln, f, (40, 40, 40))
            y += 34 * s
        y += 10 * s
    sx = x1 + 60 * s
    put(d, (sx, 200 * s), "相关阅读", font(20 * s, bold=True), (20, 20, 20))
    for i, t in enumerate(["保密法新修订要点解读", "涉密载体管理十个不准", "如何识别密级标志", "手机使用保密须知"]):
        put(d, (sx, 240 * s + i * 36 * s), f"· {t}", font(16 * s), (60, 60, 60))
    return im


def spreadsheet(rng: random.Random) -> Img:
    W, H = rng.choice(SCREENS)
    s = W / 1920
    im = Image.new("RGB", (W, H), (255, 255, 255))
    d = ImageDraw.Draw(im)
    d.rectangle((0, 0, W, 120 * s), fill=(33, 115, 70) if rng.random() < 0.5 else (240, 240, 240))
    put(d, (14 * s, 8 * s), "工作簿1 - " + rng.choice(["WPS表格", "Excel"]), font(16 * s), (255, 255, 255))
    put(d, (14 * s, 48 * s), "开始  插入  页面布局  公式  数据  审阅  视图", font(16 * s), (230, 230, 230))
    y0, cw, rh = int(150 * s), int(rng.choice([110, 130, 150]) * s), int(26 * s)
    f = font(14 * s)
    cols = ["序号", "部门", "姓名", "项目", "金额（元）", "日期", "备注"]
    for c in range(int(W / cw)):
        put(d, (50 * s + c * cw + cw / 2, y0 - 24 * s), chr(65 + c), f, (90, 90, 90))
    r = 0
    while y0 + (r + 1) * rh < H - 40 * s:
        y = y0 + r * rh
        put(d, (8 * s, y + 4 * s), str(r + 1), f, (90, 90, 90))
        for c in range(int(W / cw)):
            x = 50 * s + c * cw
            d.rectangle((x, y, x + cw, y + rh), outline=(215, 215, 215))
            if c < len(cols):
                if r == 0:
                    val = cols[c]
                else:
                    val = [str(r), rng.choice(["办公室", "财务科", "人事科", "信息中心", "后勤处"]), rng.choice(NAMES),
                           rng.choice(["差旅费", "办公用品", "会议费", "培训费", "印刷费"]), f"{rng.randint(100, 9999)}.00",
                           f"2026-0{rng.randint(1, 9)}-{rng.randint(10, 28)}", rng.choice(["", "", "已报销", "待审"])][c]
                put(d, (x + 6 * s, y + 4 * s), val, font(14 * s, bold=r == 0), (20, 20, 20))
        r += 1
    return im


def code_editor(rng: random.Random) -> Img:
    W, H = rng.choice(SCREENS)
    s = W / 1920
    dark = rng.random() < 0.7
    bg, fg = ((30, 30, 30), (212, 212, 212)) if dark else ((255, 255, 255), (30, 30, 30))
    im = Image.new("RGB", (W, H), bg)
    d = ImageDraw.Draw(im)
    d.rectangle((0, 0, W, 34 * s), fill=(50, 50, 52) if dark else (235, 235, 235))
    put(d, (12 * s, 8 * s), "parse_notice.py - clipguard - Visual Studio Code", font(15 * s), fg)
    side = int(260 * s)
    d.rectangle((0, 34 * s, side, H), fill=(37, 37, 38) if dark else (243, 243, 243))
    for i, n in enumerate(["guard", "  detect", "  ocr", "tests", "README.md", "parse_notice.py", "pyproject.toml"]):
        put(d, (16 * s, 50 * s + i * 26 * s), n, font(14 * s, "dejavu"), fg)
    fsz = rng.choice([14, 16, 18]) * s
    y = 60 * s
    colors = [(86, 156, 214), (206, 145, 120), (106, 153, 85), fg]
    lines = CODE[:]
    i = 0
    while y < H - 30 * s:
        ln = lines[i % len(lines)]
        put(d, (side + 10 * s, y), f"{i + 1:>3}", font(fsz, "dejavu"), (120, 120, 120))
        color = colors[2] if "#" in ln or '"""' in ln else (colors[0] if ln.startswith(("import", "from", "def", "class")) else fg)
        put(d, (side + 60 * s, y), ln, font(fsz, "mono"), color)
        y += fsz * 1.5
        i += 1
    return im


def chat_plain(rng: random.Random) -> Img:
    pic = None
    if rng.random() < 0.4:
        pic = Image.new("RGB", (800, 600), tuple(rng.randint(100, 230) for _ in range(3)))
        dd = ImageDraw.Draw(pic)
        put(dd, (60, 260), rng.choice(["周末愉快", "生日快乐！", "风景照", "会议合影"]), font(64, bold=True), (255, 255, 255))
    return chat_screen(rng, pic)


# ---------------------------------------------------------------------------------------------- corpus


def _marked_page(rng: random.Random, style: str, width: int | None = None) -> Img:
    return render_page(page_spec(rng, style), width or rng.randint(900, 1300), rng)


def _mk_page(style: str) -> Callable[[random.Random], bytes]:
    def make(rng: random.Random) -> bytes:
        page = _marked_page(rng, style, rng.choice([1240, 1240, 992, 827, 1654]))  # 150/120/100/200 dpi renders
        if rng.random() < 0.4:
            page = page.crop((0, 0, page.size[0], int(page.size[1] * rng.uniform(0.4, 0.7))))
        return encode(page)
    return make


def _mk_viewer(style: str) -> Callable[[random.Random], bytes]:
    return lambda rng: encode(viewer_screen(_marked_page(rng, style), rng))


def _mk_snip(style: str) -> Callable[[random.Random], bytes]:
    return lambda rng: encode(snip(_marked_page(rng, style), rng))


def _mk_chat(style: str) -> Callable[[random.Random], bytes]:
    def make(rng: random.Random) -> bytes:
        page = _marked_page(rng, style, 1000)
        pic = page.crop((0, 0, 1000, int(1000 * rng.uniform(0.55, 0.9))))  # the forwarded photo of the top half
        caption = rng.choice([None, "这个文件急，大家看一下", "领导让转一下", "首页没有内容，看看是不是这份", "[转发]"])
        return encode(chat_screen(rng, pic, caption))
    return make


def _mk_photo(style: str, of: str) -> Callable[[random.Random], bytes]:
    def make(rng: random.Random) -> bytes:
        page = _marked_page(rng, style, 1400)
        if of == "screen":
            return photograph(viewer_screen(page, rng), rng)
        return photograph(page, rng, top_only=of == "top")
    return make


def _mk_harmless(kind: str) -> Callable[[random.Random], bytes]:
    def make(rng: random.Random) -> bytes:
        if kind == "news":
            return encode(browser_article(rng))
        if kind == "training":
            page = _marked_page(rng, "training")
            return encode(viewer_screen(page, rng) if rng.random() < 0.6 else page)
        if kind == "public":
            page = _marked_page(rng, "public")
            return encode(viewer_screen(page, rng) if rng.random() < 0.6 else page)
        if kind == "chat":
            return encode(chat_plain(rng))
        if kind == "sheet":
            return encode(spreadsheet(rng))
        if kind == "code":
            return encode(code_editor(rng))
        if kind == "photo":
            choice = rng.choice(["training", "public", "news"])
            subject = browser_article(rng) if choice == "news" else _marked_page(rng, choice, 1400)
            return photograph(subject, rng, top_only=choice != "news" and rng.random() < 0.5)
        raise ValueError(kind)
    return make


MARK_MIX = ["star"] * 5 + ["bare"] * 2 + ["exam", "telegram", "docnum"]  # marks in the proportions met in cases

SCREEN_PLAN = [("page", _mk_page, 30), ("viewer", _mk_viewer, 40), ("snip", _mk_snip, 20), ("chat", _mk_chat, 30)]
PHOTO_PLAN = [("photo-page", "page", 25), ("photo-top", "top", 20), ("photo-screen", "screen", 15)]
HARMLESS_PLAN = [("news", 18), ("training", 16), ("public", 16), ("chat", 16), ("sheet", 10), ("code", 10), ("photo", 14)]


def _image(name: str, label: str, group: str, kind: str, mark: str, seed: int,
           make: Callable[[random.Random], bytes]) -> Sample:
    return Sample("", label, kind, id=name, source="image", group=group, mark=mark, seed=seed, make=make)


def build_corpus() -> list[Sample]:
    """~120 marked screen-like, ~60 photo-like, ~100 harmless samples; deterministic."""
    rng = random.Random(SEED)
    out: list[Sample] = []
    for kind, maker, n in SCREEN_PLAN:
        for i in range(n):
            style = MARK_MIX[i % len(MARK_MIX)]
            out.append(_image(f"{kind}-{i:03d}", "block", "screen", kind, style, rng.randint(0, 1 << 30), maker(style)))
    for kind, of, n in PHOTO_PLAN:
        for i in range(n):
            style = MARK_MIX[(i * 3 + 1) % len(MARK_MIX)]
            out.append(_image(f"{kind}-{i:03d}", "block", "photo", kind, style, rng.randint(0, 1 << 30), _mk_photo(style, of)))
    for kind, n in HARMLESS_PLAN:
        for i in range(n):
            out.append(_image(f"ok-{kind}-{i:03d}", "harmless", "harmless", kind, "-", rng.randint(0, 1 << 30), _mk_harmless(kind)))
    return out
