"""Patient records: several medical field labels (病历号, 诊断 ...) together with a person (姓名, 患者).

One medical word is everyday language; a form or table with three record fields and a patient is a record.
The fields count within a window of a few lines (locality.py): a long health article that names 诊断：
here and 医嘱： pages later is not a form.
"""

from __future__ import annotations

import re
from typing import ClassVar

from guard.detect.base import Recognizer, register
from guard.detect.locality import Hit, densest
from guard.detect.settings_spec import Setting
from guard.detect.tables import tables
from guard.model import Finding, Severity
from guard.normalize import Document


@register
class MedicalRecord(Recognizer):
    id = "pii.medical_record"
    category = "medical"
    defaults: ClassVar = {
        "labels": ["病历号", "住院号", "门诊号", "病案号", "床号", "诊断", "主诉", "现病史", "既往史", "医嘱", "病情",
                   "检查结果", "化验结果", "过敏史", "就诊科室", "科室", "主治医生", "主治医师", "入院日期", "出院日期",
                   "入院诊断", "出院诊断", "病理", "处方", "症状", "检测结果", "核酸结果", "血型",
                   "就诊日期", "就诊时间", "确诊日期", "发病日期", "接触史", "隔离地点", "病区", "转归", "治疗情况",
                   "病情描述", "既往病史", "检查项目"],
        "person_words": ["姓名", "患者", "病人", "性别", "年龄", "身份证"],
        "min_labels": 3,
        "window_lines": 15,  # a record's fields stand within this many lines ...
        "window_chars": 1500,  # ... and characters
        # columns a staff roster or duty rota has too: with a name column they do not make a patient list
        "staff_labels": ["科室", "就诊科室", "主治医生", "主治医师", "病区"],
        "severity": "confirm",
        "confidence": 0.95,
    }
    spec: ClassVar = {
        "labels": Setting("words", "病历字段名（出现其一才运行）",
                          "medical record field labels (one must occur for it to run)"),
        "person_words": Setting("words", "表明患者身份的词", "words that name the patient"),
        "min_labels": Setting("int", "窗口内不同字段的最少个数",
                              "different fields within the window that make a record", 1, 50),
        "staff_labels": Setting("words", "员工名册也有的列（不算病历列）",
                                "columns a staff roster has too (not medical)"),
        "window_lines": Setting("int", "病历字段须集中在的行数", "lines a record's fields stand within", 1, 10_000),
        "window_chars": Setting("int", "病历字段须集中在的字符数", "characters a record's fields stand within",
                                50, 100_000),
    }
    trigger_keys = ("labels",)
    examples: ClassVar = {
        "confirm": ["姓名,性别,病历号,诊断,主治医生\n张某,男,A1001,肺炎,李某",
                    "姓名\t年龄\t诊断\n张某\t40\t肺炎\n李某\t52\t骨折",
                    "患者：王某\n住院号：2026001\n入院诊断：骨折\n主诉：摔伤"],
        "notice": ["病历号：A1\n诊断：感冒\n医嘱：休息"],
        # a staff roster has a name and a department, not a patient's record
        "allow": ["医生诊断他得了感冒，现在已经好了", "姓名,科室,职称\n张三,内科,主任医师\n李四,外科,主治医师",
                  # a long health article: a field word here and there, pages apart, and 患者 in prose
                  "".join(f"{w}：见下文说明。\n" + "秋冬季节患者增多，市民要注意保暖、合理膳食、适量运动。\n" * 60
                          for w in ("诊断", "医嘱", "病情", "处方"))],
    }

    def setup(self) -> None:
        labels = sorted(self.settings["labels"], key=len, reverse=True)
        alternation = "|".join(re.escape(w) for w in labels)
        # a label used as a field: followed by a colon, a cell separator (csv, tabs, |, spaces), the line
        # end, or the value itself when it is a record number (病历号36558337)
        self.field = re.compile(f"(?:{alternation})(?=[ \\t]*[:=,\\t|]|[ \\t]*$| |(?<=号)[0-9a-z])", re.M)
        self.person = re.compile("|".join(re.escape(w) for w in self.settings["person_words"]))
        self.label = re.compile(alternation)
        self.name_column = re.compile("(?:患者|病人|就诊人)?姓名|患者|病人")

    def _patient_table(self, doc: Document) -> Finding | None:
        """A list of people with a medical column (`姓名,性别,年龄,住院号,诊断` and rows under it)."""
        for table in tables(doc.light.split("\n"), self.name_column):
            staff = set(self.settings["staff_labels"])
            medical = [c for c in table.header if self.label.fullmatch(c.replace(" ", "")) and c not in staff]
            if not medical or len(table.rows) < 2:
                continue
            s, _ = doc.line_bounds(table.header_line)
            _, e = doc.line_bounds(table.header_line)
            names = "、".join(medical)
            return self.finding(
                doc, (s, e), Severity.CONFIRM, min(0.95, 0.7 + 0.02 * len(table.rows)),
                f"患者名单：{len(table.rows)}行，含{names}", f"list of {len(table.rows)} patients with "
                f"{len(medical)} medical columns", (*medical, f"rows={len(table.rows)}"), orig=True)
        return None

    def _is_record(self, c: dict[str, int]) -> float:
        """A form has several different fields; a list of records repeats a few of them row after row."""
        kinds, total = c.get("label", 0), c.get("field", 0)
        if kinds >= self.settings["min_labels"] or (kinds >= 2 and total >= 6):
            return kinds + 0.01 * total
        return 0.0

    def analyze(self, doc: Document) -> list[Finding]:
        text = doc.light
        hits: list[Hit] = []
        for m in self.field.finditer(text):
            hits += (Hit(m.start(), m.end(), "label", m.group()), Hit(m.start(), m.end(), "field"))
        window = densest(text, hits, int(self.settings["window_lines"]), int(self.settings["window_chars"]),
                         self._is_record)
        if window is None:
            listed = self._patient_table(doc) if hits else None
            return [listed] if listed else []
        seen: dict[str, int] = {}
        for h in window.hits:
            if h.kind == "label":
                seen.setdefault(h.key, h.start)
        total = window.counts.get("field", 0)
        names = "、".join(sorted(seen, key=lambda k: seen[k]))
        line = text.count("\n", 0, window.start)
        span = doc.line_bounds(line)
        evidence = (*sorted(seen), f"fields={total}")
        # the person stands in the record: its first lines (姓名：) or beside the fields
        if self.person.search(text, max(0, window.start - 200), window.end + 200):
            return [self.finding(
                doc, span, Severity.CONFIRM, min(0.95, 0.6 + 0.05 * len(seen) + 0.01 * total),
                f"病历信息：{names}，含患者身份信息", f"patient record fields ({len(seen)} kinds, {total} in all) "
                "with a person", evidence, orig=True)]
        return [self.finding(
            doc, span, Severity.NOTICE, 0.45, f"医疗记录字段：{names}", f"medical record fields ({len(seen)})",
            evidence, orig=True)]
