"""Parse, merge, validate and compile rules files. A bad file is rejected whole, with file, line and rule id.

The default rules ship as package data and always load; an admin file extends them: recognizer settings
are merged key by key, rules and allow entries with a known id replace the default, `disable` removes ids.
"""

from __future__ import annotations

import copy
import re
import tomllib
from importlib import resources
from pathlib import Path
from typing import Any

import re2

from guard import detect
from guard.errors import RulesError
from guard.model import Severity
from guard.normalize import normalize
from guard.policy.schema import CATEGORIES, AllowRule, KeywordRule, Policy

_TOP_KEYS = {"meta", "policy", "recognizers", "rules", "allow", "disable"}
_RULE_KEYS = {"id", "category", "severity", "message", "keywords", "patterns", "allow", "min_count", "confidence",
              "enabled", "examples"}
_ALLOW_KEYS = {"id", "phrases", "patterns", "scope", "categories", "rules", "max_severity", "enabled", "examples"}
_POLICY_KEYS = {"min_confidence", "excerpt_context"}
_ID = re.compile(r"[a-z0-9][a-z0-9_.\-]*")


def default_rules_path() -> Path:
    """The shipped default policy (from the checkout, or the installed package data)."""
    here = Path(__file__).resolve().parents[2] / "resources" / "rules" / "default.toml"
    if here.is_file():
        return here
    return Path(str(resources.files("guard.resources") / "rules" / "default.toml"))


class _Source:
    """One file's text, to point errors at the line where a rule or table is written."""

    def __init__(self, path: str, text: str):
        self.path, self.text = path, text

    def line_of(self, *needles: str) -> int | None:
        for needle in needles:
            at = self.text.find(needle)
            if at >= 0:
                return self.text.count("\n", 0, at) + 1
        return None

    def error(self, message: str, rule: str | None = None, table: str | None = None) -> RulesError:
        line = None
        if rule:
            line = self.line_of(f'id = "{rule}"', f"id='{rule}'", f'id="{rule}"', rule)
        elif table:
            head, _, name = table.partition(".")
            spellings = [f"[{table}]"]
            if name:
                spellings += [f'[{head}."{name}"]', f"[{head}.'{name}']", f'"{name}"']
            line = self.line_of(*spellings)
        return RulesError(message, path=self.path, line=line, rule=rule)


def _read(path: Path) -> tuple[dict[str, Any], _Source]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise RulesError("file not found", path=str(path)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise RulesError(f"cannot read: {exc}", path=str(path)) from None
    src = _Source(str(path), text)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"line (\d+)", str(exc))
        line = int(m.group(1)) if m else len(text.rstrip().splitlines())  # "at end of document"
        raise RulesError(f"not valid TOML: {exc}", path=str(path), line=line) from None
    unknown = set(data) - _TOP_KEYS
    if unknown:
        raise src.error(f"unknown top-level key(s): {', '.join(sorted(unknown))}", table=sorted(unknown)[0])
    return data, src


def _merge(base: dict[str, Any], over: dict[str, Any], src: _Source) -> dict[str, Any]:
    out = copy.deepcopy(base)
    for key in ("meta", "policy"):
        out.setdefault(key, {}).update(over.get(key, {}))
    recs = out.setdefault("recognizers", {})
    rec_sources = out.setdefault("_recognizer_sources", {})
    for name, settings in over.get("recognizers", {}).items():
        if not isinstance(settings, dict):
            raise src.error("must be a table", table=f"recognizers.{name}")
        recs.setdefault(name, {}).update(settings)
        rec_sources[name] = src
    disabled = set(over.get("disable", []))
    for key in ("rules", "allow"):
        entries = [e for e in out.get(key, []) if e.get("id") not in disabled]
        for entry in over.get(key, []):
            entry = dict(entry, _source=src)
            entries = [e for e in entries if e.get("id") != entry.get("id")]
            entries.append(entry)
        out[key] = entries
    for rid in disabled:
        if rid in recs:
            recs[rid]["enabled"] = False
    return out


def _severity(value: Any, src: _Source, rule: str | None, what: str = "severity") -> Severity:
    try:
        return Severity.parse(str(value))
    except ValueError as exc:
        raise src.error(f"{what}: {exc}", rule=rule) from None


