"""The hold dialog's layout: the words (ui/dialog_words.py), the findings, the picture preview, the reason
or the false-positive note, the countdown and the buttons. Release is never the default; on a block that
cannot be released, "知道了" is, with "我认为是误报" beside it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from guard.messages import label
from ui.dialog_picture import thumbnail
from ui.dialog_words import advice_lines, findings_html, lead_html
from ui.scanning import source_name
from ui.text import tr


def build(d: Any) -> None:
    """Lay out `d` (a HoldDialog) and connect its fields and buttons."""
    box = QVBoxLayout(d)
    d.lead = _wrapped(lead_html(d.held, d.block, d.can_release, d.unjudged), rich=True)
    box.addWidget(d.lead)
    box.addWidget(QLabel(f"<b>{tr('dialog.why_unjudged' if d.unjudged else 'dialog.found')}</b>"))
    d.findings = _wrapped(findings_html(d.held, d.unjudged), rich=True)
    box.addWidget(d.findings)
    image = d.held.snapshot.image
    d.thumbnail: QLabel | None = None
    d._boxes = [f.where["box"] for f in d.held.result.findings if "box" in f.where]
    if image and d._boxes:
        d.thumbnail = QLabel()
        d.thumbnail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        d.thumbnail.setPixmap(thumbnail(image, d._boxes))
        box.addWidget(d.thumbnail)
    source = label("source", source_name(d.held.job.kind))
    window = d.held.job.window or tr("dialog.window_unknown")
    box.addWidget(_wrapped(tr("dialog.where", source=source, window=window), rich=False))
    # the admin's contact and link as plain text a clerk can select and copy: nothing opens a browser
    d.advice = _wrapped("\n".join(advice_lines(d.block, d.opt, d.unjudged)), rich=False)
    d.advice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.addWidget(d.advice)
    d.reason = QComboBox()
    d.reason.addItems([words for _key, words in d.choices])
    d.reason.setCurrentIndex(-1)
    d.reason.setPlaceholderText(tr("dialog.reason.placeholder"))
    d.reason_text = QLineEdit()
    d.reason_text.setPlaceholderText(tr("dialog.reason.text_placeholder"))
    d.note = QLineEdit()
    d.note.setPlaceholderText(tr("dialog.report_note"))
    d.note.setMaxLength(200)
    d.note.setVisible(False)
    if d.can_release:
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("dialog.reason")))
        row.addWidget(d.reason, 1)
        box.addLayout(row)
        box.addWidget(d.reason_text)
    else:
        box.addWidget(d.note)
    d.timeout_label = QLabel()
    if not d.can_release:  # nothing to decide against the clock: a quiet line, not a warning
        d.timeout_label.setStyleSheet("color: #777;")
    box.addWidget(d.timeout_label)
    box.addLayout(_buttons(d))
    d.reason.currentIndexChanged.connect(d._update)
    d.reason_text.textChanged.connect(d._update)
    # typing or choosing a reason is the clerk at work: the timeout starts again from its full length
    d.reason.currentIndexChanged.connect(d._grant_time)
    d.reason_text.textEdited.connect(d._grant_time)
    d.note.textEdited.connect(d._grant_time)

def _buttons(d: Any) -> QHBoxLayout:
    row = QHBoxLayout()
    d.discard_button = QPushButton(tr("dialog.discard" if d.can_release else "dialog.got_it"))
    d.discard_button.setDefault(True)
    d.discard_button.setAutoDefault(True)
    d.release_button = QPushButton(tr("dialog.release_admin" if d.block else "dialog.release"))
    d.release_button.setAutoDefault(False)
    d.release_button.setDefault(False)
    d.release_button.setVisible(d.can_release)
    d.report_button = QPushButton(tr("dialog.report"))
    d.report_button.setAutoDefault(False)
    d.report_button.setVisible(not d.can_release)
    row.addWidget(d.report_button)
    row.addStretch(1)
    row.addWidget(d.release_button)
    row.addWidget(d.discard_button)
    d.discard_button.clicked.connect(d.reject)
    d.release_button.clicked.connect(d._release)
    d.report_button.clicked.connect(d._report)
    return row


def _wrapped(text: str, rich: bool) -> QLabel:
    widget = QLabel(text)
    widget.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    widget.setWordWrap(True)
    widget.setOpenExternalLinks(False)
    return widget
