"""Why an OCR engine or runtime cannot run (`clipguard doctor`, unread-picture notes): Simplified Chinese
first, English second. Package names and the command to type are placeholders, filled in as they are.
Merged into `guard.messages.CATALOGUE`."""

from __future__ import annotations

OCR: dict[str, tuple[str, str]] = {
    "ocr.package.missing": ("未安装 {package}（{command}）", "the {package} package is not installed ({command})"),
    "ocr.rapid.models_missing": ("{package} 自带的模型文件缺失（{files}），请重新安装 {package}",
                                 "{package}'s bundled models are missing ({files}): reinstall {package}"),
    "ocr.runtime.unknown": ("未知的推理运行库 {name!r}（可选 {choices}）",
                            "unknown OCR runtime {name!r} (choose {choices})"),
    "ocr.runtime.missing": ("未安装推理运行库 {name}", "the {name} runtime is not installed"),
    "ocr.runtime.none": ("未安装推理运行库 {names}（{command}）", "no OCR runtime ({names}) is installed ({command})"),
}
