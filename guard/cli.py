"""`clipguard`: scan files, folders, standard input or the clipboard; validate and show rules.

Exit codes of `scan`: 0 clean, 1 something at confirm or above was found, 2 the command itself failed,
3 incomplete (an item could not be read, or was read only in part, and nothing at confirm or above was found).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from guard import __version__
from guard.batch import scan_many
from guard.engine import Engine
from guard.errors import ExtractError, RulesError
from guard.extract.base import Limits
from guard.extract.text import decode
from guard.messages import label, language, t
from guard.model import ScanResult, Severity
from guard.ocr.engines import KNOWN as OCR_ENGINES
from guard.policy import Policy, load_policy
from guard.report import HumanReport, rules_table
from guard.sources.paths import iter_files


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="clipguard",
        description="保密卫士 ClipGuard: 检查文本、图片和办公文档中的密级标志、内部材料和个人信息 / "
                    "checks text, pictures and office documents for classification marks, internal material "
                    "and personal data")
    p.add_argument("--version", action="version", version=f"clipguard {__version__}")
    sub = p.add_subparsers(dest="command")
    scan = sub.add_parser("scan", help="检查文件、文件夹、标准输入(-)或剪贴板 / "
                                       "scan files, folders, stdin (-) or the clipboard",
                          description="检查文件、文件夹、标准输入(-)或剪贴板 / "
                                      "scan files, folders, stdin (-) or the clipboard",
                          epilog=SCAN_EXIT_CODES, formatter_class=argparse.RawDescriptionHelpFormatter)
    scan.add_argument("paths", nargs="*", metavar="PATH",
                      help="文件或文件夹；- 表示标准输入 / file or folder; - for stdin")
    scan.add_argument("--json", action="store_true", help="每项一行 JSON / one JSON object per line per item")
    scan.add_argument("--rules", action="append", default=[], metavar="FILE",
                      help="附加的管理员规则文件（可多次）/ admin rules file on top of the defaults (repeatable)")
    scan.add_argument("--clipboard", action="store_true", help="检查当前剪贴板文本 / check the current clipboard text")
    scan.add_argument("--no-color", action="store_true", help="不使用颜色 / no colours")
    scan.add_argument("--explain", action="store_true",
                      help="列出每条发现的判定依据及权重 / list the weighted evidence behind each finding")
    scan.add_argument("--workers", type=int, default=None, metavar="N",
                      help="并行进程数（默认 2）/ parallel worker processes (default 2)")
    scan.add_argument("--ocr-engine", choices=["auto", *OCR_ENGINES, "off"], default="auto",
                      help="图片文字识别引擎 / OCR engine for pictures and scanned pages (default auto)")
    scan.add_argument("--timeout", type=float, default=None, metavar="SECONDS",
                      help="每个文件的文字识别时限（默认 30 秒）/ OCR time budget per file (default 30 s)")
    doctor = sub.add_parser("doctor", help="检查本机的识别引擎等组件 / check OCR engines and helpers on this machine")
    doctor.add_argument("--rules", action="append", default=[], metavar="FILE")
    doctor.add_argument("--json", action="store_true")
    rules = sub.add_parser("rules", help="规则文件 / rules files")
    rsub = rules.add_subparsers(dest="rules_command", required=True)
    val = rsub.add_parser("validate", help="校验规则文件 / validate a rules file")
    val.add_argument("file")
    show = rsub.add_parser("show", help="显示生效的规则 / show the effective rules")
    show.add_argument("--rules", action="append", default=[], metavar="FILE")
    show.add_argument("--json", action="store_true")
    log = sub.add_parser("log", help="显示本机事件日志 / show the local event log",
                         epilog="只读取、不改动日志文件；有文件无法读取时退出码为 3 / reads the log files without "
                                "changing them; exit status 3 when a file cannot be read")
    log.add_argument("--json", action="store_true", help="每个事件一行 JSON / one JSON object per line per event")
    log.add_argument("--since", metavar="T", help="起始时间：2h、3d 或 2026-12-01 / since: 2h, 3d or an ISO date")
    log.add_argument("--limit", type=int, default=200, metavar="N", help="最多显示条数（默认 200）/ at most N events")
    auto = sub.add_parser("autostart", help="登录后自动启动 / start at login")
    auto.add_argument("action", choices=["enable", "disable", "status"])
    sets = sub.add_parser("settings", help="显示生效的设置及其来源 / show the settings in force and who set them")
    sets.add_argument("--json", action="store_true")
    tray = sub.add_parser("tray", help="启动托盘程序（不带参数时的默认命令）/ start the tray app (the default)")
    tray.add_argument("qt_args", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    return p


def _read_clipboard() -> str:
    import pyperclip

    try:
        return pyperclip.paste()
    except pyperclip.PyperclipException as exc:
        raise ExtractError(t("scan.clipboard_missing", error=exc)) from None


def _limits(args: argparse.Namespace) -> Limits:
    return Limits(seconds=args.timeout) if args.timeout else Limits()


SCAN_EXIT_CODES = """\
退出码 / exit codes:
  0  未发现问题，全部读完 / clean: everything read, nothing at confirm or above
  1  发现需确认或拦截的内容 / found: something at confirm or above
  2  命令本身失败（参数、规则文件、指定的识别引擎不可用）/ the command itself failed (arguments, rules, OCR engine)
  3  未完整检查：有文件无法读取或只读了一部分，且未发现需确认以上的内容 /
     incomplete: an item could not be read (error) or was read only in part (notes), and nothing at confirm
     or above was found; an item raised to confirm only because part of it was not read counts here
