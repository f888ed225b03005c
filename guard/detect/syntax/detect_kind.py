"""Is a text prose, markup or code? Read from its lines, without a file name.

Conservative: most lines must look like code for code, and a line of chat before or after pasted code is
left out of its region. Big texts are judged from a sample (head, middle, tail), and a sample without any
ASCII syntax character is prose at once.
"""

from __future__ import annotations

import re

from .lines import CJK, FULL_PUNCT, HINT, label

_SAMPLE = 8_000  # characters from the head, middle and tail of a big text


def _lang(lines: list[str]) -> tuple[str, int]:
    text = "\n".join(lines)
    if re.match(r"\s*[{\[]", text) and re.search(r'^\s*"[^"\n]*"\s*:', text, re.M):
        return "json", 9
    if text.lstrip().startswith(">>> "):  # a session, not a docstring's example inside a function
        return "doctest", 9
    score = {
        "sql": len(re.findall(r"^\s*(?:select|insert|create|update|delete|alter|drop)\b", text, re.M | re.I)),
        "shell": len(re.findall(r"^#!/|\b(?:esac|fi|done|then|echo|elif)\b|\$\(\w|\"\$\w", text, re.M)),
        "python": len(re.findall(r"^\s*(?:def|class|import|from|elif|except)\b|\b(?:self|None|print\()"
                                 r"|\b[rf][\"']", text, re.M)),
        "js": len(re.findall(r"\b(?:const|let|function|console|require|=>|undefined)\b|=>", text)),
        "cfamily": len(re.findall(r"\b(?:public|private|static|void|#include|package|func|String|int)\b", text)),
    }
    best = max(score, key=score.__getitem__)
    return (best if score[best] else "cfamily"), score[best]


def _widen(lines: list[str], labels: list[str], first: int, last: int) -> tuple[int, int]:
    """Pull into the region the lines of code that read like prose: a docstring's or block comment's
    opening line above, its closing line below, and ASCII lines without sentence punctuation."""
    head, tail = "\n".join(lines[:first]), "\n".join(lines[last + 1:])
    for opener, closer in (('"""', '"""'), ("'''", "'''"), ("/*", "*/"), ("<!--", "-->")):
        if opener in head:  # a docstring or block comment above the first line of code
            first = min(first, next(j for j, ln in enumerate(lines) if opener in ln))
        if closer in tail:
            last = max(last, max(j for j, ln in enumerate(lines) if closer in ln))
    while first and not (CJK.search(lines[first - 1]) or FULL_PUNCT.search(lines[first - 1])):
        first -= 1
    while last + 1 < len(lines) and not (CJK.search(lines[last + 1]) or FULL_PUNCT.search(lines[last + 1])):
        last += 1
    return first, last


def _sample(text: str) -> str:
    """A big text is judged from three slices (head, middle, tail) cut at line ends."""
    if len(text) <= 3 * _SAMPLE:
        return text
    mid = len(text) // 2
    parts = [text[:_SAMPLE], text[mid: mid + _SAMPLE], text[-_SAMPLE:]]
    return "\n".join(p[p.find("\n") + 1: p.rfind("\n")] if i else p[: p.rfind("\n")] for i, p in enumerate(parts))


def guess(text: str) -> tuple[str, str, int, int]:
    """(kind, lang, start, end): the region [start, end) of text that holds the code or markup."""
    sample = _sample(text)  # a big text is judged from its sample alone: prose costs under a millisecond
    if not (HINT.search(sample) or ": " in sample or ":\n" in sample or sample.startswith("---")):
        return "prose", "", 0, len(text)
    lines = sample.split("\n")
    labels = [label(ln) for ln in lines]
    syn = [i for i, lab in enumerate(labels) if lab not in ("prose", "blank")]
    if not syn:
        return "prose", "", 0, len(text)
    first, last = _widen(lines, labels, syn[0], syn[-1])
    if sample is not text:  # sampled: the region is the whole text
        first, last = 0, len(lines) - 1
    idx = range(len(lines))
    starts = [0]
    for ln in lines:
        starts.append(starts[-1] + len(ln) + 1)
    region = [labels[i] for i in idx if first <= i <= last and labels[i] != "blank"]
    n = {k: region.count(k) for k in ("code", "hash", "markup", "config", "prose")}
    span = (starts[first], starts[last + 1] - 1) if sample is text else (0, len(text))
    front = lines[first].strip() == "---" and n["config"] >= 1
    marks = n["markup"] + n["hash"] + region.count("emph")
    commented_config = n["config"] >= max(2, 2 * n["prose"])  # `# comment` lines of a YAML file
    marked = front or n["markup"] >= 1 or (n["hash"] and not n["code"] and not commented_config)
    if marked and marks + front >= max(1, 0.05 * len(region)) and n["code"] <= marks:
        body = "\n".join(lines[first: last + 1])
        lang = "latex" if "\\" in body and re.search(r"\\(?:begin|section|title|documentclass)", body) else (
            "html" if re.search(r"^\s*<[a-z!?]", body, re.M | re.I) and "\n#" not in body else "markdown")
        return "markup", lang, 0, len(text)  # markup scanners leave its prose lines (and chat) alone
    code_like = n["code"] + n["hash"] + n["config"]
    if code_like >= 0.5 * len(region) and (n["code"] or n["config"] >= 2):
        lang, score = _lang([lines[i] for i in idx if first <= i <= last])
        if n["config"] > n["code"] and score < 2:
            body = lines[first: last + 1]
            keys = [m.group(1) for ln in body if (m := re.match(r"\s*(?:-\s+)?([^\s:=]+)\s*[:=]", ln))]
            if (not keys or sum(k.isascii() for k in keys) * 2 < len(keys)) and not front:
                return "prose", "", 0, len(text)  # `张三: 收到` lines of a chat, not a mapping
            lang = "toml" if re.search(r"^\s*[\w.\-]+\s*=", "\n".join(body), re.M) else "yaml"
        return "code", lang, span[0], len(text) if lang == "doctest" else span[1]
    return "prose", "", 0, len(text)
