"""A title for every rule id the engine can emit, Simplified Chinese first, English second.

The log and the JSON keep the ids (`pii.mobile`); a clerk or an admin reading the events window or
`clipguard log` reads the title (手机号码). tests/test_rule_titles.py walks every recognizer and the default
rules file, so a new rule without a title fails there. An admin's own rule has no title field in the rules
schema: it shows by its id.
"""

from __future__ import annotations

from collections.abc import Iterable

from guard.messages import language

TITLES: dict[str, tuple[str, str]] = {
    # state secrets
    "secret.classification_mark": ("密级标志", "classification mark"),
    "secret.classified_list": ("涉密文件清单", "register of classified documents"),
    "secret.classified_doc_number": ("涉密文件发文字号", "classified document number"),
    "secret.cipher_telegram": ("密码电报", "cipher telegram"),
    # internal material and drafts
    "internal.marker": ("内部资料标识", "internal marking"),
    "internal.draft": ("未定稿标识", "draft marking"),
    "internal.leader_itinerary": ("领导行程安排", "leader itinerary"),
    "internal.plain_telegram": ("内部明电", "internal plain telegram"),
    "internal.shared_draft": ("转发内部稿件", "draft passed on for internal eyes"),
    "official.document": ("公文格式", "official document layout"),
    # personal data: one number, and many of them together (`.bulk`)
    "pii.resident_id": ("居民身份证号", "resident ID number"),
    "pii.resident_id.bulk": ("批量身份证号", "many resident ID numbers"),
    "pii.credit_code": ("统一社会信用代码", "unified social credit code"),
    "pii.credit_code.bulk": ("批量统一社会信用代码", "many unified social credit codes"),
    "pii.bank_card": ("银行卡号", "bank card number"),
    "pii.bank_card.bulk": ("批量银行卡号", "many bank card numbers"),
    "pii.mobile": ("手机号码", "mobile number"),
    "pii.mobile.bulk": ("批量手机号码", "many mobile numbers"),
    "pii.medical_record": ("病历信息", "medical record"),
    # the default rules file's keyword rules
    "secrecy.terms": ("涉密词语", "secrecy terms"),
}


def rule_title(rule: str) -> str:
    """The reader's name for a rule id; an id with no title (an admin's own rule) as it is."""
    pair = TITLES.get(rule)
    if pair is None:
        return rule
    return pair[1] if language() == "en" else pair[0]


def rule_titles(rules: Iterable[str]) -> str:
    """Several rules in one cell: titles joined the way the language writes a list."""
    return ("、" if language() != "en" else ", ").join(rule_title(r) for r in rules)