限制 / limits: 200 MB per file, 60 MP per picture for OCR (larger ones are scaled down; over 150 MP by the header
is refused), 20 different frames or pages per picture, 50 PDF pages, 10 rendered for OCR, 20 embedded pictures,
30 s of OCR per file. FIFOs, devices and sockets are never opened (error)."""
EXIT_CLEAN, EXIT_FOUND, EXIT_FAILED, EXIT_INCOMPLETE = 0, 1, 2, 3


class ScanOutcome:
    """What the exit code of `clipguard scan` says: found beats incomplete beats clean."""

    def __init__(self) -> None:
        self.found = self.incomplete = False

    def add(self, result: ScanResult) -> None:
        if result.skipped:
            return
        if result.verdict != "error" and any(f.severity >= Severity.CONFIRM for f in result.findings):
            self.found = True
        if result.verdict == "error" or result.notes or result.error is not None:
            self.incomplete = True  # unreadable, or read in part (its verdict may be raised to confirm)

    def code(self) -> int:
        return EXIT_FOUND if self.found else EXIT_INCOMPLETE if self.incomplete else EXIT_CLEAN


def _read_stdin(limit: int) -> bytes:
    """Standard input, at most `limit` bytes (`- < /dev/zero` must end); ExtractError past that."""
    data = sys.stdin.buffer.read(limit + 1)
    if len(data) > limit:
        raise ExtractError(f"standard input too large: more than {limit / 1048576:.0f} MB, not read")
    return data


def _cmd_scan(args: argparse.Namespace) -> int:
    if not args.paths and not args.clipboard:
        print("clipguard scan: 需要路径、- 或 --clipboard / give PATH..., - or --clipboard", file=sys.stderr)
        return 2
    try:
        engine = Engine(load_policy(*args.rules))
    except RulesError as exc:
        print(t("rules.invalid", error=exc), file=sys.stderr)
        return 2
    ocr = None if args.ocr_engine == "off" else args.ocr_engine
    if ocr not in (None, "auto"):
        from guard.ocr.base import OcrUnavailable
        from guard.ocr.engines import resolve_name

        try:
            resolve_name(ocr)
        except OcrUnavailable as exc:
            print(f"clipguard scan: {exc}", file=sys.stderr)
            return 2
    report = HumanReport(color=not args.no_color and not args.json, explain=args.explain)
    t0 = time.perf_counter()
    outcome = ScanOutcome()

    def emit(result: ScanResult) -> None:
        if result.skipped:
            if args.json:
                print(f"{t('scan.skipped')}: {result.source} ({result.error})", file=sys.stderr)
            else:
                report.skipped(Path(result.source), result.error or "")
            return
        outcome.add(result)
        if args.json:
            print(json.dumps(result.to_json(), ensure_ascii=False), flush=True)
        else:
            report.item(result)

    if args.clipboard:
        try:
            emit(engine.scan_text(_read_clipboard(), source="<clipboard>"))
        except ExtractError as exc:
            print(exc, file=sys.stderr)
            return 2
    files = []
    for path in iter_files([p for p in args.paths if p != "-"]):
        if path.exists() or path.is_symlink():
            files.append(path)
        else:
            emit(ScanResult(source=str(path), verdict="error", error=t("scan.not_found")))
    workers = args.workers if args.workers is not None else min(2, os.cpu_count() or 1)
    results = scan_many(files, workers=workers if len(files) > 1 else 1, rules=tuple(args.rules), ocr=ocr,
                        limits=_limits(args))
    with _progress(len(files), enabled=len(files) > 1 and sys.stderr.isatty()) as advance:
        for result in results:
            emit(result)
            advance()
    if "-" in args.paths:
        start = time.perf_counter()
        try:
            result = engine.scan_text(decode(_read_stdin(_limits(args).max_file_bytes))[0], source="-")
        except ExtractError as exc:
            result = ScanResult(source="-", verdict="error", error=str(exc))
        result.ms = (time.perf_counter() - start) * 1000
        emit(result)
    if not args.json:
        report.summary(time.perf_counter() - t0)
    return outcome.code()


@contextmanager
def _progress(total: int, enabled: bool) -> Iterator[Callable[[], None]]:
    """A progress bar on standard error (a terminal only: logs and pipes stay clean)."""
    if not enabled:
        yield lambda: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    with Progress(TextColumn(t("scan.progress")), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                  console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("scan", total=total)
        yield lambda: bar.advance(task)


def _cmd_doctor(args: argparse.Namespace) -> int:
    """What works on this machine: OCR engines, LibreOffice for legacy files, the clipboard, the rules."""
    from guard.doctor import checks

    rows = checks(args.rules)
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        for row in rows:
            mark = "✔" if row["ok"] else ("✘" if row["required"] else "–")
            print(f"{mark} {row['name']:<18} {row['detail']}")
    return 0 if all(r["ok"] for r in rows if r["required"]) else 1


def _cmd_rules(args: argparse.Namespace) -> int:
    try:
        policy = load_policy(args.file) if args.rules_command == "validate" else load_policy(*args.rules)
    except RulesError as exc:
        print(t("rules.invalid", error=exc), file=sys.stderr)
        return 2
    if args.rules_command == "validate":
        failures = Engine(policy).policy_examples_failures()
        if failures:
            print(t("rules.invalid", error=t("rules.examples_failed", n=len(failures))), file=sys.stderr)
            for line in failures:
                print(f"  {line}", file=sys.stderr)
            return 2
        print(t("rules.valid", name=policy.name, version=policy.version, rules=len(policy.rules),
                allow=len(policy.allow), recs=len(policy.recognizers)))
    elif args.json:
        print(json.dumps(effective_rules(policy), ensure_ascii=False, indent=2))
    else:
        rules_table(policy, effective_rules(policy))
    return 0


def effective_rules(policy: Policy) -> dict[str, Any]:
    """The merged rules with every recognizer's settings filled in from its defaults."""
    return {
        "meta": {"name": policy.name, "version": policy.version, "sources": policy.sources},
        "policy": {"min_confidence": {s.label: v for s, v in policy.min_confidence.items()},
                   "excerpt_context": policy.excerpt_context},
        "recognizers": {r.id: {"category": r.category, **r.settings} for r in policy.recognizers},
        "rules": policy.raw.get("rules", []),
        "allow": policy.raw.get("allow", []),
    }


