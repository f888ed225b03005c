"""What the hold dialog says: what was found, why it matters, what happens now, what to do instead, that it
was recorded and whom to ask; and the release reasons offered. Words come from ui/words/dialog.py, the
admin's own texts (contact, link, advice, reasons) from the settings."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from guard.model import Severity
from guard.sources.clipboard import categories
from ui.clipboard_guard import Held
from ui.text import UI, tr

# the built-in reasons, keys of dialog.reason.*; "other" is always last and needs words
REASONS = ("public", "approved", "own", "false_positive", "other")
MAX_SHOWN = 6
Option = Callable[[str, Any], Any]


def what(held: Held) -> str:
    """The kinds of content found, worst first, in the reader's language (no excerpt)."""
    words = categories(held.result, tr)
    return words.replace("、", ", ") if tr.language() == "en" else words


def title(held: Held, block: bool, unjudged: bool) -> str:
    if unjudged:
        return tr("dialog.title.unjudged")
    return tr("dialog.title.block" if block else "dialog.title.confirm", what=what(held))


def lead_html(held: Held, block: bool, can_release: bool, unjudged: bool) -> str:
    """What was found (bold, in the verdict's colour), why it matters in one line, what happens now."""
    colour = "#b00020" if block else "#8a5a00"
    if unjudged:
        return f"<b style='color:{colour};'>{html.escape(tr('dialog.lead.unjudged'))}</b>"
    worst = max(held.result.findings, key=lambda f: f.severity, default=None)
    why_key = f"dialog.why.{worst.category}" if worst is not None else "dialog.why.other"
    why = tr(why_key if why_key in UI else "dialog.why.other")
    now = tr("dialog.now.confirm" if not block else "dialog.now.block_admin" if can_release else "dialog.now.block")
    return (f"<b style='color:{colour};'>{html.escape(tr('dialog.lead.found', what=what(held)))}"
            f"{html.escape(now)}</b><br>{html.escape(why)}")


def advice_lines(block: bool, opt: Option, unjudged: bool = False) -> list[str]:
    """What to do instead (the admin's words when set), that it was recorded, whom to ask, the rules' link.
    Content that could not be checked gets no advice on sending: nothing was found in it."""
    own = str(opt("block_advice" if block else "confirm_advice", "") or "").strip()
    lines = ([] if unjudged else [own or tr("dialog.advice")]) + [tr("dialog.recorded")]
    contact = str(opt("secrecy_contact", "") or "").strip()
    if contact:
        lines.append(tr("dialog.contact", contact=contact))
    link = str(opt("policy_link", "") or "").strip()
    if link:
        lines.append(tr("dialog.policy", link=link))
    return lines


def reason_choices(opt: Option) -> list[tuple[str, str]]:
    """(key, words) per reason offered: the admin's list replaces the presets (key "" = the admin's words);
    "other" is always last."""
    own = [str(r).strip() for r in (opt("release_reasons", ()) or ()) if str(r).strip()]
    if own:
        return [("", r) for r in own] + [("other", tr("dialog.reason.other"))]
    return [(key, tr(f"dialog.reason.{key}")) for key in REASONS]


def findings_html(held: Held, unjudged: bool, shown: int = MAX_SHOWN) -> str:
    en = tr.language() == "en"
    # the worst first, then in reading order, so a clerk finds each one in the text
    items = sorted(held.result.findings, key=lambda f: (-f.severity, f.where.get("line", 0), f.start))
    rows = []
    for f in items[:shown]:
        why = html.escape(f.why_en if en else f.why_zh)
        file = f.where.get("file")
        place = html.escape(tr("dialog.in_file", file=str(file))) if file else ""
        excerpt = html.escape(f.excerpt)
        colour = "#b00020" if f.severity >= Severity.BLOCK else "#8a5a00"
        rows.append(f"<li>{place}{why}<br><span style='background:#fff3c4; color:{colour};'><b>{excerpt}</b>"
                    "</span></li>")
    if len(items) > shown:
        rows.append(f"<li>{html.escape(tr('dialog.more', n=len(items) - shown))}</li>")
    # what could not be read, and why: an unjudged hold must say what stopped the check (the readers' reasons
    # may be technical English: a plain sentence comes first)
    reasons = [r for r in [held.result.error, *held.result.notes] if r][:MAX_SHOWN]
    if reasons and unjudged:
        rows.append(f"<li>{html.escape(tr('dialog.unjudged_' + _what(held.job.kind)))}</li>")
    for reason in reasons:
        rows.append(f"<li><span style='color:#555;'>{html.escape(reason)}</span></li>")
    return "<ul style='margin:0;'>" + "".join(rows) + "</ul>"


def _what(kind: str) -> str:
    return {"image": "picture", "files": "files"}.get(kind, "text")
