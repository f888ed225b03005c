"""Orchestration only: normalise, select recognizers in one keyword pass, run them, judge, excerpt."""

from __future__ import annotations

import time
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache

from guard.detect.keyword_rules import rule_findings
from guard.detect.keywords import KeywordIndex
from guard.extract.base import Part
from guard.mask import excerpt
from guard.model import Finding, ScanResult
from guard.normalize import Document
from guard.policy import Policy, load_policy
from guard.policy.verdict import judge


class Engine:
    """One engine serves every source (CLI, clipboard, folders); it holds one compiled policy."""

    def __init__(self, policy: Policy | None = None):
        self.policy = policy or load_policy()
        self.index = KeywordIndex(self.policy.rules, self.policy.recognizers)

    def findings(self, doc: Document) -> list[Finding]:
        """Raw findings before allow rules and thresholds."""
        run, hits = self.index.search(doc.text)
        out: list[Finding] = []
        for i, rec in enumerate(self.policy.recognizers):
            if i in run:
                out.extend(rec.run(doc))
        for i, rule in enumerate(self.policy.rules):
            if hits.get(i) or rule.patterns:
                out.extend(rule_findings(rule, doc, hits.get(i, [])))
        return out

    def scan_text(self, text: str, source: str = "-", *, ocr: bool = False,
                  ocr_lines: Iterable[tuple[int, int]] = ()) -> ScanResult:
        """Scan one text. `ocr=True`: every line was read by OCR; `ocr_lines`: only these half-open ranges
        of 0-based lines were (see `Document`)."""
        t0 = time.perf_counter()
        if ocr:
            ocr_lines = [(0, text.count("\n") + 1)]
        doc = Document(text, ocr_lines)
        verdict, kept = judge(self.policy, doc, self.findings(doc))
        ctx = self.policy.excerpt_context
        for f in kept:
            f.excerpt = excerpt(text, f.start, f.end, ctx)
        return ScanResult(source=source, verdict=verdict.label, findings=kept,
                          ms=(time.perf_counter() - t0) * 1000)

    def scan_parts(self, parts: list[Part], source: str = "-") -> ScanResult:
        """Parts of one item (page header, body, sheets, OCR'd pages) scanned as one text in reading order:
        a list of people split over two sheets is still a list. Each finding's `where` names its part, the
        line within it and, for OCR text, the box of that line. The lines of OCR parts are marked as such
        in the scanned `Document`."""
        t0 = time.perf_counter()
        texts = [p.text for p in parts]
        starts, line_starts, ocr_lines, pos, line = [], [], [], 0, 1
        for part, text in zip(parts, texts, strict=True):
            starts.append(pos)
            line_starts.append(line)
            pos += len(text) + 2
            count = text.count("\n") + 1
            if part.source == "ocr":
                ocr_lines.append((line - 1, line - 1 + count))
            line += count + 1
        result = self.scan_text("\n\n".join(texts), source=source, ocr_lines=ocr_lines)
        for f in result.findings:
            k = max(0, bisect_right(starts, f.start) - 1)
            part = parts[k]
            local_line = f.where["line"] - line_starts[k]
            where = {**part.where, "line": local_line + 1, "column": f.where["column"]}
            if len(parts) == 1 and not part.line_boxes:  # the whole text: its offsets are the user's own
                where.update(start=f.where["start"], end=f.where["end"])
            if part.line_boxes and 0 <= local_line < len(part.line_boxes):
                where["box"] = list(part.line_boxes[local_line])
            f.where = where
        result.ms = (time.perf_counter() - t0) * 1000
        return result

    def policy_examples_failures(self) -> list[str]:
        """Run the `examples` of every data rule and allow entry; return what did not behave as written."""
        failures = []
        for rule in self.policy.rules:
            for kind, texts in rule.examples.items():
                for text in texts:
                    hit = any(f.rule == rule.id for f in self.findings(Document(text)))
                    if hit != (kind == "hit"):
                        failures.append(f"{rule.id}: {kind} example {text!r}")
        for allow in self.policy.allow:
            for kind, texts in allow.examples.items():
                for text in texts:
                    hit = self._allow_applies(allow.id, text)
                    if hit != (kind == "hit"):
                        failures.append(f"{allow.id}: {kind} example {text!r}")
        return failures

    def _allow_applies(self, allow_id: str, text: str) -> bool:
        """Whether the allow entry lowers something in this text (compared with the policy without it)."""
        doc = Document(text)
        raw = self.findings(doc)
        without = replace(self.policy, allow=[a for a in self.policy.allow if a.id != allow_id])
        with_it = judge(self.policy, doc, raw)[1]
        without_it = judge(without, doc, raw)[1]
        return [(f.rule, f.severity) for f in with_it] != [(f.rule, f.severity) for f in without_it]


@lru_cache(maxsize=1)
def default_engine() -> Engine:
    return Engine()


def scan_text(text: str, source: str = "-") -> ScanResult:
    """Scan with the default rules (convenience for scripts and tests)."""
    return default_engine().scan_text(text, source)
