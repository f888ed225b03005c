"""Admin keyword rules as a recognizer of data: the rule itself and the findings of one rule on one document.
It lives in guard/detect so the policy layer builds rules and detection never has to import policy."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from guard.model import Finding, Severity
from guard.normalize import Document

MAX_FINDINGS_PER_RULE = 1000  # more findings of one rule change nothing: the verdict is the rule's severity


@dataclass(slots=True)
class KeywordRule:
    """An admin rule: keywords (one automaton for all rules) and linear-time patterns on normalised text."""

    id: str
    category: str
    severity: Severity
    message_zh: str
    message_en: str
    keywords: list[str] = field(default_factory=list)  # normalised
    patterns: list[Any] = field(default_factory=list)  # compiled re2 patterns
    allow: list[str] = field(default_factory=list)  # normalised phrases that clear a hit on the same line
    min_count: int = 1
    confidence: float = 0.8
    examples: dict[str, list[str]] = field(default_factory=dict)  # hit / miss texts the rule proves itself on


def _hits(rule: KeywordRule, doc: Document, spans: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    yield from spans
    for rx in rule.patterns:
        yield from (m.span() for m in rx.finditer(doc.text))


def rule_findings(rule: KeywordRule, doc: Document, spans: list[tuple[int, int]]) -> list[Finding]:
    """Findings of one keyword rule: its keyword hits plus its pattern hits, minus allowed ones. A rule that
    matches everywhere (`.` as a pattern, a very common word) stops at MAX_FINDINGS_PER_RULE findings once it
    has its `min_count` distinct texts: a 50 MB text would otherwise cost minutes and gigabytes of findings."""
    kept: set[tuple[int, int]] = set()
    texts: set[str] = set()
    for span in _hits(rule, doc, spans):
        if rule.allow and _allowed_on_line(rule, doc, span):
            continue
        texts.add(doc.text[span[0]:span[1]])
        if len(kept) < MAX_FINDINGS_PER_RULE:
            kept.add(span)
        elif len(texts) >= rule.min_count:
            break
    if len(texts) < rule.min_count:
        return []
    out = []
    for s, e in sorted(kept):
        start, end = doc.orig_span(s, e)
        out.append(Finding(
            rule=rule.id, category=rule.category, severity=rule.severity, confidence=rule.confidence,
            start=start, end=end, why_zh=rule.message_zh, why_en=rule.message_en,
            evidence=("keyword",), where=doc.location(start, end)))
    return out


def _allowed_on_line(rule: KeywordRule, doc: Document, span: tuple[int, int]) -> bool:
    start, _ = doc.orig_span(*span)
    line = doc.light_lines[doc.line_no(start)]
    return any(a in line for a in rule.allow)
