
"""Class 2: layout lost in copying (web exam papers, bullets, split lines, traditional, placeholders)."""

from __future__ import annotations

from ._item import Sample, body, make_item, rng, title

SUBJECTS = ("数学", "语文", "英语", "物理", "化学", "历史", "地理", "生物")
EXAMS = ("普通高等学校招生全国统一考试", "初中学业水平考试", "高二年级期末联考", "成人高等学校招生考试")

# (template, expected); {s} subject, {e} exam, {t} title, {b} body
POSITIVE_SHAPES = (
    ("绝密★启用前 2026年{e} {s}\n注意事项：\n1．答卷前，考生务必将自己的姓名、准考证号填写在答题卡上。", "block"),
    ("绝密★启用前2026年{e}{s}试卷\n本试卷共8页，满分150分，考试用时120分钟。", "block"),
    ("1. 绝密★启用前\n2026年{e}\n{s}", "block"),
    ("• 机密★1年\n{t}\n{b}", "block"),
    ("一、秘密★6个月\n{t}\n{b}", "block"),
    ("绝\n密\n★启用前\n2026年{e}（{s}）", "block"),
    ("机密\n★1年\n{t}\n{b}", "block"),
    ("机密★\n1年\n{t}\n{b}", "block"),
    ("絕密★啟用前\n2026年{e} {s}", "block"),
    ("絕密 啟用前\n2026年{e}\n{s}試題", "block"),
    ("秘密★X年\n{t}\n{b}", "block"),
    ("机密★ 年\n{t}\n{b}", "block"),
    ("绝密 启用前\n2026年{e} {s}", "block"),
    ("绝密★启用前 考试结束前\n2026年{e}{s}（A卷）", "block"),
    ("秘密 ★ 1 年\n{t}\n{b}", "block"),
    ("（1）绝密★启用前\n{e} {s}", "block"),
    ("机密★1年 {t}\n{b}", "block"),
    ("秘密★XX年\n{t}\n{b}", "block"),
    ("【绝密★启用前】\n2026年{e}\n{s}", "block"),
    ("祕密★1年\n{t}\n{b}", "block"),
)

NEGATIVE_SHAPES = (
    ("网友热议：高考试卷在启用前属于绝密级材料，运输全程有专人押运。{s}科目考试今日结束。", "notice"),
    ("1. 绝密飞行（电影）\n2. 秘密森林（电视剧）\n3. 机密特工（动画）", "notice"),
    ("• 本周读书会：《秘密花园》第三章\n• 讨论时间：周四晚七点", "allow"),
    ("2026年{e}{s}试题及答案解析（考后发布，仅供学习参考）\n一、选择题：本题共8小题。", "allow"),
    ("考试结束前30分钟不得交卷，考生离场时请带好随身物品。", "allow"),
    ("絕密檔案（電視劇）第二季定檔，共二十四集。", "notice"),
    ("据报道，{e}试卷从印制到启用前都处于严密监控之下，保密工作做得很扎实。", "notice"),
    ("标题：{s}学习方法分享\n一、课前预习\n二、课后复习\n三、错题整理", "allow"),
    ("关于{e}考务工作的新闻通稿\n记者从市教育局获悉，今年报名人数较去年增加。", "allow"),
    ("- 机密文件管理制度培训通知\n- 时间：下周二上午", "notice"),
)


def items() -> list[Sample]:
    r = rng(2)
    out = []
    for rep in range(2):
        for n, (shape, expected) in enumerate(POSITIVE_SHAPES):
            text = shape.format(s=r.choice(SUBJECTS), e=r.choice(EXAMS), t=title(r), b=body(r, 2))
            out.append(make_item(f"c2-pos-{rep}{n:02d}", 2, "positive", "text", expected, text))
        for n, (shape, expected) in enumerate(NEGATIVE_SHAPES):
            text = shape.format(s=r.choice(SUBJECTS), e=r.choice(EXAMS))
            if rep:
                text += "\n" + body(r, 1)
            out.append(make_item(f"c2-neg-{rep}{n:02d}", 2, "negative", "text", expected, text))
    return out