def _cmd_log(args: argparse.Namespace) -> int:
    """The event log, newest first: a table for people, JSON lines for scripts. Read-only: a running tray may be
    writing these files, so a damaged one is reported (exit 3, the others still shown), never moved or fixed."""
    from datetime import datetime

    from guard.audit import default_path, parse_since, read_events
    from guard.rule_titles import rule_titles

    try:
        since = parse_since(args.since) if args.since else None
    except ValueError:
        print(t("log.bad_since", value=args.since), file=sys.stderr)
        return 2
    base = default_path()
    reading = read_events(base, limit=max(0, args.limit), since=since)
    for path, error in reading.problems:
        print(t("log.unreadable", path=path, error=error), file=sys.stderr)
    code = 3 if reading.problems else 0
    events = reading.events
    if args.json:
        for event in events:
            print(json.dumps(event.to_json(), ensure_ascii=False))
        return code
    if not events:
        print(t("log.empty", path=base.parent))
        return code
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    from guard.report import COLOURS

    table = Table(*t("log.columns").split("|"))
    for e in events:
        local = datetime.fromisoformat(e.time).astimezone().strftime("%Y-%m-%d %H:%M:%S")
        shown = label("verdict", e.verdict)
        verdict = f"[{COLOURS[e.verdict]}]{escape(shown)}[/]" if e.verdict in COLOURS else escape(shown)
        choice = label("choice", e.choice) + (f"：{e.reason}" if e.reason else "")
        # a file by its name, a copy by its masked excerpt (the JSON keeps `<clipboard>`)
        item = e.item if not e.item.startswith("<") else e.excerpt or "—"
        table.add_row(local, escape(label("source", e.source)), escape(item), verdict, escape(choice),
                      escape(rule_titles(e.rules)))  # titles for people; --json keeps the ids
    Console(highlight=False).print(table)
    return code


