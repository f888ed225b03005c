"""Parse, merge, validate and compile rules files. A bad file is rejected whole, with file, line and rule id.

The default rules ship as package data and always load; an admin file extends them: recognizer settings
are merged key by key, rules and allow entries with a known id replace the default when they say
`override = true`, `disable` removes ids.
"""

from __future__ import annotations

import hashlib
import re
from importlib import resources
from pathlib import Path
from typing import Any

from guard import detect
from guard.detect.keyword_rules import KeywordRule
from guard.detect.settings_spec import SettingError, check, spec_of
from guard.errors import RulesError
from guard.model import Severity
from guard.policy.checks import normalised_words, patterns, recognizer_words, str_list
from guard.policy.merge import merge
from guard.policy.schema import CATEGORIES, AllowRule, Policy
from guard.policy.source import Source, read_rules_file

_RULE_KEYS = {"id", "category", "severity", "message", "keywords", "patterns", "allow", "min_count", "confidence",
              "enabled", "examples", "override"}
_ALLOW_KEYS = {"id", "phrases", "patterns", "scope", "categories", "rules", "max_severity", "enabled", "examples",
               "override"}
_POLICY_KEYS = {"min_confidence", "excerpt_context"}


def default_rules_path() -> Path:
    """The shipped default policy (from the checkout, or the installed package data)."""
    here = Path(__file__).resolve().parents[2] / "resources" / "rules" / "default.toml"
    if here.is_file():
        return here
    return Path(str(resources.files("guard.resources") / "rules" / "default.toml"))


def _severity(value: Any, src: Source, rule: str | None, what: str = "severity") -> Severity:
    try:
        return Severity.parse(str(value))
    except ValueError as exc:
        raise src.error(f"{what}: {exc}", rule=rule) from None


def _examples(entry: dict[str, Any], src: Source, rule: str) -> dict[str, list[str]]:
    value = entry.get("examples", {})
    if not isinstance(value, dict) or set(value) - {"hit", "miss"}:
        raise src.error("examples must be a table with 'hit' and/or 'miss' lists", rule=rule)
    return {k: str_list(value, k, src, rule, max_chars=100_000) for k in value}


def _compile_rule(entry: dict[str, Any]) -> KeywordRule | None:
    src, rid = entry["_source"], entry["id"]
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
    keywords = normalised_words(entry, "keywords", src, rid)
    compiled = patterns(entry, src, rid)
    if not keywords and not compiled:
        raise src.error("a rule needs at least one keyword or pattern", rule=rid)
    min_count = entry.get("min_count", 1)
    if not isinstance(min_count, int) or isinstance(min_count, bool) or not 1 <= min_count <= 1000:
        raise src.error("min_count must be a whole number from 1 to 1000", rule=rid)
    confidence = entry.get("confidence", 0.8)
    if not isinstance(confidence, int | float) or isinstance(confidence, bool) or not 0 <= confidence <= 1:
        raise src.error("confidence must be between 0 and 1", rule=rid)
    return KeywordRule(
        id=rid, category=category, severity=_severity(entry.get("severity", "confirm"), src, rid),
        message_zh=message.get("zh", rid), message_en=message.get("en", message.get("zh", rid)),
        keywords=keywords, patterns=compiled, allow=normalised_words(entry, "allow", src, rid),
        min_count=min_count, confidence=float(confidence), examples=_examples(entry, src, rid))


def _compile_allow(entry: dict[str, Any]) -> AllowRule | None:
    src, rid = entry["_source"], entry["id"]
    unknown = set(entry) - _ALLOW_KEYS - {"_source"}
    if unknown:
        raise src.error(f"unknown key(s): {', '.join(sorted(unknown))}", rule=rid)
    if not entry.get("enabled", True):
        return None
    scope = entry.get("scope", "span")
    if scope not in ("span", "line", "document"):
        raise src.error("scope must be span, line or document", rule=rid)
    categories = tuple(str_list(entry, "categories", src, rid))
    for c in categories:
        if c not in CATEGORIES:
            raise src.error(f"category {c!r} is not one of {', '.join(CATEGORIES)}", rule=rid)
    phrases = normalised_words(entry, "phrases", src, rid)
    compiled = patterns(entry, src, rid)
    if not phrases and not compiled:
        raise src.error("an allow entry needs phrases or patterns", rule=rid)
    ceiling = _severity(entry.get("max_severity", "allow"), src, rid, "max_severity")
    if ceiling is Severity.BLOCK:
        raise src.error("max_severity of an allow entry must be allow, notice or confirm", rule=rid)
    return AllowRule(id=rid, phrases=phrases, patterns=compiled, scope=scope, categories=categories,
                     rules=tuple(str_list(entry, "rules", src, rid)), max_severity=ceiling,
                     examples=_examples(entry, src, rid))


