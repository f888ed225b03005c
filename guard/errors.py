"""One exception root, so callers can catch everything the guard raises on purpose."""


class GuardError(Exception):
    """Base of every error ClipGuard raises deliberately."""


class RulesError(GuardError):
    """A rules file is invalid; the message names the file, line and rule id."""

    def __init__(self, message: str, *, path: str = "", line: int | None = None, rule: str | None = None):
        self.path, self.line, self.rule = path, line, rule
        where = path or "<rules>"
        if line is not None:
            where += f":{line}"
        if rule:
            where += f" [{rule}]"
        super().__init__(f"{where}: {message}")


class ExtractError(GuardError):
    """Content could not be read (binary, too large, undecodable); the scan result becomes `error`."""


class SettingsError(GuardError):
    """An admin or user settings file is invalid; the message names the file, line and key."""

    def __init__(self, message: str, *, path: str = "", line: int | None = None, key: str | None = None):
        self.path, self.line, self.key = path, line, key
        where = path or "<settings>"
        if line is not None:
            where += f":{line}"
        if key:
            where += f" [{key}]"
        super().__init__(f"{where}: {message}")