def _str_list(entry: dict[str, Any], key: str, src: _Source, rule: str) -> list[str]:
    value = entry.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise src.error(f"'{key}' must be a list of non-empty strings", rule=rule)
    return value


def _re2(pattern: str, src: _Source, rule: str) -> Any:
    opts = re2.Options()
    opts.case_sensitive = False
    opts.log_errors = False
    try:
        return re2.compile(pattern, opts)
    except re2.error as exc:
        msg = exc.args[0].decode() if exc.args and isinstance(exc.args[0], bytes) else str(exc)
        raise src.error(f"pattern {pattern!r} is not a valid RE2 expression: {msg}", rule=rule) from None


def _examples(entry: dict[str, Any], src: _Source, rule: str) -> dict[str, list[str]]:
    value = entry.get("examples", {})
    if not isinstance(value, dict) or set(value) - {"hit", "miss"}:
        raise src.error("examples must be a table with 'hit' and/or 'miss' lists", rule=rule)
    return {k: _str_list(value, k, src, rule) for k in value}


def _rule_id(entry: dict[str, Any], src: _Source, kind: str) -> str:
    rid = entry.get("id")
    if not isinstance(rid, str) or not _ID.fullmatch(rid):
        raise src.error(f"every {kind} entry needs an id of lower-case letters, digits, '.', '-' or '_' (got {rid!r})",
                        rule=str(rid) if rid else None)
    return rid


def _compile_rule(entry: dict[str, Any], default_src: _Source) -> KeywordRule | None:
    src = entry.get("_source", default_src)
    rid = _rule_id(entry, src, "[[rules]]")
    unknown = set(entry) - _RULE_KEYS - {"_source"}
    if unknown:
        raise src.error(f"unknown key(s): {', '.join(sorted(unknown))}", rule=rid)
    if not entry.get("enabled", True):
        return None
    category = entry.get("category", "keyword")
    if category not in CATEGORIES:
        raise src.error(f"category {category!r} is not one of {', '.join(CATEGORIES)}", rule=rid)
    message = entry.get("message", {})
    if not isinstance(message, dict) or not isinstance(message.get("zh", ""), str):
        raise src.error("message must be a table with zh and en strings", rule=rid)
    keywords = [normalize(k) for k in _str_list(entry, "keywords", src, rid)]
    patterns = [_re2(p, src, rid) for p in _str_list(entry, "patterns", src, rid)]
    if not keywords and not patterns:
        raise src.error("a rule needs at least one keyword or pattern", rule=rid)
    min_count = entry.get("min_count", 1)
    if not isinstance(min_count, int) or min_count < 1:
        raise src.error("min_count must be a whole number >= 1", rule=rid)
    confidence = entry.get("confidence", 0.8)
    if not isinstance(confidence, int | float) or not 0 <= confidence <= 1:
        raise src.error("confidence must be between 0 and 1", rule=rid)
    return KeywordRule(
        id=rid, category=category, severity=_severity(entry.get("severity", "confirm"), src, rid),
        message_zh=message.get("zh", rid), message_en=message.get("en", message.get("zh", rid)),
        keywords=keywords, patterns=patterns, allow=[normalize(a) for a in _str_list(entry, "allow", src, rid)],
        min_count=min_count, confidence=float(confidence), examples=_examples(entry, src, rid))


def _compile_allow(entry: dict[str, Any], default_src: _Source) -> AllowRule | None:
    src = entry.get("_source", default_src)
    rid = _rule_id(entry, src, "[[allow]]")
    unknown = set(entry) - _ALLOW_KEYS - {"_source"}
    if unknown:
        raise src.error(f"unknown key(s): {', '.join(sorted(unknown))}", rule=rid)
    if not entry.get("enabled", True):
        return None
    scope = entry.get("scope", "span")
    if scope not in ("span", "line", "document"):
        raise src.error("scope must be span, line or document", rule=rid)
    categories = tuple(_str_list(entry, "categories", src, rid))
    for c in categories:
        if c not in CATEGORIES:
            raise src.error(f"category {c!r} is not one of {', '.join(CATEGORIES)}", rule=rid)
    phrases = [normalize(p) for p in _str_list(entry, "phrases", src, rid)]
    patterns = [_re2(p, src, rid) for p in _str_list(entry, "patterns", src, rid)]
    if not phrases and not patterns:
        raise src.error("an allow entry needs phrases or patterns", rule=rid)
    ceiling = _severity(entry.get("max_severity", "allow"), src, rid, "max_severity")
    if ceiling is Severity.BLOCK:
        raise src.error("max_severity of an allow entry must be allow, notice or confirm", rule=rid)
    return AllowRule(id=rid, phrases=phrases, patterns=patterns, scope=scope, categories=categories,
                     rules=tuple(_str_list(entry, "rules", src, rid)), max_severity=ceiling,
                     examples=_examples(entry, src, rid))


