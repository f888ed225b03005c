"""`clipguard` / `python -m guard` as a user runs it: JSON lines, human output, exit codes, rules files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]
DEFAULT_RULES = REPO / "resources" / "rules" / "default.toml"

MARKED = "000123\n机密★1年\n特急\n关于做好有关工作的通知\n各单位：\n正文。\n"
INTERNAL = "内部资料 注意保存\n关于做好有关工作的通知\n正文。\n"
PLAIN = "今天天气很好，我们下午去公园散步。\n"
MENTION = "涉密文件严禁通过微信、QQ等互联网通讯工具传递。\n"


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "CLIPGUARD_LANG"}
    env["PYTHONIOENCODING"] = "utf-8"
    return subprocess.run([sys.executable, "-m", "guard", *args], cwd=REPO, env=env, input=stdin,
                          capture_output=True, text=True, encoding="utf-8", timeout=120)


def json_items(proc: subprocess.CompletedProcess[str]) -> list[dict[str, Any]]:
    lines = proc.stdout.splitlines()
    assert lines, proc.stderr
    return [json.loads(line) for line in lines]  # every stdout line is one JSON object


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    root = tmp_path / "docs"
    write(root, "a_marked.txt", MARKED)
    write(root, "b_plain.md", PLAIN)
    write(root, "sub/c_internal.csv", INTERNAL)
    write(root, "sub/deep/deeper/d_plain.log", PLAIN)
    (root / "report.docx").write_bytes(b"PK\x03\x04not really a docx")  # damaged: an error, never an allow
    (root / "sub" / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (root / "setup.exe").write_bytes(b"MZ" + bytes(range(256)) * 8)  # not a document: skipped
    return root


# --- scan --json ------------------------------------------------------------------------------------------


def test_json_prints_one_object_per_scanned_item(tree: Path) -> None:
    proc = run("scan", "--json", str(tree))
    items = json_items(proc)
    paths = sorted(Path(i["path"]).relative_to(tree).as_posix() for i in items)
    assert paths == ["a_marked.txt", "b_plain.md", "report.docx", "sub/c_internal.csv",
                     "sub/deep/deeper/d_plain.log", "sub/photo.png"]
    verdicts = {Path(i["path"]).name: i["verdict"] for i in items}
    assert verdicts == {"a_marked.txt": "block", "b_plain.md": "allow", "c_internal.csv": "confirm",
                        "d_plain.log": "allow", "report.docx": "error", "photo.png": "error"}


def test_json_item_and_finding_keys(tree: Path) -> None:
    items = json_items(run("scan", "--json", str(tree)))
    for item in items:
        keys = {"path", "verdict", "findings", "ms"} | ({"error"} if item["verdict"] == "error" else set())
        assert set(item) == keys
        assert isinstance(item["ms"], int | float) and item["ms"] >= 0
    marked = next(i for i in items if i["path"].endswith("a_marked.txt"))
    f = next(f for f in marked["findings"] if f["rule"] == "secret.classification_mark")
    assert {"rule", "category", "severity", "excerpt", "where", "why"} <= set(f)
    assert f["category"] == "state_secret"
    assert f["severity"] == "block"
    assert "机密★1年" in f["excerpt"]
    assert f["where"] == {"part": "body", "line": 2, "column": 1, "start": 7, "end": 12}
    assert "机密★1年" in f["why"]


def test_json_skipped_files_are_not_items_but_reported_on_stderr(tree: Path) -> None:
    proc = run("scan", "--json", str(tree))
    assert "setup.exe" not in proc.stdout
    assert "setup.exe" in proc.stderr


def test_json_error_items_carry_the_reason(tmp_path: Path) -> None:
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 8)
    missing = tmp_path / "missing.txt"
    proc = run("scan", "--json", str(tmp_path / "binary.txt"), str(missing))
    items = json_items(proc)
    assert len(items) == 2
    for item in items:
        assert item["verdict"] == "error"
        assert item["error"]
        assert item["findings"] == []
    assert proc.returncode == 3  # incomplete: errors are reported and nothing reached confirm


def test_stdin_is_scanned_with_a_dash() -> None:
    proc = run("scan", "--json", "-", stdin=MARKED)
    items = json_items(proc)
    assert len(items) == 1
    assert items[0]["path"] == "-"
    assert items[0]["verdict"] == "block"
    assert proc.returncode == 1


def test_stdin_in_gbk_is_decoded(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "CLIPGUARD_LANG"}
    proc = subprocess.run([sys.executable, "-m", "guard", "scan", "--json", "-"], cwd=REPO, env=env,
                          input=MARKED.encode("gbk"), capture_output=True, timeout=120)
    item = json.loads(proc.stdout.decode("utf-8"))
    assert item["verdict"] == "block"


def test_files_and_stdin_together(tree: Path) -> None:
    proc = run("scan", "--json", str(tree / "b_plain.md"), "-", stdin=INTERNAL)
    items = json_items(proc)
    assert [(Path(i["path"]).name, i["verdict"]) for i in items] == [("b_plain.md", "allow"), ("-", "confirm")]


# --- exit codes -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("files", "code"),
    [
        pytest.param({"a.txt": PLAIN}, 0, id="allow"),
        pytest.param({"a.txt": PLAIN, "b.txt": MENTION}, 0, id="notice-only"),
        pytest.param({"a.txt": PLAIN, "b.txt": INTERNAL}, 1, id="confirm"),
        pytest.param({"a.txt": MARKED}, 1, id="block"),
    ],
)
def test_exit_code_reflects_the_worst_verdict(tmp_path: Path, files: dict[str, str], code: int) -> None:
    for name, text in files.items():
        write(tmp_path, name, text)
    proc = run("scan", "--json", str(tmp_path))
    assert proc.returncode == code, proc.stdout + proc.stderr
    assert len(json_items(proc)) == len(files)


def test_exit_code_3_when_an_item_could_not_be_read_and_nothing_was_found(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", PLAIN)
    (tmp_path / "report.docx").write_bytes(b"PK\x03\x04not really a docx")
    proc = run("scan", "--json", str(tmp_path))
    assert proc.returncode == 3, proc.stdout + proc.stderr
    assert sorted(i["verdict"] for i in json_items(proc)) == ["allow", "error"]


def test_exit_code_3_when_an_item_was_read_only_in_part(tmp_path: Path) -> None:
    import io

    from docx import Document
    from PIL import Image

    picture = io.BytesIO()
    Image.new("RGB", (200, 100), "white").save(picture, "PNG")
    document = Document()
    document.add_paragraph("请查收附图。")
    document.add_picture(io.BytesIO(picture.getvalue()))
    document.save(tmp_path / "with_picture.docx")
    proc = run("scan", "--json", "--ocr-engine", "off", str(tmp_path / "with_picture.docx"))
    item = json_items(proc)[0]
    assert item["verdict"] == "confirm"  # its picture was not read: never clean
    assert item["findings"] == [] and item["notes"]
    assert proc.returncode == 3  # incomplete, not "found": nothing was found
    human = run("scan", "--no-color", "--ocr-engine", "off", str(tmp_path / "with_picture.docx"))
    assert human.returncode == 3
    assert any("未完整检查" in line and "OCR" in line for line in human.stdout.splitlines())  # the note is shown


def test_found_beats_incomplete(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", MARKED)
    (tmp_path / "report.docx").write_bytes(b"PK\x03\x04not really a docx")
    assert run("scan", "--json", str(tmp_path)).returncode == 1


def test_scan_help_explains_the_exit_codes() -> None:
    out = run("scan", "--help").stdout
    for line in ("0  ", "1  ", "2  ", "3  "):
        assert line in out
    assert "incomplete" in out and "未完整检查" in out


def test_notice_is_really_a_notice(tmp_path: Path) -> None:
    write(tmp_path, "m.txt", MENTION)
    assert json_items(run("scan", "--json", str(tmp_path)))[0]["verdict"] == "notice"


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(("scan",), id="no-paths"),
        pytest.param(("scan", "--json"), id="json-but-no-paths"),
        pytest.param(("scan", "--bogus", "x"), id="unknown-option"),
        pytest.param(("rules",), id="rules-without-subcommand"),
        pytest.param(("rules", "validate"), id="validate-without-file"),
        pytest.param(("frobnicate",), id="unknown-command"),
    ],
)
def test_bad_arguments_exit_2(args: tuple[str, ...]) -> None:
    proc = run(*args)
    assert proc.returncode == 2
    assert proc.stderr.strip()
    assert not proc.stdout.strip()


BROKEN_RULES = [
    pytest.param('[[rules]]\nid = "a"\nkeywords = [\n', 3, "TOML", id="broken-toml"),
    pytest.param('[meta]\nname = "x"\n\n[[rules]]\nid = "kw.typo"\nkeywordz = ["x"]\n', 5, "keywordz",
                 id="unknown-key"),
    pytest.param('[meta]\nname = "x"\n\n[[rules]]\nid = "kw.bad"\nkeywords = ["x"]\npatterns = ["(a"]\n', 5, "RE2",
                 id="bad-re2-pattern"),
]


@pytest.mark.parametrize(("text", "line", "fragment"), BROKEN_RULES)
def test_scan_with_invalid_rules_exits_2_naming_file_and_line(tmp_path: Path, text: str, line: int,
                                                              fragment: str) -> None:
    rules = write(tmp_path, "admin.toml", text)
    target = write(tmp_path / "in", "a.txt", MARKED)
    proc = run("scan", "--json", "--rules", str(rules), str(target))
    assert proc.returncode == 2
    assert not proc.stdout.strip()  # nothing scanned with a half-loaded policy
    assert f"{rules}:{line}" in proc.stderr
    assert fragment in proc.stderr


@pytest.mark.parametrize(("text", "line", "fragment"), BROKEN_RULES)
def test_rules_validate_rejects_a_broken_file(tmp_path: Path, text: str, line: int, fragment: str) -> None:
    rules = write(tmp_path, "admin.toml", text)
    proc = run("rules", "validate", str(rules))
    assert proc.returncode == 2
    assert f"{rules}:{line}" in proc.stderr
    assert fragment in proc.stderr


def test_rules_validate_accepts_the_default_file() -> None:
    proc = run("rules", "validate", str(DEFAULT_RULES))
    assert proc.returncode == 0, proc.stderr
    assert "2026.11.23" in proc.stdout or "default" in proc.stdout


def test_rules_validate_missing_file_exits_2(tmp_path: Path) -> None:
    proc = run("rules", "validate", str(tmp_path / "nope.toml"))
    assert proc.returncode == 2
    assert "nope.toml" in proc.stderr


def test_rules_show_json_lists_the_recognizers() -> None:
    proc = run("rules", "show", "--json")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    recs = data["recognizers"]
    assert {"secret.classification_mark", "secret.cipher_telegram", "internal.marker", "internal.draft",
            "official.document", "pii.resident_id", "pii.mobile"} <= set(recs)
    assert recs["pii.resident_id"]["bulk_threshold"] == 5
    assert recs["secret.classification_mark"]["category"] == "state_secret"
    assert any(r["id"] == "secrecy.terms" for r in data["rules"])


def test_rules_show_human_lists_the_recognizers() -> None:
    proc = run("rules", "show")
    assert proc.returncode == 0, proc.stderr
    assert "secret.classification_mark" in proc.stdout


# --- admin rules ----------------------------------------------------------------------------------------

ADMIN = """
[meta]
name = "县政府规则"
version = "7"

