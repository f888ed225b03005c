"""One finding per thing a person must look at: the single identifiers a bulk personal-data finding already
counts are folded into it, so a list of twenty people is one line in the dialog and the report, not
twenty-one, each masked on its own."""

from __future__ import annotations

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
