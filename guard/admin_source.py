"""Which admin configuration file is in force, and whether `CLIPGUARD_ADMIN_CONFIG` may name another one.

The override exists for tests and unusual setups. In an installed build any user could otherwise set it to
`/dev/null` or a file of their own and shed every admin setting, so there it is honoured only for a file an
administrator owns and only an administrator can write; else the standard file is used and a warning says why.
"""

from __future__ import annotations

import os
import stat
import sys
from dataclasses import dataclass
from pathlib import Path

ENV = "CLIPGUARD_ADMIN_CONFIG"
FORCE_INSTALLED = "CLIPGUARD_INSTALLED_BUILD"  # "1": behave as installed (tests); it can only make things stricter
_PACKAGE = Path(__file__).resolve().parent


def standard_admin_path() -> Path:
    if sys.platform == "win32":
        return Path(os.environ.get("PROGRAMDATA", r"C:\ProgramData")) / "ClipGuard" / "config.toml"
    return Path("/etc/clipguard/config.toml")


def is_installed_build(package: Path = _PACKAGE) -> bool:
    """True unless this is a source checkout its user may change anyway: a frozen executable, a package under
    site-packages, one without the project's pyproject.toml beside it, or one the user cannot write are all
    installed. (Whoever can edit the program can drop any check, so only there is the override harmless.)"""
    if os.environ.get(FORCE_INSTALLED) == "1" or getattr(sys, "frozen", False):
        return True
    if any(part in ("site-packages", "dist-packages") for part in package.parts):
        return True
    if not (package.parent / "pyproject.toml").is_file():
        return True
    return not os.access(package, os.W_OK)


def _windows_owner_problem(path: Path) -> str | None:  # pragma: no cover - untested: no Windows runner here
    """The owner must be Administrators, SYSTEM or TrustedInstaller (read with GetNamedSecurityInfoW)."""
    import ctypes
    from ctypes import wintypes

    admins = {"S-1-5-32-544", "S-1-5-18", "S-1-5-80-956008885-3418522649-1831038044-1853292631-2271478464"}
    advapi32, kernel32 = ctypes.WinDLL("advapi32", use_last_error=True), ctypes.WinDLL("kernel32")
    kernel32.LocalFree.argtypes = [ctypes.c_void_p]
    owner, descriptor, text = ctypes.c_void_p(), ctypes.c_void_p(), wintypes.LPWSTR()
    se_file_object, owner_security_information = 1, 1
    status = advapi32.GetNamedSecurityInfoW(str(path), se_file_object, owner_security_information,
                                            ctypes.byref(owner), None, None, None, ctypes.byref(descriptor))
    if status != 0:
        return f"its owner cannot be read (error {status})"
    try:
        if not advapi32.ConvertSidToStringSidW(owner, ctypes.byref(text)):
            return "its owner cannot be read"
        sid = text.value or ""
        kernel32.LocalFree(ctypes.cast(text, ctypes.c_void_p))
    finally:
        kernel32.LocalFree(descriptor)
    return None if sid in admins else f"owned by {sid}, not by Administrators or SYSTEM"


def admin_owned_problem(path: Path) -> str | None:
    """Why the file is not one only an administrator controls, or None when it is."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return "the file does not exist"
    except OSError as exc:
        return f"cannot check the file: {exc.strerror or exc}"
    if not stat.S_ISREG(st.st_mode):
        return "not a regular file"
    if sys.platform == "win32":  # pragma: no cover
        return _windows_owner_problem(path)
    if st.st_uid != 0:
        return f"owned by uid {st.st_uid}, not by root"
    if st.st_mode & 0o022:
        return "writable by users other than root"
    return None


@dataclass(frozen=True, slots=True)
class AdminSource:
    path: Path  # the file read as the admin configuration
    override: str | None  # the environment's path, when it is the one in force
    refused: str | None  # the environment's path was refused: why (the standard file is used)


def admin_source() -> AdminSource:
    forced = os.environ.get(ENV)
    if not forced:
        return AdminSource(standard_admin_path(), None, None)
    if not is_installed_build():
        return AdminSource(Path(forced), forced, None)
    problem = admin_owned_problem(Path(forced))
    if problem is None:
        return AdminSource(Path(forced), forced, None)
    return AdminSource(standard_admin_path(), None, problem)
