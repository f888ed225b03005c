"""Rules as data: the TOML schema, the loader (parse, compile, validate) and the verdict."""

from guard.policy.loader import default_rules_path, load_policy
from guard.policy.schema import AllowRule, Policy

__all__ = ["AllowRule", "Policy", "default_rules_path", "load_policy"]