def _compile_recognizers(data: dict[str, Any], last: _Source) -> list[Any]:
    settings = data.get("recognizers", {})
    sources = data.get("_recognizer_sources", {})
    unknown = set(settings) - set(detect.REGISTRY)
    if unknown:
        name = sorted(unknown)[0]
        raise sources.get(name, last).error(f"unknown recognizer {name!r}; known: {', '.join(detect.REGISTRY)}",
                        table=f"recognizers.{name}")
    out = []
    for cls in detect.recognizer_classes():
        rid = cls.id
        conf = dict(settings.get(rid, {}))
        src = sources.get(rid, last)
        if not conf.pop("enabled", True):
            continue
        for key, value in conf.items():
            if key not in cls.defaults and key not in ("severity", "confidence"):
                raise src.error(f"unknown setting {key!r} for recognizer {rid}", table=f"recognizers.{rid}")
            default = cls.defaults.get(key)
            if default is not None and type(default) is not type(value) and not (
                    isinstance(default, float | int) and isinstance(value, float | int)):
                raise src.error(f"setting {key!r} of {rid} must be a {type(default).__name__}",
                                table=f"recognizers.{rid}")
        try:
            out.append(cls(conf))
        except (ValueError, TypeError, re.error) as exc:
            raise src.error(f"recognizer {rid}: {exc}", table=f"recognizers.{rid}") from None
    return out


def _compile_policy_settings(data: dict[str, Any], src: _Source) -> tuple[dict[Severity, float], int]:
    pol = data.get("policy", {})
    unknown = set(pol) - _POLICY_KEYS
    if unknown:
        raise src.error(f"unknown [policy] key(s): {', '.join(sorted(unknown))}", table="policy")
    mins = {Severity.NOTICE: 0.3, Severity.CONFIRM: 0.5, Severity.BLOCK: 0.75}
    for key, value in pol.get("min_confidence", {}).items():
        sev = _severity(key, src, None, "min_confidence")
        if not isinstance(value, int | float) or not 0 <= value <= 1:
            raise src.error(f"min_confidence.{key} must be between 0 and 1", table="policy")
        mins[sev] = float(value)
    ctx = pol.get("excerpt_context", 12)
    if not isinstance(ctx, int) or not 0 <= ctx <= 200:
        raise src.error("excerpt_context must be a whole number from 0 to 200", table="policy")
    return mins, ctx


def load_policy(*extra: str | Path, include_default: bool = True) -> Policy:
    """Default rules plus admin files, in order. Raises RulesError; the caller keeps its last good policy."""
    files = ([default_rules_path()] if include_default else []) + [Path(p) for p in extra]
    data: dict[str, Any] = {}
    src = _Source("<none>", "")
    for path in files:
        loaded, src = _read(path)
        data = _merge(data, loaded, src)
    if not files:
        raise RulesError("no rules file given")
    mins, ctx = _compile_policy_settings(data, src)
    recognizers = _compile_recognizers(data, src)
    rules = [r for r in (_compile_rule(e, src) for e in data.get("rules", [])) if r]
    allow = [a for a in (_compile_allow(e, src) for e in data.get("allow", [])) if a]
    seen: set[str] = set()
    for item in (*rules, *allow):
        if item.id in seen:
            raise src.error(f"duplicate id {item.id!r}", rule=item.id)
        seen.add(item.id)
    meta = data.get("meta", {})
    raw = {k: [{kk: vv for kk, vv in e.items() if kk != "_source"} for e in v] if isinstance(v, list) and k != "disable"
           else v for k, v in data.items() if not k.startswith("_")}
    return Policy(name=str(meta.get("name", "unnamed")), version=str(meta.get("version", "0")),
                  sources=[str(p) for p in files], min_confidence=mins, excerpt_context=ctx,
                  recognizers=recognizers, rules=rules, allow=allow, raw=raw)
