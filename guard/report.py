"""Human output of `clipguard`: one row per item with a coloured verdict, its findings, then a summary."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from rich.cells import cell_len
from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from guard.messages import both, language, t
from guard.model import Finding, ScanResult
from guard.policy import Policy

COLOURS = {"block": "bold white on red", "confirm": "bold yellow", "notice": "cyan", "allow": "green",
           "error": "bold magenta"}


class HumanReport:
    def __init__(self, color: bool = True, explain: bool = False):
        self.explain = explain
        self.console = Console(no_color=not color, highlight=False, soft_wrap=True)
        self.counts: Counter[str] = Counter()
        self.skips = 0

    def item(self, r: ScanResult) -> None:
        self.counts[r.verdict] += 1
        label = both(f"verdict.{r.verdict}")
        self.console.print(f"[{COLOURS[r.verdict]}]{_pad(label)}[/] {escape(r.source)}  [dim]{r.ms:.1f} ms[/]")
        if r.error:
            self.console.print(f"    [magenta]{escape(r.error)}[/]")
        for note in r.notes:
            if note != r.error:  # an OCR budget overrun carries its reason in both
                self.console.print(f"    [yellow]{escape(t('scan.notes'))}: {escape(note)}[/]")
        en = language() == "en"
        for f in r.findings:
            where = t("where.line", **f.where) if "line" in f.where else ""
            # the why wraps under itself, not back to column 0: a second column of a grid
            grid = Table.grid(padding=(0, 1))
            grid.add_column(width=11, no_wrap=True)
            grid.add_column(ratio=1)
            grid.add_row(Text("   " + t(f"verdict.{f.severity.label}"), style=COLOURS[f.severity.label]),
                         Text(f.why_en if en else f.why_zh, overflow="fold"))
            meta = " · ".join(x for x in (where, f.rule, f"{f.confidence:.2f}") if x)
            grid.add_row("", Text(meta, style="dim", overflow="fold"))
            if f.excerpt:
                grid.add_row("", Text(f"“{f.excerpt}”", style="dim", overflow="fold"))
            self.console.print(grid, soft_wrap=False)
            if self.explain:
                self._evidence(f, en)

    def _evidence(self, f: Finding, en: bool) -> None:
        """Which evidence decided the finding, weight by weight: why a harmless file was flagged."""
        pad = " " * 12
        self.console.print(f"{pad}[bold]{escape(t('explain.evidence'))}[/]")
        if not f.basis:
            self.console.print(f"{pad}  {escape(t('explain.tags', tags=', '.join(f.evidence) or f.rule))}")
            return
        for b in f.basis:
            text = escape((b.en if en else b.zh) or "")
            if b.cap:
                caps = escape(t("explain.caps", cap=t(f"verdict.{b.cap}")))
                self.console.print(f"{pad}  [yellow]veto [/] {b.name:<20} {text}  ({caps})")
            else:
                self.console.print(f"{pad}  {b.weight:+.2f} {b.name:<20} {text}")
        total = t("explain.total", score=sum(b.weight for b in f.basis), confidence=f.confidence)
        self.console.print(f"{pad}  {escape(total)}")

    def skipped(self, path: Path, reason: str) -> None:
        self.skips += 1
        self.console.print(f"[dim]{_pad(t('scan.skipped'))} {escape(str(path))}  ({escape(reason)})[/]")

    def summary(self, seconds: float) -> None:
        items = sum(self.counts.values())
        parts = [f"[{COLOURS[v]}]{both('verdict.' + v)} {self.counts[v]}[/]"
                 for v in ("block", "confirm", "notice", "allow", "error") if self.counts[v]]
        line = t("scan.summary", items=items, seconds=seconds) + " " + "，".join(parts)
        if self.skips:
            line += "；" + t("scan.skipped_count", n=self.skips)
        self.console.print(line)


def _pad(label: str, cells: int = 14) -> str:
    """Pad by screen cells, not characters: a Chinese character takes two, and the paths after must line up."""
    return label + " " * max(0, cells - cell_len(label))


def rules_table(policy: Policy, effective: dict[str, Any]) -> None:
    console = Console(highlight=False)
    console.print(f"[bold]{escape(policy.name)}[/] {policy.version}  ({', '.join(policy.sources)})")
    table = Table("id", "category", "settings / severity", show_lines=False)
    for rid, settings in effective["recognizers"].items():
        brief = {k: v for k, v in settings.items() if not isinstance(v, list | dict) and k != "category"}
        table.add_row(rid, settings["category"], escape(str(brief)))
    for rule in effective["rules"]:
        table.add_row(rule["id"], rule.get("category", "keyword"),
                      f"{rule.get('severity', 'confirm')}: {len(rule.get('keywords', []))} keywords, "
                      f"{len(rule.get('patterns', []))} patterns")
    for allow in effective["allow"]:
        table.add_row(allow["id"], "allow", f"≤ {allow.get('max_severity', 'allow')} ({allow.get('scope', 'span')})")
    console.print(table)