[[rules]]
id = "county.project"
category = "keyword"
severity = "confirm"
message = { zh = "涉及未公开项目代号", en = "unpublished project code name" }
keywords = ["青山工程"]
"""


def test_admin_keyword_rule_makes_a_file_confirm(tmp_path: Path) -> None:
    rules = write(tmp_path, "admin.toml", ADMIN)
    target = write(tmp_path / "in", "plan.txt", "关于青山工程第二阶段的安排\n请各组抓紧推进。\n")
    plain = run("scan", "--json", str(target))
    assert json_items(plain)[0]["verdict"] == "allow"
    assert plain.returncode == 0
    proc = run("scan", "--json", "--rules", str(rules), str(target))
    assert proc.returncode == 1, proc.stderr
    item = json_items(proc)[0]
    assert item["verdict"] == "confirm"
    f = item["findings"][0]
    assert f["rule"] == "county.project"
    assert f["why"] == "涉及未公开项目代号"


def test_admin_rules_show_includes_the_admin_rule(tmp_path: Path) -> None:
    rules = write(tmp_path, "admin.toml", ADMIN)
    data = json.loads(run("rules", "show", "--json", "--rules", str(rules)).stdout)
    assert any(r["id"] == "county.project" for r in data["rules"])
    assert data["meta"]["name"] == "县政府规则"


def test_admin_disable_removes_a_default_rule(tmp_path: Path) -> None:
    rules = write(tmp_path, "admin.toml", 'disable = ["secrecy.terms"]\n')
    target = write(tmp_path / "in", "m.txt", MENTION)
    before = json_items(run("scan", "--json", str(target)))[0]
    assert any(f["rule"] == "secrecy.terms" for f in before["findings"])
    after = json_items(run("scan", "--json", "--rules", str(rules), str(target)))[0]
    assert not any(f["rule"] == "secrecy.terms" for f in after["findings"])
    assert after["verdict"] == "allow"
    data = json.loads(run("rules", "show", "--json", "--rules", str(rules)).stdout)
    assert not any(r["id"] == "secrecy.terms" for r in data["rules"])


# --- human output ---------------------------------------------------------------------------------------


def test_human_output_shows_verdict_words_and_skipped_files(tree: Path) -> None:
    proc = run("scan", "--no-color", str(tree))
    assert proc.returncode == 1
    out = proc.stdout
    for word in ("block", "confirm", "allow"):
        assert word in out
    assert "拦截" in out and "需确认" in out and "通过" in out
    for name in ("a_marked.txt", "b_plain.md", "c_internal.csv", "d_plain.log"):
        assert name in out
    skipped = [line for line in out.splitlines() if "setup.exe" in line]
    assert len(skipped) == 1 and ("跳过" in skipped[0] or "skipped" in skipped[0])
    damaged = [line for line in out.splitlines() if "report.docx" in line or "photo.png" in line]
    assert len(damaged) == 2 and all("错误" in line or "error" in line for line in damaged)


def test_human_output_explains_findings(tmp_path: Path) -> None:
    target = write(tmp_path, "a.txt", MARKED)
    out = run("scan", "--no-color", str(target)).stdout
    assert "secret.classification_mark" in out
    assert "机密★1年" in out
    assert "第2行" in out or "line 2" in out


def test_human_output_reports_errors(tmp_path: Path) -> None:
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 8)
    proc = run("scan", "--no-color", str(tmp_path))
    assert "error" in proc.stdout
    assert "binary" in proc.stdout


def test_explain_lists_the_weighted_evidence_behind_each_finding(tmp_path: Path) -> None:
    """An admin asking why a harmless file was flagged sees each feature, its weight and any veto."""
    quoted = tmp_path / "article.txt"
    quoted.write_text("记者注意到，该文件首页标注有“机密★10年”字样，随后上报。\n", encoding="utf-8")
    proc = run("scan", "--explain", "--no-color", str(quoted))
    assert "判定依据" in proc.stdout
    assert "+0.55 full_mark" in proc.stdout
    assert "veto" in proc.stdout and "quoted_prose" in proc.stdout
    plain = run("scan", "--no-color", str(quoted))
    assert "判定依据" not in plain.stdout


def test_json_evidence_names_features_weights_and_vetoes() -> None:
    item = json_items(run("scan", "--json", "-", stdin=MARKED))[0]
    f = next(f for f in item["findings"] if f["rule"] == "secret.classification_mark")
    names = {e["feature"]: e for e in f["evidence"]}
    assert names["full_mark"]["weight"] > 0 and names["own_line"]["weight"] > 0
    assert names["copy_number"]["why"] == "有份号"
    assert sum(e["weight"] for e in f["evidence"]) >= 0.9
    mention = json_items(run("scan", "--json", "-", stdin="我说这份机密★1年的文件要收好。\n"))[0]
    veto = next(e for f in mention["findings"] for e in f["evidence"] if e["feature"] == "prose")
    assert veto["caps_at"] == "notice"


def test_a_long_why_wraps_under_itself_and_the_verdict_is_in_the_users_language(tmp_path: Path) -> None:
    marked = tmp_path / "marked.txt"
    marked.write_text(MARKED, encoding="utf-8")
    env_run = subprocess.run([sys.executable, "-m", "guard", "scan", "--no-color", str(marked)], cwd=REPO,
                             env={**{k: v for k, v in os.environ.items() if k != "CLIPGUARD_LANG"}, "COLUMNS": "60",
                                  "PYTHONIOENCODING": "utf-8"},
                             capture_output=True, text=True, encoding="utf-8", timeout=120)
    lines = env_run.stdout.splitlines()
    first = next(i for i, line in enumerate(lines) if "密级标志" in line)
    assert lines[first].lstrip().startswith("拦截")  # the finding's level in Chinese, not `block`
    assert lines[first + 1].startswith(" " * 12)  # the rest of the why under the why, not at column 0
    from rich.cells import cell_len

    assert all(cell_len(line.rstrip()) <= 60 for line in lines if line.startswith("   "))
