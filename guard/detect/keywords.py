"""One Aho-Corasick pass for every keyword of every admin rule and every recognizer trigger: the text is
read once however many rules there are (the rules and their findings: guard.detect.keyword_rules)."""

from __future__ import annotations

from collections import defaultdict

import ahocorasick_rs

from guard.detect.base import Recognizer
from guard.detect.keyword_rules import MAX_FINDINGS_PER_RULE, KeywordRule


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
