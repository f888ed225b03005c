"""Lists judged as lists: registers of classified documents and patient tables, in every table shape
people paste (CSV, tabs from a spreadsheet, markdown, columns aligned with spaces)."""

import re

import pytest

from guard.detect.tables import tables
from guard.engine import Engine


@pytest.fixture(scope="module")
def engine():
    return Engine()


REGISTER_ROWS = [("关于做好防汛工作的通知", "某财〔2025〕60号", "机密"),
                 ("关于干部调整的通知", "某组〔2025〕7号", "秘密★5年")]


def _render(shape: str) -> str:
    head = ["序号", "文件名称", "文号", "密级", "份数"]
    rows = [[str(i + 1), t, n, lv, "2"] for i, (t, n, lv) in enumerate(REGISTER_ROWS)]
    if shape == "csv":
        return "\n".join(",".join(r) for r in [head, *rows])
    if shape == "tsv":
        return "请对照清退：\n" + "\n".join("\t".join(r) for r in [head, *rows])
    if shape == "markdown":
        lines = ["| " + " | ".join(r) + " |" for r in [head, *rows]]
        return "\n".join([lines[0], "|---|---|---|---|---|", *lines[1:]])
    return "\n".join("    ".join(r) for r in [head, *rows])  # aligned columns


@pytest.mark.parametrize("shape", ["csv", "tsv", "markdown", "aligned"])
def test_register_of_classified_documents_blocks(engine, shape):
    result = engine.scan_text(_render(shape))
    assert result.verdict == "block"
    hit = [f for f in result.findings if f.rule == "secret.classified_list"]
    assert hit and "rows=2" in hit[0].evidence
    # the finding points at the level cell of the first row, not at the document title
    assert hit[0].where["line"] in (2, 3)


def test_register_without_classified_rows_is_not_blocked(engine):
    text = _render("csv").replace("机密", "非密").replace("秘密★5年", "公开")
    assert engine.scan_text(text).verdict in ("allow", "notice")


def test_level_glossary_is_not_a_register(engine):
    text = "密级,含义\n绝密,最重要的国家秘密\n机密,重要的国家秘密\n秘密,一般的国家秘密"
    assert engine.scan_text(text).verdict != "block"


def test_patient_table_needs_rows(engine):
    head = "姓名,性别,年龄,住院号,诊断"
    rows = ["张某某,男,47,ZY2026903,乳腺癌术后", "李某,女,87,ZY2026933,肺炎", "王某,男,23,ZY2026414,骨折"]
    assert engine.scan_text("\n".join([head, *rows])).verdict == "confirm"
    assert engine.scan_text("表头示例：" + head).verdict in ("allow", "notice")


def test_table_rows_stop_at_prose():
    lines = ["姓名\t诊断", "张某\t肺炎", "李某\t骨折", "", "以上名单请核对后报送。"]
    found = list(tables(lines, re.compile("姓名")))
    assert len(found) == 1 and [r[0] for r in found[0].rows] == [1, 2]
