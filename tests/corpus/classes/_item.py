"""The class corpus' item factory (the harness' one Sample record) and the invented names its modules share."""

from __future__ import annotations

import random

from ..sample import Sample, label_of

VERDICTS = ("allow", "notice", "confirm", "block")
SOURCES = ("text", "ocr", "code", "markup")
KINDS = ("positive", "negative")

# invented people, places and bodies; any likeness is accidental
PEOPLE = ("王晓明", "李建国", "陈雅琴", "赵立新", "孙海燕", "周文斌", "吴秀兰", "郑国栋", "刘春华", "黄志远")
CITIES = ("青川市", "临江市", "南屿市", "北岭市", "西澜市", "东湖市")
BODIES = ("人民政府办公室", "发展和改革委员会", "教育局", "卫生健康委员会", "自然资源局", "财政局")
TOPICS = ("安全生产专项整治", "城乡供水保障", "防汛抗旱准备", "重点项目推进", "营商环境优化", "基层治理试点")


def make_item(id: str, cls: int, kind: str, source: str, expected: str, text: str) -> Sample:
    """One labelled text of class `cls`; `expected` is the verdict the labelling policy asks for, not what
    the engine says; `kind` is "positive" (carries a mark/marking) or "negative" (same words, harmless use)."""
    return Sample(text, label_of(expected), kind, id=id, source=source, cls=cls, expected=expected)


def rng(cls: int) -> random.Random:
    """One seeded generator per class: the corpus is the same on every run."""
    return random.Random(20261200 + cls)


def body(r: random.Random, paragraphs: int = 3) -> str:
    """Ordinary official-document body text, varied by the generator."""
    out = []
    for _ in range(paragraphs):
        city, org, topic = r.choice(CITIES), r.choice(BODIES), r.choice(TOPICS)
        out.append(
            f"为深入推进{topic}工作，{city}{org}结合实际，对下一阶段任务作如下安排。各单位要压实责任，"
            f"细化措施，于{r.randint(1, 12)}月{r.randint(1, 28)}日前将进展情况报送牵头部门。"
        )
    return "\n".join(out)


def title(r: random.Random) -> str:
    return f"关于做好{r.choice(TOPICS)}工作的通知"
