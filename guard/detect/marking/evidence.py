"""Weighted evidence: features of a candidate, their weights from the rules file, bands and vetoes.

Recognizers describe what they see (`full_mark`, `own_line`, `copy_number`) and never hard-code a
severity: the weights and bands in `default.toml` turn the features into a verdict, and an admin can move
them. A veto (`prose`, `code`) caps the verdict whatever the sum says: a mark quoted in a sentence is a
mention, however complete its grammar.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from guard.model import Basis, Severity


@dataclass(frozen=True, slots=True)
class Feature:
    name: str  # a key of the recognizer's `weights` ("full_mark", "own_line") or `vetoes` ("prose")
    zh: str
    en: str


@dataclass(slots=True)
class Evidence:
    """What was seen of one candidate, in the order it was seen."""

    features: list[Feature] = field(default_factory=list)
    vetoes: list[Feature] = field(default_factory=list)

    def add(self, name: str, zh: str, en: str) -> None:
        self.features.append(Feature(name, zh, en))

    def veto(self, name: str, zh: str, en: str) -> None:
        self.vetoes.append(Feature(name, zh, en))

    def has(self, name: str) -> bool:
        return any(f.name == name for f in self.features)


@dataclass(frozen=True, slots=True)
class Decision:
    severity: Severity
    score: float
    confidence: float
    basis: tuple[Basis, ...]  # every feature and veto with its weight, for --explain
    why_zh: str
    why_en: str
    kind: str  # "marking" (it marks the text) or "mention" (a veto or a low score kept it a notice)


@dataclass(frozen=True, slots=True)
class Weights:
    """A recognizer's weights, bands and vetoes as the rules file gives them (validated by the loader)."""

    weights: dict[str, float]
    bands: dict[Severity, float]  # lowest score for each severity
    vetoes: dict[str, Severity]  # veto name -> highest severity it allows
    ceiling: Severity  # the recognizer's `severity`: what a full-strength finding reports
    confidence: float  # the recognizer's `confidence`: the most sure it may say it is

    @classmethod
    def from_settings(cls, settings: dict[str, Any]) -> Weights:
        bands = {Severity.parse(k): float(v) for k, v in settings["bands"].items()}
        vetoes = {k: Severity.parse(v) for k, v in settings["vetoes"].items()}
        return cls(dict(settings["weights"]), bands, vetoes, Severity.parse(settings["severity"]),
                   float(settings["confidence"]))

    def decide(self, ev: Evidence, subject_zh: str, subject_en: str) -> Decision:
        """Sum the weights, pick the band, apply the vetoes and the ceiling; write the why from the evidence."""
        basis = [Basis(f.name, self.weights.get(f.name, 0.0), f.zh, f.en) for f in ev.features]
        score = round(sum(b.weight for b in basis), 4)
        severity = Severity.ALLOW
        for sev in sorted(self.bands, reverse=True):
            if score >= self.bands[sev]:
                severity = sev
                break
        severity = min(severity, self.ceiling)
        capped = False
        for v in ev.vetoes:
            cap = self.vetoes.get(v.name, Severity.BLOCK)
            basis.append(Basis(v.name, 0.0, v.zh, v.en, cap.label))
            if cap < severity:
                severity, capped = cap, True
        zh = "、".join(b.zh for b in basis if b.weight > 0 and b.zh)
        en = ", ".join(b.en for b in basis if b.weight > 0 and b.en)
        against = [b for b in basis if b.weight < 0 and b.zh]
        if against:  # evidence that lowered the score is part of the why too
            zh += "，但" + "、".join(b.zh for b in against)
            en += ", but " + ", ".join(b.en for b in against)
        if ev.vetoes:
            zh += "；" + "、".join(v.zh for v in ev.vetoes) + ("，只作提及" if capped else "")
            en += "; " + ", ".join(v.en for v in ev.vetoes) + (": a mention only" if capped else "")
        confidence = min(self.confidence, max(0.0, score))
        kind = "marking" if severity > Severity.NOTICE else "mention"
        return Decision(severity, score, confidence, tuple(basis), f"{subject_zh}：{zh}", f"{subject_en}: {en}", kind)
