"""What one line of a pasted text looks like, on its own: a heading, a tag, a key: value, code or prose.

A line with full-width punctuation or mostly hanzi outside its literals and comments is a sentence, so a
Chinese official document's `一、`, `各单位：` or `时间：` lines stay prose however they are laid out.
"""

from __future__ import annotations

import re

HINT = re.compile(r"[{};<>`|\\=#*\[]")  # one character class: a fast scan
_RULE = re.compile(r"^\s{0,3}(?:={3,}|-{3,})\s*$")
FULL_PUNCT = re.compile("[，。；：（）、？！《》“”]")
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_QUOTED = re.compile(r"""https?://\S+|"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'|`[^`\n]*`|(?://|#|--\s).*$""")
_CODE = re.compile(r"""^\s*(?:def|class|import|from\s+[\w.]+\s+import|return|elif|except|try:|with|async|await|const
    |let|var|function|public|private|protected|static|package|func|\#include|using|namespace|struct|enum|interface|export|fn|
    case|esac|fi|done|then|do|echo|local|select|insert|create|update|delete|alter|drop|values|assert|print|raise|
    for\s*\(|if\s*\(|while\s*\(|switch\s*\(|\}\s*else|>>>|@\w+)\b
    |^\s*(?:>>>|\.\.\.)\ |[;{]\s*$|^\s*[})\]]|\):\s*$|^\s*(?://|/\*|\*/|\*\s)|=>|[\w\])]\s*(?:==|!=|\+=|=)\s*\S
    |\w\([^()]*\)\s*[;:{]?\s*$|^\#!/|^\s*(?:if|elif|while|until)\s+\[|;\s*(?:then|do)\s*$""", re.X | re.I)
_HASH = re.compile(r"^\s{0,3}#{1,6}\s+\S")
_EMPH = re.compile(r"\*\*\S[^*]*\*\*|__\S[^_]*__")
_MARKUP = re.compile(r"""^\s{0,3}(?:>(?!>>)\s?\S|```|~~~|\|.*\|\s*$|={1,6}\s+\S|:[\w-]+:(?:\s|$))
    |</?(?:p|div|h[1-6]|html|head|body|span|table|tr|td|th|ul|ol|li|title|meta|br|b|strong|em|font|center|select|
    option|section|article|!doctype|\?xml)\b[^>]*>|^\s*<([A-Za-z][\w:.-]*)\b[^>]*>.*</\1>\s*$
    |^\s*</?[A-Za-z][\w:.-]*>\s*$|\\(?:begin|end|section|subsection|chapter|title|documentclass|usepackage|maketitle
    |textbf)\b""", re.X | re.I)
_CONFIG = re.compile(r"""^\s*(?:-\s+)?[\w.\-\u4e00-\u9fff"']+\s*:(?:\s+(?:["'\[{|>&!].*|[^\s,;]+(?:\s[^\s,;]+){0,3}))?$
    |^\s*\[[A-Za-z_][\w.\- "]*\]\s*$
    |^\s*[\w.\-]+\s*=\s*(?:"[^"]*"|'[^']*'|[\w.:+\-]+|\[.*\]|\{[^:]*\})\s*(?:\#.*)?$
    |^\s*-\s+\S|^\s*[{}\[\]],?\s*$""", re.X)


def label(line: str) -> str:
    """What one line looks like: blank, hash, rule, markup, emph, config, code or prose."""
    s = line.strip()
    if not s:
        return "blank"
    if _HASH.match(line):
        return "hash"
    if _RULE.match(line):
        return "rule"  # a rule or setext underline: markup only beside other markup
    if _MARKUP.search(line):
        return "markup"
    if _EMPH.search(line):
        return "emph"  # **x** in a chat is no markup; beside a heading or a table it is
    bare = _QUOTED.sub("", s)
    if FULL_PUNCT.search(bare):  # full-width punctuation outside literals and comments: a sentence
        return "prose"
    if len(CJK.findall(bare)) * 3 > len(bare.replace(" ", "")):  # mostly hanzi outside literals: prose
        return "config" if _CONFIG.match(line) and (":" in s or s.startswith("- ")) and len(s) < 40 else "prose"
    if _CONFIG.match(line) and not re.search(r"[;(]\s*$", s):
        return "config"
    return "code" if _CODE.search(line) else "prose"
