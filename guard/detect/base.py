"""Recognizer base: data first, code only for the checks that need it (checksums, position).

A recognizer declares its id, category, default settings (word lists, thresholds) and trigger words.
The rules file can override any setting under `[recognizers.<id>]`; the engine runs a recognizer only
when one of its triggers occurs in the normalised text (one multi-keyword pass selects them all).
"""

from __future__ import annotations

import copy
from typing import Any, ClassVar

from guard.model import Basis, Finding, Severity
from guard.normalize import Document

REGISTRY: dict[str, type[Recognizer]] = {}


def register(cls: type[Recognizer]) -> type[Recognizer]:
    REGISTRY[cls.id] = cls
    return cls


class Recognizer:
    id: ClassVar[str]
    category: ClassVar[str]
    defaults: ClassVar[dict[str, Any]] = {}
    # settings keys whose words, when present in the normalised text, make this recognizer run;
    # a recognizer with none always runs (it has its own cheap pre-check).
    trigger_keys: ClassVar[tuple[str, ...]] = ()
    order: ClassVar[int] = 50  # run order; personal-data recognizers share claimed digit runs
    # Every recognizer proves itself: texts by the strongest severity it must report on its own
    # ("allow": nothing). tests/test_rule_examples.py walks these tables.
    examples: ClassVar[dict[str, list[str]]] = {}
    # the same for texts that came from OCR (every line read by OCR): misread marks, OCR noise in prose
    ocr_examples: ClassVar[dict[str, list[str]]] = {}

    def __init__(self, settings: dict[str, Any] | None = None):
        merged = copy.deepcopy(self.defaults)
        for key, value in (settings or {}).items():
            # a table setting (weights, bands, vetoes) changes the entries it names and keeps the rest
            if isinstance(value, dict) and isinstance(merged.get(key), dict):
                merged[key] = {**merged[key], **value}
            else:
                merged[key] = value
        self.settings = merged
        self.setup()

    def setup(self) -> None:
        """Compile patterns from settings; raise ValueError with a clear message on bad settings."""

    def triggers(self) -> list[str]:
        words: list[str] = []
        for key in self.trigger_keys:
            words.extend(self.settings.get(key, ()))
        return words

    def analyze(self, doc: Document) -> list[Finding]:
        raise NotImplementedError

    def run(self, doc: Document) -> list[Finding]:
        """Findings with the `severity` and `confidence` settings applied the same way for every recognizer:
        a full-strength finding (at the default severity) takes the configured severity, up or down; weaker
        ones are never above it; no confidence is above the configured one."""
        findings = self.analyze(doc)
        if "severity" not in self.defaults:
            return findings
        strength = Severity.parse(self.defaults["severity"])
        wanted = Severity.parse(self.settings["severity"])
        ceiling = float(self.settings.get("confidence", 1.0))
        for f in findings:
            sev = wanted if f.severity >= strength else min(f.severity, wanted)
            if sev is not f.severity or f.confidence > ceiling:
                f.severity, f.confidence = sev, min(f.confidence, ceiling)
        return findings

    def finding(self, doc: Document, span: tuple[int, int], severity: Severity, confidence: float,
                why_zh: str, why_en: str, evidence: tuple[str, ...] = (), rule: str | None = None,
                orig: bool = False, basis: tuple[Basis, ...] = ()) -> Finding:
        """Build a finding from a normalised span (or an original one with `orig`), located in the user's text."""
        start, end = span if orig else doc.orig_span(*span)
        return Finding(rule=rule or self.id, category=self.category, severity=severity,
                       confidence=max(0.0, min(1.0, confidence)), start=start, end=end,
                       why_zh=why_zh, why_en=why_en, evidence=evidence, where=doc.location(start, end),
                       basis=basis)
