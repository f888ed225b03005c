"""Deterministic benchmark material: official-document-like Chinese text and admin keyword lists."""

from __future__ import annotations

import random

COMMON = ("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而"
          "方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开"
          "它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变"
          "条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基"
          "资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处府研")
PARAGRAPHS = [
    "为深入贯彻落实上级有关工作部署，进一步做好本地区防汛抗旱和应急物资储备工作，结合我市实际，现就有关事项通知如下。",
    "各地各部门要高度重视，切实加强组织领导，明确责任分工，细化工作措施，确保各项任务落到实处。",
    "要加强统筹协调，建立健全工作机制，强化督促检查，及时研究解决工作中遇到的困难和问题。",
    "请各单位于本月底前将工作进展情况报送市政府办公室，联系人：王某某，联系电话：0371-12345678。",
    "会议强调，要坚持问题导向，聚焦重点领域和关键环节，持续推动高质量发展取得新成效。",
]


def document(size_bytes: int, seed: int = 7, marked: bool = True) -> str:
    rng = random.Random(seed)
    head = ("000123\n机密★1年\n特急\n\n某市人民政府文件\n\n某政发〔2026〕12号\n\n关于做好有关工作的通知\n\n"
            "各县（市、区）人民政府，市政府各部门：\n")
    parts = [head if marked else "关于做好有关工作的通知\n"]
    size = len("".join(parts).encode())
    while size < size_bytes:
        p = rng.choice(PARAGRAPHS) + "\n"
        parts.append(p)
        size += len(p.encode())
    return "".join(parts)


def keywords(n: int, seed: int = 11) -> list[str]:
    rng = random.Random(seed)
    out: set[str] = set()
    while len(out) < n:
        out.add("".join(rng.choice(COMMON) for _ in range(rng.randint(3, 6))))
    return sorted(out)


def rules_toml(words: list[str], per_rule: int = 100) -> str:
    lines = ['[meta]\nname = "bench"\nversion = "1"\n']
    for i in range(0, len(words), per_rule):
        chunk = ", ".join(f'"{w}"' for w in words[i:i + per_rule])
        lines.append(f'[[rules]]\nid = "bench.kw{i // per_rule}"\nseverity = "confirm"\nkeywords = [{chunk}]\n')
    return "\n".join(lines)
