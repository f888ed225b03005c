"""Personal data: one identifier is a notice, a list of them is `confirm` (a table of 20 people with IDs).

Subclasses give the pattern, the validator and the context words; this base counts distinct valid values
within a window (`bulk_window_lines` lines, `bulk_window_chars` characters) and adds one bulk finding when
that count reaches the threshold set in the rules file: six phone numbers in ten lines are a contact list,
six scattered over a 2 MB yearbook are not.
"""

from __future__ import annotations

import re
from typing import ClassVar

from guard.detect.base import Recognizer
from guard.detect.locality import Hit, densest
from guard.detect.settings_spec import Setting
from guard.model import Finding, Severity
from guard.normalize import Document

_SEPARATORS = re.compile(r"[\s\-]")
# where an identifier can be at all: runs of digits/letters (with spaces or hyphens) of 11+ characters
_CANDIDATES = re.compile(r"(?:\+|[0-9]|[a-y][0-9])[0-9a-z \-]{9,}[0-9a-z]")
# a list is a list within this many lines and characters (every subclass takes these into its defaults)
WINDOW_DEFAULTS = {"bulk_window_lines": 40, "bulk_window_chars": 4000, "severity": "confirm", "confidence": 0.95}
PERSONAL_SPEC = {
    "bulk_threshold": Setting("int", "成为名单的不同号码数（0为不判名单）",
                              "distinct valid numbers that make a list (0: never a list)", 0, 100_000),
    "bulk_window_lines": Setting("int", "名单须集中在的行数", "lines the numbers of a list stand within", 1, 100_000),
    "bulk_window_chars": Setting("int", "名单须集中在的字符数", "characters the numbers of a list stand within",
                                 100, 100_000),
    "context_words": Setting("words", "号码前表明其含义的词", "words before a number that say what it is"),
}


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
    spec: ClassVar = PERSONAL_SPEC

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
        hits: list[Hit] = []
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
            hits.append(Hit(m.start(), m.end(), "id", self.canonical(value)))
            conf = 0.75 if has_context else 0.6
            found.append(self.finding(
                doc, m.span(), Severity.NOTICE, conf,
                f"{self.name_zh}（校验通过）", f"{self.name_en} (check digit valid)",
                ("checksum", "context") if has_context else ("checksum",)))
        threshold = int(self.settings.get("bulk_threshold", 5))
        if not threshold or len({h.key for h in hits}) < threshold:
            return found
        lines = int(self.settings.get("bulk_window_lines", WINDOW_DEFAULTS["bulk_window_lines"]))
        chars = int(self.settings.get("bulk_window_chars", WINDOW_DEFAULTS["bulk_window_chars"]))
        window = densest(doc.text, hits, lines, chars, lambda c: c.get("id", 0) if c.get("id", 0) >= threshold else 0)
        if window is None:
            return found
        n = window.counts["id"]
        bulk = self.finding(
            doc, (window.start, window.end), Severity.parse(self.settings.get("bulk_severity", "confirm")),
            min(0.95, 0.7 + 0.02 * n),
            f"批量个人信息：{n}个不同的{self.name_zh}集中在{lines}行内（阈值{threshold}）",
            f"bulk personal data: {n} distinct {self.name_en}s within {lines} lines (threshold {threshold})",
            ("bulk", f"count={n}"), rule=f"{self.id}.bulk")
        found.insert(0, bulk)
        return found
