"""Merge rules files in order: recognizer settings key by key, rules and allow entries by id.

An id may appear once per file. A later file replaces an earlier entry only when it says so, with
`override = true` in the entry (or by naming the id in its own `disable` list): an admin who happens to pick
the id of a default rule would otherwise silently switch that rule off.
"""

from __future__ import annotations

import re
from typing import Any

from guard.policy.limits import over_limit
from guard.policy.source import Source

_ID = re.compile(r"[a-z0-9][a-z0-9_.\-]*")
_KINDS = {"rules": "[[rules]]", "allow": "[[allow]]"}


def entry_id(entry: Any, src: Source, kind: str, nth: int = 1) -> str:
    if not isinstance(entry, dict):
        raise src.error(f"every {kind} entry must be a table")
    rid = entry.get("id")
    if not isinstance(rid, str) or not _ID.fullmatch(rid):
        raise src.error(f"every {kind} entry needs an id of lower-case letters, digits, '.', '-' or '_' (got {rid!r})",
                        rule=str(rid) if rid else None)
    return rid


def _disabled(over: dict[str, Any], src: Source) -> set[str]:
    value = over.get("disable", [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise src.error("'disable' must be a list of ids", table="disable")
    return set(value)


def _where(entry: dict[str, Any]) -> str:
    src: Source = entry["_source"]
    line = src.id_line(entry["id"])
    return f"{src.path}:{line}" if line else src.path


def _merge_entries(base: list[dict[str, Any]], over: dict[str, Any], key: str, src: Source, disabled: set[str],
                   counts: dict[str, int]) -> list[dict[str, Any]]:
    by_id = {e["id"]: e for e in base if e["id"] not in disabled}
    entries = over.get(key, [])
    if not isinstance(entries, list):
        raise src.error(f"'{key}' must be written as {_KINDS[key]} tables", table=key)
    for entry in entries:
        rid = entry_id(entry, src, _KINDS[key])
        counts[rid] = counts.get(rid, 0) + 1  # per file, over both kinds: the nth `id = ...` of that id
        if counts[rid] > 1:
            raise src.error(f"duplicate id {rid!r}: an entry earlier in this file has the same id", rule=rid,
                            nth=counts[rid])
        override = entry.get("override", False)
        if not isinstance(override, bool):
            raise src.error("override must be true or false", rule=rid)
        earlier = by_id.pop(rid, None)
        if earlier is not None and not override:
            raise src.error(f"id {rid!r} is already used by {_where(earlier)}; write `override = true` in this "
                            f"entry to replace that one, or choose another id", rule=rid)
        by_id[rid] = dict(entry, _source=src)  # a replaced entry moves to the end, as it is read last
    return list(by_id.values())


def merge(base: dict[str, Any], over: dict[str, Any], src: Source) -> dict[str, Any]:
    """`base` (already merged files) with `over` on top; neither is modified."""
    out: dict[str, Any] = dict(base)
    for key in ("meta", "policy"):
        value = over.get(key, {})
        if not isinstance(value, dict):
            raise src.error(f"[{key}] must be a table", table=key)
        out[key] = {**base.get(key, {}), **value}
    recs = {name: dict(settings) for name, settings in base.get("recognizers", {}).items()}
    rec_sources = dict(base.get("_recognizer_sources", {}))
    over_recs = over.get("recognizers", {})
    if not isinstance(over_recs, dict):
        raise src.error("[recognizers] must be a table", table="recognizers")
    for name, settings in over_recs.items():
        if not isinstance(settings, dict):
            raise src.error("must be a table", table=f"recognizers.{name}")
        recs.setdefault(name, {}).update(settings)
        rec_sources[name] = src
    disabled = _disabled(over, src)
    counts: dict[str, int] = {}
    out["rules"] = _merge_entries(base.get("rules", []), over, "rules", src, disabled, counts)
    out["allow"] = _merge_entries(base.get("allow", []), over, "allow", src, disabled, counts)
    rule_ids = {e["id"]: e for e in out["rules"]}
    for entry in out["allow"]:
        if entry["id"] in rule_ids:
            same_file = rule_ids[entry["id"]]["_source"] is entry["_source"]
            raise entry["_source"].error(f"duplicate id {entry['id']!r}: a [[rules]] entry has the same id "
                                         f"({_where(rule_ids[entry['id']])})", rule=entry["id"],
                                         nth=2 if same_file else 1)
    for rid in disabled:
        if rid in recs:
            recs[rid]["enabled"] = False
    out["recognizers"], out["_recognizer_sources"] = recs, rec_sources
    problem = over_limit(out["rules"], out["allow"])
    if problem:
        raise src.error(problem)
    return out
