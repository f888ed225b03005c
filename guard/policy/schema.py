"""The compiled policy: what the loader produces from one or more rules files and the engine runs."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from guard.detect.base import Recognizer
from guard.detect.keyword_rules import KeywordRule
from guard.model import Severity

CATEGORIES = ("state_secret", "internal", "draft", "official_document", "personal_data", "medical", "itinerary",
              "keyword", "secrecy_term")


@dataclass(slots=True)
class AllowRule:
    """Lowers or clears findings when a phrase stands in the given scope (`（此件公开发布）`, `秘密花园`)."""

    id: str
    phrases: list[str]  # normalised
    patterns: list[re.Pattern[str]]
    scope: str  # span | line | document
    categories: tuple[str, ...]  # empty: every category
    rules: tuple[str, ...]  # rule-id prefixes; empty: every rule
    max_severity: Severity
    examples: dict[str, list[str]] = field(default_factory=dict)

    def applies_to(self, rule: str, category: str) -> bool:
        if self.categories and category not in self.categories:
            return False
        return not self.rules or any(rule.startswith(r) for r in self.rules)


@dataclass(slots=True)
class Policy:
    name: str
    version: str
    sources: list[str]
    min_confidence: dict[Severity, float]
    excerpt_context: int
    recognizers: list[Recognizer]
    rules: list[KeywordRule]
    allow: list[AllowRule]
    raw: dict[str, Any]  # the merged data, for `clipguard rules show`
    digest: str = ""  # sha256 over the files' paths and bytes as loaded: the same files, the same policy
    file_meta: list[tuple[str, str]] = field(default_factory=list)  # (meta.name, meta.version) of each file
