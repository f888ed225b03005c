"""Personal data: one identifier is a notice, a list of them is `confirm` (a table of 20 people with IDs).

Subclasses give the pattern, the validator and the context words; this base counts distinct valid values
and adds one bulk finding when the count reaches the threshold set in the rules file.
"""

from __future__ import annotations

import re
from typing import ClassVar

from guard.detect.base import Recognizer
from guard.model import Finding, Severity
from guard.normalize import Document

_SEPARATORS = re.compile(r"[\s\-]")
# where an identifier can be at all: runs of digits/letters (with spaces or hyphens) of 11+ characters
_CANDIDATES = re.compile(r"(?:\+|[0-9]|[a-y][0-9])[0-9a-z \-]{9,}[0-9a-z]")


def candidate_regions(doc: Document) -> list[tuple[int, int]]:
    """Shared by the personal-data recognizers: their patterns run only inside these regions."""
    regions = doc.cache.get("pii_regions")
    if regions is None:
        regions = [m.span() for m in _CANDIDATES.finditer(doc.text)]
        doc.cache["pii_regions"] = regions
    return regions  # type: ignore[return-value]


class PersonalDataRecognizer(Recognizer):
    category = "personal_data"
    pattern: ClassVar[re.Pattern[str]]
    name_zh: ClassVar[str]
    name_en: ClassVar[str]
    context_window = 16

    def setup(self) -> None:
        words = self.settings.get("context_words", [])
        self.context = re.compile("|".join(re.escape(w.lower()) for w in words)) if words else None

    def valid(self, value: str) -> bool:
        raise NotImplementedError

    def canonical(self, value: str) -> str:
        """The form two writings of the same identifier share (for counting distinct people)."""
        return value.upper()

    def accept(self, doc: Document, span: tuple[int, int], value: str, has_context: bool) -> bool:
        """Extra gate after the checksum (bank cards want context); default: accept."""
        return True

    def analyze(self, doc: Document) -> list[Finding]:
        found: list[Finding] = []
        seen: set[str] = set()
        claimed: list[tuple[int, int]] = doc.cache.setdefault("pii_spans", [])  # type: ignore[assignment]
        matches = (m for lo, hi in candidate_regions(doc) for m in self.pattern.finditer(doc.text, lo, hi))
        for m in matches:
            if any(s < m.end() and m.start() < e for s, e in claimed):
                continue  # an ID number is not also a bank card
            value = _SEPARATORS.sub("", m.group())
            if not self.valid(value):
                continue
            lo = max(0, m.start() - self.context_window)
            has_context = bool(self.context and self.context.search(doc.text, lo, m.start()))
            if not self.accept(doc, m.span(), value, has_context):
                continue
            claimed.append(m.span())
            seen.add(self.canonical(value))
            conf = 0.75 if has_context else 0.6
            found.append(self.finding(
                doc, m.span(), Severity.NOTICE, conf,
                f"{self.name_zh}（校验通过）", f"{self.name_en} (check digit valid)",
                ("checksum", "context") if has_context else ("checksum",)))
        threshold = int(self.settings.get("bulk_threshold", 5))
        if threshold and len(seen) >= threshold:
            first, last = found[0], found[-1]
            bulk = self.finding(
                doc, (first.start, last.end), Severity.parse(self.settings.get("bulk_severity", "confirm")),
                min(0.95, 0.7 + 0.02 * len(seen)),
                f"批量个人信息：{len(seen)}个不同的{self.name_zh}（阈值{threshold}）",
                f"bulk personal data: {len(seen)} distinct {self.name_en}s (threshold {threshold})",
                ("bulk", f"count={len(seen)}"), rule=f"{self.id}.bulk", orig=True)
            found.insert(0, bulk)
        return found
