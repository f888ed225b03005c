"""One labelled sample record for every set, the verdict ranks, and what counts as a miss.

Labels follow docs/labels.md, never the engine's current behaviour: "block" (state-secret material),
"confirm" (internal material, bulk personal data ...) and "harmless" (below confirm: allow or notice).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

RANK = {"allow": 0, "notice": 1, "error": 1, "confirm": 2, "block": 3}
LABELS = ("block", "confirm", "harmless")


@dataclass(frozen=True, slots=True)
class Sample:
    """A labelled text (or a picture made on demand by `make`); the fields after `kind` are what some sets
    add: an id to name misses by, how the text arrived, the issue-10 class, the exact verdict asked for."""

    text: str
    label: str  # "block" | "confirm" | "harmless"
    kind: str  # the sample's shape within its set: "id-table", "viewer", "positive" ...
    id: str = ""
    source: str = "text"  # text | ocr | code | markup | image
    cls: int = 0  # the issue-10 shape (1..8) in the class corpus, 0 elsewhere
    expected: str = ""  # the exact verdict asked for, where the set names one (allow/notice/confirm/block)
    group: str = ""  # image sets: screen | photo | harmless
    mark: str = "-"  # image sets: the mark style shown, "-" for none
    seed: int = 0  # image sets: the seed `make` renders from
    make: Callable[[random.Random], bytes] | None = None

    def render(self) -> bytes:
        """The picture of an image sample, the same bytes on every call."""
        if self.make is None:
            raise ValueError(f"sample {self.id or self.kind} is text, not a picture")
        return self.make(random.Random(self.seed))


def label_of(verdict: str) -> str:
    """The label a verdict satisfies: allow and notice are both harmless."""
    return verdict if verdict in ("block", "confirm") else "harmless"


def is_miss(label: str, verdict: str, harmless_ceiling: str = "notice") -> bool:
    """A block sample not blocked, a confirm sample below confirm, a harmless one above `harmless_ceiling`
    (the image set tolerates confirm on a harmless picture: only a block is a false alarm there); an
    `error` verdict is never a hit."""
    if label == "block":
        return verdict != "block"
    if label == "confirm":
        return verdict == "error" or RANK[verdict] < RANK["confirm"]
    return verdict == "error" or RANK[verdict] > RANK[harmless_ceiling]
