"""From findings to a verdict: allow rules first, then confidence thresholds, then the highest severity."""

from __future__ import annotations

from dataclasses import replace

from guard.model import Finding, Severity
from guard.normalize import Document
from guard.policy.fold import fold_into_bulk, fold_same_line
from guard.policy.schema import AllowRule, Policy

MAX_ALLOW_SPANS = 10_000  # per allow entry; past it, findings it would have lowered keep their severity


def _allow_spans(rule: AllowRule, doc: Document) -> list[tuple[int, int]]:
    """Original spans where the allow rule's phrases or patterns occur. A document-scope entry needs one; an
    entry that occurs everywhere stops at MAX_ALLOW_SPANS (stricter, never laxer: fewer findings are lowered)."""
    limit = 1 if rule.scope == "document" else MAX_ALLOW_SPANS
    spans: list[tuple[int, int]] = []
    for phrase in rule.phrases:
        at = doc.text.find(phrase)
        while at >= 0 and len(spans) < limit:
            spans.append(doc.orig_span(at, at + len(phrase)))
            at = doc.text.find(phrase, at + 1)
    for rx in rule.patterns:
        for m in rx.finditer(doc.text):
            if len(spans) >= limit:
                break
            spans.append(doc.orig_span(*m.span()))
    return spans


def _matches(rule: AllowRule, doc: Document, f: Finding, spans: list[tuple[int, int]]) -> bool:
    if not spans:
        return False
    if rule.scope == "document":
        return True
    if rule.scope == "line":
        lines = set(range(doc.line_no(f.start), doc.line_no(max(f.start, f.end - 1)) + 1))
        return any(doc.line_no(s) in lines for s, _ in spans)
    return any(s < f.end and f.start < e for s, e in spans)


def apply_allow(policy: Policy, doc: Document, findings: list[Finding]) -> list[Finding]:
    out = []
    cache: dict[str, list[tuple[int, int]]] = {}
    for f in findings:
        for rule in policy.allow:
            if f.severity <= rule.max_severity or not rule.applies_to(f.rule, f.category):
                continue
            if rule.id not in cache:
                cache[rule.id] = _allow_spans(rule, doc)
            if _matches(rule, doc, f, cache[rule.id]):
                f = replace(f, severity=rule.max_severity, evidence=(*f.evidence, f"allow:{rule.id}"))
        if f.severity > Severity.ALLOW:
            out.append(f)
    return out


def apply_thresholds(policy: Policy, findings: list[Finding]) -> list[Finding]:
    """A finding below its level's confidence threshold drops a level; below the notice threshold it goes."""
    out = []
    for f in findings:
        sev = f.severity
        while sev > Severity.ALLOW and f.confidence < policy.min_confidence.get(sev, 0.0):
            sev = Severity(sev - 1)
        if sev > Severity.ALLOW:
            out.append(f if sev == f.severity else replace(f, severity=sev))
    return out


def judge(policy: Policy, doc: Document, findings: list[Finding]) -> tuple[Severity, list[Finding]]:
    kept = fold_same_line(doc, fold_into_bulk(doc, apply_thresholds(policy, apply_allow(policy, doc, findings))))
    kept.sort(key=lambda f: (-f.severity, f.start))
    return (max((f.severity for f in kept), default=Severity.ALLOW), kept)
