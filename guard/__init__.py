"""ClipGuard engine: detection, policy, audit and CLI. No Qt here (the `ui` package holds all of it)."""

from typing import Any

__version__ = "0.1.0"
__all__ = ["Engine", "Finding", "ScanResult", "Severity", "scan_text"]


def __getattr__(name: str) -> Any:
    # Lazy, so `import guard.normalize` does not load the whole engine and its rules.
    if name in ("Engine", "scan_text"):
        from guard import engine

        return getattr(engine, name)
    if name in ("Finding", "ScanResult", "Severity"):
        from guard import model

        return getattr(model, name)
    raise AttributeError(name)
