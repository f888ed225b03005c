"""OCR adapters in front of the text engine: images become text parts with one box per line.

Importing this package loads no OCR engine: rapidocr pulls cv2 (with its own Qt plugins) and onnxruntime,
which belong in the worker process (`guard.ocr.worker`), never in the GUI process.
"""