def _cmd_settings(args: argparse.Namespace) -> int:
    """The settings in force, each marked admin (locked), user or default; exit 2 when a file is invalid."""
    from dataclasses import asdict

    from guard.errors import SettingsError
    from guard.settings import KEYS, load_settings

    try:
        settings = load_settings(strict=True)  # the tray ignores or fails closed on a bad file; here it is an error
    except SettingsError as exc:
        print(t("settings.invalid", error=exc), file=sys.stderr)
        return 2
    for warning in settings.warnings:  # an override refused
        print(warning, file=sys.stderr)
    values = {k: v for k, v in asdict(settings).items() if k in KEYS}
    origin = {k: "admin" if k in settings.locked else "user" if k in settings.from_user else "default"
              for k in values}
    if args.json:
        print(json.dumps({"admin_path": str(settings.admin_path), "user_path": str(settings.user_path),
                          "settings": {k: list(v) if isinstance(v, tuple) else v for k, v in values.items()},
                          "origin": origin, "ignored": list(settings.ignored),
                          "admin_override": settings.admin_override, "warnings": list(settings.warnings)},
                         ensure_ascii=False, indent=2))
        return 0
    _print_settings(settings, values, origin)
    return 0


def _print_settings(settings: Any, values: dict[str, Any], origin: dict[str, str]) -> None:
    """The settings as a clerk or an admin reads them: titles, plain values and who set each (the keys are in
    --json)."""
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    from guard.settings_titles import origin_title, setting_title, value_text

    def where(path: Path | None) -> str:
        return f"{path}{'' if path and path.exists() else ' ' + t('settings.no_file')}"

    console = Console(highlight=False)
    console.print(escape(t("settings.admin_file", path=where(settings.admin_path))))
    console.print(escape(t("settings.user_file", path=where(settings.user_path))))
    table = Table(*t("settings.columns").split("|"))
    for key, value in values.items():
        table.add_row(escape(setting_title(key)), escape(value_text(value, key)), escape(origin_title(origin[key])))
    console.print(table)
    if settings.ignored:
        names = (", " if language() == "en" else "、").join(
            setting_title(k) for k in settings.ignored)
        console.print(escape(t("settings.ignored_keys", keys=names)))


def _cmd_autostart(args: argparse.Namespace) -> int:
    from guard.errors import GuardError
    from guard.platform import autostart

    try:
        if args.action == "enable":
            print(t("autostart.enabled", where=autostart.enable()))
        elif args.action == "disable":
            autostart.disable()
            print(t("autostart.disabled"))
        else:
            where = autostart.desktop_file() if sys.platform != "win32" else "HKCU\\" + autostart.RUN_KEY
            print(t("autostart.on", where=where) if autostart.is_enabled() else t("autostart.off"))
    except (GuardError, OSError) as exc:
        print(t("autostart.failed", error=exc), file=sys.stderr)
        return 2
    return 0


def _start_tray(argv_rest: list[str]) -> int | None:
    """Run the tray app (ui/, Qt), imported only here; None when it cannot be imported, after saying why.

    By name, at run time: the engine never depends on the UI (tests/test_architecture.py), the CLI only
    hands over to it.
    """
    import importlib

    try:
        tray_main = importlib.import_module("ui.app").main
    except ImportError as exc:
        print(t("tray.unavailable", error=exc), file=sys.stderr)
        return None
    return tray_main(argv_rest)


def _has_display() -> bool:
    """A graphical session to show the tray app in (always on Windows and macOS)."""
    if sys.platform.startswith(("win", "darwin")):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "scan":
        return _cmd_scan(args)
    if args.command == "rules":
        return _cmd_rules(args)
    if args.command == "doctor":
        return _cmd_doctor(args)
    if args.command == "log":
        return _cmd_log(args)
    if args.command == "autostart":
        return _cmd_autostart(args)
    if args.command == "settings":
        return _cmd_settings(args)
    if args.command == "tray":
        code = _start_tray(args.qt_args)
        return 2 if code is None else code
    # no command: the tray app, as a desktop launcher starts it; help where there is no graphical session
    if _has_display():
        code = _start_tray([])
        if code is not None:
            return code
    else:
        print(t("tray.no_display"), file=sys.stderr)
    _parser().print_help()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
