"""Writing the measured confusion table as hand-readable TOML (no TOML writer in the dependencies)."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

# the order keys are written in: the mark's own characters first, then the header lines'
ORDER = "绝机秘密★0123456789年个月日前长期启用考试结束特加急某市人民政府文件政发〔〕号"

HEADER = """\
# OCR confusions of Chinese classification marks (level★period), MEASURED by
# benchmarks/build_ocr_confusions.py: marks rendered with Pillow, degraded (small glyphs, blur,
# downscale-upscale, JPEG), read by both engines the way the product reads images, aligned per line
# with the truth. Do not edit by hand: rerun the script.
#
# [misreads."X"]  "Y" = n   the true character X was printed as Y n times (both engines together; the
#                           comment gives the split). Y may be two characters (1:2) and X two (2:1).
#                 dropped = n   X was printed as nothing.
# Only confusions seen at least `min_count` times are kept. Values are as printed (raw); the loader
# (guard/detect/ocr_confusions.py) applies the engine's per-character normalisation.
# [inserted]      characters printed where no true character was.
# [seen]          how often each true character was aligned (the denominator of the counts).
# [reported."X"]  FIELD REPORTS the run did NOT reproduce: not measured, kept so the grammar can
#                 still accept them.
"""


def _q(text: str) -> str:
    """A TOML basic string (JSON escapes are valid TOML)."""
    return json.dumps(text, ensure_ascii=False)


def _value(value: Any) -> str:
    if isinstance(value, str):
        return _q(value)
    if isinstance(value, list):
        return "[" + ", ".join(_value(v) for v in value) + "]"
    return str(value)


def _key_order(keys: list[str]) -> list[str]:
    return sorted(keys, key=lambda k: (ORDER.find(k[0]) if k[0] in ORDER else len(ORDER), len(k), k))


def write_table(path: Path, meta: dict[str, Any], tally: Any, reports: dict[str, tuple[list[str], bool]],
                min_count: int, norm: Callable[[str], str]) -> None:
    engines = list(tally.subs)
    combined: dict[str, Counter[str]] = {}
    for e in engines:
        for true, printed in tally.subs[e].items():
            combined.setdefault(true, Counter()).update(printed)
    out = [HEADER, "[meta]"] + [f"{k} = {_value(v)}" for k, v in meta.items()]
    out.append("mark_exact = { " + ", ".join(
        f"{e} = {tally.stats[e]['mark_exact'] / max(tally.stats[e]['marks'], 1):.3f}" for e in engines) + " }")
    out.append('fonts_note = "no FangSong (仿宋) or Kai face installed: Noto Serif CJK SC stands in for 仿宋/宋体, '
               'Noto Sans CJK SC for 黑体"')
    measured: dict[str, set[str]] = {}
    for true in _key_order(list(combined)):
        kept = [(r, c) for r, c in combined[true].most_common() if c >= min_count]
        if not kept:
            continue
        measured[norm(true)] = {norm(r) if r != "dropped" else r for r, _ in kept}
        seen = sum(tally.seen[e][true] for e in engines)
        note = f"seen {seen}" if len(true) == 1 else "two true characters printed as one"
        out += ["", f"[misreads.{_q(true)}]  # {note}"]
        for printed, count in kept:
            split = ", ".join(f"{e} {tally.subs[e][true][printed]}" for e in engines)
            key = "dropped" if printed == "dropped" else _q(printed)
            out.append(f"{key} = {count}  # {split}")
    inserted = Counter()
    for e in engines:
        inserted.update(tally.inserted[e])
    out += ["", "[inserted]"] + [f"{_q(r)} = {c}" for r, c in inserted.most_common() if c >= min_count]
    seen_all = Counter()
    for e in engines:
        seen_all.update(tally.seen[e])
    out += ["", "[seen]"] + [f"{_q(t)} = {seen_all[t]}" for t in _key_order(list(seen_all))]
    out += ["", "# ---- field reports NOT reproduced by this run (source = field report, not measured) ----"]
    for true in _key_order(list(reports)):
        values, drops = reports[true]
        got = measured.get(norm(true), set())
        missing = [v for v in values if norm(v) not in got]
        drop = drops and "dropped" not in got
        if missing or drop:
            out += ["", f"[reported.{_q(true)}]", 'source = "field report"']
            out += [f"misreads = {_value(missing)}"] if missing else []
            out += ["may_drop = true"] if drop else []
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
