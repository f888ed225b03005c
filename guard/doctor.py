"""`clipguard doctor`: what works on this machine and, for what does not, the one thing to install.

A county IT admin runs this first on a new PC: whether pictures can be read (an OCR engine), whether
legacy .doc/.xls/.wps files can be converted (LibreOffice), whether the clipboard can be read, whether
the rules load, and which IM and screenshot folders are watched (and, for a client not found, where we
looked). Nothing here loads an OCR engine into this process.
"""

from __future__ import annotations

import platform
import shutil
from typing import Any

from guard import __version__
from guard.errors import RulesError, SettingsError


def checks(rules: list[str] | tuple[str, ...] = ()) -> list[dict[str, Any]]:
    """Rows of {name, ok, required, detail}. `required`: without it ClipGuard misses content."""
    from guard.ocr.engines import engine_report

    rows: list[dict[str, Any]] = [{"name": "clipguard", "ok": True, "required": True,
                                   "detail": f"{__version__} · Python {platform.python_version()} · "
                                             f"{platform.system()} {platform.machine()}"}]
    engines = engine_report()
    for e in engines:
        detail = f"{e['version']}" if e["available"] else e["reason"]
        rows.append({"name": f"OCR {e['name']}", "ok": e["available"], "required": False, "detail": detail})
    chosen = next((e["name"] for e in engines if e["available"]), None)
    rows.append({"name": "OCR auto", "ok": chosen is not None, "required": True,
                 "detail": f"uses {chosen}" if chosen else "no OCR engine: pictures and scanned pages cannot be "
                 "read (pip install 'clipguard[ocr]', or apt install tesseract-ocr tesseract-ocr-chi-sim)"})
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    rows.append({"name": "LibreOffice", "ok": bool(soffice), "required": False,
                 "detail": soffice or "not found: legacy .doc/.xls/.wps are read from their text streams only "
                 "(best effort); install LibreOffice for full conversion"})
    rows.append(_clipboard())
    try:
        from guard.policy import load_policy

        policy = load_policy(*rules)
        rows.append({"name": "rules", "ok": True, "required": True,
                     "detail": f"{policy.name} {policy.version} ({len(policy.recognizers)} recognizers, "
                               f"{len(policy.rules)} rules)"})
    except RulesError as exc:
        rows.append({"name": "rules", "ok": False, "required": True, "detail": str(exc)})
    return rows + folder_rows()


def folder_rows(discovery: Any = None) -> list[dict[str, Any]]:
    """One row per IM client / screenshot source: the folders watched or waiting and why, or where we looked.
    A client that is not installed is not a fault (`required` False)."""
    from guard.messages import t
    from guard.settings import Settings, load_settings
    from guard.sources.im_folders import explore
    from guard.sources.im_layouts import NAMES

    if discovery is None:
        try:
            settings = load_settings()
        except SettingsError:
            settings = Settings()
        discovery = explore(settings)
    rows: list[dict[str, Any]] = []
    if not discovery.enabled:
        rows.append({"name": "IM folders", "ok": False, "required": False, "detail": t("folders.off")})
    for client, name in NAMES.items():
        roots = [r for r in discovery.roots if r.client == client]
        if roots:
            detail = " | ".join(f"{r.path} [{t('folders.watched') if r.exists else t('folders.waiting')}] ({r.why})"
                                for r in roots)
            rows.append({"name": name, "ok": True, "required": False, "detail": detail})
        elif discovery.enabled and client != "admin":
            places = ", ".join(discovery.looked.get(client, [])) or "-"
            rows.append({"name": name, "ok": False, "required": False, "detail": t("folders.not_found", places=places)})
    if discovery.ignored:
        rows.append({"name": "ignored folders", "ok": True, "required": False,
                     "detail": t("folders.ignored", paths=", ".join(str(r.path) for r in discovery.ignored))})
    return rows


def _clipboard() -> dict[str, Any]:
    """pyperclip finds a mechanism without touching the clipboard's contents."""
    try:
        import pyperclip

        copy, _paste = pyperclip.determine_clipboard()
        name = getattr(copy, "__qualname__", "") or type(copy).__name__
        ok = "Unavailable" not in name and "no_clipboard" not in name
        detail = name.split(".")[0].replace("init_", "").replace("_clipboard", "") if ok else \
            "no clipboard tool: install xclip or xsel (Linux), and run in a graphical session"
    except Exception as exc:  # pyperclip raises its own types on odd platforms
        ok, detail = False, f"clipboard check failed: {exc}"
    return {"name": "clipboard", "ok": ok, "required": False, "detail": detail}
