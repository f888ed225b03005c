"""FIFOs, devices and sockets are refused before anything opens them (opening a FIFO blocks until a writer
comes; /dev/zero never ends), with a clear reason; a folder holding one is scanned without hanging; reads
of regular files have a deadline. Real FIFOs, real devices, a real socket, a real blocking read."""

from __future__ import annotations

import json
import os
import socket
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from guard.errors import ExtractError
from guard.extract import detect_kind, extract_file
from guard.extract.readbytes import read_file_bytes, read_head, with_deadline
from guard.files import FileScanner

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
REPO = Path(__file__).resolve().parents[1]
MARKED = "机密★1年\n关于做好有关工作的通知\n各单位：\n"


@pytest.fixture(autouse=True)
def english(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLIPGUARD_LANG", "en")


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    path = tmp_path / "pipe.txt"  # named like a document
    os.mkfifo(path)
    return path


@pytest.fixture(scope="module")
def scanner() -> FileScanner:
    with FileScanner(ocr=None) as scanner:
        yield scanner


def cli(*args: str, timeout: float = 60) -> tuple[int, list[dict[str, object]], str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "CLIPGUARD_LANG": "en"}
    proc = subprocess.run([sys.executable, "-m", "guard", "scan", "--json", *args], cwd=REPO, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=timeout)
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc.returncode, [json.loads(line) for line in proc.stdout.splitlines()], proc.stderr


def test_a_fifo_is_an_error_that_says_what_it_is(scanner: FileScanner, fifo: Path) -> None:
    result = scanner.scan(fifo)
    assert result.verdict == "error"
    assert result.error == "not a regular file (a named pipe, FIFO): not opened, not checked"


def test_a_symlink_to_a_fifo_is_a_fifo(scanner: FileScanner, fifo: Path, tmp_path: Path) -> None:
    link = tmp_path / "report.docx"
    link.symlink_to(fifo)
    assert "FIFO" in (scanner.scan(link).error or "")


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom", "/dev/null"])
def test_a_character_device_is_never_read(scanner: FileScanner, device: str) -> None:
    if not Path(device).exists():
        pytest.skip(f"{device} not present")
    result = scanner.scan(Path(device))
    assert result.verdict == "error"
    assert "character device" in (result.error or "")


def test_a_block_device_is_never_read(scanner: FileScanner, tmp_path: Path) -> None:
    node = tmp_path / "disk.img"
    try:
        os.mknod(node, stat.S_IFBLK | 0o600, os.makedev(7, 0))  # a loop device node
    except (PermissionError, OSError) as exc:
        pytest.skip(f"cannot create a device node here: {exc}")
    assert "block device" in (scanner.scan(node).error or "")


def test_a_socket_is_never_read(scanner: FileScanner, tmp_path: Path) -> None:
    path = tmp_path / "s.sock"
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
        server.bind(str(path))
        assert "socket" in (scanner.scan(path).error or "")


def test_every_reader_entry_point_refuses_a_fifo_without_opening_it(fifo: Path) -> None:
    for read in (lambda: extract_file(fifo), lambda: read_file_bytes(fifo, 1000), lambda: read_head(fifo, 10),
                 lambda: detect_kind(fifo)):
        with pytest.raises(ExtractError, match="FIFO"):
            read()


def test_sniff_names_the_kind_and_the_folder_watcher_skip_check_has_a_reason(fifo: Path) -> None:
    assert FileScanner.sniff(fifo) == "fifo"
    assert "FIFO" in (FileScanner.skip_reason(fifo, "fifo") or "")
    assert FileScanner.sniff(Path("/dev/zero")) == "char_device"


def test_a_fifo_opened_by_a_writer_is_still_not_read(scanner: FileScanner, fifo: Path) -> None:
    """Even with a writer waiting (so an open would not block), the content of a FIFO is never taken."""
    writer = subprocess.Popen([sys.executable, "-c", f"open({str(fifo)!r}, 'w').write({MARKED!r})"])
    try:
        assert scanner.scan(fifo).verdict == "error"
    finally:
        fd = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)  # let the writer finish
        os.close(fd)
        writer.kill()
        writer.wait(10)


def test_clipguard_scan_of_a_fifo_returns_at_once_with_exit_code_3(fifo: Path) -> None:
    code, items, _ = cli(str(fifo), timeout=30)  # before: blocked forever in open()
    assert code == 3
    assert [item["verdict"] for item in items] == ["error"]


def test_a_folder_with_a_fifo_a_link_to_it_and_a_document_is_scanned_whole(fifo: Path, tmp_path: Path) -> None:
    (tmp_path / "link.md").symlink_to(fifo)
    (tmp_path / "notice.txt").write_text(MARKED, encoding="utf-8")
    for workers in ("1", "2"):
        code, items, _ = cli("--workers", workers, str(tmp_path), timeout=60)
        got = {Path(str(item["path"])).name: item["verdict"] for item in items}
        assert got == {"pipe.txt": "error", "link.md": "error", "notice.txt": "block"}
        assert code == 1  # something found beats incomplete


def test_standard_input_that_never_ends_is_cut_at_the_size_limit() -> None:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "CLIPGUARD_LANG": "en"}
    with open("/dev/zero", "rb") as zeros:
        proc = subprocess.run([sys.executable, "-m", "guard", "scan", "--json", "-"], cwd=REPO, env=env, stdin=zeros,
                              capture_output=True, text=True, timeout=120)
    item = json.loads(proc.stdout)
    assert item["verdict"] == "error" and "too large" in item["error"]
    assert proc.returncode == 3


def test_a_read_that_blocks_ends_at_its_deadline() -> None:
    """A real blocking read (a pipe nobody writes to) stands for a network share that stopped answering."""
    read_end, write_end = os.pipe()
    try:
        with pytest.raises(ExtractError, match=r"longer than 0\.5 s"):  # returned; the read itself still waits
            with_deadline(lambda: os.read(read_end, 1), 0.5)
    finally:
        os.write(write_end, b"x")  # release the abandoned reader thread
        os.close(write_end)
        time.sleep(0.1)
        os.close(read_end)


def test_errors_inside_the_deadline_reach_the_caller_unchanged(tmp_path: Path) -> None:
    with pytest.raises(ExtractError, match="not found"):
        read_file_bytes(tmp_path / "gone.txt", 1000, seconds=5)
    assert with_deadline(lambda: 42, 5) == 42
