"""One finding per thing a person must look at: the single identifiers a bulk personal-data finding already
counts are folded into it, so a list of twenty people is one line in the dialog and the report, not
twenty-one, each masked on its own; and one rule firing twice on one line ("内部资料 注意保存") is one
finding covering both."""

from __future__ import annotations

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


MARKINGS = frozenset({"internal", "draft", "state_secret"})


def fold_same_line(doc: Document, findings: list[Finding]) -> list[Finding]:
    """One finding per rule and line: the span grows to cover both, the stronger severity and confidence win
    and both reasons are kept. Only markings (internal, draft, classification) are folded: two people or two
    admin keywords on one line stay two findings."""
    out: list[Finding] = []
    at: dict[tuple[str, int], int] = {}
    for f in findings:
        key = (f.rule, doc.line_no(f.start))
        if f.category not in MARKINGS or key not in at:
            if f.category in MARKINGS:
                at[key] = len(out)
            out.append(f)
            continue
        kept = out[at[key]]
        first, second = (kept, f) if kept.start <= f.start else (f, kept)
        why_zh = first.why_zh if second.why_zh in first.why_zh else f"{first.why_zh}；{second.why_zh}"
        why_en = first.why_en if second.why_en in first.why_en else f"{first.why_en}; {second.why_en}"
        end = max(kept.end, f.end)
        out[at[key]] = replace(kept, start=first.start, end=end,
                               where={**first.where, **doc.location(first.start, end)},
                               severity=max(kept.severity, f.severity),
                               confidence=max(kept.confidence, f.confidence),
                               why_zh=why_zh, why_en=why_en,
                               evidence=tuple(dict.fromkeys(first.evidence + second.evidence)))
    return out
