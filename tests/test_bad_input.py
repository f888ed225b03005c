"""Input that is large, odd or broken: always a verdict or an `error` with its reason, never a crash."""

from __future__ import annotations

import codecs
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from guard import Engine, ScanResult
from guard.errors import ExtractError
from guard.extract.base import Limits
from guard.extract.text import read_text_file
from guard.files import FileScanner

REPO = Path(__file__).resolve().parents[1]
VERDICTS = {"allow", "notice", "confirm", "block"}
MARKED = "机密★1年\n关于做好有关工作的通知\n各单位：\n现将有关事项通知如下。\n"
PARAGRAPH = ("为深入贯彻落实党中央、国务院决策部署，进一步做好防汛抗旱各项工作，切实保障人民群众生命财产安全，"
             "现就有关事项通知如下。各地区、各部门要高度重视，加强组织领导，压实工作责任，"
             "确保各项措施落到实处。联系人：办公室，电话：0591-12345678。\n")


@pytest.fixture(scope="module", autouse=True)
def english_reasons() -> Iterator[None]:
    """Reasons in English, so the tests can match their words (set before the scanner's workers start)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("CLIPGUARD_LANG", "en")
        yield


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


@pytest.fixture(scope="module")
def scanner(engine: Engine) -> FileScanner:
    with FileScanner(engine) as scanner:
        yield scanner


def cli_json(*paths: Path) -> tuple[int, list[dict[str, object]]]:
    env = {k: v for k, v in os.environ.items() if k != "CLIPGUARD_LANG"}
    env["PYTHONIOENCODING"] = "utf-8"
    proc = subprocess.run([sys.executable, "-m", "guard", "scan", "--json", *map(str, paths)], cwd=REPO, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=300)
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc.returncode, [json.loads(line) for line in proc.stdout.splitlines()]


def assert_error(result: ScanResult, *fragments: str) -> None:
    assert result.verdict == "error"
    assert result.error
    assert result.findings == []
    for fragment in fragments:
        assert fragment in result.error, result.error


# --- size -----------------------------------------------------------------------------------------------


def test_two_megabyte_text_with_a_mark_on_top_blocks(scanner: FileScanner, tmp_path: Path) -> None:
    body = PARAGRAPH * (2 * 1024 * 1024 // len(PARAGRAPH.encode("utf-8")) + 1)
    path = tmp_path / "big.txt"
    path.write_text("机密★1年\n" + body, encoding="utf-8")
    assert path.stat().st_size > 2 * 1024 * 1024
    result = scanner.scan(path)
    assert result.verdict == "block"
    mark = next(f for f in result.findings if f.rule == "secret.classification_mark")
    assert mark.where["line"] == 1


def test_two_hundred_thousand_lines_give_a_verdict(scanner: FileScanner, tmp_path: Path) -> None:
    path = tmp_path / "lines.txt"
    path.write_text("内部资料 注意保存\n" + "\n".join(f"第{i}行 普通内容" for i in range(200_000)), encoding="utf-8")
    result = scanner.scan(path)
    assert result.error is None
    assert result.verdict == "confirm"


def test_file_over_the_size_limit_is_an_error_naming_the_size(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text(MARKED * 100, encoding="utf-8")
    with pytest.raises(ExtractError, match="too large"):
        read_text_file(path, max_bytes=1000)
    assert read_text_file(path, max_bytes=1_000_000).startswith("机密★1年")


def test_file_over_the_default_limit_is_an_error_result(scanner: FileScanner, tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:  # sparse: no real disk use
        fh.write("机密★1年\n".encode())
        fh.truncate(Limits().max_file_bytes + 1)
    result = scanner.scan(path)
    assert_error(result, "too large", "MB")
    code, items = cli_json(path)
    assert items[0]["verdict"] == "error"
    assert any(words in str(items[0]["error"]) for words in ("too large", "文件过大"))  # in the system's language
    assert code == 3  # incomplete: not read, nothing found


# --- encodings ------------------------------------------------------------------------------------------


def test_invalid_utf8_bytes_give_a_verdict(scanner: FileScanner, tmp_path: Path) -> None:
    path = tmp_path / "broken.txt"
    path.write_bytes(MARKED.encode("utf-8") + b"\xff\xfe\xfa bad \x80\x81\xc3\n" + "正文".encode())
    result = scanner.scan(path)
    assert result.verdict == "block"


def test_invalid_utf8_without_a_mark_is_not_an_error(scanner: FileScanner, tmp_path: Path) -> None:
    path = tmp_path / "broken.txt"
    path.write_bytes("普通内容".encode() + b"\xff\xc3\x28 \x80" + "继续".encode())
    result = scanner.scan(path)
    assert result.verdict in VERDICTS


@pytest.mark.parametrize("encoding", ["gbk", "gb18030"])
def test_gbk_file_is_decoded_and_blocked(scanner: FileScanner, tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "gbk.txt"
    path.write_bytes(MARKED.encode(encoding))
    result = scanner.scan(path)
    assert result.verdict == "block"
    f = result.findings[0]
    assert f.excerpt == "机密★1年"


@pytest.mark.parametrize(
    ("bom", "encoding"),
    [
        pytest.param(codecs.BOM_UTF16_LE, "utf-16-le", id="utf-16-le"),
        pytest.param(codecs.BOM_UTF16_BE, "utf-16-be", id="utf-16-be"),
        pytest.param(codecs.BOM_UTF8, "utf-8", id="utf-8-bom"),
    ],
)
def test_file_with_a_byte_order_mark_is_decoded(scanner: FileScanner, tmp_path: Path, bom: bytes,
                                                encoding: str) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(bom + MARKED.encode(encoding))
    result = scanner.scan(path)
    assert result.verdict == "block"
    f = result.findings[0]
    assert f.where["line"] == 1 and f.where["column"] == 1  # the BOM is not part of the text


def test_windows_line_ends_file_blocks(scanner: FileScanner, tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(MARKED.replace("\n", "\r\n").encode("gbk"))
    assert scanner.scan(path).verdict == "block"


# --- not text, not there, not readable ------------------------------------------------------------------


def test_binary_file_named_txt_is_typed_by_content(scanner: FileScanner, tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"  # a PNG signature with garbage after it: a damaged picture, not text
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 16)
    assert_error(scanner.scan(path), "damaged PNG")


def test_unknown_binary_named_txt_is_an_error_with_a_reason(scanner: FileScanner, tmp_path: Path) -> None:
    path = tmp_path / "data.txt"
    path.write_bytes(bytes(range(256)) * 16)
    assert_error(scanner.scan(path), "binary")


def test_unknown_binary_with_its_own_suffix_is_skipped(scanner: FileScanner, tmp_path: Path) -> None:
    path = tmp_path / "setup.exe"
    path.write_bytes(b"MZ" + bytes(range(256)) * 16)
    result = scanner.scan(path)
    assert result.skipped and result.error


def test_control_byte_file_without_nul_is_an_error(scanner: FileScanner, tmp_path: Path) -> None:
    path = tmp_path / "ctl.txt"
    path.write_bytes(bytes([1, 2, 3, 4, 5, 6, 7, 8, 11, 14, 15, 16]) * 200)
    assert_error(scanner.scan(path), "binary")


def test_empty_file_is_allowed(scanner: FileScanner, tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    result = scanner.scan(path)
    assert result.verdict == "allow"
    assert result.error is None


@pytest.mark.parametrize("text", ["   \n\n\t\n", "\u200b\u200b", "\ufeff"])
def test_blank_texts_are_allowed(engine: Engine, text: str) -> None:
    assert engine.scan_text(text).verdict == "allow"


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root can read any file")
def test_unreadable_file_is_an_error(scanner: FileScanner, tmp_path: Path) -> None:
    path = tmp_path / "locked.txt"
    path.write_text(MARKED, encoding="utf-8")
    path.chmod(0)
    try:
        assert_error(scanner.scan(path), "permission")
    finally:
        path.chmod(0o644)


def test_dangling_symlink_is_an_error_result(scanner: FileScanner, tmp_path: Path) -> None:
    link = tmp_path / "gone.txt"
    link.symlink_to(tmp_path / "never-existed.txt")
    assert_error(scanner.scan(link))
    code, items = cli_json(tmp_path)
    assert [(Path(str(i["path"])).name, i["verdict"]) for i in items] == [("gone.txt", "error")]
    assert items[0]["error"]
    assert code == 3  # incomplete: not read, nothing found


def test_a_directory_named_txt_is_walked_not_read(scanner: FileScanner, tmp_path: Path) -> None:
    folder = tmp_path / "notes.txt"
    folder.mkdir()
    (folder / "inner.md").write_text(MARKED, encoding="utf-8")
    assert_error(scanner.scan(folder), "directory")
    code, items = cli_json(tmp_path)
    assert [(Path(str(i["path"])).name, i["verdict"]) for i in items] == [("inner.md", "block")]
    assert code == 1


def test_nul_in_the_middle_of_a_big_text_file(scanner: FileScanner, tmp_path: Path) -> None:
    # a NUL past the sniffed head: still a verdict or an error, never an exception
    path = tmp_path / "late-nul.txt"
    path.write_bytes(MARKED.encode() + PARAGRAPH.encode() * 400 + b"\x00" + PARAGRAPH.encode())
    result = scanner.scan(path)
    assert result.verdict in VERDICTS | {"error"}


# --- HTML -----------------------------------------------------------------------------------------------


def test_html_mark_in_a_paragraph_blocks(scanner: FileScanner, tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text("<html><head><title>通知</title></head><body><p>机密★1年</p><p>关于做好有关工作的通知</p>"
                    "<p>各单位：</p><p>正文。</p></body></html>", encoding="utf-8")
    result = scanner.scan(path)
    assert result.verdict == "block"
    assert result.findings[0].excerpt == "机密★1年"


def test_html_script_and_style_content_is_ignored(scanner: FileScanner, tmp_path: Path) -> None:
    path = tmp_path / "page.htm"
    path.write_text("<html><head><style>.x{content:'机密★1年'}</style></head><body>"
                    "<script>var s = \"绝密★启用前\";\nvar t = '机密★1年';</script>"
                    "<p>今天天气很好。</p><p>大家好。</p></body></html>", encoding="utf-8")
    result = scanner.scan(path)
    assert result.verdict == "allow", result.findings


def test_html_entities_are_decoded(scanner: FileScanner, tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text("<html><body><p>机密&#9733;1年</p><p>关于做好有关工作的通知</p><p>正文。</p></body></html>",
                    encoding="utf-8")
    assert scanner.scan(path).verdict == "block"


def test_html_mark_in_a_table_cell_header_blocks(scanner: FileScanner, tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text("<html><body><div>000123</div><div>机密★1年</div><div>特急</div>"
                    "<table><tr><td>姓名</td><td>单位</td></tr></table><p>正文。</p></body></html>",
                    encoding="utf-8")
    assert scanner.scan(path).verdict == "block"
