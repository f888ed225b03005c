"""What a scan produces: findings (a span with evidence, not a boolean) and a verdict."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any, NamedTuple


class Severity(IntEnum):
    """Verdict levels, ordered so that `max()` gives the verdict (allow < notice < confirm < block)."""

    ALLOW = 0
    NOTICE = 1
    CONFIRM = 2
    BLOCK = 3

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, value: str) -> Severity:
        try:
            return cls[value.strip().upper()]
        except KeyError:
            raise ValueError(f"unknown severity {value!r} (allow, notice, confirm, block)") from None


class Basis(NamedTuple):
    """One weighted piece of evidence behind a finding: what `--explain` prints."""

    name: str  # the setting key: a weight ("own_line") or a veto ("prose")
    weight: float
    zh: str = ""
    en: str = ""
    cap: str = ""  # for a veto: the highest verdict it allows ("notice")


@dataclass(slots=True)
class Finding:
    """One piece of evidence: which rule, how bad, how sure, where in the user's own text, and why."""

    rule: str
    category: str
    severity: Severity
    confidence: float
    start: int  # offsets into the original (un-normalised) text
    end: int
    why_zh: str
    why_en: str
    evidence: tuple[str, ...] = ()
    excerpt: str = ""  # filled by the engine, personal data masked
    where: dict[str, Any] = field(default_factory=dict)
    # the weighted evidence that decided it, (feature, weight): what `clipguard scan --explain` prints
    basis: tuple[Basis, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "category": self.category,
            "severity": self.severity.label,
            "confidence": round(self.confidence, 2),
            "excerpt": self.excerpt,
            "where": self.where,
            "why": self.why_zh,
            "why_en": self.why_en,
            "evidence": [_basis_json(b) for b in self.basis] if self.basis else list(self.evidence),
        }


def _basis_json(b: Basis) -> dict[str, Any]:
    out: dict[str, Any] = {"feature": b.name, "weight": round(b.weight, 3), "why": b.zh, "why_en": b.en}
    if b.cap:
        out["caps_at"] = b.cap
    return out


@dataclass(slots=True)
class ScanResult:
    """The verdict for one item (a text, a file, the clipboard), or an `error` with its reason."""

    source: str
    verdict: str  # allow | notice | confirm | block | error
    findings: list[Finding] = field(default_factory=list)
    ms: float = 0.0
    error: str | None = None  # why the item could not be read (verdict "error"), or why it was skipped
    notes: list[str] = field(default_factory=list)  # what was left unread (page cap, OCR budget ...)

    @property
    def severity(self) -> Severity:
        """Errors rank as `notice`: unreadable content is reported, never silently allowed."""
        if self.verdict == "skipped":
            return Severity.ALLOW
        return Severity.NOTICE if self.verdict == "error" else Severity.parse(self.verdict)

    @property
    def skipped(self) -> bool:
        """Not a document at all (a program, a video): listed, not scanned; `error` holds the reason."""
        return self.verdict == "skipped"

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "path": self.source,
            "verdict": self.verdict,
            "findings": [f.to_json() for f in self.findings],
            "ms": round(self.ms, 3),
        }
        if self.error is not None:
            out["error"] = self.error
        if self.notes:
            out["notes"] = list(self.notes)
        return out
