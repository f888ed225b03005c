"""Admin keyword and pattern rules: one Aho-Corasick pass for every keyword of every rule (and every
recognizer trigger), RE2 for patterns so a bad admin regex cannot hang the guard."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

import ahocorasick_rs

from guard.detect.base import Recognizer
from guard.model import Finding
from guard.normalize import Document
from guard.policy.schema import KeywordRule

MAX_FINDINGS_PER_RULE = 1000  # more findings of one rule change nothing: the verdict is the rule's severity


class KeywordIndex:
    """Keywords of all rules and trigger words of all recognizers in one automaton."""

    def __init__(self, rules: list[KeywordRule], recognizers: list[Recognizer]):
        words: list[str] = []
        self.owner: list[tuple[str, int]] = []  # ("rule" | "rec", index)
        # an empty word would crash the automaton (and match everywhere): the loader refuses them, and a
        # policy built some other way must still give a working guard
        for i, rule in enumerate(rules):
            for kw in rule.keywords:
                if kw:
                    words.append(kw)
                    self.owner.append(("rule", i))
        self.always: set[int] = set()
        for i, rec in enumerate(recognizers):
            trig = rec.triggers()
            if not trig:
                self.always.add(i)
            for w in trig:
                if isinstance(w, str) and w:
                    words.append(w.lower())
                    self.owner.append(("rec", i))
        self.automaton = ahocorasick_rs.AhoCorasick(words) if words else None

    def search(self, text: str) -> tuple[set[int], dict[int, list[tuple[int, int]]]]:
        """Which recognizers to run, and the keyword hits of each rule (normalised spans)."""
        recs = set(self.always)
        hits: dict[int, list[tuple[int, int]]] = defaultdict(list)
        if self.automaton is None:
            return recs, hits
        firsts: dict[int, set[int]] = defaultdict(set)  # keywords seen per rule, once its hits are capped
        for idx, start, end in self.automaton.find_matches_as_indexes(text, overlapping=True):
            kind, owner = self.owner[idx]
            if kind == "rec":
                recs.add(owner)
            elif len(hits[owner]) < MAX_FINDINGS_PER_RULE:
                hits[owner].append((start, end))
            elif idx not in firsts[owner]:  # past the cap, still one hit per distinct keyword (min_count)
                firsts[owner].add(idx)
                hits[owner].append((start, end))
        return recs, hits


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