def _check_setting(cls: type, rid: str, key: str, value: Any, src: Source) -> None:
    """A recognizer setting must be one the recognizer reads (its spec), of the spec's type and range."""
    table = f"recognizers.{rid}"
    spec = spec_of(cls)
    if key not in spec:
        known = ", ".join(sorted(spec))
        raise src.error(f"unknown setting {key!r} for recognizer {rid}; it reads: {known}", table=table)
    try:
        check(key, value, spec[key], cls.defaults.get(key))
    except SettingError as exc:
        raise src.error(f"recognizer {rid}: {exc}", table=table) from None
    if spec[key].kind == "words":
        recognizer_words(value, key, src, rid)


def _compile_recognizers(data: dict[str, Any], last: Source) -> list[Any]:
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
            _check_setting(cls, rid, key, value, src)
        try:
            out.append(cls(conf))
        except (ValueError, TypeError, AttributeError, re.error) as exc:
            raise src.error(f"recognizer {rid}: {exc}", table=f"recognizers.{rid}") from None
    return out


def _compile_policy_settings(data: dict[str, Any], src: Source) -> tuple[dict[Severity, float], int]:
    pol = data.get("policy", {})
    unknown = set(pol) - _POLICY_KEYS
    if unknown:
        raise src.error(f"unknown [policy] key(s): {', '.join(sorted(unknown))}", table="policy")
    mins = {Severity.NOTICE: 0.3, Severity.CONFIRM: 0.5, Severity.BLOCK: 0.75}
    given = pol.get("min_confidence", {})
    if not isinstance(given, dict):
        raise src.error("min_confidence must be a table such as { block = 0.75 }", table="policy")
    for key, value in given.items():
        sev = _severity(key, src, None, "min_confidence")
        if not isinstance(value, int | float) or isinstance(value, bool) or not 0 <= value <= 1:
            raise src.error(f"min_confidence.{key} must be between 0 and 1", table="policy")
        mins[sev] = float(value)
    ctx = pol.get("excerpt_context", 12)
    if not isinstance(ctx, int) or isinstance(ctx, bool) or not 0 <= ctx <= 200:
        raise src.error("excerpt_context must be a whole number from 0 to 200", table="policy")
    return mins, ctx


def _file_meta(data: dict[str, Any]) -> tuple[str, str]:
    meta = data.get("meta", {})
    meta = meta if isinstance(meta, dict) else {}
    return str(meta.get("name", "")), str(meta.get("version", ""))


def _load(files: list[Path]) -> Policy:
    data: dict[str, Any] = {}
    src = Source("<none>", "")
    digest = hashlib.sha256()
    file_meta = []
    for path in files:
        loaded = read_rules_file(path)
        src = loaded.source
        _compile_policy_settings(loaded.data, src)  # here, so that an error names the file that holds it
        data = merge(data, loaded.data, src)
        digest.update(f"{path}\0{loaded.sha256}\0".encode())
        file_meta.append(_file_meta(loaded.data))
    mins, ctx = _compile_policy_settings(data, src)
    recognizers = _compile_recognizers(data, src)
    rules = [r for r in map(_compile_rule, data.get("rules", [])) if r]
    allow = [a for a in map(_compile_allow, data.get("allow", [])) if a]
    meta = data.get("meta", {})
    raw = {k: [{kk: vv for kk, vv in e.items() if kk != "_source"} for e in data.get(k, [])]
           for k in ("rules", "allow")}
    raw.update({k: v for k, v in data.items() if k in ("meta", "policy", "recognizers")})
    return Policy(name=str(meta.get("name", "unnamed")), version=str(meta.get("version", "0")),
                  sources=[str(p) for p in files], min_confidence=mins, excerpt_context=ctx,
                  recognizers=recognizers, rules=rules, allow=allow, raw=raw, digest=digest.hexdigest(),
                  file_meta=file_meta)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except (OSError, ValueError):
        return a == b


def load_policy(*extra: str | Path, include_default: bool = True) -> Policy:
    """Default rules plus admin files, in order. Raises RulesError; the caller keeps its last good policy."""
    files = []
    for path in ([default_rules_path()] if include_default else []) + [Path(p) for p in extra]:
        # a file named twice (`rules validate` of the default file itself) is one file: its ids are not duplicates
        if not any(_same_file(path, seen) for seen in files):
            files.append(path)
    if not files:
        raise RulesError("no rules file given")
    try:
        return _load(files)
    except RulesError:
        raise
    except Exception as exc:  # a bug or an input nobody foresaw costs this load, never the guard
        raise RulesError(f"cannot load: {type(exc).__name__}: {exc}", path=str(files[-1])) from exc
