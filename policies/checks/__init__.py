"""Content checks: confidentiality markings, wrong expressions, personal data, proofreading rules.

The checks themselves load on first use: every command reads the policy, whose schema
(`settings`) lives here, but only the commands that write a revision run the checks.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .settings import ChecksSettings, LexiconEntry
    from .suite import apply_masks, lexicon_for, run_checks

HOME = {"ChecksSettings": "settings", "LexiconEntry": "settings",
        "apply_masks": "suite", "lexicon_for": "suite", "run_checks": "suite"}


def __getattr__(name: str) -> Any:
    if name not in HOME:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f".{HOME[name]}", __name__), name)


__all__ = ["ChecksSettings", "LexiconEntry", "apply_masks", "lexicon_for", "run_checks"]
