"""One finding per thing a person must look at: the single identifiers a bulk personal-data finding already
counts are folded into it, so a list of twenty people is one line in the dialog and the report, not
twenty-one, each masked on its own; and one rule firing twice on one line ("内部资料 注意保存") is one
finding covering both."""

from __future__ import annotations

import re
from dataclasses import replace

from guard.model import Finding, Severity
from guard.normalize import Document


def _is_bulk(f: Finding) -> bool:
    return f.category == "personal_data" and f.rule.endswith(".bulk") and f.severity > Severity.NOTICE


def fold_into_bulk(doc: Document, findings: list[Finding]) -> list[Finding]:
    """Drop personal-data notices on the lines a kept bulk finding spans (a row's ID beside the phone numbers
    that made the list is part of that list); anything else stays."""
    bulks = [(doc.line_no(f.start), doc.line_no(max(f.start, f.end - 1))) for f in findings if _is_bulk(f)]
    if not bulks:
        return findings
    return [f for f in findings
            if not (f.category == "personal_data" and f.severity <= Severity.NOTICE
                    and any(lo <= doc.line_no(f.start) <= hi for lo, hi in bulks))]


def _joined(whys: list[str], marks: tuple[str, str, str, str]) -> str:
    """Reasons as one: 内部标识“内部资料”、“注意保存”（第1行）：… when they differ only in the quoted word,
    else each distinct reason once (`marks`: the quotes, the word joiner, the reason joiner)."""
    open_q, close_q, also, sep = marks
    whys = list(dict.fromkeys(whys))
    pattern = re.compile(f"^(.*?){re.escape(open_q)}([^{re.escape(close_q)}]*){re.escape(close_q)}(.*)$", re.S)
    parts = [m for w in whys if (m := pattern.match(w))]
    if len(parts) == len(whys) and len({(m[1], m[3]) for m in parts}) == 1:
        words = also.join(f"{open_q}{m[2]}{close_q}" for m in parts)
        return f"{parts[0][1]}{words}{parts[0][3]}"
    return sep.join(whys)


MARKINGS = frozenset({"internal", "draft", "state_secret"})


def fold_same_line(doc: Document, findings: list[Finding]) -> list[Finding]:
    """One finding per rule and line: the span grows to cover them all, the strongest severity and confidence
    win and every reason is kept. Only markings (internal, draft, classification) are folded: two people or
    two admin keywords on one line stay two findings."""
    groups: dict[tuple[str, int], list[Finding]] = {}
    out: list[Finding | tuple[str, int]] = []
    for f in findings:
        if f.category not in MARKINGS:
            out.append(f)
            continue
        key = (f.rule, doc.line_no(f.start))
        if key not in groups:
            groups[key] = []
            out.append(key)
        groups[key].append(f)
    return [_merged(doc, groups[item]) if isinstance(item, tuple) else item for item in out]


def _merged(doc: Document, group: list[Finding]) -> Finding:
    if len(group) == 1:
        return group[0]
    group = sorted(group, key=lambda f: f.start)
    first, start, end = group[0], group[0].start, max(f.end for f in group)
    return replace(first, start=start, end=end, where={**first.where, **doc.location(start, end)},
                   severity=max(f.severity for f in group), confidence=max(f.confidence for f in group),
                   why_zh=_joined([f.why_zh for f in group], ("“", "”", "、", "；")),
                   why_en=_joined([f.why_en for f in group], ("'", "'", " and ", "; ")),
                   evidence=tuple(dict.fromkeys(e for f in group for e in f.evidence)))
