"""Zip archives, nested and bounded: every entry is read like a file of its own (a .docx in a .zip in a
.zip is still a .docx), within one budget shared by the whole item, so zip bombs and deep nesting end in
a clear reason. Entries that cannot be read leave a note: an archive with an encrypted entry never looks
clean."""

from __future__ import annotations

import zipfile

from guard.errors import ExtractError
from guard.extract.base import Extracted, Limits
from guard.extract.safezip import Budget, LimitError, open_zip, read_member
from guard.messages import t

UTF8_FLAG = 0x800


def entry_name(info: zipfile.ZipInfo) -> str:
    """Names without the UTF-8 flag come from Windows (GBK on Chinese PCs); zipfile decoded them as cp437."""
    if info.flag_bits & UTF8_FLAG:
        return info.filename
    raw = info.filename.encode("cp437", errors="replace")
    for encoding in ("utf-8", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return info.filename


def read_zip(data: bytes, limits: Limits, depth: int = 0, budget: Budget | None = None) -> Extracted:
    from guard.extract.dispatch import extract_bytes
    from guard.extract.sniff import detect_kind

    budget = budget or Budget.of(limits)
    zf = open_zip(data, "zip")
    out = Extracted(kind="zip")
    infos = [i for i in zf.infolist() if not i.is_dir()]
    for n, info in enumerate(infos):
        name = entry_name(info)
        if budget.entries_left <= 0:
            out.notes.append(t("zip.entries_cut", limit=limits.max_entries, n=len(infos) - n))
            break
        if budget.timed_out():
            out.notes.append(t("zip.time_cut", seconds=limits.seconds, n=len(infos) - n))
            break
        budget.entries_left -= 1
        if info.flag_bits & 0x1:
            out.notes.append(t("zip.encrypted", name=name))
            continue
        try:
            blob = read_member(zf, info, budget, limits, name)
            if detect_kind(blob, name) == "zip" and depth + 1 > limits.max_depth:
                out.notes.append(t("zip.too_deep", name=name, limit=limits.max_depth))
                continue
            inner = extract_bytes(blob, name, limits, depth=depth + 1, budget=budget)
        except LimitError:
            raise
        except ExtractError as exc:
            out.notes.append(t("zip.entry_unread", name=name, error=exc))
            continue
        _merge(out, inner, name, limits)
    return out


def _merge(out: Extracted, inner: Extracted, name: str, limits: Limits) -> None:
    for item in (*inner.parts, *inner.images):
        inner_file = item.where.pop("file", None)
        item.where = {"file": f"{name}/{inner_file}" if inner_file else name, **item.where}
    out.parts += inner.parts
    room = max(0, limits.max_images - len(out.images))
    if len(inner.images) > room:
        out.notes.append(t("zip.pictures_cut", name=name, n=len(inner.images) - room, limit=limits.max_images))
    out.images += inner.images[:room]
    out.notes += [t("extract.inside", name=name, note=note) for note in inner.notes]
    out.degraded += [f"{name}: {note}" for note in inner.degraded]
